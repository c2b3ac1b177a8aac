"""The h11 protocol of the emulator's server: uvicorn's, plus the header and body timeouts and the
connection cap that :mod:`wawp_emulator.serving` describes and sizes."""

from __future__ import annotations

import json
from typing import Any, ClassVar

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

__all__ = ["guarded_protocol"]


def guarded_protocol(max_connections: int, header_timeout: float, body_timeout: float) -> type[H11Protocol]:
    """The h11 protocol class of one server, sharing one table of connections awaiting a head."""
    fields = {
        "max_connections": max_connections,
        "header_timeout": header_timeout,
        "body_timeout": body_timeout,
        "waiting": {},
    }
    return type("GuardedH11Protocol", (_GuardedH11Protocol,), fields)


class _GuardedH11Protocol(H11Protocol):
    """uvicorn's h11 protocol, with the header and body timeouts and the connection cap (see ``serving.py``)."""

    max_connections: ClassVar[int]
    header_timeout: ClassVar[float]
    body_timeout: ClassVar[float]
    waiting: ClassVar[dict[_GuardedH11Protocol, None]]
    """Connections awaiting a request head, the longest waiting first."""

    _timer: Any = None
    _partial = False
    """Bytes of a request head arrived since it began to wait."""
    _body_timer: Any = None
    """Set from a head's arrival until its body has arrived in full."""

    def connection_made(self, transport: Any) -> None:
        super().connection_made(transport)
        if len(self.connections) > self.max_connections:
            oldest = next(iter(self.waiting), None)
            if oldest is None:
                self._refuse(503, "emulator_busy", "Every connection is busy; retry shortly.", {"Retry-After": "1"})
                return
            oldest._refuse(503, "emulator_busy", "Too many connections: this one sent no request in time.")
        self._await_head()

    def data_received(self, data: bytes) -> None:
        if self._timer is not None:
            self._partial = True
        super().data_received(data)
        if self._timer is not None and self.conn.their_state is not h11.IDLE:
            self._head_arrived()
            if self.conn.their_state is h11.SEND_BODY:
                self._body_timer = self.loop.call_later(self.body_timeout, self._body_too_slow)
        if self._body_timer is not None and self.conn.their_state is not h11.SEND_BODY:
            self._body_arrived()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        if not self.transport.is_closing() and self.conn.their_state is h11.IDLE:
            self._await_head()

    def connection_lost(self, exc: Exception | None) -> None:
        self._head_arrived()
        self._body_arrived()
        super().connection_lost(exc)

    def _await_head(self) -> None:
        self._head_arrived()
        self._partial = False
        self.waiting[self] = None
        self._timer = self.loop.call_later(self.header_timeout, self._too_slow)

    def _head_arrived(self) -> None:
        self.waiting.pop(self, None)
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None

    def _too_slow(self) -> None:
        self._timer = None
        if not self._partial:  # an idle connection: close it as a keep-alive timeout does
            self._head_arrived()
            self.transport.close()
            return
        seconds = f"{self.header_timeout:g}"
        self._refuse(408, "emulator_request_timeout", f"The request head did not arrive within {seconds} s.")

    def _body_arrived(self) -> None:
        if self._body_timer is not None:
            self._body_timer.cancel()
            self._body_timer = None

    def _body_too_slow(self) -> None:
        """The body did not arrive in full within the timeout (stalled, or trickled): the request is dropped
        as if the client had left (its ASGI ``receive`` says so, and what the app answers is discarded, so
        nothing of it runs), answered 408 unless an answer already began, and the connection closed."""
        self._body_timer = None
        cycle = self.cycle
        if cycle is not None and not cycle.response_complete:
            cycle.disconnected = True
            cycle.message_event.set()
            if not cycle.response_started:
                seconds = f"{self.body_timeout:g}"
                self._refuse(408, "emulator_request_timeout", f"The request body did not arrive within {seconds} s.")
                return
        self.transport.close()

    def _refuse(self, status: int, code: str, message: str, headers: dict[str, str] | None = None) -> None:
        """Answer ``status`` outside any request cycle (none began) and close the connection."""
        self._head_arrived()
        if self.transport.is_closing():
            return
        body = json.dumps({"code": code, "message": message, "data": {"status": status}}).encode()
        reason = {408: b"Request Timeout", 503: b"Service Unavailable"}[status]
        lines = [
            b"HTTP/1.1 %d %s" % (status, reason),
            b"content-type: application/json; charset=UTF-8",
            b"content-length: %d" % len(body),
            b"connection: close",
            *(f"{name}: {value}".encode("latin-1") for name, value in (headers or {}).items()),
        ]
        self.transport.write(b"\r\n".join(lines) + b"\r\n\r\n" + body)
        self.transport.close()
