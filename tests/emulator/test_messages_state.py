"""Messages and chats at state level: ids, acks on a manual clock, filters, edits, revokes, events."""

from __future__ import annotations

import re

import pytest
from _sessions_world import make_world, names, payloads
from wawp_emulator.backend import Backend
from wawp_emulator.errors import StateError
from wawp_emulator.state.chats import ChatsState
from wawp_emulator.state.presence import PresenceState
from wawp_emulator.state.profile import ProfileState
from wawp_emulator.state.sessions import SessionState
from wawp_emulator.world import World

ID = re.compile(r"^(true|false)_(\d+@c\.us|\d+@g\.us|status@broadcast)_3EB0[0-9A-F]{16}(_\d+@c\.us)?$")
REGISTERED = "201112223334"  # even last digit: on WhatsApp under the contacts rule
UNREGISTERED = "201112223335"


def _world() -> tuple[World, Backend]:
    world, instance = make_world()
    return world, instance.backend()


def _acks(world: World, message_id: str) -> list[str]:
    return [p["ackName"] for p in payloads(world, "message.ack") if p["id"] == message_id]


def test_send_text_shape_and_events() -> None:
    world, b = _world()
    sent = b.send(REGISTERED, type="chat", body="Hello")
    assert ID.match(sent.id) and sent.chat_id == f"{REGISTERED}@c.us"
    body = b.message_json(sent)
    assert body["fromMe"] is True and body["source"] == "api" and body["ack"] == 0 and body["ackName"] == "PENDING"
    assert body["from"] == f"{REGISTERED}@c.us" and body["to"] is None  # GOWS: the chat, no recipient
    assert body["timestamp"] == int(world.clock.now())
    assert body["_data"]["Info"]["ID"] == sent.raw_id  # GOWS' whatsmeow message, the default engine
    assert names(world) == ["message.any"]


def test_ack_progression_schedule() -> None:
    world, b = _world()
    sent = b.send(REGISTERED, type="chat", body="x")
    world.advance(0.99)
    assert sent.ack == 0
    world.advance(0.01)
    assert sent.ack == 1
    world.advance(2)
    assert sent.ack == 2
    world.advance(5)
    assert sent.ack == 3
    world.advance(100)
    # GOWS (the default engine) sends receipts only: SERVER is the echo's level, never an ack event
    assert _acks(world, sent.id) == ["DEVICE", "READ"]  # no PLAYED for text


def test_voice_notes_reach_played_and_unregistered_numbers_stay_at_server() -> None:
    world, b = _world()
    voice = b.send(
        REGISTERED, type="ptt", body=None, media={"url": "https://x/a.ogg", "mimetype": "audio/ogg"}, is_note=True
    )
    lost = b.send(UNREGISTERED, type="chat", body="anyone?")
    world.advance(60)
    assert _acks(world, voice.id) == ["DEVICE", "READ", "PLAYED"]
    assert lost.ack == 1 and _acks(world, lost.id) == []  # no receipt ever comes back


def test_acks_wait_while_the_session_is_down() -> None:
    world, b = _world()
    session = b.instance.state(SessionState)
    sent = b.send(REGISTERED, type="chat", body="x")
    b.apply(session.stop())
    world.advance(60)
    assert sent.ack == 0
    b.apply(session.start())
    world.advance(2)  # reconnects
    world.advance(1)
    assert sent.ack == 1
    world.advance(60)
    assert sent.ack == 3


def test_force_ack_stops_the_automatic_progression() -> None:
    world, b = _world()
    sent = b.send(REGISTERED, type="chat", body="x")
    b.force_ack(sent.id, "ERROR")
    world.advance(60)
    assert _acks(world, sent.id) == ["ERROR"] and sent.ack == -1
    with pytest.raises(StateError):
        b.force_ack(sent.id, "NOPE")


def test_inbound_message_creates_chat_and_unread() -> None:
    world, b = _world()
    chats = b.instance.state(ChatsState)
    received = b.receive(REGISTERED, body="Hi there")
    assert received.id.startswith(f"false_{REGISTERED}@c.us_3EB0")
    assert names(world) == ["message", "message.any"]
    payload = world.events[0]["payload"]
    assert payload["from"] == f"{REGISTERED}@c.us" and payload["to"] is None and not payload["fromMe"]
    chat = chats.get(REGISTERED)
    assert b.unread_count(chat) == 1
    assert b.messages.mark_read(chat.id, messages=None, days=None) == [received.id]
    assert b.unread_count(chat) == 0
    chats.mark_unread(chat.id)
    assert b.unread_count(chat) == -1


def test_inbound_group_message_carries_participant() -> None:
    _, b = _world()
    with pytest.raises(StateError):
        b.receive("120363012345678901@g.us", body="hi")
    got = b.receive("120363012345678901@g.us", body="hi", participant="201111111110")
    assert got.id.endswith("_201111111110@c.us") and got.participant == "201111111110@c.us"
    body = b.message_json(got)
    assert body["participant"] == body["to"] == "201111111110@c.us" and body["from"] == "120363012345678901@g.us"


