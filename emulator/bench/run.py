"""Emulator performance, as side-by-side ratios measured in one run (loopback only, bounded time).

1. ``GET /session/info``: the emulator vs Prism 5 mocking the same spec (target >= 2x) and vs a bare
   Starlette endpoint returning the same JSON under the same uvicorn (target >= 0.5x).
2. ``POST /send``: the emulator vs Prism (target >= 1.5x).
3. Robustness: 50 concurrent clients send 1,000 messages in total; every one must answer 200 with
   a unique message id, and the emulator must hold exactly 1,000 messages afterwards.
4. ``--state``: ``POST /send`` with a state file against in memory, both with 5,000 messages
   already stored (target >= 0.5x), and the latency of "the last 20 messages" of a chat holding
   100,000 against one holding 1,000 (target <= 2x). The stored messages are written in-process
   into the state files before the servers start (sending 100,000 over HTTP would take minutes).
   Also, at 100,000 stored: the state file's log rows those reads left (reads change nothing), and
   the worst latency of sends and of ``/_emulator/health`` while the state file is compacted (a
   server made to compact every :data:`COMPACT_ROWS` rows instead of every 10,000 or more).
5. Control changes with ``--state``: :data:`CONTROL_CHANGES` faults and as many webhooks added and
   removed through the control API, one at a time, at 100,000 stored against 1,000 (p50, target
   <= 2x), the worst latency of ``GET /session/info`` polled meanwhile, and a reset (``POST
   /_emulator/reset``) of each world.

The load generator is a small keep-alive HTTP/1.1 client on asyncio protocols (one request in
flight per connection), so the client costs as little as possible next to the servers. Every
server runs in its own process. Prints a table and the ratios; always exits 0 (a ratio below its
target is reported as ``BELOW``). Prism is looked up in ``$WAWP_BENCH_PRISM``, ``node_modules/.bin``
and ``PATH``; without it those rows are skipped.

    python emulator/bench/run.py [--duration 3] [--connections 16] [--json out.json]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

ROOT = Path(__file__).resolve().parents[2]
INSTANCE_ID = "BE0C4BE0C4BE"
ACCESS_TOKEN = "bench-token"
API = "/wp-json/awp/v1"
CREDS = f"instance_id={INSTANCE_ID}&access_token={ACCESS_TOKEN}"
CHAT = "201234567890@c.us"
STORED_FOR_SENDS = 5_000
COMPACT_ROWS = 500
CONTROL_CHANGES = 20
"""Control changes of each kind (fault, webhook) per world size, half of them adds, half removals."""

COMPACTING_EMULATOR = f"""
from wawp_emulator.persistence import Persistence
Persistence.compaction_due = lambda self: self._compaction is None and self.logged >= {COMPACT_ROWS}
from wawp_emulator.cli import main
raise SystemExit(main())
"""
"""``wawp-emulator`` (arguments from the command line) compacting its state file every COMPACT_ROWS rows."""

BARE_APP = """
import json, os, sys
import uvicorn
from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Route

PAYLOAD = json.loads(os.environ["WAWP_BENCH_BODY"])


async def info(request):
    return JSONResponse(PAYLOAD)


