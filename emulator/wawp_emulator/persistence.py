"""``--state FILE``: a snapshot of the world plus an append-only log of what happened since.

A write costs what the request costs: each request, control action or timer run appends one small
JSON row to ``log`` (committed before the answer is sent, so ``kill -9`` loses no acknowledged
write), whatever the size of the world. The snapshot (one row, ``id = 1``: the world as JSON by
``snapshot.py``, never pickle, with the emulator version and a format number) is rewritten, and the
log emptied in the same transaction, only at start, at shutdown, when ``compaction_due`` (every
5,000 log rows or more) and after rare control changes (reset, faults, webhooks). Loading replays the log on the
snapshot (``Emulator._replay``).

A snapshot of another format is refused with a clear message instead of being half-loaded, and so
is a file that is not SQLite or an SQLite database of something else (it is never written to).

One process at a time: an emulator holds an exclusive lock on ``FILE.lock`` (``flock``, released by
the kernel if the process dies), so a second emulator on the same file exits with a message instead
of handing out the same ids and overwriting the first one's acknowledged writes.
"""

from __future__ import annotations

import fcntl
import json
import os
import sqlite3
import threading
import time
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from wawp_emulator import __version__, snapshot

if TYPE_CHECKING:
    from wawp_emulator.world import World

__all__ = ["COMPACT_EVERY", "FORMAT", "Persistence", "PersistenceError"]

FORMAT = 2
"""2: a JSON snapshot + a log (1 was a pickled snapshot alone, rewritten on every write)."""
COMPACT_EVERY = 5000
"""Log rows after which the snapshot is rewritten at the least (``Persistence.compaction_due``)."""


class PersistenceError(RuntimeError):
    pass


class Persistence:
    """The state file. ``exclusive`` (the emulator's case) takes the one-process lock; a reader that
    only inspects a file another emulator is using passes ``False``."""

    def __init__(self, path: str | Path, *, exclusive: bool = True) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._holder: IO[str] | None = _hold(self.path) if exclusive else None
        try:
            self._db = _open(self.path)
        except PersistenceError:
            self._release()
            raise
        self.saves = 0
        self.logged = 0
        """Log rows since the last snapshot."""
        self.snapshot_nodes = 0
        """Nodes of the last snapshot written (its size)."""

    def exists(self) -> bool:
        with self._lock:
            return self._db.execute("SELECT 1 FROM snapshot WHERE id = 1").fetchone() is not None

    def load(self) -> World:
        with self._lock:
            row = self._db.execute("SELECT format, version, world FROM snapshot WHERE id = 1").fetchone()
        if row is None:
            raise PersistenceError(f"{self.path} holds no snapshot")
        fmt, version, blob = row
        if fmt != FORMAT:
            raise PersistenceError(
                f"{self.path} was written by wawp-emulator {version} (snapshot format {fmt}); this is {__version__} "
                f"(format {FORMAT}). Delete the file to start afresh."
            )
        try:
            world: World = snapshot.decode(json.loads(blob))
        except Exception as exc:
            raise PersistenceError(
                f"{self.path} cannot be loaded by wawp-emulator {__version__} (written by {version}): {exc}. "
                "Delete the file to start afresh."
            ) from exc
        return world

    def dumps(self, world: World) -> bytes:
        """The snapshot bytes (call with the world locked)."""
        encoded = snapshot.encode(world)
        self.snapshot_nodes = len(encoded["nodes"])
        return json.dumps(encoded, ensure_ascii=False, separators=(",", ":")).encode()

    def compaction_due(self) -> bool:
        """Time for a new snapshot: after :data:`COMPACT_EVERY` log rows, or a tenth of the snapshot's
        node count if that is more, so that the pause of writing a large world (seconds at 100,000
        messages) comes rarely, costing each write about the same whatever the world's size."""
        return self.logged >= max(COMPACT_EVERY, self.snapshot_nodes // 10)

    def write(self, blob: bytes) -> None:
        """The new snapshot; the log it includes is emptied in the same transaction."""
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                self._db.execute(
                    "INSERT INTO snapshot (id, format, version, saved_at, world) VALUES (1, ?, ?, ?, ?) "
                    "ON CONFLICT(id) DO UPDATE SET format = excluded.format, version = excluded.version, "
                    "saved_at = excluded.saved_at, world = excluded.world",
                    (FORMAT, __version__, time.time(), blob),
                )
                self._db.execute("DELETE FROM log")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")
            self.saves += 1
            self.logged = 0

    def append(self, entry: dict[str, Any]) -> None:
        """One log row (autocommitted: durable against a crash of this process once this returns)."""
        row = json.dumps(entry, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
        with self._lock:
            self._db.execute("INSERT INTO log (entry) VALUES (?)", (row,))
            self.logged += 1

    def entries(self) -> list[dict[str, Any]]:
        """The log since the snapshot, oldest first."""
        with self._lock:
            rows = self._db.execute("SELECT entry FROM log ORDER BY seq").fetchall()
        return [json.loads(row[0]) for row in rows]

    def save(self, world: World) -> None:
        with world.lock:
            blob = self.dumps(world)
        self.write(blob)

    def close(self) -> None:
        with self._lock:
            self._db.close()
        self._release()

    def _release(self) -> None:
        if self._holder is not None:
            self._holder.close()  # closing the descriptor drops the flock
            self._holder = None


def _hold(path: Path) -> IO[str]:
    """The exclusive lock on ``path.lock``, or a PersistenceError naming the process that holds it."""
    lock_path = path.with_name(path.name + ".lock")
    holder = open(lock_path, "a+", encoding="utf-8")  # noqa: SIM115 (held open as long as the lock)
    try:
        fcntl.flock(holder, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        holder.seek(0)
        pid = holder.read().strip() or "unknown"
        holder.close()
        raise PersistenceError(
            f"{path} is in use by another wawp-emulator (pid {pid}); two emulators on one state file would "
            "overwrite each other's writes. Stop the other one or give this one another --state file."
        ) from None
    holder.seek(0)
    holder.truncate()
    holder.write(str(os.getpid()))
    holder.flush()
    return holder


def _open(path: Path) -> sqlite3.Connection:
    """The database, with the snapshot table; a file that is not ours is refused untouched."""
    db = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
    try:
        tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if tables and "snapshot" not in tables:
            raise PersistenceError(
                f"{path} is an SQLite database of something else (tables: {', '.join(sorted(tables)[:5])}), "
                "not a wawp-emulator state file; it was left untouched. Give --state another file."
            )
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        db.execute(
            "CREATE TABLE IF NOT EXISTS snapshot ("
            " id INTEGER PRIMARY KEY CHECK (id = 1),"
            " format INTEGER NOT NULL, version TEXT NOT NULL, saved_at REAL NOT NULL, world BLOB NOT NULL)"
        )
        db.execute("CREATE TABLE IF NOT EXISTS log (seq INTEGER PRIMARY KEY AUTOINCREMENT, entry TEXT NOT NULL)")
    except sqlite3.DatabaseError as exc:
        db.close()
        raise PersistenceError(
            f"{path} is not a wawp-emulator state file ({exc}); it was left untouched. Give --state another file."
        ) from None
    except PersistenceError:
        db.close()
        raise
    return db
