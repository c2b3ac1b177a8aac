"""One call on the wire: its overall deadline, the limits of each attempt, and when to try again.

``timeout`` means an overall deadline per call: connecting, sending, every read of the answer and
all retries (with their waits) must fit in it. httpx's own limits are per phase and, for reads, per
read, so a server that trickles a byte a second never trips them; the client therefore

- caps every phase limit of every attempt at the time left before the deadline,
- re-caps the read limit when the body starts and checks the deadline as each body chunk arrives
  (a wrapper around ``response.stream``, which is public and works whatever transport produced it),
- never sleeps into the deadline: a retry that would start after it is not made,
- and, in the async client, also cancels the whole call at the deadline (``asyncio.timeout_at``).

The sync client cannot interrupt a read in progress: a trickling body is cut at the first chunk
after the deadline, and a silent server by the capped read limit, so a call overruns its deadline
by at most one read wait that began before it (itself capped at the time then left). httpx reads
the status line and headers in one phase with one limit, so a server that trickles its headers
byte by byte is bounded per read only there; the async client has no such gap. The decisions live
in :class:`Attempts`, shared by the sync and async loops of ``_base_client`` so that they cannot
drift apart.
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
    """``total``: the overall deadline of a call in seconds; ``phases``: the limits of each attempt."""

    total: float
    phases: httpx.Timeout

    def describe(self) -> str:
        return f"the call's deadline is {self.total:g} s"


def resolve_timeout(timeout: float | httpx.Timeout) -> CallTimeout:
    """A number is the overall deadline of the call (connecting limited to 5 s of it).

    An ``httpx.Timeout`` keeps httpx's meaning, a limit per phase of each attempt (so a read that
    times out can still be retried within the call), and the whole call stays bounded by
    ``DEFAULT_TIMEOUT``, or by its largest limit when that is longer.
    """
    if isinstance(timeout, httpx.Timeout):
        limits = [value for value in (timeout.connect, timeout.read, timeout.write, timeout.pool) if value is not None]
        return CallTimeout(max([DEFAULT_TIMEOUT, *limits]), timeout)
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
        self.deadline = time.monotonic() + timeout.total
        self.attempt = 0

    def remaining(self) -> float:
        return self.deadline - time.monotonic()

    def limits(self) -> dict[str, float] | None:
        """The ``timeout`` extension of the next attempt (each phase capped at the time left), or
        None when the deadline has passed."""
        left = self.remaining()
        if left <= 0:
            return None
        phases = self.timeout.phases
        return {name: left if (value := getattr(phases, name)) is None else min(value, left) for name in _PHASES}

    def bound_body(self, response: httpx.Response) -> None:
        """Before a sync body is read: re-cap the read limit at the time left and watch each chunk."""
        limits = response.request.extensions.get("timeout")
        if isinstance(limits, dict):  # the very dict the transport reads its per-phase limits from
            left = max(self.remaining(), 0.001)
            read = limits.get("read")
            limits["read"] = left if read is None else min(read, left)
        if isinstance(response.stream, httpx.SyncByteStream):
            response.stream = _DeadlineStream(response.stream, self.deadline)

    def wait_after_status(self, response: httpx.Response) -> float | None:
        """Seconds to wait before retrying this status, or None to keep the answer."""
        request = response.request
        if not self.policy.retry_status(request.method, response.status_code):
            return None
        return self._wait(request, f"status {response.status_code}", response)

    def wait_after_error(self, request: httpx.Request, error: httpx.RequestError) -> float | None:
        """Seconds to wait before retrying after a transport error, or None to give up."""
        if not self.policy.retry_error(request.method, error):
            return None
        return self._wait(request, type(error).__name__, None)

    def _wait(self, request: httpx.Request, reason: str, response: httpx.Response | None) -> float | None:
        if self.attempt >= self.max_retries:
            return None
        wait = self.policy.delay(self.attempt, response)
        if wait >= self.remaining():
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

    def failure(self, request: httpx.Request, error: httpx.RequestError | None) -> APIError:
        """The typed error for a transport failure (``error``) or a passed deadline (``None``).

        The text names the request with its credentials masked; httpx's own exception is not
        chained, because its request carries the full URL.
        """
        target = f"{request.method} {redact(str(request.url))}"
        if error is None or isinstance(error, httpx.TimeoutException):
            cause = "" if error is None or not str(error) else f"; {type(error).__name__}: {error}"
            return APITimeoutError(f"Request timed out: {target} ({self.timeout.describe()}{cause})", request=request)
        detail = f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
        return APIConnectionError(f"Connection error on {target} ({detail})", request=request)
