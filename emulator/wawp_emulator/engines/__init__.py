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
    from wawp_emulator.kernel import InstanceView

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


def engine_of(instance: InstanceView) -> Engine:
    return ENGINES[instance.engine]
