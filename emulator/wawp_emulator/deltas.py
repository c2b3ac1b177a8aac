"""The state file's log rows: the parts of the world a unit changed, and loading them back.

A row holds *state*, never the request: the parts of the world the unit touched (``changes.py`` notes
them as it runs), each encoded with the snapshot's codec (``snapshot.py``), in the order loading
applies them:

- ``["world", {name: value}]``: the world's own values that moved (its clock, seeded generators, id
  factory, faults, configuration, counters), each compared with what the file already holds;
- ``["account", n, state]``: the ``n``-th account (made or changed);
- ``["instance", id, state | None]``: an instance's own record (its engine, webhooks, owner), ``None``
  once deleted;
- ``["store", id, class, state, tables]``: a store of that instance, whole but for its tables, and
  the entries of its tables the unit marked (``[key, value]`` added or changed, ``[key]`` removed);
- ``["shared", class, {id: state}]``: every instance's store of a class whose stores share entities
  (``SHARED``, the groups), encoded together so that they still share them once loaded;
- ``["events", list]``: the events the unit appended to the event log;
- ``["timers", list]``: what the unit did to the scheduler, in order (``["at", job]``, ``["pop"]``).

A part names what lies in another part (the world, an instance, an account, one of the world's own
values) instead of copying it (``{"@": name}``), so the objects loading makes point at each other as
they did. Loading is the snapshot plus every row's parts, applied in place; no handler runs.
"""

from __future__ import annotations

import heapq
import io
import json
import pickle
import random
from array import array
from collections.abc import Callable, Iterable, Iterator
from typing import Any, cast

from wawp_emulator import snapshot
from wawp_emulator.generators import Generator
from wawp_emulator.scheduler import Job
from wawp_emulator.world import Account, Instance, World

__all__ = ["Deltas", "apply", "rebuilt"]

OWN_PARTS = frozenset({"accounts", "instances", "scheduler", "events", "outbox"})
"""The world's attributes stored by parts of their own (``outbox``: deliveries leave after their unit,
so a row never holds one)."""
_PLAIN = (str, int, float, bool, type(None))
MT_WORDS = 624
"""The Mersenne Twister's words in ``Random.getstate()[1]`` (then its index in them)."""