app = Starlette(routes=[Route("/wp-json/awp/v1/session/info", info)])
uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[1]), log_level="warning", access_log=False)
"""


# --------------------------------------------------------------------------- load generator


@dataclass
class LoadResult:
    name: str
    requests: int = 0
    ok: int = 0
    errors: int = 0
    seconds: float = 0.0
    latencies_ms: list[float] = field(default_factory=list, repr=False)
    statuses: dict[int, int] = field(default_factory=dict)
    bodies: list[bytes] = field(default_factory=list, repr=False)

    @property
    def rps(self) -> float:
        return self.ok / self.seconds if self.seconds else 0.0

    def percentile(self, q: float) -> float:
        if not self.latencies_ms:
            return float("nan")
        ordered = sorted(self.latencies_ms)
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))]

    def summary(self) -> dict[str, object]:
        out = {k: v for k, v in asdict(self).items() if k not in ("latencies_ms", "bodies")}
        out.update(
            rps=round(self.rps, 1),
            p50_ms=round(self.percentile(0.5), 3),
            p99_ms=round(self.percentile(0.99), 3),
            mean_ms=round(statistics.fmean(self.latencies_ms), 3) if self.latencies_ms else None,
        )
        return out


class _Conn(asyncio.Protocol):
    """One keep-alive connection; ``request()`` sends and waits for the whole response."""

    def __init__(self) -> None:
        self.transport: asyncio.Transport | None = None
        self.buffer = bytearray()
        self.waiter: asyncio.Future[tuple[int, bytes]] | None = None
        self.closed = False

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def connection_lost(self, exc: Exception | None) -> None:
        self.closed = True
        if self.waiter is not None and not self.waiter.done():
            self.waiter.set_exception(ConnectionError("connection lost"))

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        self._try_complete()

    def _try_complete(self) -> None:
        if self.waiter is None or self.waiter.done():
            return
        end = self.buffer.find(b"\r\n\r\n")
        if end < 0:
            return
        head = bytes(self.buffer[:end]).decode("latin-1")
        lines = head.split("\r\n")
        status = int(lines[0].split(" ", 2)[1])
        headers = {}
        for line in lines[1:]:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        start = end + 4
        if "content-length" in headers:
            length = int(headers["content-length"])
            if len(self.buffer) - start < length:
                return
            body = bytes(self.buffer[start : start + length])
            del self.buffer[: start + length]
        elif headers.get("transfer-encoding", "").lower() == "chunked":
            pos, chunks = start, []
            while True:
                line_end = self.buffer.find(b"\r\n", pos)
                if line_end < 0:
                    return
                size = int(bytes(self.buffer[pos:line_end]).split(b";")[0], 16)
                if len(self.buffer) < line_end + 2 + size + 2:
                    return
                chunks.append(bytes(self.buffer[line_end + 2 : line_end + 2 + size]))
                pos = line_end + 2 + size + 2
                if size == 0:
                    break
            body = b"".join(chunks)
            del self.buffer[:pos]
        else:
            body = b""
            del self.buffer[:start]
        self.waiter.set_result((status, body))

    async def request(self, raw: bytes) -> tuple[int, bytes]:
        assert self.transport is not None
        self.waiter = asyncio.get_running_loop().create_future()
        self.transport.write(raw)
        self._try_complete()
        return await self.waiter


def http_request(method: str, path: str, body: bytes = b"", content_type: str | None = None) -> bytes:
    lines = [f"{method} {path} HTTP/1.1", "Host: 127.0.0.1", "Connection: keep-alive"]
    if body or method in ("POST", "PUT"):
        lines.append(f"Content-Length: {len(body)}")
    if content_type:
        lines.append(f"Content-Type: {content_type}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


async def _open(port: int) -> _Conn:
    loop = asyncio.get_running_loop()
    _, conn = await loop.create_connection(_Conn, "127.0.0.1", port)
    return conn


async def load(
    name: str,
    port: int,
    requests: Sequence[bytes],
    *,
    connections: int,
    duration: float | None = None,
    per_connection: int | None = None,
    warmup: float = 0.5,
    keep_bodies: bool = False,
) -> LoadResult:
    """Drive ``connections`` keep-alive clients for ``duration`` seconds (or ``per_connection`` requests each)."""
    result = LoadResult(name)
    conns = [await _open(port) for _ in range(connections)]
    if warmup and duration is not None:
        warm_end = time.perf_counter() + warmup

        async def warm(conn: _Conn, i: int) -> None:
            n = 0
            while time.perf_counter() < warm_end:
                await conn.request(requests[(i + n) % len(requests)])
                n += 1

        await asyncio.gather(*(warm(c, i) for i, c in enumerate(conns)))
    started = time.perf_counter()
    stop = started + duration if duration is not None else float("inf")

    async def drive(conn: _Conn, index: int) -> None:
        n = 0
        while time.perf_counter() < stop and (per_connection is None or n < per_connection):
            raw = requests[(index * (per_connection or 1) + n) % len(requests)]
            t0 = time.perf_counter()
            try:
                status, body = await conn.request(raw)
            except ConnectionError:
                result.errors += 1
                return
            result.latencies_ms.append((time.perf_counter() - t0) * 1000)
            result.requests += 1
            result.statuses[status] = result.statuses.get(status, 0) + 1
            if 200 <= status < 300:
                result.ok += 1
            if keep_bodies:
                result.bodies.append(body)
            n += 1

    await asyncio.gather(*(drive(c, i) for i, c in enumerate(conns)))
    result.seconds = time.perf_counter() - started
    for conn in conns:
        if conn.transport is not None:
            conn.transport.close()
    return result


# --------------------------------------------------------------------------- servers


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_http(port: int, path: str, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    raw = http_request("GET", path)
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1) as sock:
                sock.sendall(raw)
                if sock.recv(16).startswith(b"HTTP/1.1"):
                    return True
        except OSError:
            pass
        time.sleep(0.1)
    return False


@contextmanager
def server(
    name: str, cmd: list[str], port: int, ready_path: str, env: dict[str, str] | None = None, timeout: float = 60.0
) -> Iterator[subprocess.Popen[bytes]]:
    with tempfile.TemporaryFile() as log:
        proc = subprocess.Popen(
            cmd, stdout=log, stderr=subprocess.STDOUT, env={**os.environ, **(env or {})}, start_new_session=True
        )
        try:
            if not wait_http(port, ready_path, timeout):
                log.seek(0)
                raise RuntimeError(f"{name} did not start:\n{log.read().decode(errors='replace')[-3000:]}")
            yield proc
        finally:
            try:
                os.killpg(proc.pid, signal.SIGINT)
                proc.wait(timeout=10)
            except (subprocess.TimeoutExpired, ProcessLookupError):
                with suppress(ProcessLookupError):
                    os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(timeout=5)


def find_prism() -> str | None:
    candidates = [
        os.environ.get("WAWP_BENCH_PRISM"),
        str(ROOT / "node_modules" / ".bin" / "prism"),
        "/work/npmtools/node_modules/.bin/prism",
        shutil.which("prism"),
    ]
    return next((c for c in candidates if c and Path(c).exists()), None)


def spec_path() -> Path:
    repo_spec = ROOT / "spec" / "openapi.yaml"
    if repo_spec.exists():
        return repo_spec
    import wawp_emulator

    return Path(wawp_emulator.__file__).parent / "openapi.yaml"


def emulator_env() -> dict[str, str]:
    import wawp_emulator

    parent = str(Path(wawp_emulator.__file__).resolve().parent.parent)
    return {"PYTHONPATH": os.pathsep.join(filter(None, [parent, os.environ.get("PYTHONPATH")]))}


# --------------------------------------------------------------------------- the run


def ratio_line(label: str, num: LoadResult | None, den: LoadResult | None, target: float) -> tuple[str, float | None]:
    if num is None or den is None or not den.rps:
        return f"{label:<48} skipped", None
    value = num.rps / den.rps
    verdict = "ok" if value >= target else "BELOW"
    return f"{label:<48} {value:6.2f}x  (target >= {target}x)  {verdict}", value


async def robustness(port: int) -> dict[str, object]:
    clients, per_client = 50, 20
    chats = [f"2012000{c:04d}0@c.us" for c in range(clients)]
    requests = [
        http_request("POST", f"{API}/send?{CREDS}&chatId={quote(chats[c])}&message=m{c}-{n}")
        for c in range(clients)
        for n in range(per_client)
    ]
    result = await load(
        "robustness", port, requests, connections=clients, per_connection=per_client, warmup=0, keep_bodies=True
    )
    ids = []
    for body in result.bodies:
        try:
            ids.append(json.loads(body).get("id"))
        except (ValueError, AttributeError):
            ids.append(None)
    stored = 0
    listed_ok = True
    conn = await _open(port)
    for chat in chats:
        status, body = await conn.request(
            http_request("GET", f"{API}/chats/{quote(chat)}/messages?{CREDS}&limit=100&downloadMedia=false")
        )
        if status != 200:
            listed_ok = False
            break
        stored += sum(1 for m in json.loads(body) if m.get("fromMe"))
    if conn.transport is not None:
        conn.transport.close()
    unique = len({i for i in ids if i})
    return {
        "sent": len(requests),
        "ok": result.ok,
        "statuses": result.statuses,
        "unique_ids": unique,
        "stored": stored if listed_ok else None,
        "seconds": round(result.seconds, 3),
        "pass": result.ok == len(requests) and unique == len(requests) and (not listed_ok or stored == len(requests)),
    }


def preload(path: Path, count: int) -> None:
    """A state file whose default instance holds ``count`` inbound messages in :data:`CHAT`."""
    from wawp_emulator.clock import RealClock
    from wawp_emulator.emulator import Emulator

    with Emulator(clock=RealClock(), state_file=path, instance_id=INSTANCE_ID, access_token=ACCESS_TOKEN) as emu:
        backend = emu.instance.backend()
        with emu.world.lock:
            for n in range(count):
                backend.receive(CHAT, body=f"stored {n}")


def state_rows(args: argparse.Namespace, emu_cmd: list[str], notes: list[str]) -> dict[str, LoadResult | None]:
    """Item 4: sends with and without ``--state`` at 5,000 stored, "last 20" at 100,000 and 1,000 stored."""
    run = asyncio.run
    send_req = [http_request("POST", f"{API}/send?{CREDS}&chatId={quote(CHAT)}&message=hello%20bench")]
    last20_req = [http_request("GET", f"{API}/chats/{quote(CHAT)}/messages?{CREDS}&limit=20&downloadMedia=false")]
    out: dict[str, LoadResult | None] = {}

    def serve(extra: list[str]) -> Any:
        port = free_port()
        cmd = [*emu_cmd, *extra]
        cmd[cmd.index("--port") + 1] = str(port)
        return port, server("emulator", cmd, port, "/_emulator/health", env=emulator_env(), timeout=180)

    with tempfile.TemporaryDirectory() as tmp:
        files = {count: Path(tmp) / f"{count}.sqlite" for count in (STORED_FOR_SENDS, 1_000, 100_000)}
        started = time.perf_counter()
        for count, path in files.items():
            preload(path, count)
        notes.append(f"state files preloaded in {time.perf_counter() - started:.1f} s")

        port, memory = serve([])
        with memory:  # the same 5,000 stored messages, sent over HTTP before measuring
            run(
                load(
                    "preload",
                    port,
                    send_req,
                    connections=args.connections,
                    per_connection=STORED_FOR_SENDS // args.connections + 1,
                    warmup=0,
                )
            )
            out["send_memory"] = run(
                load(
                    f"POST /send, memory, {STORED_FOR_SENDS}+ stored",
                    port,
                    send_req,
                    connections=args.connections,
                    duration=args.duration,
                )
            )
        port, stateful = serve(["--state", str(files[STORED_FOR_SENDS])])
        with stateful:
            out["send_state"] = run(
                load(
                    f"POST /send, --state, {STORED_FOR_SENDS}+ stored",
                    port,
                    send_req,
                    connections=args.connections,
                    duration=args.duration,
                )
            )
        for count in (1_000, 100_000):
            rows_before = log_rows(files[count])
            port, stored = serve(["--state", str(files[count])])
            with stored:
                out[f"last20_{count}"] = run(
                    load(f"GET last 20 of {count:,} stored", port, last20_req, connections=1, duration=args.duration)
                )
                reads = out[f"last20_{count}"]
                rows = log_rows(files[count]) - rows_before
                notes.append(f"log rows left by {reads.requests if reads else 0:,} reads of {count:,} stored: {rows}")
        out.update(compaction_rows(args, emu_cmd, files[100_000], send_req))
        for count in (1_000, 100_000):
            port, stored = serve(["--state", str(files[count])])
            with stored:
                out.update(run(control_rows(port, count, args.control_changes)))
    return out


def _control_requests() -> list[bytes]:
    """A fault added and removed, a webhook added and removed (each a control change)."""
    fault = json.dumps({"id": "bench-fault", "operation": "benchNoSuchOperation", "status": 503}).encode()
    hook = json.dumps({"url": "http://127.0.0.1:9/bench", "hmac": {"key": "bench-key"}}).encode()
    webhooks = f"/_emulator/instances/{INSTANCE_ID}/webhooks"
    return [
        http_request("POST", "/_emulator/faults", fault, "application/json"),
        http_request("DELETE", "/_emulator/faults?id=bench-fault"),
        http_request("POST", webhooks, hook, "application/json"),
        http_request("DELETE", webhooks),
    ]


async def control_rows(port: int, count: int, changes: int) -> dict[str, LoadResult | None]:
    """``changes`` faults and ``changes`` webhooks added and removed in turn, one request at a time,
    while another connection polls ``GET /session/info``; then the world is reset (last: it empties it)."""
    done = asyncio.Event()
    reads = LoadResult(f"GET /session/info during control, {count:,}")
    info_req = http_request("GET", f"{API}/session/info?{CREDS}")

    async def poll() -> None:
        conn = await _open(port)
        started = time.perf_counter()
        while not done.is_set():
            t0 = time.perf_counter()
            status, _ = await conn.request(info_req)
            reads.latencies_ms.append((time.perf_counter() - t0) * 1000)
            reads.requests += 1
            reads.ok += status == 200
            reads.statuses[status] = reads.statuses.get(status, 0) + 1
        reads.seconds = time.perf_counter() - started
        if conn.transport is not None:
            conn.transport.close()

    poller = asyncio.create_task(poll())
    try:
        control = await load(
            f"control change, --state, {count:,} stored",
            port,
            _control_requests(),
            connections=1,
            per_connection=2 * changes,
            warmup=0,
        )
    finally:
        done.set()
        await poller
    reset = await load(
        f"POST /_emulator/reset, {count:,} stored",
        port,
        [http_request("POST", "/_emulator/reset", b"{}", "application/json")],
        connections=1,
        per_connection=1,
        warmup=0,
    )
    return {f"control_{count}": control, f"control_reads_{count}": reads, f"reset_{count}": reset}


def log_rows(path: Path) -> int:
    """Rows in the state file's log (read beside the running emulator, as SQLite allows)."""
    import sqlite3

    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
        (count,) = db.execute("SELECT COUNT(*) FROM log").fetchone()
    db.close()
    return int(count)


