"""Fault injection: rules matched against each API request after auth and validation, before the handler.

A rule matches on operationId and route globs, method and instance, rolls its ``probability`` on the
world's seeded fault generator, then adds ``latency_ms`` and/or answers ``status`` with the WordPress
error envelope (``code``, ``message``; ``Retry-After`` from ``retry_after``). ``times`` limits how
often a rule fires. A faulted request never reaches its handler, so a faulted POST sends nothing.
Latency-only rules add up; the first firing rule with a status ends the search.
"""

from __future__ import annotations

import fnmatch
import random
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from typing import Any

from wawp_emulator.errors import StateError
from wawp_emulator.generators import Generator

__all__ = ["DEFAULT_CODES", "MAX_LATENCY_MS", "FaultDecision", "FaultRule", "FaultSet"]

MAX_LATENCY_MS = 60_000
"""A minute: longer than any client timeout worth testing; longer faults only hung requests and shutdown."""

DEFAULT_CODES: dict[int, str] = {
    400: "rest_invalid_param",
    401: "invalid_access_token",
    403: "rest_forbidden",
    404: "rest_not_found",
    408: "request_timeout",
    409: "conflict",
    422: "session_status_unexpected",
    429: "rate_limited",
    500: "wawp_upstream_error",
    502: "wawp_upstream_error",
    503: "wawp_upstream_error",
    504: "wawp_upstream_error",
}

_FIELDS = {
    "id",
    "operation",
    "route",
    "method",
    "instance_id",
    "status",
    "code",
    "message",
    "latency_ms",
    "probability",
    "times",
    "retry_after",
}


@dataclass
class FaultRule:
    id: str
    operation: str = "*"
    """glob on the operationId (``send*``)."""
    route: str = "*"
    """glob on the path after ``/wp-json/awp/v1`` (``/chats/*/messages``)."""
    method: str = "*"
    instance_id: str | None = None
    status: int | None = None
    code: str | None = None
    message: str | None = None
    latency_ms: float = 0.0
    probability: float = 1.0
    times: int | None = None
    """how many more times the rule may fire (``None``: unlimited)."""
    retry_after: float | None = None
    hits: int = 0

    def __post_init__(self) -> None:
        if self.status is not None and not 400 <= int(self.status) <= 599:
            raise ValueError("status must be an HTTP error status (400-599)")
        if not 0.0 <= float(self.probability) <= 1.0:
            raise ValueError("probability must be between 0 and 1")
        if not 0 <= self.latency_ms <= MAX_LATENCY_MS:  # (NaN fails both comparisons)
            raise ValueError(f"latency_ms must be between 0 and {MAX_LATENCY_MS}")
        if self.times is not None and self.times < 0:
            raise ValueError("times must be >= 0")
        if self.status is None and not self.latency_ms:
            raise ValueError("a fault needs a status, a latency_ms, or both")
        self.method = self.method.upper()

    def matches(self, operation_id: str, method: str, path: str, instance_id: str | None) -> bool:
        if self.times is not None and self.times <= 0:
            return False
        if self.method != "*" and self.method != method:
            return False
        if self.instance_id is not None and self.instance_id != instance_id:
            return False
        if self.operation != "*" and not fnmatch.fnmatchcase(operation_id, self.operation):
            return False
        return self.route == "*" or fnmatch.fnmatchcase(path, self.route)

    @property
    def error_code(self) -> str:
        if self.code:
            return self.code
        return DEFAULT_CODES.get(int(self.status or 500), "emulated_fault")

    @property
    def error_message(self) -> str:
        return self.message or f"Emulated fault {self.id} ({self.status} {self.error_code})"

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class FaultDecision:
    latency_ms: float = 0.0
    rule: FaultRule | None = None
    """the rule whose status answers the request (``None``: go on to the handler)."""


@dataclass
class FaultSet:
    seed: int = 0
    rules: list[FaultRule] = field(default_factory=list)
    counter: int = 0

    def __post_init__(self) -> None:
        self.rng: random.Random = Generator(f"{self.seed}:faults")

    def reseed(self, seed: int) -> None:
        self.seed = seed
        self.rng = Generator(f"{seed}:faults")

    def add(self, rule: FaultRule | Mapping[str, Any] | None = None, **fields: Any) -> FaultRule:
        if isinstance(rule, FaultRule):
            made = rule
        else:
            values = {**(dict(rule) if rule else {}), **fields}
            unknown = set(values) - _FIELDS
            if unknown:
                raise ValueError(f"unknown fault field(s): {', '.join(sorted(unknown))}")
            if not values.get("id"):
                self.counter += 1
                values["id"] = f"fault-{self.counter}"
            made = FaultRule(**values)
        if any(existing.id == made.id for existing in self.rules):
            raise StateError(409, "fault_exists", f"A fault with id {made.id!r} already exists")
        self.rules.append(made)
        return made

    def remove(self, rule_id: str) -> bool:
        before = len(self.rules)
        self.rules = [r for r in self.rules if r.id != rule_id]
        return len(self.rules) != before

    def clear(self) -> None:
        self.rules.clear()

    def decide(self, operation_id: str, method: str, path: str, instance_id: str | None) -> FaultDecision | None:
        if not self.rules:
            return None
        decision = FaultDecision()
        fired = False
        for rule in self.rules:
            if not rule.matches(operation_id, method, path, instance_id):
                continue
            if rule.probability < 1.0 and self.rng.random() >= rule.probability:
                continue
            fired = True
            rule.hits += 1
            if rule.times is not None:
                rule.times -= 1
            decision.latency_ms += rule.latency_ms
            if rule.status is not None:
                decision.rule = rule
                break
        return decision if fired else None
