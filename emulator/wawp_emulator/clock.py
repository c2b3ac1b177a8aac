"""Clocks: the only source of "now" in the emulator (seconds since the epoch, as a float).

- :class:`RealClock` follows the wall clock (the CLI server's default); due scheduler callbacks run
  from a real-time ticker and at the start of each request.
- :class:`ManualClock` only moves when told (:meth:`ManualClock.advance`, :meth:`ManualClock.set`);
  the in-process default, so tests are deterministic.
"""

from __future__ import annotations

import time
from typing import Protocol, runtime_checkable

__all__ = ["DEFAULT_EPOCH", "Clock", "ManualClock", "RealClock", "seconds"]

DEFAULT_EPOCH = 1767225600.0  # 2026-01-01T00:00:00Z: where a fresh in-process emulator's clock starts


@runtime_checkable
class Clock(Protocol):
    def now(self) -> float:
        """Seconds since the Unix epoch."""
        ...


class RealClock:
    """Wall-clock time; :meth:`pin` holds it still for one request, so that everything the request
    does sees one "now" and replaying it from the state file's log (``--state``) sees the same."""

    _pinned: float | None = None

    def now(self) -> float:
        return self._pinned if self._pinned is not None else time.time()

    def pin(self, when: float | None) -> None:
        """Answer ``when`` until ``pin(None)``."""
        self._pinned = when

    def __repr__(self) -> str:
        return "RealClock()"


class ManualClock:
    """Virtual time that moves only when advanced (never backwards)."""

    def __init__(self, start: float = DEFAULT_EPOCH) -> None:
        self._now = float(start)

    def now(self) -> float:
        return self._now

    def set(self, when: float) -> None:
        if when < self._now:
            raise ValueError(f"the clock cannot go backwards ({when} < {self._now})")
        self._now = float(when)

    def advance(self, seconds: float) -> float:
        if seconds < 0:
            raise ValueError("seconds must be >= 0")
        self._now += float(seconds)
        return self._now

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._now!r})"


def seconds(clock: Clock) -> int:
    """``clock``'s now as whole unix seconds: the timestamps WhatsApp puts on messages and events."""
    return int(clock.now())
