"""Engine profiles: sends, message reads, groups, session info and webhook payloads in each engine's shapes,
and the switches (Emulator argument, control API, send shape) that choose them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest
from _engines import ENGINE_NAMES, group_id, member_ids, sent_id
from _sessions_world import events, ok, open_emulator
from wawp_emulator.emulator import Emulator
from wawp_emulator.engines import DEFAULT_ENGINE, WAWP_SEND_ACK
from wawp_emulator.state.sessions import SessionState

PEER = "201234567890"
PEER_CHAT = f"{PEER}@c.us"
OTHER = "201222222222"


def _send_text(http: httpx.Client, text: str = "Hello") -> dict[str, Any]:
    body: dict[str, Any] = ok(http.post("/send", params={"chatId": PEER, "message": text}))
    return body


def test_gows_is_the_default_and_renders_whatsmeow_messages() -> None:
    assert DEFAULT_ENGINE == "GOWS"
    with open_emulator() as emu, emu.client() as http:
        assert emu.engine == "GOWS" and emu.instance.engine == "GOWS"
        sent = _send_text(http)
        assert set(sent) == {"id", "_data"}
        info = sent["_data"]["Info"]
        assert sent["id"] == f"true_{PEER_CHAT}_{info['ID']}"
        assert info["IsFromMe"] is True and info["Chat"] == f"{PEER}@s.whatsapp.net"
        me = emu.instance.state(SessionState).account
        assert me is not None
        assert info["Sender"] == f"{me.number}:{me.device}@s.whatsapp.net"
        assert sent["_data"]["Message"] == {"extendedTextMessage": {"text": "Hello"}}
        read = ok(http.get("/message", params={"chatId": PEER_CHAT, "messageId": sent["id"]}))
        assert read["id"] == sent["id"] and read["_data"]["Info"]["ID"] == info["ID"]
        assert ok(http.get("/session/info"))["engine"]["engine"] == "GOWS"


def test_webjs_sends_answer_the_whatsapp_web_js_message() -> None:
    with open_emulator("WEBJS") as emu, emu.client() as http:
        sent = _send_text(http)
        key = sent["id"]
        assert key["fromMe"] is True and key["remote"] == PEER_CHAT
        assert key["_serialized"] == f"true_{PEER_CHAT}_{key['id']}"
        assert sent["_data"]["id"] == key and sent["body"] == "Hello" and sent["fromMe"] is True
        assert sent["to"] == PEER_CHAT and sent["type"] == "chat"
        read = ok(http.get("/message", params={"chatId": PEER_CHAT, "messageId": key["_serialized"]}))
        assert read["id"] == key["_serialized"] and read["_data"]["id"] == key
        info = ok(http.get("/session/info"))["engine"]
        assert info["engine"] == "WEBJS" and info["state"] == "CONNECTED"


def test_noweb_sends_answer_the_baileys_web_message_info() -> None:
    with open_emulator("NOWEB") as emu, emu.client() as http:
        sent = _send_text(http)
        assert sent["key"] == {"remoteJid": f"{PEER}@s.whatsapp.net", "fromMe": True, "id": sent["key"]["id"]}
        assert sent["message"] == {"extendedTextMessage": {"text": "Hello"}} and sent["status"] == "PENDING"
        assert sent["messageTimestamp"].isdigit()
        read = ok(http.get("/message", params={"chatId": PEER_CHAT, "messageId": sent_id(sent)}))
        assert read["_data"]["key"] == sent["key"]


@pytest.mark.parametrize("engine", ENGINE_NAMES)
def test_every_kind_of_send_has_one_serialized_id(engine: str) -> None:
    file = {"file[url]": "https://example.com/d.pdf", "file[filename]": "d.pdf", "file[mimetype]": "application/pdf"}
    with open_emulator(engine) as emu, emu.client() as http:
        ids = [
            sent_id(ok(http.post("/send", params={"chatId": PEER, "message": "x"}))),
            sent_id(ok(http.post("/sendFile", params={"chatId": PEER, **file}))),
            sent_id(ok(http.post("/sendLocation", params={"chatId": PEER, "latitude": 1.5, "longitude": 2.5}))),
            sent_id(
                ok(http.post("/sendPoll", json={"chatId": PEER_CHAT, "poll": {"name": "Q", "options": ["a", "b"]}}))
            ),
        ]
        assert len(set(ids)) == 4
        stored = [m["id"] for m in ok(http.get(f"/chats/{PEER_CHAT}/messages", params={"limit": 10}))]
        assert sorted(stored) == sorted(ids)


def test_the_wawp_ack_send_shape_and_back() -> None:
    with open_emulator() as emu, emu.client() as http:
        assert emu.set_engine(send_shape="wawp-ack")["sendShape"] == "wawp-ack"
        assert _send_text(http, "acked") == WAWP_SEND_ACK == {"sent": True, "upstream_status": 201}
        last = ok(http.get(f"/chats/{PEER_CHAT}/messages", params={"limit": 1}))[0]
        assert last["body"] == "acked"  # the message went out all the same
        emu.set_engine(send_shape="engine")
        assert "_data" in _send_text(http)


@pytest.mark.parametrize("engine", ENGINE_NAMES)
def test_groups_are_the_engines_raw_objects(engine: str) -> None:
    with open_emulator(engine) as emu, emu.client() as http:
        created = ok(http.post("/groups", json={"name": "Team", "participants": [{"id": OTHER}]}))
        gid = group_id(created)
        got = ok(http.get(f"/groups/{gid}"))
        members = ok(http.get(f"/groups/{gid}/participants"))
        assert f"{OTHER}@c.us" in member_ids(members) and len(members) == 2
        if engine == "GOWS":
            assert got["Name"] == "Team" and got["IsAnnounce"] is False and got["IsLocked"] is False
            mine = [p for p in got["Participants"] if p["IsSuperAdmin"]]
            assert len(mine) == 1 and mine[0]["IsAdmin"] is True and mine[0]["LID"].endswith("@lid")
        elif engine == "WEBJS":
            assert got["groupMetadata"]["subject"] == "Team" and got["isGroup"] is True
            assert got["id"]["server"] == "g.us"
            assert sorted(p["isSuperAdmin"] for p in members) == [False, True]
        else:
            assert got["subject"] == "Team" and got["announce"] is False
            assert sorted(str(p["admin"]) for p in members) == ["None", "superadmin"]


@pytest.mark.parametrize("engine", ENGINE_NAMES)
def test_webhook_envelopes_and_data_follow_the_engine(engine: str) -> None:
    with open_emulator(engine) as emu:
        emu.people.send_message(from_=PEER, body="hi")
        envelope = next(e for e in emu.events if e["event"] == "message")
        assert envelope["engine"] == engine and envelope["environment"]["engine"] == engine
        payload = envelope["payload"]
        assert payload["id"].startswith(f"false_{PEER_CHAT}_") and payload["body"] == "hi"
        data = payload["_data"]
        raw = payload["id"].split("_")[2]
        if engine == "GOWS":
            assert data["Info"]["ID"] == raw and data["Info"]["IsFromMe"] is False
            assert data["Message"] == {"conversation": "hi"}
        elif engine == "WEBJS":
            assert data["id"]["_serialized"] == payload["id"] and data["body"] == "hi"
        else:
            assert data["key"]["id"] == raw and data["key"]["fromMe"] is False
        assert events(emu, "message")[0] == payload


def test_switching_engines_changes_rendering_not_state() -> None:
    with open_emulator() as emu, emu.client() as http:
        gows = _send_text(http)
        emu.set_engine("WEBJS")
        webjs = ok(http.get("/message", params={"chatId": PEER_CHAT, "messageId": gows["id"]}))
        assert webjs["id"] == gows["id"] and webjs["_data"]["id"]["_serialized"] == gows["id"]
        emu.set_engine("noweb")  # case-insensitive
        assert emu.engine_profile()["engine"] == "NOWEB"
        with pytest.raises(ValueError, match="GOWS, WEBJS, NOWEB"):
            emu.set_engine("WPP")
        with pytest.raises(ValueError, match="wawp-ack"):
            emu.set_engine(send_shape="plain")


def test_control_api_reads_and_sets_the_engine() -> None:
    with open_emulator() as emu, httpx.Client(base_url="http://wawp-emulator.test", transport=emu.transport()) as ctl:
        url = f"/_emulator/instances/{emu.instance_id}/engine"
        assert ctl.get(url).json() == {"engine": "GOWS", "sendShape": "engine", "engines": list(ENGINE_NAMES)}
        changed = ctl.put(url, json={"engine": "WEBJS", "sendShape": "wawp-ack"})
        assert changed.status_code == 200 and changed.json()["engine"] == "WEBJS"
        assert (emu.instance.engine, emu.instance.send_shape) == ("WEBJS", "wawp-ack")
        for bad in ({"engine": "WPP"}, {"sendShape": "x"}, {}, {"engine": "GOWS", "extra": 1}):
            response = ctl.put(url, json=bad)
            assert response.status_code == 400, (bad, response.text)
        assert ctl.get("/_emulator/instances/FFFFFFFFFFFF/engine").status_code == 404
        paths = ctl.get("/_emulator/openapi.json").json()["paths"]
        assert {"get", "put"} <= set(paths["/_emulator/instances/{instance_id}/engine"])


def test_new_instances_take_the_emulators_engine_and_reset_keeps_it() -> None:
    with Emulator(seed=0, engine="NOWEB", webhook_delivery="manual") as emu:
        assert emu.create_instance("second").engine == "NOWEB"
        emu.set_engine("GOWS")
        emu.reset()
        assert emu.instance.engine == "NOWEB"
        assert "engine=NOWEB" in repr(emu)
    with pytest.raises(ValueError, match="unknown engine"):
        Emulator(engine="VENOM")


def test_engines_survive_a_state_file_and_the_start_flag_wins_for_the_default_instance(tmp_path: Path) -> None:
    state = tmp_path / "world.sqlite"
    with Emulator(seed=0, engine="WEBJS", state_file=state, webhook_delivery="manual") as emu:
        other = emu.create_instance("other").id
        emu.set_engine("NOWEB", instance_id=other, send_shape="wawp-ack")
    with Emulator(seed=0, engine="GOWS", state_file=state, webhook_delivery="manual") as emu:
        assert emu.engine_profile()["engine"] == "GOWS"
        assert emu.engine_profile(other) == {"engine": "NOWEB", "sendShape": "wawp-ack", "engines": list(ENGINE_NAMES)}
