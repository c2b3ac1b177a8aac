"""Acknowledged <=> kept, when the state file misbehaves: a lock another program holds, a file-size
limit, a row changed on disk, a SIGTERM (what ``docker stop`` sends) and a WAL deleted underneath.
Each ends with every acknowledged send present with its own text, or a clear refusal, and no failed
send visible."""

from __future__ import annotations

import os
import resource
import shutil
import signal
import sqlite3
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest
from _core import crash
from test_every_operation import _tour
from test_state_file import CREDS, PEER, _command
from wawp_emulator.emulator import STORAGE_ERROR, Emulator
from wawp_emulator.persistence import Persistence, PersistenceError, StorageUnavailable
from wawp_emulator.registry import ApiError
from wawp_emulator.state.messages import MessagesState

SIZE_LIMIT = 400_000
"""RLIMIT_FSIZE of the size-limited emulator (bytes): room for its first snapshot, not for a few hundred sends."""


@contextmanager
def _server(state: Path, preexec: Callable[[], None] | None = None) -> Iterator[tuple[subprocess.Popen[str], str]]:
    """A ``wawp-emulator --state`` subprocess (``preexec`` runs in the child before it starts); yields it
    and its API base URL."""
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    process = subprocess.Popen(
        _command(state), stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env, preexec_fn=preexec
    )
    try:
        assert process.stdout is not None
        root = None
        while root is None:
            line = process.stdout.readline()
            assert line, "the emulator exited before its banner"
            if "listening on " in line:
                root = line.split("listening on ", 1)[1].strip()
        yield process, f"{root}/wp-json/awp/v1"
    finally:
        if process.poll() is None:
            process.kill()
        process.wait(timeout=10)


def _send(http: httpx.Client, text: str) -> httpx.Response:
    return http.post("/send", params={"chatId": PEER, "message": text})


def _visible(http: httpx.Client) -> dict[str, str]:
    """Message id -> text of the chat, as the API shows it."""
    answer = http.get(f"/chats/{PEER}@c.us/messages", params={"limit": 1000})
    assert answer.status_code == 200, answer.text
    return {row["id"]: row["body"] for row in answer.json() if row.get("fromMe")}


def _settled(http: httpx.Client) -> httpx.Client:
    """``http`` once the server answers again after a storage failure (it reloads its world from the
    file in the background, answering 503 meanwhile; bounded)."""
    for _ in range(600):
        if http.get("/session/info").status_code != 503:
            return http
        time.sleep(0.05)
    raise AssertionError("the emulator still answers 503 after 30 s")


def _stored(state: Path) -> dict[str, str | None]:
    """Message id -> text of the default instance after a restart on ``state``."""
    with Emulator(state_file=state, **CREDS) as emu:
        return {m.id: m.body for m in emu.instance.state(MessagesState).by_id.values() if m.from_me}


def _sent_id(answer: httpx.Response) -> str:
    body = answer.json()
    return str(body["id"] if isinstance(body["id"], str) else body["id"]["_serialized"])


def _acknowledged(http: httpx.Client, texts: list[str], into: dict[str, str]) -> None:
    """Send each of ``texts``, each answered 200; ``into`` maps the ids to their texts."""
    for text in texts:
        answer = _send(http, text)
        assert answer.status_code == 200, answer.text
        into[_sent_id(answer)] = text


def test_a_lock_held_by_another_program_answers_503_and_loses_nothing(tmp_path: Path) -> None:
    """While another program holds the file's write lock, sends answer 503 (after at most the busy
    timeout) and change nothing; the sends acknowledged before and after survive ``kill -9`` with
    their own text, ids included (no failed send drew one)."""
    state = tmp_path / "state.sqlite"
    acknowledged: dict[str, str] = {}
    with _server(state) as (process, api), httpx.Client(base_url=api, params=CREDS, timeout=30) as http:
        _acknowledged(http, [f"before {i}" for i in range(5)], acknowledged)
        other = sqlite3.connect(state, isolation_level=None)
        other.execute("BEGIN EXCLUSIVE")
        refused = [_send(http, f"during {i}") for i in range(10)]
        other.execute("ROLLBACK")
        other.close()
        assert {answer.status_code for answer in refused} == {503}
        assert refused[0].json()["code"] == STORAGE_ERROR
        assert "write lock" in refused[0].json()["message"]
        assert refused[0].headers["retry-after"] == "1"
        _acknowledged(http, [f"after {i}" for i in range(5)], acknowledged)
        assert _visible(http) == acknowledged
        os.kill(process.pid, signal.SIGKILL)
    assert _stored(state) == acknowledged


