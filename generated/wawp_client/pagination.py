# Copied from generator/runtime/pagination.py by `nox -s generate`.
# Do not edit this copy: edit generator/runtime/pagination.py.
"""Page objects for the list calls, sync and async.

A paged call (``client.chats.list(limit=50)``, ``client.channels.search(text="news")``) makes one
request and returns that page. Iterating over a page gives its own items and never sends a request, so
``limit`` is what it reads as: at most that many items, for one request. Every further request is one
the caller asks for: :meth:`~SyncPage.next_page`, or :meth:`~SyncPage.iter_all`, which walks on page
by page and stops after ``max_pages`` pages (requests) when given::

    for chat in client.chats.list(limit=50):                   # 50 chats at most, 1 request
        ...
    for chat in client.chats.list(limit=50).iter_all(max_pages=4):   # 200 at most, 4 requests at most
        ...
    page = client.chats.list(limit=50)
    while page.has_next_page():
        page = page.next_page()                                # one request each

Each request counts against the plan's quota on the real API, so the count stays visible in the code.

Two schemes exist in the API. ``limit``/``offset`` (chats, messages, contacts, lids, groups): the API
reports no total, so a page shorter than ``limit`` is the last one, and without a ``limit`` the
server picks the page size and the answer is a single page. Where an engine answers an object keyed
by id instead of a list (NOWEB's groups), its values are the items. A cursor (channel search): each answer
says whether another page follows and where it starts (``page.endCursor``); ``page.result`` keeps the
whole answer.
"""

from __future__ import annotations

import itertools
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any, Generic, TypeVar

__all__ = ["AsyncPage", "CursorPaging", "OffsetPaging", "Paging", "SyncPage"]

T = TypeVar("T")


class Paging:
    """How a paged call's answer splits into items and the arguments of the next call (``None``: last page)."""

    def split(self, result: Any, arguments: dict[str, Any]) -> tuple[list[Any], dict[str, Any] | None]:
        raise NotImplementedError


class OffsetPaging(Paging):
    """``limit``/``offset``: the answer is the list; a full page may be followed by another."""

    def split(self, result: Any, arguments: dict[str, Any]) -> tuple[list[Any], dict[str, Any] | None]:
        # An object keyed by id (NOWEB's groups) pages as its values; any other body that is not a list
        # (tolerant reading) is an empty, final page, and strict mode raised earlier.
        items = list(result.values()) if isinstance(result, dict) else result if isinstance(result, list) else []
        limit = arguments.get("limit")
        if not isinstance(limit, int) or limit < 1 or len(items) < limit:
            return items, None
        return items, {**arguments, "offset": (arguments.get("offset") or 0) + len(items)}


class CursorPaging(Paging):
    """A cursor: the items are one field of the answer, the next cursor another (rendered from the spec)."""

    def __init__(self, items: str, has_next: str, next_cursor: str, cursor_argument: str) -> None:
        self.items, self.has_next, self.next_cursor, self.cursor_argument = (
            items,
            has_next,
            next_cursor,
            cursor_argument,
        )

    def split(self, result: Any, arguments: dict[str, Any]) -> tuple[list[Any], dict[str, Any] | None]:
        items = getattr(result, self.items, None)
        page = getattr(result, "page", None)
        cursor = getattr(page, self.next_cursor, None)
        more = getattr(page, self.has_next, None) is True and isinstance(cursor, str) and cursor != ""
        if not more or cursor == arguments.get(self.cursor_argument):
            return (items if isinstance(items, list) else []), None
        return (items if isinstance(items, list) else []), {**arguments, self.cursor_argument: cursor}


class _Page(Generic[T]):
    def __init__(self, result: Any, paging: Paging, arguments: dict[str, Any]) -> None:
        self.result = result
        self.items: list[T]
        self.items, self._next = paging.split(result, arguments)

    def has_next_page(self) -> bool:
        """True when another page may follow (the next call may still come back empty)."""
        return self._next is not None

    def _next_arguments(self) -> dict[str, Any]:
        if self._next is None:
            raise RuntimeError("no next page: this is the last one (check has_next_page())")
        return self._next

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {len(self.items)} item(s), next page: {self.has_next_page()}>"


class SyncPage(_Page[T]):
    """One page of a paged call: iterating gives this page's items; :meth:`iter_all` walks on."""

    def __init__(
        self, result: Any, paging: Paging, arguments: dict[str, Any], fetch: Callable[..., SyncPage[T]]
    ) -> None:
        super().__init__(result, paging, arguments)
        self._fetch = fetch

    def next_page(self) -> SyncPage[T]:
        """The following page (``RuntimeError`` after the last one: check :meth:`has_next_page`)."""
        return self._fetch(**self._next_arguments())

    def iter_pages(self, max_pages: int | None = None) -> Iterator[SyncPage[T]]:
        """This page and the following ones, each fetched when reached; at most ``max_pages`` in all (this
        one included, so ``max_pages - 1`` more requests)."""
        steps = _remaining(max_pages)  # a bad max_pages fails before the first page is handed out
        page = self
        yield page
        for _ in steps:
            if not page.has_next_page():
                return
            page = page.next_page()
            yield page

    def iter_all(self, max_pages: int | None = None) -> Iterator[T]:
        """The items of this page and of the following ones (see :meth:`iter_pages` for ``max_pages``)."""
        for page in self.iter_pages(max_pages):
            yield from page.items

    def __iter__(self) -> Iterator[T]:
        """This page's items only: no request."""
        return iter(self.items)


class AsyncPage(_Page[T]):
    """The async twin of :class:`SyncPage`: ``async for item in page`` gives this page's items,
    ``async for item in page.iter_all()`` walks on."""

    def __init__(
        self, result: Any, paging: Paging, arguments: dict[str, Any], fetch: Callable[..., Awaitable[AsyncPage[T]]]
    ) -> None:
        super().__init__(result, paging, arguments)
        self._fetch = fetch

    async def next_page(self) -> AsyncPage[T]:
        """The following page (``RuntimeError`` after the last one: check :meth:`has_next_page`)."""
        return await self._fetch(**self._next_arguments())

    async def iter_pages(self, max_pages: int | None = None) -> AsyncIterator[AsyncPage[T]]:
        """This page and the following ones, each fetched when reached; at most ``max_pages`` in all."""
        steps = _remaining(max_pages)  # a bad max_pages fails before the first page is handed out
        page = self
        yield page
        for _ in steps:
            if not page.has_next_page():
                return
            page = await page.next_page()
            yield page

    async def iter_all(self, max_pages: int | None = None) -> AsyncIterator[T]:
        """The items of this page and of the following ones (at most ``max_pages`` pages in all)."""
        async for page in self.iter_pages(max_pages):
            for item in page.items:
                yield item

    async def __aiter__(self) -> AsyncIterator[T]:
        """This page's items only: no request."""
        for item in self.items:
            yield item


def _remaining(max_pages: int | None) -> Iterator[int]:
    """One step per further page allowed: endless without a cap, ``max_pages - 1`` with one (``ValueError`` below 1)."""
    if max_pages is None:
        return itertools.count()
    if isinstance(max_pages, bool) or not isinstance(max_pages, int) or max_pages < 1:
        raise ValueError(f"max_pages must be a whole number of at least 1, got {max_pages!r}")
    return iter(range(max_pages - 1))
