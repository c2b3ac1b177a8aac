"""``x-wawp-request-rules``: conditions on an operation's parameters taken together, as WAHA's controllers
check them.

A rule is a check in the body of WAHA's controller (or engine), not a class-validator decorator on its DTO:
the presence's ``chatId`` rules, the label colours of ``LabelBody.toDTO``, the link preview's text that must
contain its URL, GOWS' blank group description. So it is judged after the session gate, not with the
parameters' schemas: :func:`wawp_emulator.registry.handle` checks it, in the order documented there.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import jsonschema

from wawp_emulator.errors import StateError

__all__ = ["RULES_KEY", "RequestRule", "request_rules"]

RULES_KEY = "x-wawp-request-rules"


class RequestRule:
    """One entry of an operation's ``x-wawp-request-rules``: a condition on the request's parameters
    taken together (the query's, or the JSON body's fields) that no single parameter's schema can say.

    ``schema`` is a JSON Schema the parameters, seen as one object, must match (``chatId`` only with
    some presences, ``color`` or ``colorHex`` but not both); ``contains: [a, b]`` asks that parameter
    ``a`` contains the value of ``b`` whenever both are given (a link preview's text and its URL).
    ``engines`` limits a rule to some engine profiles. ``after-lookup: <path parameter>`` marks a check
    WAHA's controller makes only once it has found what that parameter names (an unknown one is 404 first):
    the handler asks for it after its lookup (:func:`wawp_emulator.registry.check_rules_after_lookup`).
    The contract run reads the same rules to know which generated requests the spec allows.
    """

    def __init__(self, entry: Mapping[str, Any]) -> None:
        self.status = int(entry["status"])
        self.code = str(entry["code"])
        self.message = str(entry["description"])
        self.engines = frozenset(entry.get("engines") or ())
        lookup = entry.get("after-lookup")
        self.after_lookup = str(lookup) if lookup else None
        schema = entry.get("schema")
        self._validator = jsonschema.Draft202012Validator(schema) if isinstance(schema, Mapping) else None
        pair = entry.get("contains")
        self.contains = (str(pair[0]), str(pair[1])) if isinstance(pair, list) and len(pair) == 2 else None
        if (self._validator is None) == (self.contains is None):
            raise ValueError(f"a request rule needs exactly one of schema and contains: {entry!r}")

    def applies_to(self, engine: str | None) -> bool:
        """Whether the rule binds ``engine`` (``None``: a request no instance's engine answers)."""
        return not self.engines or engine in self.engines

    def holds(self, values: Mapping[str, Any]) -> bool:
        if self._validator is not None:
            return bool(self._validator.is_valid(values))
        assert self.contains is not None
        haystack, needle = (values.get(name) for name in self.contains)
        return not isinstance(haystack, str) or not isinstance(needle, str) or needle in haystack

    def error(self) -> StateError:
        return StateError(self.status, self.code, self.message)


def request_rules(raw_operation: Mapping[str, Any]) -> list[RequestRule]:
    """The rules an operation (its raw OpenAPI object) declares, in order."""
    return [RequestRule(entry) for entry in raw_operation.get(RULES_KEY) or ()]
