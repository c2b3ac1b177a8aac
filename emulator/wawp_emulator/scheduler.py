"""The scheduler: a heap of ``(when, seq, job)`` on the world's clock.

Callbacks must survive the state file's snapshot (``--state FILE`` persists the world, pending timers
included; ``snapshot.py`` stores a callable by its module and qualified name):

- a callable with a name: a module-level function, a bound method of a state object, or a
  ``functools.partial`` of either (``scheduler.at(when, functools.partial(self._on_started, gen))``);
  lambdas and nested functions are refused at once;
- or a dotted name ``"package.module:function"`` (or ``"package.module.function"``), called as
  ``function(world, *args, **kwargs)``.

Due jobs run in time order when the clock advances (:meth:`World.advance`) or when the real-time
ticker fires; a job scheduled in the past runs at the next opportunity.
"""

from __future__ import annotations

import functools
import heapq
import importlib
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from wawp_emulator.world import World

__all__ = ["Job", "Scheduler", "check_storable_callback", "resolve_dotted"]

log = logging.getLogger("wawp_emulator.scheduler")

Callback = Callable[..., object] | str


@dataclass(order=True)
class Job:
    when: float
    seq: int
    callback: Callback = field(compare=False)
    args: tuple[Any, ...] = field(default=(), compare=False)
    kwargs: dict[str, Any] = field(default_factory=dict, compare=False)

    def describe(self) -> str:
        cb = self.callback
        if isinstance(cb, str):
            return cb
        if isinstance(cb, functools.partial):
            cb = cb.func
        return getattr(cb, "__qualname__", repr(cb))


def check_storable_callback(callback: object) -> None:
    """Refuse callables the snapshot cannot name (lambdas, nested functions)."""
    if isinstance(callback, str):
        if not callback or callback.startswith((".", ":")):
            raise TypeError(f"not a dotted callback name: {callback!r}")
        return
    if isinstance(callback, functools.partial):
        check_storable_callback(callback.func)
        return
    if not callable(callback):
        raise TypeError(f"scheduler callback must be callable or a dotted name, not {type(callback).__name__}")
    fn: object = getattr(callback, "__func__", callback)  # a bound method's function
    qualname = str(getattr(fn, "__qualname__", ""))
    if "<lambda>" in qualname or "<locals>" in qualname:
        raise TypeError(
            f"scheduler callback {qualname!r} cannot be stored with the world; use a module-level function, "
            "a bound method, a functools.partial of one, or a dotted name"
        )


def resolve_dotted(name: str) -> Callable[..., object]:
    module_name, sep, attr = name.partition(":")
    if not sep:
        module_name, _, attr = name.rpartition(".")
    target: Any = importlib.import_module(module_name)
    for part in attr.split("."):
        target = getattr(target, part)
    if not callable(target):
        raise TypeError(f"{name!r} is not callable")
    return target  # type: ignore[no-any-return]


class Scheduler:
    def __init__(self, world: World) -> None:
        self.world = world
        self._heap: list[Job] = []
        self._seq = 0
        self._cancelled: set[int] = set()
        self.failures = 0

    def __len__(self) -> int:
        return len(self._heap) - len(self._cancelled)

    def at(self, when: float, callback: Callback, *args: Any, **kwargs: Any) -> int:
        """Run ``callback`` at ``when`` (seconds since the epoch on the world clock); returns a job id."""
        check_storable_callback(callback)
        self._seq += 1
        heapq.heappush(self._heap, Job(float(when), self._seq, callback, args, kwargs))
        return self._seq

    def after(self, delay: float, callback: Callback, *args: Any, **kwargs: Any) -> int:
        return self.at(self.world.clock.now() + max(0.0, float(delay)), callback, *args, **kwargs)

    def cancel(self, job_id: int) -> bool:
        if any(job.seq == job_id for job in self._heap) and job_id not in self._cancelled:
            self._cancelled.add(job_id)
            return True
        return False

    def clear(self) -> None:
        self._heap.clear()
        self._cancelled.clear()

    @property
    def next_due(self) -> float | None:
        while self._heap and self._heap[0].seq in self._cancelled:
            self._cancelled.discard(heapq.heappop(self._heap).seq)
        return self._heap[0].when if self._heap else None

    def pending(self) -> list[dict[str, Any]]:
        return [
            {"id": job.seq, "when": job.when, "callback": job.describe()}
            for job in sorted(self._heap)
            if job.seq not in self._cancelled
        ]

    def pop_due(self, now: float) -> Job | None:
        due = self.next_due
        if due is None or due > now:
            return None
        return heapq.heappop(self._heap)

    def run(self, job: Job) -> None:
        try:
            if isinstance(job.callback, str):
                resolve_dotted(job.callback)(self.world, *job.args, **job.kwargs)
            else:
                job.callback(*job.args, **job.kwargs)
        except Exception:
            self.failures += 1
            log.exception("scheduled callback %s failed", job.describe())
