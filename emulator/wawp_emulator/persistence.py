"""``--state FILE``: a snapshot of the world plus an append-only log of what happened since.

A write costs what the request costs: each request, control action, control change (seed, faults,
webhooks, engine profile, new instance) or timer run that changed the world appends one JSON row to
``log``, the parts of the world it changed (``deltas.py``; committed before the answer is sent, so
``kill -9`` loses no acknowledged write), whatever the size of the world; the units the event loop ran
one after the other share a row (``Units._grouped``). The snapshot (one row,
``id = 1``: the world as JSON by ``snapshot.py``, never pickle, zlib-compressed, with the emulator version and
a format number) is rewritten, and the log rows it includes deleted in the same transaction, at start,
at shutdown, at a reset (the fresh world's, which is small) and when ``compaction_due`` (every 5,000 log
rows or more). Loading applies the log's rows to the snapshot (``Units.load``, ``units.py``), running no
handler.

The file holds what the world holds, credentials included: the accounts' tokens and the webhooks'
HMAC keys and header values are in the snapshot, and in the rows of the changes that brought them
(a webhook added, an instance for a new token), which store them as the snapshot would. Neither is
ever written to a log message, an exception or a report, and a file the emulator creates is
readable by its owner alone.

Compaction does not stop the emulator (:meth:`Persistence.compact_in_background`): with the world
locked, the process forks (milliseconds, whatever the world's size); the child, a copy-on-write
image of the world at that instant, encodes and compresses it and sends the bytes through a pipe,
and a thread of the emulator writes them, deleting only the log rows the image includes. Rows
appended meanwhile stay and apply to the new snapshot; a crash at any point leaves either the
old snapshot with the whole log or the new one with the rows after it. (SQLite is never used across
the fork: the child only writes to the pipe.)

Acknowledged <=> kept: a unit of change (:meth:`Persistence.begin` .. :meth:`Persistence.commit`)
takes SQLite's write lock *before* its code runs, waiting at most :data:`BUSY_TIMEOUT`; a file that
stays locked (another program holds it) answers :class:`StorageUnavailable` with nothing changed. A
commit that fails (disk full, a file-size limit, an I/O error) raises it too, after which the
emulator reloads its world from the file: memory never holds a change the file does not.

Integrity: the snapshot and every log row carry a checksum (BLAKE2b of the row's bytes and its
place); loading refuses the file, naming the row and what to do, at the first one that does not
match, instead of skipping it. Another program writing to the file while the emulator runs is seen
(SQLite's ``data_version`` moved) and so is a WAL deleted underneath (its inode changed): the first
makes the emulator reload its world from the file, the second makes it copy its WAL's content into
the file at once and start a new WAL, so nothing acknowledged is lost. The WAL is checkpointed after
each snapshot (and by SQLite every 1,000 pages), and truncated at a normal stop, so after SIGTERM or
SIGINT the file alone holds the whole world.

A snapshot of another format is refused with a clear message instead of being half-loaded, and so
is a file that is not SQLite or an SQLite database of something else (it is never written to).

One process at a time: an emulator holds an exclusive lock on ``FILE.lock`` (``flock``, released by
the kernel if the process dies), so a second emulator on the same file exits with a message instead
of handing out the same ids and overwriting the first one's acknowledged writes.
"""

from __future__ import annotations

import contextlib
import fcntl
import gc
import hashlib
import json
import logging
import os
import signal
import sqlite3
import threading
import time
import warnings
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, NoReturn

from wawp_emulator import __version__, snapshot
from wawp_emulator.waits import WouldWait, acquire, here

if TYPE_CHECKING:
    from wawp_emulator.world import World

__all__ = [
    "BUSY_TIMEOUT",
    "COMPACT_EVERY",
    "FORMAT",
    "READABLE_FORMATS",
    "Persistence",
    "PersistenceError",
    "StorageUnavailable",
]

log = logging.getLogger("wawp_emulator.persistence")

