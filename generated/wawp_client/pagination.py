"""Page objects for the ``limit``/``offset`` list calls, sync and async.

A list call (``client.chats.list(limit=50)``) returns its first page. ``page.items`` is that page;
iterating over the page walks every following page lazily, fetching the next one only when the loop
gets there::

    for chat in client.chats.list(limit=50):      # every chat, 50 per request
        ...
    page = client.chats.list(limit=50)
    while page.has_next_page():
        page = page.next_page()

Channel search pages with a cursor instead (each result says whether more follow and where they
start): :func:`iter_channel_search` follows it.

The API reports no total, so a page is the last one when it is shorter than ``limit``. Without a
``limit`` the server picks the page size and the result is a single page.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import TYPE_CHECKING, Any, Generic, TypeVar

if TYPE_CHECKING:
    from ._outputs import Channel, ChannelSearchResult

__all__ = ["AsyncPage", "SyncPage", "aiter_channel_search", "iter_channel_search"]

T = TypeVar("T")
P = TypeVar("P")


class _Page(Generic[T]):
    def __init__(self, items: Any, arguments: dict[str, Any]) -> None:
        # A body that is not a list (tolerant reading) is an empty, final page; strict mode raised earlier.
        self.items: list[T] = items if isinstance(items, list) else []
        self._arguments = arguments

    def has_next_page(self) -> bool:
        """True when this page is full, so another one may follow."""
        limit = self._arguments.get("limit")
        return isinstance(limit, int) and limit > 0 and len(self.items) >= limit

    def _next_arguments(self) -> dict[str, Any]:
        if not self.has_next_page():
            raise RuntimeError("no next page: this is the last one (check has_next_page())")
        offset = self._arguments.get("offset") or 0
        return {**self._arguments, "offset": offset + len(self.items)}

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {len(self.items)} item(s), next page: {self.has_next_page()}>"


class SyncPage(_Page[T]):
    """One page of a list call; iterate to get every item of this page and the following ones."""

    def __init__(self, items: Any, arguments: dict[str, Any], fetch: Callable[..., SyncPage[T]]) -> None:
        super().__init__(items, arguments)
        self._fetch = fetch

    def next_page(self) -> SyncPage[T]:
        """The following page (``RuntimeError`` after the last one: check :meth:`has_next_page`)."""
        return self._fetch(**self._next_arguments())

    def iter_pages(self) -> Iterator[SyncPage[T]]:
        """This page and every following one, each fetched when reached."""
        page = self
        yield page
        while page.has_next_page():
            page = page.next_page()
            yield page

    def __iter__(self) -> Iterator[T]:
        for page in self.iter_pages():
            yield from page.items


class AsyncPage(_Page[T]):
    """The async twin of :class:`SyncPage`: ``async for item in page`` walks every page."""

    def __init__(self, items: Any, arguments: dict[str, Any], fetch: Callable[..., Awaitable[AsyncPage[T]]]) -> None:
        super().__init__(items, arguments)
        self._fetch = fetch

    async def next_page(self) -> AsyncPage[T]:
        """The following page (``RuntimeError`` after the last one: check :meth:`has_next_page`)."""
        return await self._fetch(**self._next_arguments())

    async def iter_pages(self) -> AsyncIterator[AsyncPage[T]]:
        """This page and every following one, each fetched when reached."""
        page = self
        yield page
        while page.has_next_page():
            page = await page.next_page()
            yield page

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.iter_pages():
            for item in page.items:
                yield item


def _paginate_cursor(
    method: Callable[..., P],
    /,
    *,
    items: Callable[[P], Sequence[T]],
    next_cursor: Callable[[P], str | None],
    cursor_param: str = "start_cursor",
    **kwargs: Any,
) -> Iterator[T]:
    """Follow ``next_cursor(page)`` (``None`` at the end) through ``cursor_param``."""
    cursor: str | None = None
    while True:
        page = method(**kwargs) if cursor is None else method(**{cursor_param: cursor}, **kwargs)
        yield from items(page)
        following = next_cursor(page)
        if not following or following == cursor:
            return
        cursor = following


async def _apaginate_cursor(
    method: Callable[..., Awaitable[P]],
    /,
    *,
    items: Callable[[P], Sequence[T]],
    next_cursor: Callable[[P], str | None],
    cursor_param: str = "start_cursor",
    **kwargs: Any,
) -> AsyncIterator[T]:
    """The async twin of :func:`_paginate_cursor`."""
    cursor: str | None = None
    while True:
        page = await (method(**kwargs) if cursor is None else method(**{cursor_param: cursor}, **kwargs))
        for item in items(page):
            yield item
        following = next_cursor(page)
        if not following or following == cursor:
            return
        cursor = following


def _channels(result: ChannelSearchResult) -> Sequence[Channel]:
    return result.channels


def _end_cursor(result: ChannelSearchResult) -> str | None:
    page = result.page
    return page.end_cursor if page.has_next_page is True and isinstance(page.end_cursor, str) else None


def iter_channel_search(method: Callable[..., ChannelSearchResult], /, **kwargs: Any) -> Iterator[Channel]:
    """Every channel of ``client.channels.search(...)``, following ``page.endCursor``."""
    return _paginate_cursor(method, items=_channels, next_cursor=_end_cursor, cursor_param="start_cursor", **kwargs)


def aiter_channel_search(
    method: Callable[..., Awaitable[ChannelSearchResult]], /, **kwargs: Any
) -> AsyncIterator[Channel]:
    """The async twin of :func:`iter_channel_search`."""
    return _apaginate_cursor(method, items=_channels, next_cursor=_end_cursor, cursor_param="start_cursor", **kwargs)
