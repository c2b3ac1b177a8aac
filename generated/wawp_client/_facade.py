# Copied from generator/runtime/_facade.py by `nox -s generate`.
# Do not edit this copy: edit generator/runtime/_facade.py.
"""Helpers the rendered facade methods call, so that each method stays one call long.

``build_body`` turns keyword arguments (or ``body=``) into the generated attrs body model, accepting
plain dicts for nested models and refusing a value of the wrong shape with a ``TypeError`` that names
the field and the type expected, before anything is sent.
"""

from __future__ import annotations

import enum
import functools
import importlib
import types
import typing
from collections.abc import Mapping
from typing import Any, TypeVar

import attrs
import httpx

from ._api.types import UNSET, Unset
from ._options import RequestOptions
from ._parsing import scalar_fits
from ._request_models import MODEL_MODULES, WIRE_NAMES

__all__ = ["build_body", "given", "request_options"]

T = TypeVar("T")


def given(**arguments: Any) -> dict[str, Any]:
    """The optional arguments the caller gave: ``None`` means "leave it out" (a query parameter is never null)."""
    return {name: value for name, value in arguments.items() if value is not None}


def request_options(
    timeout: float | httpx.Timeout | None,
    extra_headers: Mapping[str, str] | None,
    extra_query: Mapping[str, str] | None,
) -> RequestOptions | None:
    """The per-call options, or ``None`` (the common case: nothing overridden, nothing allocated)."""
    if timeout is None and extra_headers is None and extra_query is None:
        return None
    return RequestOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query)


class _Lazy(dict[str, Any]):
    """Names for resolving a request model's annotations: each model module is imported when first named."""

    def __missing__(self, name: str) -> Any:
        module = MODEL_MODULES.get(name)
        if module is None:
            raise KeyError(name)
        value = getattr(importlib.import_module(f"._api.models.{module}", __package__), name)
        self[name] = value
        return value


_NAMES = _Lazy(Unset=Unset)


@functools.cache
def _hints(model: type) -> dict[str, Any]:
    hints = typing.get_type_hints(model, localns=_NAMES)
    hints.pop("additional_properties", None)
    return hints


def _expected(tp: Any) -> str:
    if typing.get_origin(tp) in (types.UnionType, typing.Union):
        return " or ".join(_expected(m) for m in typing.get_args(tp) if m is not Unset)
    if typing.get_origin(tp) is list:
        return f"a list of {_expected(typing.get_args(tp)[0])}"
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return "one of " + ", ".join(repr(m.value) for m in tp)
    if isinstance(tp, type) and tp.__name__ in WIRE_NAMES:
        return f"{tp.__name__} or a dict with its fields"
    return "None" if tp is type(None) else getattr(tp, "__name__", str(tp))


def _kind(value: Any) -> str:
    return type(value).__name__


def _coerce(tp: Any, value: Any, path: str) -> Any:
    """``value`` as the request type ``tp`` (nested dicts become models), or ``TypeError`` naming ``path``."""
    origin = typing.get_origin(tp)
    if origin in (types.UnionType, typing.Union):
        members = typing.get_args(tp)
        if value is None and type(None) in members:
            return None
        for member in members:
            if member not in (Unset, type(None)):
                try:
                    return _coerce(member, value, path)
                except TypeError:
                    continue
    elif tp is Any:
        return value
    elif origin is list:
        if isinstance(value, list | tuple):
            (item,) = typing.get_args(tp)
            return [_coerce(item, v, f"{path}[{i}]") for i, v in enumerate(value)]
    elif isinstance(tp, type) and issubclass(tp, enum.Enum):
        try:
            return tp(value)
        except ValueError:
            pass
    elif isinstance(tp, type) and tp.__name__ in WIRE_NAMES:
        if isinstance(value, tp):
            return value
        if isinstance(value, Mapping):
            return _model(tp, value, path)
    elif isinstance(tp, type) and scalar_fits(tp, value):
        return value
    raise TypeError(f"{path} must be {_expected(tp)}, not {_kind(value)}")


def _model(model: type, data: Mapping[str, Any], path: str) -> Any:
    """The request model of a dict keyed by wire names; keys the spec does not know are sent as they are."""
    wire_names = WIRE_NAMES[model.__name__]
    hints = _hints(model)
    values: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    for key, value in data.items():
        attribute = wire_names.get(key)
        if attribute is None:
            extra[key] = value
        else:
            values[attribute] = _coerce(hints[attribute], value, f"{path}.{key}")
    required = [w for w, a in wire_names.items() if a not in values and _required(model, a)]
    if required:
        raise TypeError(f"{path} is missing {', '.join(map(repr, required))} (required by {model.__name__})")
    instance = model(**values)
    instance.additional_properties = extra
    return instance


def _required(model: type, attribute: str) -> bool:
    return bool(getattr(attrs.fields(model), attribute).default is attrs.NOTHING)


def build_body(model: type[T], body: Any, method: str, **fields: Any) -> T:
    """The JSON body of ``method``: from its keyword arguments, or the whole ``body=`` (a model or a dict).

    Dicts may stand wherever a nested model is expected; a value of the wrong shape raises ``TypeError``
    naming the field and the type expected, before anything is sent.
    """
    given_fields = {name: value for name, value in fields.items() if value is not UNSET}
    if body is not None:
        clash = sorted(name for name, value in given_fields.items() if value is not None)
        if clash:
            raise TypeError(f"{method}() takes either body= or the fields ({', '.join(clash)}), not both")
        result: T = _coerce(model, body, "body")
        return result
    hints = _hints(typing.cast(type, model))
    values: dict[str, Any] = {}
    for name, value in given_fields.items():
        if value is None and type(None) not in typing.get_args(hints[name]):
            continue  # an optional field the spec does not allow as null: None leaves it out
        values[name] = _coerce(hints[name], value, name)
    missing = [name for name in hints if name not in values and _required(model, name)]
    if missing:
        raise TypeError(f"{method}() missing required keyword argument(s): {', '.join(map(repr, missing))}")
    return model(**values)