class Deltas:
    """Builds the rows of one emulator's units, remembering what of the world the file holds already (the
    world's own values, and each store's state but for its tables, as text): a part that did not move
    is left out of the row."""

    def __init__(self) -> None:
        self._world = 0
        """The ``id`` of the world :attr:`_held` is about."""
        self._held: dict[Any, tuple[bytes | None, str]] = {}
        """What the file holds: ``("w", name)`` a value of the world's own, ``id(store)`` a store's state,
        each as its :func:`_probe` and its encoded text."""
        self._stores: dict[int, Any] = {}
        """The stores :attr:`_held` names (kept alive, so that no other object takes their ``id``)."""
        self._pending: dict[Any, tuple[bytes | None, str]] = {}
        self._words: dict[tuple[str, ...], tuple[int, ...]] = {}
        """The words the file holds of each of the world's generators, by place (``("rng",)``,
        ``("ids", "rng")``): a generator whose words did not change since is stored as its position
        in them (:meth:`_generator_name`), 3 KB less in a row that drew an id."""
        self._pending_words: dict[tuple[str, ...], tuple[int, ...]] = {}
        self._positions: tuple[int, int, dict[int, int]] = (0, 0, {})
        """(id of the world, its number of accounts, id of an account -> its place)."""
        self._probes = io.BytesIO()
        self._prober = _Prober(self._probes)

    def held(self, world: World) -> None:
        """The file now holds ``world`` whole (a snapshot was written, or it was loaded): its own values too."""
        self.forget()
        self._world = id(world)
        outside = self._outside(world)
        for place, generator in _generators(world).values():
            self._words[place] = generator.getstate()[1][:MT_WORDS]
        for name, value in _own_values(world):
            self._held["w", name] = (
                None if isinstance(value, _PLAIN) else self._probe(value),
                _encoded(value, outside),
            )

    def forget(self) -> None:
        """What the file holds is unknown (a row failed): the next rows store whatever they touch."""
        self._world, self._held, self._stores, self._words = 0, {}, {}, {}

    def row(self, world: World) -> str | None:
        """The parts of ``world`` the running unit changed, as a JSON array (``None``: nothing moved);
        :meth:`stored` once its row is in the file."""
        if self._world != id(world):
            self.forget()
            self._world = id(world)
        changes, held, outside = world.changes, self._held, self._outside(world)
        pending: dict[Any, tuple[bytes | None, str]] = {}
        self._pending_words = {}
        parts: list[str] = []
        moved = []
        for name, value in _own_values(world):
            was, text = held.get(("w", name), (None, None))
            probe = None if isinstance(value, _PLAIN) else self._probe(value)
            if probe is not None and probe == was:
                continue  # (unchanged: not even encoded)
            now = _encoded(value, outside)
            pending["w", name] = (probe, now)
            if now != text:
                moved.append(f"{_text(name)}:{now}")
        if moved:
            parts.append(f'["world",{{{",".join(moved)}}}]')
        accounts = self._places(world)
        for account in changes.accounts.values():
            place = accounts.get(id(account))
            if place is not None:
                parts.append(_text(["account", place, snapshot.encode(dict(account.__dict__), outside)]))
        for instance_id in changes.instances:
            found = world.instances.get(instance_id)
            record = None if found is None else {k: v for k, v in found.__dict__.items() if k != "_states"}
            parts.append(_text(["instance", instance_id, None if record is None else snapshot.encode(record, outside)]))
        shared: set[type] = set()
        for key, (instance_id, store) in list(changes.stores.items()):
            instance = world.instances.get(instance_id)
            if instance is None or instance.peek_state(type(store)) is not store:
                continue  # (its instance was deleted, or a reset replaced it: the instance's part says so)
            if getattr(type(store), "SHARED", False):
                if type(store) not in shared:  # (all of that class in one part, where the first one stands)
                    shared.add(type(store))
                    parts.extend(self._shared_part(world, type(store), outside, pending))
                continue
            own, tables = _store_state(store, changes.entries.get(key, {}), key in changes.made, outside)
            was, text = held.get(key, (None, None)) if self._stores.get(key) is store else (None, None)
            probe = self._probe(own)
            unmoved = text is not None and probe is not None and probe == was
            state = text if unmoved and text is not None else _text(snapshot.encode(own, outside))
            pending[key] = (probe, state)
            if state == text:
                if not tables:
                    continue
                state = "null"  # (unchanged but for its tables)
            name = snapshot.class_name(type(store))
            parts.append(f'["store",{_text(instance_id)},{_text(name)},{state},{_text(tables)}]')
        if changes.events:  # (as the JSON text the log took them from, ``bus.emit``; the log keeps the newest)
            parts.append(f'["events",[{",".join(changes.events[-(world.events.maxlen or 0) :])}]]')
        if changes.timers:
            parts.append(_text(["timers", snapshot.encode([[op, job] for op, job in changes.timers], outside)]))
        self._pending = pending
        return f"[{','.join(parts)}]" if parts else None

    def _shared_part(
        self, world: World, cls: type, outside: Callable[[Any], Any], pending: dict[Any, tuple[bytes | None, str]]
    ) -> list[str]:
        """The stores of class ``cls`` of every instance in one part (``["shared", class, {id: state}]``,
        encoded together: what they share stays shared), unless it did not move."""
        found = {iid: instance.__dict__["_states"].get(cls) for iid, instance in world.instances.items()}
        states = {iid: _store_state(store, {}, True, outside)[0] for iid, store in found.items() if store is not None}
        key = ("shared", snapshot.class_name(cls))
        was, text = self._held.get(key, (None, None))
        probe = self._probe(states)
        if text is not None and probe is not None and probe == was:
            return []
        now = _text(snapshot.encode(states, outside))
        pending[key] = (probe, now)
        return [] if now == text else [f'["shared",{_text(key[1])},{now}]']

    def stored(self, world: World) -> None:
        """The row :meth:`row` built is in the file: what it held is what the file holds now."""
        if self._world == id(world):
            self._held.update(self._pending)
            self._words.update(self._pending_words)
            for key in self._pending:
                if type(key) is int:
                    self._stores[key] = world.changes.stores[key][1]

    def _probe(self, value: Any) -> bytes | None:
        """A cheap fingerprint of ``value`` (microseconds, where encoding it takes tens): equal fingerprints
        mean equal values, so a part whose fingerprint did not move since the file took it is neither
        encoded nor stored. ``None`` where there is none (the part is then encoded and compared as text).
        (One pickler per emulator, reused: its rows are built with its world locked.)"""
        if type(value) is Generator:  # (the world's generators: their version says it all)
            return b"g%d" % value.version
        out, prober = self._probes, self._prober
        out.seek(0)
        out.truncate()
        prober.clear_memo()
        try:
            prober.dump(value)
        except (pickle.PicklingError, TypeError, AttributeError, RecursionError):
            return None
        return out.getvalue()

    def _places(self, world: World) -> dict[int, int]:
        if self._positions[:2] != (id(world), len(world.accounts)):
            places = {id(account): n for n, account in enumerate(world.accounts.values())}
            self._positions = (id(world), len(world.accounts), places)
        return self._positions[2]

    def _outside(self, world: World) -> Callable[[Any], Any]:
        """How a part names what lies in another part (:mod:`snapshot`'s ``outside``)."""
        own = {id(v): name for name, v in world.__getstate__().items() if not isinstance(v, _PLAIN)}
        generators = _generators(world)

        def name(value: Any) -> Any:
            kind = type(value)
            if kind is Generator:
                return self._generator_name(generators.get(id(value)))
            if kind is Instance:
                return ["i", value.id]
            if kind is Account:
                return ["a", self._places(world)[id(value)]]
            if value is world:
                return "w"
            found = own.get(id(value))
            return None if found is None else ["w", found]

        return name

    def _generator_name(self, found: tuple[tuple[str, ...], Generator] | None) -> Any:
        """How a part names one of the world's generators (``found``: its place and itself) whose words the
        file holds already: ``["g", place, index, gauss]``, its position in them (the words change once
        every 624 draws); ``None`` (stored whole) when they changed, or it is not one of the world's."""
        if found is None:
            return None
        place, generator = found
        _, internal, gauss = generator.getstate()
        words = internal[:MT_WORDS]
        if self._words.get(place) == words:
            return ["g", list(place), internal[MT_WORDS], gauss]
        self._pending_words[place] = words
        return None


