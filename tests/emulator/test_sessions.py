"""The ``sessions`` tag over HTTP: create, lifecycle with timing, logout, delete, info, me, /status."""

from __future__ import annotations

import json
import re

import pytest
from _sessions_world import error, events, instance_client, ok, open_emulator
from wawp_emulator.emulator import Emulator
from wawp_emulator.registry import ApiError


def _new_session(emu: Emulator, name: str = "Shop") -> tuple[dict[str, str], dict[str, object]]:
    with emu.client(auth=False) as http:
        body = ok(http.post("/createSession", params={"access_token": emu.access_token, "name": name}))
    creds = {"instance_id": body["config"]["metadata"]["instance_id"], "access_token": emu.access_token}
    return creds, body


def test_default_instance_is_working() -> None:
    with open_emulator() as emu, emu.client() as http:
        info = ok(http.get("/session/info"))
        assert info["status"] == "WORKING"
        assert info["config"]["metadata"]["instance_id"] == emu.instance_id
        me = ok(http.get("/session/me"))
        assert me == info["me"] and re.fullmatch(r"\d+@c\.us", me["id"]) and me["lid"].endswith("@lid")
        assert ok(http.get("/status"))["status"] == "Online"


def test_create_session_then_scan_qr() -> None:
    with open_emulator() as emu:
        creds, created = _new_session(emu)
        assert created["name"] == "Shop" and created["status"] == "STARTING"
        metadata = created["config"]["metadata"]  # type: ignore[index]
        assert re.fullmatch(r"[0-9A-F]{12}", metadata["instance_id"])
        assert metadata["access_token"] == emu.access_token  # the real API echoes it; the journal masks it
        with instance_client(emu, creds) as http:
            assert ok(http.get("/session/info"))["status"] == "STARTING"
            assert ok(http.get("/session/me")) is None
            emu.advance(2)
            assert ok(http.get("/session/info"))["status"] == "SCAN_QR_CODE"
            emu.phone(instance_id=creds["instance_id"]).scan_qr(phone="201234567890", push_name="Shop")
            emu.advance(1)
            info = ok(http.get("/session/info"))
            assert info["status"] == "WORKING" and info["me"]["id"] == "201234567890@c.us"
            assert info["me"]["pushName"] == "Shop"
        statuses = [p["status"] for p in events(emu, "session.status", creds["instance_id"])]
        assert statuses == ["STARTING", "SCAN_QR_CODE", "WORKING"]
        journaled = [r for r in emu.requests if r.operation_id == "sessionCreate"]
        assert journaled and journaled[0].query["access_token"] == "***"


def test_between_scan_and_working_the_qr_is_gone_and_a_second_scan_is_refused() -> None:
    """The status still says SCAN_QR_CODE while the login completes; the QR must not answer 500 then."""
    with open_emulator() as emu:
        creds, _ = _new_session(emu)
        with instance_client(emu, creds) as http:
            emu.advance(2)
            assert ok(http.get("/getQr", params={"format": "raw"}))["value"]
            emu.phone(instance_id=creds["instance_id"]).scan_qr(phone="201234567890")
            assert ok(http.get("/session/info"))["status"] == "SCAN_QR_CODE"
            error(http.get("/getQr", params={"format": "raw"}), 422, "session_logging_in")
            with pytest.raises(ApiError) as refused:
                emu.phone(instance_id=creds["instance_id"]).scan_qr(phone="201234567891")
            assert (refused.value.status, refused.value.code) == (409, "session_logging_in")
            emu.advance(1)
            assert ok(http.get("/session/info"))["me"]["id"] == "201234567890@c.us"  # the first scan wins


