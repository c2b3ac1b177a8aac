"""The ``presence`` tag over HTTP and the ``presence.update`` control action."""

from __future__ import annotations

from _sessions_world import error, events, ok, open_emulator

TO = "201112223334"


def test_set_own_presence_and_read_others() -> None:
    with open_emulator() as emu, emu.client() as http:
        ok(http.post("/presence", params={"presence": "online"}))
        ok(http.post("/presence", params={"presence": "unavailable"}))
        unknown = ok(http.get(f"/presence/{TO}@c.us"))
        assert unknown == {
            "id": f"{TO}@c.us",
            "presences": [{"participant": f"{TO}@c.us", "lastKnownPresence": "offline", "lastSeen": None}],
        }
        emu.people.update_presence(chat_id=TO, presence="typing")
        assert events(emu, "presence.update")[-1]["presences"][0]["lastKnownPresence"] == "typing"
        assert ok(http.get(f"/presence/{TO}@c.us"))["presences"][0]["lastKnownPresence"] == "typing"
        emu.people.update_presence(chat_id=TO, presence="offline")
        seen = ok(http.get(f"/presence/{TO}@c.us"))["presences"][0]
        assert seen["lastKnownPresence"] == "offline" and seen["lastSeen"] == int(emu.world.clock.now())


def test_presence_needs_a_working_session() -> None:
    with open_emulator() as emu, emu.client() as http:
        ok(http.post("/session/stop"))
        error(http.post("/presence", params={"presence": "online"}), 422, "session_not_working")
