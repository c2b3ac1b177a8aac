"""One page of a sorted listing (chats, contacts, groups) without sorting the whole collection."""

from __future__ import annotations

import heapq
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

__all__ = ["page"]

T = TypeVar("T")


def page(rows: Iterable[T], key: Callable[[T], Any], *, descending: bool, offset: int, limit: int | None) -> list[T]:
    """``sorted(rows, key=key, reverse=descending)[offset:offset + limit]``.

    With a ``limit`` only the first ``offset + limit`` are kept (a bounded heap: O(n log(offset +
    limit)) instead of O(n log n)), which is what "the first 20 chats" of a large store asks for.
    ``heapq.nlargest``/``nsmallest`` are documented equivalent to the sorted slice, ties included.
    """
    start = max(offset, 0)
    if limit is None:
        return sorted(rows, key=key, reverse=descending)[start:]
    wanted = start + max(limit, 0)
    top = heapq.nlargest(wanted, rows, key=key) if descending else heapq.nsmallest(wanted, rows, key=key)
    return top[start:]
