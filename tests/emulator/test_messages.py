"""The ``messages`` tag over HTTP, and the conversation control actions (the other side)."""

from __future__ import annotations

import re
import threading
from typing import Any

import httpx
import pytest
from _sessions_world import error, events, ok, open_emulator
from wawp_emulator.emulator import Emulator
from wawp_emulator.state.messages import MessagesState

TO = "201112223334"  # on WhatsApp (even last digit)
CHAT = f"{TO}@c.us"
ID = re.compile(r"^true_201112223334@c\.us_3EB0[0-9A-F]{16}$")
FILE = {"file[url]": "https://example.com/a.jpg", "file[filename]": "a.jpg", "file[mimetype]": "image/jpeg"}


def _locate(message_id: object) -> dict[str, str]:
    """``GET /message`` parameters for a message id (``{fromMe}_{chatId}_{RAWID}``)."""
    return {"chatId": str(message_id).split("_")[1], "messageId": str(message_id)}


def _stored(http: httpx.Client, answer: dict[str, Any]) -> dict[str, Any]:
    """The ``WAMessage`` a send stored, read back by the id its (GOWS) answer gives."""
    assert set(answer) == {"id", "_data"} and answer["_data"]["Info"]["IsFromMe"] is True, answer
    body: dict[str, Any] = ok(http.get("/message", params={**_locate(answer["id"]), "downloadMedia": "true"}))
    return body


def _send_text(http: httpx.Client, text: str = "Hello", to: str = TO) -> dict[str, Any]:
    return _stored(http, ok(http.post("/send", params={"chatId": to, "message": text})))


def test_send_text_and_ack_progression() -> None:
    with open_emulator() as emu, emu.client() as http:
        sent = _send_text(http)
        assert ID.match(str(sent["id"])) and sent["fromMe"] is True and sent["body"] == "Hello"
        # GOWS (the default engine): ``from`` is the chat, ``to`` stays empty in a direct chat
        assert (sent["from"], sent["to"]) == (CHAT, None) and sent["ack"] == 0 and sent["ackName"] == "PENDING"
        assert sent["timestamp"] == int(emu.world.clock.now())
        assert [p["id"] for p in events(emu, "message.any")] == [sent["id"]]
        for seconds, name in ((1, "SERVER"), (2, "DEVICE"), (5, "READ")):
            emu.advance(seconds)
            got = ok(http.get("/message", params=_locate(sent["id"])))
            assert got["ackName"] == name
        assert [p["ackName"] for p in events(emu, "message.ack")] == ["DEVICE", "READ"]  # GOWS: receipts only


def test_the_clock_lists_the_pending_ack_steps_within_the_control_spec() -> None:
    """Timers are data: the clock names each by its kind, and the strict control API accepts the answer."""
    with open_emulator() as emu, emu.client() as http:
        control = httpx.Client(transport=emu.transport(), base_url="http://127.0.0.1")
        _send_text(http)
        pending = control.get("/_emulator/clock").json()["pending"]
        assert [(p["callback"], p["when"]) for p in pending] == [("message.ack", emu.world.clock.now() + 1)]


def test_media_location_poll_vcard_link_preview() -> None:
    with open_emulator() as emu, emu.client() as http:
        image = _stored(http, ok(http.post("/sendImage", params={"chatId": TO, "caption": "look", **FILE})))
        assert image["hasMedia"] is True and image["body"] == "look"
        assert image["media"]["mimetype"] == "image/jpeg" and image["media"]["url"].endswith(".jpeg")
        pdf = _stored(
            http,
            ok(
                http.post(
                    "/sendFile",
                    params={
                        "chatId": TO,
                        "file[url]": "https://example.com/x.pdf",
                        "file[filename]": "x.pdf",
                        "file[mimetype]": "application/pdf",
                    },
                )
            ),
        )
        assert pdf["media"]["filename"] == "x.pdf"
        voice = _stored(
            http,
            ok(
                http.post(
                    "/sendVoice",
                    params={
                        "chatId": TO,
                        "file[url]": "https://example.com/v.ogg",
                        "file[filename]": "v.ogg",
                        "file[mimetype]": "audio/ogg",  # the spec's pattern forbids the "; codecs=opus" suffix
                    },
                )
            ),
        )
        video = _stored(
            http,
            ok(
                http.post(
                    "/sendVideo",
                    params={
                        "chatId": TO,
                        "file[url]": "https://example.com/v.mp4",
                        "file[filename]": "v.mp4",
                        "file[mimetype]": "video/mp4",
                        "asNote": "true",
                    },
                )
            ),
        )
        place = _stored(
            http,
            ok(
                http.post(
                    "/sendLocation",
                    params={"chatId": TO, "latitude": "30.0444", "longitude": "31.2357", "title": "Cairo"},
                )
            ),
        )
        assert place["location"]["latitude"] == "30.0444" and place["location"]["name"] == "Cairo"
        poll = _stored(
            http, ok(http.post("/sendPoll", json={"chatId": TO, "poll": {"name": "Lunch?", "options": ["A", "B"]}}))
        )
        assert poll["_data"]["Message"]["pollCreationMessageV3"]["name"] == "Lunch?"
        card = _stored(
            http,
            ok(
                http.post(
                    "/sendContactVcard", json={"chatId": TO, "contacts": [{"fullName": "Jo", "phoneNumber": "+1 555"}]}
                )
            ),
        )
        assert card["vCards"][0].startswith("BEGIN:VCARD")
        link_preview = {"chatId": TO, "text": "see https://wawp.net", "url": "https://wawp.net"}
        link = _stored(http, ok(http.post("/sendLinkPreview", params=link_preview)))
        assert link["body"] == "see https://wawp.net"
        emu.advance(60)
        acks = {p["id"]: p["ackName"] for p in events(emu, "message.ack")}
        assert acks[voice["id"]] == "PLAYED" and acks[video["id"]] == "PLAYED" and acks[image["id"]] == "READ"


