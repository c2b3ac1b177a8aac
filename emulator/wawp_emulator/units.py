"""The units of change: what makes an emulator's answers durable with ``--state``.

A *unit* (:meth:`Units.logged`) is an API request, a control action, a control change, ``advance``, a
timer run of the real-time ticker or a fault decision: with a state file it takes the file's write lock
before its code runs, pins a real clock to one "now", and stores one log row of the state it changed
(``deltas.py``) when it ends, before any answer leaves (acknowledged <=> kept). A row that cannot be
stored answers 503 and the world is rebuilt from the file in a thread; loading applies the rows' parts
to the snapshot in order (:meth:`Units.load`), running no handler. Files of formats 2 to 6 logged the
units themselves: those are run once more, then written anew (:meth:`Units._rerun`).
``docs/emulator-internals.md`` ("The state file") tells the whole story.

The emulator this serves is :class:`Owner`, a protocol: this module never imports the ``Emulator``.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import logging
import sqlite3
import threading
from array import array
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from wawp_emulator import deltas, snapshot
from wawp_emulator.clock import ManualClock, RealClock
from wawp_emulator.control.registry import CONTROL_ACTIONS
from wawp_emulator.faults import FaultRule
from wawp_emulator.persistence import FIRST_DELTA_FORMAT, PersistenceError, StorageUnavailable
from wawp_emulator.registry import CHANGING_READS, ApiError, Handler, Request, handle
from wawp_emulator.waits import here, may_wait
from wawp_emulator.webhooks import WebhookConfig

if TYPE_CHECKING:
    from wawp_emulator.persistence import Persistence
    from wawp_emulator.world import Account, Instance, World

__all__ = ["READ_ONLY_METHODS", "RETRY_STORAGE", "STORAGE_ERROR", "Group", "Owner", "Units", "instance_in"]

T = TypeVar("T")

log = logging.getLogger("wawp_emulator")

STORAGE_ERROR = "emulator_storage_unavailable"
"""The error code of a 503 answered because the state file could not store the request's change."""
RETRY_STORAGE = {"Retry-After": "1"}
READ_ONLY_METHODS = frozenset({"GET", "HEAD"})
"""Request methods whose handlers change nothing, so their requests need no row in the state file's log."""


class Owner(Protocol):
    """What the units see of the emulator (``Emulator`` implements it; mypy checks that)."""

    world: World
    persistence: Persistence | None
    """The state file (``None``: in memory)."""

    @property
    def handlers(self) -> Mapping[str, Handler]: ...

    @property
    def manual_clock(self) -> bool: ...

    def attach(self, world: World) -> None:
        """Adopt ``world`` (the one a reload rebuilt from the file)."""
        ...

    def flush_outbox(self) -> None:
        """Hand the world's queued webhook deliveries to the dispatcher (unless a unit is running)."""
        ...


@dataclass
class Group:
    """Units run on the event loop one after the other, stored by one row (:meth:`Units._grouped`)."""

    world: World
    done: asyncio.Future[ApiError | None]
    """Set once the group's row is stored: ``None``, or the 503 every unit of the group answers."""
    units: list[dict[str, Any]] = field(default_factory=list)
    """What each unit was (as its row would name it; cleared: a unit that changed nothing)."""
    when: float = 0.0
    """When its last unit ran."""

    async def stored(self) -> None:
        """Return once the group is stored; raise the 503 if it could not be."""
        failed = await asyncio.shield(self.done)
        if failed is not None:
            raise failed


