# Copied from generator/runtime/_network.py by `nox -s generate`.
# Do not edit this copy: edit generator/runtime/_network.py.
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

A body is read in bounded pieces and counted as it is decoded: past ``max_response_bytes`` the read
stops and the call fails with :class:`ResponseTooLargeError`, so a small gzip body that expands to
gigabytes costs at most the limit plus one decoded piece (a raw piece is at most 16 KiB, which gzip
or deflate expands at most about a thousandfold). The client asks for gzip or deflate only; a body
in another or in a stacked encoding (which a piece could expand without such a bound) is refused.
"""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass

import httpx

from ._exceptions import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APITimeoutError,
    ResponseTooLargeError,
)
from ._redact import redact
from ._retry import RetryPolicy

__all__ = [
    "ACCEPTED_ENCODINGS",
    "DEFAULT_CONNECT_TIMEOUT",
    "DEFAULT_MAX_RESPONSE_BYTES",
    "DEFAULT_TIMEOUT",
    "Attempts",
    "CallTimeout",
    "check_max_response_bytes",
    "resolve_timeout",
]

DEFAULT_TIMEOUT = 60.0
DEFAULT_CONNECT_TIMEOUT = 5.0
DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024
ACCEPTED_ENCODINGS = "gzip, deflate"
_BOUNDED_ENCODINGS = frozenset({"gzip", "x-gzip", "deflate"})
_PIECE = 16 * 1024
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


def check_max_response_bytes(limit: int) -> int:
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
        raise ValueError(f"max_response_bytes must be a positive integer, not {limit!r}")
    return limit


def _pieces(chunk: bytes) -> Iterator[bytes]:
    if len(chunk) <= _PIECE:
        yield chunk
        return
    for start in range(0, len(chunk), _PIECE):
        yield chunk[start : start + _PIECE]


class _DeadlineStream(httpx.SyncByteStream):
    """The raw body of a sync response in pieces of at most 16 KiB, cut off with ``httpx.ReadTimeout``
    once the deadline has passed."""

    def __init__(self, inner: httpx.SyncByteStream, deadline: float) -> None:
        self._inner = inner
        self._deadline = deadline

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self._inner:
            if time.monotonic() >= self._deadline:
                raise httpx.ReadTimeout("the call's deadline passed while the body was arriving")
            yield from _pieces(chunk)

    def close(self) -> None:
        self._inner.close()


class _PiecesStream(httpx.AsyncByteStream):
    """The raw body of an async response in pieces of at most 16 KiB (the deadline cancels the whole call)."""

    def __init__(self, inner: httpx.AsyncByteStream) -> None:
        self._inner = inner

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._inner:
            for piece in _pieces(chunk):
                yield piece

    async def aclose(self) -> None:
        await self._inner.aclose()


def _unbounded_encoding(response: httpx.Response) -> str | None:
    """The ``Content-Encoding`` of ``response`` when decoding it could not be bounded piece by piece."""
    value = response.headers.get("content-encoding")
    if not value:
        return None
    codings = [coding.strip().lower() for coding in value.split(",") if coding.strip().lower() not in ("", "identity")]
    return value if len(codings) > 1 or (codings and codings[0] not in _BOUNDED_ENCODINGS) else None


class Attempts:
    """The state of one call: the deadline, the attempt number, and the retry decisions.

    The loops ask it for each attempt's limits (:meth:`limits`), whether and how long to wait after
    a status (:meth:`wait_after_status`) or an error (:meth:`wait_after_error`), and for the typed
    error to report (:meth:`failure`). A retry is logged (INFO, ``wawp_client``) with the attempt
    number and the wait; the URL in the line is masked.
    """

    __slots__ = ("attempt", "deadline", "max_bytes", "max_retries", "policy", "timeout")

    def __init__(self, policy: RetryPolicy, max_retries: int, timeout: CallTimeout, max_bytes: int) -> None:
        self.policy = policy
        self.max_retries = max_retries
        self.timeout = timeout
        self.max_bytes = max_bytes
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

    def read(self, response: httpx.Response) -> APIError | None:
        """Read a sync body (after :meth:`bound_body`) within ``max_bytes`` decoded, or the error saying why not."""
        refused = self._refuse_encoding(response)
        if refused is not None:
            return refused
        kept: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > self.max_bytes:
                return self._too_large(response)
            kept.append(chunk)
        response._content = b"".join(kept)  # what ``read()`` would have stored: the body stays readable
        return None

    async def aread(self, response: httpx.Response) -> APIError | None:
        """The async twin of :meth:`read`."""
        refused = self._refuse_encoding(response)
        if refused is not None:
            return refused
        if isinstance(response.stream, httpx.AsyncByteStream):
            response.stream = _PiecesStream(response.stream)
        kept: list[bytes] = []
        size = 0
        async for chunk in response.aiter_bytes():
            size += len(chunk)
            if size > self.max_bytes:
                return self._too_large(response)
            kept.append(chunk)
        response._content = b"".join(kept)
        return None

    def _refuse_encoding(self, response: httpx.Response) -> APIError | None:
        encoding = _unbounded_encoding(response)
        if encoding is None:
            return None
        return APIResponseValidationError(
            f"Response uses Content-Encoding {encoding[:80]!r}, which the client did not ask for (it accepts"
            f" {ACCEPTED_ENCODINGS}) and cannot decode within a size limit: {_target(response.request)}",
            status_code=response.status_code,
            body=None,
            request=response.request,
        )

    def _too_large(self, response: httpx.Response) -> ResponseTooLargeError:
        return ResponseTooLargeError(
            f"Response body passed max_response_bytes ({self.max_bytes} bytes decoded) and was not read further:"
            f" {response.status_code} from {_target(response.request)}",
            status_code=response.status_code,
            limit=self.max_bytes,
            request=response.request,
        )

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
        target = _target(request)
        if error is None or isinstance(error, httpx.TimeoutException):
            cause = "" if error is None or not str(error) else f"; {type(error).__name__}: {error}"
            return APITimeoutError(f"Request timed out: {target} ({self.timeout.describe()}{cause})", request=request)
        detail = f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
        return APIConnectionError(f"Connection error on {target} ({detail})", request=request)


def _target(request: httpx.Request) -> str:
    """``METHOD url`` of a request for an error message, credentials masked."""
    return f"{request.method} {redact(str(request.url))}"
