"""Poll votes and answers to Event messages, as each engine's public core reports them.

GOWS (``toPollVotePayload``, ``toEventResponsePayload``): the vote and the answer are addressed as any GOWS
message (``from`` the chat, ``to``/``participant`` the sender in a group, null otherwise), times in
milliseconds, ``_data`` the whatsmeow event; an undecryptable vote has ``selectedOptions`` null. NOWEB
(``handleMessagesUpdatePollVote``): ``getDestination`` keys, no ``_data``. WEBJS (``vote_update``): the
vote's id carries the poll's raw id. Only GOWS reports answers to events, and WEBJS no failed vote: the
control API refuses to play what the engine cannot report.
"""

from __future__ import annotations

from typing import Any

import pytest
from _engines import ENGINE_NAMES, group_id, sent_id
from _sessions_world import events, ok, open_emulator
from wawp_client import webhooks
from wawp_emulator.registry import ApiError

PEER = "201234567890@c.us"
MEMBER = "201222222222@c.us"
POLL = {"name": "Lunch?", "options": ["Pizza", "Sushi"], "multipleAnswers": False}


def _poll(http: Any, chat: str) -> dict[str, Any]:
    answer = ok(http.post("/sendPoll", json={"chatId": chat, "poll": POLL}))
    return {"id": sent_id(answer), "raw": sent_id(answer).split("_")[2]}


def _strict(emu: Any, event: str) -> None:
    for envelope in (e for e in emu.events if e["event"] == event):
        body = {k: v for k, v in envelope.items() if k != "instance_id"}
        webhooks.parse(body, strict=True)


@pytest.mark.parametrize("engine", ENGINE_NAMES)
def test_a_vote_in_a_direct_chat_is_the_engine_s_payload(engine: str) -> None:
    with open_emulator(engine) as emu, emu.client() as http:
        me = ok(http.get("/session/me"))["id"]
        poll = _poll(http, PEER)
        got = emu.people.vote_poll(poll_id=poll["id"], options=["Sushi"])
        vote = got["vote"]
        assert vote["selectedOptions"] == ["Sushi"] and vote["fromMe"] is False
        assert vote["timestamp"] == int(emu.world.clock.now() * 1000)  # every engine: milliseconds
        if engine == "GOWS":
            assert (vote["from"], vote["to"], vote["participant"]) == (PEER, None, None)
            assert got["poll"] == {"id": poll["id"], "to": PEER, "from": "me", "fromMe": True}
            assert got["_data"]["Votes"] == ["Sushi"]
            assert got["_data"]["Message"]["pollUpdateMessage"]["pollCreationMessageKey"]["ID"] == poll["raw"]
        elif engine == "NOWEB":
            assert (vote["from"], vote["to"]) == (PEER, "me") and "participant" not in vote and "_data" not in got
            assert got["poll"] == {"id": poll["id"], "to": PEER, "from": "me", "fromMe": True}
        else:
            assert vote["id"] == f"false_{PEER}_{poll['raw']}"  # the poll's raw id, as toPollVotePayload builds it
            assert (vote["from"], vote["to"]) == (PEER, me)
            assert got["poll"] == {"id": poll["id"], "to": PEER, "from": me, "fromMe": True}
            assert got["_data"]["selectedOptions"] == [{"name": "Sushi", "localId": 1}]
        assert events(emu, "poll.vote.failed") == []  # Wawp forwards no poll.vote


@pytest.mark.parametrize("engine", ENGINE_NAMES)
def test_a_vote_in_a_group_names_the_voter(engine: str) -> None:
    with open_emulator(engine) as emu, emu.client() as http:
        me = ok(http.get("/session/me"))["id"]
        gid = group_id(ok(http.post("/groups", json={"name": "Team", "participants": [{"id": MEMBER}]})))
        poll = _poll(http, gid)
        vote = emu.people.vote_poll(poll_id=poll["id"], from_=MEMBER, options=["Pizza"])
        got = vote["vote"]
        assert got["from"] == (gid if engine == "GOWS" else MEMBER)
        assert got["to"] == (MEMBER if engine == "GOWS" else gid)
        assert got["id"].endswith(f"_{MEMBER}") and got["id"].startswith(f"false_{gid}_")
        assert vote["poll"]["from"] == ("me" if engine == "NOWEB" else me)


