"""A real core ``World`` on a manual clock with one instance, for the sessions/messages state tests."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx
from wawp_emulator.clock import ManualClock
from wawp_emulator.emulator import Emulator
from wawp_emulator.engines import DEFAULT_ENGINE
from wawp_emulator.world import Instance, World

INSTANCE_ID = "A1B2C3D4E5F6"


def make_world(seed: int = 42, **config: Any) -> tuple[World, Instance]:
    world = World(seed, ManualClock(), config=config)
    account = world.add_account("test-token")
    return world, world.create_instance(account, instance_id=INSTANCE_ID)


def names(world: World) -> list[str]:
    return [e["event"] for e in world.events]


def payloads(world: World, event: str) -> list[dict[str, Any]]:
    return [e["payload"] for e in world.events if e["event"] == event]


@contextmanager
def open_emulator(engine: str = DEFAULT_ENGINE, **config: Any) -> Iterator[Emulator]:
    """A strict in-process emulator (violations raise) imitating ``engine``, webhooks held, with ``config``
    for the world."""
    emu = Emulator(seed=0, raise_on_violation=True, webhook_delivery="manual", config=config, engine=engine)
    try:
        yield emu
    finally:
        emu.close()
    assert emu.violations == []


def events(emu: Emulator, event: str, instance_id: str | None = None) -> list[dict[str, Any]]:
    """Payloads of ``event`` emitted so far (for one instance when ``instance_id`` is given)."""
    return [
        e["payload"]
        for e in emu.events
        if e["event"] == event and (instance_id is None or e["instance_id"] == instance_id)
    ]


def ok(response: httpx.Response) -> Any:
    """The JSON of a 200 answer (``None`` for the empty 200s of WAHA's actions that return nothing)."""
    assert response.status_code == 200, response.text
    return response.json() if response.content else None


def error(response: httpx.Response, status: int, code: str | None = None) -> dict[str, Any]:
    assert response.status_code == status, response.text
    body: dict[str, Any] = response.json()
    assert body["data"]["status"] == status
    if code is not None:
        assert body["code"] == code, body
    return body


def instance_client(emu: Emulator, credentials: dict[str, str]) -> httpx.Client:
    """An in-process client for another instance than the default one."""
    return httpx.Client(base_url=emu.base_url, transport=emu.transport(), params=credentials)
