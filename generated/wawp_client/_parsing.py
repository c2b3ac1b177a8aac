# Copied from generator/runtime/_parsing.py by `nox -s generate`.
# Do not edit this copy: edit generator/runtime/_parsing.py.
"""From a 2xx answer to what the call returns: tolerant by default, strict on request.

The facade passes the type of each operation's 200 body (``cast_to``: the generated endpoint module's
``RESULT``, e.g. a model class, ``list[Chat]``, ``Me | None``, a union ending in ``RawObject``), and the
models' fields are read by the same walk (scalars are set when a model is read, ``Model`` converts the others
on first access). In the default mode
nothing here raises on a JSON body: a field that does not have its declared type is kept as received
(converted when it is read), a union takes the first variant the value fits and otherwise the raw value
(a list that no list variant fits whole is read item by item: each item that fits the variant most items
fit is typed, the others stay raw, so one odd item does not cost the rest their types), an empty body is
``None``. With ``strict_response_validation`` the same walk checks every value against its annotation
and raises :class:`APIResponseValidationError` naming the JSON path of the first mismatch.
"""

from __future__ import annotations

import functools
import types
import typing
from collections.abc import Callable
from typing import Annotated, Any, Literal, NamedTuple

import httpx

from . import _json
from ._exceptions import KEPT_BODY, APIResponseValidationError
from ._models import RAW, Model

__all__ = ["Invalid", "Mismatch", "parse_body", "parse_value", "read", "scalar_fits"]


class Mismatch(Exception):
    """A value that does not fit its type (strict mode only); ``where`` grows from the innermost value outwards.

    Its text names the JSON path (the keys leading there) and the kinds involved, never a value.
    """

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message
        self.where: list[str] = []

    def at(self, segment: str) -> Mismatch:
        self.where.append(segment)
        return self

    def __str__(self) -> str:
        return f"${''.join(reversed(self.where))}: {self.message}"


Converter = Callable[[Any, bool], Any]  # (decoded JSON, strict) -> the value as its type


def _describe(tp: Any) -> str:
    if typing.get_origin(tp) is Annotated:
        return _describe(typing.get_args(tp)[0])
    if isinstance(tp, type):
        return "null" if tp is type(None) else tp.__name__
    return str(tp).replace("typing.", "")


def _kind(value: Any) -> str:
    return {dict: "object", list: "array", str: "string", bool: "boolean", int: "integer", float: "number"}.get(
        type(value), "null" if value is None else type(value).__name__
    )


def scalar_fits(tp: type, value: Any) -> bool:
    """``isinstance`` as JSON means it: an integer is a number, a boolean is not an integer."""
    if tp is float:
        return isinstance(value, int | float) and not isinstance(value, bool)
    if tp is int:
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, tp)


def _is_raw(tp: Any) -> bool:
    return typing.get_origin(tp) is Annotated and RAW in tp.__metadata__


def _identity(value: Any, strict: bool) -> Any:
    return value


# Converters that return the value unchanged unless strict (scalars, ``Any``): a model read tolerantly hands
# its fields of these types out as they are, without a call.
PASS_THROUGH: set[Converter] = {_identity}


def _raw(value: Any, strict: bool) -> Any:
    if strict:  # the raw fallback of a union: a body that reaches it fits no documented variant
        raise Mismatch("fits none of the documented shapes")
    return value


@functools.cache
def _converter(tp: Any) -> Converter:
    """The converter of a type, built once per type: the per-call work is one walk over the value."""
    if tp is Any or tp is object:
        return _identity
    origin = typing.get_origin(tp)
    if origin is Annotated:
        return _raw if RAW in tp.__metadata__ else _converter(typing.get_args(tp)[0])
    if origin is types.UnionType or origin is typing.Union:
        return _union(typing.get_args(tp))
    if isinstance(tp, type) and issubclass(tp, Model):
        return _model(tp)
    if origin is list:
        return _list(_converter((typing.get_args(tp) or (Any,))[0]))
    if origin is dict:
        return _dict(_converter((typing.get_args(tp) or (str, Any))[-1]))
    if origin is Literal:
        allowed = typing.get_args(tp)
        return _checked(lambda value: value in allowed, tp)
    if isinstance(tp, type):
        return _checked(lambda value: scalar_fits(tp, value), tp)
    raise TypeError(f"cannot read a response as {tp!r}")


