"""The world's seeded random generators, which tell cheaply whether they moved.

The state file's rows store a generator only when it moved since the file last took it
(``deltas.py``). Reading a Mersenne Twister's state to compare it costs microseconds (625 numbers
copied each time), and a row asked it of the world's three generators on every unit: a
:class:`Generator` instead carries a :attr:`~Generator.version` that every draw, seed and
``setstate`` replaces by a number no generator of this process had before, so one integer tells
whether it moved. It draws exactly what ``random.Random`` draws from the same seed.
"""

from __future__ import annotations

import itertools
import random
from typing import Any

__all__ = ["Generator"]

_VERSIONS = itertools.count(1)
"""Every version ever handed out in this process (never one twice: a generator made later, even one that
takes the place and ``id`` of another, never shows an older version)."""


class Generator(random.Random):
    """``random.Random`` whose :attr:`version` moves with every change of its state."""

    version: int = 0

    def seed(self, a: Any = None, version: int = 2) -> None:
        self.version = next(_VERSIONS)
        super().seed(a, version)

    def setstate(self, state: tuple[Any, ...]) -> None:
        self.version = next(_VERSIONS)
        super().setstate(state)

    def random(self) -> float:
        self.version = next(_VERSIONS)
        return super().random()

    def getrandbits(self, k: int, /) -> int:
        self.version = next(_VERSIONS)
        return super().getrandbits(k)
