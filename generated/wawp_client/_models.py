# Copied from generator/runtime/_models.py by `nox -s generate`.
# Do not edit this copy: edit generator/runtime/_models.py.
"""``Model``: the base of every model the client sends or returns (request bodies, results, webhook events).

The models themselves are attrs classes that openapi-python-client writes from the spec
(``wawp_client._api.models``, through ``generator/oapi-templates/model.py.jinja``): each declares its
fields only, with the JSON name in the field's ``metadata["wire"]`` and the type its value is read as.
What they share lives here.

The API passes the WhatsApp engine's JSON through, and the engines differ and change; a model read
from a body must therefore never refuse it. A field the server left out reads ``None``; a field the
spec does not list is kept and is readable as an attribute under its wire name
(``message.someNewField``, and all of them in ``model_extra``); ``to_dict()`` gives the JSON object
exactly as received. A model read tolerantly keeps the body, gets its scalar fields (handed out as received)
set at once, and converts each other field (a nested model, a list, a union) the first time it is read, so a
page of a thousand messages costs little more than its JSON.
Checking a body against the spec is a separate, opt-in step (``strict_response_validation``, see
``_parsing``), which converts every field at once.
"""

from __future__ import annotations

import importlib
import typing
from collections.abc import Mapping
from typing import Annotated, Any, ClassVar, Literal, Self, TypeAlias

from ._redact import MASK

__all__ = ["RAW", "Field", "Model", "RawList", "RawObject"]

RAW = "the JSON as received"
# The last member of a result union whose variants may all miss: the value comes back as received. A
# marked alias (not a plain ``dict[str, Any]``) so that strict mode can tell it from a documented shape.
RawObject: TypeAlias = Annotated[dict[str, Any], RAW]
RawList: TypeAlias = Annotated[list[Any], RAW]

_SECRET_FIELDS = frozenset({"access_token", "instance_id", "hmac"})  # hmac: v2's webhook signing key
_NOT_READ = "{cls!r} has no field {name!r}"


class Field(typing.NamedTuple):
    """One declared field: attribute name, wire name, resolved type, required, whether null is a value, and the
    spec's default (what a request built by the client sends when the caller leaves the field out)."""

    name: str
    wire: str
    type: Any
    required: bool
    nullable: bool
    default: Any


class _Names(dict[str, Any]):
    """The names the models' annotations use. Each model module imports the others for type checkers only
    (schemas refer to each other, in cycles too), so the names are found in ``wawp_client.models`` on first use."""

    def __missing__(self, name: str) -> Any:
        try:
            value = getattr(importlib.import_module(".models", __package__), name)
        except AttributeError:
            raise KeyError(name) from None
        self[name] = value
        return value


NAMES = _Names(Any=Any, Literal=Literal, RawObject=RawObject, RawList=RawList)


_FIELDS: dict[type, tuple[Field, ...]] = {}


def _fields(cls: type[Model]) -> tuple[Field, ...]:
    found = _FIELDS.get(cls)
    if found is None:
        import attrs  # here, not at the top: ``import wawp_client`` loads no model and no attrs

        hints = typing.get_type_hints(cls, localns=NAMES, include_extras=True)
        found = _FIELDS[cls] = tuple(
            Field(
                f.name,
                f.metadata["wire"],
                hints[f.name],
                f.default is attrs.NOTHING,
                bool(f.metadata.get("nullable")),
                None if f.default is attrs.NOTHING else f.default,
            )
            for f in attrs.fields(typing.cast(Any, cls))
        )
    return found


def _plain(value: Any) -> Any:
    """``value`` as JSON data: models (a body may hold models its caller built) become their ``to_dict()``."""
    if isinstance(value, Model):
        return value.to_dict()
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    if isinstance(value, Mapping):
        return {key: _plain(item) for key, item in value.items()}
    return value


