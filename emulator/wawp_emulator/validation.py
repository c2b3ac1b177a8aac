"""Request parsing and validation, response validation: compiled once per operation.

Requests: query parameters are coerced from strings to the declared types (integers, numbers,
booleans as ``true``/``false``, arrays from repeated ``name[]`` keys; for a repeated scalar the last
value wins, as in PHP), defaults are applied, and the result is validated with a Draft 2020-12
validator with format checking. Path parameters likewise; JSON bodies are decoded strictly (UTF-8,
no ``NaN``, no NUL) and validated. Every failure is an :class:`~wawp_emulator.registry.ApiError`
with status 400 and a WordPress code (``rest_missing_callback_param``, ``rest_invalid_param``,
``rest_invalid_json``) whose message names the parameter.

Rules on several parameters together (``x-wawp-request-rules``) are not checked here: they are WAHA's
controllers' own checks, judged after the session gate (:mod:`wawp_emulator.request_rules`).

Responses: :meth:`CompiledOperation.check_response` returns the contract violations of a response
(undocumented status, wrong media type, body not matching the schema).
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Iterable, Mapping, Sized
from typing import Any
from urllib.parse import unquote_plus, unquote_to_bytes

import jsonschema
from jsonschema.exceptions import ValidationError
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from wawp_emulator import safejson
from wawp_emulator.registry import ApiError
from wawp_emulator.safejson import MAX_INT
from wawp_emulator.spec import SPEC_URI, OperationSpec, Param, ResponseSpec, Spec

__all__ = [
    "CompiledOperation",
    "compile_spec",
    "invalid",
    "missing",
    "parse_query_string",
    "resolve",
]

MAX_MESSAGE = 300
_INT = re.compile(r"-?[0-9]+\Z")
_INT64_DIGITS = 19
"""Digits of the longest 64-bit integer: a longer one (even of 5,000 digits) is out of range unparsed."""
_NUMBER = re.compile(r"-?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?\Z")
_INVALID = object()
_OUT_OF_RANGE = object()
"""An integer the spec's 64-bit bounds leave out (every integer parameter declares them)."""


def _clip(text: str, limit: int = MAX_MESSAGE) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def missing(names: Iterable[str]) -> ApiError:
    listed = sorted(set(names))
    return ApiError(
        400, "rest_missing_callback_param", f"Missing parameter(s): {', '.join(listed)}", data={"params": listed}
    )


def invalid(params: Mapping[str, str]) -> ApiError:
    return ApiError(
        400,
        "rest_invalid_param",
        _clip(f"Invalid parameter(s): {', '.join(params)}"),
        data={"params": {k: _clip(v) for k, v in params.items()}},
    )


def coerce(kind: str, raw: str) -> Any:
    """A query/path string as ``kind``; ``_INVALID`` when it is not one, ``_OUT_OF_RANGE`` for an integer
    beyond 64 bits."""
    if kind == "integer":
        return _int64(raw)
    if kind == "number":
        if not _NUMBER.match(raw):
            return _INVALID
        if _INT.match(raw):
            return _int64(raw)
        value = float(raw)
        return value if math.isfinite(value) else _INVALID
    if kind == "boolean":
        if raw == "true":
            return True
        if raw == "false":
            return False
        return _INVALID
    if kind == "null":
        return None if raw in ("", "null") else _INVALID
    if kind in ("object", "array"):
        return _INVALID
    return raw


def _int64(raw: str) -> Any:
    if not _INT.match(raw):
        return _INVALID
    if len(raw.lstrip("-")) > _INT64_DIGITS:
        return _OUT_OF_RANGE
    value = int(raw)
    return value if -MAX_INT - 1 <= value <= MAX_INT else _OUT_OF_RANGE


