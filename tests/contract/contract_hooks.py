"""Schemathesis hooks of the contract run: each generated case meets a freshly seeded emulator.

Operations such as sessionDelete or sessionLogout change the one instance every other case relies on,
so without a reset the verdict of a case would depend on what ran before it. Cases of the examples,
coverage and fuzzing phases therefore start from the seeded world; the stateful phase resets once when
it starts and then lets its scenarios build on each other, which is what it is for.

In-process runs install a direct reset with :func:`use_reset`; the CLI run (loaded through
``SCHEMATHESIS_HOOKS``) resets over HTTP through the emulator's control API.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

import httpx
import schemathesis

_state: dict[str, Any] = {"reset": None, "phase": None}


def use_reset(reset: Callable[[], None] | None) -> None:
    """Reset through ``reset`` (an in-process emulator) instead of the control API."""
    _state["reset"] = reset
    _state["phase"] = None


def _reset_over_http() -> None:
    control = os.environ["WAWP_CONTRACT_CONTROL_URL"]
    httpx.post(f"{control}/_emulator/reset", json={}, timeout=10.0).raise_for_status()


@schemathesis.hook
def before_call(context: Any, case: Any, kwargs: dict[str, Any]) -> None:
    phase = case.meta.phase.name.value if case.meta is not None else None
    if os.environ.get("WAWP_CONTRACT_LIVE"):
        return  # never touch a real account's state
    if phase != "stateful" or phase != _state["phase"]:
        (_state["reset"] or _reset_over_http)()
    _state["phase"] = phase
