"""Webhooks: per-instance configuration, signing, and asynchronous delivery with retries.

Configuration follows WAHA's ``WebhookConfig``::

    {"url": "http://127.0.0.1:9000/hook", "events": ["message", "session.status"] | ["*"],
     "hmac": {"key": "secret", "algorithm": "sha512"},
     "retries": {"attempts": 3, "delaySeconds": 2, "policy": "constant|linear|exponential"},
     "customHeaders": [{"name": "X-Env", "value": "ci"}],
     "duplicates": {"copies": 2, "sameRequestId": false, "lidCopies": true}}

Each delivery is a POST of the exact envelope bytes with ``Content-Type: application/json``,
``User-Agent: WAHA/<version> (wawp-emulator)``, ``X-Webhook-Request-Id`` (one per delivery, the same
on every retry and, with ``duplicates.sameRequestId``, on every copy), ``X-Webhook-Timestamp``
(the envelope's own ``timestamp``, unix ms on the emulator's clock, as WAHA sends it: the same on every
attempt and copy, and equal to the signed value a receiver checks) and, with an HMAC key,
``X-Webhook-Hmac`` (hex HMAC of the raw body) plus ``X-Webhook-Hmac-Algorithm``.

Delivery never blocks the API call. The :class:`WebhookDispatcher` runs an asyncio loop in a
worker thread with one lane per (instance, url): events of one instance reach a URL in emit order,
event N+1 only after event N's final attempt. Non-2xx answers and transport errors are retried
with the policy's backoff; every attempt lands in the delivery journal. ``drain()`` waits until
everything queued is final; in ``manual`` mode nothing is sent until ``deliver_now()``.

``duplicates`` (:class:`Duplicates`) turns on at-least-once delivery: each event goes out
``copies`` times (one journal record each), and inbound messages also as their ``@lid`` twin.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import itertools
import logging
import re
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx

__all__ = [
    "RETRY_POLICIES",
    "USER_AGENT",
    "DeliveryJournal",
    "DeliveryRecord",
    "Duplicates",
    "PendingDelivery",
    "RetryPolicy",
    "WebhookConfig",
    "WebhookDispatcher",
    "sign",
]

log = logging.getLogger("wawp_emulator.webhooks")

USER_AGENT = "WAHA/2026.2.1 (wawp-emulator)"
RETRY_POLICIES = ("constant", "linear", "exponential")
HMAC_ALGORITHMS = ("sha512", "sha256")
_hook_ids = itertools.count(1)


def sign(body: bytes, key: str, algorithm: str = "sha512") -> str:
    """The hex HMAC of ``body`` (what ``X-Webhook-Hmac`` carries)."""
    return hmac.new(key.encode(), body, getattr(hashlib, algorithm)).hexdigest()


@dataclass
class RetryPolicy:
    attempts: int = 3
    """total attempts, the first one included."""
    delay_seconds: float = 2.0
    policy: str = "constant"

    def __post_init__(self) -> None:
        if self.policy not in RETRY_POLICIES:
            raise ValueError(f"retry policy must be one of {', '.join(RETRY_POLICIES)}")
        if not 1 <= int(self.attempts) <= 100:
            raise ValueError("attempts must be between 1 and 100")
        if not 0 <= float(self.delay_seconds) <= 3600:
            raise ValueError("delaySeconds must be between 0 and 3600")
        self.attempts = int(self.attempts)
        self.delay_seconds = float(self.delay_seconds)

    def delay(self, retry: int) -> float:
        """Seconds to wait before retry number ``retry`` (1 = the second attempt)."""
        if self.policy == "linear":
            return self.delay_seconds * retry
        if self.policy == "exponential":
            return float(self.delay_seconds * 2 ** (retry - 1))
        return self.delay_seconds

    def to_json(self) -> dict[str, Any]:
        return {"attempts": self.attempts, "delaySeconds": self.delay_seconds, "policy": self.policy}


@dataclass(frozen=True)
class Duplicates:
    """At-least-once delivery, so a consumer can prove it is idempotent.

    Real engines deliver one event more than once: a redelivery after a lost answer repeats the
    request, and newer engines report an inbound message twice, once from the phone number and once
    from the sender's ``@lid`` (WAHA #1309, #1384, #1816). Frozen, so it can be a field default.
    """

    copies: int = 1
    """deliveries of every event (1: none duplicated); all carry the same event ``id``."""
    same_request_id: bool = False
    """the copies repeat the first one's ``X-Webhook-Request-Id`` (a redelivery) instead of fresh ones."""
    lid_copies: bool = False
    """inbound ``message`` / ``message.any`` events are also sent with the sender as a ``@lid`` id."""

    def __post_init__(self) -> None:
        if not 1 <= self.copies <= 10:
            raise ValueError("duplicates.copies must be between 1 and 10")

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Duplicates:
        return cls(int(data.get("copies", 1)), bool(data.get("sameRequestId")), bool(data.get("lidCopies")))

    def to_json(self) -> dict[str, Any]:
        return {"copies": self.copies, "sameRequestId": self.same_request_id, "lidCopies": self.lid_copies}