def _limit_file_size() -> None:
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # (a write past the limit fails instead of killing)
    resource.setrlimit(resource.RLIMIT_FSIZE, (SIZE_LIMIT, SIZE_LIMIT))


def test_a_file_size_limit_answers_503_and_the_failed_sends_stay_invisible(tmp_path: Path) -> None:
    """Under a file-size limit the sends that cannot be stored answer 503 and leave no trace, neither in
    the answers that follow nor after a SIGTERM (the stop stores what it can) and a restart."""
    state = tmp_path / "state.sqlite"
    acknowledged: dict[str, str] = {}
    failed = 0
    with (
        _server(state, _limit_file_size) as (process, api),
        httpx.Client(base_url=api, params=CREDS, timeout=30) as http,
    ):
        for i in range(2000):  # bounded; the limit is reached far earlier
            answer = _send(http, f"send {i}")
            if answer.status_code == 200:
                acknowledged[_sent_id(answer)] = f"send {i}"
                continue
            assert answer.status_code == 503, answer.text
            assert answer.json()["code"] == STORAGE_ERROR
            failed += 1
            if failed == 5:
                break
        assert failed == 5 and len(acknowledged) > 10
        assert _visible(_settled(http)) == acknowledged
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=30)
    assert _stored(state) == acknowledged


def test_a_changed_row_refuses_the_file_naming_it(tmp_path: Path) -> None:
    """One byte changed in one log row (still valid JSON) or in the snapshot: the file is refused with
    the row's place and what to do, never loaded with the row skipped or another message's text."""
    state = tmp_path / "state.sqlite"
    first = Emulator(state_file=state, **CREDS)
    with first.client() as http:
        for i in range(5):
            assert _send(http, f"text {i}").status_code == 200
    crash(first)
    with sqlite3.connect(state) as db:
        seq, entry = db.execute("SELECT seq, entry FROM log WHERE entry LIKE '%text 3%'").fetchone()
        db.execute("UPDATE log SET entry = ? WHERE seq = ?", (entry.replace("text 3", "text 4"), seq))
    db.close()
    with pytest.raises(PersistenceError, match=rf"the log row seq {seq} \(table log\) does not match its checksum"):
        Emulator(state_file=state, **CREDS)
    with sqlite3.connect(state) as db:
        db.execute("UPDATE log SET entry = ? WHERE seq = ?", (entry, seq))
        slot, last = db.execute("SELECT slot, MAX(n) FROM snapshot_part GROUP BY slot").fetchone()
        (part,) = db.execute("SELECT data FROM snapshot_part WHERE slot = ? AND n = ?", (slot, last)).fetchone()
        changed = part[:-1] + bytes([part[-1] ^ 1])
        db.execute("UPDATE snapshot_part SET data = ? WHERE slot = ? AND n = ?", (changed, slot, last))
    db.close()
    with pytest.raises(PersistenceError, match=r"the snapshot \(table snapshot, row id 1\) does not match") as refused:
        Emulator(state_file=state, **CREDS)
    assert "restore it from a backup, or delete it" in str(refused.value)


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_after_a_stop_signal_the_file_alone_holds_the_world(tmp_path: Path, stop: signal.Signals) -> None:
    """SIGTERM (``docker stop``) or SIGINT (Ctrl-C) stops the server cleanly: the WAL is copied into the
    file, so a copy of the file alone (no ``-wal``) starts the whole world."""
    state = tmp_path / "state.sqlite"
    acknowledged: dict[str, str] = {}
    with _server(state) as (process, api), httpx.Client(base_url=api, params=CREDS, timeout=30) as http:
        _acknowledged(http, [f"kept {i}" for i in range(20)], acknowledged)
        process.send_signal(stop)
        process.wait(timeout=30)
    alone = tmp_path / "copy" / "state.sqlite"
    alone.parent.mkdir()
    shutil.copyfile(state, alone)
    assert _stored(alone) == acknowledged


