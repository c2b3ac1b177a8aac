# Copied from generator/runtime/_cli_listen.py by `nox -s generate`.
# Do not edit this copy: edit generator/runtime/_cli_listen.py.
"""The server behind ``wawp webhooks listen``: every delivery gets an answer, and no sender can hold up another.

Each connection is served on its own thread, so an idle or slow sender only occupies its own slot; the
number of slots is bounded (:data:`MAX_CONNECTIONS`) and a connection that stays silent longer than
:data:`IDLE_SECONDS`, or takes longer than :data:`BODY_SECONDS` to send its body, is answered 408 or
closed. The accept backlog is deep enough for a burst of hundreds of deliveries, which the standard
library's default of five would answer with resets. A body that is too big, not JSON, nested too deep,
or signed wrongly gets a 4xx answer; nothing a sender posts ends the listener with a traceback.
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from ._exceptions import WebhookParseError, WebhookVerificationError
from .webhooks import Event, UnknownEvent, parse, verify

__all__ = [
    "BODY_SECONDS",
    "IDLE_SECONDS",
    "MAX_BODY",
    "MAX_CONNECTIONS",
    "Delivery",
    "ListenServer",
    "Listener",
    "serve_in_background",
]

MAX_BODY = 10 * 1024 * 1024
"""Largest delivery accepted (413 above it, refused before reading)."""
IDLE_SECONDS = 10.0
"""How long one read may wait on a silent connection before the listener gives up on it."""
BODY_SECONDS = 30.0
"""How long a sender may take to deliver one whole body (a trickle of bytes must not hold a slot forever)."""
MAX_CONNECTIONS = 128
"""Connections served at once; more wait in the accept backlog until a slot frees."""
BACKLOG = 1024


@dataclass(frozen=True)
class Delivery:
    """A delivery that passed verification: its event, and the raw body and headers to forward unchanged."""

    event: Event | UnknownEvent
    body: bytes
    headers: Mapping[str, str]


class Listener:
    """Verification, counting and the stop decision, shared by the connection threads under one lock.

    ``on_event`` prints a verified event and ``on_reject`` a refused delivery (both under the lock, so
    printed lines never interleave); ``after_reply`` forwards an accepted one once its sender has the
    answer. ``stopped`` is set once ``max_events`` events (or, with ``stop_on_bad_signature``, a bad
    signature) have been answered and no accepted delivery still waits for its answer.
    """

    def __init__(
        self,
        secret: str,
        *,
        max_events: int | None,
        stop_on_bad_signature: bool,
        on_event: Callable[[Event | UnknownEvent], None],
        on_reject: Callable[[str], None],
        after_reply: Callable[[Delivery], None],
        now: Callable[[], float],
    ) -> None:
        self.secret = secret
        self.now = now  # the clock the signed event timestamps are checked against
        self.max_events = max_events
        self.stop_on_bad_signature = stop_on_bad_signature
        self.on_event, self.on_reject, self.after_reply = on_event, on_reject, after_reply
        self.events = 0
        self.rejected = 0
        self.stopped = threading.Event()
        self.lock = threading.Lock()
        self._unanswered = 0

    def receive(self, body: bytes, headers: Mapping[str, str]) -> tuple[int, bytes, Delivery | None]:
        """The answer to one delivery (status, text) and, when it is accepted, the delivery to forward.

        Every call must come after :meth:`begin` and be followed by :meth:`answered` once the answer is sent.
        """
        try:
            verify(body, headers, self.secret, now=self.now())
        except WebhookVerificationError as error:
            return self._reject(401, b"bad signature\n", str(error), bad_signature=True)
        try:
            event = parse(body)
        except WebhookParseError as error:
            return self._reject(400, b"not a webhook\n", error.message)
        with self.lock:
            if self._done():
                return 503, b"the listener is stopping\n", None
            self.on_event(event)  # (parse refuses bodies nested deeper than it can decode, so any event prints)
            self.events += 1
        return 200, b"ok\n", Delivery(event, body, headers)

    def begin(self) -> None:
        """A delivery was read in full: the listener does not stop before it is answered."""
        with self.lock:
            self._unanswered += 1

    def answered(self, delivery: Delivery | None) -> None:
        """After the answer went out: forward an accepted delivery, and stop once nothing is left to answer."""
        if delivery is not None:
            self.after_reply(delivery)
        with self.lock:
            self._unanswered -= 1
            if self._unanswered == 0 and self._done():
                self.stopped.set()

    def _done(self) -> bool:
        enough = self.max_events is not None and self.events >= self.max_events
        return enough or (self.stop_on_bad_signature and self.rejected > 0)

    def _reject(
        self, status: int, reply: bytes, reason: str, *, bad_signature: bool = False
    ) -> tuple[int, bytes, None]:
        with self.lock:
            self.rejected += bad_signature
            self.on_reject(reason)
        return status, reply, None


class ListenServer(ThreadingHTTPServer):
    """A thread per connection, at most :data:`MAX_CONNECTIONS` at once, and a deep accept backlog."""

    daemon_threads = True  # an idle connection must not delay the exit once the listener stops
    request_queue_size = BACKLOG

    def __init__(self, address: tuple[str, int], listener: Listener) -> None:
        self.slots = threading.BoundedSemaphore(MAX_CONNECTIONS)
        self.listener = listener
        super().__init__(address, _handler(listener))

    def handle_error(self, request: Any, client_address: Any) -> None:
        """One line instead of the standard library's traceback (a sender that went away mid-answer, say);
        nothing once the listener has stopped and only lingering connections are left."""
        failure = sys.exc_info()[1]
        with self.listener.lock:
            if not self.listener.stopped.is_set():
                self.listener.on_reject(f"a connection ended early ({type(failure).__name__})")

    def process_request(self, request: Any, client_address: Any) -> None:
        self.slots.acquire()  # a full house waits here; the backlog keeps the rest of the burst
        try:
            super().process_request(request, client_address)
        except BaseException:
            self.slots.release()
            raise

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            self.slots.release()


def _handler(listener: Listener) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        timeout = IDLE_SECONDS  # per read: a silent connection is dropped, it never holds the others

        def do_POST(self) -> None:
            body, status, reply = self._read_body()
            if body is None:
                self._reply(status, reply)
                return
            listener.begin()
            delivery = None
            try:
                status, reply, delivery = listener.receive(body, dict(self.headers.items()))
                self._reply(status, reply)
            finally:
                listener.answered(delivery)

        def _reply(self, status: int, reply: bytes) -> None:
            self.send_response(status)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Content-Length", str(len(reply)))
            self.end_headers()
            self.wfile.write(reply)
            self.wfile.flush()

        def _read_body(self) -> tuple[bytes | None, int, bytes]:
            """The body, or ``None`` with the 4xx answer (length missing, too big, or too slow to arrive)."""
            try:
                length = int(self.headers.get("Content-Length") or "0")
            except ValueError:
                return None, 400, b"bad Content-Length\n"
            if length <= 0:
                return None, 400, b"empty body\n"
            if length > MAX_BODY:
                return None, 413, b"body too large\n"
            deadline = time.monotonic() + BODY_SECONDS
            chunks: list[bytes] = []
            received = 0
            while received < length:
                if time.monotonic() > deadline:
                    return None, 408, b"body too slow\n"
                try:
                    chunk = self.rfile.read1(min(65536, length - received))
                except TimeoutError:
                    return None, 408, b"body too slow\n"
                if not chunk:
                    return None, 400, b"body shorter than Content-Length\n"
                chunks.append(chunk)
                received += len(chunk)
            return b"".join(chunks), 200, b""

        def log_message(self, format: str, *args: Any) -> None:
            """Silent: the listener reports every delivery itself."""

    return Handler


def serve_in_background(server: ListenServer) -> threading.Thread:
    """Serve on a daemon thread; the caller waits on ``Listener.stopped`` (or Ctrl+C), then shuts the server down."""
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)
    thread.start()
    return thread
