"""``--state FILE``: the whole world pickled into SQLite, after each state-changing request and on
shutdown, loaded at start.

One row (``id = 1``) holds the snapshot with the emulator version and a format number; a snapshot
from another format is refused with a clear message instead of being half-loaded.
"""

from __future__ import annotations

import pickle
import sqlite3
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING

from wawp_emulator import __version__

if TYPE_CHECKING:
    from wawp_emulator.world import World

__all__ = ["FORMAT", "Persistence", "PersistenceError"]

FORMAT = 1


class PersistenceError(RuntimeError):
    pass


class Persistence:
    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._db = sqlite3.connect(str(self.path), check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS snapshot ("
            " id INTEGER PRIMARY KEY CHECK (id = 1),"
            " format INTEGER NOT NULL, version TEXT NOT NULL, saved_at REAL NOT NULL, world BLOB NOT NULL)"
        )
        self.saves = 0

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
            world: World = pickle.loads(blob)
        except Exception as exc:
            raise PersistenceError(
                f"{self.path} cannot be loaded by wawp-emulator {__version__} (written by {version}): {exc}. "
                "Delete the file to start afresh."
            ) from exc
        return world

    def dumps(self, world: World) -> bytes:
        """The snapshot bytes (call with the world locked)."""
        return pickle.dumps(world, protocol=pickle.HIGHEST_PROTOCOL)

    def write(self, blob: bytes) -> None:
        with self._lock:
            self._db.execute(
                "INSERT INTO snapshot (id, format, version, saved_at, world) VALUES (1, ?, ?, ?, ?) "
                "ON CONFLICT(id) DO UPDATE SET format = excluded.format, version = excluded.version, "
                "saved_at = excluded.saved_at, world = excluded.world",
                (FORMAT, __version__, time.time(), blob),
            )
            self.saves += 1

    def save(self, world: World) -> None:
        with world.lock:
            blob = self.dumps(world)
        self.write(blob)

    def close(self) -> None:
        with self._lock:
            self._db.close()
