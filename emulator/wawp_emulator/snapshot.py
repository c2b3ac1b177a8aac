"""The world as JSON: the state file's snapshot format (no pickle).

The world is an object graph (an instance's states point at the world, a message sits in two
indexes), so the snapshot is a flat table of nodes,
each container or object once, with references ``{"$": n}`` between them; aliasing and cycles come
back as they were. Loading never runs code it was not built to: objects are made with
``cls.__new__`` and given their attributes back (``__setstate__`` where the class defines one),
and classes and functions are looked up only in modules already imported whose name is in
:data:`MODULES` (the emulator's own; a plugin or test adds its module with :func:`allow_module`).
Anything else in the file is refused with :class:`SnapshotError`. A world holds no code (its timers
are data, ``scheduler.Due``); the bound methods and partials older files stored as timers are read as
:class:`StoredCall` records, for ``scheduler.due_from_legacy`` to translate.
"""

from __future__ import annotations

import base64
import enum
import math
import random
import sys
from array import array
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from wawp_emulator.generators import Generator

__all__ = ["MODULES", "SnapshotError", "StoredCall", "allow_module", "class_name", "class_named", "decode", "encode"]

MODULES: set[str] = {"wawp_emulator"}
"""Top-level packages or modules whose classes and functions a snapshot may name."""


class SnapshotError(ValueError):
    """The snapshot names something it may not, or is not a snapshot at all."""


@dataclass(frozen=True)
class StoredCall:
    """A call an older file stored (a timer: ``owner``'s method ``name`` with ``args``), as data: loading
    runs nothing, and the method need not exist any more."""

    owner: Any
    name: str
    args: tuple[Any, ...] = ()
    keywords: dict[str, Any] = field(default_factory=dict)


def allow_module(name: str) -> None:
    """Let snapshots name classes and functions of module ``name`` (and its submodules)."""
    MODULES.add(name)


def _allowed(module: str) -> bool:
    return any(module == name or module.startswith(name + ".") for name in MODULES)


def _name_of(thing: Any) -> str:
    module, qualname = getattr(thing, "__module__", None), getattr(thing, "__qualname__", None)
    if not isinstance(module, str) or not isinstance(qualname, str) or "<" in qualname or not _allowed(module):
        raise SnapshotError(f"cannot store {thing!r}: not a module-level name of an allowed module")
    return f"{module}:{qualname}"


def _lookup(name: str) -> Any:
    module_name, _, qualname = name.partition(":")
    module = sys.modules.get(module_name)
    if module is None or not _allowed(module_name) or not qualname:
        raise SnapshotError(f"the snapshot names {name!r}, which this emulator does not provide")
    target: Any = module
    for part in qualname.split("."):
        target = getattr(target, part, None)
        if target is None:
            raise SnapshotError(f"the snapshot names {name!r}, which this emulator does not provide")
    return target


def class_name(cls: type) -> str:
    """How a snapshot names ``cls`` (a class of an allowed module)."""
    return _name_of(cls)


def class_named(name: str) -> type:
    """The class a snapshot names (:func:`class_name`), found only where a snapshot may look."""
    found = _lookup(name)
    if not isinstance(found, type):
        raise SnapshotError(f"{name} is not a class")
    return found


_OBJECTS: dict[type, tuple[str, bool, bool]] = {}
"""How :func:`encode` stores objects of each class met so far: its name, whether the class defines
``__getstate__`` and whether it has ``__slots__`` (a class does not change, and modules are only ever
allowed, never disallowed)."""

_PLAIN = frozenset({str, int, bool, type(None)})
"""Values stored as themselves (floats are checked for NaN/inf by ``ref``)."""
_CONTAINERS = frozenset({list, dict, tuple, set, frozenset, deque, bytes, Generator, random.Random, type})


