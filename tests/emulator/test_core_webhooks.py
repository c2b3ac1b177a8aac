"""Webhook delivery to a real HTTP receiver on 127.0.0.1 (``WebhookSink``): envelope, signature, retries,
order, journal."""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterator

import pytest
from _core import core_emulator
from wawp_emulator.emulator import Emulator
from wawp_emulator.testing import WebhookSink
from wawp_emulator.webhooks import USER_AGENT, RetryPolicy

SEND = {"chatId": "201234567890@c.us", "message": "hello"}


@pytest.fixture
def emu() -> Iterator[Emulator]:
    with core_emulator(seed=3) as emulator:
        yield emulator


def test_delivery_envelope_headers_and_signature(emu: Emulator) -> None:
    with WebhookSink() as receiver:
        emu.add_webhook(receiver.url, ["message.any"], hmac_key="s3cret", custom_headers={"X-Env": "ci"})
        with emu.client() as http:
            message = http.post("/send", params=SEND).json()
        assert emu.drain(5)
        (got,) = receiver.wait_for(count=1, timeout=10)
    headers = got.headers
    assert headers["content-type"] == "application/json"
    assert headers["user-agent"] == USER_AGENT
    assert headers["x-env"] == "ci"
    assert headers["x-webhook-hmac-algorithm"] == "sha512"
    expected = hmac.new(b"s3cret", got.body, hashlib.sha512).hexdigest()
    assert hmac.compare_digest(headers["x-webhook-hmac"], expected)
    assert headers["x-webhook-request-id"] and int(headers["x-webhook-timestamp"]) > 0
    envelope = got.json
    assert list(envelope) == [
        "id",
        "timestamp",
        "event",
        "session",
        "metadata",
        "me",
        "payload",
        "engine",
        "environment",
    ]
    assert envelope["event"] == "message.any" and envelope["payload"] == message
    assert envelope["id"].startswith("evt_") and len(envelope["id"]) == 30 and envelope["id"] == envelope["id"].lower()
    assert envelope["timestamp"] == 1767225600000 and envelope["engine"] == "GOWS"
    assert envelope["metadata"]["instance_id"] == emu.instance_id
    record = emu.deliveries[0]
    assert record.outcome == "delivered" and record.event_id == envelope["id"] and len(record.attempts) == 1
    assert record.attempts[0].status == 200 and record.attempts[0].error is None


def test_sha256_is_selectable_and_unsigned_without_key(emu: Emulator) -> None:
    with WebhookSink() as signed, WebhookSink() as plain:
        emu.add_webhook(signed.url, hmac_key="k", hmac_algorithm="sha256")
        emu.add_webhook(plain.url)
        with emu.client() as http:
            http.post("/send", params=SEND)
        assert emu.drain(5)
        (a,) = signed.wait_for(count=1, timeout=10)
        (b,) = plain.wait_for(count=1, timeout=10)
    assert a.headers["x-webhook-hmac-algorithm"] == "sha256"
    assert a.headers["x-webhook-hmac"] == hmac.new(b"k", a.body, hashlib.sha256).hexdigest()
    assert "x-webhook-hmac" not in b.headers
    assert a.body == b.body


def test_event_filter(emu: Emulator) -> None:
    with WebhookSink() as receiver:
        emu.add_webhook(receiver.url, ["session.status"])
        with emu.client() as http:
            http.post("/send", params=SEND)
        assert emu.drain(5)
    assert receiver.deliveries == [] and emu.deliveries == []
    assert [e["event"] for e in emu.events] == ["message.any"]


def test_retries_with_backoff_then_success() -> None:
    with core_emulator() as emu, WebhookSink(statuses=[500, 500]) as receiver:
        emu.add_webhook(receiver.url, attempts=4, delay_seconds=0.1, policy="exponential")
        with emu.client() as http:
            http.post("/send", params=SEND)
        assert emu.drain(10)
        got = receiver.wait_for(count=3, timeout=10)
        record = emu.deliveries[0]
    assert [a.status for a in record.attempts] == [500, 500, 200]
    assert [a.error for a in record.attempts] == ["HTTP 500", "HTTP 500", None]
    assert record.outcome == "delivered"
    gaps = [got[1].received_at - got[0].received_at, got[2].received_at - got[1].received_at]
    assert gaps[0] >= 0.09 and gaps[1] >= 0.19  # 0.1 s, then 0.2 s
    assert len({r.headers["x-webhook-request-id"] for r in got}) == 1  # the same delivery, retried
    assert got[0].body == got[2].body


def test_failure_after_all_attempts_and_connection_errors() -> None:
    with core_emulator() as emu:
        emu.add_webhook("http://127.0.0.1:9/unreachable", attempts=2, delay_seconds=0)
        with emu.client() as http:
            http.post("/send", params=SEND)
        assert emu.drain(10)
        record = emu.deliveries[0]
    assert record.outcome == "failed" and len(record.attempts) == 2
    assert all(a.status is None and a.error for a in record.attempts)


def test_order_is_kept_per_instance_even_with_retries() -> None:
    def plan(n: int) -> int:
        return 500 if n in (1, 4) else 200  # the first delivery and a later one need a retry

    with core_emulator() as emu, WebhookSink(statuses=plan) as receiver:
        emu.add_webhook(receiver.url, attempts=3, delay_seconds=0.05)
        with emu.client() as http:
            for i in range(12):
                http.post("/send", params={**SEND, "message": f"m{i}"})
        assert emu.drain(10)
        got = receiver.wait_for(count=14, timeout=10)
    bodies = [r.json["payload"]["body"] for r in got]
    delivered = [b for i, b in enumerate(bodies) if plan(i + 1) == 200]
    assert delivered == [f"m{i}" for i in range(12)]
    first_seen = list(dict.fromkeys(bodies))
    assert first_seen == [f"m{i}" for i in range(12)]


