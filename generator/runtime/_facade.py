"""Helpers the rendered facade methods call, so that each method stays one call long.

``refuse_arguments`` and ``require_arguments`` hold a method that both API versions have to what the client's
version takes: an argument only the other version has is refused with ``UnsupportedInVersion`` (never silently
dropped), and one only this version requires must be given.

``build_body`` turns keyword arguments (or ``body=``) into the generated attrs body model, accepting
plain dicts for nested models and refusing a value of the wrong shape with a ``TypeError`` that names
the field and the type expected, before anything is sent.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Callable, Mapping
from typing import Any, Literal, TypeVar

import httpx

from ._api.types import UNSET
from ._exceptions import UnsupportedInVersion
from ._models import Field, Model
from ._options import RequestOptions
from ._parsing import scalar_fits

__all__ = ["build_body", "given", "refuse_arguments", "request_options", "require_arguments"]

T = TypeVar("T", bound=Model)


def given(**arguments: Any) -> dict[str, Any]:
    """The optional arguments the caller gave: ``None`` means "leave it out" (a query parameter is never null)."""
    return {name: value for name, value in arguments.items() if value is not None}


def refuse_arguments(method: str, version: str, **arguments: Any) -> None:
    """Raise ``UnsupportedInVersion`` if the caller gave an argument that ``version`` of ``method`` lacks."""
    given_here = [name for name, value in arguments.items() if value is not None and value is not UNSET]
    if given_here:
        other = "v1" if version == "v2" else "v2"
        names = ", ".join(given_here)
        raise UnsupportedInVersion(
            f"client.{method}(): {names} exist(s) only in Wawp {other}; this client speaks {version}, which has no"
            " such parameter. Leave it out (or use a client of the other version).",
            method=method,
            api_version=version,
            available_in=other,
        )


def require_arguments(method: str, version: str, **arguments: Any) -> None:
    """Raise ``TypeError`` if an argument that only ``version`` of ``method`` requires is missing."""
    missing = [name for name, value in arguments.items() if value is None or value is UNSET]
    if missing:
        raise TypeError(f"client.{method}() on {version} needs {', '.join(missing)}")


def request_options(
    timeout: float | httpx.Timeout | None,
    extra_headers: Mapping[str, str] | None,
    extra_query: Mapping[str, str] | None,
) -> RequestOptions | None:
    """The per-call options, or ``None`` (the common case: nothing overridden, nothing allocated)."""
    if timeout is None and extra_headers is None and extra_query is None:
        return None
    return RequestOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query)


def _expected(tp: Any) -> str:
    if typing.get_origin(tp) in (types.UnionType, typing.Union):
        return " or ".join(_expected(m) for m in typing.get_args(tp))
    if typing.get_origin(tp) is list:
        return f"a list of {_expected(typing.get_args(tp)[0])}"
    if typing.get_origin(tp) is Literal:
        return "one of " + ", ".join(map(repr, typing.get_args(tp)))
    if isinstance(tp, type) and issubclass(tp, Model):
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
            if member is not type(None):
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
    elif origin is Literal:
        if value in typing.get_args(tp):
            return value
    elif isinstance(tp, type) and issubclass(tp, Model):
        if isinstance(value, tp):
            return value
        if isinstance(value, Mapping):
            return _model(tp, {key: (key, item) for key, item in value.items()}, path, lambda key: f"{path}.{key}")
    elif isinstance(tp, type) and scalar_fits(tp, value):
        return value
    raise TypeError(f"{path} must be {_expected(tp)}, not {_kind(value)}")


def _model(model: type[T], given: Mapping[str, tuple[str, Any]], path: str, where: Callable[[str], str]) -> T:
    """The model of the values ``given`` (key -> (wire name, value); keys the spec does not know are sent as they
    are), each checked against its field; ``where`` names a key in an error."""
    fields: dict[str, Field] = {f.wire: f for f in model.model_fields()}
    body: dict[str, Any] = {}
    for key, (wire, value) in given.items():
        field = fields.get(wire)
        if field is not None and value is None and not field.nullable:
            raise TypeError(f"{where(key)} must not be None: the API does not take null there")
        body[wire] = value if field is None else _coerce(field.type, value, where(key))
    missing = [w for w, f in fields.items() if f.required and w not in body]
    if missing:
        raise TypeError(f"{path} is missing {', '.join(map(repr, missing))} (required by {model.__name__})")
    body.update((w, f.default) for w, f in fields.items() if w not in body and f.default is not None)
    return model.from_dict(body)


def build_body(model: type[T], body: Any, method: str, **fields: Any) -> T:
    """The JSON body of ``method``: from its keyword arguments, or the whole ``body=`` (a model or a dict).

    Dicts may stand wherever a nested model is expected; a value of the wrong shape raises ``TypeError``
    naming the field and the type expected, before anything is sent. ``None`` sends null where the spec
    allows it, and otherwise leaves the field out.
    """
    given_fields = {name: value for name, value in fields.items() if value is not UNSET}
    if body is not None:
        clash = sorted(name for name, value in given_fields.items() if value is not None)
        if clash:
            raise TypeError(f"{method}() takes either body= or the fields ({', '.join(clash)}), not both")
        result: T = _coerce(model, body, "body")
        return result
    declared = {f.name: f for f in model.model_fields()}
    values = {
        name: (declared[name].wire, value)
        for name, value in given_fields.items()
        if value is not None or declared[name].nullable
    }
    missing = [name for name, f in declared.items() if f.required and name not in values]
    if missing:
        raise TypeError(f"{method}() missing required keyword argument(s): {', '.join(map(repr, missing))}")
    return _model(model, values, method, lambda name: name)
