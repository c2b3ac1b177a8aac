"""Engine profiles: how the WAHA engine behind Wawp renders what its REST layer passes through.

Each instance has an engine (``GOWS``, ``WEBJS`` or ``NOWEB``; default ``GOWS``, the engine Wawp
runs) and a send shape (``engine``: the engine's raw answer; ``wawp-ack``: the Wawp wrapper
``{"sent": true, "upstream_status": 201}`` the vendor's plugin also accepts). State stays
engine-neutral; handlers and the event bus ask this package for the body of an answer.

One module per engine (``gows``, ``webjs``, ``noweb``) implements :class:`~.base.Engine`;
``ENGINES`` is the registry; ``render`` gives an instance's bodies (it reads state, so state modules
other than messages import only this registry).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from wawp_emulator.engines.base import Context, Engine
from wawp_emulator.engines.gows import Gows
from wawp_emulator.engines.noweb import Noweb
from wawp_emulator.engines.webjs import Webjs

if TYPE_CHECKING:
    from wawp_emulator.world import Instance

__all__ = [
    "DEFAULT_ENGINE",
    "ENGINES",
    "ENGINE_NAMES",
    "SEND_SHAPES",
    "WAWP_SEND_ACK",
    "Context",
    "Engine",
    "engine_name",
    "engine_of",
    "send_shape",
    "serialized_message_id",
]

ENGINES: dict[str, Engine] = {engine.name: engine for engine in (Gows(), Webjs(), Noweb())}
ENGINE_NAMES = tuple(ENGINES)
DEFAULT_ENGINE = Gows.name
SEND_SHAPES = ("engine", "wawp-ack")
WAWP_SEND_ACK: dict[str, Any] = {"sent": True, "upstream_status": 201}
"""The vendor's own acknowledgement of a send (its WordPress plugin's ``is_successful_status``)."""


def engine_name(value: object) -> str:
    """``value`` as a known engine name (case-insensitive); ``ValueError`` naming the choices otherwise."""
    name = str(value).strip().upper()
    if name not in ENGINES:
        raise ValueError(f"unknown engine {value!r}; choose one of {', '.join(ENGINE_NAMES)}")
    return name


def send_shape(value: object) -> str:
    """``value`` as a known send shape; ``ValueError`` naming the choices otherwise."""
    shape = str(value).strip().lower()
    if shape not in SEND_SHAPES:
        raise ValueError(f"unknown send shape {value!r}; choose one of {', '.join(SEND_SHAPES)}")
    return shape


def engine_of(instance: Instance) -> Engine:
    return ENGINES[instance.engine]


def serialized_message_id(body: Any) -> str | None:
    """The ``{fromMe}_{chat}_{id}`` id a send answered, in any engine's shape; ``None`` for the Wawp ack.

    GOWS: ``id``; WEBJS: ``id._serialized``; NOWEB: built from baileys' ``key`` (``@s.whatsapp.net``
    read as ``@c.us``). What the client's ``SentMessage.id`` gives, for code that reads raw JSON.
    """
    if not isinstance(body, dict):
        return None
    key = body.get("key")
    if isinstance(key, dict) and {"remoteJid", "fromMe", "id"} <= set(key):
        chat = str(key["remoteJid"]).replace("@s.whatsapp.net", "@c.us")
        return f"{str(bool(key['fromMe'])).lower()}_{chat}_{key['id']}"
    ident = body.get("id")
    if isinstance(ident, dict):
        ident = ident.get("_serialized")
    return ident if isinstance(ident, str) else None
