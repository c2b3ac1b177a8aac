"""Acks per engine. GOWS's come from whatsmeow receipts only, so never SERVER; a group's are
``message.ack.group``, one per member whose receipt it is, never ``message.ack`` (WAHA's
``subscribeEngineEvents2`` / ``receiptToMessageAck``). WEBJS sends a group's as ``message.ack.group`` too,
from the page's receipt nodes (``TagReceiptToMessageAck``); NOWEB keeps ``message.ack``. Each engine's
``_data``: the receipt (GOWS), the message's raw model or, in a group, the receipt node (WEBJS), none (NOWEB)."""

from __future__ import annotations

from typing import Any

import pytest
from _engines import ENGINE_NAMES, group_id, sent_id
from _sessions_world import events, ok, open_emulator
from wawp_client import webhooks

MEMBERS = ("201222222222@c.us", "201444444444@c.us")  # on WhatsApp (even last digit)


def _acks(emu: Any, event: str, message_id: str) -> list[dict[str, Any]]:
    return [p for p in events(emu, event) if p["id"] == message_id]


@pytest.mark.parametrize("engine", ENGINE_NAMES)
def test_each_member_s_receipt_is_its_own_event_on_gows_and_webjs(engine: str) -> None:
    with open_emulator(engine) as emu, emu.client() as http:
        me = ok(http.get("/session/me"))["id"]
        gid = group_id(ok(http.post("/groups", json={"name": "Team", "participants": [{"id": m} for m in MEMBERS]})))
        own = sent_id(ok(http.post("/send", params={"chatId": gid, "message": "hello all"})))
        emu.advance(10)  # acks reach READ
        plain, grouped = _acks(emu, "message.ack", own), _acks(emu, "message.ack.group", own)
        if engine == "NOWEB":
            assert plain and not grouped
            return
        assert not plain
        if engine == "WEBJS":
            seen = [(p["from"], p["to"], p["participant"], p["fromMe"], p["ackName"]) for p in grouped]
            assert seen == [(gid, gid, m, False, level) for level in ("DEVICE", "READ") for m in MEMBERS]
            assert {p["id"] for p in grouped} == {own} and own.endswith(f"_{me}")
            nodes = [(p["_data"]["tag"], p["_data"]["attrs"]) for p in grouped]
            assert [(tag, attrs["participant"]["$1"]["user"], attrs.get("type")) for tag, attrs in nodes] == [
                ("receipt", m.split("@")[0], kind) for kind in (None, "read") for m in MEMBERS
            ]
            assert {attrs["id"] for _, attrs in nodes} == {own.split("_")[2]}
            return
        assert own.endswith(f"_{me}")
        seen = [(p["from"], p["to"], p["participant"], p["fromMe"], p["ackName"]) for p in grouped]
        assert seen == [(gid, m, m, True, level) for level in ("DEVICE", "READ") for m in MEMBERS]
        receipts = [(p["_data"]["Sender"], p["_data"]["Type"], p["_data"]["IsGroup"]) for p in grouped]
        assert receipts == [
            (m.replace("@c.us", "@s.whatsapp.net"), kind, True) for kind in ("", "read") for m in MEMBERS
        ]
        for envelope in (e for e in emu.events if e["event"] == "message.ack.group"):
            body = {k: v for k, v in envelope.items() if k != "instance_id"}
            assert type(webhooks.parse(body, strict=True)).__name__ == "MessageAckGroupEvent"


def test_a_direct_chat_gets_message_ack_from_receipts_only_on_gows() -> None:
    """No whatsmeow receipt type means SERVER: a direct chat's acks start at DEVICE, ``_data`` the receipt."""
    with open_emulator("GOWS") as emu, emu.client() as http:
        own = sent_id(ok(http.post("/send", params={"chatId": MEMBERS[0], "message": "hi"})))
        emu.advance(10)
        acks = _acks(emu, "message.ack", own)
        assert [p["ackName"] for p in acks] == ["DEVICE", "READ"]
        assert [p["_data"]["Type"] for p in acks] == ["", "read"]
        raw = own.split("_")[2]
        for payload in acks:
            assert (payload["from"], payload["to"], payload["participant"], payload["fromMe"]) == (
                MEMBERS[0],
                None,
                None,
                True,
            )
            receipt = payload["_data"]
            assert receipt["Chat"] == receipt["Sender"] == MEMBERS[0].replace("@c.us", "@s.whatsapp.net")
            assert (receipt["IsFromMe"], receipt["IsGroup"], receipt["MessageIDs"]) == (False, False, [raw])
        assert _acks(emu, "message.ack.group", own) == []


