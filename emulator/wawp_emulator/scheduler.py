"""The scheduler: what falls due when, as data.

A timer is a :class:`Due` record (when, for which instance, what kind of step, and the key that step
needs), kept in a heap of ``(when, seq)`` on the world's clock. It names no code: the world hands each
due record to the instance's backend (``Backend.on_due``), which knows what each kind means. So the
state file stores plain values, and a store never reaches the scheduler: it returns the ``Due`` it
wants and the backend schedules it (or runs it at once when its delay is zero).

Files written before timers were data hold ``Job``s whose ``callback`` is a store's bound method with
its arguments; :func:`due_from_legacy` reads them as the ``Due`` they meant (``Job.__setstate__``).
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass, field
from typing import Any

from wawp_emulator.snapshot import SnapshotError, StoredCall

__all__ = ["Due", "Job", "Scheduler", "due_from_legacy"]


@dataclass(frozen=True)
class Due:
    """At ``at`` (world seconds), step ``kind`` falls due for instance ``instance`` (its id); ``key``
    holds what the step checks (a generation, a message id, a level)."""

    at: float
    instance: str
    kind: str
    key: tuple[Any, ...] = ()


@dataclass(order=True)
class Job:
    when: float
    seq: int
    due: Due = field(compare=False)

    def __setstate__(self, state: dict[str, Any]) -> None:
        callback = state.pop("callback", None)
        if callback is not None:  # a file written before timers were data
            state["due"] = due_from_legacy(state["when"], callback)
        self.__dict__.update(state)


_LEGACY_KINDS = {
    "_on_ack_due": "message.ack",
    "_on_started": "session.started",
    "_on_qr_rotation": "session.qr_rotation",
    "_on_qr_timeout": "session.qr_timeout",
    "_on_logged_in": "session.logged_in",
}
"""The store methods older files name as timers, and the kind of step each one was."""


def due_from_legacy(when: float, callback: object) -> Due:
    """The ``Due`` an older file's stored timer meant (a store's method and its arguments)."""
    if not isinstance(callback, StoredCall) or callback.name not in _LEGACY_KINDS or callback.keywords:
        name = callback.name if isinstance(callback, StoredCall) else type(callback).__name__
        # (named, not shown: a stored call's owner and arguments may be anything of the world)
        raise SnapshotError(f"the state file holds a timer this emulator does not know: {name}")
    instance = getattr(callback.owner, "instance", None)
    instance_id = getattr(instance, "id", None)
    if not isinstance(instance_id, str):
        raise SnapshotError(f"the state file holds a timer of no instance: {callback.name}")
    return Due(float(when), instance_id, _LEGACY_KINDS[callback.name], tuple(callback.args))


class Scheduler:
    recorder: list[tuple[str, Any]] | None = None
    """Where each change is noted, in order (the world's ``changes.timers``: the state file stores them)."""

    def __init__(self) -> None:
        self._heap: list[Job] = []
        self._seq = 0

    def __getstate__(self) -> dict[str, Any]:
        state = self.__dict__.copy()
        state.pop("recorder", None)  # (the world wires it again when it is loaded)
        return state

    def __len__(self) -> int:
        return len(self._heap)

    def at(self, due: Due) -> int:
        """Keep ``due`` until the world clock reaches ``due.at``; returns a job id."""
        self._seq += 1
        job = Job(float(due.at), self._seq, due)
        heapq.heappush(self._heap, job)
        if self.recorder is not None:
            self.recorder.append(("at", job))
        return self._seq

    @property
    def next_due(self) -> float | None:
        return self._heap[0].when if self._heap else None

    def pending(self) -> list[dict[str, Any]]:
        """The timers in time order, as the control API's clock lists them (``callback``: the kind of step)."""
        return [{"id": job.seq, "when": job.when, "callback": job.due.kind} for job in sorted(self._heap)]

    def pop_due(self, now: float) -> Due | None:
        due = self.next_due
        if due is None or due > now:
            return None
        if self.recorder is not None:
            self.recorder.append(("pop", None))
        return heapq.heappop(self._heap).due
