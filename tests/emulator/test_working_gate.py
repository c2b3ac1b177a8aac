"""The WORKING requirement is declared per operation (``@operation(..., session="WORKING")``) and per
control action, and checked once, before the handler or action runs."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from _sessions_world import make_world
from wawp_emulator.control import load_actions
from wawp_emulator.control.registry import CONTROL_ACTIONS
from wawp_emulator.emulator import Emulator
from wawp_emulator.errors import StateError
from wawp_emulator.handlers import load_handlers
from wawp_emulator.registry import HANDLERS, SESSION_REQUIRED, ApiError, Request, handle

SPEC = Path(__file__).resolve().parents[2] / "spec" / "openapi.yaml"
SESSIONLESS_TAGS = {"sessions", "auth"}
"""WAHA's session and login routes take the session in any status (that is what they are for)."""
STATIC_LISTS = {"channelsSearchViews", "channelsSearchCountries", "channelsSearchCategories"}
"""Fixed catalogues the emulator answers without asking the engine."""
V2_SENDS = {"authOtpSend", "authListSend", "sendList", "sendEvent", "sendPollVote", "groupJoinByLink", "groupDetail"}
"""v2's own operations that need the session: they send a message, or are v1's group calls moved."""

load_handlers()  # (registers the declarations the tests below are parametrized with)


def _operations_by_tag() -> dict[str, str]:
    spec = yaml.safe_load(SPEC.read_text())
    return {
        op["operationId"]: op["tags"][0]
        for item in spec["paths"].values()
        for op in item.values()
        if isinstance(op, dict) and "operationId" in op
    }


def test_every_operation_outside_the_session_routes_requires_working() -> None:
    """WAHA's controllers take the session through ``WorkingSessionParam`` / ``getWorkingSession`` on
    every route but the session lifecycle and login (``sessions.controller``, ``auth.controller``); v2's
    own calls need it where they send a message (the OTP, the confirmation list, lists, events, votes)."""
    tags = _operations_by_tag()
    expected = {op for op, tag in tags.items() if tag not in SESSIONLESS_TAGS} - STATIC_LISTS
    assert set(SESSION_REQUIRED) == expected | V2_SENDS
    assert set(SESSION_REQUIRED.values()) == {"WORKING"}
    assert all(op in SESSION_REQUIRED for op in tags if op.startswith(("send", "chat", "group")))


@pytest.mark.parametrize("operation_id", sorted(SESSION_REQUIRED))
def test_the_gate_answers_before_the_handler_runs(operation_id: str) -> None:
    """With the session stopped, an empty request (which the handler itself would refuse with another
    error) answers 422 ``session_not_working``: the check comes first."""
    world, instance = make_world()
    instance.backend().sessions.stop()
    request = Request(operation_id, {}, {}, None, instance, instance.account, world)
    with pytest.raises(StateError) as caught:
        handle(HANDLERS[operation_id], request)
    assert (caught.value.status, caught.value.code) == (422, "session_not_working")
    assert caught.value.data["sessionStatus"] == "STOPPED"


def test_control_actions_declare_it_too() -> None:
    """What the other side does in a chat needs the instance online; a message may arrive at any time
    (the server keeps it until the session is WORKING)."""
    load_actions()
    working = {name for name, action in CONTROL_ACTIONS.items() if action.session == "WORKING"}
    assert working == {
        "call.accepted",
        "call.received",
        "call.rejected",
        "event.response",
        "message.edit",
        "message.reaction",
        "message.revoke",
        "poll.vote",
    }
    with Emulator(seed=1) as emu:
        emu.instance.backend().sessions.stop()
        with pytest.raises(ApiError) as caught:
            emu.act(None, "call.received", **{"from": "201112223334"})
        assert (caught.value.status, caught.value.code) == (422, "session_not_working")
        queued = emu.act(None, "message.inbound", **{"from": "201112223334", "body": "later"})
        assert queued["queued"] is True