@pytest.mark.parametrize("engine", ENGINE_NAMES)
def test_an_ack_carries_the_engine_s_raw_event(engine: str) -> None:
    """GOWS: the receipt; WEBJS: toWAMessage of the acked message, ``_data`` its raw model; NOWEB:
    convertMessageUpdateToMessageAck, which sets no ``_data``."""
    with open_emulator(engine) as emu, emu.client() as http:
        own = sent_id(ok(http.post("/send", params={"chatId": MEMBERS[0], "message": "hi"})))
        emu.advance(10)
        last = _acks(emu, "message.ack", own)[-1]
        assert last["ackName"] == "READ"
        if engine == "GOWS":
            assert set(last["_data"]) >= {"Chat", "Sender", "MessageIDs", "Timestamp", "Type", "MessageSender"}
        elif engine == "WEBJS":
            assert last["body"] == "hi" and last["_data"]["id"]["_serialized"] == own and last["_data"]["ack"] == 3
        else:
            assert "_data" not in last and "body" not in last
        for envelope in (e for e in emu.events if e["event"] == "message.ack"):
            body = {k: v for k, v in envelope.items() if k != "instance_id"}
            assert type(webhooks.parse(body, strict=True)).__name__ == "MessageAckEvent"


def test_no_receipt_carries_server_so_a_forced_server_ack_in_a_group_sends_nothing() -> None:
    with open_emulator("GOWS") as emu, emu.client() as http:
        gid = group_id(ok(http.post("/groups", json={"name": "Team", "participants": [{"id": MEMBERS[0]}]})))
        own = sent_id(ok(http.post("/send", params={"chatId": gid, "message": "hello"})))
        emu.act(None, "message.ack", messageId=own, ack="SERVER")
        emu.act(None, "message.ack", messageId=own, ack="ERROR")
        assert [p["ackName"] for p in _acks(emu, "message.ack.group", own)] == ["ERROR"]


def test_on_webjs_a_group_s_server_and_error_acks_send_nothing() -> None:
    """whatsapp-web.js' ``message_ack`` is for direct chats only, and a member's receipt is a delivery, a read
    or a play (Baileys' ``getStatusFromReceiptType``)."""
    with open_emulator("WEBJS") as emu, emu.client() as http:
        gid = group_id(ok(http.post("/groups", json={"name": "Team", "participants": [{"id": MEMBERS[0]}]})))
        own = sent_id(ok(http.post("/send", params={"chatId": gid, "message": "hello"})))
        emu.act(None, "message.ack", messageId=own, ack="SERVER")
        emu.act(None, "message.ack", messageId=own, ack="ERROR")
        emu.act(None, "message.ack", messageId=own, ack="PLAYED")
        assert _acks(emu, "message.ack", own) == []
        assert [(p["ackName"], p["_data"]["attrs"]["type"]) for p in _acks(emu, "message.ack.group", own)] == [
            ("PLAYED", "played")
        ]


def test_on_webjs_a_status_gets_no_message_ack() -> None:
    """whatsapp-web.js' ``message_ack`` is dropped for status@broadcast; a status' receipts would be
    ``message.ack.group`` from its viewers, whom the emulator does not emulate."""
    with open_emulator("WEBJS") as emu, emu.client() as http:
        posted = ok(http.post("/status/text", params={"text": "Hello all", "backgroundColor": "#38b42f", "font": 1}))
        for level in ("DEVICE", "READ"):
            emu.act(None, "message.ack", messageId=sent_id(posted), ack=level)
        assert [e for e in emu.events if e["event"] in ("message.ack", "message.ack.group")] == []
