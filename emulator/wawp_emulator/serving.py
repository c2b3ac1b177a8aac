"""How the emulator is served over HTTP: uvicorn's configuration, and the guard that keeps it answering
when clients hold sockets open without ever finishing a request.

uvicorn accepts every connection it can and waits for a request head as long as the client likes. A
thousand clients that open a socket and send half a head (or nothing) fill the process's file limit;
from then on every ``accept()`` fails with EMFILE and asyncio logs each failure, thousands a second,
and no one else is answered. So:

- **Header timeout**: a connection has :attr:`Limits.header_timeout` seconds to send a complete
  request head, counted from when it opened or its last response was sent (an idle keep-alive
  connection waits the same way). Too slow: answered 408 (or simply closed, if it sent nothing).
- **Body timeout**: once a head has arrived, its body has :attr:`Limits.body_timeout` seconds to arrive
  in full, stalled or trickled alike: too slow, the request is dropped unrun, answered 408 and the
  connection closed (else a client could hold a connection, and the request's task, for ever).
- **Connection cap**: at most :attr:`Limits.max_connections` connections are open. One more arrives:
  the connection that has waited longest for its request head is closed to make room (it has asked
  for nothing yet, so nothing is lost); if every connection is busy with a request, the newcomer is
  answered 503 and closed. The default cap leaves room under the file limit for the state file,
  webhook deliveries and one burst of accepts (the listen backlog), so the file limit is not reached.

uvicorn's own ``limit_concurrency`` does not do this: it counts connections but answers 503 only once a
request head has arrived, so clients that never finish one are never refused, and it keeps accepting.
The guard itself is ``connections.py``; this module sizes it and configures uvicorn (imported only
when a server starts: ``--help`` and ``--coverage`` stay quick).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

__all__ = ["DEFAULT_BODY_TIMEOUT", "DEFAULT_HEADER_TIMEOUT", "Limits", "served_in_thread", "server_config"]

MAX_REQUEST_HEAD = 1024 * 1024
"""uvicorn's limit on the request line + headers: long URLs reach the app and get a JSON 400, not h11's text."""
GRACEFUL_SHUTDOWN_SECONDS = 2
"""uvicorn cancels requests still running this long after SIGTERM (a latency fault among them); with the
lifespan's delivery drain (2 s) and the final save, the process ends within 5 s."""
DEFAULT_HEADER_TIMEOUT = 10.0
"""Seconds a connection may take to send a request head (``--header-timeout``)."""
DEFAULT_BODY_TIMEOUT = 30.0
"""Seconds a request body may take to arrive once its head has (``--body-timeout``): 8 MiB, the API's
largest body, at under 300 KB/s."""
MOST_CONNECTIONS = 1000
"""The default cap whatever the file limit (an emulator serves tests, not crowds)."""
SPARE_FILES = 16
"""Descriptors kept free for other work than connections: the state file, webhook deliveries, logs."""
MOST_BACKLOG = 2048
"""uvicorn's default listen backlog, the most a roomy process gets."""
BURSTS = 3
"""Backlogs' worth of accepted sockets that may be open before the cap has closed any."""
UNLIMITED_ROOM = 1 << 20
"""The room assumed where the process has no open-file limit."""


@dataclass(frozen=True)
class Limits:
    """The connection cap and the header and body timeouts of one server."""

    max_connections: int
    header_timeout: float = DEFAULT_HEADER_TIMEOUT
    body_timeout: float = DEFAULT_BODY_TIMEOUT
    backlog: int = MOST_BACKLOG
    """The listen backlog, which is also how many connections asyncio accepts at once before the cap
    can close any: part of the room left under the file limit."""

    @classmethod
    def for_this_process(
        cls, max_connections: int | None = None, header_timeout: float | None = None, body_timeout: float | None = None
    ) -> Limits:
        """Limits that fit the descriptors this process has left (``RLIMIT_NOFILE`` minus those open): a
        backlog of an eighth of that room, room for :data:`BURSTS` of its accepts (taken before the cap
        closes a connection: a closed socket's descriptor is freed a few loop turns later),
        :data:`SPARE_FILES` for other work, the rest for connections (at most :data:`MOST_CONNECTIONS`,
        or ``max_connections`` if given)."""
        room = _free_descriptors()
        backlog = max(8, min(MOST_BACKLOG, room // 8))
        fitting = max(1, min(MOST_CONNECTIONS, room - BURSTS * backlog - SPARE_FILES))
        return cls(
            max_connections=max_connections if max_connections is not None else fitting,
            header_timeout=header_timeout if header_timeout is not None else DEFAULT_HEADER_TIMEOUT,
            body_timeout=body_timeout if body_timeout is not None else DEFAULT_BODY_TIMEOUT,
            backlog=backlog,
        )


def _free_descriptors() -> int:
    try:
        import resource
    except ImportError:  # (Windows: no per-process file limit of this kind)
        return UNLIMITED_ROOM
    soft, _ = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft == resource.RLIM_INFINITY:
        return UNLIMITED_ROOM
    for listing in ("/proc/self/fd", "/dev/fd"):
        try:
            return max(0, soft - len(os.listdir(listing)))
        except OSError:
            continue
    return max(0, soft - 64)  # (no listing of open descriptors: assume a few dozen)


def server_config(app: Any, host: str, port: int, limits: Limits, **options: Any) -> Any:
    """The ``uvicorn.Config`` serving ``app`` under ``limits`` (``options``: log level and the like)."""
    import uvicorn

    from wawp_emulator.connections import guarded_protocol

    return uvicorn.Config(
        app,
        host=host,
        port=port,
        http=guarded_protocol(limits.max_connections, limits.header_timeout, limits.body_timeout),
        backlog=limits.backlog,
        lifespan="on",
        access_log=False,  # its lines carry the query string, credentials included; the journal masks them
        server_header=False,
        h11_max_incomplete_event_size=MAX_REQUEST_HEAD,
        timeout_graceful_shutdown=GRACEFUL_SHUTDOWN_SECONDS,
        **options,
    )


@contextmanager
def served_in_thread(app: Any, host: str, port: int) -> Iterator[str]:
    """``app`` served by uvicorn in a thread of this process, under this process's limits, until the block
    ends; yields the server's URL (``http://127.0.0.1:P``, ``port=0``: a free port)."""
    import uvicorn

    server = uvicorn.Server(server_config(app, host, port, Limits.for_this_process(), log_level="warning"))
    thread = threading.Thread(target=server.run, name="wawp-emulator-server", daemon=True)
    thread.start()
    try:
        for _ in range(1000):
            if server.started or not thread.is_alive():
                break
            threading.Event().wait(0.01)
        if not server.started:
            raise RuntimeError("the emulator server did not start")
        bound = server.servers[0].sockets[0].getsockname()[1]
        yield f"http://{host}:{bound}"
    finally:
        server.should_exit = True
        thread.join(10)