class Units:
    """The units of change of one emulator, and its state file's log."""

    def __init__(self, owner: Owner) -> None:
        self.owner = owner
        self.timers_ran = 0
        """Timer callbacks run by :meth:`run_due_locked` so far (a read-only request's log row depends on it)."""
        self.running = 0
        """Units running (their webhook deliveries wait until they are stored: ``Owner.flush_outbox``)."""
        self.unusable: str | None = None
        """Why every unit answers 503 until the world is reloaded from the state file (after a failure)."""
        self.positions: tuple[World | None, dict[str, int]] = (None, {})
        """The world whose accounts' places :meth:`account_position` last tabled, and the table."""
        self._reloader: threading.Thread | None = None
        self.deltas = deltas.Deltas()
        """What each unit's row holds (the parts of the world it changed)."""
        self.group: Group | None = None
        """The units run on the event loop since it last turned, not yet stored (:meth:`_grouped`)."""

    @property
    def persistence(self) -> Persistence | None:
        """The owner's state file, as it is now (``None``: in memory, or let go of)."""
        return self.owner.persistence

    def run_due_locked(self) -> int:
        """Run due timers as part of a unit that is already logged (a request's catch-up)."""
        ran = self.owner.world.run_due()
        if ran:
            self.timers_ran += ran
            self.owner.flush_outbox()
        return ran

    def persist(self) -> None:
        """A new snapshot, written before this returns (start, shutdown and :meth:`reset`; the periodic
        compaction runs in the background instead, see :meth:`logged`); :class:`StorageUnavailable`
        if the file cannot take it."""
        if self.persistence is not None:
            world = self.owner.world
            with world.lock:
                blob, upto = self.persistence.snapshot_of(world)
            self.persistence.write(blob, upto)
            with world.lock:
                self.deltas.held(world)

    def persist_at_stop(self) -> None:
        """The snapshot at a normal stop, and the WAL copied into the file: after SIGTERM or SIGINT the
        file alone holds the world. A snapshot that cannot be written leaves the log, which holds every
        acknowledged change."""
        if self.persistence is not None:
            try:
                self.persist()
            except StorageUnavailable as exc:
                log.error(
                    "the state file's snapshot could not be written at stop (%s); its log keeps every change", exc
                )
            self.persistence.checkpoint()

    # ---- the state file's log: one row per unit of change, the state it changed

    @contextlib.contextmanager
    def logged(self, entry: dict[str, Any]) -> Iterator[dict[str, Any]]:
        """A unit of change (call with the world locked): the real clock is pinned for its duration and,
        unless ``entry`` (what the unit is: its kind, an API request's operation and method) was cleared
        because it changed nothing, the state it changed is stored when it ends, even by an exception,
        before any answer leaves. Without ``--state``, only the pin.

        With ``--state``, acknowledged <=> kept: the file's write lock is taken before the unit runs
        (a file another program holds answers 503 before anything changed), webhook deliveries wait
        until the row is stored, and a row that cannot be stored answers 503 after the world was
        reloaded from the file (:meth:`_storage_failed`), so no answer and no later request sees a
        change the file does not hold.

        A GET or HEAD request is logged only if it ran due timers first or :meth:`fingerprint` moved
        (a state created on first use, an id or random number drawn): reads change nothing else (a test
        holds every GET of the tour to that), but for the few GETs that do (``registry.CHANGING_READS``).

        A unit the event loop runs itself (``waits.here``) is stored with its group instead
        (:meth:`_grouped`): one row and one commit for the units run before the loop turns.
        """
        persistence = self.persistence
        read = (
            entry.get("k") == "api"
            and entry["m"] in READ_ONLY_METHODS
            and entry.get("op") not in CHANGING_READS
            and persistence is not None
        )
        when = self.owner.world.clock.now()
        if persistence is not None and here() and (self.group is not None or not read) and persistence.failing is None:
            with self._grouped(entry, when):
                yield entry
            return
        before = (self.timers_ran, self.fingerprint()) if read else None
        # A read takes the lock only if it turns out to have changed something; while the file is failing,
        # one that would run due timers takes it first (and fails at once, before running what it could
        # not store: else each such read would cost a reload of the world).
        lazy = read and persistence is not None and (persistence.failing is None or not self.timers_due())
        if persistence is not None:
            self.require_usable()
            if not lazy:
                try:
                    persistence.begin()
                except StorageUnavailable as exc:
                    self._storage_failed(exc)
        world = self.owner.world
        if not self.running:
            world.changes.clear()
        self.running += 1
        try:
            with self._pinned_at(when):
                yield entry
        finally:
            self.running -= 1
            if before is not None and before == (self.timers_ran, self.fingerprint()):
                entry.clear()  # a read that ran no timer and drew no id changed nothing
            if persistence is not None and (entry or not lazy):
                try:
                    row = self._row(world, when, entry) if entry else None
                    if row is not None or not lazy:
                        if lazy:
                            with may_wait():  # (too late to hand the unit over: it changed the world)
                                persistence.begin()
                        persistence.commit(row)
                        if row is not None:
                            self.deltas.stored(world)
                except StorageUnavailable as exc:
                    self.deltas.forget()
                    exc.changed = exc.changed or lazy
                    self._storage_failed(exc)
            self._stored_then()

    @contextlib.contextmanager
    def _grouped(self, entry: dict[str, Any], when: float) -> Iterator[None]:
        """A unit run on the event loop (``waits.py``) as part of a *group*: the units that run there before
        the loop next turns share one row and one commit (:meth:`_end_group`), and none is answered
        before that commit (``Emulator.run_unit`` awaits :attr:`group`). The first unit opens the group:
        it takes the file's write lock (at once, or :class:`WouldWait` before anything changed) and holds
        the world's lock for the group, so no other thread sees the world before the row is stored; the
        others, reads too, join it. What the units changed is noted together (``world.changes``), so the
        row holds each part once, as the group left it: a second send stores the store it changed, not
        two copies of it. A group that cannot be stored answers 503 to every unit in it and the world is
        reloaded from the file, as for a single unit."""
        group = self.group
        world = self.owner.world
        if group is None:
            assert self.persistence is not None
            self.require_usable()
            try:
                self.persistence.begin()
            except StorageUnavailable as exc:
                self._storage_failed(exc)
            world.lock.acquire()  # (the unit holds it already: this one is the group's, released at its end)
            if not self.running:
                world.changes.clear()
            self.running += 1
            loop = asyncio.get_running_loop()
            group = self.group = Group(world, loop.create_future())
            loop.call_soon(self._end_group)
        group.units.append(entry)
        group.when = when
        with self._pinned_at(when):
            yield

    def _end_group(self) -> None:
        """(The event loop, once it turned after :meth:`_grouped` opened the group.) The group's row, one
        for all its units, is stored and its units answered; or, if it cannot be stored, 503 to all."""
        group, self.group = self.group, None
        assert group is not None and self.persistence is not None
        world, failed = group.world, None
        try:
            try:
                row = self._group_row(group)
                self.persistence.commit(row)
                if row is not None:
                    self.deltas.stored(world)
            except StorageUnavailable as exc:
                self.deltas.forget()
                try:
                    self._storage_failed(exc)
                except ApiError as err:
                    failed = err
        finally:
            self.running -= 1
            try:
                self._stored_then()
            finally:
                world.lock.release()
                group.done.set_result(failed)

    def _group_row(self, group: Group) -> str | None:
        """The row of ``group`` (:meth:`_row`, naming its units); one that cannot be built ends the group's
        transaction and fails it as storage does: nothing of the group may stay."""
        assert self.persistence is not None
        units = [unit for unit in group.units if unit]
        entry = units[0] if len(units) == 1 else {"k": "units", "op": [u.get("op") or u["k"] for u in units]}
        try:
            return self._row(group.world, group.when, entry)
        except Exception as exc:
            log.exception("the units' row could not be built")
            self.persistence.rollback()
            raise StorageUnavailable(f"its change could not be stored ({type(exc).__name__})", changed=True) from None

    def _stored_then(self) -> None:
        """After a unit or a group was stored (or failed): its deliveries leave, and a compaction starts
        if one is due (with the world still locked, as it needs)."""
        self.owner.flush_outbox()
        persistence = self.persistence
        if persistence is not None and persistence.compaction_due():
            persistence.compact_in_background(self.owner.world)

    def _row(self, world: World, when: float, entry: dict[str, Any]) -> str | None:
        """The log row of a unit that ran, as JSON: when, what it was (its kind, an API request's operation)
        and the parts of the world it changed (``deltas.py``, already text); ``None`` if it changed nothing."""
        parts = self.deltas.row(world)
        if parts is None:
            return None
        what = {"t": when, "k": entry.get("k"), **({"op": entry["op"]} if "op" in entry else {})}
        return f'{json.dumps(what, separators=(",", ":"))[:-1]},"d":{parts}}}'

    def timers_due(self) -> bool:
        """An API request would run timers before its handler (a real clock, one due)."""
        due = self.owner.world.scheduler.next_due
        return not self.owner.manual_clock and due is not None and due <= self.owner.world.clock.now()

    def require_usable(self) -> None:
        """After a storage failure, until the world is the file's again, a unit answers 503 (a reload
        that failed is tried again)."""
        if self.unusable is not None:
            self._start_reload()
            raise ApiError(
                503,
                STORAGE_ERROR,
                f"The emulator is reloading its world from the state file ({self.unusable}); send the request again.",
                headers=RETRY_STORAGE,
            )

    def _storage_failed(self, exc: StorageUnavailable) -> None:
        """A unit could not be stored: if its code had run, its deliveries are dropped and the world is
        reloaded from the file in the background, every unit answering 503 meanwhile; then this unit
        answers 503."""
        if exc.changed:
            self.owner.world.outbox.clear()  # (the failed unit's deliveries: they must not leave)
            self.unusable = str(exc)
            self._start_reload()
        raise ApiError(
            503, STORAGE_ERROR, f"The emulator could not store this change: {exc}.", headers=RETRY_STORAGE
        ) from None

    def _start_reload(self) -> None:
        if self._reloader is None or not self._reloader.is_alive():
            self._reloader = threading.Thread(target=self._reload_from_file, name="wawp-emulator-reload", daemon=True)
            self._reloader.start()

    def wait_for_reload(self, timeout: float | None = 10.0) -> bool:
        """Wait until a reload of the world after a storage failure has ended; ``True`` if the world is
        the file's again (units are served), ``False`` if the file still cannot be read or on timeout."""
        thread = self._reloader
        if thread is not None:
            thread.join(timeout)
        return self.unusable is None

    def _reload_from_file(self) -> None:
        """(A thread.) Build the world the state file holds (snapshot plus log, as at start) off the event
        loop, then put it in place of the one that holds a change the file does not. A file that cannot
        be read leaves every unit answering 503, the reason logged once."""
        assert self.persistence is not None
        try:
            loaded, rows = self.persistence.read()
            self.load(rows, loaded)
        except (PersistenceError, sqlite3.Error, StorageUnavailable) as exc:
            if self.unusable != str(exc):
                log.error("the world could not be reloaded from the state file: %s", exc)
            self.unusable = str(exc)
            return
        with self.owner.world.lock:
            old = self.owner.world
            self.persistence.resync()
            old.on_outbox = None
            old.outbox.clear()
            self.owner.world = loaded
            self.owner.attach(loaded)
            self.unusable = None
        log.warning("the world was reloaded from the state file %s", self.persistence.path.name)

    def change(self, entry: dict[str, Any]) -> Any:
        """A control change (seed, faults, webhooks, engine, instances) as a unit of its own, run by
        :meth:`apply` (which also reruns an older file's rows); its row, the state it changed, costs what
        a send's costs, whatever the world's size. A change that fails (bad input) leaves no row. With a
        state file, an entry holding a value a file cannot store (a NaN, a value that is not JSON) is
        refused before it changes anything."""
        if self.persistence is not None:
            try:
                json.dumps(entry, allow_nan=False)
            except (TypeError, ValueError):
                raise ValueError(f"a {entry['k']} change holding a value a state file cannot store") from None
        with self.owner.world.lock, self.logged({}) as unit:
            result = self.apply(entry, self.owner.world)
            unit.update(entry)
            return result

    @staticmethod
    def log_request(request: Request) -> dict[str, Any]:
        """What an API request is as a unit: its operation (named in its row, for whoever reads the file)
        and its method (a read's unit stores a row only if it changed something)."""
        return {"k": "api", "op": request.operation_id, "m": request.method}

    def account_position(self, account: Account) -> int:
        """Where ``account`` stands in ``world.accounts`` (how log rows name it), from a table rebuilt only
        when an account was added (accounts are never removed), not from a walk per request."""
        world = self.owner.world
        if self.positions[0] is not world or len(self.positions[1]) != len(world.accounts):
            self.positions = (world, {token: n for n, token in enumerate(world.accounts)})
        position = self.positions[1].get(account.access_token)
        if position is None or world.accounts[account.access_token] is not account:
            raise LookupError("the account is not in this world (was it reset while the request arrived?)")
        return position

    def fingerprint(self) -> tuple[Any, ...]:
        """What a read may change although it only reads: the random and id generators' positions (a
        replay must draw the same numbers in the same order), the scheduler, the events and the
        per-instance states created on first use. Microseconds, whatever the world's size: nothing in it
        walks the instances."""
        world = self.owner.world
        return (
            world.rng.getstate(),
            world.ids.position(),
            len(world.scheduler),
            len(world.events),
            world.states_made,
        )

    @staticmethod
    def _digest(world: World) -> str:
        """Where the unit left the world, as a short stable digest stored with its row (``f``): the
        random and id generators' positions, the timers scheduled, the events emitted, the instances.
        The replay compares it to tell whether applying the row did what the unit did (microseconds,
        whatever the world's size)."""
        rng_state, *counters = world.ids.position()
        digest = hashlib.blake2b(digest_size=8)
        for state in (world.rng.getstate(), rng_state):
            digest.update(array("I", state[1]).tobytes())
        digest.update(repr((counters, len(world.scheduler), len(world.events), len(world.instances))).encode())
        return digest.hexdigest()

    def load(self, rows: list[tuple[int, dict[str, Any]]], world: World) -> int:
        """Apply the log to the world its snapshot made: each row's parts, in order (format 7, no handler
        runs), or, once, the units an older file logged (:meth:`_rerun`; the emulator then writes the file
        anew). A row that cannot be applied refuses the file, naming it. ``world`` need not be the
        emulator's yet (a reload builds the next one off the event loop)."""
        assert self.persistence is not None
        if self.persistence.format < FIRST_DELTA_FORMAT:
            return self._rerun(rows, world)
        touched: set[int] = set()
        stores: list[Any] = []
        with world.lock:
            for seq, row in rows:
                try:
                    deltas.apply(world, row["d"], touched, stores)
                except (LookupError, TypeError, ValueError, AttributeError) as exc:
                    why = str(exc) if isinstance(exc, snapshot.SnapshotError) else type(exc).__name__
                    raise PersistenceError(
                        f"the state file's log row seq {seq} (table log) cannot be applied ({why}); this "
                        "wawp-emulator cannot load it. Load it with the version that wrote it, or delete the "
                        "file to start afresh."
                    ) from None
            deltas.rebuilt(stores)
            self.deltas.held(world)
        return len(rows)

    def _rerun(self, rows: list[tuple[int, dict[str, Any]]], world: World) -> int:
        """(Files of formats 2 to 6, whose rows are units: read once, then written anew as snapshots.)
        Apply the log to the loaded world, as the units ran: same order, same pinned times, effects
        on webhooks dropped (they were delivered, or lost with the process, the first time). A row
        whose replay does not end where the unit ended (its digest, format 5 on) refuses the file: the
        world rebuilt would not be the one that answered. ``world`` need not be the emulator's yet (a
        reload builds the next one off the event loop)."""
        world.on_outbox = None
        try:
            for seq, entry in rows:
                with world.lock, self._pinned_at(float(entry["t"]), world):
                    try:
                        self.apply(entry, world)
                    except PersistenceError:
                        raise  # an entry this emulator cannot replay: refuse the file, do not half-load it
                    except Exception as exc:  # the unit failed the same way the first time
                        log.debug("replayed %s: %s", entry.get("k"), type(exc).__name__)
                    if "f" in entry and entry["f"] != self._digest(world):
                        raise PersistenceError(
                            f"the state file's log row seq {seq} (table log) does not rebuild the world it recorded "
                            f"(a {entry.get('k')!r} unit: other ids, random numbers, timers or events than when it "
                            "ran); this wawp-emulator cannot load it faithfully. Load it with the version that "
                            "wrote it, or delete the file to start afresh."
                        )
        finally:
            world.outbox.clear()
        return len(rows)

    @contextlib.contextmanager
    def _pinned_at(self, when: float, world: World | None = None) -> Iterator[None]:
        clock = (world or self.owner.world).clock
        if isinstance(clock, RealClock):
            clock.pin(when)
        try:
            yield
        finally:
            if isinstance(clock, RealClock):
                clock.pin(None)

    def apply(self, entry: dict[str, Any], world: World) -> Any:
        """Run one unit on ``world``: a control change, live, or a row of an older file (:meth:`_rerun`)."""
        kind = entry["k"]
        if kind == "due":
            world.run_due()
        elif kind == "advance":
            world.advance(float(entry["seconds"]))
        elif kind == "act":
            CONTROL_ACTIONS[entry["name"]].run(world, instance_in(world, entry["iid"]), entry["body"])
        elif kind == "seed":
            world.reseed(int(entry["seed"]))
        elif kind == "fault":
            return _apply_fault(entry, world)
        elif kind == "webhook":
            return _apply_webhook(entry, world)
        elif kind == "engine":
            profiled = instance_in(world, entry["iid"])
            profiled.engine = entry["engine"] or profiled.engine
            profiled.send_shape = entry["shape"] or profiled.send_shape
        elif kind == "instance":
            acct = entry["acct"]
            owner = list(world.accounts.values())[acct] if acct is not None else world.add_account(entry["token"])
            return world.create_instance(owner, entry["name"])
        elif kind == "api":
            if not isinstance(world.clock, ManualClock):
                world.run_due()
            handler = self.owner.handlers[entry["op"]]
            instance = world.instance(entry["iid"]) if entry["iid"] else None
            account = list(world.accounts.values())[entry["acct"]] if entry["acct"] is not None else None
            handle(
                handler,
                Request(
                    entry["op"],
                    entry["q"],
                    entry["p"],
                    entry["b"],
                    instance,
                    account,
                    world,
                    {},
                    entry["m"],
                    entry["path"],
                ),
            )
        else:
            raise PersistenceError(
                f"the state file's log holds a change of a kind this emulator does not know ({kind!r}; a newer "
                "wawp-emulator's?). Use that version, or delete the file to start afresh."
            )
        return None


