# Copied from generator/runtime/webhooks.py by `nox -s generate`.
# Do not edit this copy: edit generator/runtime/webhooks.py.
"""Parse and verify the webhooks Wawp posts to your server.

``parse`` reads a body the way results are read (``wawp_client._parsing``): an event whose name the
spec documents always comes back as its model (``MessageEvent``, ``SessionStatusEvent``... from
``wawp_client.models``, generated attrs models like every result), even when its payload differs
from the spec: a missing field reads ``None``, an unknown one is kept (``model_extra``, and readable
as an attribute under its wire name), a value of another type or a new status string is kept as
received, and ``to_dict()`` gives the body exactly as received. A receiver written for ``message``
events must not go deaf when Wawp adds or changes one field. Only an event name this client does not
know (or a JSON body that is not an object) gives an :class:`UnknownEvent`. ``strict=True`` checks
the body against the spec's schema instead, and raises :class:`WebhookParseError` at the first
mismatch (what tests want).

``verify`` checks ``X-Webhook-Hmac`` (hex HMAC of the raw body, SHA-512 unless
``X-Webhook-Hmac-Algorithm`` says SHA-256) in constant time, then the age of the event against a
tolerance: the body's own ``timestamp`` (unix milliseconds, covered by the signature), so that a
captured delivery re-sent later with a fresh ``X-Webhook-Timestamp`` header is refused. Every envelope
Wawp and WAHA send carries that ``timestamp``; a signed body without one is refused while a tolerance is
set, since nothing signed could tell its replay from a fresh delivery (``header_time=True`` measures such
a body by the unsigned header instead, and accepts that risk). Delivery is
at least once (a retry, or a copy, carries the same event ``id``): :func:`is_duplicate` with a
:class:`SeenEvents` store (in memory by default) tells the repeats apart.
"""

from __future__ import annotations

import hashlib
import hmac
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from . import _json
from ._exceptions import WebhookParseError, WebhookVerificationError
from ._parsing import Mismatch, read
from ._webhook_events import EVENT_MODELS, Event

__all__ = [
    "EVENT_MODELS",
    "Event",
    "MemorySeenEvents",
    "SeenEvents",
    "UnknownEvent",
    "is_duplicate",
    "parse",
    "unwrap",
    "verify",
]

SIGNATURE_HEADER = "x-webhook-hmac"
ALGORITHM_HEADER = "x-webhook-hmac-algorithm"
TIMESTAMP_HEADER = "x-webhook-timestamp"
_ALGORITHMS = {"sha512": hashlib.sha512, "sha256": hashlib.sha256}
_SHOWN_NAME = 80  # characters of an undocumented event name quoted in an error (the sender chose its length)
_LATEST_MS = 2**53  # past this, milliseconds lose their precision as a float: no real clock reads that
_SHOWN_HEADERS = {
    SIGNATURE_HEADER: "X-Webhook-Hmac",
    ALGORITHM_HEADER: "X-Webhook-Hmac-Algorithm",
    TIMESTAMP_HEADER: "X-Webhook-Timestamp",
}


@dataclass(frozen=True)
class UnknownEvent:
    """A webhook this client version has no model for: an event name the spec does not list, or a JSON
    body that is not an object. ``raw`` is the decoded body as received."""

    event: str | None
    raw: Any = field(repr=False)

    def to_dict(self) -> Any:
        """The decoded body, as ``to_dict()`` gives it for every event model."""
        return self.raw


def _load(body: bytes | str | Mapping[str, Any]) -> Any:
    if isinstance(body, Mapping):
        return dict(body)
    try:
        return _json.loads(body)
    except ValueError as error:  # UnicodeDecodeError and _json.TooDeep included
        raise WebhookParseError(f"Webhook body is not JSON: {error}") from None


