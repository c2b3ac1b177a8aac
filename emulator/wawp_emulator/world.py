"""The world: accounts, instances, the seeded random generator, ids, the scheduler and the event bus.

Everything here can be stored (the lock and the delivery hook are dropped and recreated), so
``--state FILE`` can persist a whole world. State modules keep their per-instance data in
``instance.state(Cls)``, reached through ``instance.backend()``, and never talk to HTTP.
"""

from __future__ import annotations

import logging
import random
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

from wawp_emulator import bus
from wawp_emulator.backend import Backend
from wawp_emulator.bus import Subscribed
from wawp_emulator.changes import Changes
from wawp_emulator.clock import Clock, ManualClock
from wawp_emulator.engines import DEFAULT_ENGINE
from wawp_emulator.faults import FaultSet
from wawp_emulator.generators import Generator
from wawp_emulator.ids import Ids
from wawp_emulator.scheduler import Due, Scheduler
from wawp_emulator.webhooks import PendingDelivery, WebhookConfig

if TYPE_CHECKING:
    from wawp_emulator.kernel import InstanceView, WorldView

__all__ = [
    "DEFAULT_ACCESS_TOKEN",
    "DEFAULT_INSTANCE_ID",
    "Account",
    "Instance",
    "World",
]

T = TypeVar("T")

DEFAULT_INSTANCE_ID = "A1B2C3D4E5F6"
DEFAULT_ACCESS_TOKEN = "wawp-emulator-test-token"
EVENT_LOG_SIZE = 2000
log = logging.getLogger("wawp_emulator")


@dataclass(eq=False)
class Account:
    """A Wawp user: one access token, any number of instances."""

    access_token: str = field(repr=False)  # (credentials: reprs end up in logs, errors and tracebacks)
    user_id: str = "1"
    display_name: str = "Wawp Emulator"
    user_email: str = "emulator@example.com"
    instance_ids: list[str] = field(default_factory=list, repr=False)
    plan: str = "free"
    """``free`` or ``paid``: v2's paid-only calls answer 403 ``subscription_required`` on a free plan
    (control action ``account.plan``)."""


class Instance:
    """One WhatsApp instance (a Wawp session), holding each group's per-instance state."""

    engine: str = DEFAULT_ENGINE
    """The engine whose shapes its answers and events take (``wawp_emulator.engines``); class
    defaults keep worlds saved before engine profiles loadable."""
    send_shape: str = "engine"
    """``engine``: sends answer the engine's raw message; ``wawp-ack``: the Wawp wrapper."""

    def __init__(self, world: World, instance_id: str, account: Account, name: str | None = None) -> None:
        self.world = world
        self.id = instance_id
        self.account = account
        self.name = name
        self.engine = world.engine
        self.created_at = world.clock.now()
        self.webhooks: list[WebhookConfig] = []
        self._states: dict[type[Any], Any] = {}

    def __setattr__(self, name: str, value: Any) -> None:
        # (an attribute of its own record changed: noted for the state file's row, ``changes.py``; a list
        # changed in place, such as its webhooks, is noted where it is changed)
        object.__setattr__(self, name, value)
        world = self.__dict__.get("world")
        if world is not None and "id" in self.__dict__:
            world.changes.instance(self.id)

    @property
    def access_token(self) -> str:
        return self.account.access_token

    def state(self, cls: type[T]) -> T:
        """The per-instance singleton of ``cls``, created on first use as ``cls(world, instance)``."""
        try:
            found = self._states[cls]
        except KeyError:
            made = self._states.setdefault(cls, cls(self.world, self))  # type: ignore[call-arg]
            self.world.states_made += 1
            self.world.changes.store(self.id, made, made=True)
            return made  # type: ignore[no-any-return]
        self.world.changes.store(self.id, found)  # (reached, so perhaps changed: the state file stores it)
        return found  # type: ignore[no-any-return]

    def peek_state(self, cls: type[T]) -> T | None:
        """The state of ``cls`` if it was already created (never creates it). For a look only: a store
        reached this way is not noted for the state file (``changes.py``); one to change is taken with
        :meth:`state`."""
        return self._states.get(cls)

    def backend(self) -> Backend:
        """The instance's backend: its stores and the workflows that span them (made on demand, it holds
        nothing of its own, so the snapshot never sees it)."""
        return Backend(self)

    def states(self) -> dict[str, Any]:
        return {f"{cls.__module__}.{cls.__qualname__}": obj for cls, obj in self._states.items()}

    def __repr__(self) -> str:
        # (the id is a credential, like the account's token: reprs end up in logs and tracebacks)
        return f"Instance(name={self.name!r}, engine={self.engine!r})"