def test_a_wal_deleted_while_running_loses_nothing(tmp_path: Path) -> None:
    """The WAL deleted under a running emulator: its content is written into the file at the next change
    and a new WAL started, so the sends before and after it survive ``kill -9``."""
    state = tmp_path / "state.sqlite"
    wal = state.with_name(state.name + "-wal")
    acknowledged: dict[str, str] = {}
    with _server(state) as (process, api), httpx.Client(base_url=api, params=CREDS, timeout=30) as http:
        _acknowledged(http, [f"kept {i}" for i in range(10)], acknowledged)
        wal.unlink()
        _acknowledged(http, [f"kept {i}" for i in range(10, 20)], acknowledged)
        assert wal.exists()
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=10)
        assert process.stdout is not None
        assert "was deleted or replaced while the emulator ran" in process.stdout.read()
    assert _stored(state) == acknowledged


def test_another_programs_write_is_seen_and_the_world_reloaded(tmp_path: Path) -> None:
    """Another program commits to the file under a running emulator: the next change answers 503 and
    the world is reloaded from the file; one that leaves a damaged row keeps every change answering
    503 (never a world with the row skipped) until the file is repaired."""
    state = tmp_path / "state.sqlite"
    with Emulator(state_file=state, **CREDS) as emu, emu.client() as http:
        assert _send(http, "first").status_code == 200
        with sqlite3.connect(state) as other:
            other.execute("UPDATE snapshot SET saved_at = saved_at + 1")  # another program's commit, harmless
        other.close()
        answer = _send(http, "second")
        assert answer.status_code == 503 and "changed by another program" in answer.json()["message"]
        assert emu.wait_for_reload()  # (the world is rebuilt from the file off the event loop)
        assert _send(http, "third").status_code == 200
        with sqlite3.connect(state) as other:
            (seq,) = other.execute("SELECT MAX(seq) FROM log").fetchone()
            other.execute("UPDATE log SET checksum = 'x' WHERE seq = ?", (seq,))
        other.close()
        assert _send(http, "fourth").status_code == 503
        assert not emu.wait_for_reload()
        again = _send(http, "fifth")
        assert again.status_code == 503 and f"log row seq {seq}" in again.json()["message"]
        texts = sorted(m.body or "" for m in emu.instance.state(MessagesState).by_id.values() if m.from_me)
        assert texts == ["first", "third"]


