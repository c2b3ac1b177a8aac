"""Shared pieces of the contract tests (kept out of conftest.py so that test modules can import them)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
CONFIG = HERE / "schemathesis.toml"
REHEARSAL_ENV = "WAWP_CONTRACT_REHEARSAL"
"""Set (to ``1``) by the emulator runs of the live tests, so their reports are not taken for the real account's."""


def live_report(suffix: str) -> str:
    """The report file name of a live test: ``contract-live<suffix>`` against the real API, and
    ``contract-rehearsal<suffix>`` when the live test rehearses against the emulator (``nox`` does that
    every run; ``reports/contract-live*`` must only ever describe the real account)."""
    kind = "rehearsal" if os.environ.get(REHEARSAL_ENV) == "1" else "live"
    return f"contract-{kind}{suffix}"


def secrets_in(text: str, *secrets: str) -> list[str]:
    """The secrets that occur in ``text`` (an empty list is the only good answer)."""
    return [s for s in secrets if s and s in text]


def live_credentials() -> dict[str, str]:
    values = {
        "instance_id": os.environ.get("WAWP_INSTANCE_ID", ""),
        "access_token": os.environ.get("WAWP_ACCESS_TOKEN", ""),
    }
    missing = [k for k, v in values.items() if not v]
    if missing:
        pytest.fail(f"live mode needs WAWP_INSTANCE_ID and WAWP_ACCESS_TOKEN (missing: {', '.join(missing)})")
    return values
