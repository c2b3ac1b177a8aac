"""Repeated log records, written once with a count.

An error that repeats in a tight loop (asyncio logs every failed ``accept()`` when the process is out of
file descriptors: thousands a second, with a traceback each) would fill the disk and bury everything
else. :class:`RepeatFilter`, on the server's log handlers, lets the first of identical records through
and counts the others; the first one after :attr:`RepeatFilter.window` seconds goes out with the count,
and :meth:`RepeatFilter.report` writes what is still counted (at shutdown).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterable

__all__ = ["RepeatFilter"]

_KEPT_KEYS = 1000
"""Distinct records remembered at most (the oldest are forgotten first)."""


class RepeatFilter(logging.Filter):
    """Identical records (same logger, level and rendered message) pass once per ``window`` seconds."""

    def __init__(self, window: float = 10.0, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__()
        self.window = window
        self._clock = clock
        self._lock = threading.Lock()
        self._seen: dict[tuple[str, int, str], list[float]] = {}
        """key -> [when it last passed, repeats held back since]"""

    def filter(self, record: logging.LogRecord) -> bool:
        key = (record.name, record.levelno, record.getMessage())
        now = self._clock()
        with self._lock:
            seen = self._seen.get(key)
            if seen is not None and now - seen[0] < self.window:
                seen[1] += 1
                return False
            held = int(seen[1]) if seen is not None else 0
            self._seen.pop(key, None)
            self._seen[key] = [now, 0]
            if len(self._seen) > _KEPT_KEYS:
                del self._seen[next(iter(self._seen))]
        if held:
            record.msg = f"{record.getMessage()} [repeated {held} more times in the last {self.window:g} s]"
            record.args = None
        return True

    def report(self, logger: logging.Logger) -> None:
        """Log, once each, the records held back since they last passed (then forget them)."""
        with self._lock:
            held = [(key, int(count)) for key, (_, count) in self._seen.items() if count]
            self._seen.clear()
        for (name, level, message), count in held:
            logger.log(level, "%s [repeated %d more times] (from %s)", message, count, name)

    def install(self, handlers: Iterable[logging.Handler]) -> None:
        """Put this filter on ``handlers`` (once each)."""
        for handler in handlers:
            if self not in handler.filters:
                handler.addFilter(self)
