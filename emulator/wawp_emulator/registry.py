"""The handler contract: ``@operation(operationId)``, :class:`Request`, :class:`ApiError`.

Handler modules in ``wawp_emulator/handlers/`` register one function per spec operation::

    @operation("sendText", session="WORKING")
    def send_text(req: Request) -> object:  # the JSON body of the 200 response
        ...

``session="WORKING"`` declares WAHA's status gate: :func:`handle` (the API's dispatcher and the state
file's replay) answers 422 ``session_not_working`` before the handler runs while the session is not
``WORKING``. What differs per engine or per request is declared in the spec instead
(:mod:`wawp_emulator.engine_rules`): :func:`handle` answers 422 outside the statuses an engine answers a
call in (``x-engine-states``), the spec's status for a broken request rule (``x-wawp-request-rules``) and
501 where the instance's engine does not implement the call (``x-engine-refusals``). The order is WAHA's
(docs/emulator-internals.md, "Order of checks"): the parameters' schemas were checked before (400), then
the session's status (the working-session pipe waits and answers 422, while NestJS's ValidationPipe
answers at once), then the controller's own checks (the request rules), then the engine's method (501).

A handler returns the JSON-able body of the ``200`` response, ``bytes`` for a binary response (served
with the media type the spec declares for that operation's 200, e.g. ``image/png``), or a
:class:`Reply` for anything else (another status, extra headers). Errors are raised as
:class:`ApiError`; they become the WordPress envelope ``{"code", "message", "data": {"status"}}``.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from wawp_emulator.engine_rules import bundled_rules, not_implemented

if TYPE_CHECKING:
    from wawp_emulator.world import Account, Instance, World

__all__ = [
    "CHANGING_READS",
    "HANDLERS",
    "SESSION_REQUIRED",
    "ApiError",
    "Handler",
    "Reply",
    "Request",
    "as_api_error",
    "check_rules_after_lookup",
    "error_body",
    "handle",
    "import_modules",
    "operation",
    "qualname",
]


@dataclass(slots=True)
class Request:
    """A validated API request, as a handler sees it."""

    operation_id: str
    query: dict[str, Any]
    """Validated query keyed by wire name (``chatId``, ``file[url]``, ``messageIds[]``), coerced, defaults applied."""
    path: dict[str, Any]
    """Path parameters, URL-decoded and coerced."""
    body: Any
    """The parsed, validated JSON body, or ``None``."""
    instance: Instance | None
    """The authenticated instance (``None`` for operations that only need the access token)."""
    account: Account | None
    world: World
    headers: Mapping[str, str] = field(default_factory=dict, repr=False)
    """Request headers, lower-case names (never in a repr: v2's credentials travel in headers)."""
    method: str = ""
    raw_path: str = ""
    """The path after the API prefix, as sent (``/session/info``)."""


class ApiError(Exception):
    """An API error; becomes ``{"code": code, "message": message, "data": {"status": status, **data}}``."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        *,
        data: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = int(status)
        self.code = code
        self.message = message
        self.data = dict(data or {})
        self.headers = dict(headers or {})

    def body(self) -> dict[str, Any]:
        return error_body(self.status, self.code, self.message, self.data)

    def __repr__(self) -> str:
        return f"ApiError({self.status}, {self.code!r}, {self.message!r})"


def as_api_error(exc: BaseException) -> ApiError | None:
    """The one place a domain error becomes an HTTP error: an ``ApiError`` as it is, anything carrying
    ``status`` (4xx/5xx), ``code`` and ``message`` (the state layer's ``StateError``) as the ``ApiError``
    with the same fields; ``None`` for anything else (a bug, answered 500 by the caller)."""
    if isinstance(exc, ApiError):
        return exc
    status = getattr(exc, "status", None)
    code = getattr(exc, "code", None)
    if not (isinstance(status, int) and 400 <= status <= 599 and isinstance(code, str)):
        return None
    message = getattr(exc, "message", None)
    data = getattr(exc, "data", None)
    return ApiError(
        status,
        code,
        str(message) if message is not None else str(exc),
        data=data if isinstance(data, Mapping) and data else None,
    )


def error_body(status: int, code: str, message: str, data: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """The WordPress REST error envelope."""
    return {"code": code, "message": message, "data": {"status": status, **(data or {})}}


@dataclass(slots=True)
class Reply:
    """A handler result other than a plain 200 JSON body."""

    body: Any
    status: int = 200
    headers: Mapping[str, str] = field(default_factory=dict)
    media_type: str | None = None
    """``None``: JSON for JSON-able bodies, the spec's declared media type for ``bytes``."""


Handler = Callable[[Request], object]
HANDLERS: dict[str, Handler] = {}
"""operationId -> handler; filled by importing ``wawp_emulator.handlers``."""
SessionStatus = Literal["WORKING"]
SESSION_REQUIRED: dict[str, SessionStatus] = {}
"""operationId -> the session status it needs (``@operation(..., session=...)``)."""
CHANGING_READS: set[str] = set()
"""GET operations that change the world without drawing an id (``@operation(..., changes_on_read=True)``:
v2's OTP verification spends a code or counts a wrong one). The state file stores every unit of theirs;
other GETs are stored only when they ran a timer or drew an id (``units.Units.logged``)."""

_H = TypeVar("_H", bound=Handler)


def operation(
    operation_id: str, *, session: SessionStatus | None = None, changes_on_read: bool = False
) -> Callable[[_H], _H]:
    """Register the decorated function as the handler of ``operation_id``; ``session``: the status the
    instance's session must be in (checked by :func:`handle` before the handler runs); ``changes_on_read``:
    a GET that changes the world (:data:`CHANGING_READS`)."""

    def register(fn: _H) -> _H:
        existing = HANDLERS.get(operation_id)
        if existing is not None and qualname(existing) != qualname(fn):
            raise ValueError(f"operation {operation_id!r} already has a handler: {qualname(existing)}")
        HANDLERS[operation_id] = fn
        if session is not None:
            SESSION_REQUIRED[operation_id] = session
        if changes_on_read:
            CHANGING_READS.add(operation_id)
        return fn

    return register


def handle(handler: Handler, request: Request) -> object:
    """Run ``handler`` on ``request`` once, in WAHA's order, the operation's declared session status holds
    (422 ``session_not_working`` otherwise), the engine's statuses hold (422), the request keeps the
    operation's request rules (the status each rule gives) and the instance's engine implements the call
    (501): the one place the API and the state file's replay call handlers."""
    instance = request.instance
    operation_id = request.operation_id
    engine = instance.engine if instance is not None else None
    rules = bundled_rules()
    if instance is not None:
        if SESSION_REQUIRED.get(operation_id) == "WORKING":
            instance.backend().require_working()
        statuses = rules.statuses(operation_id, instance.engine)
        if statuses is not None:
            instance.backend().sessions.require_status(*statuses)
    broken = rules.broken_rule(operation_id, engine, request.query, request.body)
    if broken is not None:
        raise broken.error()
    if engine is not None and rules.refuses(operation_id, engine):
        raise not_implemented(engine)
    return handler(request)


def check_rules_after_lookup(request: Request) -> None:
    """Raise the error of the first request rule WAHA's controller checks only after finding what the path
    names (``after-lookup`` in the spec): the handler calls this once its lookup (404) has passed."""
    engine = request.instance.engine if request.instance is not None else None
    broken = bundled_rules().broken_rule(request.operation_id, engine, request.query, request.body, after_lookup=True)
    if broken is not None:
        raise broken.error()


def qualname(fn: Callable[..., Any]) -> str:
    """``module.qualname`` of a function (tells a re-import of the same handler from a clash)."""
    return f"{getattr(fn, '__module__', '?')}.{getattr(fn, '__qualname__', repr(fn))}"


def import_modules(package: str, path: Iterable[str], skip: Iterable[str] = ()) -> None:
    """Import every public module of ``package`` in name order: importing one registers what it defines
    (``@operation`` handlers, ``@control_action`` actions), so this is how a package's plug-ins load."""
    skipped = set(skip)
    for module in sorted(pkgutil.iter_modules(path), key=lambda m: m.name):
        if not module.name.startswith("_") and module.name not in skipped:
            importlib.import_module(f"{package}.{module.name}")
