"""Schemathesis against the control API's own spec (``/_emulator/openapi.json``), in-process."""

from __future__ import annotations

from typing import Any

import contract_hooks
import pytest
from _control import control_schema, webhook_transport
from _runner import run
from wawp_emulator.control.registry import control_spec


def test_control_api_honours_its_spec_in_process(
    credentials_env: dict[str, str], contract_config: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    """Every control operation under the examples, coverage and fuzzing phases; each case meets a fresh world."""
    from wawp_emulator.clock import ManualClock
    from wawp_emulator.emulator import Emulator

    # A manual clock, so advanceClock runs (it answers 409 on a real-time clock) and nothing moves between cases.
    emulator = Emulator(
        seed=7,
        clock=ManualClock(),
        strict=True,
        webhook_delivery="manual",
        webhook_transport=webhook_transport(),
        **credentials_env,
    )
    with emulator as emu:
        contract_hooks.use_reset(emu.reset)
        try:
            with capsys.disabled():
                schema = control_schema(emu, contract_config)
                summary = run(schema, "control", progress=lambda line: print(line, flush=True))
                print("\n" + summary.render())
        finally:
            contract_hooks.use_reset(None)
        violations = list(emu.violations)
    assert summary.failures == [] and summary.errors == []
    assert len(summary.operations) == len(control_spec().spec.operations)
    assert summary.untested == [], "every control operation must be exercised"
    assert violations == []
