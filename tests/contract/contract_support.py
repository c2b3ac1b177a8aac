"""Shared pieces of the contract tests (kept out of conftest.py so that test modules can import them)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
V1_SPEC = "spec/openapi.yaml"
V2_SPEC = ROOT / "spec" / "v2" / "openapi.yaml"
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


def live_target(base_url: str, scratch: Path) -> tuple[str, str, str]:
    """``(spec file, URL its paths are relative to, report suffix)`` of a live run against ``base_url``.

    A base URL ending in ``/v2`` (``https://api.wawp.net/v2``) is v2: the v2 description, bundled into
    ``scratch`` (it shares v1's shapes by relative reference, and its paths carry ``/v2`` themselves, so the
    URL loses it). Any other is v1 (``https://wawp.net/wp-json/awp/v1``)."""
    trimmed = base_url.rstrip("/")
    if not trimmed.endswith("/v2"):
        return V1_SPEC, base_url, ""
    from wawp_emulator.spec import load_spec

    bundled = scratch / "wawp-v2-openapi.json"
    bundled.write_text(json.dumps(load_spec(V2_SPEC).document), encoding="utf-8")
    return str(bundled), trimmed[: -len("/v2")], "-v2"
