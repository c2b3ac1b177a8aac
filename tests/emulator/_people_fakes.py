"""A minimal stand-in for the core's World/Instance, used by the people-facing state tests."""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any, TypeVar

T = TypeVar("T")


@dataclass
class Event:
    instance: str
    name: str
    payload: dict[str, Any]


class FakeClock:
    def __init__(self, now: float = 1767225600.0) -> None:
        self.value = now

    def now(self) -> float:
        return self.value


class FakeInstance:
    def __init__(self, world: FakeWorld, instance_id: str) -> None:
        self.world = world
        self.id = instance_id
        self._states: dict[type[Any], Any] = {}

    def state(self, cls: type[T]) -> T:
        if cls not in self._states:
            self._states[cls] = cls(self.world, self)  # type: ignore[call-arg]
        return self._states[cls]  # type: ignore[no-any-return]


class FakeWorld:
    def __init__(self, seed: int = 42) -> None:
        self.seed = seed
        self.rng = random.Random(seed)
        self.clock = FakeClock()
        self.events: list[Event] = []
        self.instances: dict[str, FakeInstance] = {}

    def instance(self, instance_id: str = "A1B2C3D4E5F6") -> FakeInstance:
        if instance_id not in self.instances:
            self.instances[instance_id] = FakeInstance(self, instance_id)
        return self.instances[instance_id]

    def emit(self, instance: FakeInstance, event: str, payload: dict[str, Any]) -> None:
        self.events.append(Event(instance.id, event, payload))
