"""``AsyncWawp`` behaves like ``Wawp``: auth, typed results, errors, retries, context manager."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest
import wawp_client
from client_support import ACCESS_TOKEN, INSTANCE_ID, success_example


async def test_call_auth_and_result(
    spec: dict[str, Any], make_async_client: Callable[..., wawp_client.AsyncWawp]
) -> None:
    sent: list[httpx.Request] = []
    example = success_example(spec, "sendText")

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json=example)

    async with make_async_client(handler) as client:
        message = await client.messages.send_text(chat_id="201234567890@c.us", message="hi")
    assert message.id == example["id"]
    assert sent[0].url.params["instance_id"] == INSTANCE_ID
    assert sent[0].url.params["access_token"] == ACCESS_TOKEN
    assert client._http.is_closed


async def test_nested_namespace_and_create(
    spec: dict[str, Any], make_async_client: Callable[..., wawp_client.AsyncWawp]
) -> None:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        operation_id = "sessionCreate" if request.url.path.endswith("/createSession") else "groupParticipantsList"
        return httpx.Response(200, json=success_example(spec, operation_id))

    async with make_async_client(handler) as client:
        participants = await client.groups.participants.list(id="120363012345678901@g.us")
        await client.sessions.create(name="shop")
    assert isinstance(participants, list)
    assert sent[0].url.raw_path.startswith(b"/wp-json/awp/v1/groups/120363012345678901%40g.us/participants?")
    assert "instance_id" not in sent[1].url.params


async def test_errors_and_retries(make_async_client: Callable[..., wawp_client.AsyncWawp], sleeps: list[float]) -> None:
    calls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request.method)
        if request.method == "GET":
            return httpx.Response(503, json={"status": "error", "message": "down"})
        if len(calls) == 1:
            raise httpx.ConnectError("refused")
        return httpx.Response(500, text="oops")

    async with make_async_client(handler) as client:
        with pytest.raises(wawp_client.InternalServerError) as post_error:
            await client.sessions.stop()
        assert calls == ["POST", "POST"]
        with pytest.raises(wawp_client.InternalServerError) as get_error:
            await client.sessions.info()
    assert post_error.value.body == "oops"
    assert get_error.value.message.endswith("down")
    assert calls == ["POST", "POST", "GET", "GET", "GET"]
    assert len(sleeps) == 3


async def test_timeout(make_async_client: Callable[..., wawp_client.AsyncWawp]) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectTimeout("slow")

    async with make_async_client(handler, max_retries=0) as client:
        with pytest.raises(wawp_client.APITimeoutError):
            await client.sessions.info()


def test_repr_is_masked() -> None:
    client = wawp_client.AsyncWawp(INSTANCE_ID, ACCESS_TOKEN)
    assert INSTANCE_ID not in repr(client)
    assert ACCESS_TOKEN not in repr(client)
