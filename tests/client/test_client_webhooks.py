"""Webhook parsing for all events of the spec (from the examples of their schemas) and signature
verification, for raw bytes, text and decoded dicts."""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from typing import Any

import pytest
from wawp_client import WebhookParseError, WebhookVerificationError, webhooks

SECRET = "whsec-test-key"


def _events(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    """``(event name, schema name, example)`` for every member of ``WebhookEvent``."""
    schemas = spec["components"]["schemas"]
    found = []
    for member in schemas["WebhookEvent"]["oneOf"]:
        name = member["$ref"].rsplit("/", 1)[1]
        schema = schemas[name]
        for example in schema["examples"]:
            found.append((schema["properties"]["event"]["const"], name, example))
    return found


def _signed(body: bytes, algorithm: str = "sha512", *, at: float | None = None) -> dict[str, str]:
    digest = hmac.new(SECRET.encode(), body, getattr(hashlib, algorithm)).hexdigest()
    stamp = str(int((time.time() if at is None else at) * 1000))
    return {"X-Webhook-Hmac": digest, "X-Webhook-Hmac-Algorithm": algorithm, "X-Webhook-Timestamp": stamp}


def test_spec_has_24_events(spec: dict[str, Any]) -> None:
    names = {event for event, _, _ in _events(spec)}
    assert len(names) == 24
    assert names == set(webhooks.EVENT_MODELS)


def test_parse_every_example(spec: dict[str, Any]) -> None:
    for event, schema, example in _events(spec):
        raw = json.dumps(example).encode()
        for body in (raw, raw.decode(), example):
            parsed = webhooks.parse(body)
            assert type(parsed).__name__ == schema, (event, parsed)
            assert not isinstance(parsed, webhooks.UnknownEvent)
            assert parsed.event == event
            assert set(example) <= set(parsed.to_dict())


def test_unwrap_every_example(spec: dict[str, Any]) -> None:
    for _, schema, example in _events(spec):
        raw = json.dumps(example).encode()
        assert type(webhooks.unwrap(raw, _signed(raw), SECRET)).__name__ == schema


@pytest.mark.parametrize(
    "body",
    [
        {"event": "brand.new", "payload": {}},
        {"payload": {}},
        {"event": 5},
        {"event": "message", "payload": "not an object", "session": None},
    ],
)
def test_unknown_or_misfit_events(body: dict[str, Any]) -> None:
    parsed = webhooks.parse(json.dumps(body))
    assert isinstance(parsed, webhooks.UnknownEvent)
    assert parsed.raw == body


@pytest.mark.parametrize("body", [b"", b"not json", b"\xff\xfe", b"[1, 2]", b'"text"', "{broken"])
def test_non_json_bodies(body: bytes | str) -> None:
    with pytest.raises(WebhookParseError):
        webhooks.parse(body)


@pytest.mark.parametrize("algorithm", ["sha512", "sha256"])
def test_verify_accepts_valid_signatures(algorithm: str) -> None:
    body = b'{"event": "message"}'
    webhooks.verify(body, _signed(body, algorithm), SECRET)
    webhooks.verify(body.decode(), {k.lower(): v for k, v in _signed(body, algorithm).items()}, SECRET.encode())


def test_verify_defaults_to_sha512() -> None:
    body = b"{}"
    headers = _signed(body)
    del headers["X-Webhook-Hmac-Algorithm"]
    webhooks.verify(body, headers, SECRET)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"X-Webhook-Hmac": "00" * 64}, "does not match"),
        ({"X-Webhook-Hmac-Algorithm": "md5"}, "Unsupported"),
        ({"X-Webhook-Timestamp": "yesterday"}, "Timestamp"),
        ({"X-Webhook-Timestamp": str(int((time.time() - 3600) * 1000))}, "tolerance"),
        ({"X-Webhook-Timestamp": str(int((time.time() + 3600) * 1000))}, "tolerance"),
    ],
)
def test_verify_rejects(change: dict[str, str], message: str) -> None:
    body = b'{"event": "message"}'
    headers = {**_signed(body), **change}
    with pytest.raises(WebhookVerificationError, match=message):
        webhooks.verify(body, headers, SECRET)


def test_verify_rejects_tampered_body_and_missing_headers() -> None:
    body = b'{"event": "message"}'
    with pytest.raises(WebhookVerificationError):
        webhooks.verify(body + b" ", _signed(body), SECRET)
    with pytest.raises(WebhookVerificationError, match="Missing"):
        webhooks.verify(body, {}, SECRET)
    with pytest.raises(WebhookVerificationError):
        webhooks.verify(body, _signed(body), "other-secret")


def test_tolerance_can_be_disabled_and_clock_injected() -> None:
    body = b"{}"
    old = _signed(body, at=1_000_000)
    webhooks.verify(body, old, SECRET, tolerance=None)
    webhooks.verify(body, old, SECRET, now=1_000_100)
    with pytest.raises(WebhookVerificationError):
        webhooks.verify(body, old, SECRET, now=1_000_400)