_HEADER_NAME = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")
"""An HTTP header name (RFC 9110 token)."""
_HEADER_VALUE = re.compile(r"[\t\x20-\x7e]*")
"""A header value every client sends as is: printable ASCII and tabs (no CR, LF or NUL)."""


@dataclass
class WebhookConfig:
    url: str
    events: list[str] = field(default_factory=lambda: ["*"])
    hmac_key: str | None = None
    hmac_algorithm: str = "sha512"
    retries: RetryPolicy = field(default_factory=RetryPolicy)
    custom_headers: dict[str, str] = field(default_factory=dict)
    duplicates: Duplicates = Duplicates()
    id: str = ""

    def __post_init__(self) -> None:
        if not self.url.startswith(("http://", "https://")):
            raise ValueError("webhook url must be http(s)")
        try:
            host = httpx.URL(self.url).host
        except httpx.InvalidURL:
            host = ""
        if not host:
            raise ValueError("webhook url must be an absolute http(s) URL with a host")
        for name, value in self.custom_headers.items():
            if not _HEADER_NAME.fullmatch(name) or not _HEADER_VALUE.fullmatch(value):
                raise ValueError(f"custom header {name!r} cannot be sent (a token name, a printable ASCII value)")
        if self.hmac_algorithm not in HMAC_ALGORITHMS:
            raise ValueError(f"hmac algorithm must be one of {', '.join(HMAC_ALGORITHMS)}")
        if not self.events:
            raise ValueError("events must not be empty (use ['*'] for all)")
        if not self.id:
            self.id = f"wh-{next(_hook_ids)}"

    def matches(self, event: str) -> bool:
        return "*" in self.events or event in self.events

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> WebhookConfig:
        """From WAHA's shape (``hmac.key``, ``retries.delaySeconds``, ``customHeaders``) or snake_case."""
        hmac_part = data.get("hmac") or {}
        retries = data.get("retries") or {}
        headers = data.get("customHeaders", data.get("custom_headers")) or {}
        if isinstance(headers, list):
            headers = {str(h["name"]): str(h["value"]) for h in headers}
        events = data.get("events") or ["*"]
        if isinstance(events, str):
            events = [events]
        return cls(
            url=str(data["url"]),
            events=[str(e) for e in events],
            hmac_key=(hmac_part.get("key") if isinstance(hmac_part, Mapping) else None) or data.get("hmac_key"),
            hmac_algorithm=str(
                (hmac_part.get("algorithm") if isinstance(hmac_part, Mapping) else None)
                or data.get("hmac_algorithm")
                or "sha512"
            ),
            retries=RetryPolicy(
                attempts=int(retries.get("attempts", 3)),
                delay_seconds=float(retries.get("delaySeconds", retries.get("delay_seconds", 2.0))),
                policy=str(retries.get("policy", "constant")),
            ),
            custom_headers={str(k): str(v) for k, v in dict(headers).items()},
            duplicates=Duplicates.from_json(data.get("duplicates") or {}),
            id=str(data.get("id") or ""),
        )

    def to_json(self, *, reveal: bool = False) -> dict[str, Any]:
        hmac_part = None
        if self.hmac_key:
            hmac_part = {"key": self.hmac_key if reveal else "***", "algorithm": self.hmac_algorithm}
        return {
            "id": self.id,
            "url": self.url,
            "events": list(self.events),
            "hmac": hmac_part,
            "retries": self.retries.to_json(),
            "customHeaders": [{"name": k, "value": v} for k, v in self.custom_headers.items()],
            "duplicates": self.duplicates.to_json(),
        }


