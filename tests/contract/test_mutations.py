"""The contract run fails when the emulator or the spec drifts: deliberate mutations must be caught.

Each test breaks one thing the way a careless change would, runs schemathesis on the affected operation
in-process, and expects a failure; the control API's own run (``_control.py``) gets the same
treatment. (The third mutation the pipeline must catch, the client sending a wrong parameter name, is
in tests/e2e, where the client is.)
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import contract_hooks
import pytest
import schemathesis
import yaml
from _control import control_schema, webhook_transport
from _runner import ROOT, run


def _run_on(emulator: Any, config: Any, operation_id: str) -> list[str]:
    contract_hooks.use_reset(emulator.reset)
    schema = schemathesis.openapi.from_asgi("/openapi.json", emulator.app, config=config)
    return run(schema.include(operation_id=operation_id), f"mutation-{operation_id}").failures


def _emulator(credentials: dict[str, str], **options: Any) -> Any:
    from wawp_emulator.emulator import Emulator

    return Emulator(seed=7, strict=False, webhook_delivery="manual", **credentials, **options)


def test_the_unmutated_operations_pass(credentials_env: dict[str, str], contract_config: Any) -> None:
    """The baseline: without the mutations below, the same two runs find nothing."""
    with _emulator(credentials_env) as emulator:
        assert _run_on(emulator, contract_config, "labelsList") == []
        assert _run_on(emulator, contract_config, "sendText") == []


def test_a_response_field_of_the_wrong_type_is_caught(credentials_env: dict[str, str], contract_config: Any) -> None:
    def labels_with_numeric_ids(request: Any) -> object:
        return [{"id": 6, "name": "VIP", "color": 1, "colorHex": "#64c4ff"}]  # id must be a string

    with _emulator(credentials_env, handlers={"labelsList": labels_with_numeric_ids}) as emulator:
        failures = _run_on(emulator, contract_config, "labelsList")
    assert any("response_schema_conformance" in f for f in failures), failures


def test_a_required_parameter_dropped_from_the_spec_is_caught(
    credentials_env: dict[str, str], contract_config: Any, tmp_path: Path
) -> None:
    spec = yaml.safe_load((ROOT / "spec" / "openapi.yaml").read_text(encoding="utf-8"))
    operation = spec["paths"]["/send"]["post"]
    shared = spec["components"]["parameters"]
    named = [shared[p["$ref"].rsplit("/", 1)[1]] if "$ref" in p else p for p in operation["parameters"]]
    operation["parameters"] = [
        p for p, resolved in zip(operation["parameters"], named, strict=True) if resolved["name"] != "chatId"
    ]
    assert len(operation["parameters"]) == len(named) - 1
    mutated = tmp_path / "openapi.yaml"
    mutated.write_text(yaml.safe_dump(spec, sort_keys=False, allow_unicode=True), encoding="utf-8")
    with _emulator(credentials_env, spec_path=mutated) as emulator:
        failures = _run_on(emulator, contract_config, "sendText")
    assert failures, "a spec without sendText's chatId must not pass against an API that needs it"


# --------------------------------------------------------------------------- the control API's own run


def _control_run_on(emulator: Any, config: Any, operation_id: str) -> list[str]:
    contract_hooks.use_reset(emulator.reset)
    schema = control_schema(emulator, config)
    return run(schema.include(operation_id=operation_id), f"mutation-control-{operation_id}").failures


def test_the_unmutated_control_operations_pass(credentials_env: dict[str, str], contract_config: Any) -> None:
    """The baseline of the two control mutations below: the same runs, unbroken, find nothing."""
    with _emulator(credentials_env, webhook_transport=webhook_transport()) as emulator:
        assert _control_run_on(emulator, contract_config, "getClock") == []
        assert _control_run_on(emulator, contract_config, "configureTiming") == []


def test_a_control_endpoint_answering_off_its_schema_is_caught(
    credentials_env: dict[str, str], contract_config: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """getClock's pending callbacks with a string where the control spec says a unix time."""
    from wawp_emulator.control.registry import CONTROL_ENDPOINTS

    async def clock_with_a_text_time(emu: Any, request: Any) -> object:
        pending = [{"id": 1, "when": "in a minute", "callback": "qr refresh"}]
        return {"now": emu.world.clock.now(), "kind": "ManualClock", "manual": True, "pending": pending}

    monkeypatch.setitem(CONTROL_ENDPOINTS, "getClock", clock_with_a_text_time)
    with _emulator(credentials_env, webhook_transport=webhook_transport()) as emulator:
        failures = _control_run_on(emulator, contract_config, "getClock")
    assert any("response_schema_conformance" in f for f in failures), failures


def test_a_control_action_answering_off_its_schema_is_caught(
    credentials_env: dict[str, str], contract_config: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """session.configure (configureTiming) forgetting two of the timings its answer must list."""
    from wawp_emulator.control.registry import CONTROL_ACTIONS

    action = CONTROL_ACTIONS["session.configure"]
    real = action.fn

    def timing_without_acks(world: Any, instance: Any, body: dict[str, Any]) -> object:
        answer = real(world, instance, body)
        assert isinstance(answer, dict)
        return {k: v for k, v in answer.items() if k not in ("ack_read", "ack_played")}

    monkeypatch.setattr(action, "fn", timing_without_acks)
    with _emulator(credentials_env, webhook_transport=webhook_transport()) as emulator:
        failures = _control_run_on(emulator, contract_config, "configureTiming")
    assert any("response_schema_conformance" in f for f in failures), failures
