"""The server never stalls (issue 17, item 5): health answers while world work waits on storage, slow
clients at a low file limit neither stop the server nor flood its log, a reset during a request's body
answers no 500. Bounded waits only; the latencies themselves are measured in ``nox -s bench``."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import resource
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest
import wawp_emulator
from wawp_emulator.emulator import Emulator
from wawp_emulator.repeats import RepeatFilter
from wawp_emulator.world import DEFAULT_ACCESS_TOKEN, DEFAULT_INSTANCE_ID

PACKAGE_PARENT = str(Path(wawp_emulator.__file__).resolve().parent.parent)
FILE_LIMIT = 64
SLOW_CLIENTS = 100
PARTIAL_HEAD = b"GET /_emulator/health HTTP/1.1\r\nHost: 127.0.0.1\r\n"


# --------------------------------------------------------------------------- health while storage waits


def test_health_answers_while_world_work_waits(tmp_path: Path) -> None:
    """With a state file, world work runs on the world thread: a send held there (the world's lock taken,
    as a stalled write would hold it) leaves the event loop free to answer health, then completes."""
    emu = Emulator(state_file=tmp_path / "state.sqlite", webhook_delivery="manual")
    try:
        with emu.serve_in_thread() as base, httpx.Client(timeout=30) as http:
            sent: list[int] = []
            with emu.world.lock:
                send = threading.Thread(
                    target=lambda: sent.append(
                        http.post(
                            f"{base}/send", params={**emu.credentials, "chatId": "201112223334", "message": "x"}
                        ).status_code
                    )
                )
                send.start()
                time.sleep(0.2)  # (pacing only: the send reaches the world thread and waits for the lock)
                health = http.get(f"{emu.server_url}/_emulator/health")
                assert health.status_code == 200 and health.json()["status"] == "ok"
                assert sent == []  # the send is still held
            send.join(30)
            assert sent == [200]
    finally:
        emu.close()


# --------------------------------------------------------------------------- a reset during a body


@pytest.mark.parametrize("stored", [False, True], ids=["memory", "state-file"])
def test_a_reset_while_a_body_arrives_answers_no_500(tmp_path: Path, stored: bool) -> None:
    """The body's second half arrives after a reset: the request runs in the new world (its credentials
    checked there), consistently, instead of mixing the old world and the new (it answered 500)."""
    emu = Emulator(state_file=tmp_path / "state.sqlite" if stored else None, webhook_delivery="manual")

    async def scenario() -> tuple[httpx.Response, httpx.Response]:
        async def body() -> AsyncIterator[bytes]:
            yield b'{"name": "after the reset", '
            async with httpx.AsyncClient(transport=emu.async_transport(), base_url="http://127.0.0.1") as control:
                assert (await control.post("/_emulator/reset", json={})).status_code == 200
            yield b'"colorHex": "#ff9485"}'

        async with emu.async_client() as http:
            made = await http.post("/labels", content=body(), headers={"Content-Type": "application/json"})
            return made, await http.get("/labels")

    try:
        made, listed = asyncio.run(scenario())
        assert made.status_code == 200, made.text
        assert [label["name"] for label in listed.json()] == ["after the reset"]
    finally:
        emu.close()


# --------------------------------------------------------------------------- slow clients, a low file limit


@contextmanager
def low_limit_server(*args: str) -> Iterator[tuple[int, Path]]:
    """``wawp-emulator`` in a subprocess limited to FILE_LIMIT open files; yields its port and log file."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = int(probe.getsockname()[1])
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [PACKAGE_PARENT, os.environ.get("PYTHONPATH")]))}
    log_path = Path(tempfile.mkdtemp()) / "emulator.log"

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_NOFILE, (FILE_LIMIT, FILE_LIMIT))

    with log_path.open("wb") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "wawp_emulator", "--port", str(port), "--log-level", "warning", *args],
            stdout=log,
            stderr=subprocess.STDOUT,
            env=env,
            preexec_fn=limit,
        )
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and "listening on" not in log_path.read_text():
            assert proc.poll() is None, log_path.read_text()
            time.sleep(0.05)
        yield port, log_path
    finally:
        proc.terminate()
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)


