"""Session status machine, QR rotation, pairing codes and timing (state level, manual clock)."""

from __future__ import annotations

import base64
from dataclasses import replace
from typing import Any

import pytest
from _sessions_world import make_world, payloads
from wawp_emulator.errors import StateError
from wawp_emulator.state.sessions import PAIRING_ALPHABET, SessionFact, SessionState, Timing, png_image, qr_png
from wawp_emulator.world import Instance, World

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _stopped(**config: Any) -> tuple[World, SessionState]:
    world, instance = make_world(initial_status="STOPPED", **config)
    return world, instance.state(SessionState)


def _working() -> tuple[World, SessionState]:
    world, instance = make_world()
    return world, instance.state(SessionState)


def _do(session: SessionState, facts: list[SessionFact]) -> None:
    """Carry out a change as the handlers do: through the instance's backend."""
    instance = session.instance
    assert isinstance(instance, Instance)
    instance.backend().apply(facts)


def _linked(session: SessionState) -> bool:
    return session.account is not None


def _statuses(world: World) -> list[str]:
    return [p["status"] for p in payloads(world, "session.status")]


def test_default_instance_is_linked_and_working() -> None:
    world, session = _working()
    assert session.status == "WORKING"
    me = session.me_json()
    assert me is not None and me["id"].endswith("@c.us") and me["lid"].endswith("@lid")
    assert me["jid"].startswith(me["id"].split("@")[0] + ":")
    assert list(world.events) == []  # nothing happened yet


def test_an_instance_configured_to_start_starts_when_its_backend_first_reaches_it() -> None:
    world, instance = make_world(initial_status="SCAN_QR_CODE")
    session = instance.backend().sessions
    assert session.status == "STARTING" and [p.status for p in session.history] == ["STARTING"]
    assert _statuses(world) == ["STARTING"]
    world.advance(2)
    assert instance.backend().sessions.status == "SCAN_QR_CODE"
    assert _statuses(world) == ["STARTING", "SCAN_QR_CODE"]


def test_full_lifecycle_with_timing() -> None:
    world, session = _stopped()
    assert session.status == "STOPPED" and session.me_json() is None
    _do(session, session.start())
    assert session.status == "STARTING"
    world.advance(1.9)
    assert session.status == "STARTING"
    world.advance(0.1)
    assert session.status == "SCAN_QR_CODE"
    first_qr = session.qr()
    assert first_qr.startswith("2@") and first_qr.count(",") == 3
    world.advance(20)
    assert session.qr() != first_qr  # rotated
    _do(session, session.scan_qr(phone="201234567890", push_name="Shop"))
    assert session.status == "SCAN_QR_CODE"  # login takes login_delay
    world.advance(1)
    assert session.status == "WORKING"
    assert session.me_json() == {
        "id": "201234567890@c.us",
        "lid": session.me_json()["lid"],  # type: ignore[index]
        "jid": session.me_json()["jid"],  # type: ignore[index]
        "pushName": "Shop",
    }
    assert _statuses(world) == ["STARTING", "SCAN_QR_CODE", "SCAN_QR_CODE", "WORKING"]
    payload = world.events[-1]["payload"]
    assert payload["name"] == session.name
    assert [p["status"] for p in payload["statuses"]] == ["SCAN_QR_CODE", "SCAN_QR_CODE", "WORKING"]
    assert all(isinstance(p["timestamp"], int) and p["timestamp"] > 10**12 for p in payload["statuses"])


def test_stop_keeps_pairing_and_start_reconnects_without_qr() -> None:
    world, session = _stopped()
    _do(session, session.start())
    world.advance(2)
    _do(session, session.scan_qr())
    world.advance(1)
    number = session.own_id
    _do(session, session.stop())
    assert session.status == "STOPPED" and session.me_json() is None
    _do(session, session.start())
    world.advance(2)
    assert session.status == "WORKING" and session.own_id == number
    assert _statuses(world)[-3:] == ["STOPPED", "STARTING", "WORKING"]


def test_start_is_idempotent_and_restart_goes_through_stopped() -> None:
    world, session = _working()
    _do(session, session.start())
    assert list(world.events) == []
    _do(session, session.restart())
    assert _statuses(world) == ["STOPPED", "STARTING"]
    world.advance(2)
    assert session.status == "WORKING"


def test_logout_of_running_session_shows_a_fresh_qr() -> None:
    world, session = _working()
    _do(session, session.logout())
    assert session.account is None and session.status == "STARTING"
    world.advance(2)
    assert session.status == "SCAN_QR_CODE" and session.me_json() is None
    assert _statuses(world) == ["STOPPED", "STARTING", "SCAN_QR_CODE"]