def _type_message(name: str, kind: str, coerced: object = _INVALID) -> str:
    if coerced is _OUT_OF_RANGE:
        return f"{name} is outside the 64-bit integer range."
    article = "an" if kind[0] in "aeiou" else "a"
    if kind == "boolean":
        return f"{name} is not of type boolean (send true or false)."
    return f"{name} is not {article} {kind}."


def _reject_nul(name: str, value: str) -> None:
    if "\x00" in value:
        raise invalid({name: f"{name} must not contain NUL characters."})


_ANNOTATIONS = frozenset(
    {"description", "title", "default", "examples", "deprecated", "readOnly", "writeOnly", "$comment", "nullable"}
)
_TYPES: dict[str, Callable[[Any], bool]] = {
    "string": lambda v: isinstance(v, str),
    "integer": lambda v: (isinstance(v, int) and not isinstance(v, bool)) or (isinstance(v, float) and v.is_integer()),
    "number": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
    "null": lambda v: v is None,
    "array": lambda v: isinstance(v, list),
    "object": lambda v: isinstance(v, dict),
}


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


_BOUNDS: dict[str, Callable[[Any, Any], bool]] = {
    "minimum": lambda v, b: bool(v >= b),
    "maximum": lambda v, b: bool(v <= b),
    "exclusiveMinimum": lambda v, b: bool(v > b),
    "exclusiveMaximum": lambda v, b: bool(v < b),
}


def _check_types(tests: list[Callable[[Any], bool]]) -> Callable[[Any], bool]:
    return lambda v: any(t(v) for t in tests)


def _check_in(allowed: frozenset[str]) -> Callable[[Any], bool]:
    return lambda v: isinstance(v, str) and v in allowed


def _check_length(low: int | None, high: int | None, kind: type[Sized]) -> Callable[[Any], bool]:
    def check(v: Any) -> bool:
        if not isinstance(v, kind):
            return True
        size = len(v)
        return (low is None or size >= low) and (high is None or size <= high)

    return check


def _check_pattern(rx: re.Pattern[str]) -> Callable[[Any], bool]:
    return lambda v: not isinstance(v, str) or rx.search(v) is not None


def _check_bound(compare: Callable[[Any, Any], bool], bound: Any) -> Callable[[Any], bool]:
    return lambda v: not _is_number(v) or compare(v, bound)


def _check_items(item: Callable[[Any], bool]) -> Callable[[Any], bool]:
    return lambda v: not isinstance(v, list) or all(item(x) for x in v)


def _check_all(checks: list[Callable[[Any], bool]]) -> Callable[[Any], bool]:
    return lambda v: all(check(v) for check in checks)


def fast_check(schema: Mapping[str, Any], checker: jsonschema.FormatChecker) -> Callable[[Any], bool] | None:
    """A plain-Python equivalent of validating against ``schema``, for the simple schemas parameters use.

    ``None`` when the schema uses anything beyond type/enum/const/length/pattern/range/items (jsonschema
    then does the work). Only ever used to say "valid"; error messages always come from jsonschema.
    """
    checks: list[Callable[[Any], bool]] = []
    for key, value in schema.items():
        if key in _ANNOTATIONS or key.startswith("x-"):
            continue
        if key == "type":
            names = value if isinstance(value, list) else [value]
            if not all(isinstance(n, str) and n in _TYPES for n in names):
                return None
            checks.append(_check_types([_TYPES[n] for n in names]))
        elif key == "enum" and isinstance(value, list) and all(isinstance(e, str) for e in value):
            checks.append(_check_in(frozenset(value)))
        elif key == "const" and isinstance(value, str):
            checks.append(_check_in(frozenset((value,))))
        elif key == "minLength" and isinstance(value, int):
            checks.append(_check_length(value, None, str))
        elif key == "maxLength" and isinstance(value, int):
            checks.append(_check_length(None, value, str))
        elif key == "pattern" and isinstance(value, str):
            try:
                checks.append(_check_pattern(re.compile(value)))
            except re.error:
                return None
        elif key in _BOUNDS and _is_number(value):
            checks.append(_check_bound(_BOUNDS[key], value))
        elif key == "format" and isinstance(value, str):
            if value in checker.checkers:
                return None  # a checked format: leave it to jsonschema
        elif key == "items" and isinstance(value, Mapping):
            item = fast_check(value, checker)
            if item is None:
                return None
            checks.append(_check_items(item))
        elif key == "minItems" and isinstance(value, int):
            checks.append(_check_length(value, None, list))
        elif key == "maxItems" and isinstance(value, int):
            checks.append(_check_length(None, value, list))
        else:
            return None
    return _check_all(checks)