async def _hold_slow_clients(port: int) -> list[asyncio.StreamWriter]:
    """SLOW_CLIENTS connections, each sending half a request head and nothing more."""

    async def one() -> asyncio.StreamWriter | None:
        try:
            _, writer = await asyncio.wait_for(asyncio.open_connection("127.0.0.1", port), 20)
        except (TimeoutError, OSError):
            return None  # (refused or evicted at once: it holds nothing)
        writer.write(PARTIAL_HEAD)
        return writer

    held = await asyncio.gather(*(one() for _ in range(SLOW_CLIENTS)))
    return [w for w in held if w is not None]


def _health(port: int) -> int:
    with httpx.Client(timeout=20) as http:
        return http.get(f"http://127.0.0.1:{port}/_emulator/health").status_code


def _slow_clients_then_health(port: int) -> tuple[int, int]:
    """Health while SLOW_CLIENTS hold sockets, then after they let go."""

    async def scenario() -> tuple[int, int]:
        writers = await _hold_slow_clients(port)
        during = await asyncio.to_thread(_health, port)
        for writer in writers:
            writer.close()
        return during, await asyncio.to_thread(_health, port)

    return asyncio.run(scenario())


def test_slow_clients_at_a_low_file_limit_leave_the_server_answering() -> None:
    """At 64 open files, 100 clients sending half a head: the cap closes the longest-waiting of them for
    each newcomer, so no accept fails and a normal request is answered, during and after."""
    with low_limit_server("--header-timeout", "60") as (port, log_path):
        assert _slow_clients_then_health(port) == (200, 200)
        assert "Too many open files" not in log_path.read_text()


def test_a_log_storm_is_collapsed() -> None:
    """A cap above what 64 files allow lets accepts fail with EMFILE, which asyncio logs thousands of times
    a second: the log holds the error once, and the server answers again once the slow clients go."""
    started = time.monotonic()
    with low_limit_server("--header-timeout", "60", "--max-connections", "1000") as (port, log_path):

        async def storm() -> None:
            writers = await _hold_slow_clients(port)
            deadline = time.monotonic() + 20
            while "Too many open files" not in log_path.read_text() and time.monotonic() < deadline:
                await asyncio.sleep(0.1)
            await asyncio.sleep(2)  # (pacing only: let the failing accepts repeat for a while)
            for writer in writers:
                writer.close()

        asyncio.run(storm())
        answered = None
        deadline = time.monotonic() + 30  # (accepts resume within a second of descriptors coming free)
        while answered != 200 and time.monotonic() < deadline:
            try:
                answered = _health(port)
            except httpx.TransportError:
                continue
        assert answered == 200
        text = log_path.read_text()
    windows = (time.monotonic() - started) / 10  # (the filter's window: one line per 10 s at most)
    assert 1 <= text.count("socket.accept() out of system resource") <= 1 + windows, text[-2000:]
    assert len(text) < 2_000 * (1 + windows)


def test_a_head_that_does_not_arrive_in_time_answers_408() -> None:
    with low_limit_server("--header-timeout", "0.5") as (port, _):
        with socket.create_connection(("127.0.0.1", port), timeout=20) as slow:
            slow.sendall(PARTIAL_HEAD)
            answer = slow.recv(4096)
            assert answer.startswith(b"HTTP/1.1 408 "), answer
            assert b'"emulator_request_timeout"' in answer
        with socket.create_connection(("127.0.0.1", port), timeout=20) as idle:
            assert idle.recv(4096) == b""  # nothing sent: closed without a word, as a keep-alive timeout does


SEND_HEAD = (
    "POST /wp-json/awp/v1/sendPoll?instance_id={iid}&access_token={token} HTTP/1.1\r\nHost: 127.0.0.1\r\n"
    "Content-Type: application/json\r\nContent-Length: {length}\r\n\r\n"
)


