"""The contract run fails when the emulator or the spec drifts: deliberate mutations must be caught.

Each test breaks one thing the way a careless change would, runs schemathesis on the affected operation
in-process, and expects a failure. (The third mutation the pipeline must catch, the client sending a
wrong parameter name, is in tests/e2e, where the client is.)
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import contract_hooks
import schemathesis
import yaml
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