def test_list_filters_sorting_and_pagination() -> None:
    world, b = _world()
    cid = f"{REGISTERED}@c.us"
    sent = []
    for i in range(5):
        sent.append(b.send(REGISTERED, type="chat", body=f"m{i}"))
        world.advance(10)
    incoming = b.receive(REGISTERED, body="in")
    t0 = sent[0].timestamp
    newest_first = b.messages.query(cid, limit=None)
    assert [m.body for m in newest_first] == ["in", "m4", "m3", "m2", "m1", "m0"]
    assert [m.body for m in b.messages.query(cid, limit=2, offset=1)] == ["m4", "m3"]
    assert [m.body for m in b.messages.query(cid, limit=None, sort_order="asc")][:2] == ["m0", "m1"]
    window = b.messages.query(cid, limit=None, ts_gte=t0 + 10, ts_lte=t0 + 30, sort_order="asc")
    assert [m.body for m in window] == ["m1", "m2", "m3"]  # inclusive bounds
    assert b.messages.query(cid, limit=None, from_me=False) == [incoming]
    assert len(b.messages.query(cid, limit=None, ack=3)) == 5  # all five were READ (8 s each)


def test_reaction_star_pin_edit() -> None:
    world, b = _world()
    sent = b.send(REGISTERED, type="chat", body="old")
    world.events.clear()
    b.react(None, sent.id, "👍")
    assert sent.reactions == {b.own_id(): "👍"}
    event = world.events[-1]
    assert event["event"] == "message.reaction" and event["payload"]["reaction"] == {"text": "👍", "messageId": sent.id}
    b.react(sent.chat_id, sent.id, "")
    assert sent.reactions == {}
    b.messages.star(sent.chat_id, sent.id, True)
    assert sent.starred
    b.messages.pin(sent.chat_id, sent.id, 604800)
    assert sent.pinned_until == int(world.clock.now()) + 604800
    b.messages.unpin(sent.chat_id, sent.id)
    assert b.messages.get(sent.id).pinned_until is None
    b.edit(sent.chat_id, sent.id, "new")
    edited = world.events[-1]
    assert edited["event"] == "message.edited" and edited["payload"]["body"] == "new"
    assert edited["payload"]["editedMessageId"] == sent.raw_id and edited["payload"]["id"] != sent.id
    assert b.messages.get(sent.id).body == "new"
    incoming = b.receive(REGISTERED, body="theirs")
    with pytest.raises(StateError):
        b.edit(sent.chat_id, incoming.id, "mine now")
    b.edit(sent.chat_id, incoming.id, "theirs, fixed", by_other_side=True)
    assert incoming.body == "theirs, fixed"


def test_delete_revokes_and_later_reads_404() -> None:
    world, b = _world()
    sent = b.send(REGISTERED, type="chat", body="oops")
    b.delete(sent.chat_id, sent.id)
    revoked = world.events[-1]
    assert revoked["event"] == "message.revoked" and revoked["payload"]["revokedMessageId"] == sent.raw_id
    assert revoked["payload"]["after"]["id"] != sent.id
    with pytest.raises(StateError) as caught:
        b.messages.get(sent.id, sent.chat_id)
    assert (caught.value.status, caught.value.code) == (404, "message_not_found")
    world.advance(60)
    assert _acks(world, sent.id) == []  # a deleted message gets no more acks


def test_replies_poll_votes_and_vcards() -> None:
    _, b = _world()
    incoming = b.receive(REGISTERED, body="question?")
    reply = b.send(REGISTERED, type="chat", body="answer", reply_to=incoming.id)
    assert b.message_json(reply)["replyTo"] == {
        "id": incoming.raw_id,
        "participant": incoming.chat_id,
        "body": "question?",
    }
    poll = b.send(
        REGISTERED,
        type="poll_creation",
        body="Lunch?",
        poll={"name": "Lunch?", "options": ["Pizza", "Sushi"], "selectableCount": 1},
    )
    vote = b.messages.vote(poll.id, None, ["Sushi"])
    assert (vote.poll, vote.voter, vote.options, vote.failed) == (poll, f"{REGISTERED}@c.us", ("Sushi",), False)
    assert poll.votes == {f"{REGISTERED}@c.us": ["Sushi"]}
    failed = b.messages.vote(poll.id, None, ["Pizza"], failed=True)
    assert failed.options == () and failed.failed and failed.raw_id != vote.raw_id
    assert poll.votes == {f"{REGISTERED}@c.us": ["Sushi"]}  # an undecryptable vote changes nothing
    with pytest.raises(StateError):
        b.messages.vote(poll.id, None, ["Pizza", "Sushi"])
    card = b.send(REGISTERED, type="vcard", body=None, contacts=[{"fullName": "Jo", "phoneNumber": "+1 555"}])
    assert card.vcards[0].startswith("BEGIN:VCARD") and "FN:Jo" in card.vcards[0]