FORMAT = 7
"""7: 6 whose log rows hold the parts of the world each unit changed (``deltas.py``), not the unit, so
loading runs no handler; 6: 5 with the snapshot's bytes in parts (table ``snapshot_part``, the snapshot
row naming their slot), so that a background compaction writes them a part at a time between units
instead of holding the file for the whole snapshot; 5: 4 with a checksum on the snapshot and on every
log row; 4: a zlib-compressed JSON snapshot + a log whose rows include the control changes (seed,
faults, webhooks, engine, instances); 3: the same, but those changes rewrote the snapshot instead (an
emulator reading 3 would skip the new rows, so it refuses 4); 2 (wawp-emulator 2.0.0): 3 uncompressed. 2
to 6 are still read (the rows of 2 to 4 unchecked; the rows of 2 to 6 are units, run once through the
handlers), and rewritten as 7 at start. 1 was a pickled snapshot alone, rewritten on every write."""
READABLE_FORMATS = frozenset({2, 3, 4, 5, 6, FORMAT})
COMPRESSED_FORMATS = frozenset({3, 4, 5, 6, FORMAT})
PARTED_FORMATS = frozenset({6, FORMAT})
"""Formats whose snapshot's bytes are in parts (table ``snapshot_part``)."""
FIRST_DELTA_FORMAT = 7
"""The first format whose log rows hold state; older files' rows are units, run once through the
handlers when the file is loaded, then written anew (``Units.load``)."""
UNCHECKED_FORMATS = frozenset({2, 3, 4})
"""Formats written before checksums: their rows load unchecked, once, and are rewritten as :data:`FORMAT`."""
BUSY_TIMEOUT = 0.05
"""Seconds a unit waits for SQLite's write lock (another program holding the file) before it answers
503: the event loop waits no longer than this on storage, so ``/_emulator/health`` and the other
connections keep being served. Once a unit has failed, the next ones do not wait at all until one
succeeds (else requests queued behind each other would each wait the whole timeout)."""
COMPACT_EVERY = 5000
"""Log rows after which the snapshot is rewritten at the least (``Persistence.compaction_due``)."""
CHECKPOINT_BYTES = 4 * 1024 * 1024
"""Bytes committed after which the file catches up with its WAL, in a thread (as SQLite's own every 1,000
pages of 4 KiB would, without a unit waiting for it)."""
CHECKPOINT_WAIT = 10.0
"""Seconds a stop waits for such a checkpoint to end before it copies the rest of the WAL itself."""
_MAX_FD = os.sysconf("SC_OPEN_MAX") if "SC_OPEN_MAX" in os.sysconf_names else 65536
PART_BYTES = 256 * 1024
BETWEEN_PARTS = 0.002
"""Seconds a compaction pauses between two of its transactions (:func:`_let_units_in`)."""
"""The size of a snapshot's parts: a background compaction holds the file for one part at a time
(milliseconds), so units wait at most that long, not for the whole snapshot (100 ms and more at
100,000 messages)."""
COMPRESSION_LEVEL = 1
"""zlib's fastest level: a twelfth of the JSON's size (82 MB -> 7 MB at 100,000 messages) in 0.3 s."""


@dataclass
class _Compaction:
    """A snapshot being made by a forked child: its pid, the pipe it writes to, the last log row it
    includes and the snapshot count when it started (a newer snapshot written meanwhile wins)."""

    pid: int
    pipe: int
    upto: int
    saves: int
    thread: threading.Thread | None = None


class PersistenceError(RuntimeError):
    """The state file cannot be used (refused at load, or not writable at start)."""


class StorageUnavailable(RuntimeError):
    """A unit of change could not be stored (the file is locked by another program, full, or failing):
    the request answers 503 and, if the unit's code had run, the emulator reloads its world from the file."""

    def __init__(self, message: str, *, changed: bool) -> None:
        super().__init__(message)
        self.changed = changed
        """The unit's code had run (memory may hold what the file does not: reload from the file)."""


def _checksum(*parts: bytes) -> str:
    return hashlib.blake2b(b"\0".join(parts), digest_size=16).hexdigest()