def compaction_rows(
    args: argparse.Namespace, emu_cmd: list[str], path: Path, send_req: list[bytes]
) -> dict[str, LoadResult | None]:
    """Sends and health checks side by side on a server compacting ``path`` (100,000 stored) every
    COMPACT_ROWS rows, long enough for the first compaction to start and end (seconds of a core)."""
    port = free_port()
    cmd = [sys.executable, "-c", COMPACTING_EMULATOR, *emu_cmd[3:], "--state", str(path)]
    cmd[cmd.index("--port") + 1] = str(port)
    health_req = [http_request("GET", "/_emulator/health")]
    duration = max(args.duration, 20.0)
    with server("emulator", cmd, port, "/_emulator/health", env=emulator_env(), timeout=180):
        saved_before = snapshot_saved_at(path)

        async def both() -> tuple[LoadResult, LoadResult]:
            sends = load("POST /send during compaction", port, send_req, connections=4, duration=duration, warmup=0)
            health = load("GET health during compaction", port, health_req, connections=1, duration=duration, warmup=0)
            got = await asyncio.gather(sends, health)
            return got[0], got[1]

        sends, health = asyncio.run(both())
        compacted = snapshot_saved_at(path) != saved_before
    return {"compaction_send": sends, "compaction_health": health} if compacted else {}