@dataclass
class PendingDelivery:
    request_id: str
    instance_id: str
    event_id: str
    event: str
    webhook: WebhookConfig
    body: bytes
    timestamp_ms: int
    """the envelope's ``timestamp`` (unix ms when the event was created), sent as ``X-Webhook-Timestamp``."""
    copy: int = 1
    """which of ``webhook.duplicates.copies`` this is (1: the original)."""


@dataclass
class Attempt:
    attempt: int
    status: int | None
    error: str | None
    started_at: float
    duration_ms: float

    def to_json(self) -> dict[str, Any]:
        return {
            "attempt": self.attempt,
            "status": self.status,
            "error": self.error,
            "startedAt": self.started_at,
            "durationMs": round(self.duration_ms, 3),
        }


@dataclass
class DeliveryRecord:
    request_id: str
    instance_id: str
    event_id: str
    event: str
    url: str
    webhook_id: str
    copy: int = 1
    outcome: str = "pending"
    """pending | delivered | failed | dropped"""
    attempts: list[Attempt] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "requestId": self.request_id,
            "instanceId": self.instance_id,
            "eventId": self.event_id,
            "event": self.event,
            "url": self.url,
            "webhookId": self.webhook_id,
            "copy": self.copy,
            "outcome": self.outcome,
            "attempts": [a.to_json() for a in self.attempts],
        }


class DeliveryJournal:
    """Every delivery and each of its attempts (bounded; thread-safe)."""

    def __init__(self, size: int = 5000) -> None:
        self._records: deque[DeliveryRecord] = deque(maxlen=size)
        self._lock = threading.Lock()

    def open(self, pending: PendingDelivery) -> DeliveryRecord:
        record = DeliveryRecord(
            pending.request_id,
            pending.instance_id,
            pending.event_id,
            pending.event,
            pending.webhook.url,
            pending.webhook.id,
            pending.copy,
        )
        with self._lock:
            self._records.append(record)
        return record

    def add_attempt(self, record: DeliveryRecord, attempt: Attempt, outcome: str | None = None) -> None:
        with self._lock:
            record.attempts.append(attempt)
            if outcome is not None:
                record.outcome = outcome

    def records(self) -> list[DeliveryRecord]:
        with self._lock:
            return list(self._records)

    def to_json(self) -> list[dict[str, Any]]:
        with self._lock:
            return [r.to_json() for r in self._records]

    def clear(self) -> None:
        with self._lock:
            self._records.clear()


def _loggable(url: str) -> str:
    """``url`` with the password of its userinfo masked: a webhook URL may carry basic-auth credentials,
    which stay out of the logs like every other secret. (A :class:`WebhookConfig` URL always parses.)"""
    parsed = httpx.URL(url)
    return str(parsed.copy_with(username=parsed.username, password="***")) if parsed.password else url


def _headers(pending: PendingDelivery) -> dict[str, str]:
    hook = pending.webhook
    headers = {
        "Content-Type": "application/json",
        "User-Agent": USER_AGENT,
        "X-Webhook-Request-Id": pending.request_id,
        "X-Webhook-Timestamp": str(pending.timestamp_ms),
    }
    if hook.hmac_key:
        headers["X-Webhook-Hmac"] = sign(pending.body, hook.hmac_key, hook.hmac_algorithm)
        headers["X-Webhook-Hmac-Algorithm"] = hook.hmac_algorithm
    headers.update(hook.custom_headers)
    return headers


