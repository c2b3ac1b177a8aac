"""The openai-python-style surface: raw responses, per-call options, readable help, a clean namespace."""

from __future__ import annotations

import pydoc
from collections.abc import Callable
from typing import Any

import httpx
import pytest
import wawp_client
from wawp_client._options import RequestOptions
from wawp_client._response import APIResponse
from wawp_client.models import GowsGroupInfo, SentMessage
from wawp_client.pagination import AsyncPage, SyncPage

GROUP = {"JID": "120363012345678901@g.us", "Name": "Team"}


def _handler(sent: list[httpx.Request]) -> Callable[[httpx.Request], httpx.Response]:
    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        if request.url.path.endswith("/groups"):
            return httpx.Response(200, json=[GROUP], headers={"x-request-id": "req-1"})
        return httpx.Response(200, json={"id": "true_1@c.us_ABCDEF", "_data": None}, headers={"x-request-id": "req-2"})

    return handler


def test_with_raw_response(make_client: Callable[..., wawp_client.Wawp]) -> None:
    sent: list[httpx.Request] = []
    client = make_client(_handler(sent))
    raw = client.with_raw_response.messages.send_text(chat_id="1@c.us", message="Hi")
    assert isinstance(raw, APIResponse)
    assert raw.status_code == 200
    assert raw.headers["x-request-id"] == "req-2"
    assert isinstance(raw.http_response, httpx.Response)
    assert raw.json() == {"id": "true_1@c.us_ABCDEF", "_data": None}
    parsed = raw.parse()
    assert isinstance(parsed, SentMessage)
    assert parsed.id == "true_1@c.us_ABCDEF"
    assert raw.parse() is parsed  # parsed once
    assert client.with_raw_response is client.with_raw_response
    assert client.with_raw_response.groups.participants is client.with_raw_response.groups.participants
    page = client.with_raw_response.groups.list(limit=1).parse()
    assert isinstance(page, SyncPage)
    assert page.has_next_page()
    assert len(sent) == 2
    assert isinstance(client.messages.send_text(chat_id="1@c.us", message="Hi"), SentMessage)  # plain again


async def test_with_raw_response_async(make_async_client: Callable[..., wawp_client.AsyncWawp]) -> None:
    sent: list[httpx.Request] = []
    async with make_async_client(_handler(sent)) as client:
        raw = await client.with_raw_response.groups.list(limit=5)
        assert raw.headers["x-request-id"] == "req-1"
        page = raw.parse()
        assert isinstance(page, AsyncPage)
        assert not page.has_next_page()
        assert isinstance(page.items[0], GowsGroupInfo)
        assert page.items[0].name == "Team"
        plain = await client.groups.list(limit=5)
        assert isinstance(plain, AsyncPage)


def test_every_method_takes_the_per_call_options(
    make_client: Callable[..., wawp_client.Wawp], monkeypatch: pytest.MonkeyPatch
) -> None:
    client = make_client(_handler([]))
    seen: list[RequestOptions | None] = []
    send = client._send

    def spy(operation: Any, options: RequestOptions | None, kwargs: dict[str, Any]) -> Any:
        seen.append(options)
        return send(operation, options, kwargs)

    monkeypatch.setattr(client, "_send", spy)
    client.groups.list()
    client.groups.list(timeout=2.5, extra_headers={"X-Trace": "1"}, extra_query={"debug": "1"})
    client.groups.create(name="Team", participants=[{"id": "201234567890"}], timeout=httpx.Timeout(3.0))
    assert seen[0] is None  # nothing overridden, nothing allocated
    assert seen[1] == RequestOptions(timeout=2.5, extra_headers={"X-Trace": "1"}, extra_query={"debug": "1"})
    assert seen[2] == RequestOptions(timeout=httpx.Timeout(3.0))


def test_help_is_readable() -> None:
    with wawp_client.Wawp("INSTANCE0001", "token-0001") as client:
        text = pydoc.render_doc(client.groups.create, renderer=pydoc.plaintext)
        listing = pydoc.render_doc(client.chats.list, renderer=pydoc.plaintext)
        model = pydoc.render_doc(wawp_client.models.Message, renderer=pydoc.plaintext)
    assert " object at 0x" not in text + listing + model
    assert "name: Group name." in text  # body fields are listed with their descriptions
    assert "participants: Initial members." in text
    assert "ParticipantRef | Mapping[str, Any]" in text  # a nested model, or a dict with its wire names
    assert "Literal['ASC', 'DESC'] | None" in listing or 'Literal["ASC", "DESC"] | None' in listing
    assert "SyncPage[" in listing
    assert "Unset" not in listing
    assert "from_me (bool)" in model
    assert repr(wawp_client.types.UNSET) == "UNSET"


def test_dir_shows_only_the_public_names() -> None:
    names = dir(wawp_client)
    assert "Wawp" in names and "models" in names and "pagination" in names
    assert [n for n in names if n.startswith("_") and n != "__version__"] == []
    assert "importlib" not in names and "annotations" not in names
