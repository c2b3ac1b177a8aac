"""What a store sees of its world and instance: protocols, so that state modules (and the engine
renderers) type what they are given without importing ``world.py``, which reaches every store
through the backend. ``world.World`` and ``world.Instance`` are checked against them by mypy.

A store sees values only (the clock, the seeded generators, the configuration, the other instances'
stores) and the note of what the unit changed (``changes.Changes``): no scheduler, no event bus, no
backend. What it changes it returns; the backend
(``backend.OwnedWorld``, ``backend.OwnedInstance``) schedules and announces."""

from __future__ import annotations

import random
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

if TYPE_CHECKING:
    from wawp_emulator.changes import Changes
    from wawp_emulator.clock import Clock
    from wawp_emulator.ids import Ids

__all__ = ["InstanceView", "Owner", "WorldView"]

T = TypeVar("T")


class WorldView(Protocol):
    @property
    def seed(self) -> int: ...
    @property
    def clock(self) -> Clock: ...
    @property
    def rng(self) -> random.Random: ...
    @property
    def ids(self) -> Ids: ...
    @property
    def config(self) -> Mapping[str, Any]: ...
    @property
    def instances(self) -> Mapping[str, InstanceView]: ...
    @property
    def changes(self) -> Changes:
        """Where a store marks the entries of its tables it changes (``changes.py``): a note, not a call."""
        ...


class Owner(Protocol):
    """The Wawp account owning an instance (``world.Account``), as webhook metadata names it."""

    @property
    def user_id(self) -> str: ...
    @property
    def display_name(self) -> str: ...
    @property
    def user_email(self) -> str: ...


class InstanceView(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def name(self) -> str | None: ...
    @property
    def engine(self) -> str: ...
    @property
    def send_shape(self) -> str: ...
    @property
    def account(self) -> Owner:
        """The Wawp account owning the instance (``world.Account``)."""
        ...

    @property
    def world(self) -> WorldView: ...

    def state(self, cls: type[T]) -> T: ...
    def peek_state(self, cls: type[T]) -> T | None: ...
