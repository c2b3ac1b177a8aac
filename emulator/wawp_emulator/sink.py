"""``WebhookSink``: a webhook receiver for tests, so nobody writes their own HTTP server and HMAC check.

It is a threaded HTTP server on 127.0.0.1 that records every POST (path, raw bytes, headers, parsed
JSON, arrival time) and answers 200, or the statuses it is given one per request
(``statuses=[500, 200]``, or a function of the request's number, drive the emulator's retries). With
the webhook's secret it checks each signature with the SDK's own ``wawp_client.webhooks.verify``
(what the user's receiver will run), falling back to a bare constant-time HMAC check when
``wawp_client`` is not installed. A bad signature is recorded, not
refused, so a test can assert on it. Exported by :mod:`wawp_emulator.testing`; the pytest plugin's
``webhook_sink`` fixture yields a running one.
"""

from __future__ import annotations

import hmac
import json
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx

from wawp_emulator.webhooks import HMAC_ALGORITHMS, sign

__all__ = ["ReceivedWebhook", "WebhookSink"]

Check = Callable[[bytes, httpx.Headers, str], str | None]
"""(body, headers, secret) -> why the signature is not valid, or ``None``."""


@dataclass(frozen=True)
class ReceivedWebhook:
    """One POST the sink received, and what it answered."""

    path: str
    headers: httpx.Headers
    body: bytes
    json: Any
    """the parsed body (``None`` if it is not JSON)."""
    status: int
    """What the sink answered."""
    verified: bool | None
    """``None`` when the sink has no secret to check with."""
    signature_error: str | None
    received_at: float
    """``time.monotonic()`` at arrival (to measure retry delays)."""

    @property
    def event(self) -> str | None:
        return self.json.get("event") if isinstance(self.json, dict) else None


def _hmac_check(body: bytes, headers: httpx.Headers, secret: str) -> str | None:
    """Without ``wawp_client``: ``X-Webhook-Hmac`` in constant time (the timestamp is not checked)."""
    signature = headers.get("X-Webhook-Hmac")
    if not signature:
        return "Missing X-Webhook-Hmac header"
    algorithm = headers.get("X-Webhook-Hmac-Algorithm", "sha512").strip().lower()
    if algorithm not in HMAC_ALGORITHMS:
        return f"Unsupported X-Webhook-Hmac-Algorithm {algorithm!r}"
    if not hmac.compare_digest(sign(body, secret, algorithm), signature.strip().lower()):
        return "Webhook signature does not match"
    return None


def _signature_check(tolerance: float | None, now: Callable[[], float] | None) -> Check:
    """The SDK's verifier when ``wawp_client`` is importable, else :func:`_hmac_check`."""
    try:
        from wawp_client import WebhookVerificationError, webhooks  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        return _hmac_check

    def check(body: bytes, headers: httpx.Headers, secret: str) -> str | None:
        try:
            webhooks.verify(body, headers, secret, tolerance=tolerance, now=None if now is None else now())
        except WebhookVerificationError as exc:
            return str(exc)
        return None

    return check


class WebhookSink:
    """Records every webhook POSTed to :attr:`url`; serves from construction until :meth:`close` (or the ``with`` ends).

    :param secret: the webhook's HMAC key; each delivery's signature is checked against it.
    :param statuses: the status to answer each request in turn (``[500, 200]``; 200 once they run out),
        or a function of the request's number, from 1 (``lambda n: 500 if n <= 2 else 200``: the first
        two fail; ``lambda n: 500``: every one).
    :param tolerance: seconds of age the SDK's verifier accepts, of the event's signed ``timestamp``; a
        body without one is refused unless this is ``None`` (no age check at all).
    :param now: the clock (unix seconds) that age is measured on; the wall clock by default. An in-process
        emulator stamps its events with its own, virtual, clock: pass ``emulator.world.clock.now``.
    """

    def __init__(
        self,
        secret: str | None = None,
        *,
        statuses: Iterable[int] | Callable[[int], int] = (),
        port: int = 0,
        tolerance: float | None = 300,
        now: Callable[[], float] | None = None,
    ) -> None:
        self.secret = secret
        if callable(statuses):
            self._status_of: Callable[[int], int] = statuses
        else:
            script = iter(statuses)
            self._status_of = lambda _number: next(script, 200)
        self._check = _signature_check(tolerance, now)
        self._received: list[ReceivedWebhook] = []
        self._cond = threading.Condition()
        self._server = ThreadingHTTPServer(("127.0.0.1", port), _handler(self))
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}/webhook"
        threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, name="wawp-webhook-sink", daemon=True
        ).start()

    def __enter__(self) -> WebhookSink:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Stop serving (what was received stays readable)."""
        self._server.shutdown()
        self._server.server_close()

    def _record(self, path: str, headers: httpx.Headers, body: bytes) -> int:
        try:
            parsed = json.loads(body)
        except ValueError:
            parsed = None
        error = None if self.secret is None else self._check(body, headers, self.secret)
        with self._cond:
            status = self._status_of(len(self._received) + 1)
            verified = None if self.secret is None else error is None
            self._received.append(
                ReceivedWebhook(path, headers, body, parsed, status, verified, error, time.monotonic())
            )
            self._cond.notify_all()
        return status

    @property
    def deliveries(self) -> list[ReceivedWebhook]:
        """Every POST received so far (retries and duplicates included), oldest first."""
        with self._cond:
            return list(self._received)

    def events(self, name: str | None = None) -> list[Any]:
        """The parsed envelopes received (of event ``name`` only, if given)."""
        return [d.json for d in self.deliveries if name is None or d.event == name]

    def wait_for(self, event_name: str | None = None, count: int = 1, timeout: float = 5.0) -> list[ReceivedWebhook]:
        """Wait until ``count`` deliveries of ``event_name`` (``None``: of any event) arrived, whatever the
        sink answered; returns them all.

        Raises :class:`TimeoutError` listing what did arrive, so a failing test shows what happened.
        """

        def arrived() -> list[ReceivedWebhook]:
            return [d for d in self._received if event_name is None or d.event == event_name]

        with self._cond:
            if self._cond.wait_for(lambda: len(arrived()) >= count, timeout):
                return arrived()
            got = [d.event for d in self._received]
        wanted = "" if event_name is None else f" {event_name!r}"
        raise TimeoutError(f"waited {timeout}s for {count}{wanted} webhook(s); received {len(got)}: {got}")


def _handler(sink: WebhookSink) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            status = sink._record(self.path, httpx.Headers(list(self.headers.items())), body)
            self.send_response(status)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, format: str, *args: Any) -> None:
            """Silent: the sink's records are the log."""

    return Handler
