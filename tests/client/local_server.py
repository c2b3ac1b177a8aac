"""A raw HTTP/1.1 server on 127.0.0.1 for the tests that need a real socket: proxies, trickling and
hanging servers, refused connections. httpx enforces its timeouts and reads proxy settings only on
real connections, which ``MockTransport`` cannot show.

Each server runs in daemon threads, answers one request per connection (``Connection: close``),
gives every socket a 10 s limit and stops when the ``with`` block ends, so no test can hang on it.
"""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any

SOCKET_LIMIT = 10.0


@dataclass
class Received:
    """One request as the server saw it: the request line's method and target, headers, body."""

    method: str
    target: str
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""


def response_bytes(status: int, body: Any = None, headers: dict[str, str] | None = None) -> bytes:
    """A complete ``Connection: close`` response with a JSON body."""
    content = json.dumps(body).encode()
    lines = [f"HTTP/1.1 {status} X", "Content-Type: application/json", f"Content-Length: {len(content)}"]
    lines += [f"{name}: {value}" for name, value in (headers or {}).items()]
    lines.append("Connection: close")
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + content


Respond = Callable[[Received, socket.socket, threading.Event], None]


class LocalServer:
    """Calls ``respond(received, connection, stopped)`` for each request; records what it received."""

    def __init__(self, respond: Respond) -> None:
        self.received: list[Received] = []
        self._respond = respond
        self._stopped = threading.Event()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.1)
        self.port = self._listener.getsockname()[1]
        self._thread = threading.Thread(target=self._serve, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> LocalServer:
        self._thread.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None) -> None:
        self._stopped.set()
        self._thread.join(timeout=2)
        self._listener.close()

    def _serve(self) -> None:
        while not self._stopped.is_set():
            try:
                connection, _ = self._listener.accept()
            except TimeoutError:
                continue
            threading.Thread(target=self._handle, args=(connection,), daemon=True).start()

    def _handle(self, connection: socket.socket) -> None:
        connection.settimeout(SOCKET_LIMIT)
        with connection:
            try:
                received = _read_request(connection)
                if received is not None:
                    self.received.append(received)
                    self._respond(received, connection, self._stopped)
            except OSError:  # the client gave up (its deadline): nothing left to answer
                pass


def _read_request(connection: socket.socket) -> Received | None:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = connection.recv(65536)
        if not chunk:
            return None
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    request_line, *header_lines = head.decode("latin-1").split("\r\n")
    method, target, _ = request_line.split(" ", 2)
    headers = {}
    for line in header_lines:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    while len(body) < int(headers.get("content-length", "0")):
        chunk = connection.recv(65536)
        if not chunk:
            break
        body += chunk
    return Received(method, target, headers, body)


def answer(status: int, body: Any = None, headers: dict[str, str] | None = None) -> Respond:
    """Always the same JSON answer."""

    def respond(received: Received, connection: socket.socket, stopped: threading.Event) -> None:
        connection.sendall(response_bytes(status, body, headers))

    return respond


def answers(*replies: tuple[int, Any]) -> Respond:
    """``replies`` in turn (status, JSON body), the last one repeated."""
    count = [0]

    def respond(received: Received, connection: socket.socket, stopped: threading.Event) -> None:
        status, body = replies[min(count[0], len(replies) - 1)]
        count[0] += 1
        connection.sendall(response_bytes(status, body))

    return respond


def trickle(received: Received, connection: socket.socket, stopped: threading.Event) -> None:
    """Headers at once, then a 1000-byte body one byte a second: every single read succeeds."""
    head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\nConnection: close\r\n\r\n"
    connection.sendall(head.encode())
    for _ in range(1000):
        if stopped.wait(1.0):
            return
        connection.sendall(b" ")


def hang(received: Received, connection: socket.socket, stopped: threading.Event) -> None:
    """Read the request, never answer (until the test ends or the socket limit passes)."""
    stopped.wait(SOCKET_LIMIT)


def refused_port() -> int:
    """A port on 127.0.0.1 with nothing listening (bound, then released)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port