def _mismatch(value: Any, tp: Any) -> Mismatch:
    if value is None:
        return Mismatch(f"null where {_describe(tp)} is expected")
    return Mismatch(f"{_kind(value)} where {_describe(tp)} is expected")


def _checked(fits: Callable[[Any], bool], tp: Any) -> Converter:
    def convert(value: Any, strict: bool) -> Any:
        if strict and not fits(value):
            raise _mismatch(value, tp)
        return value

    PASS_THROUGH.add(convert)

    return convert


def _list(item: Converter) -> Converter:
    def convert(value: Any, strict: bool) -> Any:
        if not isinstance(value, list):
            if strict:
                raise _mismatch(value, list)
            return value
        if not strict:  # nothing can raise: one comprehension (a page of a thousand items comes through here)
            return [item(entry, False) for entry in value]
        result = []
        for index, entry in enumerate(value):
            try:
                result.append(item(entry, strict))
            except Mismatch as error:
                raise error.at(f"[{index}]") from None
        return result

    return convert


def _dict(item: Converter) -> Converter:
    def convert(value: Any, strict: bool) -> Any:
        if not isinstance(value, dict):
            if strict:
                raise _mismatch(value, dict)
            return value
        result = {}
        for key, entry in value.items():
            try:
                result[key] = item(entry, strict)
            except Mismatch as error:
                raise error.at(f".{key}") from None
        return result

    return convert


def _tolerant_builder(cls: type[Model], fields: list[tuple[str, str, bool, Converter]]) -> Callable[[Any], Any]:
    """A function building a ``cls`` read tolerantly from a JSON object: the body kept, and every field whose
    converter hands the value out as it is (``PASS_THROUGH``: scalars, ``Any``) set at once from it.

    Those fields would otherwise each be found by ``Model.__getattr__`` on first read, after the empty slot
    raised: about half a microsecond a field, where setting it here costs a twentieth of that. The function is
    compiled once per class, so that each field is one slot store (a loop would cost as much as the lazy read);
    the other fields (models, lists, unions) stay converted on first access. The names are the attrs fields'
    (identifiers) and the JSON names are embedded with ``repr``."""
    eager = [(name, wire) for name, wire, _, field in fields if field in PASS_THROUGH]
    if not all(name.isidentifier() for name, _ in eager):
        raise TypeError(f"{cls.__name__}: a field name is not an identifier")
    lines = ["def build(value):", "    model = new(cls)", "    model._raw = value", "    get = value.get"]
    lines += [f"    model.{name} = get({wire!r})" for name, wire in eager]
    lines.append("    return model")
    scope: dict[str, Any] = {"new": cls.__new__, "cls": cls}
    exec("\n".join(lines), scope)  # the text above only: class-level names, no data from a response
    build: Callable[[Any], Any] = scope["build"]
    return build


def _model(cls: type[Model]) -> Converter:
    plan: list[tuple[str, str, bool, Converter]] = []
    builder: list[Callable[[Any], Any]] = []

    def prepare() -> None:
        """The fields' converters, built on first use (so that a schema may contain itself)."""
        fields = [(f.name, f.wire, f.required, _converter(f.type)) for f in cls.model_fields()]
        cls._readers = {name: (wire, None if field in PASS_THROUGH else field) for name, wire, _, field in fields}
        cls._wires = frozenset(wire for _, wire, _, _ in fields)
        plan[:] = fields
        # Last, in one step: a thread that finds the builder finds the class ready. (Not the plan: a model
        # without fields has an empty one, and would be prepared, and its builder compiled, on every read.)
        builder[:] = [_tolerant_builder(cls, fields)]

    def convert(value: Any, strict: bool) -> Any:
        if not isinstance(value, dict):
            if strict:
                raise _mismatch(value, cls)
            return value
        if not builder:
            prepare()
        if not strict:  # scalar fields set now, the others converted on first access (``Model.__getattr__``)
            return builder[0](value)
        model = cls.__new__(cls)
        object.__setattr__(model, "_raw", value)
        missing = [wire for _, wire, required, _ in plan if required and wire not in value]
        if missing:
            raise Mismatch(f"{cls.__name__} requires {', '.join(map(repr, missing))}")
        problem = cls._strict_problem(value)
        if problem is not None:
            raise Mismatch(f"{cls.__name__}: {problem}")
        for name, wire, _, field in plan:
            try:
                converted = field(value[wire], strict) if wire in value else None
            except Mismatch as error:
                raise error.at(f".{wire}") from None
            object.__setattr__(model, name, converted)
        return model

    return convert


