"""Fixtures of the end-to-end tests: the generated client against the emulator (``wawp_emulator.testing``).

The emulator fixture comes from the emulator's pytest plugin (seeded, strict, contract violations
raised); here it gets a fixed seed, held webhooks and each engine profile in turn. Client retry waits
are recorded, not slept.
"""

from __future__ import annotations

import random
from collections.abc import AsyncIterator, Iterator
from types import SimpleNamespace
from typing import Any

import pytest
import wawp_client
from e2e_support import SEED, make_async_client
from wawp_emulator.emulator import Emulator
from wawp_emulator.testing import ENGINE_NAMES, make_client


@pytest.fixture
def wawp_emulator_options() -> dict[str, Any]:
    return {"seed": SEED, "webhook_delivery": "manual"}


@pytest.fixture(params=ENGINE_NAMES)
def wawp_emulator_engine(request: pytest.FixtureRequest) -> str:
    """Every end-to-end test that uses the emulator runs once per engine profile: the client must read
    whatever shape the engine behind Wawp answers."""
    return str(request.param)


@pytest.fixture(autouse=True)
def _no_ambient_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    """The tests pass every credential explicitly; nothing may leak in from the environment."""
    for name in ("WAWP_INSTANCE_ID", "WAWP_ACCESS_TOKEN", "WAWP_BASE_URL"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def retry_sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Every wait the client's retry transports ask for, recorded instead of slept (sync and async)."""
    import wawp_client._retry as retry_module

    waited: list[float] = []

    async def fake_async_sleep(delay: float) -> None:
        waited.append(delay)

    monkeypatch.setattr(retry_module, "time", SimpleNamespace(sleep=waited.append, time=__import__("time").time))
    monkeypatch.setattr(retry_module, "asyncio", SimpleNamespace(sleep=fake_async_sleep))
    return waited


@pytest.fixture
def client(emulator: Emulator, retry_sleeps: list[float]) -> Iterator[wawp_client.Wawp]:
    made = make_client(emulator)
    made.retry_policy.rng = random.Random(SEED)
    try:
        yield made
    finally:
        made.close()


@pytest.fixture
async def aclient(emulator: Emulator, retry_sleeps: list[float]) -> AsyncIterator[wawp_client.AsyncWawp]:
    made = make_async_client(emulator)
    try:
        yield made
    finally:
        await made.close()
