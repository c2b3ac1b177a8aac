"""The scheduler: a heap of ``(when, seq, job)`` on the world's clock.

Callbacks must survive the state file's snapshot (``--state FILE`` persists the world, pending timers
included; ``snapshot.py`` stores a callable by its module and qualified name): a module-level
function, a bound method of a state object, or a ``functools.partial`` of either
(``scheduler.at(when, functools.partial(self._on_started, gen))``); lambdas and nested functions are
refused at once.

Due jobs run in time order when the clock advances (:meth:`World.advance`) or when the real-time
ticker fires; a job scheduled in the past runs at the next opportunity.
"""

from __future__ import annotations

import functools
import heapq
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

__all__ = ["Job", "Scheduler", "check_storable_callback"]

log = logging.getLogger("wawp_emulator.scheduler")

Callback = Callable[[], object]


@dataclass(order=True)
class Job:
    when: float
    seq: int
    callback: Callback = field(compare=False)

    def describe(self) -> str:
        cb: Any = self.callback
        if isinstance(cb, functools.partial):
            cb = cb.func
        return str(getattr(cb, "__qualname__", repr(cb)))


def check_storable_callback(callback: object) -> None:
    """Refuse callables the snapshot cannot name (lambdas, nested functions)."""
    if isinstance(callback, functools.partial):
        check_storable_callback(callback.func)
        return
    if not callable(callback):
        raise TypeError(f"scheduler callback must be callable, not {type(callback).__name__}")
    fn: object = getattr(callback, "__func__", callback)  # a bound method's function
    qualname = str(getattr(fn, "__qualname__", ""))
    if "<lambda>" in qualname or "<locals>" in qualname:
        raise TypeError(
            f"scheduler callback {qualname!r} cannot be stored with the world; use a module-level function, "
            "a bound method or a functools.partial of one"
        )


class Scheduler:
    def __init__(self) -> None:
        self._heap: list[Job] = []
        self._seq = 0

    def __len__(self) -> int:
        return len(self._heap)

    def at(self, when: float, callback: Callback) -> int:
        """Run ``callback()`` at ``when`` (seconds since the epoch on the world clock); returns a job id."""
        check_storable_callback(callback)
        self._seq += 1
        heapq.heappush(self._heap, Job(float(when), self._seq, callback))
        return self._seq

    @property
    def next_due(self) -> float | None:
        return self._heap[0].when if self._heap else None

    def pending(self) -> list[dict[str, Any]]:
        return [{"id": job.seq, "when": job.when, "callback": job.describe()} for job in sorted(self._heap)]

    def pop_due(self, now: float) -> Job | None:
        due = self.next_due
        if due is None or due > now:
            return None
        return heapq.heappop(self._heap)

    def run(self, job: Job) -> None:
        """Run ``job``; a callback that raises is logged and the others still run."""
        try:
            job.callback()
        except Exception:
            log.exception("scheduled callback %s failed", job.describe())
