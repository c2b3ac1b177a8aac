# Copied from generator/runtime/_models.py by `nox -s generate`.
# Do not edit this copy: edit generator/runtime/_models.py.
"""``BaseModel``: what every model a call returns is built on.

The API passes the WhatsApp engine's JSON through, and the engines differ and change; a result model
must therefore never refuse a body. A field the server left out reads ``None``; a field the spec
does not list is kept in ``model_extra`` and is readable as an attribute under its wire name
(``message.someNewField``); ``to_dict()`` gives the JSON object exactly as received. Checking a body
against the spec is a separate, opt-in step (``strict_response_validation``, see ``_parsing``).
"""

from __future__ import annotations

import typing
from collections.abc import Mapping
from typing import Annotated, Any, ClassVar, Self, TypeAlias

from ._redact import MASK

__all__ = ["RAW", "BaseModel", "Field", "RawList", "RawObject"]

RAW = "the JSON as received"
# The last member of a result union whose variants may all miss: the value comes back as received. A
# marked alias (not a plain ``dict[str, Any]``) so that strict mode can tell it from a documented shape.
RawObject: TypeAlias = Annotated[dict[str, Any], RAW]
RawList: TypeAlias = Annotated[list[Any], RAW]

_SECRET_FIELDS = frozenset({"access_token", "instance_id"})


class Field(typing.NamedTuple):
    """One declared field: attribute name, wire name, resolved type, and whether the spec requires it."""

    name: str
    wire: str
    type: Any
    required: bool


class BaseModel:
    """A result model: declared fields as attributes, the rest in ``model_extra``, the raw JSON in ``to_dict()``.

    Subclasses are rendered from the spec; they declare their fields as annotations plus two tables,
    ``_wire_names`` (attribute -> JSON name) and ``_required``.
    """

    _wire_names: ClassVar[dict[str, str]] = {}
    _required: ClassVar[frozenset[str]] = frozenset()
    __fields: ClassVar[dict[type, tuple[Field, ...]]] = {}

    def __init__(self, **values: Any) -> None:
        """Build a model from attribute values (``Message(id="...", body="Hi")``); unknown names are refused."""
        fields = type(self).model_fields()
        unknown = set(values) - {f.name for f in fields}
        if unknown:
            raise TypeError(f"{type(self).__name__} has no field(s) {sorted(unknown)}")
        for f in fields:
            object.__setattr__(self, f.name, values.get(f.name))
        self._raw = {f.wire: values[f.name] for f in fields if f.name in values}
        self._extra: dict[str, Any] = {}

    @classmethod
    def model_fields(cls) -> tuple[Field, ...]:
        """The declared fields, with their annotations resolved (once per class)."""
        found = BaseModel.__fields.get(cls)
        if found is None:
            hints = typing.get_type_hints(cls, include_extras=True)
            found = tuple(
                Field(name, wire, hints[name], name in cls._required) for name, wire in cls._wire_names.items()
            )
            BaseModel.__fields[cls] = found
        return found

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Build the model from a JSON object: tolerantly, or (``strict=True``) raising on what the spec forbids."""
        from ._parsing import parse_value

        result: Self = parse_value(cls, data, strict=strict)
        return result

    @classmethod
    def _strict_problem(cls, data: Mapping[str, Any]) -> str | None:
        """What strict mode finds wrong with ``data`` beyond the declared fields (for subclasses with rules)."""
        return None

    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the server sent that the spec does not list, by wire name (raw JSON values)."""
        return self._extra

    def to_dict(self) -> dict[str, Any]:
        """The JSON object this model was built from, unknown fields included."""
        return dict(self._raw)

    def __getattr__(self, name: str) -> Any:
        # Only reached when normal lookup fails: an undeclared field, looked up by its wire name.
        extra = self.__dict__.get("_extra")
        if extra is not None and name in extra:
            return extra[name]
        raise AttributeError(f"{type(self).__name__!r} has no field {name!r}")

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        assert isinstance(other, BaseModel)
        return self._raw == other._raw

    __hash__ = None  # type: ignore[assignment]  # mutable and compared by value

    def __repr__(self) -> str:
        shown = []
        for f in type(self).model_fields():
            value = getattr(self, f.name)
            if value is not None:
                shown.append(f"{f.name}={MASK!r}" if f.name in _SECRET_FIELDS else f"{f.name}={value!r}")
        if self._extra:
            shown.append(f"model_extra={sorted(self._extra)!r}")
        return f"{type(self).__name__}({', '.join(shown)})"
