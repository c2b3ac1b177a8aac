"""What ``from``, ``to``, ``participant`` and message ids mean on each engine, in reads and in webhooks alike,
and that every operation taking a message id finds the message by each form of id the engine hands out."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from _engines import ENGINE_NAMES, group_id, sent_id
from _sessions_world import events, ok, open_emulator
from wawp_emulator.emulator import Emulator

OTHER = "201222222222"  # on WhatsApp (even last digit)
OTHER_CHAT = f"{OTHER}@c.us"
ADDRESSING = ("id", "from", "to", "participant", "fromMe")


def _addressing(body: dict[str, Any]) -> dict[str, Any]:
    return {key: body.get(key, "<absent>") for key in ADDRESSING}


def _group(http: httpx.Client) -> str:
    return group_id(ok(http.post("/groups", json={"name": "Team", "participants": [{"id": OTHER}]})))


def _read(http: httpx.Client, chat: str, message_id: str) -> dict[str, Any]:
    body: dict[str, Any] = ok(http.get("/message", params={"chatId": chat, "messageId": message_id}))
    return body


def _me(http: httpx.Client) -> str:
    return str(ok(http.get("/session/me"))["id"])


# what each engine's toWAMessage says of the account's own message (me) and of someone else's (other) in a
# chat; None: null, "<absent>": the key is left out
EXPECTED = {
    ("GOWS", "dm", "own"): lambda me, chat: {"from": chat, "to": None, "participant": None},
    ("GOWS", "dm", "other"): lambda me, chat: {"from": chat, "to": None, "participant": None},
    ("GOWS", "group", "own"): lambda me, chat: {"from": chat, "to": me, "participant": me},
    ("GOWS", "group", "other"): lambda me, chat: {"from": chat, "to": OTHER_CHAT, "participant": OTHER_CHAT},
    ("NOWEB", "dm", "own"): lambda me, chat: {"from": chat, "to": "<absent>", "participant": "<absent>"},
    ("NOWEB", "dm", "other"): lambda me, chat: {"from": chat, "to": "<absent>", "participant": "<absent>"},
    ("NOWEB", "group", "own"): lambda me, chat: {"from": chat, "to": "<absent>", "participant": "<absent>"},
    ("NOWEB", "group", "other"): lambda me, chat: {"from": chat, "to": chat, "participant": OTHER_CHAT},
    ("WEBJS", "dm", "own"): lambda me, chat: {"from": me, "to": chat, "participant": None},
    ("WEBJS", "dm", "other"): lambda me, chat: {"from": chat, "to": me, "participant": None},
    ("WEBJS", "group", "own"): lambda me, chat: {"from": me, "to": chat, "participant": None},
    ("WEBJS", "group", "other"): lambda me, chat: {"from": chat, "to": me, "participant": OTHER_CHAT},
}
SIGNS_OWN_GROUP_IDS = {"GOWS": True, "WEBJS": True, "NOWEB": False}


def _both_ways(emu: Emulator, http: httpx.Client, chat: str) -> dict[str, str]:
    """One message of the account's and one of someone else's in ``chat``: their ids."""
    own = sent_id(ok(http.post("/send", params={"chatId": chat, "message": "ours"})))
    participant = OTHER if chat.endswith("@g.us") else None
    other = emu.people.send_message(from_=chat, participant=participant, body="theirs")["id"]
    return {"own": own, "other": other}


@pytest.mark.parametrize("engine", ENGINE_NAMES)
@pytest.mark.parametrize("kind", ["dm", "group"])
def test_reads_and_webhooks_say_the_same_as_the_engine(engine: str, kind: str) -> None:
    with open_emulator(engine) as emu, emu.client() as http:
        me = _me(http)
        chat = _group(http) if kind == "group" else OTHER_CHAT
        ids = _both_ways(emu, http, chat)
        emu.advance(10)  # acks reach READ
        for side, message_id in ids.items():
            read = _read(http, chat, message_id)
            want = EXPECTED[(engine, kind, side)](me, chat)
            assert {key: read.get(key, "<absent>") for key in want} == want, side
            assert read["fromMe"] is (side == "own")
            echoes = [p for p in events(emu, "message.any") if p["id"] == message_id]
            assert [_addressing(p) for p in echoes] == [_addressing(read)], side
        acks = [p for p in events(emu, "message.ack") if p["id"] == ids["own"]]
        group_acks = [p for p in events(emu, "message.ack.group") if p["id"] == ids["own"]]
        if (engine, kind) == ("GOWS", "group"):  # one receipt per other member, never a message.ack
            assert not acks and [(p["from"], p["to"], p["participant"], p["ackName"]) for p in group_acks] == [
                (chat, OTHER_CHAT, OTHER_CHAT, "DEVICE"),
                (chat, OTHER_CHAT, OTHER_CHAT, "READ"),
            ]
        elif (engine, kind) == ("WEBJS", "group"):  # the page's receipt nodes: the group as from and to
            assert not acks and [(p["from"], p["to"], p["participant"], p["fromMe"]) for p in group_acks] == [
                (chat, chat, OTHER_CHAT, False),
                (chat, chat, OTHER_CHAT, False),
            ]
        else:
            want = EXPECTED[(engine, kind, "own")](me, chat)
            assert acks and not group_acks
            assert all({key: p.get(key, "<absent>") for key in want} == want for p in acks)
        signed = kind == "group" and SIGNS_OWN_GROUP_IDS[engine]
        assert ids["own"].endswith(f"_{me}") is signed
        assert ids["other"].endswith(f"_{OTHER_CHAT}") is (kind == "group")


def _without_sender(message_id: str) -> str:
    return "_".join(message_id.split("_")[:3])


@pytest.mark.parametrize("engine", ENGINE_NAMES)
def test_reads_reactions_edits_and_deletes_find_a_group_message_by_each_form_of_its_id(engine: str) -> None:
    with open_emulator(engine) as emu, emu.client() as http:
        gid = _group(http)
        ids = _both_ways(emu, http, gid)
        for message_id in (ids["own"], _without_sender(ids["own"]), f"{_without_sender(ids['own'])}_{_me(http)}"):
            base = f"/chats/{gid}/messages/{message_id}"
            where = {"chatId": gid, "messageId": message_id}
            assert _read(http, gid, message_id)["body"] in ("ours", "edited")
            ok(http.post(base))
            ok(http.put("/reaction", params={**where, "reaction": "👍"}))
            ok(http.put(base, params={"text": "edited"}))
        for message_id in (ids["other"], _without_sender(ids["other"])):
            assert _read(http, gid, message_id)["body"] == "theirs"
            ok(http.put("/reaction", params={"chatId": gid, "messageId": message_id, "reaction": "👍"}))
        ok(http.delete(f"/chats/{gid}/messages/{_without_sender(ids['own'])}"))
        assert http.get("/message", params={"chatId": gid, "messageId": ids["own"]}).status_code == 404


def test_a_channel_post_on_gows_comes_from_the_channel_to_no_one() -> None:
    with open_emulator("GOWS") as emu, emu.client() as http:
        public = ok(http.get("/channels/search", params={"view": "RECOMMENDED", "limit": 1}))["channels"][0]["id"]
        posts = ok(http.get(f"/channels/{public}/messages/preview", params={"limit": 3}))
        assert posts
        for post in posts:
            message = post["message"]
            assert (message["from"], message["to"], message["participant"]) == (public, None, None)
            assert message["id"].startswith(f"false_{public}_") and message["id"].count("_") == 2


REACTIONS = {  # processMessageReaction of each engine, for a reaction in a direct chat: mine, then theirs
    "GOWS": lambda me: [(OTHER_CHAT, None, None), (OTHER_CHAT, None, None)],
    "NOWEB": lambda me: [(OTHER_CHAT, "<absent>", "<absent>"), (OTHER_CHAT, "<absent>", "<absent>")],
    "WEBJS": lambda me: [(me, OTHER_CHAT, me), (OTHER_CHAT, OTHER_CHAT, OTHER_CHAT)],
}


@pytest.mark.parametrize("engine", ENGINE_NAMES)
def test_reactions_name_the_chat_and_the_reactor_as_the_engine_does(engine: str) -> None:
    with open_emulator(engine) as emu, emu.client() as http:
        ids = _both_ways(emu, http, OTHER_CHAT)
        ok(http.put("/reaction", params={"chatId": OTHER_CHAT, "messageId": ids["other"], "reaction": "👍"}))
        emu.people.react(message_id=ids["own"], reaction="❤️", from_=OTHER)
        got = [
            (p["from"], p.get("to", "<absent>"), p.get("participant", "<absent>"))
            for p in events(emu, "message.reaction")
        ]
        assert got == REACTIONS[engine](_me(http))