def _generators(world: World) -> dict[int, tuple[tuple[str, ...], Generator]]:
    """The world's generators (its own values, and those its own values hold: ``ids.rng``), by ``id``."""
    found: dict[int, tuple[tuple[str, ...], Generator]] = {}
    for name, value in _own_values(world):
        if type(value) is Generator:
            found[id(value)] = ((name,), value)
        elif not isinstance(value, _PLAIN) and hasattr(value, "__dict__"):
            for attr, inner in vars(value).items():
                if type(inner) is Generator:
                    found[id(inner)] = ((name, attr), inner)
    return found


def _generator_at(world: World, place: list[str], index: int, gauss: float | None) -> Generator:
    """The world's generator at ``place``, moved to ``index`` in its words (a row's ``["g", ...]``: its
    words are those the file held last, which loading gave it)."""
    target: Any = world
    for attr in place:
        target = getattr(target, attr)
    if type(target) is not Generator:
        raise snapshot.SnapshotError("a row names a generator the world does not hold")
    version, internal, _ = target.getstate()
    target.setstate((version, (*internal[:MT_WORDS], int(index)), gauss))
    return target


_text: Callable[[Any], str] = json.JSONEncoder(
    separators=(",", ":"), ensure_ascii=False, allow_nan=False, check_circular=False
).encode
"""A value as compact JSON text (one encoder for every call: ``json.dumps`` would build one per call; no
check for cycles: what it is given is a snapshot's tree, or plain values)."""


