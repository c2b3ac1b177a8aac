"""The control API's registry: its actions, its endpoints, and the spec both are served by.

The control spec (``control/openapi.yaml``) is the single source of the control API: every route,
every action's body schema, summary, description and operationId. Code registers only behaviour.

Actions (what the phone and the other people do) are registered by name in the group modules::

    @control_action("message.inbound")
    def inbound_message(world: World, instance: Instance, body: dict) -> object: ...

and described by the operation at ``/_emulator/instances/{instance_id}/actions/message.inbound``.
A plug-in action the bundled spec does not describe brings its own body schema
(``@control_action("shop.order", schema={...})``, summary from its docstring); its operation is
added to the served document, so it is routed and validated like the others. Raise ``ApiError``
(or any exception with ``status``/``code``/``message``) for errors.

Endpoints (the rest of the control API) are registered by operationId, as API handlers are by
``@operation``; one that only reads the world is a plain function (run on the world thread, locked,
refused while the world is reloaded from the state file), the others are coroutine functions::

    @control_endpoint("resetWorld")
    async def reset(emu: ControlHost, request: ControlRequest) -> object: ...

    @control_endpoint("listFaults")
    def list_faults(emu: ControlHost, request: ControlRequest) -> object: ...
"""

from __future__ import annotations

import copy
import functools
import inspect
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, TypeVar

import jsonschema

from wawp_emulator import __version__
from wawp_emulator.control import load_actions
from wawp_emulator.registry import qualname
from wawp_emulator.spec import HTTP_METHODS, Spec, read_document
from wawp_emulator.validation import CompiledOperation, compile_spec

if TYPE_CHECKING:
    from wawp_emulator.world import Instance, World

__all__ = [
    "ACTION_PATH",
    "CONTROL_ACTIONS",
    "CONTROL_ENDPOINTS",
    "ActionFn",
    "ControlAction",
    "ControlRequest",
    "ControlSpec",
    "Endpoint",
    "action_name",
    "bundled_control_document",
    "control_action",
    "control_endpoint",
    "control_spec",
    "control_spec_path",
]

ACTION_PATH = "/_emulator/instances/{instance_id}/actions/"
"""Each action ``name`` is the operation at ``ACTION_PATH + name``."""
PLUGIN_TAG = "plug-ins"

ActionFn = Callable[["World", "Instance", dict[str, Any]], object]


@dataclass(slots=True)
class ControlRequest:
    """A validated control request, as an endpoint sees it."""

    operation_id: str
    query: dict[str, Any]
    """Validated query, coerced, defaults applied."""
    path: dict[str, Any]
    """Path parameters (``instance_id``, ``name``)."""
    body: dict[str, Any] = field(default_factory=dict)
    """The validated JSON body (``{}`` when none was sent)."""


Endpoint = Callable[[Any, ControlRequest], object]
"""``(emu: ControlHost, request) -> result``, a coroutine function unless it only reads the world; the
emulator's view is typed ``Any`` here because ``ControlHost`` lives with the endpoints (``control/routes.py``)."""


@dataclass
class ControlAction:
    name: str
    fn: ActionFn
    schema: dict[str, Any] | None = None
    """A plug-in's own body schema; ``None`` for actions the control spec describes."""
    doc: str = ""
    session: Literal["WORKING"] | None = None
    """The session status the action needs (``@control_action(..., session="WORKING")``)."""

    def run(self, world: World, instance: Instance, body: dict[str, Any]) -> object:
        """The action, once its declared session status holds (422 ``session_not_working`` otherwise)."""
        if self.session == "WORKING":
            instance.backend().require_working()
        return self.fn(world, instance, body)


CONTROL_ACTIONS: dict[str, ControlAction] = {}
"""name -> action; filled by ``wawp_emulator.control.load_actions()``."""
CONTROL_ENDPOINTS: dict[str, Endpoint] = {}
"""operationId -> endpoint; filled by importing ``wawp_emulator.control.routes``."""

_F = TypeVar("_F", bound=Callable[..., object])
_E = TypeVar("_E", bound=Endpoint)


def control_action(
    name: str, schema: Mapping[str, Any] | None = None, *, session: Literal["WORKING"] | None = None
) -> Callable[[_F], _F]:
    """Register ``fn(world, instance, body) -> object`` as the control action ``name``.

    ``schema`` only for plug-in actions the control spec does not describe (checked when the served
    spec is built: an action described twice, or not at all, is refused). ``session``: the status the
    instance's session must be in for it (checked by :meth:`ControlAction.run`).
    """
    body_schema = dict(schema) if schema is not None else None
    if body_schema is not None:
        jsonschema.Draft202012Validator.check_schema(body_schema)

    def register(fn: _F) -> _F:
        existing = CONTROL_ACTIONS.get(name)
        if existing is not None and qualname(existing.fn) != qualname(fn):
            raise ValueError(f"control action {name!r} is already registered by {qualname(existing.fn)}")
        CONTROL_ACTIONS[name] = ControlAction(name, fn, body_schema, inspect.getdoc(fn) or "", session)
        return fn

    return register


def control_endpoint(operation_id: str) -> Callable[[_E], _E]:
    """Register the decorated function as the endpoint of the control operation ``operation_id`` (a plain
    function for a read of the world, else a coroutine function)."""

    def register(fn: _E) -> _E:
        existing = CONTROL_ENDPOINTS.get(operation_id)
        if existing is not None and qualname(existing) != qualname(fn):
            raise ValueError(f"control operation {operation_id!r} already has an endpoint: {qualname(existing)}")
        CONTROL_ENDPOINTS[operation_id] = fn
        return fn

    return register


