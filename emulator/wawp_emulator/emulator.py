"""``Emulator``: the Python handle on one emulated Wawp (world, app, journals, webhooks, faults).

It is what the CLI serves and what tests drive in-process; the control API under ``/_emulator``
calls the same methods.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import gc
import hashlib
import json
import logging
import sqlite3
import threading
from array import array
from collections import ChainMap
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, TypeVar

import httpx

from wawp_emulator import backend as _stores  # noqa: F401 (the state classes a loaded snapshot names)
from wawp_emulator import snapshot
from wawp_emulator.app import EmulatorApp
from wawp_emulator.clock import Clock, ManualClock, RealClock
from wawp_emulator.control import load_actions
from wawp_emulator.control.guard import IN_PROCESS_HOSTNAME
from wawp_emulator.control.mirror import People, Phone, Server
from wawp_emulator.control.registry import CONTROL_ACTIONS, ControlSpec, control_spec
from wawp_emulator.engines import DEFAULT_ENGINE, ENGINE_NAMES, engine_name
from wawp_emulator.engines import send_shape as send_shape_name
from wawp_emulator.fallback import Covered, SpecFallback, coverage
from wawp_emulator.faults import FaultDecision, FaultRule
from wawp_emulator.handlers import load_handlers
from wawp_emulator.journal import RequestJournal, RequestRecord
from wawp_emulator.persistence import Persistence, PersistenceError, StorageUnavailable
from wawp_emulator.pipeline import ContractViolation, Pipeline
from wawp_emulator.registry import HANDLERS, ApiError, Handler, Request, as_api_error, error_body, handle
from wawp_emulator.spec import Spec, load_spec
from wawp_emulator.surfaces import ApiSurface, ControlSurface
from wawp_emulator.transport import SyncASGITransport
from wawp_emulator.validation import CompiledOperation, compile_spec
from wawp_emulator.webhooks import (
    DeliveryJournal,
    DeliveryRecord,
    Duplicates,
    RetryPolicy,
    WebhookConfig,
    WebhookDispatcher,
)
from wawp_emulator.world import DEFAULT_ACCESS_TOKEN, DEFAULT_INSTANCE_ID, Account, Instance, World

__all__ = ["IN_PROCESS_HOST", "Emulator", "create_app"]

T = TypeVar("T")

log = logging.getLogger("wawp_emulator")

IN_PROCESS_HOST = f"http://{IN_PROCESS_HOSTNAME}"
STORAGE_ERROR = "emulator_storage_unavailable"
"""The error code of a 503 answered because the state file could not store the request's change."""
RETRY_STORAGE = {"Retry-After": "1"}
READ_ONLY_METHODS = frozenset({"GET", "HEAD"})
"""Request methods whose handlers change nothing, so their requests need no row in the state file's log."""


