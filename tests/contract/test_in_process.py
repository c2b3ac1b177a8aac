"""Schemathesis against the emulator's ASGI app, in-process: every operation, every phase, every check, on
every engine profile (``--engine GOWS`` runs one)."""

from __future__ import annotations

from typing import Any

import pytest
import schemathesis
from _runner import run


def test_emulator_honours_the_spec_in_process(
    emulator: Any, engine: str, contract_config: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    """Once per engine profile: each engine's shapes must satisfy the spec under every phase and check."""
    schema = schemathesis.openapi.from_asgi("/openapi.json", emulator.app, config=contract_config)
    with capsys.disabled():
        summary = run(schema, f"in-process-{engine.lower()}", progress=lambda line: print(line, flush=True))
        print("\n" + summary.render())
    assert summary.failures == [] and summary.errors == []
    assert summary.untested == [], "every operation must be exercised"
    assert len(summary.operations) == len(emulator.spec.operations)
    assert summary.cases["stateful"] > 0, "the spec's links must drive a stateful phase"
    assert emulator.violations == []
