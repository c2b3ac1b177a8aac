"""Every webhook event of the spec the engine sends (GOWS and WEBJS send ``message.ack.group``, GOWS alone
answers to events, WEBJS no ``poll.vote.failed``), delivered by the
emulator to a real HTTP receiver on 127.0.0.1, verified and parsed.

The events are caused the way they happen in real life: API calls made with the generated client
(sends, labels, leaving a group, stopping the session) and control actions for what the phone and
the other people do (inbound messages, reactions, edits, revokes, calls, presence, group changes...).
Every delivery is checked with ``wawp_client.webhooks.verify`` (HMAC-SHA512 of the raw body plus the
timestamp) and parsed with ``wawp_client.webhooks.parse`` into the model of its event, tolerantly and strictly
(what the emulator sends fits the spec, on every engine profile).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
import wawp_client
from e2e_support import (
    OTHER,
    PEER,
    PEER_CHAT,
    SEED,
    created,
    load_spec,
    webhook_event_names,
)
from wawp_client import models, webhooks
from wawp_emulator.emulator import Emulator
from wawp_emulator.testing import ReceivedWebhook, WebhookSink, make_client

SECRET = "whsec-e2e-5f0c1d2b9a"
SPEC_EVENTS = webhook_event_names(load_spec())
ENGINE_ONLY = {
    "message.ack.group": {"GOWS", "WEBJS"},
    "event.response": {"GOWS"},
    "event.response.failed": {"GOWS"},
    "poll.vote.failed": {"GOWS", "NOWEB"},
}
"""Events only some engines' public cores send: the event and those engines."""


def engine_sends(emulator: Emulator, event: str) -> bool:
    return emulator.engine in ENGINE_ONLY.get(event, {emulator.engine})


@pytest.fixture
def wawp_emulator_options() -> dict[str, Any]:
    """Webhooks go out at once, from the emulator's delivery thread."""
    return {"seed": SEED, "webhook_delivery": "background"}


@pytest.fixture
def delivered(emulator: Emulator, retry_sleeps: list[float]) -> Iterator[list[ReceivedWebhook]]:
    """Cause every event once, and return what the receiver got (after the emulator drained its queue)."""
    with WebhookSink(secret=SECRET, tolerance=None) as receiver:
        emulator.add_webhook(receiver.url, ["*"], hmac_key=SECRET, attempts=2, delay_seconds=0.01)
        with make_client(emulator) as client:
            cause_every_event(client, emulator)
        assert emulator.drain(timeout=10), "the emulator did not finish its webhook deliveries"
        expected = len(emulator.deliveries)
        got = receiver.wait_for(count=expected, timeout=5)
        assert len(got) == expected
        assert all(record.outcome == "delivered" for record in emulator.deliveries)
        assert all(received.verified for received in got), [r.signature_error for r in got if not r.verified]
        yield got


def cause_every_event(client: wawp_client.Wawp, emulator: Emulator) -> None:
    act = emulator.act
    # session.status: the session is stopped and started again (WORKING after the starting delay)
    assert client.sessions.stop().status == "STOPPED"
    client.sessions.start()
    emulator.advance(3)
    assert client.sessions.info().status == "WORKING"

    # message, message.any, message.ack, message.reaction, message.edited, message.revoked
    sent = client.messages.send_text(chat_id=PEER, message="Your order shipped")
    emulator.advance(10)  # SERVER, DEVICE, READ acks
    act(None, "message.reaction", messageId=sent.id, reaction="🎉", **{"from": PEER})
    inbound = act(None, "message.inbound", **{"from": PEER, "body": "where is it now?"})
    act(None, "message.edit", messageId=inbound["id"], body="where is my parcel now?")
    act(None, "message.revoke", messageId=inbound["id"])

    # poll.vote.failed: a vote on our poll that cannot be decrypted
    poll = client.messages.send_poll(
        body=models.SendPollBody(chat_id=PEER_CHAT, poll=models.SendPollBodyPoll(name="Rate us", options=["👍", "👎"]))
    )
    if engine_sends(emulator, "poll.vote.failed"):
        act(None, "poll.vote", pollId=poll.id, failed=True, **{"from": PEER})

    # event.response and event.response.failed: RSVPs to an event message
    if engine_sends(emulator, "event.response"):
        act(None, "event.response", eventMessageId=sent.id, response="GOING", **{"from": PEER})
        act(None, "event.response", eventMessageId=sent.id, failed=True, **{"from": OTHER})

    # group.v2.join / participants / update / leave
    remote = act(None, "group.create_remote", subject="Neighbours", participants=[OTHER], addMe=True)
    act(None, "group.participants_change", groupId=remote["id"], action="add", participants=["201555555554"])
    act(None, "group.update", groupId=remote["id"], subject="Neighbours 🏡")
    client.messages.send_text(chat_id=remote["id"], message="Hello neighbours")  # GOWS, WEBJS: message.ack.group
    emulator.advance(10)
    assert client.groups.leave(id=remote["id"]) is None  # an empty answer

    # presence.update, calls, chat.archive, engine.event
    act(None, "presence.update", chatId=PEER_CHAT, presence="typing")
    call = act(None, "call.received", isVideo=True, **{"from": OTHER})
    act(None, "call.rejected", id=call["id"], **{"from": OTHER})
    act(None, "call.accepted", **{"from": PEER})
    act(None, "chat.archive", chatId=PEER_CHAT)  # (on the phone: GOWS refuses the API's archive)
    act(None, "engine.event", event="connection.update", data={"state": "open"})

    # label.upsert, label.chat.added, label.chat.deleted, label.deleted
    label = client.labels.create(body=models.LabelRequest(name="VIP", color_hex="#ff9485"))
    client.labels.set_for_chat(chat_id=PEER_CHAT, body=models.ChatLabelsSetBody(labels=[models.LabelRef(id=label.id)]))
    client.labels.set_for_chat(chat_id=PEER_CHAT, body=models.ChatLabelsSetBody(labels=[]))
    assert client.labels.delete(label_id=label.id).result is True


