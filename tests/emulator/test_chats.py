"""The ``chats`` tag over HTTP: lists, overview, per-chat messages (filters, pagination), flags."""

from __future__ import annotations

from typing import Any

import httpx
from _sessions_world import error, events, ok, open_emulator

A, B = "201000000002", "201000000004"


def _send(http: httpx.Client, to: str, text: str) -> dict[str, Any]:
    body: dict[str, Any] = ok(http.post("/send", params={"chatId": to, "message": text}))
    return body


def test_chats_list_sorting_and_overview() -> None:
    with open_emulator() as emu, emu.client() as http:
        _send(http, A, "to a")
        emu.advance(5)
        emu.people.send_message(from_=B, body="from b")
        rows = ok(http.post("/chats"))
        assert [c["id"] for c in rows] == [f"{B}@c.us", f"{A}@c.us"]
        assert rows[0]["unreadCount"] == 1
        by_id = ok(http.post("/chats", params={"sortBy": "id", "sortOrder": "ASC", "limit": 1}))
        assert [c["id"] for c in by_id] == [f"{A}@c.us"]
        overview = ok(http.get("/chats/overview", params={"limit": 10}))
        assert [c["id"] for c in overview] == [f"{B}@c.us", f"{A}@c.us"]
        assert overview[1]["lastMessage"]["body"] == "to a"
        picture = ok(http.get(f"/chats/{A}@c.us/picture"))
        assert picture["url"] is None or picture["url"].startswith("https://")


def test_messages_list_filters_and_pagination() -> None:
    with open_emulator() as emu, emu.client() as http:
        start = int(emu.world.clock.now())
        for i in range(5):
            _send(http, A, f"m{i}")
            emu.advance(10)
        emu.people.send_message(from_=A, body="in")
        path = f"/chats/{A}@c.us/messages"
        newest = ok(http.get(path, params={"limit": 3}))
        assert [m["body"] for m in newest] == ["in", "m4", "m3"]
        page = ok(http.get(path, params={"limit": 2, "offset": 3}))
        assert [m["body"] for m in page] == ["m2", "m1"]
        window = ok(
            http.get(
                path, params={"limit": 100, "filter.timestamp.gte": start + 10, "filter.timestamp.lte": start + 30}
            )
        )
        assert sorted(m["body"] for m in window) == ["m1", "m2", "m3"]
        mine = ok(http.get(path, params={"limit": 100, "filter.fromMe": "false"}))
        assert [m["body"] for m in mine] == ["in"]
        read = ok(http.get(path, params={"limit": 100, "filter.ack": "READ"}))
        assert len(read) == 5  # each outgoing message is READ 8 s after sending
        error(http.get("/chats/209999999990@c.us/messages"), 404, "chat_not_found")


def test_get_edit_pin_delete_message() -> None:
    with open_emulator() as emu, emu.client() as http:
        sent = _send(http, A, "old text")
        base = f"/chats/{A}@c.us/messages/{sent['id']}"
        assert ok(http.post(base))["id"] == sent["id"]
        edit = ok(http.put(base, params={"text": "new text"}))  # GOWS: the edit message sent, an id of its own
        assert edit["_data"]["Message"]["protocolMessage"]["type"] == "MESSAGE_EDIT"
        assert ok(http.post(base))["body"] == "new text"
        edited = events(emu, "message.edited")[-1]
        assert edited["editedMessageId"] == str(sent["id"]).split("_")[2] and edited["id"] == edit["id"] != sent["id"]
        # GOWS has no pinMessage
        error(http.post(f"{base}/pin", params={"duration": 86400}), 501, "wawp_upstream_error")
        emu.set_engine("WEBJS")  # (whatsapp-web.js pins)
        ok(http.post(f"{base}/pin", params={"duration": 86400}))
        ok(http.post(f"{base}/unpin"))
        emu.set_engine("GOWS")
        revoke = ok(http.delete(base))
        assert revoke["_data"]["Message"]["protocolMessage"]["type"] == "REVOKE"
        revoked = events(emu, "message.revoked")[-1]
        assert revoked["revokedMessageId"] == str(sent["id"]).split("_")[2] and revoked["after"]["id"] == revoke["id"]
        error(http.post(base), 404, "message_not_found")
        error(http.put(base, params={"text": "again"}), 404, "message_not_found")


def test_read_unread_archive_clear_delete() -> None:
    with open_emulator() as emu, emu.client() as http:
        one = emu.people.send_message(from_=A, body="one")
        two = emu.people.send_message(from_=A, body="two")
        chat = f"/chats/{A}@c.us"
        assert ok(http.post(f"{chat}/messages/read", params={"messages": 1}))["ids"] == [two["id"]]
        assert ok(http.post(f"{chat}/messages/read"))["ids"] == [one["id"]]
        ok(http.post(f"{chat}/unread"))
        assert ok(http.post("/chats"))[0]["unreadCount"] == -1
        error(http.post(f"{chat}/archive"), 501, "wawp_upstream_error")  # GOWS archives nothing
        emu.set_engine("WEBJS")  # (whatsapp-web.js archives, clears and deletes chats)
        ok(http.post(f"{chat}/archive"))
        ok(http.post(f"{chat}/unarchive"))
        assert [p["archived"] for p in events(emu, "chat.archive")] == [True, False]
        emu.phone.archive_chat(chat_id=A)
        assert events(emu, "chat.archive")[-1]["archived"] is True
        ok(http.delete(f"{chat}/messages"))
        assert ok(http.get(f"{chat}/messages")) == []
        ok(http.delete(chat))
        error(http.get(f"{chat}/messages"), 404, "chat_not_found")
        error(http.delete(chat), 404, "chat_not_found")
        assert ok(http.post("/chats")) == []