def snapshot_saved_at(path: Path) -> float:
    import sqlite3

    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
        (saved,) = db.execute("SELECT saved_at FROM snapshot").fetchone()
    db.close()
    return float(saved)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--duration", type=float, default=3.0, help="seconds per measurement (default 3)")
    parser.add_argument("--connections", type=int, default=16, help="concurrent keep-alive clients (default 16)")
    parser.add_argument("--skip-prism", action="store_true")
    parser.add_argument("--skip-state", action="store_true", help="skip the --state and stored-messages rows")
    parser.add_argument(
        "--control-changes",
        type=int,
        default=CONTROL_CHANGES,
        help=f"faults and webhooks added and removed per world size (default {CONTROL_CHANGES} each)",
    )
    parser.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    args = parser.parse_args(argv)

    def info(prefix: str) -> list[bytes]:
        return [http_request("GET", f"{prefix}/session/info?{CREDS}")]

    def send(prefix: str) -> list[bytes]:
        return [http_request("POST", f"{prefix}/send?{CREDS}&chatId={quote(CHAT)}&message=hello%20bench")]

    info_req, send_req = info(API), send(API)
    # Prism mocks paths relative to the server URL: /session/info, not /wp-json/awp/v1/session/info
    prism_info_req, prism_send_req = info(""), send("")
    results: dict[str, LoadResult | None] = {
        "emu_info": None,
        "bare_info": None,
        "prism_info": None,
        "emu_send": None,
        "prism_send": None,
    }
    notes: list[str] = []
    robust: dict[str, object] | None = None
    run = asyncio.run
    python = sys.executable

    emu_port = free_port()
    emu_cmd = [
        python,
        "-m",
        "wawp_emulator",
        "--port",
        str(emu_port),
        "--log-level",
        "warning",
        "--instance-id",
        INSTANCE_ID,
        "--access-token",
        ACCESS_TOKEN,
        "--no-strict",
    ]
    with server("emulator", emu_cmd, emu_port, "/_emulator/health", env=emulator_env()):
        results["emu_info"] = run(
            load("emulator GET /session/info", emu_port, info_req, connections=args.connections, duration=args.duration)
        )
        body = run(
            load("probe", emu_port, info_req, connections=1, per_connection=1, warmup=0, keep_bodies=True)
        ).bodies[0]
        results["emu_send"] = run(
            load("emulator POST /send", emu_port, send_req, connections=args.connections, duration=args.duration)
        )
        if results["emu_send"] is not None and not results["emu_send"].ok:
            notes.append(f"emulator /send answered {results['emu_send'].statuses} (handler missing?)")
    emu_port = free_port()
    emu_cmd[emu_cmd.index("--port") + 1] = str(emu_port)
    with server("emulator", emu_cmd, emu_port, "/_emulator/health", env=emulator_env()):
        robust = run(robustness(emu_port))
    if not args.skip_state:
        results.update(state_rows(args, emu_cmd, notes))

    bare_port = free_port()
    with server(
        "bare starlette",
        [python, "-c", BARE_APP, str(bare_port)],
        bare_port,
        f"{API}/session/info",
        env={"WAWP_BENCH_BODY": body.decode()},
    ):
        results["bare_info"] = run(
            load(
                "bare Starlette GET /session/info",
                bare_port,
                info_req,
                connections=args.connections,
                duration=args.duration,
            )
        )

    prism = None if args.skip_prism else find_prism()
    if prism is None:
        notes.append("Prism not found (WAWP_BENCH_PRISM, node_modules/.bin/prism, PATH): its rows are skipped")
    else:
        prism_port = free_port()
        cmd = [prism, "mock", str(spec_path()), "-p", str(prism_port), "-h", "127.0.0.1"]
        try:
            with server("prism", cmd, prism_port, f"/session/info?{CREDS}", timeout=120):
                results["prism_info"] = run(
                    load(
                        "prism GET /session/info",
                        prism_port,
                        prism_info_req,
                        connections=args.connections,
                        duration=args.duration,
                    )
                )
                results["prism_send"] = run(
                    load(
                        "prism POST /send",
                        prism_port,
                        prism_send_req,
                        connections=args.connections,
                        duration=args.duration,
                    )
                )
        except RuntimeError as exc:
            notes.append(f"prism failed to start: {str(exc)[:500]}")

    print(f"\nwawp-emulator bench: {args.connections} connections, {args.duration:g} s per row, loopback\n")
    print(f"{'target':<36} {'ok req/s':>10} {'p50 ms':>8} {'p99 ms':>8}  statuses")
    for item in results.values():
        if item is None:
            continue
        print(
            f"{item.name:<36} {item.rps:>10.0f} {item.percentile(0.5):>8.2f} {item.percentile(0.99):>8.2f}  "
            f"{item.statuses}"
        )
    print()
    ratios = {}
    for key, label, num, den, target in (
        ("info_vs_prism", "GET /session/info: emulator / Prism", "emu_info", "prism_info", 2.0),
        ("send_vs_prism", "POST /send: emulator / Prism", "emu_send", "prism_send", 1.5),
        ("info_vs_bare", "GET /session/info: emulator / bare Starlette", "emu_info", "bare_info", 0.5),
    ):
        line, value = ratio_line(label, results[num], results[den], target)
        ratios[key] = value
        print(line)
    line, value = ratio_line(
        "POST /send: --state / memory (5,000+ stored)", results.get("send_state"), results.get("send_memory"), 0.5
    )
    ratios["send_state_vs_memory"] = value
    print(line)
    small, large = results.get("last20_1000"), results.get("last20_100000")
    if small is not None and large is not None and small.latencies_ms and large.latencies_ms:
        value = large.percentile(0.5) / small.percentile(0.5)
        ratios["last20_100k_vs_1k"] = value
        print(
            f"{'GET last 20: p50 at 100,000 / at 1,000 stored':<48} {value:6.2f}x  (target <= 2.0x)  "
            f"{'ok' if value <= 2.0 else 'ABOVE'}"
        )
    during = [results.get("compaction_send"), results.get("compaction_health")]
    if all(during):
        worst = ", ".join(f"{r.name.split(' during')[0]} {max(r.latencies_ms):.0f} ms" for r in during if r)
        print(f"{'worst latency while compacting 100,000 stored':<48} {worst}")
    elif not args.skip_state:
        notes.append("no compaction finished during the compaction row: its figures are left out")
    small, large = results.get("control_1000"), results.get("control_100000")
    if small is not None and large is not None and small.latencies_ms and large.latencies_ms:
        value = large.percentile(0.5) / small.percentile(0.5)
        ratios["control_100k_vs_1k"] = value
        print(
            f"{'control change, --state: p50 at 100,000 / 1,000':<48} {value:6.2f}x  (target <= 2.0x)  "
            f"{'ok' if value <= 2.0 else 'ABOVE'}"
        )
        for count in (1_000, 100_000):
            change, reads, reset = (results.get(f"{kind}_{count}") for kind in ("control", "control_reads", "reset"))
            if change and reads and reset and reads.latencies_ms and reset.latencies_ms:
                label = f"worst latency during control changes, {count:,}"
                print(
                    f"{label:<48} change {max(change.latencies_ms):.0f} ms, "
                    f"GET /session/info {max(reads.latencies_ms):.0f} ms; reset {reset.latencies_ms[0]:.0f} ms"
                )
    if robust is not None:
        print(
            f"\nrobustness: 50 clients x 20 sends = {robust['sent']}: {robust['ok']} ok, "
            f"{robust['unique_ids']} unique ids, {robust['stored']} stored, {robust['seconds']} s -> "
            f"{'ok' if robust['pass'] else 'FAILED'}"
        )
    for note in notes:
        print(f"note: {note}")
    if args.json:
        Path(args.json).write_text(
            json.dumps(
                {
                    "results": {k: v.summary() if v else None for k, v in results.items()},
                    "ratios": ratios,
                    "robustness": robust,
                    "notes": notes,
                },
                indent=2,
            )
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