def _union(members: tuple[Any, ...]) -> Converter:
    nullable = type(None) in members
    documented = [m for m in members if m is not type(None) and not _is_raw(m)]
    converters = [_converter(m) for m in documented]
    if len(documented) == 1 and len(documented) + nullable == len(members):  # ``X | None``
        only = converters[0]

        def optional(value: Any, strict: bool) -> Any:
            return None if value is None else only(value, strict)

        if only in PASS_THROUGH:
            PASS_THROUGH.add(optional)
        return optional
    expected = " | ".join(_describe(m) for m in documented)
    lists = [m for m in documented if typing.get_origin(m) is list and typing.get_args(m)]
    items = [_converter(typing.get_args(m)[0]) for m in lists]  # read item by item when no list fits whole

    def convert(value: Any, strict: bool) -> Any:
        if value is None and nullable:
            return None
        for member in converters:  # the first variant the value fits, checked strictly
            try:
                return member(value, True)
            except Mismatch:
                continue
        if strict:
            raise Mismatch(f"{_kind(value)} fits none of {expected}")
        return _per_item(value, items) if items and isinstance(value, list) else value

    return convert


def _per_item(value: list[Any], items: list[Converter]) -> list[Any]:
    """A list no list variant fits whole: read against the item type most of its items fit (the first on a
    tie), those items typed and the others as received; as received altogether when no item fits any."""
    best: tuple[int, list[Any]] = (0, value)
    for item in items:
        read: list[Any] = []
        fitting = 0
        for entry in value:
            try:
                read.append(item(entry, True))
                fitting += 1
            except Mismatch:
                read.append(entry)
        if fitting > best[0]:
            best = (fitting, read)
    return best[1]


def read(tp: Any, value: Any, *, strict: bool) -> Any:
    """``value`` (decoded JSON) as ``tp``; only with ``strict`` can it raise (:class:`Mismatch`, the first one)."""
    return _converter(tp)(value, strict)


def parse_value(tp: Any, value: Any, *, strict: bool = False) -> Any:
    """``value`` (decoded JSON) as ``tp``; with ``strict``, raise :class:`APIResponseValidationError` on a mismatch."""
    try:
        return read(tp, value, strict=strict)
    except Mismatch as error:
        raise APIResponseValidationError(
            f"Response does not match the documented schema at {error}", status_code=None, body=value
        ) from None


class Invalid(NamedTuple):
    """Why a 2xx body cannot be the result: returned rather than raised, so that the caller raises the
    error from a frame of its choosing (one that holds no request: its URL carries the credentials)."""

    message: str
    body: object

    def error(self, status_code: int, request: httpx.Request) -> APIResponseValidationError:
        return APIResponseValidationError(self.message, status_code=status_code, body=self.body, request=request)


def parse_body(content: bytes, status_code: int, cast_to: Any, *, strict: bool) -> Any:
    """The result of a call from its 2xx body (``None`` for an empty one, unless strict mode expects a body),
    or :class:`Invalid`."""
    if cast_to is None:  # the annotation ``None``: a documented empty body
        cast_to = type(None)
    if not content.strip():
        if strict and cast_to is not type(None) and type(None) not in typing.get_args(cast_to) and cast_to is not Any:
            return Invalid(
                f"Response does not match the documented schema: empty body where {_describe(cast_to)} is expected",
                content,
            )
        return None
    try:
        data = _json.loads(content)
    except _json.TooDeep as error:
        return Invalid(f"Response body is not usable JSON (status {status_code}): {error}", content)
    except ValueError:
        return Invalid(f"Response body is not JSON (status {status_code})", content)
    try:
        return read(cast_to, data, strict=strict)
    except Mismatch as error:
        return Invalid(
            f"Response does not match the documented schema at {error}", data if len(content) <= KEPT_BODY else content
        )