@pytest.mark.parametrize("trickle", [False, True], ids=["stalled", "trickled"])
def test_a_body_that_does_not_arrive_in_time_answers_408_and_does_not_run(trickle: bool) -> None:
    """Headers in time, then a body that stalls (or comes a byte at a time) short of its Content-Length: a
    408 and a closed connection within the bound, and the poll is never sent (its JSON so far is complete)."""
    body = b'{"chatId": "201112223334@c.us", "poll": {"name": "Sent?", "options": ["yes", "no"]}}'
    head = SEND_HEAD.format(iid=DEFAULT_INSTANCE_ID, token=DEFAULT_ACCESS_TOKEN, length=len(body) + 1)
    with low_limit_server("--body-timeout", "0.5", "--header-timeout", "60") as (port, _):
        with socket.create_connection(("127.0.0.1", port), timeout=20) as slow:
            slow.sendall(head.encode())
            started = time.monotonic()
            with contextlib.suppress(OSError):  # (the server may close the connection while bytes trickle)
                for piece in [body[n : n + 1] for n in range(len(body))] if trickle else [body]:
                    slow.sendall(piece)
                    if trickle:
                        time.sleep(0.02)  # (pacing only: slower, in all, than the timeout allows)
            answer = _answer(slow)  # (the server closes the connection)
            assert time.monotonic() - started < 10
        assert answer.startswith(b"HTTP/1.1 408 "), answer
        assert b'"emulator_request_timeout"' in answer and b"body" in answer
        with httpx.Client(timeout=20) as http:
            sent = http.get(f"http://127.0.0.1:{port}/_emulator/journal/requests", params={"operationId": "sendPoll"})
        assert [(r["status"], r["errorCode"]) for r in sent.json()] == [(499, "client_disconnected")]


def _answer(sock: socket.socket) -> bytes:
    """What the server sends until it closes the connection."""
    received = b""
    while chunk := sock.recv(4096):
        received += chunk
    return received


def test_at_the_cap_the_longest_waiting_connection_makes_room() -> None:
    with low_limit_server("--max-connections", "2", "--header-timeout", "60") as (port, _):
        first = socket.create_connection(("127.0.0.1", port), timeout=20)
        second = socket.create_connection(("127.0.0.1", port), timeout=20)
        second.sendall(PARTIAL_HEAD)
        with socket.create_connection(("127.0.0.1", port), timeout=20) as third:
            third.sendall(PARTIAL_HEAD + b"Connection: close\r\n\r\n")
            assert _answer(third).startswith(b"HTTP/1.1 200 ")
        evicted = _answer(first)  # the first waited longest: closed, with a word
        assert evicted.startswith(b"HTTP/1.1 503 ") and b'"emulator_busy"' in evicted
        second.sendall(b"Connection: close\r\n\r\n")  # the second kept its place and is answered
        assert _answer(second).startswith(b"HTTP/1.1 200 ")
        first.close()
        second.close()


def test_at_the_cap_with_every_connection_busy_a_newcomer_is_told_to_retry() -> None:
    body_due = b"POST /_emulator/seed HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
    with low_limit_server("--max-connections", "2", "--header-timeout", "60") as (port, _):
        busy = [socket.create_connection(("127.0.0.1", port), timeout=20) for _ in range(2)]
        for sock in busy:  # a complete head, its body still to come: busy with a request
            sock.sendall(body_due + b"Content-Length: 11\r\nExpect: 100-continue\r\n\r\n")
            assert sock.recv(4096).startswith(b"HTTP/1.1 100 ")  # (the server read the head)
        with socket.create_connection(("127.0.0.1", port), timeout=20) as newcomer:
            refused = _answer(newcomer)
        assert refused.startswith(b"HTTP/1.1 503 ") and b"retry-after: 1" in refused.lower()
        for sock in busy:  # the busy ones finish undisturbed
            sock.sendall(b'{"seed": 7}')
            head = sock.recv(4096)
            assert head.startswith(b"HTTP/1.1 200 "), head
            sock.close()


# --------------------------------------------------------------------------- the repeat filter


def test_identical_records_pass_once_per_window_with_a_count() -> None:
    now = [0.0]
    repeats = RepeatFilter(window=10.0, clock=lambda: now[0])
    records: list[str] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            records.append(record.getMessage())

    logger = logging.getLogger("wawp_emulator.test_repeats")
    logger.propagate = False
    handler = Keep()
    repeats.install([handler, handler])
    logger.addHandler(handler)
    try:
        for _ in range(1000):
            logger.error("accept failed: %s", "EMFILE")
        logger.error("another message")
        assert records == ["accept failed: EMFILE", "another message"]
        now[0] = 10.0
        logger.error("accept failed: %s", "EMFILE")
        assert records[-1] == "accept failed: EMFILE [repeated 999 more times in the last 10 s]"
        logger.error("accept failed: %s", "EMFILE")
        repeats.report(logger)
        assert records[-1] == "accept failed: EMFILE [repeated 1 more times] (from wawp_emulator.test_repeats)"
        assert len(records) == 4
    finally:
        logger.removeHandler(handler)