@pytest.mark.parametrize("engine", ["GOWS", "NOWEB"])
def test_an_undecryptable_vote_is_poll_vote_failed(engine: str) -> None:
    with open_emulator(engine) as emu, emu.client() as http:
        me = ok(http.get("/session/me"))["id"]
        poll = _poll(http, PEER)
        emu.people.vote_poll(poll_id=poll["id"], failed=True)
        [payload] = events(emu, "poll.vote.failed")
        if engine == "GOWS":
            assert payload["vote"]["selectedOptions"] is None and payload["_data"]["Votes"] is None
            assert payload["poll"]["fromMe"] is True
        else:  # the poll's key as the voter sent it: baileys could not find the poll
            assert payload["vote"]["selectedOptions"] == [] and payload["vote"]["timestamp"] == int(
                emu.world.clock.now()
            )
            assert payload["poll"] == {"id": f"false_{me}_{poll['raw']}", "to": "me", "from": me, "fromMe": False}
        _strict(emu, "poll.vote.failed")


def test_webjs_reports_no_failed_vote_and_only_gows_answers_to_events() -> None:
    with open_emulator("WEBJS") as emu, emu.client() as http:
        poll = _poll(http, PEER)
        with pytest.raises(ApiError) as refused:
            emu.people.vote_poll(poll_id=poll["id"], failed=True)
        assert (refused.value.status, refused.value.code) == (422, "not_reported_by_engine")
    for engine in ("WEBJS", "NOWEB"):
        with open_emulator(engine) as emu:
            with pytest.raises(ApiError) as refused:
                emu.people.respond_to_event(from_=PEER, event_message_id=f"true_{PEER}_3EB0C767D26A1D8A9C11")
            assert refused.value.code == "not_reported_by_engine" and events(emu, "event.response") == []


@pytest.mark.parametrize("chat", ["direct", "group"])
def test_gows_answers_to_events_carry_the_creation_key_as_the_responder_sent_it(chat: str) -> None:
    with open_emulator("GOWS") as emu, emu.client() as http:
        me = ok(http.get("/session/me"))["id"]
        raw = "3EB0C767D26A1D8A9C11"
        if chat == "group":
            where = group_id(ok(http.post("/groups", json={"name": "Team", "participants": [{"id": MEMBER}]})))
            emu.people.respond_to_event(
                from_=where, participant=MEMBER, event_message_id=f"true_{where}_{raw}_{me}", response="MAYBE"
            )
            key = {"id": f"false_{where}_{raw}_{me}", "to": where, "from": me, "fromMe": False}
            addressed = (where, MEMBER, MEMBER)
        else:
            where = PEER
            emu.people.respond_to_event(from_=PEER, event_message_id=f"true_{PEER}_{raw}", response="MAYBE")
            key = {"id": f"false_{me}_{raw}", "to": "me", "from": me, "fromMe": False}
            addressed = (PEER, None, None)
        emu.people.respond_to_event(from_=PEER, event_message_id=f"true_{PEER}_{raw}", failed=True)
        [answer] = events(emu, "event.response")
        assert answer["eventCreationKey"] == key
        assert (answer["from"], answer["to"], answer["participant"]) == addressed
        assert (
            answer["eventResponse"]["response"] == "MAYBE" and answer["_data"]["EventResponse"]["response"] == "MAYBE"
        )
        assert answer["id"].startswith(f"false_{where}_")
        [failed] = events(emu, "event.response.failed")
        assert failed["eventResponse"] is None and failed["_data"]["EventResponse"] is None
        _strict(emu, "event.response")
        _strict(emu, "event.response.failed")
