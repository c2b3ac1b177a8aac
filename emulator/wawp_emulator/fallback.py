"""Answers for operations that have no stateful handler, taken from the spec (as Prism does).

A spec regenerated after an API change can name operations the emulator has no handler for yet.
Rather than stopping the user's contract tests at the first new endpoint with a 501, such an
operation is served from its documented success response: the media type's ``example`` (or first
``examples`` entry), else a value built from the response schema. The request is authenticated,
validated and subject to fault rules exactly like a handled one (the hook sits where the handler
would run), and strict mode still checks the answer against the spec. Nothing is stored: the same
request always gets the same answer. Each such answer carries ``X-Wawp-Emulator-Source``
(``spec-example`` or ``spec-schema``) and the request journal records the same value as ``source``,
so a test can tell a canned answer from a stateful one; :func:`coverage` lists which operations are
served which way (``wawp-emulator --coverage``).
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, NoReturn

from wawp_emulator.registry import ApiError, Reply
from wawp_emulator.spec import OperationSpec, Spec, deref

__all__ = [
    "SOURCE_EXAMPLE",
    "SOURCE_HEADER",
    "SOURCE_NONE",
    "SOURCE_SCHEMA",
    "SOURCE_STATEFUL",
    "Covered",
    "SpecFallback",
    "coverage",
    "format_coverage",
    "schema_value",
]

SOURCE_HEADER = "X-Wawp-Emulator-Source"
SOURCE_STATEFUL = "stateful"
SOURCE_EXAMPLE = "spec-example"
"""The documented example of the success response (or its documented empty body)."""
SOURCE_SCHEMA = "spec-schema"
"""A value built from the success response's schema: the spec documents no example."""
SOURCE_NONE = "none"
"""No handler and nothing to serve: the operation answers 501 ``emulator_not_implemented``."""

_MAX_DEPTH = 12
_OPTIONAL_DEPTH = 4
"""Below this depth only required properties are filled in, so recursive schemas stay small."""

# Strings a pattern-constrained schema without an example most likely wants: the identifiers of
# docs/ARCHITECTURE.md first, then generic shapes. The first one the pattern accepts is used.
_PATTERN_CANDIDATES = (
    "201234567890@c.us",
    "120363012345678901@g.us",
    "120363098765432109@newsletter",
    "109321234567890@lid",
    "true_201234567890@c.us_3EB0C767D26A1D8A9C11",
    "3EB0C767D26A1D8A9C11",
    "201234567890",
    "https://example.com/file.jpg",
    "image/jpeg",
    "ABCDEF123456",
    "2026-01-01T00:00:00Z",
    "2026-01-01",
    "example",
    "a",
    "0",
    "",
)
_FORMATS = {
    "date-time": "2026-01-01T00:00:00Z",
    "date": "2026-01-01",
    "time": "00:00:00Z",
    "email": "user@example.com",
    "uri": "https://example.com/",
    "url": "https://example.com/",
    "uuid": "00000000-0000-4000-8000-000000000000",
    "ipv4": "127.0.0.1",
    "hostname": "example.com",
    "byte": "",
}


def _success_status(op: OperationSpec) -> str | None:
    """The response the fallback answers with: ``200``, else the lowest documented 2xx."""
    if "200" in op.responses:
        return "200"
    return min((s for s in op.responses if len(s) == 3 and s.startswith("2") and s.isdigit()), default=None)


def _documented_example(media: Mapping[str, Any], doc: Mapping[str, Any]) -> tuple[bool, Any]:
    """``(True, value)`` when the media type documents an example, else ``(False, None)``."""
    if "example" in media:
        return True, media["example"]
    examples = media.get("examples")
    if isinstance(examples, Mapping):
        for entry in examples.values():
            entry = deref(doc, entry)
            if isinstance(entry, Mapping) and "value" in entry:
                return True, entry["value"]
    return False, None