class World:
    """All emulated state. Mutate it only while holding :attr:`lock` (the app and Emulator do)."""

    engine: str = DEFAULT_ENGINE
    """The engine new instances get (``Emulator(engine=...)``, ``--engine``)."""
    states_made: int = 0
    """Per-instance states created on first use so far, in every instance: a read that moved it
    changed the world (``Emulator.logged``), told without a walk over the instances."""

    def __init__(
        self,
        seed: int = 0,
        clock: Clock | None = None,
        config: dict[str, Any] | None = None,
        engine: str = DEFAULT_ENGINE,
    ) -> None:
        self.seed = int(seed)
        self.engine = engine
        self.clock: Clock = clock if clock is not None else ManualClock()
        self.rng: random.Random = Generator(self.seed)
        self.ids = Ids(self.seed, self.clock)
        self.config: dict[str, Any] = dict(config or {})
        self.accounts: dict[str, Account] = {}
        self.instances: dict[str, Instance] = {}
        self.scheduler = Scheduler()
        self.faults = FaultSet(self.seed)
        self.events: deque[dict[str, Any]] = deque(maxlen=EVENT_LOG_SIZE)
        self.outbox: list[PendingDelivery] = []
        self.lock = threading.RLock()
        self.on_outbox: Callable[[], None] | None = None
        self.changes = Changes()
        """What the running unit touched (``changes.py``; not part of the world, never stored)."""

    # ---- the state file's snapshot (snapshot.py uses these): no locks or hooks in it

    def __getstate__(self) -> dict[str, Any]:
        state = self.__dict__.copy()
        state.pop("lock", None)
        state.pop("on_outbox", None)
        state.pop("changes", None)
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self.lock = threading.RLock()
        self.on_outbox = None
        self.changes = Changes()

    def note_changes(self, on: bool = True) -> None:
        """Note what each unit touches (``changes.py``), for a state file's rows; off, nothing is noted."""
        self.changes.active = on
        self.changes.clear()
        self.scheduler.recorder = self.changes.timers if on else None

    # ---- accounts and instances

    def add_account(self, access_token: str | None = None, **profile: Any) -> Account:
        token = access_token or self.ids.access_token()
        if token in self.accounts:
            raise ValueError("an account with that access token already exists")
        account = Account(token, **profile)
        self.accounts[token] = account
        self.changes.account(account)
        return account

    def account_for(self, access_token: str | None) -> Account | None:
        return self.accounts.get(access_token) if access_token else None

    def instance(self, instance_id: str) -> Instance | None:
        return self.instances.get(instance_id)

    def create_instance(self, account: Account, name: str | None = None, instance_id: str | None = None) -> Instance:
        """A new instance owned by ``account`` (``sessionCreate``; the CLI's default instance)."""
        if instance_id is None:
            instance_id = self.ids.instance_id()
            while instance_id in self.instances:
                instance_id = self.ids.instance_id()
        elif instance_id in self.instances:
            raise ValueError(f"instance {instance_id} already exists")
        instance = Instance(self, instance_id, account, name)
        self.instances[instance_id] = instance
        account.instance_ids.append(instance_id)
        self.changes.instance(instance_id)
        self.changes.account(account)
        return instance

    def delete_instance(self, instance: InstanceView | str) -> bool:
        instance_id = instance if isinstance(instance, str) else instance.id
        found = self.instances.pop(instance_id, None)
        if found is None:
            return False
        if instance_id in found.account.instance_ids:
            found.account.instance_ids.remove(instance_id)
        self.changes.instance(instance_id)
        self.changes.account(found.account)
        self.outbox = [d for d in self.outbox if d.instance_id != instance_id]
        return True

    def reseed(self, seed: int) -> None:
        """New random sequences from ``seed`` (state is kept; ``reset`` wipes it)."""
        self.seed = int(seed)
        self.rng.seed(self.seed)
        self.ids = Ids(self.seed, self.clock)
        self.faults.reseed(self.seed)

    # ---- time

    def run_due(self) -> int:
        """Run every timer due at the current time (real-time ticker and per-request catch-up)."""
        ran = 0
        now = self.clock.now()
        while (due := self.scheduler.pop_due(now)) is not None:
            self._fire(due)
            ran += 1
            now = self.clock.now()
        return ran

    def _fire(self, due: Due) -> None:
        """Hand ``due`` to its instance's backend (a deleted instance's timers lapse); a step that raises
        is logged and the others still run."""
        instance = self.instances.get(due.instance)
        if instance is None:
            return
        try:
            instance.backend().on_due(due)
        except Exception:
            log.exception("timer %s failed", due.kind)

    def advance(self, seconds: float) -> int:
        """Move a manual clock forward, running due jobs at their own times; returns how many ran."""
        if seconds < 0:
            raise ValueError("seconds must be >= 0")
        clock = self.clock
        if not isinstance(clock, ManualClock):
            raise TypeError(f"cannot advance a {type(clock).__name__}; use a ManualClock")
        target = clock.now() + float(seconds)
        ran = 0
        while (due := self.scheduler.pop_due(target)) is not None:
            if due.at > clock.now():
                clock.set(due.at)
            self._fire(due)
            ran += 1
        clock.set(max(target, clock.now()))
        return ran

    # ---- events

    def emit(
        self, instance: Subscribed, event: str, payload: Any, *, lid_payload: Callable[[], Any] | None = None
    ) -> dict[str, Any]:
        """``bus.emit`` on this world: the envelope of ``event``, logged and queued for matching webhooks."""
        return bus.emit(self, instance, event, payload, lid_payload=lid_payload)

    def take_outbox(self) -> list[PendingDelivery]:
        with self.lock:
            taken, self.outbox = self.outbox, []
        return taken


if TYPE_CHECKING:  # the stores' view of these classes (kernel.py) must stay true
    _WORLD: type[WorldView] = World
    _INSTANCE: type[InstanceView] = Instance
