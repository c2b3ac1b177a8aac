"""``--state FILE`` as processes use it: one emulator per file, refused foreign files, and no
acknowledged write lost to ``kill -9``."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest
from _core import crash
from wawp_emulator.clock import RealClock
from wawp_emulator.emulator import Emulator
from wawp_emulator.faults import FaultRule
from wawp_emulator.persistence import PersistenceError
from wawp_emulator.state.messages import MessagesState

PEER = "201112223334"
CREDS = {"instance_id": "A1B2C3D4E5F6", "access_token": "wawp-emulator-test-token"}


COMPACT_EARLY = (
    "from wawp_emulator.persistence import Persistence\n"
    "Persistence.compaction_due = lambda self: self._compaction is None and self.logged >= 300\n"
    "from wawp_emulator.cli import main\n"
    "raise SystemExit(main())\n"
)
"""A ``wawp-emulator`` that compacts its state file every 300 log rows (instead of 5,000 or more)."""


def _command(state: Path, port: int = 0, *, compact_early: bool = False) -> list[str]:
    return [
        sys.executable,
        *(["-c", COMPACT_EARLY] if compact_early else ["-m", "wawp_emulator.cli"]),
        "--state",
        str(state),
        "--port",
        str(port),
        "--log-level",
        "warning",
    ]


@contextmanager
def _serving(state: Path, *, compact_early: bool = False) -> Iterator[tuple[subprocess.Popen[str], str]]:
    """A ``wawp-emulator --state`` subprocess on a free port; yields it and its root URL."""
    command = _command(state, compact_early=compact_early)
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        assert process.stdout is not None
        deadline = time.monotonic() + 30
        root = None
        while root is None:
            line = process.stdout.readline()
            assert line or process.poll() is None, "the emulator exited"
            assert time.monotonic() < deadline, "no banner within 30 s"
            if "listening on " in line:
                root = line.split("listening on ", 1)[1].strip()
        yield process, root
    finally:
        if process.poll() is None:
            process.kill()
        process.wait(timeout=10)


def test_a_second_process_on_the_same_file_exits_with_a_message(tmp_path: Path) -> None:
    state = tmp_path / "state.sqlite"
    with _serving(state) as (first, root):
        second = subprocess.run(_command(state), capture_output=True, text=True, timeout=60)
        assert second.returncode != 0
        assert "in use by another wawp-emulator" in second.stderr and f"pid {first.pid}" in second.stderr
        assert httpx.get(f"{root}/_emulator/health").status_code == 200  # the first one is unharmed


def test_the_lock_is_released_when_the_holder_dies(tmp_path: Path) -> None:
    state = tmp_path / "state.sqlite"
    with _serving(state) as (first, _):
        first.kill()
        first.wait(timeout=10)
    with Emulator(state_file=state) as emu:  # the kernel dropped the dead process's lock
        assert emu.persistence is not None


def test_in_process_emulators_share_the_rule(tmp_path: Path) -> None:
    state = tmp_path / "state.sqlite"
    with Emulator(state_file=state), pytest.raises(PersistenceError, match="in use by another wawp-emulator"):
        Emulator(state_file=state)
    Emulator(state_file=state).close()  # released on close


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"hello, I am a text file\n" * 100, "not a wawp-emulator state file"),
        (None, "SQLite database of something else"),
    ],
    ids=["not-sqlite", "other-sqlite"],
)
def test_a_foreign_file_is_refused_and_left_untouched(tmp_path: Path, content: bytes | None, message: str) -> None:
    state = tmp_path / "state.sqlite"
    if content is None:
        with sqlite3.connect(state) as db:
            db.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
            db.execute("INSERT INTO invoices VALUES (1, 9.5)")
        db.close()
    else:
        state.write_bytes(content)
    before = state.read_bytes()
    run = subprocess.run(_command(state), capture_output=True, text=True, timeout=60)
    assert run.returncode == 2 and message in run.stderr and "Traceback" not in run.stderr
    assert state.read_bytes() == before


def test_a_state_path_that_cannot_be_a_file_is_one_line_and_exit_2(tmp_path: Path) -> None:
    """A directory given as --state fails in sqlite's connect already: a one-line refusal, no traceback."""
    run = subprocess.run(_command(tmp_path), capture_output=True, text=True, timeout=60)
    assert run.returncode == 2 and "Traceback" not in run.stderr
    assert run.stderr.strip().splitlines() == [
        f"wawp-emulator: {tmp_path} cannot be opened (unable to open database file). Give --state a file path."
    ]


def _children(pid: int) -> list[int]:
    """The processes ``pid`` forked (Linux ``/proc``)."""
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        with contextlib.suppress(OSError):
            found += [int(child) for child in (task / "children").read_text().split()]
    return found