def resolve(spec: Spec, method: str, raw_path: bytes) -> tuple[OperationSpec, list[str]]:
    """The operation of ``spec`` that ``method`` on ``raw_path`` (below the spec's base path, still
    percent-encoded) names, and the path's template values; HEAD is answered as the GET.

    Raises the WordPress errors: 400 for a path that is not UTF-8, 404 ``rest_no_route`` for an
    unknown path, 405 with ``Allow`` for a method the path does not have.
    """
    try:
        segments = [unquote_to_bytes(s).decode("utf-8") for s in raw_path.decode("latin-1").strip("/").split("/")]
    except UnicodeDecodeError:
        raise ApiError(400, "rest_invalid_param", "The URL is not valid UTF-8") from None
    match = spec.router.match(segments if segments != [""] else [])
    if match is None:
        raise ApiError(404, "rest_no_route", "No route was found matching the URL and request method.")
    entry, values = match
    op = entry.methods.get(method) or (entry.methods.get("GET") if method == "HEAD" else None)
    if op is None:
        raise ApiError(
            405,
            "rest_no_route",
            f"No route was found matching the URL and request method: {method} is not allowed on "
            f"{entry.template} (allowed: {entry.allow}).",
            headers={"Allow": entry.allow},
        )
    return op, values


def parse_query_string(raw: bytes) -> list[tuple[str, str]]:
    """``a=1&b=%20x`` -> pairs, like ``urllib.parse.parse_qsl(keep_blank_values=True)`` with strict UTF-8.

    Raises the WordPress 400 ``rest_invalid_param`` for bytes or escapes that are not UTF-8 (for the
    API and the control API alike).
    """
    if not raw:
        return []
    pairs = []
    try:
        for part in raw.decode("utf-8").split("&"):
            if not part:
                continue
            name, _, value = part.partition("=")
            if "%" in name or "+" in name:
                name = unquote_plus(name, errors="strict")
            if "%" in value or "+" in value:
                value = unquote_plus(value, errors="strict")
            pairs.append((name, value))
    except UnicodeDecodeError:
        raise ApiError(400, "rest_invalid_param", "The query string is not valid UTF-8") from None
    return pairs


