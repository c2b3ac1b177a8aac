"""Identifier factory: every id the emulator invents, from one seeded generator.

Formats (docs/ARCHITECTURE.md): instance ids are 12 upper-case hex characters; message raw ids are
``3EB0`` + 16 upper-case hex; event ids ``evt_`` + a 26-character lower-case ULID (48-bit clock
milliseconds + 80 random bits, Crockford base32); groups ``1203630`` + 11 digits ``@g.us``; channels
``120363`` + 12 digits ``@newsletter``; LIDs 15 digits ``@lid``; people ``20`` + 10 digits ``@c.us``.
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING, Any

from wawp_emulator.generators import Generator

if TYPE_CHECKING:
    from wawp_emulator.clock import Clock

__all__ = ["CROCKFORD", "Ids", "derived_rng", "ulid"]

CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def derived_rng(seed: int, *parts: str) -> random.Random:
    """A generator seeded from the world seed and ``parts``: what it draws is stable whatever else the
    world drew before (an instance's address book, its default account)."""
    return random.Random(":".join((str(seed), *parts)))


def ulid(ms: int, rand80: int) -> str:
    """A 26-character upper-case ULID from a millisecond timestamp and 80 random bits."""
    value = ((ms & ((1 << 48) - 1)) << 80) | (rand80 & ((1 << 80) - 1))
    out = []
    for _ in range(26):
        out.append(CROCKFORD[value & 31])
        value >>= 5
    return "".join(reversed(out))


class Ids:
    """Seeded id generator (independent of ``world.rng``, so ids do not shift other random draws)."""

    def __init__(self, seed: int, clock: Clock) -> None:
        self.rng: random.Random = Generator(f"{seed}:ids")
        self.clock = clock
        self._last_ms = -1
        self._last_rand = 0

    def position(self) -> tuple[Any, ...]:
        """Where the sequences stand (the random generator and the event-id counter): equal positions
        mean no id was drawn in between, which tells a read that changed nothing a replay needs."""
        return (self.rng.getstate(), self._last_ms, self._last_rand)

    def _digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def hex(self, n: int) -> str:
        return f"{self.rng.getrandbits(4 * n):0{n}X}"

    def instance_id(self) -> str:
        return self.hex(12)

    def access_token(self) -> str:
        return f"{self.rng.getrandbits(128):032x}"

    def message_raw_id(self) -> str:
        return "3EB0" + self.hex(16)

    @staticmethod
    def message_id(from_me: bool, chat_id: str, raw_id: str, participant: str | None = None) -> str:
        """The serialized id ``{fromMe}_{chatId}_{RAWID}[_{participant}]``: every message id is built here."""
        tail = f"_{participant}" if participant else ""
        return f"{'true' if from_me else 'false'}_{chat_id}_{raw_id}{tail}"

    def _ulid(self) -> str:
        ms = int(self.clock.now() * 1000)
        if ms == self._last_ms:
            # monotonic within one millisecond, as the ULID spec recommends
            self._last_rand = (self._last_rand + 1) & ((1 << 80) - 1)
        else:
            self._last_ms = ms
            self._last_rand = self.rng.getrandbits(80)
        return ulid(ms, self._last_rand)

    def event_id(self) -> str:
        return "evt_" + self._ulid().lower()

    def request_id(self) -> str:
        return self._ulid()

    def group_id(self) -> str:
        return f"1203630{self._digits(11)}@g.us"

    def channel_id(self) -> str:
        return f"1203630{self._digits(11)}@newsletter"

    def lid(self) -> str:
        return f"1{self._digits(14)}@lid"
