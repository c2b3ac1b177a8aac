"""Wawp v2's temporary access links (``/v2/session/temp-link``): a QR-code page that links the phone
without sharing the credentials, valid 30 minutes, one active at a time (the page: a new link expires the
active one; revoking ends them all). Its token is 64 characters drawn from the world's seeded generator;
its expiry is the emulator clock's.
"""

from __future__ import annotations

import string
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from wawp_emulator.kernel import InstanceView, WorldView

__all__ = ["LIFETIME", "LINK_BASE", "TempLinkState"]

LINK_BASE = "https://app.wawp.net/temp-qr/"
LIFETIME = 30 * 60.0
_ALPHABET = string.ascii_letters + string.digits


class TempLinkState:
    """The session's active link, if any."""

    def __init__(self, world: WorldView, instance: InstanceView) -> None:
        self.world = world
        self.instance = instance
        self.token: str | None = None
        self.expires_at = 0.0

    def active(self) -> str | None:
        """The active link, or ``None`` (none made, revoked or expired)."""
        if self.token is None or self.world.clock.now() >= self.expires_at:
            return None
        return LINK_BASE + self.token

    def create(self) -> str:
        """A new link (the active one, if any, expires)."""
        rng = self.world.rng
        self.token = "".join(rng.choice(_ALPHABET) for _ in range(64))
        self.expires_at = self.world.clock.now() + LIFETIME
        return LINK_BASE + self.token

    def revoke(self) -> bool:
        """End the active link; whether there was one."""
        had = self.active() is not None
        self.token = None
        return had