@pytest.mark.parametrize(
    ("text", "url", "status"),
    [
        ("see https://wawp.net/a", "https://wawp.net/a", 200),
        ("https://wawp.net/a", "https://wawp.net/a", 200),
        ("see", "https://wawp.net/a", 500),
        ("see https://wawp.net", "https://wawp.net/a", 500),
        ("see HTTPS://WAWP.NET/A", "https://wawp.net/a", 500),
    ],
)
def test_a_link_preview_text_must_contain_its_url(text: str, url: str, status: int) -> None:
    """WAHA's custom-preview controller fails (a plain Error: 500) unless the text includes the URL as is."""
    with open_emulator() as emu, emu.client() as http:
        answer = http.post("/sendLinkPreview", params={"chatId": TO, "text": text, "url": url})
        if status == 200:
            assert ok(answer)["id"]
        else:
            assert "must contain the URL" in error(answer, 500, "wawp_upstream_error")["message"]


def test_bad_send_parameters_are_400() -> None:
    with open_emulator() as emu, emu.client() as http:
        error(http.post("/sendLocation", params={"chatId": TO, "latitude": "91", "longitude": "0"}), 400)
        error(http.post("/sendPoll", json={"chatId": TO, "poll": {"name": "Q", "options": ["only"]}}), 400)


def test_seen_typing_reaction_star() -> None:
    with open_emulator() as emu, emu.client() as http:
        incoming = emu.people.send_message(from_=TO, body="hi")
        assert [e for e in ("message", "message.any") if events(emu, e)] == ["message", "message.any"]
        seen = http.post("/sendSeen", params={"chatId": TO, "messageIds[]": [incoming["id"]]})
        assert seen.status_code == 200 and seen.content == b"" and "content-type" not in seen.headers
        assert emu.instance.state(MessagesState).get(incoming["id"]).read
        assert ok(http.post("/startTyping", params={"chatId": TO})) == {"result": True}
        assert ok(http.post("/stopTyping", params={"chatId": TO})) == {"result": True}
        sent = ok(http.put("/reaction", params={"chatId": TO, "messageId": incoming["id"], "reaction": "👍"}))
        reacted = sent["_data"]["Message"]["reactionMessage"]
        assert reacted["text"] == "👍" and reacted["key"]["ID"] == incoming["id"].split("_")[2]  # whatsmeow's names
        [reaction] = events(emu, "message.reaction")
        assert reaction["reaction"] == {"text": "👍", "messageId": incoming["id"]} and reaction["fromMe"] is True
        star = {"chatId": TO, "messageId": incoming["id"], "star": "true"}
        error(http.put("/star", params=star), 501, "wawp_upstream_error")  # GOWS has no setStar
        emu.set_engine("WEBJS")  # (whatsapp-web.js stars)
        assert ok(http.put("/star", params=star)) is None
        assert emu.instance.state(MessagesState).get(incoming["id"]).starred
        error(
            http.put("/star", params={"chatId": TO, "messageId": "true_1@c.us_3EB0000000000000000F", "star": "true"}),
            404,
            "message_not_found",
        )