# --------------------------------------------------------------------------- the served control spec


def control_spec_path() -> Path:
    return Path(str(resources.files("wawp_emulator.control").joinpath("openapi.yaml")))


@functools.cache
def _bundled() -> dict[str, Any]:
    document = read_document(control_spec_path())
    document["info"]["version"] = __version__
    return document


def bundled_control_document() -> dict[str, Any]:
    """The bundled control spec, with ``info.version`` the package's version (a copy: callers may change it)."""
    return copy.deepcopy(_bundled())


@dataclass(frozen=True)
class ControlSpec:
    """The served control spec: its routes, compiled validators, and which operation runs which action."""

    spec: Spec
    compiled: dict[str, CompiledOperation]
    actions: dict[str, str]
    """action name -> operationId"""
    action_of: dict[str, str] = field(default_factory=dict)
    """operationId -> action name (the inverse of :attr:`actions`)"""


def action_name(path: str) -> str | None:
    """The action whose operation is at ``path`` (``None``: a route, or the generic ``{name}`` template)."""
    name = path.removeprefix(ACTION_PATH)
    return name if path.startswith(ACTION_PATH) and "{" not in name else None


def _camel(name: str) -> str:
    words = [w for w in re.split(r"[^0-9A-Za-z]+", name) if w]
    return "".join([words[0].lower(), *(w[:1].upper() + w[1:] for w in words[1:])]) if words else "action"


def _plugin_operation(action: ControlAction) -> dict[str, Any]:
    summary, _, rest = action.doc.partition("\n")
    return {
        "operationId": _camel(action.name),
        "tags": [PLUGIN_TAG],
        "summary": summary.strip() or action.name,
        "description": rest.strip() or summary.strip() or action.name,
        "requestBody": {"required": False, "content": {"application/json": {"schema": action.schema}}},
        "responses": {
            "200": {"description": "The action's result.", "content": {"application/json": {"schema": {}}}},
            "default": {"$ref": "#/components/responses/Error"},
        },
    }


def _exclude_named_actions(generic: dict[str, Any], names: list[str]) -> None:
    """Say in the generic ``{name}`` operation that it never gets a registered action's name.

    Routing sends those names to their own operations (with their own bodies), so a client or a
    property test reading the generic one must not think ``name`` may be one of them.
    """
    for parameter in generic["parameters"]:
        if parameter.get("name") == "name":
            parameter["schema"] = {**parameter["schema"], "not": {"enum": names}}


def control_spec() -> ControlSpec:
    """The control spec served now: the bundled document plus the plug-in actions registered so far.

    Refuses (``ValueError``) an action described both by the bundled spec and by a ``schema=``, an
    action neither describes, a bundled action no code registered, and a route operation without
    its ``@control_endpoint`` (or the reverse).
    """
    load_actions()
    registered = tuple(sorted((a.name, qualname(a.fn), a.schema is not None) for a in CONTROL_ACTIONS.values()))
    return _build(registered, tuple(sorted(CONTROL_ENDPOINTS)))


@functools.lru_cache(maxsize=4)
def _build(registered: tuple[tuple[str, str, bool], ...], endpoints: tuple[str, ...]) -> ControlSpec:
    """(Cached on what is registered: emulators share one spec and its compiled validators.)"""
    plugins = [name for name, _, has_schema in registered if has_schema]
    document = bundled_control_document()
    paths: dict[str, Any] = document["paths"]
    described = {name for path in paths if (name := action_name(path)) is not None}
    problems = [f"{n}: described by control/openapi.yaml and by schema=" for n in plugins if n in described]
    problems += [
        f"{n}: no operation in control/openapi.yaml (give it a schema=)"
        for n, a in CONTROL_ACTIONS.items()
        if a.schema is None and n not in described
    ]
    problems += [f"{n}: in control/openapi.yaml but not registered" for n in described if n not in CONTROL_ACTIONS]
    routes = {
        str(op["operationId"])
        for path, item in paths.items()
        if action_name(path) is None
        for method, op in item.items()
        if method in HTTP_METHODS
    }
    problems += [f"{o}: no @control_endpoint" for o in routes - set(CONTROL_ENDPOINTS)]
    problems += [f"{o}: @control_endpoint without an operation" for o in set(CONTROL_ENDPOINTS) - routes]
    if problems:
        raise ValueError("control actions and the control spec disagree: " + "; ".join(sorted(problems)))
    for name in plugins:
        item = {"parameters": [{"$ref": "#/components/parameters/InstanceId"}]}
        paths[ACTION_PATH + name] = {**item, "post": _plugin_operation(CONTROL_ACTIONS[name])}
    if plugins:
        document["tags"].append({"name": PLUGIN_TAG, "description": "Actions registered by plug-ins."})
    _exclude_named_actions(paths[ACTION_PATH + "{name}"], sorted(described | set(plugins)))
    spec = Spec(document, source=str(control_spec_path()))
    actions = {name: op.operation_id for op in spec if (name := action_name(op.path)) is not None}
    return ControlSpec(spec, compile_spec(spec), actions, {op_id: name for name, op_id in actions.items()})
