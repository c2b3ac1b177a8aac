"""Control actions of the messages group: what the phone and the other people do (``/_emulator``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from wawp_emulator.control.registry import control_action
from wawp_emulator.ids import Ids
from wawp_emulator.jids import normalize_chat_id

if TYPE_CHECKING:
    from wawp_emulator.world import Instance, World


def _message_json(instance: Instance, message_id: str) -> dict[str, Any]:
    b = instance.backend()
    return b.message_json(b.messages.get(message_id))


@control_action("message.inbound")
def control_inbound(world: World, instance: Instance, body: dict[str, Any]) -> object:
    """Someone writes to the instance: emits ``message`` and ``message.any``; returns the message.

    While the session is not WORKING the message waits on "the server" and arrives (with its
    events) when the session is WORKING again; the answer is then ``{id, queued: true}``.
    """
    b = instance.backend()
    fields: dict[str, Any] = {
        "body": body.get("body"),
        "participant": body.get("participant"),
        "media": body.get("media"),
        "location": body.get("location"),
        "contacts": body.get("contacts") or (),
        "reply_to": body.get("replyTo"),
    }
    if not b.is_working():
        return b.messages.hold_inbound(body["from"], **fields)
    return b.message_json(b.receive(body["from"], **fields))


@control_action("message.reaction", session="WORKING")
def control_reaction(world: World, instance: Instance, body: dict[str, Any]) -> object:
    instance.backend().reaction_from(body["messageId"], body["reaction"], sender=body.get("from"))
    return _message_json(instance, body["messageId"])


@control_action("message.edit", session="WORKING")
def control_edit(world: World, instance: Instance, body: dict[str, Any]) -> object:
    """The other side edits one of its messages: emits ``message.edited``."""
    b = instance.backend()
    target = b.messages.get(body["messageId"])
    b.edit(target.chat_id, target.id, body["body"], by_other_side=True)
    return b.message_json(target)


@control_action("message.revoke", session="WORKING")
def control_revoke(world: World, instance: Instance, body: dict[str, Any]) -> object:
    """The other side deletes one of its messages for everyone: emits ``message.revoked``."""
    b = instance.backend()
    target = b.messages.get(body["messageId"])
    b.delete(target.chat_id, target.id, by_other_side=True)
    return {"revokedMessageId": target.raw_id}


@control_action("message.ack")
def control_ack(world: World, instance: Instance, body: dict[str, Any]) -> object:
    """Force an ack level (e.g. ``ERROR``); stops the automatic progression of that message."""
    b = instance.backend()
    return b.message_json(b.force_ack(body["messageId"], body["ack"]))


@control_action("poll.vote", session="WORKING")
def control_poll_vote(world: World, instance: Instance, body: dict[str, Any]) -> object:
    """A vote on one of the instance's polls.

    Wawp's event list has ``poll.vote.failed`` but not ``poll.vote``, so a successful vote is
    recorded (and returned) without a webhook; ``failed: true`` emits ``poll.vote.failed``.
    """
    b = instance.backend()
    failed = bool(body.get("failed", False))
    payload = b.messages.vote(body["pollId"], body.get("from"), list(body.get("options") or []), b.me(), failed=failed)
    if failed:
        world.emit(instance, "poll.vote.failed", payload)
    return payload


def _call(world: World, instance: Instance, event: str, body: dict[str, Any]) -> object:
    caller = normalize_chat_id(body["from"])
    call_id = body.get("id") or f"{world.rng.getrandbits(128):032X}"
    payload: dict[str, Any] = {
        "id": call_id,
        "from": caller,
        "timestamp": int(world.clock.now()),
        "isVideo": bool(body.get("isVideo", False)),
        "isGroup": bool(body.get("isGroup", False)),
        "_data": {},
    }
    world.emit(instance, event, payload)
    return payload


@control_action("call.received", session="WORKING")
def control_call_received(world: World, instance: Instance, body: dict[str, Any]) -> object:
    """An incoming call rings; pass its ``id`` to ``call.accepted`` / ``call.rejected``."""
    return _call(world, instance, "call.received", body)


@control_action("call.accepted", session="WORKING")
def control_call_accepted(world: World, instance: Instance, body: dict[str, Any]) -> object:
    return _call(world, instance, "call.accepted", body)


@control_action("call.rejected", session="WORKING")
def control_call_rejected(world: World, instance: Instance, body: dict[str, Any]) -> object:
    return _call(world, instance, "call.rejected", body)


@control_action("event.response", session="WORKING")
def control_event_response(world: World, instance: Instance, body: dict[str, Any]) -> object:
    """Someone RSVPs to an Event message: ``event.response`` (or ``event.response.failed``)."""
    b = instance.backend()
    state = b.messages
    sender = normalize_chat_id(body["from"])
    now = world.clock.now()
    raw = state.new_raw_id()
    failed = bool(body.get("failed", False))
    payload: dict[str, Any] = {
        "id": Ids.message_id(False, sender, raw),
        "timestamp": int(now),
        "from": sender,
        "fromMe": False,
        "source": "app",
        "to": b.own_id(),
        "participant": None,
        "eventCreationKey": {"id": body["eventMessageId"], "to": sender, "from": "me", "fromMe": True},
        "eventResponse": None
        if failed
        else {
            "response": body.get("response", "GOING"),
            "timestampMs": int(now * 1000),
            "extraGuestCount": int(body.get("extraGuestCount", 0)),
        },
        "ack": None,
        "ackName": "UNKNOWN",
        "replyTo": None,
        "_data": {},
    }
    world.emit(instance, "event.response.failed" if failed else "event.response", payload)
    return payload


@control_action("engine.event")
def control_engine_event(world: World, instance: Instance, body: dict[str, Any]) -> object:
    """Emit a raw ``engine.event`` (``{event, data}``), for consumers that log engine internals."""
    payload = {"event": body["event"], "data": body.get("data", {})}
    world.emit(instance, "engine.event", payload)
    return payload


@control_action("chat.archive")
def control_chat_archive(world: World, instance: Instance, body: dict[str, Any]) -> object:
    """The chat is (un)archived on the phone: emits ``chat.archive``."""
    b = instance.backend()
    chat = b.archive_chat(b.chat(body["chatId"]).id, bool(body.get("archived", True)))
    return b.chat_json(chat)


@control_action("presence.update")
def control_presence_update(world: World, instance: Instance, body: dict[str, Any]) -> object:
    """A contact comes online, types, records, pauses or leaves: emits ``presence.update``."""
    return instance.backend().presence_update(
        body["chatId"], body["presence"], participant=body.get("participant"), last_seen=body.get("lastSeen")
    )