def _own_values(world: World) -> Iterator[tuple[str, Any]]:
    """The world's own values (all but :data:`OWN_PARTS`)."""
    return ((name, value) for name, value in world.__getstate__().items() if name not in OWN_PARTS)


def _encoded(value: Any, outside: Callable[[Any], Any]) -> str:
    """One of the world's own values as text (one that is an object, as the snapshot encodes it; a
    generator perhaps as its position, :meth:`Deltas._generator_name`)."""
    if isinstance(value, _PLAIN):
        return _text(value)
    return _text(snapshot.encode(value, outside if type(value) is Generator else _besides(outside, value)))


class _Prober(pickle.Pickler):
    """Pickles a value as a fingerprint (:meth:`Deltas._probe`), never stored nor loaded: the world,
    instances and accounts it points at stand as their ids, a :class:`Generator` as its version (a plain
    random generator as its state's words). Reducers by type (``dispatch_table``), so that pickle calls
    back into Python only for those few objects, not for every one."""

    def __init__(self, out: io.BytesIO) -> None:
        super().__init__(out, pickle.HIGHEST_PROTOCOL)
        self.dispatch_table = {
            Generator: _generator_version,
            random.Random: _generator_words,
            World: _identity,
            Instance: _identity,
            Account: _identity,
        }


def _generator_version(generator: Generator) -> tuple[Any, ...]:
    return (Generator, (generator.version,))


def _generator_words(generator: random.Random) -> tuple[Any, ...]:
    version, words, gauss = generator.getstate()
    return (random.Random, (version, array("I", words).tobytes(), gauss))


def _identity(obj: Any) -> tuple[Any, ...]:
    return (id, (id(obj),))


def _besides(outside: Callable[[Any], Any], value: Any) -> Callable[[Any], Any]:
    """``outside`` while encoding the world's own value ``value`` (which it must not name as outside itself)."""
    return lambda found: None if found is value else outside(found)


def _store_state(
    store: Any, marked: dict[str, dict[Any, None]], made: bool, outside: Callable[[Any], Any]
) -> tuple[dict[str, Any], dict[str, Any]]:
    """A store's state but for its tables (each named by its kind), and the marked entries of its tables
    (all of them if ``made``); an empty dict when no table has any."""
    own = store.__getstate__() if "__getstate__" in vars(type(store)) else store.__dict__
    state: dict[str, Any] = dict(cast("dict[str, Any]", own))
    tables: dict[str, Any] = {}
    for name in getattr(store, "TABLES", ()):
        table = state[name]
        state[name] = "dict" if isinstance(table, dict) else "set"  # (its place kept, for a store made anew)
        keys: Iterable[Any] = table if made else marked.get(name, ())
        if isinstance(table, dict):
            entries = [[k, snapshot.encode(table[k], outside)] if k in table else [k] for k in keys]
            if entries:
                tables[name] = ["dict", entries]
        else:
            items = [[k, 1] if k in table else [k] for k in keys]
            if items:
                tables[name] = ["set", items]
    return state, tables


def apply(world: World, parts: list[Any], touched: set[int], stores: list[Any]) -> None:
    """Apply one row's ``parts`` to ``world`` in place; the stores changed are added to ``stores`` (their
    indexes are rebuilt once every row is applied: :func:`rebuilt`)."""
    accounts = list(world.accounts.values())

    def resolve(name: Any) -> Any:
        if name == "w":
            return world
        if name[0] == "g":
            return _generator_at(world, *name[1:])
        kind, key = name
        if kind == "i":
            return world.instances[key]
        if kind == "a":
            return accounts[key]
        return getattr(world, key)

    def decoded(encoded: Any) -> Any:
        return snapshot.decode(encoded, resolve)

    for n, part in enumerate(parts):
        try:
            _apply_part(world, part, accounts, decoded, touched, stores)
        except snapshot.SnapshotError:
            raise
        except (LookupError, TypeError, ValueError, AttributeError) as exc:
            # (named by kind and place only: a part holds credentials, the instances' ids among them)
            raise snapshot.SnapshotError(f"its part {n} ({part[0]!r}) does not fit: {type(exc).__name__}") from None


