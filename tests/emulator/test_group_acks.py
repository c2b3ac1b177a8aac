"""Receipts in a group: GOWS sends them as ``message.ack.group``, one per member whose receipt it is, and never
as ``message.ack`` (WAHA's ``subscribeEngineEvents2`` / ``receiptToMessageAck``); the other engines keep
``message.ack``."""

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
def test_each_member_s_receipt_is_its_own_event_on_gows(engine: str) -> None:
    with open_emulator(engine) as emu, emu.client() as http:
        me = ok(http.get("/session/me"))["id"]
        gid = group_id(ok(http.post("/groups", json={"name": "Team", "participants": [{"id": m} for m in MEMBERS]})))
        own = sent_id(ok(http.post("/send", params={"chatId": gid, "message": "hello all"})))
        emu.advance(10)  # acks reach READ
        plain, grouped = _acks(emu, "message.ack", own), _acks(emu, "message.ack.group", own)
        if engine != "GOWS":
            assert plain and not grouped
            return
        assert not plain
        assert own.endswith(f"_{me}")
        seen = [(p["from"], p["to"], p["participant"], p["fromMe"], p["ackName"]) for p in grouped]
        assert seen == [(gid, m, m, True, level) for level in ("DEVICE", "READ") for m in MEMBERS]
        for envelope in (e for e in emu.events if e["event"] == "message.ack.group"):
            body = {k: v for k, v in envelope.items() if k != "instance_id"}
            assert type(webhooks.parse(body, strict=True)).__name__ == "MessageAckGroupEvent"


def test_a_direct_chat_keeps_message_ack_on_gows() -> None:
    with open_emulator("GOWS") as emu, emu.client() as http:
        own = sent_id(ok(http.post("/send", params={"chatId": MEMBERS[0], "message": "hi"})))
        emu.advance(10)
        assert [p["ackName"] for p in _acks(emu, "message.ack", own)] == ["SERVER", "DEVICE", "READ"]
        assert _acks(emu, "message.ack.group", own) == []


def test_no_receipt_carries_server_so_a_forced_server_ack_in_a_group_sends_nothing() -> None:
    with open_emulator("GOWS") as emu, emu.client() as http:
        gid = group_id(ok(http.post("/groups", json={"name": "Team", "participants": [{"id": MEMBERS[0]}]})))
        own = sent_id(ok(http.post("/send", params={"chatId": gid, "message": "hello"})))
        emu.act(None, "message.ack", messageId=own, ack="SERVER")
        emu.act(None, "message.ack", messageId=own, ack="ERROR")
        assert [p["ackName"] for p in _acks(emu, "message.ack.group", own)] == ["ERROR"]