def parse(body: bytes | str | Mapping[str, Any], *, strict: bool = False) -> Event | UnknownEvent:
    """The typed event of a webhook body (raw bytes, text or an already decoded dict), read tolerantly.

    With ``strict=True``, raise :class:`WebhookParseError` (naming the event and the JSON path of the first
    mismatch) unless the body is one of the spec's events and fits its schema. A body that is not JSON
    raises in both modes.
    """
    data = _load(body)
    if not isinstance(data, dict):
        if strict:
            raise WebhookParseError(f"Webhook body must be a JSON object, got {type(data).__name__}")
        return UnknownEvent(event=None, raw=data)
    name = data.get("event")
    model = EVENT_MODELS.get(name) if isinstance(name, str) else None
    if model is None:
        if strict:
            what = f"event {name[:_SHOWN_NAME]!r} is" if isinstance(name, str) else "body without a string 'event' is"
            raise WebhookParseError(f"Webhook {what} none of the spec's events")
        return UnknownEvent(event=name if isinstance(name, str) else None, raw=data)
    try:
        event: Event = read(model, data, strict=strict)
    except Mismatch as error:
        raise WebhookParseError(
            f"Webhook {name!r} does not match the spec's {model.__name__} at {error}", event=name
        ) from None
    return event


def _header(headers: Mapping[str, str], name: str) -> str | None:
    """The header's value, or ``WebhookVerificationError`` when it is not plain ASCII text (a signature
    or timestamp never has another character, so anything else is a forgery or a broken proxy)."""
    for key, value in headers.items():
        if isinstance(key, str) and key.lower() == name:
            if not isinstance(value, str) or not value.isascii():
                raise WebhookVerificationError(f"Malformed {_SHOWN_HEADERS[name]} header (not ASCII text)")
            return value
    return None


def _utf8(value: bytes | str, what: str) -> bytes:
    """The bytes that were signed: text as UTF-8 (text that has no UTF-8 form cannot have been signed)."""
    if isinstance(value, bytes):
        return value
    try:
        return value.encode()
    except UnicodeEncodeError:
        raise WebhookVerificationError(f"Webhook {what} is text with no UTF-8 form: pass the raw bytes") from None


def _signed_timestamp(raw: bytes) -> int | None:
    """The envelope's own ``timestamp`` (unix ms): covered by the signature, unlike the header."""
    try:
        data = _json.loads(raw)
    except ValueError:
        return None
    stamp = data.get("timestamp") if isinstance(data, dict) else None
    return stamp if isinstance(stamp, int) and not isinstance(stamp, bool) else None


def _sent_at(raw: bytes, headers: Mapping[str, str], header_time: bool) -> float:
    """Seconds since the epoch at which the event was created: the signed body's ``timestamp``; for a
    body without one, the ``X-Webhook-Timestamp`` header only when ``header_time`` accepts it (a replay
    can rewrite the header at will)."""
    signed = _signed_timestamp(raw)
    if signed is not None:
        if not 0 <= signed < _LATEST_MS:
            raise WebhookVerificationError("The body's timestamp is not a time in unix milliseconds")
        return signed / 1000.0
    if not header_time:
        raise WebhookVerificationError(
            "The body has no signed integer 'timestamp', so a replay of it cannot be told apart"
            " (header_time=True measures its age by the unsigned X-Webhook-Timestamp header)"
        )
    stamp = _header(headers, TIMESTAMP_HEADER)
    try:
        milliseconds = int(stamp or "")
    except ValueError:
        milliseconds = -1
    if not 0 <= milliseconds < _LATEST_MS:
        raise WebhookVerificationError("Missing or malformed X-Webhook-Timestamp header")
    return milliseconds / 1000.0