class WebhookDispatcher:
    """Delivers :class:`PendingDelivery` items in the background (or on demand in ``manual`` mode)."""

    def __init__(
        self,
        journal: DeliveryJournal | None = None,
        *,
        mode: str = "background",
        timeout: float = 10.0,
        max_pending: int = 10000,
        transport: httpx.AsyncBaseTransport | None = None,
        sleep: Callable[[float], Any] | None = None,
    ) -> None:
        if mode not in ("background", "manual"):
            raise ValueError("mode must be 'background' or 'manual'")
        self.journal = journal or DeliveryJournal()
        self.mode = mode
        self.timeout = timeout
        self.max_pending = max_pending
        self._transport = transport
        self._sleep = sleep
        self._cond = threading.Condition()
        self._pending = 0
        self._held: list[tuple[PendingDelivery, DeliveryRecord]] = []  # manual mode
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._client: httpx.AsyncClient | None = None
        self._lanes: dict[tuple[str, str], deque[tuple[PendingDelivery, DeliveryRecord]]] = {}
        self._running: set[tuple[str, str]] = set()
        self._tasks: set[asyncio.Task[None]] = set()
        self._closed = False

    # ---- intake

    def submit(self, deliveries: Iterable[PendingDelivery]) -> None:
        items = list(deliveries)
        if not items:
            return
        accepted: list[tuple[PendingDelivery, DeliveryRecord]] = []
        with self._cond:
            for item in items:
                record = self.journal.open(item)
                if self._closed or self._pending >= self.max_pending:
                    record.outcome = "dropped"
                    log.warning("webhook delivery %s dropped: queue full or dispatcher closed", item.request_id)
                    continue
                self._pending += 1
                accepted.append((item, record))
        if not accepted:
            return
        if self.mode == "manual":
            with self._cond:
                self._held.extend(accepted)
            return
        loop = self._ensure_loop()
        loop.call_soon_threadsafe(self._enqueue, accepted)

    @property
    def pending(self) -> int:
        with self._cond:
            return self._pending

    # ---- background loop

    def _ensure_loop(self) -> asyncio.AbstractEventLoop:
        with self._cond:
            if self._loop is not None:
                return self._loop
            ready = threading.Event()

            def run() -> None:
                loop = asyncio.new_event_loop()
                asyncio.set_event_loop(loop)
                self._loop = loop
                ready.set()
                try:
                    loop.run_forever()
                finally:
                    loop.run_until_complete(loop.shutdown_asyncgens())
                    loop.close()

            self._thread = threading.Thread(target=run, name="wawp-emulator-webhooks", daemon=True)
            self._thread.start()
        ready.wait()
        return self._current_loop()

    def _current_loop(self) -> asyncio.AbstractEventLoop:
        loop = self._loop
        if loop is None:
            raise RuntimeError("the webhook dispatcher loop is not running")
        return loop

    def _enqueue(self, accepted: list[tuple[PendingDelivery, DeliveryRecord]]) -> None:
        for pending, record in accepted:
            key = (pending.instance_id, pending.webhook.url)
            self._lanes.setdefault(key, deque()).append((pending, record))
            if key not in self._running:
                self._running.add(key)
                task = asyncio.get_running_loop().create_task(self._run_lane(key))
                self._tasks.add(task)
                task.add_done_callback(self._tasks.discard)

    async def _run_lane(self, key: tuple[str, str]) -> None:
        lane = self._lanes[key]
        try:
            while lane:
                pending, record = lane.popleft()
                try:
                    await self._deliver(pending, record)
                finally:
                    with self._cond:
                        self._pending -= 1
                        self._cond.notify_all()
        finally:
            self._running.discard(key)

    def _get_client(self) -> httpx.AsyncClient:
        if self._client is None:
            self._client = httpx.AsyncClient(timeout=self.timeout, transport=self._transport, follow_redirects=False)
        return self._client

    async def _deliver(self, pending: PendingDelivery, record: DeliveryRecord) -> None:
        policy = pending.webhook.retries
        client = self._get_client()
        for attempt in range(1, policy.attempts + 1):
            started = time.time()
            t0 = time.perf_counter()
            status: int | None = None
            error: str | None = None
            try:
                response = await client.post(pending.webhook.url, content=pending.body, headers=_headers(pending))
                status = response.status_code
                if not 200 <= status < 300:
                    error = f"HTTP {status}"
            except httpx.HTTPError as exc:
                error = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
            except Exception as exc:
                error = f"{type(exc).__name__}: {exc}"
            duration = (time.perf_counter() - t0) * 1000
            ok = error is None
            last = ok or attempt == policy.attempts
            outcome = ("delivered" if ok else "failed") if last else None
            self.journal.add_attempt(record, Attempt(attempt, status, error, started, duration), outcome)
            if ok:
                return
            if not last:
                delay = policy.delay(attempt)
                log.info(
                    "webhook %s attempt %d to %s failed (%s); retry in %.3fs",
                    record.event,
                    attempt,
                    _loggable(record.url),
                    error,
                    delay,
                )
                if self._sleep is not None:
                    result = self._sleep(delay)
                    if asyncio.iscoroutine(result):
                        await result
                else:
                    await asyncio.sleep(delay)
        log.warning("webhook %s to %s failed after %d attempts", record.event, _loggable(record.url), policy.attempts)

    # ---- deterministic helpers

    def drain(self, timeout: float | None = 10.0) -> bool:
        """Wait until every submitted delivery is final (delivered, failed or dropped)."""
        if self.mode == "manual":
            self.deliver_now()
        with self._cond:
            return self._cond.wait_for(lambda: self._pending == 0, timeout)

    def deliver_now(self) -> int:
        """Send everything held (manual mode) in the calling thread's time, in order; returns the count."""
        with self._cond:
            held, self._held = self._held, []
        if not held:
            return 0

        async def run_all() -> None:
            try:
                lanes: dict[tuple[str, str], list[tuple[PendingDelivery, DeliveryRecord]]] = {}
                for item, record in held:
                    lanes.setdefault((item.instance_id, item.webhook.url), []).append((item, record))

                async def lane(items: list[tuple[PendingDelivery, DeliveryRecord]]) -> None:
                    for item, record in items:
                        try:
                            await self._deliver(item, record)
                        finally:
                            with self._cond:
                                self._pending -= 1
                                self._cond.notify_all()

                await asyncio.gather(*(lane(items) for items in lanes.values()))
            finally:
                if self._client is not None:
                    await self._client.aclose()
                    self._client = None

        error: list[BaseException] = []

        def runner() -> None:
            try:
                asyncio.run(run_all())
            except BaseException as exc:
                error.append(exc)

        thread = threading.Thread(target=runner, name="wawp-emulator-deliver-now")
        thread.start()
        thread.join()
        if error:
            raise error[0]
        return len(held)

    def close(self, timeout: float = 5.0) -> None:
        """Stop the worker (deliveries still queued are abandoned after ``timeout``)."""
        with self._cond:
            self._closed = True
            self._cond.wait_for(lambda: self._pending == 0, timeout)
            loop, thread = self._loop, self._thread
        if loop is None or thread is None:
            return

        async def shutdown() -> None:
            for task in list(self._tasks):
                task.cancel()
            if self._client is not None:
                await self._client.aclose()
                self._client = None

        try:
            asyncio.run_coroutine_threadsafe(shutdown(), loop).result(timeout)
        except Exception:
            log.debug("webhook dispatcher shutdown", exc_info=True)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(timeout)
        with self._cond:
            self._loop = None
            self._thread = None

    def reset(self) -> None:
        """Forget queued (not yet started) deliveries and the journal."""
        with self._cond:
            self._pending -= len(self._held)
            self._held = []
        if self._loop is not None:

            def clear() -> None:
                dropped = sum(len(lane) for lane in self._lanes.values())
                for lane in self._lanes.values():
                    lane.clear()
                with self._cond:
                    self._pending -= dropped
                    self._cond.notify_all()

            self._loop.call_soon_threadsafe(clear)
        with self._cond:
            if self._loop is None:
                self._pending = 0
        self.journal.clear()
