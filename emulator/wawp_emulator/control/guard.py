"""What stands in front of the control API (everything outside ``/wp-json/awp/v1``).

The control API reads message bodies and webhook headers, adds webhooks and resets the world, and
it listens on 127.0.0.1, which every web page the developer opens can reach. So, before a route
runs:

- ``Host`` must be a loopback name (or the in-process test host): a DNS-rebinding page sends its
  own name and gets 403. With a control token the Host is not checked (the token is the proof, and
  a container is reached by other names).
- ``Origin``, when a browser sends one, must be this emulator's own origin: 403 otherwise.
- A body must be ``application/json`` (415 otherwise), so a "simple" cross-origin form or
  ``text/plain`` POST cannot reach an action.
- A body longer than :data:`MAX_CONTROL_BODY` answers 413: from ``Content-Length`` before anything
  is read, or as soon as a streamed body passes the cap.
- With ``--control-token``, ``/_emulator/*`` requires ``Authorization: Bearer <token>`` (or
  ``X-Emulator-Token``), except health (the container's HEALTHCHECK).

The published specs and their docs pages (``/openapi.json``, ``/openapi-v2.json``, ``/docs``,
``/_emulator/openapi.json``, ``/_emulator/docs``, ``/``) are read by anyone: they hold nothing else.
"""

from __future__ import annotations

import hmac
import ipaddress
import json
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from wawp_emulator.registry import error_body

__all__ = ["IN_PROCESS_HOSTNAME", "MAX_CONTROL_BODY", "BodyTooLarge", "ControlGuard", "is_loopback_host"]

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

MAX_CONTROL_BODY = 1024 * 1024
"""Control bodies are small JSON documents (an inbound message, a webhook); 1 MiB is generous."""
IN_PROCESS_HOSTNAME = "wawp-emulator.test"
"""The host of ``Emulator.base_url`` (in-process transports; ``.test`` never resolves publicly)."""
_PUBLIC = frozenset({"/", "/openapi.json", "/openapi-v2.json", "/docs", "/_emulator/openapi.json", "/_emulator/docs"})
"""Read-only pages holding nothing but the published specs: any host may read them (schema loaders
and in-process test clients name hosts of their own)."""
_OPEN_PATHS = frozenset({"/_emulator/health"})
"""Answered without the control token (the container's HEALTHCHECK has none)."""
_BODY_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})


class BodyTooLarge(Exception):
    """Raised from ``receive`` when a streamed control body passes the cap; answered 413."""

    status = 413
    code = "rest_body_too_large"

    def __init__(self) -> None:
        self.message = f"The control API takes bodies of at most {MAX_CONTROL_BODY} bytes"
        super().__init__(self.message)


def is_loopback_host(host: str) -> bool:
    """``localhost``, ``*.localhost`` or a loopback address, with or without a port (``[::1]:8787``)."""
    name = host.strip().lower()
    if name.startswith("["):
        name = name[1:].partition("]")[0]
    elif name.count(":") == 1:
        name = name.partition(":")[0]
    if name == "localhost" or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def _own_host(host: str) -> bool:
    return is_loopback_host(host) or host.lower().partition(":")[0] == IN_PROCESS_HOSTNAME


class ControlGuard:
    """ASGI middleware applying the checks above; non-HTTP scopes (the lifespan) pass through."""

    def __init__(self, app: ASGIApp, token: str | None = None) -> None:
        self.app = app
        self.token = token

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if scope["path"] in _PUBLIC and scope["method"] in ("GET", "HEAD"):
            await self.app(scope, receive, send)
            return
        headers: dict[bytes, bytes] = {k.lower(): v for k, v in scope.get("headers", ())}
        refusal = self._refusal(scope, headers)
        if refusal is not None:
            status, code, message = refusal
            await _reply(send, status, code, message)
            return
        await self.app(scope, _capped(receive), send)

    def _refusal(self, scope: Scope, headers: dict[bytes, bytes]) -> tuple[int, str, str] | None:
        host = headers.get(b"host", b"").decode("latin-1")
        if self.token is None and not _own_host(host):
            return 403, "emulator_foreign_host", "The control API answers only loopback host names"
        origin = headers.get(b"origin")
        if origin is not None and origin.decode("latin-1").lower() != f"http://{host}".lower():
            return 403, "emulator_foreign_origin", "The control API refuses requests from other origins"
        path: str = scope["path"]
        if self.token is not None and path.startswith("/_emulator/") and path not in _OPEN_PATHS:
            given = headers.get(b"x-emulator-token", b"")
            bearer = headers.get(b"authorization", b"")
            if bearer[:7].lower() == b"bearer ":
                given = bearer[7:].strip()
            if not hmac.compare_digest(given, self.token.encode()):
                return 401, "emulator_token_required", "This emulator's control API requires its control token"
        if scope["method"] in _BODY_METHODS:
            length = headers.get(b"content-length")
            chunked = b"chunked" in headers.get(b"transfer-encoding", b"").lower()
            try:
                size = int(length) if length is not None else 0
            except ValueError:
                return 400, "rest_invalid_json", "Invalid Content-Length"
            if size > MAX_CONTROL_BODY:
                return 413, BodyTooLarge.code, BodyTooLarge().message
            media = headers.get(b"content-type", b"").split(b";", 1)[0].strip().lower()
            if (size > 0 or chunked) and media != b"application/json":
                return 415, "rest_invalid_content_type", "Control API bodies must be sent as application/json"
        return None


def _capped(receive: Receive) -> Receive:
    seen = 0

    async def capped() -> Message:
        nonlocal seen
        message = await receive()
        seen += len(message.get("body", b""))
        if seen > MAX_CONTROL_BODY:
            raise BodyTooLarge
        return message

    return capped


async def _reply(send: Send, status: int, code: str, message: str) -> None:
    body = json.dumps(error_body(status, code, message)).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
