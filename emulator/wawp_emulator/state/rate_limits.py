"""Wawp v2's rate-limit policies (``/v2/session/rate-limit``): the policy a session sends under, and the
sends it refuses beyond it.

The page (``docs/v2/session/rate-limit``) names the policies' fields (``send_message_per_minute``,
``account_protection_seconds``...), the ``available`` flag and that a free plan may choose only the strict
and standard policies; it gives no figures. The catalogue's figures, and the paid ``unlimited`` policy
(the OTP page's "Unlimited users bypass local rate-limiting queues"), are the emulator's: spec/v2/README.md
says so. A session has no policy until one is chosen, so v1 clients see no limit they did not ask for.
Sends are counted on the emulator clock: a test moves past a limit with ``advance``.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from wawp_emulator.errors import StateError

if TYPE_CHECKING:
    from wawp_emulator.kernel import InstanceView, WorldView

__all__ = ["POLICIES", "Policy", "RateLimitState"]

DAY = 86_400.0


@dataclass(frozen=True)
class Policy:
    """One policy: its limits on sending (``None``: no limit of that kind) and whether a free plan may
    choose it."""

    slug: str
    free: bool
    per_minute: int | None
    daily_cap: int | None
    protection_seconds: int

    def limits(self) -> dict[str, Any]:
        out: dict[str, Any] = {"account_protection_seconds": self.protection_seconds}
        if self.per_minute is not None:
            out["send_message_per_minute"] = self.per_minute
        if self.daily_cap is not None:
            out["send_message_daily_cap"] = self.daily_cap
        return out


POLICIES: tuple[Policy, ...] = (
    Policy("strict", free=True, per_minute=5, daily_cap=200, protection_seconds=10),
    Policy("standard_policy", free=True, per_minute=20, daily_cap=1000, protection_seconds=2),
    Policy("unlimited", free=False, per_minute=None, daily_cap=None, protection_seconds=0),
)
"""The emulator's catalogue (free: the two the page names for free plans)."""


class RateLimitState:
    """The session's policy and the times of its recent sends."""

    def __init__(self, world: WorldView, instance: InstanceView) -> None:
        self.world = world
        self.instance = instance
        self.policy: str | None = None
        self.sends: deque[float] = deque()

    def describe(self, paid: bool) -> dict[str, Any]:
        """The GET answer: the plan, every policy with whether this account may choose it, the free ones."""

        def entry(policy: Policy) -> dict[str, Any]:
            return {
                "slug": policy.slug,
                "available": paid or policy.free,
                "limits": policy.limits(),
                "active": policy.slug == self.policy,
            }

        return {
            "has_active_plan": paid,
            "current_policy": self.policy,
            "policies": [entry(p) for p in POLICIES],
            "free_policies": [entry(p) for p in POLICIES if p.free],
        }

    def choose(self, slug: str, paid: bool) -> Policy:
        """Apply ``slug``: 404 ``policy_not_found`` for an unknown one, 403 ``subscription_required`` for a
        paid one on a free plan."""
        policy = next((p for p in POLICIES if p.slug == slug), None)
        if policy is None:
            raise StateError(404, "policy_not_found", f"No rate-limit policy is called {slug!r}")
        if not (paid or policy.free):
            raise StateError(403, "subscription_required", f"The {slug!r} policy needs a paid subscription")
        self.policy = policy.slug
        return policy

    def count_send(self) -> None:
        """Record a send the policy allows; 429 ``rate_limited`` (nothing recorded) for one beyond it."""
        policy = next((p for p in POLICIES if p.slug == self.policy), None)
        now = self.world.clock.now()
        if policy is None:
            return
        while self.sends and self.sends[0] <= now - DAY:
            self.sends.popleft()
        if self.sends and now - self.sends[-1] < policy.protection_seconds:
            self._refuse(f"at most one message every {policy.protection_seconds} seconds")
        if policy.per_minute is not None and sum(1 for t in self.sends if t > now - 60) >= policy.per_minute:
            self._refuse(f"at most {policy.per_minute} messages a minute")
        if policy.daily_cap is not None and len(self.sends) >= policy.daily_cap:
            self._refuse(f"at most {policy.daily_cap} messages a day")
        self.sends.append(now)

    def _refuse(self, rule: str) -> None:
        raise StateError(429, "rate_limited", f"The session's rate-limit policy ({self.policy}) allows {rule}")