def test_other_side_actions() -> None:
    with open_emulator() as emu, emu.client() as http:
        sent = _send_text(http, "question")
        emu.people.react(message_id=sent["id"], reaction="❤️")
        assert events(emu, "message.reaction")[-1]["fromMe"] is False
        theirs = emu.people.send_message(from_=TO, body="tpyo")
        emu.people.edit_message(message_id=theirs["id"], body="typo")
        assert events(emu, "message.edited")[-1]["body"] == "typo"
        emu.people.revoke_message(message_id=theirs["id"])
        assert events(emu, "message.revoked")[-1]["revokedMessageId"] == theirs["id"].split("_")[2]
        error(http.get("/message", params=_locate(theirs["id"])), 404, "message_not_found")
        emu.people.set_message_ack(message_id=sent["id"], ack="ERROR")
        emu.advance(60)
        assert [p["ackName"] for p in events(emu, "message.ack") if p["id"] == sent["id"]] == ["ERROR"]
        poll = ok(http.post("/sendPoll", json={"chatId": TO, "poll": {"name": "Q", "options": ["A", "B"]}}))
        vote = emu.people.vote_poll(poll_id=poll["id"], options=["B"])
        assert vote["vote"]["selectedOptions"] == ["B"] and events(emu, "poll.vote.failed") == []
        emu.people.vote_poll(poll_id=poll["id"], failed=True)
        assert events(emu, "poll.vote.failed")[0]["vote"]["selectedOptions"] is None  # GOWS: Votes unset
        call = emu.people.place_call(from_=TO, is_video=True)
        emu.phone.reject_call(from_=TO, id=call["id"])
        assert events(emu, "call.rejected")[0]["id"] == call["id"]
        emu.people.respond_to_event(from_=TO, event_message_id=sent["id"], response="MAYBE")
        assert events(emu, "event.response")[0]["eventResponse"]["response"] == "MAYBE"
        emu.server.emit_engine_event(event="Receipt", data={"Type": "read"})
        assert events(emu, "engine.event") == [{"event": "Receipt", "data": {"Type": "read"}}]


def test_inbound_group_message() -> None:
    with open_emulator() as emu:
        got = emu.people.send_message(from_="120363012345678901@g.us", participant="201111111110", body="hi all")
        assert got["id"].endswith("_201111111110@c.us") and got["participant"] == "201111111110@c.us"


def test_fifty_clients_send_a_thousand_messages() -> None:
    """The world lock serialises handlers: 50 concurrent clients x 20 sends leave exactly 1,000 messages."""
    emu = Emulator(seed=0, webhook_delivery="manual")
    try:
        with emu.serve_in_thread() as base:
            failures: list[str] = []

            def client(n: int) -> None:
                with httpx.Client(base_url=base, params=emu.credentials, timeout=30) as http:
                    for i in range(20):
                        response = http.post("/send", params={"chatId": TO, "message": f"{n}-{i}"})
                        if response.status_code != 200:
                            failures.append(response.text)

            threads = [threading.Thread(target=client, args=(n,)) for n in range(50)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
        state = emu.instance.state(MessagesState)
        assert failures == []
        assert state.count() == 1000 and len({m.raw_id for m in state.in_chat(CHAT)}) == 1000
        assert emu.violations == []
    finally:
        emu.close()


def test_inbound_while_stopped_is_delivered_on_reconnect() -> None:
    with open_emulator() as emu, emu.client() as http:
        ok(http.post("/session/stop"))
        held = emu.people.send_message(from_=TO, body="later")
        assert held["queued"] is True and events(emu, "message") == []
        ok(http.post("/session/start"))
        emu.advance(2)
        assert [p["id"] for p in events(emu, "message")] == [held["id"]]
        assert ok(http.get("/message", params=_locate(held["id"])))["body"] == "later"


def test_unknown_group_is_404_where_documented_else_422() -> None:
    """A client error the spec does not document for an operation is answered as 422, same code."""
    with open_emulator() as emu, emu.client() as http:
        group = "120363012345678901@g.us"
        error(http.post("/send", params={"chatId": group, "message": "x"}), 404, "group_not_found")
        assert emu.spec.operations["sendImage"].response_for(404) is None
        error(http.post("/sendImage", params={"chatId": group, **FILE}), 422, "group_not_found")


def test_a_message_is_found_by_the_bare_id_the_wordpress_plugin_keeps() -> None:
    """The vendor's plugin stores ``_data.Info.ID`` of a send reply and reads the message back with it;
    GOWS looks a bare id up as it is (``parseMessageIdSerialized`` in soft mode)."""
    with open_emulator() as emu, emu.client() as http:
        answer = ok(http.post("/send", params={"chatId": TO, "message": "Hello"}))
        raw = answer["_data"]["Info"]["ID"]
        assert "_" not in raw
        by_raw = ok(http.get("/message", params={"chatId": TO, "messageId": raw}))
        assert by_raw["id"] == answer["id"] == ok(http.post(f"/chats/{TO}/messages/{raw}"))["id"]
        error(http.get("/message", params={"chatId": TO, "messageId": "3EB0000000000000000000"}), 404)
        error(http.get("/message", params={"chatId": TO, "messageId": "not_a_message_id"}), 400, "rest_invalid_param")
