# Copied from generator/runtime/_retry.py by `nox -s generate`.
# Do not edit this copy: edit generator/runtime/_retry.py.
"""When to retry, how long to wait, and the waiting itself; the attempt loop is in ``_base_client``.

The loop runs around ``httpx.Client.send`` rather than inside a transport, so that it applies to
whatever sends the request: the default transport, a ``transport=`` of your own, the proxy
transports httpx mounts from ``HTTPS_PROXY``/``HTTP_PROXY``, or a whole ``http_client=``. The rules
are kept here, once, for the sync and async clients alike:

- GET/HEAD/OPTIONS/PUT/DELETE retry on any transport error and on 408, 429 and 5xx.
- POST sends WhatsApp messages and is not idempotent: it retries only on 429 and on errors raised
  before a byte was sent (``httpx.ConnectError``, ``httpx.ConnectTimeout``), never on a 5xx or a read
  timeout, which may come after the message went out.
- ``max_retries=0`` turns everything off.
"""

from __future__ import annotations

import asyncio
import email.utils
import random
import time
from dataclasses import dataclass, field

import httpx

__all__ = ["RetryPolicy", "asleep", "sleep"]

_IDEMPOTENT = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
_RETRY_STATUSES = frozenset({408, 429})
_FINAL_STATUSES = frozenset({501})
"""Server errors that say the same thing every time: 501 is the engine refusing the call (never retried)."""
_BEFORE_SEND = (httpx.ConnectError, httpx.ConnectTimeout)


@dataclass
class RetryPolicy:
    """When and how long to wait; ``rng`` is injectable so that tests are deterministic."""

    max_retries: int = 2
    initial_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 60.0
    rng: random.Random = field(default_factory=random.Random)

    def retry_status(self, method: str, status: int) -> bool:
        if method == "POST":
            return status == 429
        return method in _IDEMPOTENT and (
            status in _RETRY_STATUSES or (status >= 500 and status not in _FINAL_STATUSES)
        )

    def retry_error(self, method: str, error: httpx.RequestError) -> bool:
        if method in _IDEMPOTENT:
            return True
        return isinstance(error, _BEFORE_SEND)

    def delay(self, attempt: int, response: httpx.Response | None = None) -> float:
        """Seconds to wait before retry number ``attempt`` (0-based)."""
        if response is not None:
            retry_after = _retry_after(response.headers.get("retry-after"))
            if retry_after is not None and 0 <= retry_after <= self.max_retry_after:
                return retry_after
        backoff = min(self.initial_delay * 2.0**attempt, self.max_delay)
        return backoff * (1.0 - 0.25 * self.rng.random())


def _retry_after(value: str | None) -> float | None:
    """``Retry-After`` as seconds: either a number or an HTTP date."""
    if not value:
        return None
    try:
        return float(value)
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def sleep(seconds: float) -> None:
    """The sync wait between attempts (``time.sleep`` looked up per call, so tests can record it)."""
    time.sleep(seconds)


async def asleep(seconds: float) -> None:
    """The async wait between attempts (``asyncio.sleep`` looked up per call)."""
    await asyncio.sleep(seconds)