def _object_kind(kind: type) -> tuple[str, bool, bool]:
    """How objects of ``kind`` (not a container) are stored (:data:`_OBJECTS`); :class:`SnapshotError`
    if the class is not one a snapshot may name."""
    found = _OBJECTS.get(kind)
    if found is None:
        found = _OBJECTS[kind] = (_name_of(kind), "__getstate__" in vars(kind), hasattr(kind, "__slots__"))
    return found


def encode(root: Any, outside: Callable[[Any], Any] | None = None) -> dict[str, Any]:
    """The JSON-able snapshot of ``root``. ``outside`` names the objects that belong to another part of
    the world (``deltas.py`` encodes a store without its world): for those it returns a JSON-able name,
    stored as ``{"@": name}`` for :func:`decode`'s ``resolve`` to find again; ``None`` for the others.
    (The state file's rows call this for every part a unit changed: each check below is made once per
    value, and once per class where it can be.)"""
    nodes: list[Any] = []
    memo: dict[int, int] = {}
    keep: list[Any] = []  # (objects made here, e.g. a __getstate__ dict, stay alive while ids are memoised)
    plain = _PLAIN

    def ref(value: Any) -> Any:
        kind = type(value)
        if kind in plain:
            return value
        if isinstance(value, float):
            return value if math.isfinite(value) else {"float": repr(value)}
        if isinstance(value, int | str):  # (subclasses: an IntEnum, a str subclass, stored as their value)
            return value
        known = memo.get(id(value))
        if known is not None:
            return {"$": known}
        if outside is not None:
            name = outside(value)
            if name is not None:
                return {"@": name}
        index = len(nodes)
        memo[id(value)] = index
        keep.append(value)
        nodes.append(None)
        nodes[index] = node(value, kind)
        return {"$": index}

    def mapping(value: dict[Any, Any]) -> dict[str, Any]:
        return {k: v if type(v) in plain else ref(v) for k, v in value.items()}

    def node(value: Any, kind: type) -> Any:
        if kind not in _CONTAINERS:
            if isinstance(value, enum.Enum):
                return {"enum": _name_of(kind), "member": value.name}
            name, custom, slotted = _object_kind(kind)
            state = value.__getstate__() if custom else None
            if state is None:
                if slotted or not hasattr(value, "__dict__"):
                    raise SnapshotError(f"cannot store a {kind.__name__}")
                state = value.__dict__
            if type(state) is dict and set(map(type, state)) <= _STR:
                keep.append(state)
                return {"object": name, "attrs": mapping(state)}  # (an object's attributes are its own)
            return {"object": name, "state": ref(state)}
        if kind is list:
            return {"list": [v if type(v) in plain else ref(v) for v in value]}
        if kind is dict:
            if set(map(type, value)) <= _STR:
                return {"map": mapping(value)}
            return {"dict": [[ref(k), ref(v)] for k, v in value.items()]}
        if kind is tuple:
            return {"tuple": [ref(v) for v in value]}
        if kind is set or kind is frozenset:
            return {kind.__name__: [ref(v) for v in _ordered(value)]}
        if kind is deque:
            return {"deque": [ref(v) for v in value], "maxlen": value.maxlen}
        if kind is bytes:
            return {"bytes": base64.b64encode(value).decode()}
        if kind is type:
            return {"name": _name_of(value)}
        # (a generator: 625 words as bytes, a third of the text, a tenth of the time)
        version, words, gauss = value.getstate()
        return {"mt": base64.b64encode(array("I", words).tobytes()).decode(), "v": version, "g": gauss}

    top = ref(root)
    return {"root": top, "nodes": nodes}


_STR = frozenset({str})