def _decoded(encoded: Any, cls: type[T]) -> T:
    """The ``cls`` object a log row holds as the snapshot would (:func:`snapshot.encode`)."""
    found = snapshot.decode(encoded)
    if not isinstance(found, cls):
        raise PersistenceError(f"a log row holds a {type(found).__name__} where a {cls.__name__} belongs")
    return found


def instance_in(world: World, instance_id: str) -> Instance:
    found = world.instance(instance_id)
    if found is None:
        raise ApiError(404, "invalid_instance", f"No instance {instance_id!r}")
    return found


def _apply_webhook(entry: dict[str, Any], world: World) -> WebhookConfig | int:
    instance = instance_in(world, entry["iid"])
    world.changes.instance(instance.id)
    if "add" in entry:
        hook = _decoded(entry["add"], WebhookConfig)
        instance.webhooks.append(hook)
        return hook
    before, gone = len(instance.webhooks), entry["remove"]
    instance.webhooks = [h for h in instance.webhooks if gone is not None and h.id != gone]
    return before - len(instance.webhooks)


def _apply_fault(entry: dict[str, Any], world: World) -> Any:
    faults = world.faults
    if "rule" in entry:
        return faults.add(_decoded(entry["rule"], FaultRule))
    if "add" in entry:
        return faults.add(entry["add"])
    if "roll" in entry:
        return faults.decide(*entry["roll"])
    if "remove" in entry:
        return faults.remove(entry["remove"])
    faults.clear()
    return None