def test_chats_list_overview_archive_delete() -> None:
    world, b = _world()
    b.send("201000000002", type="chat", body="a")
    world.advance(5)
    b.receive("201000000004", body="b")
    assert [c.id for c in b.list_chats()] == ["201000000004@c.us", "201000000002@c.us"]
    assert [c.id for c in b.list_chats(sort_by="id", sort_order="ASC")] == [
        "201000000002@c.us",
        "201000000004@c.us",
    ]
    assert [c.id for c in b.list_chats(limit=1, offset=1)] == ["201000000002@c.us"]
    overview = [b.chat_summary(c) for c in b.chats_overview(ids=["201000000002"])]
    assert len(overview) == 1 and overview[0]["lastMessage"]["body"] == "a"
    world.events.clear()
    b.archive_chat("201000000002", True)
    b.archive_chat("201000000002", True)
    assert names(world) == ["chat.archive"]
    assert world.events[0]["payload"] == {
        "id": "201000000002@c.us",
        "archived": True,
        "timestamp": int(world.clock.now()),
    }
    b.delete_chat("201000000002@c.us")
    with pytest.raises(StateError) as caught:
        b.chat("201000000002@c.us")
    assert caught.value.code == "chat_not_found"
    assert b.messages.in_chat("201000000002@c.us") == []


def test_presence_profile_and_statuses() -> None:
    world, b = _world()
    instance = b.instance
    presence = instance.state(PresenceState)
    assert presence.get(REGISTERED)["presences"][0]["lastKnownPresence"] == "offline"
    b.presence_update(REGISTERED, "composing")
    assert world.events[-1]["event"] == "presence.update"
    assert presence.get(REGISTERED)["presences"][0]["lastKnownPresence"] == "typing"
    with pytest.raises(StateError, match="Invalid presence 'composing'"):
        presence.set_own("composing", REGISTERED)  # (the engines' name is only for others' presence)
    with pytest.raises(StateError, match="not a chat id"):
        presence.set_own("typing", "x@nowhere")
    assert presence.set_own("typing", REGISTERED) == "typing"

    profile, account = instance.state(ProfileState), b.profile_account()
    profile.set_name(account, "New Name")
    assert instance.state(SessionState).me_json()["pushName"] == "New Name"  # type: ignore[index]
    assert profile.get(account)["picture"] is None
    url = profile.set_picture(account, {"url": "https://x/p.jpg", "mimetype": "image/jpeg"})
    assert profile.get(account)["picture"] == url
    profile.delete_picture(account)
    assert profile.get(account)["picture"] is None

    posted = b.status_text("Hi all", background_color="#38b42f", font=1)
    assert posted.chat_id == "status@broadcast" and ID.match(posted.id)
    revoke = b.status_delete(posted.raw_id)
    assert (revoke.type, revoke.target) == ("revoke", posted.id)
    with pytest.raises(StateError) as caught:
        b.status_delete(posted.id)
    assert caught.value.status == 404
    old = b.status_media("image", {"url": "https://x/i.jpg", "mimetype": "image/jpeg"}, caption="pic")
    world.advance(24 * 3600)
    with pytest.raises(StateError):
        b.status_delete(old.id)
    assert instance.state(ChatsState).visible() == []  # status@broadcast is not listed


def test_two_emulated_phones_chat_with_each_other() -> None:
    world, alice = _world()
    account = next(iter(world.accounts.values()))
    bob_instance = world.create_instance(account, instance_id="B0B0B0B0B0B0")
    bob = bob_instance.backend()
    assert alice.own_id() != bob.own_id()
    sent = alice.send(bob.own_id(), type="chat", body="Hi Bob")
    world.advance(1)
    assert bob.messages.in_chat(alice.own_id()) == []  # not yet delivered (SERVER)
    world.advance(2)
    [received] = bob.messages.in_chat(alice.own_id())
    assert received.id == f"false_{alice.own_id()}_{sent.raw_id}" and received.body == "Hi Bob"
    delivered = [e for e in world.events if e["event"] == "message" and e["instance_id"] == "B0B0B0B0B0B0"]
    assert delivered and delivered[0]["payload"]["from"] == alice.own_id()


def test_inbound_messages_wait_for_the_session() -> None:
    world, b = _world()
    session = b.instance.state(SessionState)
    b.apply(session.stop())
    held = b.messages.hold_inbound(REGISTERED, body="while you were away")
    assert held["queued"] is True and names(world)[-1] == "session.status"
    b.apply(session.start())
    world.advance(2)
    [arrived] = b.messages.in_chat(f"{REGISTERED}@c.us")
    assert arrived.id == held["id"] and arrived.body == "while you were away"
    assert names(world)[-2:] == ["message", "message.any"]