def decode(snapshot: Any, resolve: Callable[[Any], Any] | None = None) -> Any:
    """The object graph of a snapshot made by :func:`encode`; ``resolve`` finds the objects it named
    outside itself (``{"@": name}``)."""
    try:
        nodes: list[Any] = snapshot["nodes"]
        root = snapshot["root"]
    except (TypeError, KeyError):
        raise SnapshotError("not a wawp-emulator snapshot") from None
    made: list[Any] = [None] * len(nodes)
    done = [False] * len(nodes)

    def value(item: Any) -> Any:
        if type(item) is dict:
            if "$" in item:
                return build(int(item["$"]))
            if "float" in item:
                return float(item["float"])
            if "@" in item and resolve is not None:
                return resolve(item["@"])
            raise SnapshotError(f"unexpected value {item!r}")
        return item

    def build(index: int) -> Any:
        if done[index]:
            return made[index]
        spec = nodes[index]
        # containers that can be part of a cycle are registered before their content is built
        if "list" in spec:
            out: Any = []
            made[index], done[index] = out, True
            out.extend(value(v) for v in spec["list"])
            return out
        if "map" in spec:
            out = {}
            made[index], done[index] = out, True
            for k, v in spec["map"].items():
                out[k] = value(v)
            return out
        if "dict" in spec:
            out = {}
            made[index], done[index] = out, True
            for k, v in spec["dict"]:
                out[value(k)] = value(v)
            return out
        if "object" in spec:
            cls: Any = _lookup(spec["object"])
            if not isinstance(cls, type):
                raise SnapshotError(f"{spec['object']} is not a class")
            out = object.__new__(cls)  # no __init__, no code of the class runs but __setstate__
            made[index], done[index] = out, True
            attrs = spec.get("attrs")
            state = {k: value(v) for k, v in attrs.items()} if attrs is not None else value(spec["state"])
            if "__setstate__" in vars(cls):
                out.__setstate__(state)
            else:
                out.__dict__.update(state)
            return out
        if "deque" in spec:
            out = deque(maxlen=spec["maxlen"])
            made[index], done[index] = out, True
            out.extend(value(v) for v in spec["deque"])
            return out
        if "tuple" in spec:
            out = tuple(value(v) for v in spec["tuple"])
        elif "set" in spec:
            out = {value(v) for v in spec["set"]}
        elif "frozenset" in spec:
            out = frozenset(value(v) for v in spec["frozenset"])
        elif "bytes" in spec:
            out = base64.b64decode(spec["bytes"])
        elif "mt" in spec:  # (the world's generators are all a ``Generator``, whatever the file's age)
            out = Generator()
            out.setstate((spec["v"], tuple(array("I", base64.b64decode(spec["mt"]))), spec["g"]))
        elif "random" in spec:  # (files before format 7)
            out = Generator()
            out.setstate(_tuples(value(spec["random"])))
        elif "partial" in spec:
            func = value(spec["partial"])
            args, keywords = tuple(value(spec["args"])), dict(value(spec["keywords"]))
            if isinstance(func, StoredCall):
                out = StoredCall(func.owner, func.name, func.args + args, {**func.keywords, **keywords})
            else:
                out = StoredCall(None, str(getattr(func, "__qualname__", func)), args, keywords)
        elif "method" in spec:
            out = StoredCall(value(spec["method"]), str(spec["name"]))
        elif "name" in spec:
            out = _lookup(spec["name"])
        elif "enum" in spec:
            out = _lookup(spec["enum"])[spec["member"]]
        else:
            raise SnapshotError(f"unknown node {sorted(spec)!r}")
        made[index], done[index] = out, True
        return out

    try:
        return value(root)
    except (IndexError, KeyError, TypeError, AttributeError) as exc:
        raise SnapshotError(f"damaged snapshot: {exc!r}") from None


def _ordered(items: set[Any] | frozenset[Any]) -> list[Any]:
    """A set's items in a stable order where they have one (ids): the same world, the same bytes."""
    try:
        return sorted(items)
    except TypeError:
        return list(items)


def _tuples(state: Any) -> Any:
    """``Random.getstate()`` is nested tuples; the snapshot keeps tuples, this is a type guard."""
    if not isinstance(state, tuple):
        raise SnapshotError("damaged random state")
    return state
