"""Schemathesis hooks of the contract run: each generated case meets a freshly seeded emulator.

Operations such as sessionDelete or sessionLogout change the one instance every other case relies on,
so without a reset the verdict of a case would depend on what ran before it. Cases of the examples,
coverage and fuzzing phases therefore start from the seeded world; the stateful phase resets once when
it starts and then lets its scenarios build on each other, which is what it is for.

Some operations declare rules on several parameters together (``x-wawp-request-rules``: ``chatId``
only with some presences, a link preview's text holding its URL). A generated request that breaks one
is not a request the spec allows, so positive cases that break a schema rule are dropped, and every
case that breaks a ``contains`` rule is mended (the text gets its URL: a negative case stays negative
for whatever else it breaks, but no longer meets the rule's 500); the emulator's own tests check that
it refuses what the rules refuse.

In-process runs install a direct reset with :func:`use_reset`; the CLI run (loaded through
``SCHEMATHESIS_HOOKS``) resets over HTTP through the emulator's control API.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

import httpx
import schemathesis
from wawp_emulator.engine_rules import bundled_rules
from wawp_emulator.request_rules import RequestRule, request_rules

_state: dict[str, Any] = {"reset": None, "phase": None}
_rules: dict[str, list[RequestRule]] = {}


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


def _rules_of(case: Any) -> list[RequestRule]:
    """The operation's request rules; a v2 operation keeps those of the v1 operation it is
    (``x-wawp-v1-operation``: the emulator checks them by operationId, on either version)."""
    raw = case.operation.definition.raw
    key = str(raw.get("operationId"))
    if key not in _rules:
        own = request_rules(raw)
        shared = bundled_rules().requests.get(str(raw.get("x-wawp-v1-operation")), ((), False))[0]
        _rules[key] = own or list(shared)
    return _rules[key]


def _values(case: Any) -> dict[str, Any]:
    """What the rules look at: the JSON body's fields, else the query parameters."""
    return dict(case.body) if isinstance(case.body, dict) else dict(case.query or {})


def _is_positive(case: Any) -> bool:
    return case.meta is not None and bool(case.meta.generation.mode.is_positive)


@schemathesis.hook
def filter_case(context: Any, case: Any) -> bool:
    if not _is_positive(case):
        return True
    values = _values(case)
    return all(rule.holds(values) for rule in _rules_of(case) if rule.contains is None)


@schemathesis.hook
def map_case(context: Any, case: Any) -> Any:
    for rule in _rules_of(case):
        if rule.contains is None or rule.holds(_values(case)):
            continue
        haystack, needle = rule.contains
        target = case.body if isinstance(case.body, dict) else case.query
        target[haystack] = f"{target[haystack]} {target[needle]}"
    return case