def _apply_part(
    world: World,
    part: list[Any],
    accounts: list[Account],
    decoded: Callable[[Any], Any],
    touched: set[int],
    stores: list[Any],
) -> None:
    kind = part[0]
    if kind == "world":
        for name, value in part[1].items():
            _set_in_place(world, name, value if not isinstance(value, dict) else decoded(value))
    elif kind == "account":
        state = decoded(part[2])
        if part[1] == len(accounts):
            account = object.__new__(Account)
            account.__dict__.update(state)
            world.accounts[account.access_token] = account
            accounts.append(account)
        else:
            accounts[part[1]].__dict__.update(state)
    elif kind == "instance":
        _apply_instance(world, part[1], None if part[2] is None else decoded(part[2]))
    elif kind == "store":
        state = None if part[3] is None else decoded(part[3])
        store = _apply_store(world.instances[part[1]], part[2], state, part[4], decoded)
        if id(store) not in touched:
            touched.add(id(store))
            stores.append(store)
    elif kind == "shared":
        for instance_id, state in decoded(part[2]).items():
            store = _apply_store(world.instances[instance_id], part[1], state, {}, decoded)
            if id(store) not in touched:
                touched.add(id(store))
                stores.append(store)
    elif kind == "events":  # (JSON, as the log keeps them)
        world.events.extend(part[1])
    elif kind == "timers":
        _apply_timers(world, decoded(part[1]))
    else:
        raise snapshot.SnapshotError(f"a part of a kind this emulator does not know ({kind!r})")


def rebuilt(stores: list[Any]) -> None:
    """The stores the rows changed rebuild their indexes (a store that keeps some defines ``__setstate__``)."""
    for store in stores:
        if "__setstate__" in vars(type(store)):
            store.__setstate__(store.__getstate__())


def _set_in_place(world: World, name: str, value: Any) -> None:
    """The world's own value ``name`` becomes ``value``, kept the same object where it is one (other
    values and parts point at it)."""
    old = world.__dict__.get(name)
    if isinstance(old, random.Random) and isinstance(value, random.Random):
        old.setstate(value.getstate())
    elif old is not None and type(old) is type(value) and hasattr(old, "__dict__") and not isinstance(old, type):
        old.__dict__.clear()
        old.__dict__.update(value.__dict__)
    else:
        setattr(world, name, value)


def _apply_instance(world: World, instance_id: str, state: dict[str, Any] | None) -> None:
    if state is None:
        world.instances.pop(instance_id, None)
        return
    found = world.instances.get(instance_id)
    if found is None:
        found = object.__new__(Instance)
        found.__dict__.update(state, _states={})
        world.instances[instance_id] = found
    else:
        found.__dict__.update(state)


def _apply_store(
    instance: Instance,
    name: str,
    state: dict[str, Any] | None,
    tables: dict[str, Any],
    decoded: Callable[[Any], Any],
) -> Any:
    cls = snapshot.class_named(name)
    states = instance.__dict__["_states"]
    store = states.get(cls)
    if store is None:
        store = states[cls] = object.__new__(cls)
    own = store.__dict__
    names = getattr(cls, "TABLES", ())
    for name, value in (state or {}).items():
        if name not in names:
            own[name] = value
        elif name not in own:
            own[name] = {} if value == "dict" else set()
    for table_name, (kind, entries) in tables.items():
        table = own[table_name]
        for entry in entries:
            key = entry[0]
            if len(entry) == 1 and kind == "dict":
                table.pop(key, None)
            elif len(entry) == 1:
                table.discard(key)
            elif kind == "dict":
                table[key] = decoded(entry[1])
            else:
                table.add(key)
    return store


def _apply_timers(world: World, steps: list[Any]) -> None:
    scheduler = world.scheduler
    heap: list[Job] = scheduler.__dict__["_heap"]
    for op, job in steps:
        if op == "at":
            heapq.heappush(heap, job)
            scheduler.__dict__["_seq"] = job.seq
        else:
            heapq.heappop(heap)