class SpecFallback:
    """Builds (once per operation) and serves the spec's answer for operations without a handler."""

    def __init__(self, spec: Spec) -> None:
        self.spec = spec
        self._replies: dict[str, Reply] = {}

    def source(self, op: OperationSpec) -> str:
        """``spec-example`` or ``spec-schema``: where this operation's answer comes from."""
        return self._build(op).headers[SOURCE_HEADER]

    def answer(self, op: OperationSpec) -> Reply:
        """The operation's canned success response (raises 501 when the spec documents none)."""
        reply = self._build(op)
        return Reply(reply.body, reply.status, dict(reply.headers), reply.media_type)

    def _build(self, op: OperationSpec) -> Reply:
        cached = self._replies.get(op.operation_id)
        if cached is not None:
            return cached
        status = _success_status(op)
        if status is None:
            raise ApiError(
                501,
                "emulator_not_implemented",
                f"{op.operation_id} has no handler and the spec documents no success response to serve",
            )
        doc = self.spec.document
        response = deref(doc, (op.raw.get("responses") or {}).get(status) or {})
        content = response.get("content") or {}
        declared = op.responses[status].media_type
        media = deref(doc, content.get(declared) or {}) if declared is not None else {}
        found, value = _documented_example(media, doc)
        source = SOURCE_EXAMPLE
        if declared is not None and not found:
            source, value = SOURCE_SCHEMA, schema_value(doc, media.get("schema") or {})
        if declared is None:
            body: Any = b""  # a documented empty body
        elif op.responses[status].schema is None:  # binary or text: the example's text as bytes
            body = value.encode() if isinstance(value, str) else b""
        else:
            body = value
        reply = Reply(body, int(status), {SOURCE_HEADER: source}, declared)
        self._replies[op.operation_id] = reply
        return reply


def schema_value(doc: Mapping[str, Any], schema: Any, depth: int = 0) -> Any:
    """A deterministic value of ``schema`` (local ``$ref``s resolved against ``doc``).

    Examples, defaults, ``const`` and the first ``enum`` value win; unions take their first variant
    (the spec lists the most specific first); objects get their required properties and, near the
    top, the optional ones too; arrays one item (or ``minItems``).
    """
    schema = deref(doc, schema)
    if not isinstance(schema, Mapping) or depth > _MAX_DEPTH:
        return None
    for key in ("example", "const", "default"):
        if key in schema:
            return schema[key]
    if isinstance(schema.get("examples"), list) and schema["examples"]:
        return schema["examples"][0]
    if isinstance(schema.get("enum"), list) and schema["enum"]:
        return schema["enum"][0]
    if schema.get("allOf"):
        merged: Any = None
        for part in schema["allOf"]:
            value = schema_value(doc, part, depth + 1)
            merged = {**merged, **value} if isinstance(merged, dict) and isinstance(value, dict) else value
        own = _object(doc, schema, depth) if "properties" in schema else {}
        return {**merged, **own} if isinstance(merged, dict) else merged
    for key in ("anyOf", "oneOf"):
        if schema.get(key):
            return schema_value(doc, schema[key][0], depth + 1)
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "null")
    if kind is None:
        kind = "object" if "properties" in schema else "array" if "items" in schema else "string"
    if kind == "object":
        return _object(doc, schema, depth)
    if kind == "array":
        count = max(1, int(schema.get("minItems", 1)))
        if "maxItems" in schema:
            count = min(count, int(schema["maxItems"]))
        return [schema_value(doc, schema.get("items") or {}, depth + 1) for _ in range(count)]
    if kind == "string":
        return _string(schema)
    if kind in ("integer", "number"):
        return _number(schema, kind)
    if kind == "boolean":
        return True
    return None


def _object(doc: Mapping[str, Any], schema: Mapping[str, Any], depth: int) -> dict[str, Any]:
    required = set(schema.get("required") or [])
    out: dict[str, Any] = {}
    for name, sub in (schema.get("properties") or {}).items():
        if name in required or depth < _OPTIONAL_DEPTH:
            out[str(name)] = schema_value(doc, sub, depth + 1)
    return out


def _string(schema: Mapping[str, Any]) -> str:
    pattern = schema.get("pattern")
    fmt = _FORMATS.get(str(schema.get("format")))
    candidates: Iterable[str] = (fmt, *_PATTERN_CANDIDATES) if fmt is not None else _PATTERN_CANDIDATES
    if not isinstance(pattern, str):
        candidates = (fmt or "example",)
    rx = re.compile(pattern) if isinstance(pattern, str) else None
    low, high = int(schema.get("minLength", 0)), schema.get("maxLength")
    if rx is not None:
        candidates = (*candidates, _synthesize(rx.pattern))
    for candidate in candidates:
        text = candidate.ljust(low, "a")
        if high is not None:
            text = text[: int(high)]
        if rx is None or rx.search(text):
            return text
    return "example"  # nothing fits: strict mode reports the pattern the spec should illustrate