def test_a_busy_file_lets_nothing_run_and_logs_once(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """In process: a locked file fails each change before it runs (no id drawn, no timer scheduled) and
    the outage is logged once, its end once."""
    state = tmp_path / "state.sqlite"
    with Emulator(state_file=state, **CREDS) as emu, emu.client() as http:
        read = "/session/info"
        assert http.get(read).status_code == 200  # (its first run creates the stores it reads; stored)
        other = sqlite3.connect(state, isolation_level=None)
        other.execute("BEGIN EXCLUSIVE")
        position, timers = emu.world.ids.position(), len(emu.world.scheduler)
        assert [_send(http, f"m{i}").status_code for i in range(20)] == [503] * 20
        assert (emu.world.ids.position(), len(emu.world.scheduler)) == (position, timers)
        assert http.get(read).status_code == 200  # a read that changes nothing is served meanwhile
        world = emu.world
        with pytest.raises(ApiError) as reset:
            emu.reset()
        assert reset.value.status == 503 and emu.world is world  # a reset the file cannot store did not happen
        other.execute("ROLLBACK")
        other.close()
        assert _send(http, "after").status_code == 200
    failures = [r for r in caplog.records if "could not be used" in r.getMessage()]
    assert len(failures) == 1
    assert any("works again" in r.getMessage() for r in caplog.records)


def test_no_log_line_or_error_names_a_credential_of_an_account(tmp_path: Path) -> None:
    """An account's repr (in a log line or an error, e.g. a lookup that fails) shows no token or instance id."""
    with Emulator(state_file=tmp_path / "state.sqlite", **CREDS) as emu:
        account = emu.instance.account
        assert CREDS["access_token"] not in repr(account)
        assert CREDS["instance_id"] not in repr(account)
        with pytest.raises(ValueError) as missing:
            [object()].index(account)
        assert CREDS["access_token"] not in str(missing.value)


def test_every_unit_of_the_tour_loads_as_it_ended(tmp_path: Path) -> None:
    """Every operation of the API once (the tour), crashed before any compaction: the world loaded from
    the snapshot and the rows holds the same events (``test_state_deltas.py`` compares whole worlds)."""
    state = tmp_path / "state.sqlite"
    first = Emulator(seed=7, state_file=state)
    with first.client() as http:
        _tour(first, http)
    assert first.persistence is not None and first.persistence.logged > 50
    events = first.events
    crash(first)
    with Emulator(seed=7, state_file=state) as again:
        assert again.events == events


def test_a_snapshot_relabelled_as_an_older_format_is_refused(tmp_path: Path) -> None:
    """Format 4 had no checksums; a format-5 file whose snapshot is relabelled 4 (to skip the checks)
    still carries them, and is refused rather than loaded unchecked."""
    state = tmp_path / "state.sqlite"
    first = Emulator(state_file=state, **CREDS)
    with first.client() as http:
        _acknowledged(http, ["one"], {})
    crash(first)
    with sqlite3.connect(state) as db:
        db.execute("UPDATE snapshot SET format = 4")
    db.close()
    with pytest.raises(PersistenceError, match=r"the snapshot \(table snapshot, row id 1\) does not match"):
        Emulator(state_file=state, **CREDS)


CONTROL_READS = ("/_emulator/state/instances", "/_emulator/clock", "/_emulator/journal/events", "/_emulator/faults")


def test_control_reads_during_a_reload_never_show_the_change_that_failed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A control change whose row cannot be stored answers 503, and the world is reloaded from the file.
    Until that ends, the control API's plain reads answer 503 like API requests (the world in memory
    still holds the change), health keeps answering, and afterwards the change is nowhere."""
    release = threading.Event()
    read = Persistence.read

    def slow_read(self: Persistence) -> Any:
        release.wait(20)
        return read(self)

    def failing_commit(self: Persistence, entry: dict[str, Any] | None) -> None:
        self.rollback()
        raise StorageUnavailable("the disk is full (test)", changed=True)

    with (
        Emulator(state_file=tmp_path / "state.sqlite", **CREDS) as emu,
        httpx.Client(transport=emu.transport(), base_url="http://127.0.0.1") as control,
    ):
        monkeypatch.setattr(Persistence, "read", slow_read)
        with monkeypatch.context() as failing:
            failing.setattr(Persistence, "commit", failing_commit)
            refused = control.post("/_emulator/instances", json={"name": "never kept"})
        assert refused.status_code == 503 and refused.json()["code"] == STORAGE_ERROR
        for path in (*CONTROL_READS, f"/_emulator/instances/{emu.instance_id}/webhooks"):
            seen = control.get(path)
            assert seen.status_code == 503, (path, seen.text)
            assert seen.json()["code"] == STORAGE_ERROR and seen.headers["retry-after"] == "1"
        assert control.get("/_emulator/health").status_code == 200
        release.set()
        assert emu.wait_for_reload()
        described = control.get("/_emulator/state/instances")
        assert described.status_code == 200 and "never kept" not in described.text
