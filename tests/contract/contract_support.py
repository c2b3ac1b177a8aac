"""Shared pieces of the contract tests (kept out of conftest.py so that test modules can import them)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
CONFIG = HERE / "schemathesis.toml"


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
