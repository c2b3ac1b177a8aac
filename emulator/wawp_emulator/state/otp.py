"""Wawp v2's one-time passwords (``/v2/auth/otp/send`` and ``/verify``): codes, their cooldown, their
lifetime and the brute-force lockout, per recipient.

The rules are the v2 pages' (``docs/v2/auth/otp/send``, ``docs/v2/authentication-guide``): a 6-digit code,
at most one code per recipient per 60 seconds (429 inside the cooldown), 5 wrong attempts lock the
recipient out for 15 minutes (429). No page gives a code's lifetime; :data:`CODE_LIFETIME` is the
emulator's (spec/v2/README.md says so). Times are the emulator clock's, so a test moves past a cooldown
or an expiry with ``advance``. Codes come from the world's seeded generator: a seed gives the same codes.
The store keeps codes and rules only; the backend sends the message that carries the code.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from wawp_emulator.errors import StateError

if TYPE_CHECKING:
    from wawp_emulator.kernel import InstanceView, WorldView

__all__ = ["CODE_LIFETIME", "COOLDOWN", "LOCKOUT", "MAX_ATTEMPTS", "OtpState", "PendingCode"]

COOLDOWN = 60.0
"""Seconds between two codes to the same recipient (the pages' "Anti-Spam Shield")."""
MAX_ATTEMPTS = 5
"""Wrong codes before the recipient is locked out (the authentication guide's "5-attempt limit")."""
LOCKOUT = 15 * 60.0
"""Seconds a locked-out recipient stays refused (the guide's "15-minute lockouts")."""
CODE_LIFETIME = 10 * 60.0
"""Seconds a code stays valid: the emulator's choice, no page states one."""


@dataclass
class PendingCode:
    """The last code sent to one recipient and what has happened to it since."""

    code: str
    sent_at: float
    failures: int = 0
    locked_until: float | None = None
    used: bool = False


class OtpState:
    """The instance's codes, keyed by recipient (digits only: ``201234567890``)."""

    def __init__(self, world: WorldView, instance: InstanceView) -> None:
        self.world = world
        self.instance = instance
        self.codes: dict[str, PendingCode] = {}

    def issue(self, recipient: str) -> PendingCode:
        """A new code for ``recipient``; 429 ``otp_cooldown`` inside the cooldown, 429 ``otp_locked`` while
        locked out."""
        now = self.world.clock.now()
        pending = self.codes.get(recipient)
        if pending is not None:
            self._refuse_if_locked(pending, now)
            wait = pending.sent_at + COOLDOWN - now
            if wait > 0:
                raise StateError(
                    429, "otp_cooldown", f"Please wait {int(wait + 0.999)} seconds before requesting another code"
                )
        code = f"{self.world.rng.randrange(1_000_000):06d}"
        self.codes[recipient] = PendingCode(code, now)
        return self.codes[recipient]

    def verify(self, recipient: str, code: str) -> None:
        """Accept ``code`` once; a wrong one counts toward the lockout (400 ``otp_invalid``, then 429
        ``otp_locked``), an expired or used one is 400 ``otp_expired``, none sent 404 ``otp_not_found``."""
        now = self.world.clock.now()
        pending = self.codes.get(recipient)
        if pending is None:
            raise StateError(404, "otp_not_found", "No code was sent to this number")
        self._refuse_if_locked(pending, now)
        if pending.used or now >= pending.sent_at + CODE_LIFETIME:
            raise StateError(400, "otp_expired", "The code has expired; request a new one")
        if code != pending.code:
            pending.failures += 1
            if pending.failures >= MAX_ATTEMPTS:
                pending.locked_until = now + LOCKOUT
                self._refuse_if_locked(pending, now)
            raise StateError(400, "otp_invalid", "The code is not valid")
        pending.used = True

    @staticmethod
    def _refuse_if_locked(pending: PendingCode, now: float) -> None:
        if pending.locked_until is None:
            return
        if now >= pending.locked_until:
            pending.locked_until = None
            pending.failures = 0
            return
        wait = int(pending.locked_until - now + 0.999)
        raise StateError(429, "otp_locked", f"Too many wrong codes; try again in {wait} seconds")
