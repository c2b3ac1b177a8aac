"""Lazy iteration over every item of a paged endpoint, sync and async.

Two schemes exist in the API: ``limit``/``offset`` (chats, messages, contacts, lids, groups) and a
cursor (channel search: each page says whether there is a next one and where it starts). The
helpers take the facade method itself, so the other keyword arguments keep their types at the
call site and nothing is fetched before the loop asks for it::

    for message in paginate(client.chats.messages.list, chat_id=jid, page_size=50):
        ...
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from ._api.models.channel import Channel
    from ._api.models.channel_search_result import ChannelSearchResult

__all__ = [
    "aiter_channel_search",
    "apaginate",
    "apaginate_cursor",
    "iter_channel_search",
    "paginate",
    "paginate_cursor",
]

T = TypeVar("T")
P = TypeVar("P")


def paginate(
    method: Callable[..., Sequence[T]], /, *, page_size: int = 100, offset: int = 0, **kwargs: Any
) -> Iterator[T]:
    """Call ``method(limit=page_size, offset=...)`` page after page until a short page."""
    if page_size < 1:
        raise ValueError("page_size must be >= 1")
    while True:
        page = method(limit=page_size, offset=offset, **kwargs)
        yield from page
        if len(page) < page_size:
            return
        offset += len(page)


async def apaginate(
    method: Callable[..., Awaitable[Sequence[T]]], /, *, page_size: int = 100, offset: int = 0, **kwargs: Any
) -> AsyncIterator[T]:
    """The async twin of :func:`paginate`."""
    if page_size < 1:
        raise ValueError("page_size must be >= 1")
    while True:
        page = await method(limit=page_size, offset=offset, **kwargs)
        for item in page:
            yield item
        if len(page) < page_size:
            return
        offset += len(page)


def paginate_cursor(
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


async def apaginate_cursor(
    method: Callable[..., Awaitable[P]],
    /,
    *,
    items: Callable[[P], Sequence[T]],
    next_cursor: Callable[[P], str | None],
    cursor_param: str = "start_cursor",
    **kwargs: Any,
) -> AsyncIterator[T]:
    """The async twin of :func:`paginate_cursor`."""
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
    return paginate_cursor(method, items=_channels, next_cursor=_end_cursor, cursor_param="start_cursor", **kwargs)


def aiter_channel_search(
    method: Callable[..., Awaitable[ChannelSearchResult]], /, **kwargs: Any
) -> AsyncIterator[Channel]:
    """The async twin of :func:`iter_channel_search`."""
    return apaginate_cursor(method, items=_channels, next_cursor=_end_cursor, cursor_param="start_cursor", **kwargs)
