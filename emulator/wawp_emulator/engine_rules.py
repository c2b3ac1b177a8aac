"""What the spec declares an operation refuses before its handler runs: per engine, and per request.

The spec is the one place these facts live, each with the source that shows it:

- ``x-engine-refusals: {ENGINE: source}`` on an operation: that engine's public core does not implement the
  call, so WAHA answers 501 (``NotImplementedByEngineError``) whatever the request;
- ``x-engine-states: {ENGINE: {statuses: [...], source}}``: that engine answers the call only while the
  session is in one of ``statuses`` (the QR, the pairing code, the screenshot), 422 otherwise;
- ``x-wawp-request-rules`` (:mod:`wawp_emulator.request_rules`): WAHA's controllers' checks on the
  parameters taken together, some for one engine only.

:func:`wawp_emulator.registry.handle` applies them all before any handler runs, in WAHA's order, so no
handler repeats them.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from wawp_emulator.errors import StateError
from wawp_emulator.request_rules import RequestRule, request_rules
from wawp_emulator.spec import Spec, load_spec

__all__ = ["EngineRules", "bundled_rules", "not_implemented"]

WAHA_DOCS = "https://waha.devlike.pro/"


def not_implemented(engine: str) -> StateError:
    """WAHA's ``NotImplementedByEngineError`` (its text names the engine), in the envelope Wawp gives the
    engine's other errors."""
    message = f"The method is not implemented by '{engine}' engine. Check the docs and try another engine: {WAHA_DOCS}"
    return StateError(501, "wawp_upstream_error", message)


@dataclass(frozen=True)
class EngineRules:
    """Per operation: the engines that refuse it, the statuses in which an engine answers it, and the rules
    its parameters must keep."""

    refusals: Mapping[str, Mapping[str, str]]
    """operationId -> engine -> the source that shows the refusal."""
    states: Mapping[str, Mapping[str, tuple[str, ...]]]
    """operationId -> engine -> the session statuses in which it answers."""
    requests: Mapping[str, tuple[tuple[RequestRule, ...], bool]]
    """operationId -> (its request rules, whether they read the JSON body rather than the query)."""

    @classmethod
    def of(cls, spec: Spec) -> EngineRules:
        refusals: dict[str, dict[str, str]] = {}
        states: dict[str, dict[str, tuple[str, ...]]] = {}
        requests: dict[str, tuple[tuple[RequestRule, ...], bool]] = {}
        for operation_id, op in spec.operations.items():
            declared: Any = op.raw.get("x-engine-refusals") or {}
            if declared:
                refusals[operation_id] = {str(engine): str(source) for engine, source in declared.items()}
            gates: Any = op.raw.get("x-engine-states") or {}
            if gates:
                states[operation_id] = {str(engine): tuple(rule["statuses"]) for engine, rule in gates.items()}
            rules = request_rules(op.raw)
            if rules:
                requests[operation_id] = (tuple(rules), op.body is not None)
        return cls(refusals, states, requests)

    def refuses(self, operation_id: str, engine: str) -> bool:
        return engine in self.refusals.get(operation_id, {})

    def statuses(self, operation_id: str, engine: str) -> tuple[str, ...] | None:
        """The statuses ``engine`` answers ``operation_id`` in; ``None``: any status (no gate declared)."""
        return self.states.get(operation_id, {}).get(engine)

    def broken_rule(
        self,
        operation_id: str,
        engine: str | None,
        query: Mapping[str, Any],
        body: Any,
        *,
        after_lookup: bool = False,
    ) -> RequestRule | None:
        """The first of the operation's request rules for ``engine`` that the request breaks, if any: rules
        read the JSON body's fields when the operation takes a body, the query's otherwise. ``after_lookup``
        picks the rules WAHA checks before the controller's lookup of what the path names (``False``) or
        after it (``True``)."""
        rules, reads_body = self.requests.get(operation_id, ((), False))
        values = body if reads_body else query
        if not isinstance(values, Mapping):
            return None  # (an absent or non-object body: the body schema's business)
        staged = [r for r in rules if (r.after_lookup is not None) == after_lookup]
        return next((r for r in staged if r.applies_to(engine) and not r.holds(values)), None)

    def refused_by(self, engine: str) -> set[str]:
        """Every operation ``engine`` refuses."""
        return {operation_id for operation_id, engines in self.refusals.items() if engine in engines}


@functools.cache
def bundled_rules() -> EngineRules:
    """The rules of the bundled spec (the one that carries the engine evidence), read once per process: the
    dispatcher asks on every request, and finding and checking the spec file each time would cost more than
    the request itself."""
    return EngineRules.of(load_spec())