def _kill_during_sends(state: Path, *, during_compaction: bool) -> tuple[list[str], set[str]]:
    """Eight clients send until the process is killed (``during_compaction``: while its forked child is
    writing a snapshot); returns the ids answered 200 and the ids stored after a restart."""
    acknowledged: list[str] = []
    stop = threading.Event()
    children: list[int] = []
    with _serving(state, compact_early=during_compaction) as (process, root):
        api = f"{root}/wp-json/awp/v1"

        def sender(n: int) -> None:
            with httpx.Client(base_url=api, params=CREDS, timeout=10) as http:
                for i in range(10_000):  # bounded; the kill ends it far earlier
                    if stop.is_set():
                        return
                    try:
                        answer = http.post("/send", params={"chatId": "201112223334", "message": f"c{n}-{i}"})
                    except httpx.HTTPError:
                        return
                    if answer.status_code == 200:
                        acknowledged.append(answer.json()["id"])  # GOWS: the serialized id

        threads = [threading.Thread(target=sender, args=(n,)) for n in range(8)]
        for thread in threads:
            thread.start()
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if during_compaction:
                children = _children(process.pid)
                if children:
                    break
            elif len(acknowledged) >= 200:
                break
            time.sleep(0.01)
        if children:  # the sends go on while the child writes: ten more answers, then the kill
            before = len(acknowledged)
            while len(acknowledged) < before + 10 and time.monotonic() < deadline:
                time.sleep(0.001)
            assert all(Path(f"/proc/{child}").exists() for child in children), "the compaction ended too soon"
        os.kill(process.pid, signal.SIGKILL)
        stop.set()
        for thread in threads:
            thread.join(15)
    if during_compaction:
        assert children, "no compaction started within 60 s"
        deadline = time.monotonic() + 30  # the child dies of the broken pipe, it does not linger
        while any(Path(f"/proc/{child}").exists() for child in children) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not any(Path(f"/proc/{child}").exists() for child in children)
    with Emulator(state_file=state) as emu:
        stored = set(emu.instance.state(MessagesState).by_id)
    return acknowledged, stored


def test_kill_9_during_concurrent_sends_loses_no_acknowledged_write(tmp_path: Path) -> None:
    """Eight clients send until the process is killed; every send answered 200 is there after a restart."""
    acknowledged, stored = _kill_during_sends(tmp_path / "state.sqlite", during_compaction=False)
    assert len(acknowledged) >= 200
    missing = [message_id for message_id in acknowledged if message_id not in stored]
    assert missing == [], f"{len(missing)} of {len(acknowledged)} acknowledged sends lost"


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="finds the compaction's child in /proc (Linux)")
def test_kill_9_during_a_compaction_loses_no_acknowledged_write(tmp_path: Path) -> None:
    """The same while a compaction's child is writing a snapshot of a world of 20,000 messages: the
    sends go on while it runs, and the file afterwards still holds every acknowledged one."""
    state = tmp_path / "state.sqlite"
    with Emulator(state_file=state, **CREDS) as emu:
        backend = emu.instance.backend()
        with emu.world.lock:
            for n in range(20_000):
                backend.receive(f"{PEER}@c.us", body=f"stored {n}")
    acknowledged, stored = _kill_during_sends(state, during_compaction=True)
    assert len(acknowledged) >= 300  # (the compaction starts at the 300th row)
    missing = [message_id for message_id in acknowledged if message_id not in stored]
    assert missing == [], f"{len(missing)} of {len(acknowledged)} acknowledged sends lost"
    assert len(stored) >= 20_000 + len(acknowledged)


@pytest.mark.parametrize("clock", ["manual", "real"])
def test_a_crash_and_replay_reproduce_the_world_exactly(tmp_path: Path, clock: str) -> None:
    """Sends, inbound messages, reactions, a group, labels, timers: the world rebuilt from the start
    snapshot and the log emits the same events (ids, timestamps, payloads) and reads the same."""
    state = tmp_path / "state.sqlite"
    options = {"clock": RealClock() if clock == "real" else None, "state_file": state}
    first = Emulator(**options)  # type: ignore[arg-type]
    with first.client() as http:
        sent = http.post("/send", params={"chatId": PEER, "message": "hello"}).json()
        first.people.send_message(from_=PEER, body="hi back")
        first.people.react(message_id=sent["id"], reaction="👍")
        assert http.post("/labels", json={"name": "Lead", "colorHex": "#ff9485"}).status_code == 200
        group = http.post("/groups", json={"name": "Team", "participants": [{"id": "201112223336@c.us"}]})
        assert group.status_code == 200, group.text
        if clock == "manual":
            first.advance(30)  # acks, typing timers
        else:
            time.sleep(0.3)
            first.run_due()
        http.post("/send", params={"chatId": PEER, "message": "after the timers"})
        reads = _reads(http)
    events = first.events
    assert first.persistence is not None and first.persistence.logged > 5
    rows = first.persistence.entries()  # the log names no credential (the snapshot holds the accounts)
    assert not any(first.access_token in json.dumps(row) or first.instance_id in str(row.get("q")) for row in rows)
    crash(first)
    with Emulator(**options) as second, second.client() as http:  # type: ignore[arg-type]
        assert second.events == events
        assert _reads(http) == reads


