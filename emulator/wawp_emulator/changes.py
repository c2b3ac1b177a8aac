"""What a unit of change touched, noted while it runs, so that the state file can store those parts of
the world (``deltas.py``) instead of the request that changed them: loading never runs a handler again.

The world keeps one :class:`Changes` (``world.changes``); the units empty it when one begins. Most of
it fills itself: every store a unit reaches (``Instance.state``) is noted whole, the world notes the
instances and accounts it makes or removes, the scheduler its timers, the bus its events. A store's
*tables* are the exception (``TABLES``, a class attribute naming dicts or sets that may grow large,
such as the messages by id): only the entries the store marks with :meth:`Changes.entry` are stored,
so a send stores one message, not all of them. ``docs/emulator-internals.md`` ("State") gives the
convention a new store follows; ``tests/emulator/test_state_deltas.py`` fails when a change escapes it.
"""

from __future__ import annotations

from typing import Any

__all__ = ["Changes"]


class Changes:
    """The parts of the world one unit touched, in the order it touched them."""

    def __init__(self) -> None:
        self.active = False
        """Whether anything is noted: only a world with a state file needs it (``World.note_changes``)."""
        self.stores: dict[int, tuple[str, Any]] = {}
        """The stores reached, by ``id``: (their instance's id, the store), in the order first reached."""
        self.made: set[int] = set()
        """Stores made during the unit (their tables are stored whole)."""
        self.entries: dict[int, dict[str, dict[Any, None]]] = {}
        """Per store, per table, the keys (dicts) or items (sets) added, changed or removed, in order."""
        self.instances: dict[str, None] = {}
        """Instances made, removed or profiled (engine, webhooks, owner), by id."""
        self.accounts: dict[int, Any] = {}
        """Accounts made or changed (their list of instances), by ``id``."""
        self.events: list[str] = []
        """The events appended to the world's event log, as the JSON text the log took each from."""
        self.timers: list[tuple[str, Any]] = []
        """The scheduler's changes in order: ``("at", job)`` or ``("pop", None)``."""

    def clear(self) -> None:
        """A unit begins: nothing touched yet."""
        self.stores.clear()
        self.made.clear()
        self.entries.clear()
        self.instances.clear()
        self.accounts.clear()
        self.events.clear()
        self.timers.clear()

    def store(self, instance_id: str, store: Any, *, made: bool = False) -> None:
        """``store`` of instance ``instance_id`` was reached (it is stored whole but for its tables)."""
        if not self.active:
            return
        key = id(store)
        if key not in self.stores:
            self.stores[key] = (instance_id, store)
        if made:
            self.made.add(key)

    def entry(self, store: Any, table: str, key: Any) -> None:
        """The entry ``key`` of ``store``'s table ``table`` was added, changed or removed (a store with
        tables keeps its instance as ``store.instance``)."""
        if not self.active:
            return
        self.store(store.instance.id, store)
        self.entries.setdefault(id(store), {}).setdefault(table, {})[key] = None

    def instance(self, instance_id: str) -> None:
        if self.active:
            self.instances[instance_id] = None

    def account(self, account: Any) -> None:
        if self.active:
            self.accounts[id(account)] = account