class CompiledOperation:
    """One operation's request parsers and validators, and its response validators."""

    def __init__(self, op: OperationSpec, registry: Registry[Any], format_checker: jsonschema.FormatChecker) -> None:
        self.op = op
        self.query_params = {p.name: p for p in op.query}
        self.required_query = [p.name for p in op.query if p.required]
        self.path_params = op.path_params
        self._registry = registry
        self._checker = format_checker
        self.query_validator = self._object_validator(op.query)
        self.path_validator = self._object_validator(op.path_params)
        self._query_fast = self._fast(op.query)
        self._path_fast = self._fast(op.path_params)
        self.body_validator = self._validator(op.body.schema) if op.body is not None and op.body.schema else None
        self.response_validators: dict[str, jsonschema.protocols.Validator | None] = {
            key: (self._validator(r.schema) if r.schema is not None else None) for key, r in op.responses.items()
        }

    def _validator(self, schema: Mapping[str, Any]) -> jsonschema.protocols.Validator:
        return jsonschema.Draft202012Validator(schema, registry=self._registry, format_checker=self._checker)

    def _fast(self, params: list[Param]) -> Callable[[dict[str, Any]], bool] | None:
        """All-parameters-valid in plain Python, when every parameter schema is simple enough."""
        checks = {p.name: fast_check(p.schema, self._checker) for p in params}
        if any(check is None for check in checks.values()):
            return None
        ready = {name: check for name, check in checks.items() if check is not None}
        return lambda values: all(ready[name](value) for name, value in values.items())

    def _query_ok(self, values: dict[str, Any]) -> bool:
        if self._query_fast is not None:
            return self._query_fast(values)
        return self.query_validator is None or bool(self.query_validator.is_valid(values))

    def _object_validator(self, params: list[Param]) -> jsonschema.protocols.Validator | None:
        if not params:
            return None
        schema = {"type": "object", "properties": {p.name: p.schema for p in params}}
        return self._validator(schema)

    # ---- requests

    def parse_query(self, pairs: list[tuple[str, str]]) -> dict[str, Any]:
        declared = self.query_params
        values: dict[str, Any] = {}
        errors: dict[str, str] = {}
        for name, raw in pairs:
            param = declared.get(name)
            if param is None:
                continue
            _reject_nul(name, raw)
            if param.kind == "array":
                coerced = coerce(param.item_kind, raw) if param.item_kind != "any" else raw
                if coerced is _OUT_OF_RANGE:
                    errors[name] = _type_message(f"{name}[] items", param.item_kind, coerced)
                    continue
                if coerced is _INVALID:
                    errors[name] = f"{name}[] items must be of type {param.item_kind}."
                    continue
                values.setdefault(name, []).append(coerced)
                continue
            coerced = coerce(param.kind, raw) if param.kind != "any" else raw
            if coerced is _INVALID or coerced is _OUT_OF_RANGE:
                errors[name] = _type_message(name, param.kind, coerced)
                continue
            values[name] = coerced  # a repeated scalar: the last one wins (PHP)
        if errors:
            raise invalid(errors)
        absent = [n for n in self.required_query if n not in values]
        if absent:
            raise missing(absent)
        if values and not self._query_ok(values):
            assert self.query_validator is not None
            failures = list(self.query_validator.iter_errors(values))
            if failures:  # (the fast check never decides "invalid" on its own)
                raise invalid(_collect(failures))
        for param in self.query_params.values():
            if param.has_default and param.name not in values:
                values[param.name] = (
                    param.default
                    if not isinstance(param.default, list | dict)
                    else json.loads(json.dumps(param.default))
                )
        return values

    def parse_path(self, raw_values: list[str]) -> dict[str, Any]:
        values: dict[str, Any] = {}
        errors: dict[str, str] = {}
        for param, raw in zip(self.path_params, raw_values, strict=False):
            _reject_nul(param.name, raw)
            coerced = coerce(param.kind, raw) if param.kind != "any" else raw
            if coerced is _INVALID or coerced is _OUT_OF_RANGE:
                errors[param.name] = _type_message(param.name, param.kind, coerced)
                continue
            values[param.name] = coerced
        if errors:
            raise invalid(errors)
        valid = self._path_fast(values) if self._path_fast is not None else None
        if valid is None and self.path_validator is not None:
            valid = bool(self.path_validator.is_valid(values))
        if valid is False:
            assert self.path_validator is not None
            failures = list(self.path_validator.iter_errors(values))
            if failures:
                raise invalid(_collect(failures))
        return values

    def parse_body(self, content_type: str | None, raw: bytes) -> Any:
        body_spec = self.op.body
        if body_spec is None:
            return None
        if not raw.strip():
            if body_spec.required:
                raise missing(["body"])
            return None
        media = (content_type or "").split(";", 1)[0].strip().lower()
        if media != "application/json" and not media.endswith("+json"):
            raise ApiError(
                400,
                "rest_invalid_content_type",
                f"The request body must be sent as application/json (Content-Type was {media or 'missing'!r})",
                data={"params": {"body": "wrong content type"}},
            )
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise ApiError(400, "rest_invalid_json", "Invalid JSON body: the body is not valid UTF-8") from None
        try:
            body = safejson.loads(text)
        except safejson.UnsafeJson as exc:
            raise ApiError(400, "rest_invalid_json", _clip(f"Invalid JSON body: {exc}")) from None
        self.check_body(body)
        return body

    def check_body(self, body: Any) -> None:
        """Raise the 400 that ``body`` (already decoded JSON) earns against the operation's body schema."""
        if self.body_validator is not None and not self.body_validator.is_valid(body):
            raise invalid(_collect(self.body_validator.iter_errors(body), root="body"))

    # ---- responses

    def check_response(self, status: int, media_type: str | None, body: Any) -> list[str]:
        """Why this response breaks the contract (empty: it conforms)."""
        spec: ResponseSpec | None = self.op.response_for(status)
        if spec is None:
            documented = ", ".join(self.op.responses) or "none"
            return [f"status {status} is not documented for {self.op.operation_id} (documented: {documented})"]
        if spec.media_type is None:
            return [] if body is None else [f"status {status} of {self.op.operation_id} documents no body"]
        got = (media_type or "").split(";", 1)[0].strip().lower()
        if got != spec.media_type.lower():
            return [f"{self.op.operation_id} {status}: media type {got!r}, the spec says {spec.media_type!r}"]
        validator = self.response_validators.get(spec.status)
        if validator is None or validator.is_valid(body):
            return []
        out = []
        for error in sorted(validator.iter_errors(body), key=lambda e: list(e.absolute_path))[:10]:
            where = "/".join(str(p) for p in error.absolute_path) or "(root)"
            out.append(_clip(f"{self.op.operation_id} {status} body at {where}: {error.message}"))
        return out


