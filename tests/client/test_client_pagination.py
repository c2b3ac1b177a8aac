"""Page objects: limit/offset list calls and the cursor-based channel search, sync and async.

Iterating a page gives that page's items and sends nothing; only ``next_page()`` and ``iter_all()`` /
``iter_pages()`` (capped by ``max_pages``) send further requests, each fetched when the loop gets there.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest
import wawp_client
from client_support import success_example
from wawp_client.pagination import AsyncPage, SyncPage


def _chat_pages(spec: dict[str, Any], total: int) -> tuple[list[tuple[int, int]], Callable[..., httpx.Response]]:
    template = success_example(spec, "chatMessagesList")[0]
    asked: list[tuple[int, int]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        limit = int(request.url.params["limit"])
        offset = int(request.url.params["offset"])
        asked.append((limit, offset))
        items = [{**template, "id": f"m{i}"} for i in range(offset, min(offset + limit, total))]
        return httpx.Response(200, json=items)

    return asked, handler


def test_iterating_a_page_gives_its_items_and_sends_nothing_more(
    spec: dict[str, Any], make_client: Callable[..., wawp_client.Wawp]
) -> None:
    """The issue's case: ``limit=5`` reads as a cap, so a loop over the call gets 5 items for 1 request."""
    asked, handler = _chat_pages(spec, total=12)
    page = make_client(handler).chats.messages.list(chat_id="201234567890@c.us", limit=5)
    assert isinstance(page, SyncPage)
    assert [m.id for m in page] == [f"m{i}" for i in range(5)]
    assert [m.id for m in page] == [m.id for m in page.items]  # again: still no request
    assert page.has_next_page()
    assert asked == [(5, 0)]


def test_iter_all_walks_on_lazily_and_max_pages_caps_the_requests(
    spec: dict[str, Any], make_client: Callable[..., wawp_client.Wawp]
) -> None:
    asked, handler = _chat_pages(spec, total=7)
    page = make_client(handler).chats.messages.list(chat_id="201234567890@c.us", limit=3)
    iterator = page.iter_all()
    assert [next(iterator).id for _ in range(3)] == ["m0", "m1", "m2"]
    assert asked == [(3, 0)]  # the second page is fetched only when the loop reaches it
    assert [m.id for m in iterator] == [f"m{i}" for i in range(3, 7)]
    assert asked == [(3, 0), (3, 3), (3, 6)]
    asked.clear()
    assert [m.id for m in page.iter_all(max_pages=2)] == [f"m{i}" for i in range(6)]
    assert asked == [(3, 3)]  # two pages in all: this one and one more request
    assert [m.id for m in page.iter_all(max_pages=1)] == ["m0", "m1", "m2"]
    assert asked == [(3, 3)]


@pytest.mark.parametrize("bad", [0, -1, 1.5, True, "2"])
def test_max_pages_must_be_a_whole_number_of_at_least_one(
    spec: dict[str, Any], make_client: Callable[..., wawp_client.Wawp], bad: Any
) -> None:
    asked, handler = _chat_pages(spec, total=7)
    page = make_client(handler).chats.messages.list(chat_id="x", limit=3)
    with pytest.raises(ValueError, match="max_pages"):
        next(page.iter_all(max_pages=bad))
    assert asked == [(3, 0)]


def test_next_page_and_the_last_page(spec: dict[str, Any], make_client: Callable[..., wawp_client.Wawp]) -> None:
    asked, handler = _chat_pages(spec, total=4)
    page = make_client(handler).chats.messages.list(chat_id="x", limit=2, offset=0)
    second = page.next_page()
    assert [m.id for m in second.items] == ["m2", "m3"]
    third = second.next_page()
    assert third.items == []
    assert not third.has_next_page()
    with pytest.raises(RuntimeError, match="no next page"):
        third.next_page()
    assert asked == [(2, 0), (2, 2), (2, 4)]
    assert [p.items[0].id for p in page.iter_pages() if p.items] == ["m0", "m2"]


def test_without_limit_the_answer_is_one_page(
    spec: dict[str, Any], make_client: Callable[..., wawp_client.Wawp]
) -> None:
    template = success_example(spec, "chatMessagesList")[0]
    asked: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        asked.append(str(request.url.params))
        return httpx.Response(200, json=[{**template, "id": f"m{i}"} for i in range(5)])

    page = make_client(handler).chats.messages.list(chat_id="x")
    assert [m.id for m in page] == [f"m{i}" for i in range(5)]
    assert not page.has_next_page()
    assert len(asked) == 1


async def test_async_page(spec: dict[str, Any], make_async_client: Callable[..., wawp_client.AsyncWawp]) -> None:
    asked, handler = _chat_pages(spec, total=5)
    async with make_async_client(handler) as client:
        page = await client.chats.messages.list(chat_id="x", limit=2)
        assert isinstance(page, AsyncPage)
        assert len(page.items) == 2
        first = [m.id async for m in page]
        assert asked == [(2, 0)]
        ids = [m.id async for m in page.iter_all()]
        capped = [m.id async for m in page.iter_all(max_pages=2)]
        second = await page.next_page()
    assert first == ["m0", "m1"]
    assert ids == [f"m{i}" for i in range(5)]
    assert capped == [f"m{i}" for i in range(4)]
    assert [m.id for m in second.items] == ["m2", "m3"]
    assert asked == [(2, 0), (2, 2), (2, 4), (2, 2), (2, 2)]


def _channel_pages(spec: dict[str, Any]) -> tuple[list[str | None], Callable[..., httpx.Response]]:
    example = success_example(spec, "channelsSearch")
    channel = example["channels"][0]
    pages = {
        None: (["a", "b"], "c1", True),
        "c1": (["c"], "c2", True),
        "c2": (["d"], None, False),
    }
    asked: list[str | None] = []

    def handler(request: httpx.Request) -> httpx.Response:
        cursor = request.url.params.get("startCursor")
        asked.append(cursor)
        ids, end, more = pages[cursor]
        body = {
            "page": {"startCursor": cursor, "endCursor": end, "hasNextPage": more, "hasPreviousPage": False},
            "channels": [{**channel, "id": f"{i}@newsletter"} for i in ids],
        }
        return httpx.Response(200, content=json.dumps(body), headers={"content-type": "application/json"})

    return asked, handler


def test_channel_search_pages_by_cursor(spec: dict[str, Any], make_client: Callable[..., wawp_client.Wawp]) -> None:
    asked, handler = _channel_pages(spec)
    page = make_client(handler).channels.search(text="news", limit=2)
    assert [c.id for c in page.items] == ["a@newsletter", "b@newsletter"]
    assert page.result.page.end_cursor == "c1"
    assert asked == [None]
    assert [c.id for c in page] == ["a@newsletter", "b@newsletter"]
    ids = [c.id for c in page.iter_all()]
    assert ids == ["a@newsletter", "b@newsletter", "c@newsletter", "d@newsletter"]
    assert asked == [None, "c1", "c2"]


async def test_channel_search_pages_by_cursor_async(
    spec: dict[str, Any], make_async_client: Callable[..., wawp_client.AsyncWawp]
) -> None:
    asked, handler = _channel_pages(spec)
    async with make_async_client(handler) as client:
        page = await client.channels.search(text="news")
        ids = [c.id async for c in page.iter_all()]
        pages = [p async for p in page.iter_pages()]
    assert len(ids) == 4
    assert [len(p.items) for p in pages] == [2, 1, 1]
    assert not pages[-1].has_next_page()
    assert asked == [None, "c1", "c2", "c1", "c2"]
