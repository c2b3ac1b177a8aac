"""One call on the wire: its overall deadline, the limits of each attempt, and when to try again.

``timeout`` means an overall deadline per call: connecting, sending, every read of the answer and
all retries (with their waits) must fit in it. httpx's own limits are per phase and, for reads, per
read, so a server that trickles a byte a second never trips them; the client therefore

- caps every phase limit of every attempt at the time left before the deadline,
- re-caps the read limit when the body starts and checks the deadline as each body chunk arrives
  (a wrapper around ``response.stream``, which is public and works whatever transport produced it),
- never sleeps into the deadline: a retry that would start after it is not made,
- and, in the async client, also cancels the whole call at the deadline (``asyncio.timeout_at``).

The sync client cannot interrupt a read that is in progress, so its worst case is the deadline plus
one read wait that began before it (itself capped at the time then left); a trickling body is cut
within a second or so of the deadline. The decision logic lives in :class:`Attempts`, shared by the
sync and async loops of ``_base_client`` so that the two cannot drift apart.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from dataclasses import dataclass

import httpx

from ._exceptions import APIConnectionError, APIError, APITimeoutError
from ._redact import redact
from ._retry import RetryPolicy

__all__ = [
    "DEFAULT_CONNECT_TIMEOUT",
    "DEFAULT_TIMEOUT",
    "Attempts",
    "CallTimeout",
    "resolve_timeout",
]

DEFAULT_TIMEOUT = 60.0
DEFAULT_CONNECT_TIMEOUT = 5.0
_PHASES = ("connect", "read", "write", "pool")

log = logging.getLogger("wawp_client")


@dataclass(frozen=True, slots=True)
class CallTimeout:
    """``total``: the overall deadline of a call in seconds (None: none); ``phases``: per-attempt limits."""

    total: float | None
    phases: httpx.Timeout

    def describe(self) -> str:
        return "no deadline" if self.total is None else f"the {self.total:g} s deadline"


def resolve_timeout(timeout: float | httpx.Timeout) -> CallTimeout:
    """A number is the overall deadline (connecting limited to 5 s of it); an ``httpx.Timeout`` sets
    each phase of each attempt, and its largest value is the deadline of the whole call."""
    if isinstance(timeout, httpx.Timeout):
        limits = [value for value in (timeout.connect, timeout.read, timeout.write, timeout.pool) if value is not None]
        return CallTimeout(max(limits) if limits else None, timeout)
    if isinstance(timeout, bool) or not isinstance(timeout, int | float) or not timeout > 0:
        raise ValueError(f"timeout must be a positive number of seconds or an httpx.Timeout, not {timeout!r}")
    seconds = float(timeout)
    return CallTimeout(seconds, httpx.Timeout(seconds, connect=min(DEFAULT_CONNECT_TIMEOUT, seconds)))


class _DeadlineStream(httpx.SyncByteStream):
    """The body of a sync response, cut off with ``httpx.ReadTimeout`` once the deadline has passed."""

    def __init__(self, inner: httpx.SyncByteStream, deadline: float) -> None:
        self._inner = inner
        self._deadline = deadline

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self._inner:
            if time.monotonic() >= self._deadline:
                raise httpx.ReadTimeout("the call's deadline passed while the body was arriving")
            yield chunk

    def close(self) -> None:
        self._inner.close()


class Attempts:
    """The state of one call: the deadline, the attempt number, and the retry decisions.

    The loops ask it for each attempt's limits (:meth:`limits`), whether and how long to wait after
    a status (:meth:`wait_after_status`) or an error (:meth:`wait_after_error`), and for the typed
    error to report (:meth:`failure`). A retry is logged (INFO, ``wawp_client``) with the attempt
    number and the wait; the URL in the line is masked.
    """

    __slots__ = ("attempt", "deadline", "max_retries", "policy", "timeout")

    def __init__(self, policy: RetryPolicy, max_retries: int, timeout: CallTimeout) -> None:
        self.policy = policy
        self.max_retries = max_retries
        self.timeout = timeout
        self.deadline = None if timeout.total is None else time.monotonic() + timeout.total
        self.attempt = 0

    def remaining(self) -> float | None:
        return None if self.deadline is None else self.deadline - time.monotonic()

    def limits(self) -> dict[str, float | None] | None:
        """The ``timeout`` extension of the next attempt, or None when the deadline has passed."""
        phases = self.timeout.phases
        values: dict[str, float | None] = {name: getattr(phases, name) for name in _PHASES}
        left = self.remaining()
        if left is None:
            return values
        if left <= 0:
            return None
        return {name: left if value is None else min(value, left) for name, value in values.items()}

    def bound_body(self, response: httpx.Response) -> None:
        """Before a sync body is read: re-cap the read limit at the time left and watch each chunk."""
        left = self.remaining()
        if left is None or self.deadline is None:
            return
        limits = response.request.extensions.get("timeout")
        if isinstance(limits, dict):  # the dict the transport reads its per-phase limits from
            read = limits.get("read")
            limits["read"] = max(left, 0.001) if read is None else min(read, max(left, 0.001))
        if isinstance(response.stream, httpx.SyncByteStream):
            response.stream = _DeadlineStream(response.stream, self.deadline)

    def wait_after_status(self, response: httpx.Response) -> float | None:
        """Seconds to wait before retrying this status, or None to keep the answer."""
        request = response.request
        if not self.policy.retry_status(request.method, response.status_code):
            return None
        return self._wait(request, self.policy.delay(self.attempt, response), f"status {response.status_code}")

    def wait_after_error(self, request: httpx.Request, error: httpx.RequestError) -> float | None:
        """Seconds to wait before retrying after a transport error, or None to give up."""
        if not self.policy.retry_error(request.method, error):
            return None
        return self._wait(request, self.policy.delay(self.attempt), type(error).__name__)

    def _wait(self, request: httpx.Request, wait: float, reason: str) -> float | None:
        if self.attempt >= self.max_retries:
            return None
        left = self.remaining()
        if left is not None and wait >= left:
            return None
        self.attempt += 1
        log.info(
            "retrying %s %s after %s: attempt %d of %d in %.2f s",
            request.method,
            redact(str(request.url)),
            reason,
            self.attempt + 1,
            self.max_retries + 1,
            wait,
        )
        return wait

    def failure(self, request: httpx.Request, error: BaseException | None) -> APIError:
        """The typed error for a transport failure (``error``) or a passed deadline (``None``).

        The text names the request with its credentials masked; httpx's own exception is not
        chained, because its request carries the full URL.
        """
        target = f"{request.method} {redact(str(request.url))}"
        if error is None or isinstance(error, httpx.TimeoutException | TimeoutError):
            cause = "" if error is None or not str(error) else f"; {type(error).__name__}: {error}"
            return APITimeoutError(f"Request timed out: {target} ({self.timeout.describe()}{cause})", request=request)
        detail = f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
        return APIConnectionError(f"Connection error: could not reach {target} ({detail})", request=request)