def _collect(errors: Iterable[ValidationError], root: str | None = None) -> dict[str, str]:
    """Error messages keyed by parameter: the top-level name for query/path, a dotted path in bodies."""
    out: dict[str, str] = {}
    for error in errors:
        path = list(error.absolute_path)
        if root is None:
            path = path[:1]
        if error.validator == "required" and isinstance(error.instance, Mapping):
            required = error.validator_value if isinstance(error.validator_value, list) else []
            absent = [n for n in required if n not in error.instance]
            prefix = ".".join(str(p) for p in path)
            for name in absent:
                key = f"{prefix}.{name}" if prefix else str(name)
                out.setdefault(key, f"{key} is required.")
            continue
        key = ".".join(str(p) for p in path) if path else root or "query"
        out.setdefault(key, f"{key}: {error.message}")
    return out or {root or "request": "the request does not match the schema."}


_URI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:(?:[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$")


def format_checker() -> jsonschema.FormatChecker:
    """jsonschema's format checker plus ``uri`` (RFC 3986 characters), which it only checks when the
    optional ``rfc3987`` package is installed: the emulator must reject exactly what the spec does."""
    checker = jsonschema.FormatChecker()
    if "uri" not in checker.checkers:
        checker.checks("uri")(lambda value: not isinstance(value, str) or _URI.match(value) is not None)
    return checker


def compile_spec(spec: Spec) -> dict[str, CompiledOperation]:
    """Compiled operations of ``spec``, keyed by operationId (cached on the spec object)."""
    cached: dict[str, CompiledOperation] | None = getattr(spec, "_compiled", None)
    if cached is not None:
        return cached
    registry: Registry[Any] = Registry().with_resource(
        SPEC_URI, Resource.from_contents(spec.registry_document, default_specification=DRAFT202012)
    )
    checker = format_checker()
    compiled = {op_id: CompiledOperation(op, registry, checker) for op_id, op in spec.operations.items()}
    spec._compiled = compiled  # type: ignore[attr-defined]
    return compiled
