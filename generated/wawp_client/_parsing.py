"""From a 2xx answer to what the call returns: tolerant by default, strict on request.

The facade passes the return annotation of each method (``cast_to``: a model class, ``list[Chat]``,
``Me | None``, a union ending in ``dict[str, Any]``...). In the default mode nothing here raises on a
JSON body: a field that does not have its declared type is kept as received, a union takes the first
variant the value fits and otherwise the raw value, an empty body is ``None``. With
``strict_response_validation`` the same walk checks every value against its annotation and raises
:class:`APIResponseValidationError` naming the JSON path of the first mismatch.
"""

from __future__ import annotations

import json
import types
import typing
from collections.abc import Mapping
from typing import Annotated, Any, Literal

from ._exceptions import APIResponseValidationError
from ._models import RAW, BaseModel

__all__ = ["parse_body", "parse_value", "scalar_fits"]


class _Mismatch(Exception):
    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path


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


def _convert(tp: Any, value: Any, strict: bool, path: str) -> Any:
    """``value`` as ``tp``: built into models where it fits; checked (strict) or kept as is (tolerant)."""
    if tp is Any or tp is object:
        return value
    origin = typing.get_origin(tp)
    if origin is Annotated:
        if RAW not in tp.__metadata__:
            return _convert(typing.get_args(tp)[0], value, strict, path)
        if strict:  # the raw fallback of a union: a body that reaches it fits no documented variant
            raise _Mismatch(path, "fits none of the documented shapes")
        return value
    if origin is types.UnionType or origin is typing.Union:
        return _union(typing.get_args(tp), value, strict, path)
    if value is None:
        if strict and tp is not type(None):
            raise _Mismatch(path, f"null where {_describe(tp)} is expected")
        return None
    if isinstance(tp, type) and issubclass(tp, BaseModel):
        if isinstance(value, Mapping):
            return _model(tp, value, strict, path)
    elif origin is list:
        if isinstance(value, list):
            (item,) = typing.get_args(tp) or (Any,)
            return [_convert(item, v, strict, f"{path}[{i}]") for i, v in enumerate(value)]
    elif origin is dict:
        if isinstance(value, dict):
            _, item = typing.get_args(tp) or (str, Any)
            return {k: _convert(item, v, strict, f"{path}.{k}") for k, v in value.items()}
    elif origin is Literal:
        if value in typing.get_args(tp):
            return value
    elif isinstance(tp, type) and scalar_fits(tp, value):
        return value
    if strict:
        raise _Mismatch(path, f"{_kind(value)} where {_describe(tp)} is expected")
    return value


def _model(cls: type[BaseModel], data: Mapping[str, Any], strict: bool, path: str) -> BaseModel:
    if strict:
        missing = [f.wire for f in cls.model_fields() if f.required and f.wire not in data]
        if missing:
            raise _Mismatch(path, f"{cls.__name__} requires {', '.join(map(repr, missing))}")
        problem = cls._strict_problem(data)
        if problem is not None:
            raise _Mismatch(path, f"{cls.__name__}: {problem}")
    return cls._build(data, lambda field, value: _convert(field.type, value, strict, f"{path}.{field.wire}"))


def _union(members: tuple[Any, ...], value: Any, strict: bool, path: str) -> Any:
    if value is None and type(None) in members:
        return None
    documented = [m for m in members if m is not type(None) and not _is_raw(m)]
    if len(documented) == 1 and len(documented) + (type(None) in members) == len(members):  # ``X | None``
        return _convert(documented[0], value, strict, path)
    for member in documented:
        try:
            return _convert(member, value, True, path)
        except _Mismatch:
            continue
    if strict:
        expected = " | ".join(_describe(m) for m in documented)
        raise _Mismatch(path, f"{_kind(value)} fits none of {expected}")
    return value


def _is_raw(tp: Any) -> bool:
    return typing.get_origin(tp) is Annotated and RAW in tp.__metadata__


def parse_value(tp: Any, value: Any, *, strict: bool = False) -> Any:
    """``value`` (decoded JSON) as ``tp``; with ``strict``, raise :class:`APIResponseValidationError` on a mismatch."""
    try:
        return _convert(tp, value, strict, "$")
    except _Mismatch as error:
        raise APIResponseValidationError(
            f"Response does not match the documented schema at {error}", status_code=None, body=value
        ) from None


def parse_body(content: bytes, status_code: int, cast_to: Any, *, strict: bool) -> Any:
    """The result of a call from its 2xx body: ``None`` for an empty body (strict: unless the spec wants one)."""
    if not content.strip():
        if strict and cast_to is not type(None) and type(None) not in typing.get_args(cast_to) and cast_to is not Any:
            raise APIResponseValidationError(
                f"Response does not match the documented schema: empty body where {_describe(cast_to)} is expected",
                status_code=status_code,
                body=content,
            )
        return None
    try:
        data = json.loads(content)
    except ValueError:
        raise APIResponseValidationError(
            f"Response body is not JSON (status {status_code})", status_code=status_code, body=content
        ) from None
    try:
        return _convert(cast_to, data, strict, "$")
    except _Mismatch as error:
        raise APIResponseValidationError(
            f"Response does not match the documented schema at {error}", status_code=status_code, body=data
        ) from None