def _control_world(emu: Emulator) -> dict[str, object]:
    """What the control changes set, as a test can compare it (HMAC keys and header values included)."""
    world = emu.world
    return {
        "seed": world.seed,
        "faults": [f.to_json() for f in emu.faults],
        "fault_counter": world.faults.counter,
        "fault_rng": world.faults.rng.getstate(),
        "webhooks": {i.id: [h.to_json(reveal=True) for h in i.webhooks] for i in world.instances.values()},
        "instances": [(i.id, i.name, i.engine, i.send_shape, i.account.access_token) for i in world.instances.values()],
        "accounts": list(world.accounts),
        "next_ids": (world.ids.message_raw_id(), world.rng.random()),
    }


@pytest.mark.parametrize("clock", ["manual", "real"])
def test_a_crash_after_every_control_change_replays_them_exactly(tmp_path: Path, clock: str) -> None:
    """Reset, reseed, faults added (fields and a FaultRule), fired, removed and cleared, webhooks added
    and removed, engine profiles and instances (an existing token, a new one), between sends: each is
    one log row (the snapshot is written only at start and at the reset), and the world the log rebuilds
    answers and stores what the first one did."""
    state = tmp_path / "state.sqlite"
    options = {"clock": RealClock() if clock == "real" else None, "state_file": state}
    first = Emulator(**options)  # type: ignore[arg-type]
    assert first.persistence is not None
    with first.client() as http:
        http.post("/send", params={"chatId": PEER, "message": "before the reset"})
        first.reset(11)
        saves = first.persistence.saves
        first.reseed(12)
        first.add_fault(operation="groupsList", status=503, times=1)
        first.add_fault(FaultRule(id="slow-labels", route="/labels", latency_ms=1, probability=0.5))
        first.add_fault({"operation": "sendSeen", "status": 429, "retry_after": 2})
        assert http.get("/groups").status_code == 503  # fires (and spends) the first rule
        first.remove_fault("fault-1")
        hook = first.add_webhook(
            "http://127.0.0.1:9/hook", ["message"], hmac_key="replayed-key", custom_headers={"X-Env": "replayed"}
        )
        gone = first.add_webhook("http://127.0.0.1:9/other", duplicates={"copies": 2})
        assert first.remove_webhooks(webhook_id=gone.id) == 1
        mine = first.create_instance("mine")
        first.set_engine("WEBJS", send_shape="wawp-ack", instance_id=mine.id)  # (the default one takes --engine's)
        theirs = first.create_instance("theirs", access_token="a-new-account-token")
        first.set_engine("NOWEB", instance_id=theirs.id)
        first.add_webhook("http://127.0.0.1:9/theirs", instance_id=theirs.id, hmac_key="their-key")
        http.post("/send", params={"chatId": PEER, "message": "after the changes"})
        first.people.send_message(from_=PEER, body="hi")
        first.clear_faults()
        first.add_fault(operation="groupsList", status=500)
        reads = _reads(http)
    assert first.persistence.saves == saves  # no control change rewrote the snapshot
    kinds = [row["k"] for row in first.persistence.entries()]
    assert {"seed", "fault", "webhook", "engine", "instance"} <= set(kinds)
    expected, events, hook_id = _control_world(first), first.events, hook.id
    crash(first)
    with Emulator(**options) as second, second.client() as http:  # type: ignore[arg-type]
        assert second.world.instance(mine.id) is not None and second.events == events
        assert _control_world(second) == expected
        assert [h.id for h in second.webhooks()] == [hook_id]
        again = _reads(http)  # (GET /groups answers the 500 of the rule added last, replayed)
        assert again == reads if clock == "manual" else again[2] == reads[2]  # (real time: later acks differ)


def _kill_after(state: Path, change: str) -> dict[str, object]:
    """``change`` (a webhook or a fault) through the control API of a ``--state`` server, killed with
    ``kill -9`` as soon as it answered; returns the answer."""
    with _serving(state) as (process, root):
        instance = CREDS["instance_id"]
        if change == "webhook":
            body = {"url": "http://127.0.0.1:9/hook", "hmac": {"key": "kill-9-key"}, "events": ["message"]}
            answer = httpx.post(f"{root}/_emulator/instances/{instance}/webhooks", json=body)
        else:
            answer = httpx.post(f"{root}/_emulator/faults", json={"operation": "groupsList", "status": 502})
        assert answer.status_code == 200, answer.text
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=10)
    made: dict[str, object] = answer.json()
    return made


@pytest.mark.parametrize("change", ["webhook", "fault"])
def test_kill_9_after_an_acknowledged_control_change_keeps_it(tmp_path: Path, change: str) -> None:
    state = tmp_path / "state.sqlite"
    made = _kill_after(state, change)
    with Emulator(state_file=state) as emu:
        if change == "webhook":
            assert [h.to_json() for h in emu.webhooks()] == [made]
            assert emu.webhooks()[0].hmac_key == "kill-9-key"
        else:
            assert [f.to_json() for f in emu.faults] == [made]


def _reads(http: httpx.Client) -> list[object]:
    return [
        http.get(path, params=params).json()
        for path, params in (
            (f"/chats/{PEER}@c.us/messages", {"limit": 50}),
            ("/labels", {}),
            ("/groups", {}),
            ("/chats", {}),
        )
    ]
