"""A synchronous httpx transport that runs an ASGI app in-process.

``httpx.ASGITransport`` is async-only; this one keeps an anyio blocking portal (one event-loop
thread) and runs each request there, so ``httpx.Client(transport=...)`` and any sync client built
on httpx (the generated ``wawp_client``) work with no sockets. App exceptions propagate.
"""

from __future__ import annotations

import threading
from collections.abc import Awaitable, Callable, MutableMapping
from contextlib import AbstractContextManager
from typing import Any

import httpx
from anyio.from_thread import BlockingPortal, start_blocking_portal

__all__ = ["SyncASGITransport"]

ASGIApp = Callable[
    [
        MutableMapping[str, Any],
        Callable[[], Awaitable[MutableMapping[str, Any]]],
        Callable[[MutableMapping[str, Any]], Awaitable[None]],
    ],
    Awaitable[None],
]


class SyncASGITransport(httpx.BaseTransport):
    def __init__(
        self, app: ASGIApp, *, raise_app_exceptions: bool = True, client: tuple[str, int] = ("127.0.0.1", 123)
    ) -> None:
        self._inner = httpx.ASGITransport(app=app, raise_app_exceptions=raise_app_exceptions, client=client)
        self._lock = threading.Lock()
        self._cm: AbstractContextManager[BlockingPortal] | None = None
        self._portal: BlockingPortal | None = None

    def _get_portal(self) -> BlockingPortal:
        with self._lock:
            if self._portal is None:
                self._cm = start_blocking_portal()
                self._portal = self._cm.__enter__()
            return self._portal

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        content = request.read()
        portal = self._get_portal()

        async def call() -> tuple[int, list[tuple[bytes, bytes]], bytes]:
            async_request = httpx.Request(
                request.method, request.url, headers=request.headers, content=content, extensions=request.extensions
            )
            response = await self._inner.handle_async_request(async_request)
            body = await response.aread()
            return response.status_code, response.headers.raw, body

        status, headers, body = portal.call(call)
        return httpx.Response(status, headers=headers, content=body, request=request)

    def close(self) -> None:
        with self._lock:
            cm, self._cm, self._portal = self._cm, None, None
        if cm is not None:
            cm.__exit__(None, None, None)