class Persistence:
    """The state file. ``exclusive`` (the emulator's case) takes the one-process lock; a reader that
    only inspects a file another emulator is using passes ``False``."""

    def __init__(self, path: str | Path, *, exclusive: bool = True) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._holder: IO[str] | None = _hold(self.path) if exclusive else None
        try:
            if exclusive:
                _create_private(self.path)
            self._db = _open(self.path)
        except PersistenceError:
            self._release()
            raise
        self.saves = 0
        self.logged = 0
        """Log rows since the last snapshot."""
        self.snapshot_nodes = 0
        """Nodes of the last snapshot written (its size)."""
        self._last_seq = self._db.execute("SELECT COALESCE(MAX(seq), 0) FROM log").fetchone()[0]
        """The log's last row: a snapshot taken now includes every row up to it."""
        self._compaction: _Compaction | None = None
        self.compactions = 0
        self._unchecked = 0
        """Bytes committed since the last checkpoint was started (:meth:`_wrote`)."""
        self._checkpointer: threading.Thread | None = None
        """Background compactions written (:meth:`compact_in_background`)."""
        self._data_version = self._version()
        """SQLite's ``data_version`` as this connection last saw it: it moves when another connection commits."""
        self._wal: tuple[int, int] | None = None
        """(device, inode) of the WAL this connection writes to, once it exists."""
        self.failing: str | None = None
        """Why the last unit could not be stored (logged once per outage, not once per request)."""

    def exists(self) -> bool:
        with self._lock:
            return self._db.execute("SELECT 1 FROM snapshot WHERE id = 1").fetchone() is not None

    def load(self) -> World:
        with self._lock:
            return self._load_locked()

    def read(self) -> tuple[World, list[tuple[int, dict[str, Any]]]]:
        """The snapshot's world and the log rows after it, read together (no compaction between them)."""
        with self._lock:
            return self._load_locked(), self._rows_locked()

    def _load_locked(self) -> World:
        row = self._db.execute("SELECT format, version, world, checksum, slot FROM snapshot WHERE id = 1").fetchone()
        if row is None:
            raise PersistenceError(f"{self.path} holds no snapshot")
        fmt, version, blob, checksum, slot = row
        if fmt in PARTED_FORMATS:  # (its bytes are in parts)
            parts = self._db.execute("SELECT data FROM snapshot_part WHERE slot = ? ORDER BY n", (slot,))
            blob = b"".join(bytes(data) for (data,) in parts)
        if fmt not in READABLE_FORMATS:
            raise PersistenceError(
                f"{self.path} was written by wawp-emulator {version} (snapshot format {fmt}); this is {__version__} "
                f"(format {FORMAT}, reads {', '.join(map(str, sorted(READABLE_FORMATS)))}). "
                "Delete the file to start afresh."
            )
        if checksum is not None if fmt in UNCHECKED_FORMATS else checksum != _snapshot_checksum(fmt, bytes(blob)):
            raise self._damaged("the snapshot (table snapshot, row id 1)")  # (an older format has none)
        self.format = fmt
        try:
            world: World = snapshot.decode(json.loads(zlib.decompress(blob) if fmt in COMPRESSED_FORMATS else blob))
        except Exception as exc:
            raise PersistenceError(
                f"{self.path} cannot be loaded by wawp-emulator {__version__} (written by {version}): {exc}. "
                "Delete the file to start afresh."
            ) from exc
        return world

    format = FORMAT
    """The format of the snapshot :meth:`load` read (log rows of an older one carry no checksum)."""

    def _damaged(self, where: str) -> PersistenceError:
        return PersistenceError(
            f"{self.path}: {where} does not match its checksum: the file was changed by another program or "
            "damaged. Nothing was loaded and the file was left as it is; restore it from a backup, or delete "
            f"it (with {self.path.name}-wal) to start afresh."
        )

    def snapshot_of(self, world: World) -> tuple[bytes, int]:
        """The snapshot bytes of ``world`` and the last log row they include (call with the world locked;
        encoding walks the whole world: seconds at 100,000 messages, see :meth:`compact_in_background`)."""
        upto = self._last_seq
        encoded = snapshot.encode(world)
        self.snapshot_nodes = len(encoded["nodes"])
        text = json.dumps(encoded, ensure_ascii=False, separators=(",", ":"))
        return zlib.compress(text.encode(), COMPRESSION_LEVEL), upto

    def compaction_due(self) -> bool:
        """Time for a new snapshot: after :data:`COMPACT_EVERY` log rows, or a tenth of the snapshot's
        node count if that is more (a compaction costs a core seconds at 100,000 messages, so it comes
        rarely, costing each write about the same whatever the world's size), unless one is running."""
        return self._compaction is None and self.logged >= max(COMPACT_EVERY, self.snapshot_nodes // 10)

    def compact_in_background(self, world: World) -> None:
        """Start writing a snapshot of ``world`` as it is now, without holding anything up (call with the
        world locked; returns after the fork, milliseconds). A compaction already running is left alone."""
        if self._compaction is not None:
            return
        read_end, write_end = os.pipe()
        # Objects that exist now move to the collector's permanent generation: the child's encoding
        # then writes to no page for the collector's sake (less copy-on-write), and the emulator's
        # full collections stop walking the whole world (a second's pause at 100,000 messages).
        gc.freeze()
        with warnings.catch_warnings():  # (3.12+ warns of fork with threads; the child runs no thread's code)
            warnings.simplefilter("ignore", DeprecationWarning)
            pid = os.fork()
        if pid == 0:
            os.close(read_end)
            self._write_snapshot_and_exit(world, write_end)
        os.close(write_end)
        job = _Compaction(pid, read_end, self._last_seq, self.saves)
        job.thread = threading.Thread(target=self._finish, args=(job,), name="wawp-emulator-compaction", daemon=True)
        self._compaction = job
        job.thread.start()

    def _write_snapshot_and_exit(self, world: World, pipe: int) -> NoReturn:
        """The forked child: the snapshot into ``pipe`` (its node count on the first line), then exit at
        once (no atexit handler, no inherited lock or connection touched; it dies of a broken pipe if
        the emulator is killed)."""
        code = 1
        try:
            # Every inherited descriptor but the pipe and stdio is closed: if the emulator dies first, its
            # port, its state file and the file lock are free at once, not held until this child ends.
            os.closerange(3, pipe)
            os.closerange(pipe + 1, _MAX_FD)
            blob, _ = self.snapshot_of(world)
            with os.fdopen(pipe, "wb") as out:
                out.write(b"%d\n" % self.snapshot_nodes)
                out.write(blob)
            code = 0
        finally:
            os._exit(code)

    def _finish(self, job: _Compaction) -> None:
        """The compaction's thread: read the child's snapshot and write it, unless a newer one was written."""
        try:
            with os.fdopen(job.pipe, "rb") as pipe:
                data = pipe.read()
            _, status = os.waitpid(job.pid, 0)
            newline = data.find(b"\n")
            if status != 0 or newline < 1:
                if not self._closed:  # (at close, the child was stopped on purpose)
                    log.warning("the state file's compaction failed (status %s); the log keeps every change", status)
                return
            if self._write_in_parts(data[newline + 1 :], job):
                self.snapshot_nodes = int(data[:newline])
                self.compactions += 1
                self._drop_old_parts()
        except (sqlite3.Error, StorageUnavailable) as exc:
            log.warning("the state file's compaction could not be written (%s); the log keeps every change", exc)
        finally:
            self._compaction = None

    def wait_for_compaction(self, timeout: float | None = None) -> bool:
        """Wait until no compaction runs; ``False`` on timeout."""
        job = self._compaction
        if job is None or job.thread is None:
            return True
        job.thread.join(timeout)
        return not job.thread.is_alive()

    def write(self, blob: bytes, upto: int) -> None:
        """The new snapshot (from :meth:`snapshot_of`); the log rows it includes are deleted in the same transaction."""
        with self._lock:
            try:
                self._write_locked(blob, upto)
            except sqlite3.Error as exc:
                raise StorageUnavailable(self._failed("writing the snapshot", exc), changed=False) from None

    def _write_locked(self, blob: bytes, upto: int) -> None:
        """The snapshot in one transaction (start, stop, reset: the world is small or nothing waits)."""
        self._watch()
        self._db.execute("BEGIN IMMEDIATE")
        try:
            slot = self._free_slot()
            for n, part in enumerate(_parts(blob)):
                self._db.execute("INSERT INTO snapshot_part (slot, n, data) VALUES (?, ?, ?)", (slot, n, part))
            self._db.execute("DELETE FROM snapshot_part WHERE slot != ?", (slot,))
            left = self._switch(slot, blob, upto)
            self._db.execute("COMMIT")
        except BaseException:
            self._rollback()
            raise
        self._switched(left)

    def _write_in_parts(self, blob: bytes, job: _Compaction) -> bool:
        """A background compaction's snapshot: each part in a transaction of its own, the file's lock let go
        between them (units run meanwhile), then a small one that makes the parts the snapshot and deletes
        the log rows it includes. ``False`` if a snapshot written meanwhile won (its parts stay until the
        next write drops them; a crash leaves them unread)."""
        slot = None
        for n, part in enumerate(_parts(blob)):
            _let_units_in()
            with self._lock:
                if self.saves != job.saves or self._closed:
                    return False
                self._watch()
                slot = self._free_slot() if slot is None else slot
                self._db.execute("BEGIN IMMEDIATE")
                try:
                    self._db.execute("INSERT INTO snapshot_part (slot, n, data) VALUES (?, ?, ?)", (slot, n, part))
                    self._db.execute("COMMIT")
                except BaseException:
                    self._rollback()
                    raise
                self._committed()
                self._wrote(len(part))
        with self._lock:
            if self.saves != job.saves or self._closed:
                return False
            self._watch()
            self._db.execute("BEGIN IMMEDIATE")
            try:
                left = self._switch(slot, blob, job.upto)
                self._db.execute("COMMIT")
            except BaseException:
                self._rollback()
                raise
            self._switched(left, checkpoint=False)
        self._checkpoint_aside()
        return True

    def _wrote(self, size: int) -> None:
        """``size`` bytes were committed: every :data:`CHECKPOINT_BYTES` the file catches up with the WAL in
        a thread (:meth:`_checkpoint_aside`). SQLite's own checkpoint every 1,000 pages is off
        (:func:`_open`): it ran in the commit that crossed the mark, so one unit in a few hundred (a
        row is kilobytes) waited for megabytes copied and synced, and with it every unit queued behind
        it."""
        self._unchecked += size
        if self._unchecked < CHECKPOINT_BYTES or (self._checkpointer is not None and self._checkpointer.is_alive()):
            return
        self._unchecked = 0
        self._checkpointer = threading.Thread(
            target=self._checkpoint_aside, name="wawp-emulator-checkpoint", daemon=True
        )
        self._checkpointer.start()

    def _checkpoint_aside(self) -> None:
        """The file catches up with the WAL (the new snapshot's parts, megabytes) through a connection of its
        own, without the file's lock: in WAL mode a checkpoint lets writers go on, so units do not wait for
        it (tens of milliseconds at 100,000 messages). A checkpoint commits nothing: the emulator's
        connection does not take it for another program's write."""
        try:
            with contextlib.closing(sqlite3.connect(str(self.path), timeout=BUSY_TIMEOUT)) as aside:
                aside.execute("PRAGMA wal_checkpoint(PASSIVE)")
        except sqlite3.Error as exc:
            log.debug("the state file's checkpoint after a compaction was skipped: %s", exc)

    def _free_slot(self) -> int:
        (slot,) = self._db.execute("SELECT COALESCE(MAX(slot), 0) + 1 FROM snapshot_part").fetchone()
        return int(slot)

    def _switch(self, slot: int | None, blob: bytes, upto: int) -> int:
        """(In a transaction.) The parts in ``slot`` become the snapshot, the log rows it includes go;
        returns the rows left."""
        self._db.execute(
            "INSERT INTO snapshot (id, format, version, saved_at, world, checksum, slot) VALUES (1, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(id) DO UPDATE SET format = excluded.format, version = excluded.version, "
            "saved_at = excluded.saved_at, world = excluded.world, checksum = excluded.checksum, slot = excluded.slot",
            (FORMAT, __version__, time.time(), b"", _snapshot_checksum(FORMAT, blob), slot),
        )
        self._db.execute("DELETE FROM log WHERE seq <= ?", (upto,))
        (left,) = self._db.execute("SELECT COUNT(*) FROM log").fetchone()
        return int(left)

    def _switched(self, left: int, *, checkpoint: bool = True) -> None:
        self.format = FORMAT
        self.saves += 1
        self.logged = left
        self._committed()
        if checkpoint:  # the file itself catches up with each snapshot
            self._db.execute("PRAGMA wal_checkpoint(PASSIVE)")

    def _drop_old_parts(self) -> None:
        """The parts of snapshots no longer current, one transaction each (freeing them costs too)."""
        while True:
            _let_units_in()
            with self._lock:
                if self._closed:
                    return
                self._db.execute("BEGIN IMMEDIATE")
                try:
                    gone = self._db.execute(
                        "DELETE FROM snapshot_part WHERE rowid = (SELECT p.rowid FROM snapshot_part p, snapshot s "
                        "WHERE s.id = 1 AND p.slot IS NOT s.slot LIMIT 1)"
                    ).rowcount
                    self._db.execute("COMMIT")
                except BaseException:
                    self._rollback()
                    raise
            if not gone:
                return

    # ---- units of change: the write lock first, the unit's code, then its row, or nothing at all

    def begin(self) -> None:
        """Start a unit: take SQLite's write lock (at most :data:`BUSY_TIMEOUT`) before the unit's code
        runs, so that a file another program holds fails the unit before it changes anything. Holds
        this object's lock until :meth:`commit` or :meth:`rollback`. In a unit tried on the event loop
        (``waits.py``) either lock held elsewhere raises :class:`WouldWait` at once instead."""
        acquire(self._lock)
        try:
            self._watch()
            if here() and self.failing is None:
                self._begin_at_once()
            else:
                self._db.execute("BEGIN IMMEDIATE")
        except (sqlite3.Error, PersistenceError) as exc:  # (PersistenceError: a new WAL could not be opened)
            self._rollback()
            self._lock.release()
            raise StorageUnavailable(self._failed("waiting for the file's write lock", exc), changed=False) from None
        except BaseException:
            self._lock.release()
            raise

    def _begin_at_once(self) -> None:
        """``BEGIN IMMEDIATE`` without waiting: :class:`WouldWait` if another program holds the file."""
        self._db.execute("PRAGMA busy_timeout = 0")
        try:
            self._db.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            if exc.sqlite_errorcode & 0xFF != sqlite3.SQLITE_BUSY:
                raise
            raise WouldWait from None
        finally:
            self._db.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT * 1000)}")

    def commit(self, entry: dict[str, Any] | str | None) -> None:
        """End the unit begun by :meth:`begin`: its row (``None``: it changed nothing; a string: the row's
        JSON already) is durable against a crash of this process once this returns; else
        :class:`StorageUnavailable`."""
        try:
            if entry is None:
                self._db.execute("ROLLBACK")
                return
            row = (
                entry
                if isinstance(entry, str)
                else json.dumps(entry, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
            )
            seq = self._last_seq + 1
            try:
                self._db.execute(
                    "INSERT INTO log (seq, entry, checksum) VALUES (?, ?, ?)", (seq, row, _row_checksum(seq, row))
                )
                self._db.execute("COMMIT")
            except sqlite3.Error as exc:
                self._rollback()
                raise StorageUnavailable(self._failed("storing a change", exc), changed=True) from None
            self._last_seq = seq
            self.logged += 1
            self._committed()
            self._wrote(len(row))
        finally:
            self._lock.release()

    def rollback(self) -> None:
        """End the unit begun by :meth:`begin` without a row."""
        try:
            self._rollback()
        finally:
            self._lock.release()

    def append(self, entry: dict[str, Any] | str) -> None:
        """One log row as a unit of its own (durable against a crash of this process once this returns)."""
        self.begin()
        self.commit(entry)

    def _rollback(self) -> None:
        if self._db.in_transaction:
            with contextlib.suppress(sqlite3.Error):
                self._db.execute("ROLLBACK")

    def _failed(self, doing: str, exc: Exception) -> str:
        """The 503's message; logged once per outage (:meth:`_committed` logs the end of it)."""
        message = f"the state file {self.path.name} could not be used ({doing}: {exc}); nothing was changed"
        if self.failing is None:
            log.error("%s; further failures are not logged until the file works again", message)
            with contextlib.suppress(sqlite3.Error):  # (during the outage, units fail at once instead of queueing)
                self._db.execute("PRAGMA busy_timeout = 0")
        self.failing = message
        return message

    def _committed(self) -> None:
        if self.failing is not None:
            log.warning("the state file %s works again", self.path.name)
            self.failing = None
            self._db.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT * 1000)}")
        if self._wal is None:
            with contextlib.suppress(OSError):
                found = os.stat(self._wal_path())
                self._wal = (found.st_dev, found.st_ino)

    def _wal_path(self) -> Path:
        return self.path.with_name(self.path.name + "-wal")

    def _version(self) -> int:
        (version,) = self._db.execute("PRAGMA data_version").fetchone()
        return int(version)

    def _watch(self) -> None:
        """Before each write: the file is still ours alone. Another program's commit moved
        ``data_version`` (:class:`StorageUnavailable`: the emulator reloads what the file now says);
        a WAL deleted or replaced underneath is copied into the file at once (this connection still
        holds the deleted one open) and a new one started."""
        if self._wal is not None:
            try:
                found = os.stat(self._wal_path())
                moved = (found.st_dev, found.st_ino) != self._wal
            except FileNotFoundError:
                moved = True
            if moved:
                log.warning(
                    "the WAL of the state file %s was deleted or replaced while the emulator ran; its content "
                    "was written into the file and a new WAL started",
                    self.path.name,
                )
                self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                self._db.close()
                self._db = _open(self.path)
                self._wal = None
                self._data_version = self._version()
        if self._version() != self._data_version:  # (until the emulator has reloaded: :meth:`resync`)
            raise StorageUnavailable(
                f"the state file {self.path.name} was changed by another program while the emulator ran; "
                "the emulator reloads its world from the file",
                changed=True,
            )

    def resync(self) -> None:
        """The emulator reloaded its world from the file as it is now: other programs' writes seen so far
        are part of it."""
        with self._lock:
            self._data_version = self._version()

    def checkpoint(self) -> None:
        """Copy the WAL into the file and empty it: the file alone holds everything (a normal stop). A
        checkpoint running beside the units ends first (two cannot run at once)."""
        beside = self._checkpointer
        if beside is not None:
            beside.join(CHECKPOINT_WAIT)
        with self._lock:
            try:
                self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            except sqlite3.Error as exc:
                log.error("the state file %s could not be checkpointed: %s", self.path.name, exc)

    def rows(self) -> list[tuple[int, dict[str, Any]]]:
        """The log since the snapshot as (seq, entry), oldest first; a row whose checksum does not match
        (or that has none, after a checksummed snapshot) refuses the file, naming it."""
        with self._lock:
            return self._rows_locked()

    def _rows_locked(self) -> list[tuple[int, dict[str, Any]]]:
        found = self._db.execute("SELECT seq, entry, checksum FROM log ORDER BY seq").fetchall()
        out = []
        for seq, row, checksum in found:
            unchecked = self.format in UNCHECKED_FORMATS
            if checksum is not None if unchecked else checksum != _row_checksum(seq, row):
                raise self._damaged(f"the log row seq {seq} (table log)")
            try:
                out.append((int(seq), json.loads(row)))
            except ValueError:
                raise self._damaged(f"the log row seq {seq} (table log)") from None
        return out

    def entries(self) -> list[dict[str, Any]]:
        """The log's entries since the snapshot, oldest first (:meth:`rows` without their places)."""
        return [entry for _, entry in self.rows()]

    _closed = False

    def close(self) -> None:
        """Close the file, its WAL copied into it first; a compaction still running is stopped (the log
        keeps what it would have included)."""
        self._closed = True
        job = self._compaction
        if job is not None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(job.pid, signal.SIGKILL)
            self.wait_for_compaction(10)
        self.checkpoint()
        with self._lock:
            self._db.close()
        self._release()

    def _release(self) -> None:
        if self._holder is not None:
            self._holder.close()  # closing the descriptor drops the flock
            self._holder = None


