"""HTTP handlers of the ``presence`` tag: set the account's presence, read a chat's presence."""

from __future__ import annotations

from wawp_emulator.handlers._common import backend, empty, param_str, required_str
from wawp_emulator.registry import Request, operation


@operation("presenceSet", session="WORKING")
def presence_set(req: Request) -> object:
    backend(req).presence.set_own(required_str(req, "presence"), param_str(req, "chatId"))
    return empty()


@operation("presenceGet", session="WORKING")
def presence_get(req: Request) -> object:
    return backend(req).presence.get(req.path["chatId"])