def test_every_webhook_event_is_delivered_verified_and_parsed(
    delivered: list[ReceivedWebhook], emulator: Emulator, capsys: pytest.CaptureFixture[str]
) -> None:
    assert set(webhooks.EVENT_MODELS) == SPEC_EVENTS
    sent = {event for event in SPEC_EVENTS if engine_sends(emulator, event)}
    verified: set[str] = set()
    for received in delivered:
        webhooks.verify(received.body, received.headers, SECRET, now=created(received))
        event = webhooks.parse(received.body)
        assert not isinstance(event, webhooks.UnknownEvent), (received.event, json.loads(received.body))
        assert type(event) is webhooks.EVENT_MODELS[received.event] and event.event == received.event
        assert webhooks.parse(received.body, strict=True) == event  # what the emulator sends fits the spec
        assert event.session and event.id
        assert received.headers["Content-Type"].startswith("application/json")
        verified.add(received.event)
    assert len({r.headers["X-Webhook-Request-Id"] for r in delivered}) == len(delivered)
    with capsys.disabled():
        print(f"\nwebhook events verified {len(verified & sent)}/{len(sent)} ({emulator.engine})")
    assert sorted(sent - verified) == []
    assert verified <= sent


def test_webhook_payloads_carry_what_caused_them(delivered: list[ReceivedWebhook]) -> None:
    by_event: dict[str, list[Any]] = {}
    for received in delivered:
        event = webhooks.unwrap(received.body, received.headers, SECRET, now=created(received))
        by_event.setdefault(received.event, []).append(event)
    assert [e.payload.body for e in by_event["message"]] == ["where is it now?"]
    assert {e.payload.from_me for e in by_event["message.any"]} == {True, False}
    assert [e.payload.ack_name for e in by_event["message.ack"]][-1] == "READ"
    statuses = [e.payload.status for e in by_event["session.status"]]
    assert statuses[0] == "STOPPED" and statuses[-1] == "WORKING"
    group_id = by_event["group.v2.join"][0].payload.group.id
    assert group_id.endswith("@g.us")
    assert [e.payload.group.id for e in by_event["group.v2.update"]] == [group_id]
    changes = by_event["group.v2.participants"]
    # WAHA reports "added by an admin" as type "join" (the instance's own join comes first)
    assert [(e.payload.type_, [p.id for p in e.payload.participants]) for e in changes][-1] == (
        "join",
        ["201555555554@c.us"],
    )
    assert [e.payload.group.id for e in by_event["group.v2.leave"]] == [group_id]
    assert [e.payload.name for e in by_event["label.upsert"]] == ["VIP"]
    assert [e.payload.id for e in by_event["presence.update"]] == [PEER_CHAT]
    assert len(by_event["call.received"]) == len(by_event["call.rejected"]) == len(by_event["call.accepted"]) == 1


def test_a_tampered_or_wrongly_signed_webhook_is_rejected(delivered: list[ReceivedWebhook]) -> None:
    received = next(r for r in delivered if r.event == "message")
    webhooks.verify(received.body, received.headers, SECRET, now=created(received))
    tampered = received.body.replace(b"where is it now?", b"send it to me!!!")
    assert tampered != received.body
    with pytest.raises(wawp_client.WebhookVerificationError):
        webhooks.verify(tampered, received.headers, SECRET, now=created(received))
    with pytest.raises(wawp_client.WebhookVerificationError):
        webhooks.verify(received.body, received.headers, "not-the-secret", now=created(received))
    unsigned = {k: v for k, v in received.headers.items() if k.lower() != "x-webhook-hmac"}
    with pytest.raises(wawp_client.WebhookVerificationError):
        webhooks.verify(received.body, unsigned, SECRET, now=created(received))
    with pytest.raises(wawp_client.WebhookVerificationError, match="tolerance"):  # the signed time, not the header's
        webhooks.verify(received.body, received.headers, SECRET, now=created(received) + 3600)