def _let_units_in() -> None:
    """Between two of a compaction's transactions: a unit waiting for the file gets it. A lock is not fair:
    the thread that lets it go, still running, may take it back before the waiting one wakes, and a unit
    could then wait for many parts in a row instead of one."""
    time.sleep(BETWEEN_PARTS)


def _parts(blob: bytes) -> list[bytes]:
    return [blob[start : start + PART_BYTES] for start in range(0, len(blob), PART_BYTES)] or [b""]


def _snapshot_checksum(fmt: int, blob: bytes) -> str:
    return _checksum(b"snapshot", str(fmt).encode(), blob)


def _row_checksum(seq: int, row: str) -> str:
    """A log row's checksum covers its place too: a row moved or copied elsewhere does not match."""
    return _checksum(b"log", str(seq).encode(), row.encode())


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


def _create_private(path: Path) -> None:
    """A new state file readable by its owner alone (SQLite gives its WAL the same mode): it holds the
    accounts' tokens and the webhooks' HMAC keys. An existing file keeps the mode it has."""
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))


def _open(path: Path) -> sqlite3.Connection:
    """The database, with the snapshot table; a file that is not ours is refused untouched."""
    try:  # a directory, or a path in a missing or unwritable directory, fails here already
        db = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None, timeout=BUSY_TIMEOUT)
    except sqlite3.Error as exc:
        raise PersistenceError(f"{path} cannot be opened ({exc}). Give --state a file path.") from None
    try:
        tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if tables and "snapshot" not in tables:
            raise PersistenceError(
                f"{path} is an SQLite database of something else (tables: {', '.join(sorted(tables)[:5])}), "
                "not a wawp-emulator state file; it was left untouched. Give --state another file."
            )
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        db.execute("PRAGMA wal_autocheckpoint=0")  # (checkpoints run beside the units: ``Persistence._wrote``)
        db.execute(
            "CREATE TABLE IF NOT EXISTS snapshot ("
            " id INTEGER PRIMARY KEY CHECK (id = 1),"
            " format INTEGER NOT NULL, version TEXT NOT NULL, saved_at REAL NOT NULL, world BLOB NOT NULL)"
        )
        db.execute("CREATE TABLE IF NOT EXISTS log (seq INTEGER PRIMARY KEY AUTOINCREMENT, entry TEXT NOT NULL)")
        db.execute(
            "CREATE TABLE IF NOT EXISTS snapshot_part ("
            " slot INTEGER NOT NULL, n INTEGER NOT NULL, data BLOB NOT NULL, PRIMARY KEY (slot, n))"
        )
        # (format 4 and older had no checksums, 5 and older no parts: their files gain the columns)
        for table, column in (("snapshot", "checksum TEXT"), ("log", "checksum TEXT"), ("snapshot", "slot INTEGER")):
            columns = {row[1] for row in db.execute(f"PRAGMA table_info({table})")}
            if column.split()[0] not in columns:
                db.execute(f"ALTER TABLE {table} ADD COLUMN {column}")
    except sqlite3.OperationalError as exc:
        db.close()
        if "locked" not in str(exc):
            raise PersistenceError(f"{path} cannot be opened ({exc}); it was left untouched.") from None
        raise PersistenceError(
            f"{path} is locked by another program ({exc}); it was left untouched. Stop that program, then start again."
        ) from None
    except sqlite3.DatabaseError as exc:
        db.close()
        raise PersistenceError(
            f"{path} is not a wawp-emulator state file ({exc}); it was left untouched. Give --state another file."
        ) from None
    except PersistenceError:
        db.close()
        raise
    return db
