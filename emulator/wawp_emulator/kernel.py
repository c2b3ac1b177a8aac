"""What a store sees of its world and instance: protocols, so that state modules (and the engine
renderers) type what they are given without importing ``world.py``, which reaches every store
through the backend. ``world.World`` and ``world.Instance`` are checked against them by mypy."""

from __future__ import annotations

import random
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

if TYPE_CHECKING:
    from wawp_emulator.clock import Clock
    from wawp_emulator.ids import Ids
    from wawp_emulator.webhooks import WebhookConfig

__all__ = ["InstanceView", "WorldView"]

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

    def emit(
        self, instance: InstanceView, event: str, payload: Any, *, lid_payload: Callable[[], Any] | None = None
    ) -> dict[str, Any]:
        """Queue ``event`` with ``payload`` for the instance's webhooks and the event journal."""
        ...


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
    def account(self) -> object:
        """The Wawp account owning the instance (``world.Account``)."""
        ...

    @property
    def webhooks(self) -> Sequence[WebhookConfig]: ...
    @property
    def world(self) -> WorldView: ...

    def state(self, cls: type[T]) -> T: ...
    def peek_state(self, cls: type[T]) -> T | None: ...

    def backend(self) -> Any:
        """The instance's ``backend.Backend``: typed ``Any`` here because stores may not import it; each
        store states what it needs of it as a protocol of its own (``MessagesPorts``...)."""
        ...