_REGEX_PARSER: Any = importlib.import_module("re._parser")  # the stdlib's own parser of patterns (untyped)
_CATEGORY_CHARS = {"CATEGORY_DIGIT": "0", "CATEGORY_WORD": "a", "CATEGORY_SPACE": " "}


class _Unsupported(Exception):
    """The pattern uses a construct :func:`_synthesize` does not render."""


def _synthesize(pattern: str) -> str:
    """The shortest-ish string ``pattern`` matches (first branch, fewest repeats, first character of a
    class); empty when the pattern uses a construct this does not render (negated classes, lookarounds)."""
    try:
        return _emit(_REGEX_PARSER.parse(pattern))
    except (_Unsupported, re.error, RecursionError):
        return ""


def _emit(items: Iterable[tuple[Any, Any]]) -> str:
    out = []
    for op, arg in items:
        name = str(op)
        if name == "LITERAL":
            out.append(chr(arg))
        elif name == "NOT_LITERAL":
            out.append("a" if arg != ord("a") else "b")
        elif name == "ANY":
            out.append("a")
        elif name == "IN":
            out.append(_class_char(arg))
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            low, _high, sub = arg
            out.append(_emit(sub) * int(low))
        elif name in ("SUBPATTERN", "ATOMIC_GROUP"):
            out.append(_emit(arg[-1] if name == "SUBPATTERN" else arg))
        elif name == "BRANCH":
            out.append(_emit(arg[1][0]))
        elif name == "CATEGORY":
            out.append(_CATEGORY_CHARS.get(str(arg)) or _unsupported(name))
        elif name != "AT":  # anchors add no characters
            _unsupported(name)
    return "".join(out)


def _class_char(members: list[tuple[Any, Any]]) -> str:
    op, arg = members[0]
    name = str(op)
    if name == "LITERAL":
        return chr(arg)
    if name == "RANGE":
        return chr(arg[0])
    if name == "CATEGORY" and str(arg) in _CATEGORY_CHARS:
        return _CATEGORY_CHARS[str(arg)]
    return _unsupported(name)


def _unsupported(name: str) -> NoReturn:
    raise _Unsupported(name)


def _number(schema: Mapping[str, Any], kind: str) -> int | float:
    value: int | float = 0
    if "minimum" in schema:
        value = schema["minimum"]
    elif "exclusiveMinimum" in schema:
        value = schema["exclusiveMinimum"] + 1
    elif "maximum" in schema and schema["maximum"] < 0:
        value = schema["maximum"]
    return int(value) if kind == "integer" else value


@dataclass(frozen=True, slots=True)
class Covered:
    """One operation and how the emulator answers it."""

    operation_id: str
    method: str
    path: str
    source: str
    """``stateful``, ``spec-example``, ``spec-schema`` or ``none``."""


def coverage(spec: Spec, handlers: Mapping[str, object], fallback: SpecFallback | None) -> list[Covered]:
    """Every operation of ``spec`` with the source of its answers, in spec order (``fallback`` ``None``:
    the emulator answers unhandled operations 501, listed as ``none``)."""
    rows = []
    for op in spec:
        if op.operation_id in handlers:
            source = SOURCE_STATEFUL
        elif fallback is None:
            source = SOURCE_NONE
        else:
            try:
                source = fallback.source(op)
            except ApiError:
                source = SOURCE_NONE
        rows.append(Covered(op.operation_id, op.method, op.path, source))
    return rows


def format_coverage(rows: list[Covered], spec_source: str) -> str:
    """The ``--coverage`` report: a summary line, then the operations served from the spec, then the rest."""
    canned = [r for r in rows if r.source != SOURCE_STATEFUL]
    lines = [
        f"{len(rows)} operations in {spec_source}: {len(rows) - len(canned)} with a stateful handler, "
        f"{len(canned)} served from the spec",
    ]
    width = max((len(r.method) + len(r.path) for r in rows), default=0) + 1
    for row in sorted(rows, key=lambda r: (r.source == SOURCE_STATEFUL, r.source, r.operation_id)):
        lines.append(f"  {row.source:<12} {(row.method + ' ' + row.path):<{width}} {row.operation_id}")
    return "\n".join(lines)