def verify(
    body: bytes | str,
    headers: Mapping[str, str],
    secret: str | bytes,
    *,
    tolerance: float | None = 300,
    now: float | None = None,
    header_time: bool = False,
) -> None:
    """Raise :class:`WebhookVerificationError` unless the signature is valid and the event is recent.

    ``body`` must be the raw request body, byte for byte. The age is the event's own ``timestamp``
    (unix ms, inside the signed body, so a replayed delivery with a rewritten header is still refused);
    ``tolerance`` is in seconds (``None`` skips the check); ``now`` (unix seconds) exists for tests and
    for a virtual clock. A body without an integer ``timestamp`` is refused while a tolerance is set:
    every documented envelope has one, and nothing signed would date the body. ``header_time=True``
    dates such a body by the ``X-Webhook-Timestamp`` header, which is not signed: a captured delivery
    re-sent with a fresh header then passes. A header that is not ASCII text is a verification error
    like a wrong one.
    """
    raw, key = _utf8(body, "body"), _utf8(secret, "secret")
    signature = _header(headers, SIGNATURE_HEADER)
    if not signature:
        raise WebhookVerificationError("Missing X-Webhook-Hmac header")
    algorithm = (_header(headers, ALGORITHM_HEADER) or "sha512").strip().lower()
    digest = _ALGORITHMS.get(algorithm)
    if digest is None:
        raise WebhookVerificationError(f"Unsupported X-Webhook-Hmac-Algorithm {algorithm[:_SHOWN_NAME]!r}")
    expected = hmac.new(key, raw, digest).hexdigest().encode()
    if not hmac.compare_digest(expected, signature.strip().lower().encode()):
        raise WebhookVerificationError("Webhook signature does not match")
    if tolerance is None:
        return
    current = time.time() if now is None else now
    if abs(current - _sent_at(raw, headers, header_time)) > tolerance:
        raise WebhookVerificationError(f"Webhook timestamp is outside the tolerance ({tolerance:g} s)")


def unwrap(
    body: bytes | str,
    headers: Mapping[str, str],
    secret: str | bytes,
    *,
    tolerance: float | None = 300,
    strict: bool = False,
    now: float | None = None,
    header_time: bool = False,
) -> Event | UnknownEvent:
    """``verify`` then ``parse``: the one call a webhook endpoint needs (then :func:`is_duplicate`)."""
    verify(body, headers, secret, tolerance=tolerance, now=now, header_time=header_time)
    return parse(body, strict=strict)


class SeenEvents(Protocol):
    """Where :func:`is_duplicate` remembers event ids (a Redis set or a database table works as well as
    :class:`MemorySeenEvents`, and is shared by every worker)."""

    def check_and_add(self, event_id: str) -> bool:
        """Remember ``event_id``; True if it was already remembered."""
        ...


class MemorySeenEvents:
    """Event ids in memory, for one process: at most ``max_size`` of them (the oldest forgotten first),
    each for ``ttl`` seconds; safe to share between threads."""

    def __init__(
        self, max_size: int = 10_000, ttl: float = 24 * 3600.0, *, clock: Callable[[], float] = time.monotonic
    ) -> None:
        if max_size < 1 or ttl <= 0:
            raise ValueError("max_size must be >= 1 and ttl > 0")
        self.max_size, self.ttl, self._clock = max_size, ttl, clock
        self._seen: OrderedDict[str, float] = OrderedDict()  # id -> when it expires, oldest first
        self._lock = threading.Lock()

    def check_and_add(self, event_id: str) -> bool:
        now = self._clock()
        with self._lock:
            while self._seen and next(iter(self._seen.values())) <= now:
                self._seen.popitem(last=False)
            if event_id in self._seen:
                return True
            self._seen[event_id] = now + self.ttl
            if len(self._seen) > self.max_size:
                self._seen.popitem(last=False)
            return False

    def __len__(self) -> int:
        return len(self._seen)


def is_duplicate(event: Event | UnknownEvent, seen: SeenEvents) -> bool:
    """True when ``event``'s id (the envelope's ``id``, ``evt_`` and a ULID) was already seen.

    Wawp delivers at least once: a delivery whose answer was slow or lost is sent again, with the same
    event id, and the vendor advises de-duplicating by it. Answer 200 to a duplicate, act on it once.
    An event without a string ``id`` is never a duplicate (there is nothing to tell it by).
    """
    raw = event.raw if isinstance(event, UnknownEvent) else event.to_dict()
    event_id = raw.get("id") if isinstance(raw, dict) else None
    return isinstance(event_id, str) and seen.check_and_add(event_id)
