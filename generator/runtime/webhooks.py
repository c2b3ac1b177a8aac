"""Parse and verify the webhooks Wawp posts to your server.

``parse`` turns a body into the typed model of its event (the mapping from event name to model
is generated from the spec's ``WebhookEvent`` oneOf); anything it does not know becomes an
:class:`UnknownEvent` rather than an exception, because a new event type must not break a
receiver. ``verify`` checks ``X-Webhook-Hmac`` (hex HMAC of the raw body, SHA-512 unless
``X-Webhook-Hmac-Algorithm`` says SHA-256) in constant time and the ``X-Webhook-Timestamp``
(unix milliseconds) against a tolerance.
"""

from __future__ import annotations

import hashlib
import hmac
import importlib
import json
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ._exceptions import WebhookParseError, WebhookVerificationError
from ._webhook_events import EVENT_MODELS

if TYPE_CHECKING:
    from ._webhook_events import Event

__all__ = ["EVENT_MODELS", "UnknownEvent", "parse", "unwrap", "verify"]

SIGNATURE_HEADER = "x-webhook-hmac"
ALGORITHM_HEADER = "x-webhook-hmac-algorithm"
TIMESTAMP_HEADER = "x-webhook-timestamp"
_ALGORITHMS = {"sha512": hashlib.sha512, "sha256": hashlib.sha256}


@dataclass(frozen=True)
class UnknownEvent:
    """An event this client version has no model for, or whose payload did not fit the model."""

    event: str | None
    raw: dict[str, Any] = field(repr=False)


def _load(body: bytes | str | Mapping[str, Any]) -> dict[str, Any]:
    if isinstance(body, Mapping):
        return dict(body)
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError) as error:
        raise WebhookParseError(f"Webhook body is not JSON: {error}") from None
    if not isinstance(data, dict):
        raise WebhookParseError(f"Webhook body must be a JSON object, got {type(data).__name__}")
    return data


def parse(body: bytes | str | Mapping[str, Any]) -> Event | UnknownEvent:
    """The typed event for a webhook body (raw bytes, text or an already decoded dict)."""
    data = _load(body)
    name = data.get("event")
    target = EVENT_MODELS.get(name) if isinstance(name, str) else None
    if target is None:
        return UnknownEvent(event=name if isinstance(name, str) else None, raw=data)
    module, cls = target
    model = getattr(importlib.import_module(module, __package__), cls)
    try:
        event: Event = model.from_dict(data)
    except (KeyError, TypeError, ValueError, AttributeError):
        return UnknownEvent(event=name, raw=data)
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
) -> Event | UnknownEvent:
    """``verify`` then ``parse``: the one call a webhook endpoint needs."""
    verify(body, headers, secret, tolerance=tolerance)
    return parse(body)
