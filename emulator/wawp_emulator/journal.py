"""The request journal: a bounded, thread-safe ring buffer of what the API was asked and answered.

Secrets never reach it: ``access_token`` and ``instance_id`` are masked in the recorded query.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

__all__ = ["MASK", "SECRET_PARAMS", "RequestJournal", "RequestRecord", "mask_query"]

MASK = "***"
SECRET_PARAMS = frozenset({"access_token", "instance_id"})


def mask_query(pairs: Iterable[tuple[str, str]]) -> dict[str, Any]:
    """The query as a dict (repeated keys become lists) with the credentials masked."""
    out: dict[str, Any] = {}
    for name, value in pairs:
        shown = MASK if name in SECRET_PARAMS else value
        if len(shown) > 200:
            shown = shown[:199] + "…"
        if name in out:
            previous = out[name]
            out[name] = [*previous, shown] if isinstance(previous, list) else [previous, shown]
        else:
            out[name] = shown
    return out


@dataclass(slots=True)
class RequestRecord:
    seq: int
    time: float
    """the emulator clock when the request arrived."""
    method: str
    path: str
    operation_id: str | None
    query: dict[str, Any]
    status: int
    duration_ms: float
    error_code: str | None = None
    fault: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        out = {
            "seq": self.seq,
            "time": self.time,
            "method": self.method,
            "path": self.path,
            "operationId": self.operation_id,
            "query": self.query,
            "status": self.status,
            "durationMs": round(self.duration_ms, 3),
            "errorCode": self.error_code,
            "fault": self.fault,
        }
        if self.extra:
            out.update(self.extra)
        return out


class RequestJournal:
    def __init__(self, size: int = 10000) -> None:
        self._records: deque[RequestRecord] = deque(maxlen=size)
        self._lock = threading.Lock()
        self._seq = 0
        self.enabled = True

    def record(
        self,
        *,
        time: float,
        method: str,
        path: str,
        operation_id: str | None,
        pairs: Iterable[tuple[str, str]],
        status: int,
        duration_ms: float,
        error_code: str | None = None,
        fault: str | None = None,
        extra: dict[str, Any] | None = None,
    ) -> None:
        """``extra``: further keys of the record's JSON (``source`` of an answer served from the spec)."""
        if not self.enabled:
            return
        with self._lock:
            self._seq += 1
            self._records.append(
                RequestRecord(
                    self._seq,
                    time,
                    method,
                    path,
                    operation_id,
                    mask_query(pairs),
                    status,
                    duration_ms,
                    error_code,
                    fault,
                    extra or {},
                )
            )

    def records(self, operation_id: str | None = None) -> list[RequestRecord]:
        with self._lock:
            items = list(self._records)
        return [r for r in items if operation_id is None or r.operation_id == operation_id]

    def count(self, operation_id: str | None = None) -> int:
        return len(self.records(operation_id))

    def to_json(self, operation_id: str | None = None, limit: int | None = None) -> list[dict[str, Any]]:
        items = self.records(operation_id)
        if limit is not None:
            items = items[-limit:]
        return [r.to_json() for r in items]

    def clear(self) -> None:
        with self._lock:
            self._records.clear()
