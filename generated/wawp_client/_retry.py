"""Retries with exponential backoff, jitter and ``Retry-After``, as httpx transport wrappers.

Kept in one place for sync and async so that the rules cannot drift apart:

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
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

import httpx

__all__ = ["AsyncRetryTransport", "RetryPolicy", "RetryTransport"]

_IDEMPOTENT = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
_RETRY_STATUSES = frozenset({408, 429})
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
        return method in _IDEMPOTENT and (status in _RETRY_STATUSES or status >= 500)

    def retry_error(self, method: str, error: httpx.TransportError) -> bool:
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


class RetryTransport(httpx.BaseTransport):
    """Wraps a sync transport; ``sleep`` (default: ``time.sleep``, looked up per call) is injectable."""

    def __init__(
        self, inner: httpx.BaseTransport, policy: RetryPolicy, *, sleep: Callable[[float], object] | None = None
    ) -> None:
        self._inner = inner
        self._policy = policy
        self._sleep = sleep

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        policy = self._policy
        attempt = 0
        while True:
            try:
                response = self._inner.handle_request(request)
            except httpx.TransportError as error:
                if attempt >= policy.max_retries or not policy.retry_error(request.method, error):
                    raise
                wait = policy.delay(attempt)
            else:
                if attempt >= policy.max_retries or not policy.retry_status(request.method, response.status_code):
                    return response
                wait = policy.delay(attempt, response)
                response.close()
            attempt += 1
            (self._sleep or time.sleep)(wait)

    def close(self) -> None:
        self._inner.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """The async twin of :class:`RetryTransport`, with the same policy."""

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        policy: RetryPolicy,
        *,
        sleep: Callable[[float], Awaitable[object]] | None = None,
    ) -> None:
        self._inner = inner
        self._policy = policy
        self._sleep = sleep

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        policy = self._policy
        attempt = 0
        while True:
            try:
                response = await self._inner.handle_async_request(request)
            except httpx.TransportError as error:
                if attempt >= policy.max_retries or not policy.retry_error(request.method, error):
                    raise
                wait = policy.delay(attempt)
            else:
                if attempt >= policy.max_retries or not policy.retry_status(request.method, response.status_code):
                    return response
                wait = policy.delay(attempt, response)
                await response.aclose()
            attempt += 1
            await (self._sleep or asyncio.sleep)(wait)

    async def aclose(self) -> None:
        await self._inner.aclose()