def test_webhooks_never_block_the_api_call() -> None:
    import time

    with core_emulator() as emu, WebhookSink(statuses=lambda n: 500) as receiver:
        emu.add_webhook(receiver.url, attempts=2, delay_seconds=0.5)
        with emu.client() as http:
            started = time.perf_counter()
            assert http.post("/send", params=SEND).status_code == 200
            assert time.perf_counter() - started < 0.4
        assert emu.drain(5)


def test_manual_mode_delivers_on_demand() -> None:
    with core_emulator(webhook_delivery="manual") as emu, WebhookSink() as receiver:
        emu.add_webhook(receiver.url)
        with emu.client() as http:
            http.post("/send", params=SEND)
            http.post("/send", params=SEND)
        assert receiver.deliveries == []
        assert emu.deliver_now() == 2
        assert len(receiver.deliveries) == 2
        assert [r.outcome for r in emu.deliveries] == ["delivered", "delivered"]


def test_webhooks_through_the_control_api(emu: Emulator) -> None:
    import httpx

    local = "http://127.0.0.1"
    with WebhookSink() as receiver, httpx.Client(transport=emu.transport(), base_url=local) as control:
        base = f"/_emulator/instances/{emu.instance_id}/webhooks"
        created = control.post(
            base,
            json={
                "url": receiver.url,
                "events": ["message.any"],
                "hmac": {"key": "abc"},
                "retries": {"attempts": 2, "delaySeconds": 0, "policy": "linear"},
                "customHeaders": [{"name": "X-A", "value": "1"}],
            },
        )
        assert created.status_code == 200, created.text
        hook = created.json()
        assert hook["hmac"] == {"key": "***", "algorithm": "sha512"} and hook["retries"]["policy"] == "linear"
        assert control.get(base).json() == [hook]
        assert control.post(base, json={"url": "ftp://x"}).status_code == 400
        assert control.post("/_emulator/instances/NOPE/webhooks", json={"url": receiver.url}).status_code == 404
        with emu.client() as http:
            http.post("/send", params=SEND)
        journal = control.get("/_emulator/journal/webhooks", params={"drain": "true"}).json()
        assert journal[0]["outcome"] == "delivered" and journal[0]["attempts"][0]["status"] == 200
        assert receiver.deliveries[0].headers["x-a"] == "1"
        assert control.delete(base).json() == {"removed": 1}


def test_retry_policies() -> None:
    assert [RetryPolicy(5, 2, "constant").delay(n) for n in (1, 2, 3)] == [2, 2, 2]
    assert [RetryPolicy(5, 2, "linear").delay(n) for n in (1, 2, 3)] == [2, 4, 6]
    assert [RetryPolicy(5, 2, "exponential").delay(n) for n in (1, 2, 3)] == [2, 4, 8]
    with pytest.raises(ValueError):
        RetryPolicy(0)
    with pytest.raises(ValueError):
        RetryPolicy(3, 1, "fibonacci")


def test_envelope_is_exact_bytes_signed() -> None:
    with core_emulator(webhook_delivery="manual") as emu, WebhookSink() as receiver:
        emu.add_webhook(receiver.url, hmac_key="x")
        with emu.client() as http:
            http.post("/send", params={**SEND, "message": "héllo ✓"})
        emu.deliver_now()
        got = receiver.deliveries[0]
    assert "héllo ✓".encode() in got.body  # UTF-8, not \\u escapes
    assert json.loads(got.body)["payload"]["body"] == "héllo ✓"
    assert got.headers["x-webhook-hmac"] == hmac.new(b"x", got.body, hashlib.sha512).hexdigest()


def test_timestamp_header_is_the_signed_event_time_on_every_copy(emu: Emulator) -> None:
    """WAHA sends the event's own time as X-Webhook-Timestamp; on the in-process clock (2026-01-01) that
    is far from the wall clock, so a header taken from the wall clock would disagree with the signed body."""
    with WebhookSink() as receiver:
        emu.add_webhook(receiver.url, ["message.any"], duplicates={"copies": 2})
        with emu.client() as http:
            http.post("/send", params=SEND)
        emu.world.clock.advance(90)
        with emu.client() as http:
            http.post("/send", params=SEND)
        assert emu.drain(5)
        got = receiver.wait_for(count=4, timeout=10)
    stamps = sorted((int(d.headers["x-webhook-timestamp"]), d.json["timestamp"]) for d in got)
    assert [header for header, _ in stamps] == [body for _, body in stamps]
    assert [header for header, _ in stamps] == [1767225600000] * 2 + [1767225690000] * 2


def test_a_password_in_a_webhook_url_stays_out_of_the_delivery_logs(
    emu: Emulator, caplog: pytest.LogCaptureFixture
) -> None:
    """Failed attempts are logged with their URL; basic-auth credentials in it are masked there."""
    emu.add_webhook("http://user:hook-pw-should-not-show@127.0.0.1:1/h", ["message.any"], attempts=2, delay_seconds=0)
    with caplog.at_level("INFO", logger="wawp_emulator.webhooks"), emu.client() as http:
        http.post("/send", params=SEND)
        assert emu.drain(10)
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "user:***@127.0.0.1:1/h" in logged and "failed after 2 attempts" in logged
    assert "hook-pw-should-not-show" not in logged