class Emulator:
    """One emulated Wawp.

    :param seed: seeds every random choice and id (``POST /_emulator/seed`` reseeds).
    :param clock: default :class:`~wawp_emulator.clock.ManualClock` (time moves with :meth:`advance`).
    :param strict: validate every response against the spec; a violation answers 500
        ``emulator_contract_violation``, is logged and kept in :attr:`violations`.
    :param state_file: SQLite file the world is persisted to (loaded if it already holds one).
    :param raise_on_violation: raise :class:`~wawp_emulator.pipeline.ContractViolation` out of the app
        instead of answering 500 (the pytest fixtures turn this on).
    :param webhook_delivery: ``"background"`` (a worker thread) or ``"manual"`` (held until
        :meth:`deliver_now` / :meth:`drain`).
    :param spec_path: serve another OpenAPI document than the bundled one.
    :param handlers: extra or replacement handlers (operationId -> function) for this emulator only.
    :param control_token: require it (``Authorization: Bearer``) on the control API, which then
        also answers non-loopback host names (``--control-token``).
    :param engine: the WAHA engine whose shapes answers and webhooks take: ``"GOWS"`` (default, the
        engine Wawp runs), ``"WEBJS"`` or ``"NOWEB"``; :meth:`set_engine` changes it per instance.
    :param spec_fallback: serve operations that have no handler from the spec's examples and schemas
        (marked ``X-Wawp-Emulator-Source``); ``False`` answers them 501 ``emulator_not_implemented``.
    """

    def __init__(
        self,
        seed: int = 0,
        clock: Clock | None = None,
        strict: bool = True,
        state_file: str | Path | None = None,
        *,
        world: World | None = None,
        instance_id: str | None = None,
        access_token: str | None = None,
        raise_on_violation: bool = False,
        webhook_delivery: str = "background",
        webhook_transport: httpx.AsyncBaseTransport | None = None,
        spec_path: str | Path | None = None,
        config: Mapping[str, Any] | None = None,
        handlers: Mapping[str, Handler] | None = None,
        engine: str = DEFAULT_ENGINE,
        control_token: str | None = None,
        spec_fallback: bool = True,
    ) -> None:
        load_handlers()
        load_actions()
        self.handlers: ChainMap[str, Handler] = ChainMap(dict(handlers or {}), HANDLERS)
        """operationId -> handler: ``handlers`` given here first, then the registered ones."""
        self.spec: Spec = load_spec(spec_path)
        self.control: ControlSpec = control_spec()
        """The served control spec (``/_emulator/openapi.json``): routes, validators, actions."""
        self.compiled: dict[str, CompiledOperation] = compile_spec(self.spec)
        self.fallback = SpecFallback(self.spec) if spec_fallback else None
        """Answers for operations without a handler (``None``: they answer 501)."""
        self.strict = strict
        self.raise_on_violation = raise_on_violation
        self.instance_id = instance_id or DEFAULT_INSTANCE_ID
        self.access_token = access_token or DEFAULT_ACCESS_TOKEN
        self.config = dict(config or {})
        self.engine = engine_name(engine)
        """The engine of new instances (and of the default instance of a fresh world)."""
        self.control_token = control_token
        """Required by ``/_emulator/*`` when set (``control/guard.py``)."""
        self.journal = RequestJournal()
        self.delivery_journal = DeliveryJournal()
        self.dispatcher = WebhookDispatcher(self.delivery_journal, mode=webhook_delivery, transport=webhook_transport)
        self.violations: list[dict[str, Any]] = []
        self.persistence = Persistence(state_file) if state_file is not None else None
        self._world_thread = (
            ThreadPoolExecutor(1, thread_name_prefix="wawp-world") if self.persistence is not None else None
        )
        """Where the server runs world work when storage is involved (:meth:`in_world`)."""
        self._clock = clock
        self._portal_transport: SyncASGITransport | None = None
        self._closed = False
        if world is not None:
            self.world = world
        elif self.persistence is not None and self.persistence.exists():
            try:
                self.world, rows = self.persistence.read()
                replayed = self._replay(rows, self.world)
            except Exception:
                self.persistence.close()  # (releases the file lock: a refused file is not "in use")
                raise
            log.info("loaded the world from %s (%d logged changes replayed)", self.persistence.path, replayed)
        else:
            self.world = self._fresh_world(seed, clock)
        self._attach(self.world)
        try:
            self._persist()  # the log always applies to a snapshot: start from a fresh one
        except StorageUnavailable as exc:
            assert self.persistence is not None
            self.persistence.close()
            raise PersistenceError(f"{self.persistence.path} cannot be written at start: {exc}") from None
        self.pipeline = Pipeline(self)
        """The one request pipeline of the API and the control API (``app`` only picks the surface)."""
        self.app = EmulatorApp(
            self, self.pipeline, ApiSurface(self.spec, self.compiled), ControlSurface(self.control), self.spec
        )
        if self.persistence is not None:
            # A state file's world lives as long as the process: out of the collector's way, full
            # collections no longer walk it (a pause of a second or two every few thousand writes at
            # 100,000 messages). Each compaction's fork moves what was added since.
            gc.collect()
            gc.freeze()

    # ---- worlds

    def _fresh_world(self, seed: int, clock: Clock | None) -> World:
        return World(seed, clock if clock is not None else ManualClock(), config=self.config, engine=self.engine)

    def _ensure_defaults(self, world: World) -> None:
        """The default account and instance exist (also in a world loaded with other credentials)."""
        with world.lock:
            account = world.account_for(self.access_token) or world.add_account(self.access_token)
            found = world.instance(self.instance_id)
            if found is None:
                world.create_instance(account, instance_id=self.instance_id)
            elif found.account is not account:
                found.account.instance_ids.remove(found.id)
                found.account = account
                account.instance_ids.append(found.id)

    def _attach(self, world: World) -> None:
        """Adopt ``world``: the default instance and instances created from now on answer as :attr:`engine`
        (other instances of a loaded world keep the engine they were saved with)."""
        world.engine = self.engine
        self._ensure_defaults(world)
        world.instances[self.instance_id].engine = self.engine
        world.on_outbox = self._flush_outbox
        self._flush_outbox()

    def _flush_outbox(self) -> None:
        if self._units:
            return  # (a unit's deliveries leave when it is stored: :meth:`logged`)
        taken = self.world.take_outbox()
        if taken:
            self.dispatcher.submit(taken)

    @property
    def manual_clock(self) -> bool:
        return isinstance(self.world.clock, ManualClock)

    @property
    def instance(self) -> Instance:
        """The default instance."""
        found = self.world.instance(self.instance_id)
        if found is None:
            raise LookupError(f"the default instance {self.instance_id} was deleted")
        return found

    def get_instance(self, instance_id: str | None = None) -> Instance:
        return _instance_in(self.world, instance_id or self.instance_id)

    async def in_world(self, fn: Callable[..., T], *args: Any) -> T:
        """``fn(*args)``, world work the server awaits. With a state file it runs on the one world thread:
        storage may wait (a lock another program holds, a slow disk) and that wait must not stop the
        event loop, which keeps answering ``/_emulator/health`` and reading requests meanwhile. In
        memory nothing waits, so it runs in place (a thread hop would only cost throughput)."""
        if self._world_thread is None:
            return fn(*args)
        return await asyncio.get_running_loop().run_in_executor(self._world_thread, _Once(fn, args))

    @contextlib.contextmanager
    def locked_world(self) -> Iterator[World]:
        """The current world, locked: a :meth:`reset` that swapped it while this waited for the lock is
        seen, and the new world is locked instead, so a unit never runs on a world already replaced."""
        while True:
            world = self.world
            with world.lock:
                if world is self.world:
                    yield world
                    return

    def read_world(self, fn: Callable[..., T], *args: Any) -> T:
        """``fn(*args)``, a plain read of the world (the control API's), with the world locked. While the
        world is being reloaded from the state file after a failed write it answers 503, as units do:
        the world in memory may still hold the change the file refused."""
        with self.locked_world():
            if self.persistence is not None:
                self._usable()
            return fn(*args)

    # ---- control

    def reset(self, seed: int | None = None) -> None:
        """A fresh world (same credentials, clock and configuration; ``seed`` or the world's seed);
        journals, faults and queues emptied. With a state file, the fresh world's snapshot replaces
        snapshot and log (milliseconds: a fresh world is small), and the old world, which the state file
        moved to the collector's permanent generation, is handed back to it and collected now: else it
        would never be freed (its objects refer to each other), about a second at 100,000 messages.
        The fresh world replaces the old one only once its snapshot is stored: a file that cannot take
        it answers 503 and the old world stays, as the file has it."""
        if self.persistence is not None:
            self._usable()  # (not while the world is being reloaded from the file)
        with self.world.lock:
            old = self.world
            fresh = self._fresh_world(old.seed if seed is None else int(seed), old.clock)
            self._attach(fresh)
            if self.persistence is not None:
                try:
                    self.persistence.write(*self.persistence.snapshot_of(fresh))
                except StorageUnavailable as exc:
                    raise ApiError(
                        503, STORAGE_ERROR, f"The emulator could not store the reset: {exc}.", headers=RETRY_STORAGE
                    ) from None
            old.on_outbox = None
            self.dispatcher.reset()
            self.journal.clear()
            self.violations.clear()
            self.world = fresh
            self._positions = (None, {})
        del old
        if self.persistence is not None:
            gc.unfreeze()
            gc.collect()
            gc.freeze()

    def reseed(self, seed: int) -> None:
        """New random sequences from ``seed``; the world's content stays."""
        self._change({"k": "seed", "seed": int(seed)})

    def advance(self, seconds: float) -> int:
        """Move the manual clock forward, running what falls due; returns how many callbacks ran."""
        with self.world.lock, self.logged({"k": "advance", "seconds": float(seconds)}):
            return self.world.advance(seconds)

    def run_due(self) -> int:
        """Run the timers due now (the real-time ticker); a run that did something is logged. While the
        state file cannot store it, nothing runs (the failure is logged once, by the persistence)."""
        try:
            with self.world.lock, self.logged({"k": "due"}) as entry:
                ran = self.run_due_locked()
                if not ran:
                    entry.clear()
                return ran
        except ApiError as err:
            if err.code != STORAGE_ERROR:
                raise
            return 0

    def run_due_locked(self) -> int:
        """Run due timers as part of a unit that is already logged (a request's catch-up)."""
        ran = self.world.run_due()
        if ran:
            self._timers_ran += ran
            self._flush_outbox()
        return ran

    _timers_ran = 0
    """Timer callbacks run by :meth:`run_due_locked` so far (a read-only request's log row depends on it)."""

    def _persist(self) -> None:
        """A new snapshot, written before this returns (start, shutdown and :meth:`reset`; the periodic
        compaction runs in the background instead, see :meth:`logged`); :class:`StorageUnavailable`
        if the file cannot take it."""
        if self.persistence is not None:
            with self.world.lock:
                blob, upto = self.persistence.snapshot_of(self.world)
            self.persistence.write(blob, upto)

    def _persist_at_stop(self) -> None:
        """The snapshot at a normal stop, and the WAL copied into the file: after SIGTERM or SIGINT the
        file alone holds the world. A snapshot that cannot be written leaves the log, which holds every
        acknowledged change."""
        if self.persistence is not None:
            try:
                self._persist()
            except StorageUnavailable as exc:
                log.error(
                    "the state file's snapshot could not be written at stop (%s); its log keeps every change", exc
                )
            self.persistence.checkpoint()

    # ---- the state file's log: one row per unit of change, replayed on load

    @contextlib.contextmanager
    def logged(self, entry: dict[str, Any]) -> Iterator[dict[str, Any]]:
        """A unit of change (call with the world locked): the real clock is pinned for its duration and
        ``entry`` (what replays it; cleared by the unit if it changed nothing) is stored when it ends,
        even by an exception, before any answer leaves. Without ``--state``, only the pin.

        With ``--state``, acknowledged <=> kept: the file's write lock is taken before the unit runs
        (a file another program holds answers 503 before anything changed), webhook deliveries wait
        until the row is stored, and a row that cannot be stored answers 503 after the world was
        reloaded from the file (:meth:`_storage_failed`), so no answer and no later request sees a
        change the file does not hold.

        A GET or HEAD request is logged only if it ran due timers first or :meth:`_fingerprint` moved
        (a state created on first use, an id or random number drawn): reads change nothing else (a test
        holds every GET of the tour to that).
        """
        persistence = self.persistence
        read = entry.get("k") == "api" and entry["m"] in READ_ONLY_METHODS and persistence is not None
        when = self.world.clock.now()
        before = (self._timers_ran, self._fingerprint()) if read else None
        # A read takes the lock only if it turns out to have changed something; while the file is failing,
        # one that would run due timers takes it first (and fails at once, before running what it could
        # not store: else each such read would cost a reload of the world).
        lazy = read and persistence is not None and (persistence.failing is None or not self._timers_due())
        if persistence is not None:
            self._usable()
            if not lazy:
                try:
                    persistence.begin()
                except StorageUnavailable as exc:
                    self._storage_failed(exc)
        self._units += 1
        try:
            with self._pinned_at(when):
                yield entry
        finally:
            self._units -= 1
            if before is not None and before == (self._timers_ran, self._fingerprint()):
                entry.clear()  # a read that ran no timer and drew no id changed nothing a replay needs
            if persistence is not None and (entry or not lazy):
                try:
                    if lazy:
                        persistence.begin()
                    persistence.commit({"t": when, **entry, "f": self._digest(self.world)} if entry else None)
                except StorageUnavailable as exc:
                    exc.changed = exc.changed or lazy
                    self._storage_failed(exc)
            self._flush_outbox()
            if persistence is not None and persistence.compaction_due():
                persistence.compact_in_background(self.world)

    def _timers_due(self) -> bool:
        """An API request would run timers before its handler (a real clock, one due)."""
        due = self.world.scheduler.next_due
        return not self.manual_clock and due is not None and due <= self.world.clock.now()

    _units = 0
    """Units of change running (their webhook deliveries wait until they are stored: :meth:`_flush_outbox`)."""

    _unusable: str | None = None
    """Why every unit answers 503 until the world is reloaded from the state file (after a failure)."""

    _reloader: threading.Thread | None = None

    def _usable(self) -> None:
        """After a storage failure, until the world is the file's again, a unit answers 503 (a reload
        that failed is tried again)."""
        if self._unusable is not None:
            self._start_reload()
            raise ApiError(
                503,
                STORAGE_ERROR,
                f"The emulator is reloading its world from the state file ({self._unusable}); send the request again.",
                headers=RETRY_STORAGE,
            )

    def _storage_failed(self, exc: StorageUnavailable) -> None:
        """A unit could not be stored: if its code had run, its deliveries are dropped and the world is
        reloaded from the file in the background, every unit answering 503 meanwhile; then this unit
        answers 503."""
        if exc.changed:
            self.world.outbox.clear()  # (the failed unit's deliveries: they must not leave)
            self._unusable = str(exc)
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
        return self._unusable is None

    def _reload_from_file(self) -> None:
        """(A thread.) Build the world the state file holds (snapshot plus log, as at start) off the event
        loop, then put it in place of the one that holds a change the file does not. A file that cannot
        be read leaves every unit answering 503, the reason logged once."""
        assert self.persistence is not None
        try:
            loaded, rows = self.persistence.read()
            self._replay(rows, loaded)
        except (PersistenceError, sqlite3.Error, StorageUnavailable) as exc:
            if self._unusable != str(exc):
                log.error("the world could not be reloaded from the state file: %s", exc)
            self._unusable = str(exc)
            return
        with self.world.lock:
            old = self.world
            self.persistence.resync()
            old.on_outbox = None
            old.outbox.clear()
            self.world = loaded
            self._attach(loaded)
            self._unusable = None
        log.warning("the world was reloaded from the state file %s", self.persistence.path.name)

    def _change(self, entry: dict[str, Any]) -> Any:
        """A control change (seed, faults, webhooks, engine, instances) as a unit of its own: applied by
        :meth:`_apply`, the code that replays it, so the world rebuilt from the log is the one that
        answered; its row costs what a send's costs, whatever the world's size. A change that fails
        (bad input) leaves no row. With a state file, an entry the log cannot store (a NaN, a value
        that is not JSON) is refused before it changes anything."""
        if self.persistence is not None:
            try:
                json.dumps(entry, allow_nan=False)
            except (TypeError, ValueError):
                raise ValueError(f"a {entry['k']} change holding a value a state file cannot store") from None
        with self.world.lock, self.logged({}) as unit:
            result = self._apply(entry, self.world)
            unit.update(entry)
            return result

    def log_request(self, request: Request) -> dict[str, Any]:
        """The log entry of an API request. No credential and no header is in it: the instance is
        named by its id, the account by its place in ``world.accounts`` (the query the handler sees
        holds no credentials; no handler reads headers, and replay passes none)."""
        return {
            "k": "api",
            "op": request.operation_id,
            "iid": request.instance.id if request.instance is not None else None,
            "acct": self._account_position(request.account) if request.account is not None else None,
            "q": request.query,
            "p": request.path,
            "b": request.body,
            "m": request.method,
            "path": request.raw_path,
        }

    def _account_position(self, account: Account) -> int:
        """Where ``account`` stands in ``world.accounts`` (how log rows name it), from a table rebuilt only
        when an account was added (accounts are never removed), not from a walk per request."""
        world = self.world
        if self._positions[0] is not world or len(self._positions[1]) != len(world.accounts):
            self._positions = (world, {token: n for n, token in enumerate(world.accounts)})
        position = self._positions[1].get(account.access_token)
        if position is None or world.accounts[account.access_token] is not account:
            raise LookupError("the account is not in this world (was it reset while the request arrived?)")
        return position

    _positions: tuple[World | None, dict[str, int]] = (None, {})

    def _fingerprint(self) -> tuple[Any, ...]:
        """What a read may change although it only reads: the random and id generators' positions (a
        replay must draw the same numbers in the same order), the scheduler, the events and the
        per-instance states created on first use. Microseconds, whatever the world's size: nothing in it
        walks the instances."""
        world = self.world
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

    def _replay(self, rows: list[tuple[int, dict[str, Any]]], world: World) -> int:
        """Apply the log to the loaded world, as the units ran: same order, same pinned times, effects
        on webhooks dropped (they were delivered, or lost with the process, the first time). A row
        whose replay does not end where the unit ended (its digest, format 5) refuses the file: the
        world rebuilt would not be the one that answered. ``world`` need not be the emulator's yet (a
        reload builds the next one off the event loop)."""
        world.on_outbox = None
        try:
            for seq, entry in rows:
                with world.lock, self._pinned_at(float(entry["t"]), world):
                    try:
                        self._apply(entry, world)
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
        clock = (world or self.world).clock
        if isinstance(clock, RealClock):
            clock.pin(when)
        try:
            yield
        finally:
            if isinstance(clock, RealClock):
                clock.pin(None)

    def _apply(self, entry: dict[str, Any], world: World) -> Any:
        """Run one logged unit on ``world`` (the replay; control changes run through here live too)."""
        kind = entry["k"]
        if kind == "due":
            world.run_due()
        elif kind == "advance":
            world.advance(float(entry["seconds"]))
        elif kind == "act":
            CONTROL_ACTIONS[entry["name"]].run(world, _instance_in(world, entry["iid"]), entry["body"])
        elif kind == "seed":
            world.reseed(int(entry["seed"]))
        elif kind == "fault":
            return _apply_fault(entry, world)
        elif kind == "webhook":
            return _apply_webhook(entry, world)
        elif kind == "engine":
            profiled = _instance_in(world, entry["iid"])
            profiled.engine = entry["engine"] or profiled.engine
            profiled.send_shape = entry["shape"] or profiled.send_shape
        elif kind == "instance":
            acct = entry["acct"]
            owner = list(world.accounts.values())[acct] if acct is not None else world.add_account(entry["token"])
            return world.create_instance(owner, entry["name"])
        elif kind == "api":
            if not isinstance(world.clock, ManualClock):
                world.run_due()
            handler = self.handlers[entry["op"]]
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

    def save(self) -> None:
        """A new snapshot of the world now (:class:`StorageUnavailable` if the file cannot take it)."""
        self._persist()

    def act(self, instance_id: str | None, name: str, body: Mapping[str, Any] | None = None, /, **fields: Any) -> Any:
        """Run control action ``name`` on an instance (``None``: the default one) with ``body``/``fields``,
        validated against the action's operation in the control spec (the generic form of
        :attr:`phone`, :attr:`people` and :attr:`world`)."""
        op_id = self.control.actions.get(name)
        if op_id is None:
            raise ApiError(404, "unknown_action", f"No control action {name!r}; see GET /_emulator/actions")
        payload = {**dict(body or {}), **fields}
        self.control.compiled[op_id].check_body(payload)
        return self.run_action(instance_id, name, payload)

    def run_action(self, instance_id: str | None, name: str, body: dict[str, Any]) -> Any:
        """Run control action ``name`` with a ``body`` already validated (the control API's dispatch)."""
        action = CONTROL_ACTIONS[name]
        with self.world.lock:
            instance = self.get_instance(instance_id)
            with self.logged({"k": "act", "iid": instance.id, "name": name, "body": body}):
                try:
                    return action.run(self.world, instance, body)
                except Exception as exc:
                    err = as_api_error(exc)
                    if err is None:
                        raise
                    raise err from None

    def engine_profile(self, instance_id: str | None = None) -> dict[str, Any]:
        """The instance's engine and send shape (``GET /_emulator/instances/{id}/engine``)."""
        instance = self.get_instance(instance_id)
        return {"engine": instance.engine, "sendShape": instance.send_shape, "engines": list(ENGINE_NAMES)}

    def set_engine(
        self, engine: str | None = None, *, instance_id: str | None = None, send_shape: str | None = None
    ) -> dict[str, Any]:
        """Answer as ``engine`` from now on (and/or with ``send_shape``: ``"engine"`` or ``"wawp-ack"``).

        What is stored does not change; only how answers and webhook payloads are rendered.
        Unknown names raise ``ValueError``.
        """
        name = engine_name(engine) if engine is not None else None
        shape = send_shape_name(send_shape) if send_shape is not None else None
        self._change({"k": "engine", "iid": self.get_instance(instance_id).id, "engine": name, "shape": shape})
        return self.engine_profile(instance_id)

    def actions(self) -> list[dict[str, Any]]:
        """The control actions as ``GET /_emulator/actions`` lists them: name, operationId, texts, body schema."""
        out = []
        for name, op_id in sorted(self.control.actions.items()):
            op = self.control.spec.operations[op_id]
            out.append(
                {
                    "name": name,
                    "operationId": op_id,
                    "summary": op.raw["summary"],
                    "description": op.raw["description"],
                    "schema": op.body.schema if op.body is not None else {"type": "object"},
                }
            )
        return out

    @property
    def phone(self) -> Phone:
        """What the default instance's phone does (``emulator.phone(instance_id=...)`` for another instance)."""
        return Phone(self)

    @property
    def people(self) -> People:
        """What other WhatsApp users do to the default instance (call it with ``instance_id=`` for another)."""
        return People(self)

    @property
    def server(self) -> Server:
        """What WhatsApp's servers and the engine do for the default instance (``instance_id=`` for another)."""
        return Server(self)

    def create_instance(self, name: str | None = None, access_token: str | None = None) -> Instance:
        """A new instance for ``access_token``'s account (default: the default account; a new token makes one)."""
        with self.world.lock:
            token = access_token or self.access_token
            account = self.world.account_for(token)
            # An existing account is named by its place, as API rows do; only a new one needs its token stored.
            acct = self._account_position(account) if account is not None else None
            entry = {"k": "instance", "name": name, "acct": acct, "token": None if account is not None else token}
            instance: Instance = self._change(entry)
            return instance

    # ---- webhooks

    def add_webhook(
        self,
        url: str,
        events: Sequence[str] = ("*",),
        *,
        instance_id: str | None = None,
        hmac_key: str | None = None,
        hmac_algorithm: str = "sha512",
        attempts: int = 3,
        delay_seconds: float = 2.0,
        policy: str = "constant",
        custom_headers: Mapping[str, str] | None = None,
        duplicates: Duplicates | Mapping[str, Any] | None = None,
    ) -> WebhookConfig:
        """Deliver the instance's ``events`` to ``url``, like ``POST /_emulator/instances/{id}/webhooks``.

        ``duplicates``: that body's ``{"copies": 2, "sameRequestId": True, "lidCopies": True}``, or a
        :class:`~wawp_emulator.webhooks.Duplicates`.
        """
        hook = WebhookConfig(
            url=url,
            events=list(events),
            hmac_key=hmac_key,
            hmac_algorithm=hmac_algorithm,
            retries=RetryPolicy(attempts=attempts, delay_seconds=delay_seconds, policy=policy),
            custom_headers=dict(custom_headers or {}),
            duplicates=duplicates if isinstance(duplicates, Duplicates) else Duplicates.from_json(duplicates or {}),
        )
        return self.add_webhook_config(hook, instance_id)

    def add_webhook_config(self, hook: WebhookConfig, instance_id: str | None = None) -> WebhookConfig:
        """Add ``hook`` to the instance's webhooks. Its row holds the config as the snapshot would (HMAC
        key and header values included: replay needs them), and like the snapshot it is never logged.

        An id another webhook of the world has is replaced by a free ``wh-N``: ids are numbered per
        process, so a world loaded from a state file may already hold the one just made (and removing
        by id would then remove both)."""
        with self.world.lock:
            taken = {h.id for instance in self.world.instances.values() for h in instance.webhooks}
            if hook.id in taken:
                numbers = [int(i[3:]) for i in taken if i.startswith("wh-") and i[3:].isdigit()]
                hook = dataclasses.replace(hook, id=f"wh-{max(numbers, default=0) + 1}")
            added: WebhookConfig = self._change(
                {"k": "webhook", "iid": self.get_instance(instance_id).id, "add": snapshot.encode(hook)}
            )
        return added

    def webhooks(self, instance_id: str | None = None) -> list[WebhookConfig]:
        return list(self.get_instance(instance_id).webhooks)

    def remove_webhooks(self, instance_id: str | None = None, webhook_id: str | None = None) -> int:
        """Remove the webhook ``webhook_id`` of the instance (``None``: all of them); returns how many went."""
        removed: int = self._change({"k": "webhook", "iid": self.get_instance(instance_id).id, "remove": webhook_id})
        return removed

    def drain(self, timeout: float | None = 10.0) -> bool:
        """Wait until every queued webhook delivery is final; ``False`` on timeout."""
        self._flush_outbox()
        return self.dispatcher.drain(timeout)

    def deliver_now(self) -> int:
        """Send the held deliveries now (``webhook_delivery="manual"``)."""
        self._flush_outbox()
        return self.dispatcher.deliver_now()

    @property
    def deliveries(self) -> list[DeliveryRecord]:
        return self.delivery_journal.records()

    @property
    def events(self) -> list[dict[str, Any]]:
        """Every event emitted (newest last), whether or not a webhook wanted it."""
        with self.world.lock:
            return list(self.world.events)

    # ---- faults

    def add_fault(self, rule: FaultRule | Mapping[str, Any] | None = None, **fields: Any) -> FaultRule:
        """Add a fault rule (a :class:`FaultRule`, or its fields; an id is made if none is given)."""
        if isinstance(rule, FaultRule):
            made: FaultRule = self._change({"k": "fault", "rule": snapshot.encode(rule)})
        else:  # (its fields, so that replay makes the same id from the same counter)
            made = self._change({"k": "fault", "add": {**dict(rule or {}), **fields}})
        return made

    def remove_fault(self, rule_id: str) -> bool:
        removed: bool = self._change({"k": "fault", "remove": rule_id})
        return removed

    def clear_faults(self) -> None:
        self._change({"k": "fault", "clear": True})

    def roll_faults(self, operation_id: str, method: str, route: str, instance_id: str | None) -> FaultDecision | None:
        """The fault rules' decision on an API request (before its handler). A decision that changed the
        rules (one fired and spent a ``times``, a ``probability`` was rolled) is a unit of its own, so
        that replay fires, spends and rolls them alike."""
        faults = self.world.faults
        entry = {"k": "fault", "roll": [operation_id, method, route, instance_id]}
        with self.world.lock, self.logged({}) as unit:
            rolled = faults.rng.getstate() if self.persistence is not None else None
            decision: FaultDecision | None = self._apply(entry, self.world)
            if rolled is not None and (decision is not None or faults.rng.getstate() != rolled):
                unit.update(entry)
        return decision

    @property
    def faults(self) -> list[FaultRule]:
        return list(self.world.faults.rules)

    # ---- journals and checks

    @property
    def requests(self) -> list[RequestRecord]:
        return self.journal.records()

    def breach(self, operation_id: str, status: int, problems: list[str], document: str) -> dict[str, Any]:
        """An answer of ``operation_id`` broke ``document`` (the spec, or the control spec) in strict
        mode: recorded in :attr:`violations` and logged, raised as ``ContractViolation`` when
        ``raise_on_violation``, else the 500 error body the caller answers instead."""
        self.violations.append({"operationId": operation_id, "status": status, "problems": problems})
        log.error("CONTRACT VIOLATION %s -> %s: %s", operation_id, status, "; ".join(problems))
        if self.raise_on_violation:
            raise ContractViolation(operation_id, status, problems)
        return error_body(
            500,
            "emulator_contract_violation",
            f"The emulator's {operation_id} response broke {document}: {problems[0]}",
            {"violations": problems},
        )

    def coverage(self) -> list[Covered]:
        """Every operation of the served spec and where its answers come from (stateful or the spec)."""
        return coverage(self.spec, self.handlers, self.fallback)

    def state_summary(self) -> list[dict[str, Any]]:
        out = []
        with self.world.lock:
            for instance in self.world.instances.values():
                states = {}
                for name, obj in instance.states().items():
                    summary = getattr(obj, "summary", None)
                    value: Any = None
                    if callable(summary):
                        try:
                            value = summary()
                        except Exception:
                            value = "summary failed"
                    elif hasattr(obj, "status") and isinstance(obj.status, str):
                        value = {"status": obj.status}
                    states[name] = value
                out.append(
                    {
                        "id": instance.id,
                        "name": instance.name,
                        "default": instance.id == self.instance_id,
                        "createdAt": instance.created_at,
                        "webhooks": [h.to_json() for h in instance.webhooks],
                        "states": states,
                    }
                )
        return out

    # ---- clients

    @property
    def base_url(self) -> str:
        """The API base URL for in-process clients (use with :meth:`transport`)."""
        return IN_PROCESS_HOST + self.spec.base_path

    @property
    def credentials(self) -> dict[str, str]:
        return {"instance_id": self.instance_id, "access_token": self.access_token}

    def transport(self) -> httpx.BaseTransport:
        """A sync httpx transport that runs the ASGI app in-process (one portal thread, reused)."""
        if self._portal_transport is None:
            self._portal_transport = SyncASGITransport(self.app)
        return self._portal_transport

    def async_transport(self) -> httpx.AsyncBaseTransport:
        return httpx.ASGITransport(app=self.app)

    def client(self, *, auth: bool = True, **kwargs: Any) -> httpx.Client:
        """An ``httpx.Client`` on the in-process API; ``auth`` adds the default credentials to every request."""
        params = self.credentials if auth else None
        return httpx.Client(base_url=self.base_url, transport=self.transport(), params=params, **kwargs)

    def async_client(self, *, auth: bool = True, **kwargs: Any) -> httpx.AsyncClient:
        params = self.credentials if auth else None
        return httpx.AsyncClient(base_url=self.base_url, transport=self.async_transport(), params=params, **kwargs)

    @contextlib.contextmanager
    def serve_in_thread(self, port: int = 0, host: str = "127.0.0.1") -> Iterator[str]:
        """Serve this emulator with uvicorn in a thread; yields the API base URL (``http://127.0.0.1:P/wp-json/awp/v1``)."""
        import uvicorn

        from wawp_emulator.serving import Limits, server_config

        server = uvicorn.Server(server_config(self.app, host, port, Limits.for_this_process(), log_level="warning"))
        thread = threading.Thread(target=server.run, name="wawp-emulator-server", daemon=True)
        thread.start()
        try:
            for _ in range(1000):
                if server.started or not thread.is_alive():
                    break
                threading.Event().wait(0.01)
            if not server.started:
                raise RuntimeError("the emulator server did not start")
            bound = server.servers[0].sockets[0].getsockname()[1]
            self.server_url = f"http://{host}:{bound}"
            yield self.server_url + self.spec.base_path
        finally:
            server.should_exit = True
            thread.join(10)

    server_url: str | None = None

    # ---- lifecycle

    def on_server_stop(self) -> None:
        """The ASGI lifespan ended (SIGTERM, SIGINT): flush deliveries briefly and persist, the WAL copied
        into the file (uvicorn ends the process with the signal right after, before :meth:`close`)."""
        self.drain(timeout=2.0)
        self._persist_at_stop()

    def shutdown(self) -> None:
        self.on_server_stop()

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        try:
            self._persist_at_stop()
        finally:
            if self._world_thread is not None:
                self._world_thread.shutdown(wait=True)
            self.dispatcher.close(timeout=2.0)
            if self._portal_transport is not None:
                self._portal_transport.close()
                self._portal_transport = None
            if self.persistence is not None:
                self.persistence.close()

    def __enter__(self) -> Emulator:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return (
            f"Emulator(seed={self.world.seed}, engine={self.engine}, instances={len(self.world.instances)}, "
            f"strict={self.strict})"
        )