def test_stop_start_restart() -> None:
    with open_emulator() as emu, emu.client() as http:
        assert ok(http.post("/session/stop"))["status"] == "STOPPED"
        assert ok(http.get("/status"))["status"] != "Online"
        error(http.post("/send", params={"chatId": "201112223334", "message": "x"}), 422, "session_not_working")
        assert ok(http.post("/session/start"))["status"] == "STARTING"
        assert ok(http.post("/session/start"))["status"] == "STARTING"  # idempotent
        emu.advance(2)
        assert ok(http.get("/session/info"))["status"] == "WORKING"  # pairing kept: no QR
        assert ok(http.post("/session/restart"))["status"] == "STARTING"
        emu.advance(2)
        assert ok(http.get("/session/info"))["status"] == "WORKING"
        assert [p["status"] for p in events(emu, "session.status")] == [
            "STOPPED",
            "STARTING",
            "WORKING",
            "STOPPED",
            "STARTING",
            "WORKING",
        ]


def test_logout_unpairs_and_shows_a_new_qr() -> None:
    with open_emulator() as emu, emu.client() as http:
        body = ok(http.post("/session/logout"))
        assert body["status"] == "STARTING" and body["me"] is None
        emu.advance(2)
        assert ok(http.get("/session/info"))["status"] == "SCAN_QR_CODE"
        assert ok(http.get("/session/me")) is None


def test_phone_unlink_and_engine_failure() -> None:
    with open_emulator() as emu, emu.client() as http:
        emu.server.fail_session(reason="crash")
        assert ok(http.get("/session/info"))["status"] == "FAILED"
        ok(http.post("/session/restart"))
        emu.advance(2)
        assert ok(http.get("/session/info"))["status"] == "WORKING"
        emu.phone.log_out()
        assert ok(http.get("/session/info"))["status"] == "FAILED"
        ok(http.post("/session/restart"))
        emu.advance(2)
        assert ok(http.get("/session/info"))["status"] == "SCAN_QR_CODE"


def test_idle_qr_fails_after_the_configured_timeout() -> None:
    with open_emulator(qr_timeout=40, qr_interval=10) as emu:
        creds, _ = _new_session(emu)
        emu.advance(2 + 39)
        with instance_client(emu, creds) as http:
            assert ok(http.get("/session/info"))["status"] == "SCAN_QR_CODE"
            emu.advance(1)
            assert ok(http.get("/session/info"))["status"] == "FAILED"
        statuses = [p["status"] for p in events(emu, "session.status", creds["instance_id"])]
        assert statuses == ["STARTING"] + ["SCAN_QR_CODE"] * 4 + ["FAILED"]  # one per QR rotation


def test_delete_then_credentials_are_invalid() -> None:
    with open_emulator() as emu:
        creds, _ = _new_session(emu, "Temp")
        with instance_client(emu, creds) as http:
            assert ok(http.delete("/session/delete"))["status"] == "DELETED"
            error(http.get("/session/info"), 401, "invalid_instance")


def test_session_configure_control_action() -> None:
    with open_emulator() as emu, emu.client() as http:
        timing = emu.server.configure_timing(starting_delay=7)
        assert timing["starting_delay"] == 7
        ok(http.post("/session/restart"))
        emu.advance(6.9)
        assert ok(http.get("/session/info"))["status"] == "STARTING"
        emu.advance(0.1)
        assert ok(http.get("/session/info"))["status"] == "WORKING"
        emu.server.configure_timing(fast=True)
        ok(http.post("/session/restart"))
        assert ok(http.get("/session/info"))["status"] == "WORKING"


def test_credentials_stay_out_of_webhooks_and_journals() -> None:
    with open_emulator() as emu, emu.client() as http:
        ok(http.post("/session/restart"))
        emu.advance(5)
        ok(http.post("/send", params={"chatId": "201234567890", "message": "hi"}))
        error(http.get("/session/info", params={"access_token": "wrong-token"}), 401)
        assert events(emu, "session.status") and events(emu, "message.any")
        kept = json.dumps([emu.events, [r.to_json() for r in emu.requests]])
        assert emu.access_token not in kept and "wrong-token" not in kept
        assert all("access_token" not in e["metadata"] for e in emu.events)
