"""HTTP handlers of the ``presence`` tag: set the account's presence, read a chat's presence."""

from __future__ import annotations

from wawp_emulator.handlers._common import domain_errors, empty, param_str, required_str, state_of
from wawp_emulator.registry import Request, operation
from wawp_emulator.state.messages import require_working
from wawp_emulator.state.presence import PresenceState


def _presence(req: Request) -> PresenceState:
    state = state_of(req, PresenceState)
    with domain_errors():
        require_working(state.instance)
    return state


@operation("presenceSet")
def presence_set(req: Request) -> object:
    state = _presence(req)
    with domain_errors():
        state.set_own(required_str(req, "presence"), param_str(req, "chatId"))
    return empty()


@operation("presenceGet")
def presence_get(req: Request) -> object:
    state = _presence(req)
    with domain_errors():
        return state.get(req.path["chatId"])
