"""Shared fixtures of the client tests: the spec, its examples, and clients on ``httpx.MockTransport``.

No sockets and no sleeping: retries go through a recording ``sleep`` and a seeded jitter.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
import wawp_client
import yaml
from client_support import ACCESS_TOKEN, BASE_URL, INSTANCE_ID, SPEC_PATH

Handler = Callable[[httpx.Request], httpx.Response]


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_bytes())
    return loaded


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Every retry wait, recorded instead of slept (sync and async)."""
    waited: list[float] = []

    async def fake_async_sleep(delay: float) -> None:
        waited.append(delay)

    monkeypatch.setattr("wawp_client._retry.time.sleep", waited.append)
    monkeypatch.setattr("wawp_client._retry.asyncio.sleep", fake_async_sleep)
    return waited


@pytest.fixture
def make_client(sleeps: list[float]) -> Iterator[Callable[..., wawp_client.Wawp]]:
    created: list[wawp_client.Wawp] = []

    def make(handler: Handler, **kwargs: Any) -> wawp_client.Wawp:
        options: dict[str, Any] = {"instance_id": INSTANCE_ID, "access_token": ACCESS_TOKEN, "base_url": BASE_URL}
        options.update(kwargs)
        client = wawp_client.Wawp(transport=httpx.MockTransport(handler), **options)
        client.retry_policy.rng = random.Random(7)
        created.append(client)
        return client

    yield make
    for client in created:
        client.close()


@pytest.fixture
def make_async_client(sleeps: list[float]) -> Callable[..., wawp_client.AsyncWawp]:
    def make(handler: Handler, **kwargs: Any) -> wawp_client.AsyncWawp:
        options: dict[str, Any] = {"instance_id": INSTANCE_ID, "access_token": ACCESS_TOKEN, "base_url": BASE_URL}
        options.update(kwargs)
        client = wawp_client.AsyncWawp(transport=httpx.MockTransport(handler), **options)
        client.retry_policy.rng = random.Random(7)
        return client

    return make
