"""Each engine profile refuses what the spec says its engine refuses, and answers the login calls only in
the session statuses the spec gives for its engine: the inventory comes from the spec, not from here."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import httpx
import pytest
from _engines import ENGINE_NAMES
from _sessions_world import error, ok, open_emulator
from test_every_operation import _example_request
from wawp_emulator.emulator import Emulator
from wawp_emulator.engine_rules import bundled_rules

RULES = bundled_rules()
REFUSALS = [(engine, op) for engine in ENGINE_NAMES for op in sorted(RULES.refused_by(engine))]
GATED = sorted(RULES.states)
STATUSES = ("STARTING", "SCAN_QR_CODE", "WORKING", "FAILED", "STOPPED")
LOGIN_CALLS = {
    "authScreenshot": ("GET", "/getScreenshot", {}),
    "authGetQr": ("GET", "/getQr", {}),
    "authRequestCode": ("POST", "/requestCode", {"phone_number": "447441429008"}),
}


def test_every_engine_refuses_something_and_the_login_calls_are_gated() -> None:
    assert {engine for engine, _ in REFUSALS} == set(ENGINE_NAMES)
    assert set(LOGIN_CALLS) == set(GATED)


@pytest.mark.parametrize(("engine", "operation_id"), REFUSALS, ids=[f"{e}-{o}" for e, o in REFUSALS])
def test_a_refused_call_answers_wahas_501_naming_the_engine(engine: str, operation_id: str) -> None:
    """The spec's own example request, which the other engines answer, gets WAHA's refusal (before any
    lookup: the engine's method is what is missing)."""
    method, path, query, body = _example_request(operation_id)
    with open_emulator(engine) as emu, emu.client() as http:
        answer = error(http.request(method, path, params=query, json=body), 501, "wawp_upstream_error")
        assert f"not implemented by '{engine}' engine" in answer["message"]
        assert answer["data"] == {"status": 501}
        assert [r.status for r in emu.requests if r.operation_id == operation_id] == [501]


def test_a_refusal_comes_after_the_working_gate() -> None:
    """WAHA checks the session's status before calling the engine: a stopped session is 422, not 501."""
    with open_emulator("GOWS") as emu, emu.client() as http:
        ok(http.post("/session/stop"))
        error(http.post("/chats/201234567890@c.us/archive"), 422)


@contextmanager
def _session_in(emu: Emulator, status: str) -> Iterator[httpx.Client]:
    """A client of an instance whose session is in ``status`` (WORKING: the seeded one)."""
    if status == "WORKING":
        with emu.client() as http:
            yield http
        return
    with emu.client() as http:
        created = ok(http.post("/createSession", params={"name": f"in-{status.lower()}"}))
    creds = {
        "instance_id": created["config"]["metadata"]["instance_id"],
        "access_token": emu.credentials["access_token"],
    }
    with httpx.Client(base_url=emu.base_url, transport=emu.transport(), params=creds) as other:
        if status == "STOPPED":  # (a new session starts at once)
            ok(other.post("/session/stop"))
        if status in ("SCAN_QR_CODE", "FAILED"):
            emu.advance(3)
        if status == "FAILED":
            emu.advance(600)  # the QR was never scanned
        assert ok(other.get("/session/info"))["status"] == status
        yield other


@pytest.mark.parametrize("engine", ENGINE_NAMES)
@pytest.mark.parametrize("status", STATUSES)
def test_login_calls_answer_only_in_the_engines_statuses(engine: str, status: str) -> None:
    with open_emulator(engine) as emu, _session_in(emu, status) as http:
        for operation_id, (method, path, params) in LOGIN_CALLS.items():
            allowed = RULES.statuses(operation_id, engine)
            assert allowed is not None
            answer = http.request(method, path, params=params)
            if status in allowed:
                assert answer.status_code == 200, (operation_id, answer.text)
            else:
                error(answer, 422, "session_status_unexpected")


def test_gows_shows_the_qr_as_its_screenshot_and_nothing_once_working() -> None:
    with open_emulator("GOWS") as emu:
        with _session_in(emu, "SCAN_QR_CODE") as http:
            assert ok(http.get("/getScreenshot"))["mimetype"] == "image/png"
        with emu.client() as http:
            assert "WORKING" in error(http.get("/getScreenshot"), 422)["message"]
