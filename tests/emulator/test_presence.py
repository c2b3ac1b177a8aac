"""The ``presence`` tag over HTTP and the ``presence.update`` control action."""

from __future__ import annotations

import pytest
from _sessions_world import error, events, ok, open_emulator
from wawp_emulator.spec import load_spec
from wawp_emulator.state.presence import PRESENCES

TO = "201112223334"


def test_set_own_presence_and_read_others() -> None:
    with open_emulator() as emu, emu.client() as http:
        ok(http.post("/presence", params={"presence": "online"}))
        ok(http.post("/presence", params={"presence": "offline"}))
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


ACCOUNT_WIDE = {"online", "offline"}  # WAHA's PresenceController: these refuse chatId, the others need it


def _presences() -> list[str]:
    [op] = [op for op in load_spec() if op.operation_id == "presenceSet"]
    [param] = [p for p in op.query if p.name == "presence"]
    return list(param.schema["enum"])


def test_the_spec_offers_wahas_five_presences() -> None:
    assert sorted(_presences()) == sorted(PRESENCES)


@pytest.mark.parametrize("presence", _presences())
def test_chat_id_goes_with_the_chat_presences_only(presence: str) -> None:
    with open_emulator() as emu, emu.client() as http:
        with_chat = http.post("/presence", params={"presence": presence, "chatId": f"{TO}@c.us"})
        without = http.post("/presence", params={"presence": presence})
        if presence in ACCOUNT_WIDE:
            ok(without)
            error(with_chat, 400, "presence_chat_id_refused")
        else:
            ok(with_chat)
            error(without, 400, "presence_chat_id_required")


@pytest.mark.parametrize("presence", ["composing", "unavailable", "available", "Online"])
def test_names_waha_does_not_take_are_refused(presence: str) -> None:
    with open_emulator() as emu, emu.client() as http:
        error(http.post("/presence", params={"presence": presence}), 400, "rest_invalid_param")
