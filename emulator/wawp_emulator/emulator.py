"""``Emulator``: the Python handle on one emulated Wawp (world, app, journals, webhooks, faults).

It is what the CLI serves and what tests drive in-process; the control API under ``/_emulator``
calls the same methods. It composes the parts, each in a module of its own that sees the emulator as
a protocol of what it needs: a world (``world.py``), the one request pipeline and its ASGI app
(``pipeline.py``, ``surfaces.py``, ``app.py``), the units of change over the state file (``units.py``,
``persistence.py``), webhook delivery (``webhooks.py``) and the server (``serving.py``).
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import gc
import logging
import threading
from collections import ChainMap
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, TypeVar

import httpx

from wawp_emulator import backend as _stores  # noqa: F401 (the state classes a loaded snapshot names)
from wawp_emulator import snapshot
from wawp_emulator.app import EmulatorApp
from wawp_emulator.clock import Clock, ManualClock
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
from wawp_emulator.registry import HANDLERS, ApiError, Handler, Request, as_api_error, error_body
from wawp_emulator.spec import V2_MOUNT, Spec, bundled_v2_spec_path, load_spec
from wawp_emulator.surfaces import ApiSurface, ControlSurface, V2ApiSurface
from wawp_emulator.transport import SyncASGITransport
from wawp_emulator.units import RETRY_STORAGE, STORAGE_ERROR, Units, instance_in
from wawp_emulator.validation import CompiledOperation, compile_spec
from wawp_emulator.waits import WouldWait, acquire, trying_here
from wawp_emulator.webhooks import (
    DeliveryJournal,
    DeliveryRecord,
    Duplicates,
    RetryPolicy,
    WebhookConfig,
    WebhookDispatcher,
)
from wawp_emulator.world import DEFAULT_ACCESS_TOKEN, DEFAULT_INSTANCE_ID, Instance, World

__all__ = ["IN_PROCESS_HOST", "Emulator", "create_app"]

T = TypeVar("T")

log = logging.getLogger("wawp_emulator")

IN_PROCESS_HOST = f"http://{IN_PROCESS_HOSTNAME}"


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
        self.spec_v2: Spec = load_spec(bundled_v2_spec_path())
        """The v2 description, served under ``/v2`` on the same world by the same handlers."""
        self.compiled_v2: dict[str, CompiledOperation] = compile_spec(self.spec_v2)
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
        self.units = Units(self)
        """The units of change: their pinned clock, their rows in the state file, its loading and reloads."""
        self._world_thread = (
            ThreadPoolExecutor(1, thread_name_prefix="wawp-world") if self.persistence is not None else None
        )
        """Where the server runs world work when storage is involved (:meth:`in_world`)."""
        self._handed_over = 0
        """Jobs handed to the world thread and not yet answered (:meth:`run_unit` waits for none)."""
        self._idle_waiters: list[asyncio.Future[None]] = []
        self._handing = threading.Lock()
        self._clock = clock
        self._portal_transport: SyncASGITransport | None = None
        self._closed = False
        with _collector_paused():
            if world is not None:
                self.world = world
            elif self.persistence is not None and self.persistence.exists():
                try:
                    self.world, rows = self.persistence.read()
                    applied = self.units.load(rows, self.world)
                except Exception:
                    self.persistence.close()  # (releases the file lock: a refused file is not "in use")
                    raise
                log.info("loaded the world from %s (%d log rows applied)", self.persistence.path, applied)
            else:
                self.world = self._fresh_world(seed, clock)
            self.attach(self.world)
            if self.timers_due():  # (those that fell due while no emulator ran: now, not in a request's time)
                self.run_due()
            try:
                self.units.persist()  # the log always applies to a snapshot: start from a fresh one
            except StorageUnavailable as exc:
                assert self.persistence is not None
                self.persistence.close()
                raise PersistenceError(f"{self.persistence.path} cannot be written at start: {exc}") from None
        self.pipeline = Pipeline(self)
        """The one request pipeline of the API and the control API (``app`` only picks the surface)."""
        v2 = V2ApiSurface(self.spec_v2, self.compiled_v2, self.spec, SpecFallback(self.spec_v2))
        apis = (ApiSurface(self.spec, self.compiled), v2)
        self.app = EmulatorApp(self, self.pipeline, apis, ControlSurface(self.control), self.spec, self.spec_v2)
        if self.persistence is not None:
            # A state file's world lives as long as the process: out of the collector's way, full
            # collections no longer walk it (a pause of a second or two every few thousand writes at
            # 100,000 messages). Each compaction's fork moves what was added since.
            gc.collect()
            gc.freeze()
            _LongLived.watch()

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

    def attach(self, world: World) -> None:
        """Adopt ``world``: the default instance and instances created from now on answer as :attr:`engine`
        (other instances of a loaded world keep the engine they were saved with)."""
        world.engine = self.engine
        world.note_changes(self.persistence is not None)
        self._ensure_defaults(world)
        world.instances[self.instance_id].engine = self.engine
        world.on_outbox = self.flush_outbox
        self.flush_outbox()

    def flush_outbox(self) -> None:
        """Hand the world's queued deliveries to the dispatcher, unless a unit runs (its deliveries leave
        once it is stored, :meth:`Units.logged`)."""
        if self.units.running:
            return
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
        return instance_in(self.world, instance_id or self.instance_id)

    async def in_world(self, fn: Callable[..., T], *args: Any) -> T:
        """``fn(*args)``, world work the server awaits. With a state file it runs on the one world thread:
        storage may wait (a lock another program holds, a slow disk) and that wait must not stop the
        event loop, which keeps answering ``/_emulator/health`` and reading requests meanwhile. In
        memory nothing waits, so it runs in place (a thread hop would only cost throughput)."""
        if self._world_thread is None:
            return fn(*args)
        with self._handing:
            self._handed_over += 1
        try:
            return await asyncio.get_running_loop().run_in_executor(self._world_thread, _Once(fn, args))
        finally:
            with self._handing:
                self._handed_over -= 1
                waiters = [] if self._handed_over else self._idle_waiters
                if waiters:
                    self._idle_waiters = []
            for waiter in waiters:
                with contextlib.suppress(RuntimeError):  # (its loop was closed meanwhile: no one waits)
                    waiter.get_loop().call_soon_threadsafe(_settle, waiter)

    async def _world_idle(self) -> None:
        """Wait until no job handed to the world thread is left (at once if none)."""
        with self._handing:
            if not self._handed_over:
                return
            waiter = asyncio.get_running_loop().create_future()
            self._idle_waiters.append(waiter)
        await waiter

    async def run_unit(self, fn: Callable[..., T], *args: Any) -> T:
        """An API request's unit ``fn(*args)``: in place, on the event loop, once the world thread has no
        job left (awaited, not waited for) and unless the world's lock or the state file's would make
        it wait (a unit that would raises :class:`WouldWait` before it changes anything, ``waits.py``:
        another thread holds the world, another program the file); else on the world thread
        (:meth:`in_world`). The hop costs more CPU than the unit itself under the GIL, so sparing it
        is most of what makes ``--state`` keep up with memory; waiting for the thread to be idle
        keeps requests from queueing behind each other there once one was handed over."""
        if self._world_thread is not None:
            await self._world_idle()
            try:
                with trying_here():
                    result = fn(*args)
            except WouldWait:
                pass
            else:
                group = self.units.group
                if group is not None:  # (it ran in a group, or saw one's changes: answered once stored)
                    await group.stored()
                return result
        return await self.in_world(fn, *args)

    @contextlib.contextmanager
    def locked_world(self) -> Iterator[World]:
        """The current world, locked: a :meth:`reset` that swapped it while this waited for the lock is
        seen, and the new world is locked instead, so a unit never runs on a world already replaced.
        (In a unit tried on the event loop, a lock held elsewhere raises :class:`WouldWait`.)"""
        while True:
            world = self.world
            acquire(world.lock)
            try:
                if world is self.world:
                    yield world
                    return
            finally:
                world.lock.release()

    def read_world(self, fn: Callable[..., T], *args: Any) -> T:
        """``fn(*args)``, a plain read of the world (the control API's), with the world locked. While the
        world is being reloaded from the state file after a failed write it answers 503, as units do:
        the world in memory may still hold the change the file refused."""
        with self.locked_world():
            if self.persistence is not None:
                self.units.require_usable()
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
            self.units.require_usable()  # (not while the world is being reloaded from the file)
        with self.world.lock:
            old = self.world
            fresh = self._fresh_world(old.seed if seed is None else int(seed), old.clock)
            self.attach(fresh)
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
            self.units.positions = (None, {})
        del old
        if self.persistence is not None:
            gc.unfreeze()
            gc.collect()
            gc.freeze()

    def reseed(self, seed: int) -> None:
        """New random sequences from ``seed``; the world's content stays."""
        self.units.change({"k": "seed", "seed": int(seed)})

    def advance(self, seconds: float) -> int:
        """Move the manual clock forward, running what falls due; returns how many callbacks ran."""
        with self.world.lock, self.logged({"k": "advance", "seconds": float(seconds)}):
            return self.world.advance(seconds)

    def run_due(self) -> int:
        """Run the timers due now (the real-time ticker); a run that did something is logged. While the
        state file cannot store it, nothing runs (the failure is logged once, by the persistence)."""
        try:
            with self.locked_world(), self.logged({"k": "due"}) as entry:
                ran = self.run_due_locked()
                if not ran:
                    entry.clear()
                return ran
        except ApiError as err:
            if err.code != STORAGE_ERROR:
                raise
            return 0

    def timers_due(self) -> bool:
        """A timer is due on the real clock (what the ticker runs; a request runs them first anyway)."""
        return self.units.timers_due()

    def logged(self, entry: dict[str, Any]) -> contextlib.AbstractContextManager[dict[str, Any]]:
        """One unit of change (call with the world locked): :meth:`Units.logged`."""
        return self.units.logged(entry)

    def log_request(self, request: Request) -> dict[str, Any]:
        return self.units.log_request(request)

    def run_due_locked(self) -> int:
        """Run due timers as part of a unit that is already logged (a request's catch-up)."""
        return self.units.run_due_locked()

    def wait_for_reload(self, timeout: float | None = 10.0) -> bool:
        """Wait until a reload of the world after a storage failure has ended: :meth:`Units.wait_for_reload`."""
        return self.units.wait_for_reload(timeout)

    def save(self) -> None:
        """A new snapshot of the world now (:class:`StorageUnavailable` if the file cannot take it)."""
        self.units.persist()

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
        self.units.change({"k": "engine", "iid": self.get_instance(instance_id).id, "engine": name, "shape": shape})
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
            acct = self.units.account_position(account) if account is not None else None
            entry = {"k": "instance", "name": name, "acct": acct, "token": None if account is not None else token}
            instance: Instance = self.units.change(entry)
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
        key and header values included, as the snapshot holds them), and it is never logged.

        An id another webhook of the world has is replaced by a free ``wh-N``: ids are numbered per
        process, so a world loaded from a state file may already hold the one just made (and removing
        by id would then remove both)."""
        with self.world.lock:
            taken = {h.id for instance in self.world.instances.values() for h in instance.webhooks}
            if hook.id in taken:
                numbers = [int(i[3:]) for i in taken if i.startswith("wh-") and i[3:].isdigit()]
                hook = dataclasses.replace(hook, id=f"wh-{max(numbers, default=0) + 1}")
            added: WebhookConfig = self.units.change(
                {"k": "webhook", "iid": self.get_instance(instance_id).id, "add": snapshot.encode(hook)}
            )
        return added

    def webhooks(self, instance_id: str | None = None) -> list[WebhookConfig]:
        return list(self.get_instance(instance_id).webhooks)

    def remove_webhooks(self, instance_id: str | None = None, webhook_id: str | None = None) -> int:
        """Remove the webhook ``webhook_id`` of the instance (``None``: all of them); returns how many went."""
        removed: int = self.units.change(
            {"k": "webhook", "iid": self.get_instance(instance_id).id, "remove": webhook_id}
        )
        return removed

    def drain(self, timeout: float | None = 10.0) -> bool:
        """Wait until every queued webhook delivery is final; ``False`` on timeout."""
        self.flush_outbox()
        return self.dispatcher.drain(timeout)

    def deliver_now(self) -> int:
        """Send the held deliveries now (``webhook_delivery="manual"``)."""
        self.flush_outbox()
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
            made: FaultRule = self.units.change({"k": "fault", "rule": snapshot.encode(rule)})
        else:  # (its fields: the rule's id comes from the fault set's counter)
            made = self.units.change({"k": "fault", "add": {**dict(rule or {}), **fields}})
        return made

    def remove_fault(self, rule_id: str) -> bool:
        removed: bool = self.units.change({"k": "fault", "remove": rule_id})
        return removed

    def clear_faults(self) -> None:
        self.units.change({"k": "fault", "clear": True})

    def roll_faults(self, operation_id: str, method: str, route: str, instance_id: str | None) -> FaultDecision | None:
        """The fault rules' decision on an API request (before its handler). A decision that changed the
        rules (one fired and spent a ``times``, a ``probability`` was rolled) is a unit of its own: its row
        stores the rules and the generator as they are after it."""
        faults = self.world.faults
        entry = {"k": "fault", "roll": [operation_id, method, route, instance_id]}
        with self.world.lock, self.logged({}) as unit:
            rolled = faults.rng.getstate() if self.persistence is not None else None
            decision: FaultDecision | None = self.units.apply(entry, self.world)
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
    def base_url_v2(self) -> str:
        """The v2 API's base URL for in-process clients (its paths start with ``/v2``)."""
        return IN_PROCESS_HOST + V2_MOUNT

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
        from wawp_emulator.serving import served_in_thread

        with served_in_thread(self.app, host, port) as url:
            self.server_url = url
            yield url + self.spec.base_path

    server_url: str | None = None

    # ---- lifecycle

    def on_server_stop(self) -> None:
        """The ASGI lifespan ended (SIGTERM, SIGINT): flush deliveries briefly and persist, the WAL copied
        into the file (uvicorn ends the process with the signal right after, before :meth:`close`)."""
        self.drain(timeout=2.0)
        self.units.persist_at_stop()

    def shutdown(self) -> None:
        self.on_server_stop()

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        if self.persistence is not None:
            _LongLived.unwatch()
        try:
            self.units.persist_at_stop()
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


