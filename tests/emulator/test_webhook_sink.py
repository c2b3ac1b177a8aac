"""``WebhookSink``: recording, signature checks (SDK verifier and fallback), status sequences, bounded waits."""

from __future__ import annotations

import sys
import time

import httpx
import pytest
from wawp_emulator.emulator import Emulator
from wawp_emulator.testing import WebhookSink
from wawp_emulator.webhooks import sign

BODY = b'{"id":"evt_1","event":"message","payload":{}}'


def _post(sink: WebhookSink, body: bytes = BODY, headers: dict[str, str] | None = None) -> int:
    return httpx.post(sink.url, content=body, headers=headers).status_code


@pytest.mark.parametrize("sdk", [True, False], ids=["wawp_client", "fallback"])
def test_good_tampered_and_unsigned_signatures(sdk: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    if not sdk:
        monkeypatch.setitem(sys.modules, "wawp_client", None)  # "not installed": the import raises ImportError
    body = BODY.replace(b"{", b'{"timestamp":%d,' % int(time.time() * 1000), 1)
    stale_body = BODY.replace(b"{", b'{"timestamp":1000,', 1)
    stamp = {"X-Webhook-Timestamp": str(int(time.time() * 1000))}
    good = {"X-Webhook-Hmac": sign(body, "k", "sha256"), "X-Webhook-Hmac-Algorithm": "sha256", **stamp}
    with WebhookSink(secret="k") as sink:
        assert _post(sink, body, good) == 200
        _post(sink, body.replace(b"message", b"massage"), good)
        _post(sink, body, stamp)
        _post(sink, b"not json", {**good, "X-Webhook-Hmac-Algorithm": "md5"})
        _post(sink, stale_body, {**good, "X-Webhook-Hmac": sign(stale_body, "k", "sha256")})
    ok, tampered, unsigned, odd, stale = sink.deliveries
    assert ok.verified is True and ok.signature_error is None and ok.event == "message" and ok.body == body
    assert tampered.verified is False and "does not match" in str(tampered.signature_error)
    assert unsigned.verified is False and "Missing X-Webhook-Hmac" in str(unsigned.signature_error)
    assert odd.verified is False and "md5" in str(odd.signature_error) and odd.json is None and odd.event is None
    assert stale.verified is not sdk  # only the SDK's verifier checks the timestamp
    assert sink.events("massage") == [tampered.json] and sink.events()[2:4] == [unsigned.json, None]


def test_without_a_secret_nothing_is_checked() -> None:
    with WebhookSink() as sink:
        _post(sink)
    (got,) = sink.deliveries
    assert got.verified is None and got.signature_error is None and got.status == 200 and got.path == "/webhook"


def test_a_500_then_200_gives_two_attempts_in_the_delivery_journal(emulator: Emulator) -> None:
    with WebhookSink(secret="s", statuses=[500, 200], now=emulator.world.clock.now) as sink:
        emulator.add_webhook(sink.url, ["message"], hmac_key="s", attempts=3, delay_seconds=0)
        emulator.people.send_message(from_="201112223334", body="retry me")
        first, second = sink.wait_for("message", count=2)
        assert emulator.drain(5)
    assert (first.status, second.status) == (500, 200) and first.body == second.body
    assert first.headers["X-Webhook-Request-Id"] == second.headers["X-Webhook-Request-Id"]
    assert first.verified and second.verified
    (record,) = emulator.deliveries
    assert record.outcome == "delivered" and [a.status for a in record.attempts] == [500, 200]


def test_wait_for_times_out_with_what_arrived() -> None:
    with WebhookSink() as sink:
        _post(sink)
        started = time.monotonic()
        with pytest.raises(TimeoutError, match=r"2 'message' webhook\(s\); received 1: \['message'\]"):
            sink.wait_for("message", count=2, timeout=0.2)
        assert 0.2 <= time.monotonic() - started < 2
        assert sink.wait_for("message", timeout=0) == sink.deliveries


def test_statuses_by_request_number_paths_and_arrival_times() -> None:
    with WebhookSink(statuses=lambda n: 503 if n % 2 else 204) as sink:
        before = time.monotonic()
        answered = [httpx.post(sink.url.replace("/webhook", f"/hook/{i}"), content=BODY).status_code for i in range(4)]
        got = sink.wait_for(count=4, timeout=0)  # any event
    assert answered == [503, 204, 503, 204] == [d.status for d in got]
    assert [d.path for d in got] == ["/hook/0", "/hook/1", "/hook/2", "/hook/3"]
    times = [d.received_at for d in got]
    assert before <= times[0] <= times[1] <= times[2] <= times[3] <= time.monotonic()
    with pytest.raises(TimeoutError, match=r"waited 0s for 5 webhook\(s\); received 4"):
        sink.wait_for(count=5, timeout=0)


def test_a_signed_body_without_a_timestamp_is_refused_by_the_sdk_check() -> None:
    """The SDK's verifier dates an event by its signed timestamp only; the sink reports the refusal."""
    stamp = {"X-Webhook-Timestamp": str(int(time.time() * 1000))}
    with WebhookSink(secret="k") as sink:
        _post(sink, BODY, {"X-Webhook-Hmac": sign(BODY, "k", "sha512"), **stamp})
    (got,) = sink.deliveries
    assert got.verified is False and "no signed integer 'timestamp'" in str(got.signature_error)
