"""Control actions of the messages group: what the phone and the other people do (``/_emulator``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from wawp_emulator.control.registry import control_action
from wawp_emulator.engines import render
from wawp_emulator.engines.base import Rsvp
from wawp_emulator.errors import StateError
from wawp_emulator.jids import bare_message_id, normalize_chat_id, normalize_participant_id

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


def _not_reported(instance: Instance, event: str) -> StateError:
    """What a control action answers when the instance's engine reports no such event."""
    return StateError(422, "not_reported_by_engine", f"The {instance.engine} engine reports no {event} event")


@control_action("poll.vote", session="WORKING")
def control_poll_vote(world: World, instance: Instance, body: dict[str, Any]) -> object:
    """A vote on one of the instance's polls, answered with the payload the instance's engine gives it.

    Wawp's event list has ``poll.vote.failed`` but not ``poll.vote``, so a successful vote is
    recorded (and returned) without a webhook; ``failed: true`` emits ``poll.vote.failed`` on the engines
    that report it (GOWS, NOWEB) and is refused (422) on WEBJS, which reports none.
    """
    failed = bool(body.get("failed", False))
    if failed and instance.engine == "WEBJS":
        raise _not_reported(instance, "poll.vote.failed")
    state = instance.backend().messages
    ballot = state.vote(body["pollId"], body.get("from"), list(body.get("options") or []), failed=failed)
    rendered = render.poll_vote_event(instance, ballot)
    if rendered is None:
        raise _not_reported(instance, "poll.vote")
    event, payload = rendered
    if event == "poll.vote.failed":
        world.emit(instance, event, payload)
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
    """Someone answers one of the instance's Event messages: ``event.response`` (``event.response.failed``
    with ``failed``) as GOWS reports it; refused (422) on WEBJS and NOWEB, whose public cores report none.

    ``from`` is the responder's chat, or a group with ``participant`` the responder in it.
    """
    chat = normalize_chat_id(body["from"])
    member = body.get("participant")
    if chat.endswith("@g.us") and not member:
        raise StateError(400, "participant_required", "An answer in a group needs the participant who answers")
    rsvp = Rsvp(
        chat=chat,
        responder=normalize_participant_id(member) if chat.endswith("@g.us") and member else chat,
        event_raw_id=bare_message_id(body["eventMessageId"]),
        raw_id=instance.backend().messages.new_raw_id(),
        response=None if body.get("failed", False) else str(body.get("response", "GOING")),
        extra_guests=int(body.get("extraGuestCount", 0)),
        at=world.clock.now(),
    )
    rendered = render.event_response_event(instance, rsvp)
    if rendered is None:
        raise _not_reported(instance, "event.response")
    event, payload = rendered
    world.emit(instance, event, payload)
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