class Model:
    """What every generated model shares: tolerant reading, ``to_dict``, unknown fields, a masking repr.

    Built with keyword arguments (``GroupCreateBody(name=..., participants=[...])``) a model is what the
    caller says; read from JSON (``from_dict``, or a call's result) it keeps the JSON, its scalar fields are set
    from it, and each other field is converted on first access. ``copy``, ``deepcopy`` and ``pickle`` keep the
    JSON too (the classes leave attrs' own state methods out, which would drop it).
    """

    __slots__ = ("_raw",)

    # attribute -> (wire name, converter or None for a value taken as it is): how a field of a body read
    # tolerantly is converted on first access (the scalar ones are set when the body is read; their entries
    # serve a slot emptied later, e.g. by ``del``). Set on each class by ``_parsing`` when it first reads one.
    _readers: ClassVar[dict[str, tuple[str, Any]]] = {}
    _wires: ClassVar[frozenset[str]] = frozenset()

    @classmethod
    def model_fields(cls) -> tuple[Field, ...]:
        """The declared fields, with their annotations resolved (once per class)."""
        return _fields(cls)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Build the model from a JSON object: tolerantly, or (``strict=True``) raising on what the spec forbids."""
        from ._parsing import parse_value

        result: Self = parse_value(cls, dict(data), strict=strict)
        return result

    @classmethod
    def _strict_problem(cls, data: Mapping[str, Any]) -> str | None:
        """What strict mode finds wrong with ``data`` beyond the declared fields (for subclasses with rules)."""
        return None

    def _body(self) -> dict[str, Any] | None:
        """The JSON object the model was read from; ``None`` for one built with keyword arguments."""
        try:
            raw: dict[str, Any] = _raw_of(self)
        except AttributeError:
            return None
        return raw

    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the server sent that the spec does not list, by wire name (raw JSON values)."""
        raw = self._body()
        if raw is None:
            return {}
        wires = {f.wire for f in type(self).model_fields()}
        return {key: value for key, value in raw.items() if key not in wires}

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: as received for a model read from one (``from_dict``, which is also how to send an
        explicit null), else the fields given, an optional one left out when ``None``."""
        raw = self._body()
        if raw is not None:
            plain: dict[str, Any] = _plain(raw)
            return plain
        values = ((f, getattr(self, f.name)) for f in type(self).model_fields())
        return {f.wire: _plain(value) for f, value in values if value is not None or f.required}

    def __getattr__(self, name: str) -> Any:
        # Only reached when normal lookup fails: a field of a body not read yet, or an undeclared field,
        # looked up by its wire name. Written for speed: a page of messages comes through here per nested field.
        try:
            raw = _raw_of(self)  # the slot itself: an unset ``_raw`` raises here instead of coming back
        except AttributeError:
            raise AttributeError(_NOT_READ.format(cls=type(self).__name__, name=name)) from None
        reader = self._readers.get(name)
        if reader is not None:
            wire, convert = reader
            value = raw.get(wire)
            if convert is not None and value is not None:
                value = convert(value, False)
            _set(self, name, value)
            return value
        if name in raw and name not in type(self)._wires:
            return raw[name]
        raise AttributeError(_NOT_READ.format(cls=type(self).__name__, name=name))

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        assert isinstance(other, Model)
        return self.to_dict() == other.to_dict()

    __hash__ = None  # type: ignore[assignment]  # mutable and compared by value

    def __repr__(self) -> str:
        shown = []
        for f in type(self).model_fields():
            value = getattr(self, f.name)
            if value is not None:
                shown.append(f"{f.name}={MASK!r}" if f.name in _SECRET_FIELDS else f"{f.name}={value!r}")
        if self.model_extra:
            shown.append(f"model_extra={sorted(self.model_extra)!r}")
        return f"{type(self).__name__}({', '.join(shown)})"


_raw_of = Model._raw.__get__  # type: ignore[attr-defined]  # the slot's reader, which never calls __getattr__
_set = object.__setattr__
