"""wawp-emulator: a stateful, spec-validated local emulator of the Wawp WhatsApp API.

In-process::

    from wawp_emulator import Emulator

    emu = Emulator(seed=1)
    with emu.client() as http:                        # httpx.Client bound to the ASGI app, no sockets
        http.get("/session/info").json()

Server: ``wawp-emulator --port 8787`` (see ``wawp-emulator --help``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "4.1.0.post1"

__all__ = [
    "ApiError",
    "Emulator",
    "Request",
    "WebhookSink",
    "World",
    "__version__",
    "control_action",
    "create_app",
    "operation",
]

if TYPE_CHECKING:
    from wawp_emulator.control.registry import control_action
    from wawp_emulator.emulator import Emulator, create_app
    from wawp_emulator.registry import ApiError, Request, operation
    from wawp_emulator.sink import WebhookSink
    from wawp_emulator.world import World

_LAZY = {
    "ApiError": "wawp_emulator.registry",
    "Request": "wawp_emulator.registry",
    "operation": "wawp_emulator.registry",
    "control_action": "wawp_emulator.control.registry",
    "Emulator": "wawp_emulator.emulator",
    "World": "wawp_emulator.world",
    "WebhookSink": "wawp_emulator.sink",
    "create_app": "wawp_emulator.emulator",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'wawp_emulator' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module), name)