class _Once:
    """``fn(*args)`` for the world thread, which lets go of both as it starts: the executor keeps its work
    item a moment after the answer is back, and a request's arguments would keep a world that a
    :meth:`Emulator.reset` just replaced from being freed (its instance refers to it)."""

    __slots__ = ("args", "fn")

    def __init__(self, fn: Callable[..., Any], args: tuple[Any, ...]) -> None:
        self.fn: Callable[..., Any] | None = fn
        self.args = args

    def __call__(self) -> Any:
        fn, args = self.fn, self.args
        self.fn, self.args = None, ()
        assert fn is not None, "a world-thread job runs once"
        return fn(*args)


def create_app(emulator_or_world: Emulator | World, *, strict: bool = True) -> EmulatorApp:
    """The ASGI app serving ``emulator_or_world`` (a bare ``World`` gets an :class:`Emulator` around it).
    (Here, not in ``app.py``: the app serves an emulator and does not make one.)"""
    if isinstance(emulator_or_world, World):
        return Emulator(world=emulator_or_world, strict=strict).app
    emulator_or_world.strict = strict
    return emulator_or_world.app


def _decoded(encoded: Any, cls: type[T]) -> T:
    """The ``cls`` object a log row holds as the snapshot would (:func:`snapshot.encode`)."""
    found = snapshot.decode(encoded)
    if not isinstance(found, cls):
        raise PersistenceError(f"a log row holds a {type(found).__name__} where a {cls.__name__} belongs")
    return found


def _instance_in(world: World, instance_id: str) -> Instance:
    found = world.instance(instance_id)
    if found is None:
        raise ApiError(404, "invalid_instance", f"No instance {instance_id!r}")
    return found


def _apply_webhook(entry: dict[str, Any], world: World) -> WebhookConfig | int:
    instance = _instance_in(world, entry["iid"])
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
