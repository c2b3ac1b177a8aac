"""Control actions: what "the other side" can do, registered by the group modules.

::

    @control_action("message.inbound", schema={...JSON schema of the body...})
    def inbound_message(world: World, instance: Instance, body: dict) -> object: ...

Each action is served as ``POST /_emulator/instances/{instance_id}/actions/{name}`` (body validated
against ``schema``; unknown name -> 404), listed in ``GET /_emulator/openapi.json`` and callable from
Python as ``Emulator.act(instance_id, name, **body)``. Raise ``ApiError`` (or any exception with
``status``/``code``/``message``) for errors.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal, TypeVar

import jsonschema

from wawp_emulator.registry import qualname

if TYPE_CHECKING:
    from wawp_emulator.world import Instance, World

__all__ = ["CONTROL_ACTIONS", "ActionFn", "ControlAction", "control_action"]

ActionFn = Callable[["World", "Instance", dict[str, Any]], object]


@dataclass
class ControlAction:
    name: str
    schema: dict[str, Any]
    fn: ActionFn
    description: str = ""
    session: Literal["WORKING"] | None = None
    """The session status the action needs (``@control_action(..., session="WORKING")``)."""
    _validator: jsonschema.protocols.Validator | None = field(default=None, repr=False)

    @property
    def validator(self) -> jsonschema.protocols.Validator:
        if self._validator is None:
            cls = jsonschema.validators.validator_for(self.schema, default=jsonschema.Draft202012Validator)
            self._validator = cls(self.schema, format_checker=jsonschema.FormatChecker())
        return self._validator

    def run(self, world: World, instance: Instance, body: dict[str, Any]) -> object:
        """The action, once its declared session status holds (422 ``session_not_working`` otherwise)."""
        if self.session == "WORKING":
            instance.backend().require_working()
        return self.fn(world, instance, body)

    @property
    def summary(self) -> str:
        return self.description.strip().splitlines()[0] if self.description.strip() else self.name


CONTROL_ACTIONS: dict[str, ControlAction] = {}
"""name -> action; filled by ``wawp_emulator.control.load_actions()``."""

_F = TypeVar("_F", bound=Callable[..., object])


def control_action(
    name: str,
    schema: Mapping[str, Any] | None = None,
    *,
    description: str | None = None,
    session: Literal["WORKING"] | None = None,
) -> Callable[[_F], _F]:
    """Register ``fn(world, instance, body) -> object`` as the control action ``name``; ``session``: the
    status the instance's session must be in for it (checked by :meth:`ControlAction.run`)."""
    body_schema = dict(schema) if schema is not None else {"type": "object"}
    jsonschema.Draft202012Validator.check_schema(body_schema)

    def register(fn: _F) -> _F:
        existing = CONTROL_ACTIONS.get(name)
        if existing is not None and qualname(existing.fn) != qualname(fn):
            raise ValueError(f"control action {name!r} is already registered by {qualname(existing.fn)}")
        doc = description if description is not None else inspect.getdoc(fn) or ""
        CONTROL_ACTIONS[name] = ControlAction(name, body_schema, fn, doc, session)
        return fn

    return register