def test_logout_of_stopped_session_stays_stopped() -> None:
    world, session = _working()
    _do(session, session.stop())
    _do(session, session.logout())
    assert session.status == "STOPPED" and session.account is None
    _do(session, session.start())
    world.advance(2)
    assert session.status == "SCAN_QR_CODE"


def test_unscanned_qr_fails_after_timeout_and_stale_timers_do_nothing() -> None:
    world, session = _stopped(qr_timeout=60)
    _do(session, session.start())
    world.advance(2)
    world.advance(59)
    assert session.status == "SCAN_QR_CODE"
    world.advance(1)
    assert session.status == "FAILED" and session.qr_value is None
    rotations_before = len(world.events)
    world.advance(600)
    assert len(world.events) == rotations_before  # no rotation timers fire any more
    _do(session, session.restart())
    world.advance(2)
    assert session.status == "SCAN_QR_CODE"


def test_stop_during_starting_cancels_the_pending_transition() -> None:
    world, session = _stopped()
    _do(session, session.start())
    _do(session, session.stop())
    world.advance(10)
    assert session.status == "STOPPED"


def test_unlink_and_fail() -> None:
    world, session = _working()
    _do(session, session.fail("boom"))
    assert session.status == "FAILED" and _linked(session)
    _do(session, session.restart())
    world.advance(2)
    assert session.status == "WORKING"
    _do(session, session.unlink())
    assert session.status == "FAILED" and not _linked(session)
    with pytest.raises(StateError) as caught:
        _do(session, session.unlink())
    assert caught.value.status == 409
    _do(session, session.restart())
    world.advance(2)
    assert session.status == "SCAN_QR_CODE"


def test_pairing_code_format_and_entry() -> None:
    world, session = _stopped()
    with pytest.raises(StateError) as caught:
        session.request_code("201234567890")
    assert caught.value.status == 422
    _do(session, session.start())
    world.advance(2)
    code = session.request_code("+44 7441 429009")
    assert len(code) == 9 and code[4] == "-"
    assert all(ch in PAIRING_ALPHABET for ch in code.replace("-", ""))
    with pytest.raises(StateError) as wrong:
        _do(session, session.enter_pairing_code("AAAA-AAAA" if code != "AAAA-AAAA" else "BBBB-BBBB"))
    assert (wrong.value.status, wrong.value.code) == (400, "wrong_pairing_code")
    world.advance(20)  # a QR rotation does not invalidate the code
    _do(session, session.enter_pairing_code(code.lower()))
    world.advance(1)
    assert session.status == "WORKING" and session.own_id == "447441429009@c.us"


def test_pairing_code_is_per_connection_attempt() -> None:
    world, session = _stopped()
    _do(session, session.start())
    world.advance(2)
    code = session.request_code("447441429009")
    _do(session, session.restart())
    world.advance(2)
    with pytest.raises(StateError) as caught:
        _do(session, session.enter_pairing_code(code))
    assert caught.value.code == "no_pairing_code"


def test_qr_is_only_available_while_scanning() -> None:
    _world, session = _working()
    with pytest.raises(StateError) as caught:
        session.qr()
    assert caught.value.status == 422


def test_fast_timing_is_synchronous() -> None:
    _world, instance = make_world(timing=replace(Timing.fast(), initial_status="STOPPED"))
    session = instance.state(SessionState)
    _do(session, session.start())
    assert session.status == "SCAN_QR_CODE"
    _do(session, session.scan_qr())
    assert session.status == "WORKING"


def test_instance_overrides_and_determinism() -> None:
    def run() -> list[object]:
        world, session = _stopped()
        session.timing_overrides = {"starting_delay": 5}
        _do(session, session.start())
        world.advance(4.9)
        out: list[object] = [session.status]
        world.advance(0.1)
        out += [session.status, session.qr(), session.request_code("201234567890"), session.default_account().id]
        return out

    first, second = run(), run()
    assert first == second
    assert first[:2] == ["STARTING", "SCAN_QR_CODE"]


def test_qr_png_is_a_stable_png() -> None:
    value = "2@abc,def,ghi,jkl"
    png = qr_png(value)
    assert png.startswith(PNG_SIGNATURE)
    assert png == qr_png(value)
    assert png != qr_png(value + "x")
    plain = png_image(8, 6, (1, 2, 3), band=(4, 5, 6))
    assert plain.startswith(PNG_SIGNATURE) and plain.endswith(b"IEND\xaeB`\x82")
    assert base64.b64decode(base64.b64encode(png)) == png


def test_screenshot_shows_qr_while_scanning() -> None:
    world, session = _stopped()
    assert session.screenshot_png().startswith(PNG_SIGNATURE)
    _do(session, session.start())
    world.advance(2)
    assert session.screenshot_png() == qr_png(session.qr(), scale=4)
