"""Units the event loop runs itself: they may not wait for a lock, so one that would is handed over.

With a state file, world work runs on the world thread (``Emulator.in_world``): a unit may wait there
(for the world's lock, or for SQLite's write lock while another program holds the file) and the
event loop keeps answering. But handing every request over costs about a millisecond of CPU under
the GIL, more than the unit itself, so an API request's unit is first tried on the event loop
(``Emulator.run_unit``) when the world thread is idle. While it is, :func:`here` is true and whatever
would wait raises :class:`WouldWait` instead, before the unit has changed anything; the request is
then handed to the world thread as before. A read runs without the state file's lock; should it turn
out to have changed something, it takes the lock waiting (:func:`may_wait`).
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from contextvars import ContextVar

__all__ = ["WouldWait", "acquire", "here", "may_wait", "trying_here"]

_HERE: ContextVar[bool] = ContextVar("wawp_emulator_unit_here", default=False)


class WouldWait(Exception):
    """A unit tried on the event loop would have had to wait; nothing was changed: run it on the world
    thread."""


def here() -> bool:
    """Whether the running unit is tried on the event loop (and so may not wait)."""
    return _HERE.get()


@contextlib.contextmanager
def trying_here() -> Iterator[None]:
    """The block is a unit tried on the event loop (:func:`here` is true in it)."""
    token = _HERE.set(True)
    try:
        yield
    finally:
        _HERE.reset(token)


@contextlib.contextmanager
def may_wait() -> Iterator[None]:
    """The block waits where it must, even in a unit tried on the event loop: the unit changed the world
    already, so handing it over is no longer possible (a read that drew an id stores it; the wait is
    bounded by ``persistence.BUSY_TIMEOUT``)."""
    token = _HERE.set(False)
    try:
        yield
    finally:
        _HERE.reset(token)


def acquire(lock: threading.Lock | threading.RLock) -> None:
    """Take ``lock``: at once or :class:`WouldWait` in a unit tried on the event loop, else waiting."""
    if not lock.acquire(blocking=not _HERE.get()):
        raise WouldWait
