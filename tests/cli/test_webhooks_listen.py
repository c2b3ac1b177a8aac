"""``wawp webhooks listen``: signed deliveries from the emulator are verified, printed and forwarded; bad ones refused.

The listener runs in the test's thread (bounded by ``--max-events`` or ``--exit-on-bad-signature``); the
``on_listening`` hook starts the deliveries once it accepts them, on 127.0.0.1 only.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import threading

import httpx
from cli_support import Wawp
from wawp_emulator.emulator import Emulator
from wawp_emulator.testing import WebhookSink

SECRET = "listen-secret"


def test_listen_prints_the_typed_event_of_a_signed_delivery_and_forwards_it(wawp: Wawp, emulator: Emulator) -> None:
    with WebhookSink(secret=SECRET, now=emulator.world.clock.now) as forwarded:

        def deliver(url: str) -> None:
            emulator.add_webhook(url, ["message"], hmac_key=SECRET)
            emulator.people.send_message(from_="201112223334", body="hi from the phone")

        wawp.on_listening = deliver
        result = wawp(
            "webhooks", "listen", "--port", "0", "--secret", SECRET, "--max-events", "1", "--forward", forwarded.url
        )
        (copy,) = forwarded.wait_for("message")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("message MessageEvent ") and "body='hi from the phone'" in result.stdout
    assert "listening on http://127.0.0.1:" in result.stderr and "forwarded to" in result.stderr
    assert copy.verified and copy.json["payload"]["body"] == "hi from the phone"


def test_listen_json_prints_one_event_a_line(wawp: Wawp, emulator: Emulator) -> None:
    def deliver(url: str) -> None:
        emulator.add_webhook(url, ["session.status"], hmac_key=SECRET)
        emulator.phone.log_out()

    wawp.on_listening = deliver
    result = wawp("--json", "webhooks", "listen", "--port", "0", "--secret", SECRET, "--max-events", "1")
    assert result.exit_code == 0, result.output
    event = json.loads(result.stdout)
    assert event["event"] == "session.status" and event["payload"]["status"] == "FAILED"


def test_a_bad_signature_is_refused_and_can_end_the_listener_with_exit_5(wawp: Wawp) -> None:
    answers: list[int] = []
    senders: list[threading.Thread] = []

    def post_forged(url: str) -> None:
        def send() -> None:
            body = b'{"event": "message", "payload": {"body": "forged"}}'
            answers.append(httpx.post(url, content=body, headers={"X-Webhook-Hmac": "00" * 64}, timeout=5).status_code)

        senders.append(threading.Thread(target=send))
        senders[0].start()

    wawp.on_listening = post_forged
    result = wawp("webhooks", "listen", "--port", "0", "--secret", SECRET, "--exit-on-bad-signature")
    senders[0].join(timeout=5)
    assert result.exit_code == 5
    assert answers == [401]
    assert "rejected a delivery: Webhook signature does not match" in result.stderr
    assert "forged" not in result.stdout


def test_a_drifted_event_and_a_json_array_are_printed_not_refused(wawp: Wawp) -> None:
    """Signed deliveries the spec does not describe: a ``message`` whose payload lost required fields stays a
    ``MessageEvent``; an event name the spec does not list is an ``UnknownEvent``. Neither is refused or
    crashes. (Both carry the signed ``timestamp`` every envelope has: without it verification refuses.)"""
    answers: list[int] = []
    senders: list[threading.Thread] = []
    made = b'{"timestamp": %d, ' % (wawp.emulator.world.clock.now() * 1000)
    bodies = [made + b'"event": "message", "payload": {"body": "drifted", "brandNew": 1}}', made + b'"event": "new"}']

    def post_signed(url: str) -> None:
        def send() -> None:
            for body in bodies:
                headers = {
                    "X-Webhook-Hmac": hmac.new(SECRET.encode(), body, hashlib.sha512).hexdigest(),
                    "X-Webhook-Timestamp": str(int(wawp.emulator.world.clock.now() * 1000)),  # the listener's clock
                }
                answers.append(httpx.post(url, content=body, headers=headers, timeout=5).status_code)

        senders.append(threading.Thread(target=send))
        senders[0].start()

    wawp.on_listening = post_signed
    result = wawp("webhooks", "listen", "--port", "0", "--secret", SECRET, "--max-events", "2")
    senders[0].join(timeout=5)
    assert result.exit_code == 0, result.output
    assert answers == [200, 200]
    drifted, array = result.stdout.splitlines()
    assert drifted == "message MessageEvent body='drifted'"
    assert array.startswith("new UnknownEvent")