class _LongLived:
    """While an emulator with a state file runs, what a full collection of the garbage collector leaves
    is frozen (``gc.freeze``), as the world is at start and at each compaction: it is the world, and
    lives on. Else each full collection walked everything that came since the last freeze once more;
    they came every few hundred milliseconds under sends, each longer than the last (56 to 350 ms at
    100,000 stored, stopping every request meanwhile). Cyclic garbage frozen this way waits for a reset
    (which unfreezes and collects), as with the compactions' freezes."""

    emulators = 0

    @classmethod
    def watch(cls) -> None:
        if not cls.emulators:
            gc.callbacks.append(_freeze_after_full_collection)
        cls.emulators += 1

    @classmethod
    def unwatch(cls) -> None:
        cls.emulators -= 1
        if not cls.emulators:
            with contextlib.suppress(ValueError):
                gc.callbacks.remove(_freeze_after_full_collection)


def _freeze_after_full_collection(phase: str, info: dict[str, int]) -> None:
    if phase == "stop" and info["generation"] == 2:
        gc.freeze()


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """The cyclic garbage collector off while the world is loaded and first saved: loading makes objects
    that all live on, and every full collection meanwhile walked all of them again (a state file of
    100,000 messages started in 9 to 12 s, 6 to 7 without). The world is collected and frozen after."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _settle(waiter: asyncio.Future[None]) -> None:
    if not waiter.done():
        waiter.set_result(None)


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
