"""Parse and verify the webhooks Wawp posts to your server.

``parse`` reads a body the way results are read (``wawp_client._parsing``): an event whose name the
spec documents always comes back as its model (``MessageEvent``, ``SessionStatusEvent``... from
``wawp_client.models``, ``BaseModel`` subclasses like every result), even when its payload differs
from the spec: a missing field reads ``None``, an unknown one is kept (``model_extra``, and readable
as an attribute under its wire name), a value of another type or a new status string is kept as
received, and ``to_dict()`` gives the body exactly as received. A receiver written for ``message``
events must not go deaf when Wawp adds or changes one field. Only an event name this client does not
know (or a JSON body that is not an object) gives an :class:`UnknownEvent`. ``strict=True`` checks
the body against the spec's schema instead, and raises :class:`WebhookParseError` at the first
mismatch (what tests want).

``verify`` checks ``X-Webhook-Hmac`` (hex HMAC of the raw body, SHA-512 unless
``X-Webhook-Hmac-Algorithm`` says SHA-256) in constant time and the ``X-Webhook-Timestamp``
(unix milliseconds) against a tolerance.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ._exceptions import WebhookParseError, WebhookVerificationError
from ._parsing import Mismatch, read
from ._webhook_events import EVENT_MODELS, Event

__all__ = ["EVENT_MODELS", "Event", "UnknownEvent", "parse", "unwrap", "verify"]

SIGNATURE_HEADER = "x-webhook-hmac"
ALGORITHM_HEADER = "x-webhook-hmac-algorithm"
TIMESTAMP_HEADER = "x-webhook-timestamp"
_ALGORITHMS = {"sha512": hashlib.sha512, "sha256": hashlib.sha256}
_SHOWN_NAME = 80  # characters of an undocumented event name quoted in an error (the sender chose its length)


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
        return json.loads(body)
    except (ValueError, UnicodeDecodeError) as error:
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
    for key, value in headers.items():
        if key.lower() == name:
            return value
    return None


def verify(
    body: bytes | str,
    headers: Mapping[str, str],
    secret: str | bytes,
    *,
    tolerance: float | None = 300,
    now: float | None = None,
) -> None:
    """Raise :class:`WebhookVerificationError` unless the signature and timestamp are valid.

    ``body`` must be the raw request body, byte for byte; ``tolerance`` is in seconds (``None``
    skips the timestamp check); ``now`` (unix seconds) exists for tests.
    """
    raw = body.encode() if isinstance(body, str) else body
    key = secret.encode() if isinstance(secret, str) else secret
    signature = _header(headers, SIGNATURE_HEADER)
    if not signature:
        raise WebhookVerificationError("Missing X-Webhook-Hmac header")
    algorithm = (_header(headers, ALGORITHM_HEADER) or "sha512").strip().lower()
    digest = _ALGORITHMS.get(algorithm)
    if digest is None:
        raise WebhookVerificationError(f"Unsupported X-Webhook-Hmac-Algorithm {algorithm!r}")
    expected = hmac.new(key, raw, digest).hexdigest()
    if not hmac.compare_digest(expected, signature.strip().lower()):
        raise WebhookVerificationError("Webhook signature does not match")
    if tolerance is None:
        return
    stamp = _header(headers, TIMESTAMP_HEADER)
    try:
        sent = int(stamp or "") / 1000.0
    except ValueError:
        raise WebhookVerificationError("Missing or malformed X-Webhook-Timestamp header") from None
    current = time.time() if now is None else now
    if abs(current - sent) > tolerance:
        raise WebhookVerificationError("Webhook timestamp is outside the tolerance")


def unwrap(
    body: bytes | str,
    headers: Mapping[str, str],
    secret: str | bytes,
    *,
    tolerance: float | None = 300,
    strict: bool = False,
) -> Event | UnknownEvent:
    """``verify`` then ``parse``: the one call a webhook endpoint needs."""
    verify(body, headers, secret, tolerance=tolerance)
    return parse(body, strict=strict)
