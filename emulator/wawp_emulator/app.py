"""The ASGI adapter: which surface a request is for, and sending its answer.

The emulated API (v1 under ``/wp-json/awp/v1``, v2 under ``/v2``) and the control API (under ``/_emulator``, behind its
guard) both go through the one :class:`~wawp_emulator.pipeline.Pipeline`; this module only picks the
surface, sends the :class:`~wawp_emulator.pipeline.Answer` and has it journaled. The pages around them
(``/``, ``/openapi.json``, ``/docs``, the control spec and docs) and the lifespan (the real-time ticker,
the orderly stop) are a small Starlette app (``control/routes.py``).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, MutableMapping, Sequence
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING, Any, Protocol

from wawp_emulator import __version__
from wawp_emulator.clock import RealClock
from wawp_emulator.control.guard import ControlGuard
from wawp_emulator.pipeline import CLIENT_GONE, Answer, ContractViolation, Pipeline, Surface
from wawp_emulator.registry import ApiError, error_body
from wawp_emulator.units import STORAGE_ERROR

if TYPE_CHECKING:
    from starlette.applications import Starlette

    from wawp_emulator.spec import Spec
    from wawp_emulator.world import World

__all__ = ["ContractViolation", "EmulatorApp", "Served"]

log = logging.getLogger("wawp_emulator")

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

TICK_SECONDS = 0.05
CONTROL_PREFIX = "/_emulator/"
PAGES = frozenset({"/_emulator/openapi.json", "/_emulator/docs"})
"""Paths under the control prefix that are pages (Starlette's), not control operations."""
_SERVER_HEADER = (b"x-wawp-emulator", __version__.encode())


class Mounted(Surface, Protocol):
    """An API surface and the path below which it is served (``/wp-json/awp/v1``, ``/v2``)."""

    mount: str


class Served(Protocol):
    """What the adapter sees of the emulator: its clock's kind, the ticker's and the stop's work."""

    control_token: str | None
    world: World

    async def in_world(self, fn: Callable[..., Any], *args: Any) -> Any: ...

    async def run_unit(self, fn: Callable[..., Any], *args: Any) -> Any: ...

    def timers_due(self) -> bool: ...

    def run_due(self) -> int: ...

    def shutdown(self) -> None: ...


class EmulatorApp:
    """ASGI entry point of one emulator."""

    def __init__(
        self,
        served: Served,
        pipeline: Pipeline,
        apis: Sequence[Mounted],
        control: Surface,
        spec: Spec,
        v2_spec: Spec,
    ) -> None:
        self.served = served
        self.pipeline = pipeline
        self.apis = tuple(apis)
        """The API surfaces (v1, v2), each under its own mount."""
        self.control = control
        self.spec = spec
        self.v2_spec = v2_spec
        self._starlette: Starlette | None = None
        self._guarded: ControlGuard | None = None

    @property
    def starlette(self) -> Starlette:
        if self._starlette is None:
            from wawp_emulator.control.routes import build_starlette

            self._starlette = build_starlette(self.spec, self.control.spec, self.v2_spec, lifespan=self._lifespan)
        return self._starlette

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            path: str = scope["path"]
            for api in self.apis:
                mount = api.mount
                if path.startswith(mount) and (len(path) == len(mount) or path[len(mount)] == "/"):
                    await self._serve(api, scope, receive, send)
                    return
        if self._guarded is None:
            self._guarded = ControlGuard(self._control_or_pages, token=self.served.control_token)
        await self._guarded(scope, receive, send)

    async def _control_or_pages(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["path"].startswith(CONTROL_PREFIX) and scope["path"] not in PAGES:
            await self._serve(self.control, scope, receive, send)
        else:
            await self.starlette(scope, receive, send)

    async def _serve(self, surface: Surface, scope: Scope, receive: Receive, send: Send) -> None:
        started = time.perf_counter()
        outcome = await self.pipeline.answer(surface, scope, receive)
        if outcome.answer.status != CLIENT_GONE:  # (nobody to answer: the client left, or was too slow)
            await _send(send, surface, outcome.answer, head=scope["method"] == "HEAD")
        if surface.journaled:
            self.pipeline.record(scope, outcome, started)

    # ---- lifespan: the real-time ticker and orderly shutdown

    @asynccontextmanager
    async def _lifespan(self, app: object) -> Any:
        ticking = isinstance(self.served.world.clock, RealClock)
        ticker = asyncio.get_running_loop().create_task(self._tick()) if ticking else None
        try:
            yield
        finally:
            if ticker is not None:
                ticker.cancel()
            await asyncio.get_running_loop().run_in_executor(None, self.served.shutdown)

    async def _tick(self) -> None:
        while True:
            await asyncio.sleep(TICK_SECONDS)
            try:
                if self.served.timers_due():  # (a tick with nothing due would be a unit that stores nothing)
                    await self.served.run_unit(self.served.run_due)
            except ApiError as err:
                if err.code != STORAGE_ERROR:  # (a state file that fails is logged once, by the persistence)
                    log.exception("scheduler tick failed")
            except Exception:
                log.exception("scheduler tick failed")


async def _send(send: Send, surface: Surface, answer: Answer, *, head: bool = False) -> None:
    body = answer.body
    media = answer.media_type
    if body is None:
        try:
            body = surface.encode(answer.obj)
        except (TypeError, ValueError):
            log.exception("handler returned a body that is not JSON")
            answer.status = 500
            answer.error_code = "emulator_internal_error"
            body = surface.encode(error_body(500, "emulator_internal_error", "The handler's body is not JSON"))
            media = None
        if media is None or media == "application/json":
            media = surface.json_media_type
    headers = [(b"content-type", media.encode("latin-1"))] if media else []
    headers += [(b"content-length", str(len(body)).encode()), _SERVER_HEADER]
    for name, value in answer.headers.items():
        headers.append((name.lower().encode("latin-1"), str(value).encode("latin-1")))
    await send({"type": "http.response.start", "status": answer.status, "headers": headers})
    await send({"type": "http.response.body", "body": b"" if head else body})
