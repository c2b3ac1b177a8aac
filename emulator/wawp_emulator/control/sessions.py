"""Control actions of the sessions group: what the phone and the other people do (``/_emulator``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from wawp_emulator.control.registry import control_action
from wawp_emulator.state.sessions import Timing

if TYPE_CHECKING:
    from wawp_emulator.world import Instance, World


@control_action("session.scan_qr")
def control_scan_qr(world: World, instance: Instance, body: dict[str, Any]) -> object:
    """The phone scans the current QR; the session is WORKING after ``login_delay``."""
    b = instance.backend()
    b.apply(b.sessions.scan_qr(phone=body.get("phone"), push_name=body.get("pushName")))
    return b.session_info()


@control_action("session.enter_pairing_code")
def control_enter_pairing_code(world: World, instance: Instance, body: dict[str, Any]) -> object:
    """The phone types the code ``/requestCode`` gave; wrong or stale codes are refused."""
    b = instance.backend()
    b.apply(b.sessions.enter_pairing_code(body["code"], push_name=body.get("pushName")))
    return b.session_info()


@control_action("session.unlink")
def control_unlink(world: World, instance: Instance, body: dict[str, Any]) -> object:
    """The phone removes the linked device: FAILED, logged out (a restart shows a new QR)."""
    b = instance.backend()
    b.apply(b.sessions.unlink())
    return b.session_info()


@control_action("session.fail")
def control_fail(world: World, instance: Instance, body: dict[str, Any]) -> object:
    """The engine fails: FAILED with the pairing kept (a restart recovers to WORKING)."""
    b = instance.backend()
    b.apply(b.sessions.fail(body.get("reason")))
    return b.session_info()


_TIMING_FIELDS = (
    "starting_delay",
    "qr_interval",
    "qr_timeout",
    "login_delay",
    "ack_server",
    "ack_device",
    "ack_read",
    "ack_played",
)
"""The body fields of ``session.configure`` that are ``Timing`` fields (the rest are ``fast`` and ``reset``)."""


@control_action("session.configure")
def control_configure(world: World, instance: Instance, body: dict[str, Any]) -> object:
    """Per-instance timing overrides (seconds of world clock; null stops that step)."""
    session = instance.backend().sessions
    if body.get("reset"):
        session.timing_overrides = {}
    if body.get("fast"):
        fast = Timing.fast()
        session.timing_overrides.update({k: getattr(fast, k) for k in _TIMING_FIELDS})
    session.timing_overrides.update({k: v for k, v in body.items() if k in _TIMING_FIELDS})
    timing = session.timing
    return {k: getattr(timing, k) for k in _TIMING_FIELDS}


@control_action("account.plan")
def control_plan(world: World, instance: Instance, body: dict[str, Any]) -> object:
    """The instance's account moves to another Wawp plan (``free``: v2's paid-only calls answer 403)."""
    instance.account.plan = str(body["plan"])
    world.changes.account(instance.account)  # (an account's fields are not noted by themselves)
    return {"plan": instance.account.plan}
