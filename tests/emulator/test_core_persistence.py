"""``--state FILE``: the world survives a restart."""

from __future__ import annotations

import itertools
import json
import logging
import os
import sqlite3
import threading
import time
import weakref
import zlib
from pathlib import Path
from typing import Any

import pytest
from _core import Counter, core_emulator, crash, snapshot_bytes
from wawp_emulator import persistence, snapshot, webhooks
from wawp_emulator.persistence import FORMAT, Persistence, PersistenceError
from wawp_emulator.state.sessions import SessionState

SEND = {"chatId": "201234567890@c.us", "message": "hello"}


def test_restart_loses_nothing(tmp_path: Path) -> None:
    state = tmp_path / "state.sqlite"
    with core_emulator(seed=4, state_file=state) as first:
        with first.client() as http:
            messages = [http.post("/send", params={**SEND, "message": f"m{i}"}).json() for i in range(3)]
        second_instance = first.create_instance("second", access_token="tok-2")
        first.add_webhook("http://127.0.0.1:9/hook", ["session.status"], hmac_key="k")
        first.add_fault(operation="coreChannelDelete", status=503, id="keep-me")
        second_backend = second_instance.backend()
        second_backend.apply(second_backend.sessions.restart())  # a timer: WORKING again in 2 s
        next_raw = first.world.ids.message_raw_id()
        first.reseed(4)  # make the next id predictable again
        expected_next = first.world.ids.message_raw_id()
        first.reseed(4)
        now = first.world.clock.now()
    assert next_raw  # (consumed before the reseed)

    with core_emulator(seed=999, state_file=state) as second:
        assert second.world.seed == 4 and second.world.clock.now() == now
        assert second.instance.state(Counter).sent == messages
        assert second.world.instance(second_instance.id) is not None
        assert second.world.account_for("tok-2") is not None
        assert [h.url for h in second.webhooks()] == ["http://127.0.0.1:9/hook"]
        assert second.webhooks()[0].hmac_key == "k"
        assert [f.id for f in second.faults] == ["keep-me"]
        assert second.world.ids.message_raw_id() == expected_next
        with second.client() as http:
            assert http.delete("/channels/1@newsletter").status_code == 503
        session = second.world.instances[second_instance.id].state(SessionState)
        assert session.status == "STARTING"
        second.advance(60)
        assert [(p.status, p.timestamp) for p in session.history[-2:]] == [
            ("STARTING", now * 1000),
            ("WORKING", (now + 2) * 1000),
        ]


def test_every_request_is_logged_not_snapshotted(tmp_path: Path) -> None:
    """A write appends one log row (the state it changed) before its answer, a read none; the snapshot is
    rewritten only at start and close."""
    state = tmp_path / "state.sqlite"
    with core_emulator(state_file=state) as emu:
        assert emu.persistence is not None
        saves = emu.persistence.saves
        with emu.client() as http:
            sent = http.post("/send", params=SEND).json()
            http.get("/session/info")
        assert emu.persistence.saves == saves
        entries = Persistence(state, exclusive=False).entries()  # readable while the emulator runs
        assert [(e["k"], e["op"]) for e in entries] == [("api", "coreSend")]
        # the row holds the state the send changed (the test store, whole), not the request
        assert {part[0] for part in entries[0]["d"]} >= {"store"} and "q" not in entries[0]
        stores = [part for part in entries[0]["d"] if part[0] == "store"]
        assert [part[2] for part in stores] == [f"{Counter.__module__}:{Counter.__qualname__}"]
        snapshot = Persistence(state, exclusive=False).load()  # the start snapshot, without the log
        assert snapshot.instances[emu.instance_id].state(Counter).sent == []
    with core_emulator(state_file=state) as again:
        assert again.instance.state(Counter).sent == [sent]


def test_the_log_replays_on_the_snapshot(tmp_path: Path) -> None:
    """What a crash leaves (snapshot + log, no final save) loads to the same world."""
    state = tmp_path / "state.sqlite"
    first = core_emulator(seed=3, state_file=state)
    with first.client() as http:
        sent = [http.post("/send", params={**SEND, "message": f"m{i}"}).json() for i in range(5)]
    first.advance(10)
    crash(first)
    with core_emulator(seed=3, state_file=state) as second:
        assert second.instance.state(Counter).sent == sent
        assert second.world.clock.now() == first.world.clock.now()
        assert second.world.ids.message_raw_id() == first.world.ids.message_raw_id()


def test_foreign_snapshot_is_refused(tmp_path: Path) -> None:
    state = tmp_path / "state.sqlite"
    with core_emulator(state_file=state):
        pass
    with sqlite3.connect(state) as db:
        db.execute("UPDATE snapshot SET format = 999")
    with pytest.raises(PersistenceError, match="Delete the file"):
        core_emulator(state_file=state)


def test_loaded_world_gets_the_new_default_credentials(tmp_path: Path) -> None:
    state = tmp_path / "state.sqlite"
    with core_emulator(state_file=state):
        pass
    with (
        core_emulator(state_file=state, instance_id="0123456789AB", access_token="new-token") as emu,
        emu.client() as http,
    ):
        assert http.get("/session/info").status_code == 200


def _compact_after(monkeypatch: pytest.MonkeyPatch, rows: int) -> None:
    """Compactions every ``rows`` log rows, each child taking half a second longer (so that a test
    acts while it runs)."""
    parent = os.getpid()
    snapshot_of = Persistence.snapshot_of

    def slow_in_child(self: Persistence, world: Any) -> tuple[bytes, int]:
        if os.getpid() != parent:
            time.sleep(0.5)
        return snapshot_of(self, world)

    monkeypatch.setattr(Persistence, "snapshot_of", slow_in_child)
    monkeypatch.setattr(Persistence, "compaction_due", lambda self: self._compaction is None and self.logged >= rows)


def test_a_background_compaction_keeps_the_rows_written_meanwhile(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A compaction snapshots the world as it was when due; the rows appended while its child runs stay
    in the log and replay on the new snapshot, and the sends never wait for it."""
    _compact_after(monkeypatch, 20)
    state = tmp_path / "state.sqlite"
    with core_emulator(state_file=state) as emu, emu.client() as http:
        assert emu.persistence is not None
        sent = [http.post("/send", params={**SEND, "message": f"m{i}"}).json() for i in range(20)]
        assert emu.persistence._compaction is not None  # the 20th row started one
        sent += [http.post("/send", params={**SEND, "message": f"late{i}"}).json() for i in range(5)]
        assert emu.persistence.wait_for_compaction(30)
        assert emu.persistence.compactions == 1
        rows = Persistence(state, exclusive=False).entries()
        assert [row["op"] for row in rows] == ["coreSend"] * 5  # (the five late sends' rows)
        assert all(f"late{i}" in json.dumps(row) for i, row in enumerate(rows))
        crash(emu)
    with core_emulator(state_file=state) as again:
        assert again.instance.state(Counter).sent == sent


def test_a_compaction_writes_its_snapshot_a_part_at_a_time_letting_units_run_between(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The compaction's thread holds the file for one part at a time: a send made while it is between two
    parts is stored at once (were the file held for the whole snapshot, the send would wait for it, and
    here, where the compaction's thread itself waits for the send, never finish)."""
    _compact_after(monkeypatch, 10)
    monkeypatch.setattr(persistence, "PART_BYTES", 64)  # (a small world's snapshot in many parts)
    insert = Persistence._free_slot
    between: list[int] = []
    state = tmp_path / "state.sqlite"
    with core_emulator(state_file=state) as emu, emu.client() as http:

        def send_between(self: Persistence) -> int:
            slot = insert(self)
            if threading.current_thread().name == "wawp-emulator-compaction" and not between:
                sender = threading.Thread(
                    target=lambda: between.append(http.post("/send", params={**SEND, "message": "between"}).status_code)
                )
                self._lock.release()  # (the first part's turn: let go as the thread does between parts)
                try:
                    sender.start()
                    sender.join(20)
                finally:
                    self._lock.acquire()
            return slot

        monkeypatch.setattr(Persistence, "_free_slot", send_between)
        for i in range(10):
            assert http.post("/send", params={**SEND, "message": f"m{i}"}).status_code == 200
        assert emu.persistence is not None and emu.persistence.wait_for_compaction(30)
        assert between == [200] and emu.persistence.compactions == 1
        crash(emu)
    with sqlite3.connect(state) as db:
        (parts,) = db.execute("SELECT COUNT(*) FROM snapshot_part").fetchone()
        blob = snapshot_bytes(db)
    db.close()
    assert parts == -(-len(blob) // 64) > 1  # the current snapshot's parts alone: the old ones were dropped
    with core_emulator(state_file=state) as again:
        assert "between" in [m["body"] for m in again.instance.state(Counter).sent]


def test_a_format_5_file_loads_and_is_rewritten_in_parts(tmp_path: Path) -> None:
    """Format 5 kept the snapshot's bytes in the snapshot row itself; such a file loads, and is rewritten
    as the current format at start."""
    state = tmp_path / "state.sqlite"
    with core_emulator(state_file=state) as emu, emu.client() as http:
        sent = http.post("/send", params=SEND).json()
    with sqlite3.connect(state) as db:
        blob = snapshot_bytes(db)
        checksum = persistence._snapshot_checksum(5, blob)
        db.execute("UPDATE snapshot SET format = 5, world = ?, checksum = ?, slot = NULL", (blob, checksum))
        db.execute("DELETE FROM snapshot_part")
    db.close()
    with core_emulator(state_file=state) as again:
        assert again.instance.state(Counter).sent == [sent]
    with sqlite3.connect(state) as db:
        assert db.execute("SELECT format, length(world) FROM snapshot").fetchone() == (FORMAT, 0)
        assert snapshot_bytes(db)
    db.close()


def test_a_compaction_older_than_the_last_snapshot_is_dropped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A snapshot written while a compaction runs (a reset's) is newer: the compaction's result,
    finished later, must not overwrite it."""
    _compact_after(monkeypatch, 3)
    state = tmp_path / "state.sqlite"
    with core_emulator(state_file=state) as emu, emu.client() as http:
        assert emu.persistence is not None
        for i in range(3):
            http.post("/send", params={**SEND, "message": f"m{i}"})
        job = emu.persistence._compaction
        assert job is not None
        emu.reset(77)  # a synchronous snapshot, counted before the compaction's result arrives
        assert emu.persistence.wait_for_compaction(30)
        assert emu.persistence.compactions == 0
        assert Persistence(state, exclusive=False).load().seed == 77


def test_a_format_2_file_loads_and_is_rewritten_as_the_current_format(tmp_path: Path) -> None:
    """wawp-emulator 2.0.0 wrote format 2 (the same JSON, uncompressed); it still loads."""
    state = tmp_path / "state.sqlite"
    with core_emulator(state_file=state) as emu, emu.client() as http:
        sent = http.post("/send", params=SEND).json()
    with sqlite3.connect(state) as db:
        blob = snapshot_bytes(db)
        db.execute(
            "UPDATE snapshot SET format = 2, version = '2.0.0', world = ?, checksum = NULL", (zlib.decompress(blob),)
        )
    db.close()
    with core_emulator(state_file=state) as again:
        assert again.instance.state(Counter).sent == [sent]
    with sqlite3.connect(state) as db:
        assert db.execute("SELECT format FROM snapshot").fetchone() == (FORMAT,) == (7,)
    db.close()


def test_an_older_reader_refuses_a_newer_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Formats 6 and 7 keep their snapshot in parts a format-5 emulator would not read: the older reader,
    whose formats stop at 5, refuses the file as a whole instead."""
    state = tmp_path / "state.sqlite"
    with core_emulator(state_file=state) as emu:
        emu.add_fault(operation="coreSend", status=503)
    monkeypatch.setattr(persistence, "READABLE_FORMATS", frozenset({2, 3, 4, 5}))
    monkeypatch.setattr(persistence, "FORMAT", 5)
    with pytest.raises(PersistenceError, match=r"snapshot format 7\); this is .* reads 2, 3, 4, 5\). Delete the file"):
        core_emulator(state_file=state)


def test_a_log_row_of_an_unknown_kind_refuses_the_file(tmp_path: Path) -> None:
    """A row this emulator cannot apply (a newer one's) stops the load: no world with that change missing."""
    state = tmp_path / "state.sqlite"
    first = core_emulator(state_file=state)
    assert first.persistence is not None
    first.persistence.append({"t": 0.0, "k": "api", "d": [["teleport", "elsewhere"]]})
    crash(first)
    with pytest.raises(PersistenceError, match="does not know \\('teleport'"):
        core_emulator(state_file=state)
    Persistence(state).close()  # the refused file is not held


def test_a_control_change_the_file_cannot_store_is_refused_before_it_changes_anything(tmp_path: Path) -> None:
    with core_emulator(state_file=tmp_path / "state.sqlite") as emu:
        assert emu.persistence is not None
        rows = emu.persistence.logged
        with pytest.raises(ValueError, match="a fault change holding a value a state file cannot store"):
            emu.add_fault(operation="coreSend", status=503, retry_after=float("nan"))
        assert emu.faults == [] and emu.persistence.logged == rows
        with pytest.raises(ValueError, match="must be an HTTP error status"):  # bad input: no row either
            emu.add_fault(status=200)
        assert emu.persistence.logged == rows


SECRETS = ("hmac-secret-1", "header-secret-2", "token-secret-3")


def test_the_credentials_in_control_rows_reach_no_log_message_or_error(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """A webhook's HMAC key and header value and a new account's token are in the rows of the instance
    and the account they changed (as in the snapshot), and nowhere else: not in a log message at any
    level, while they are written or loaded, nor in the error of a row that cannot be applied."""
    caplog.set_level(logging.DEBUG)
    state = tmp_path / "state.sqlite"
    first = core_emulator(state_file=state)
    hook = first.add_webhook("http://127.0.0.1:9/hook", hmac_key=SECRETS[0], custom_headers={"X-Secret": SECRETS[1]})
    other = first.create_instance("other", access_token=SECRETS[2])
    assert first.persistence is not None
    rows = json.dumps(first.persistence.entries())
    assert all(secret in rows for secret in SECRETS)
    assert not any(secret in repr(first) for secret in SECRETS)
    crash(first)
    with core_emulator(state_file=state) as second:
        assert second.webhooks()[0].hmac_key == SECRETS[0]
        assert second.world.instance(other.id) is not None
        held = snapshot.encode(hook)
    damaged = Persistence(state)
    damaged.append(  # a row that cannot be applied: an instance the file does not hold
        {"t": 0.0, "k": "webhook", "d": [["instance", "FFFFFFFFFFFF", held], ["store", "FFFFFFFFFFFF", "x:y", held]]}
    )
    damaged.close()
    with pytest.raises(PersistenceError) as refused:
        core_emulator(state_file=state)
    assert "log row seq" in str(refused.value)
    assert not any(secret in str(refused.value) or secret in caplog.text for secret in SECRETS)


def test_a_reset_frees_the_old_world(tmp_path: Path) -> None:
    """With a state file the world lives in the collector's permanent generation; a reset hands the old
    one back, so it is freed instead of staying in memory for good (hundreds of MB at 100,000 messages)."""
    with core_emulator(state_file=tmp_path / "state.sqlite") as emu, emu.client() as http:
        http.post("/send", params=SEND)
        old = weakref.ref(emu.world)
        emu.reset()
        assert old() is None


def test_a_new_state_file_and_its_log_are_private(tmp_path: Path) -> None:
    """The file holds tokens and HMAC keys: a file the emulator creates (and SQLite's WAL beside it) is
    its owner's alone; a file that exists keeps its mode."""
    state = tmp_path / "state.sqlite"
    with core_emulator(state_file=state) as emu:
        emu.add_webhook("http://127.0.0.1:9/hook", hmac_key="k")
        for path in (state, state.with_name(state.name + "-wal")):
            assert path.stat().st_mode & 0o777 == 0o600, path
    shared = tmp_path / "shared.sqlite"
    shared.touch(mode=0o640)
    shared.chmod(0o640)
    with core_emulator(state_file=shared):
        assert shared.stat().st_mode & 0o777 == 0o640


def test_a_webhook_added_after_a_restart_gets_an_id_of_its_own(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Webhook ids are numbered per process; a loaded world may hold the next one already."""
    state = tmp_path / "state.sqlite"
    with core_emulator(state_file=state) as first:
        kept = first.add_webhook("http://127.0.0.1:9/kept")
    monkeypatch.setattr(webhooks, "_hook_ids", itertools.count(int(kept.id[3:])))  # (as a new process numbers them)
    with core_emulator(state_file=state) as second:
        added = second.add_webhook("http://127.0.0.1:9/added")
        assert added.id != kept.id
        assert second.remove_webhooks(webhook_id=kept.id) == 1
        assert [h.url for h in second.webhooks()] == ["http://127.0.0.1:9/added"]


def test_the_wal_is_checkpointed_beside_the_units_never_inside_a_commit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLite's own checkpoint would run inside the commit that crossed its mark (a unit waiting for
    megabytes copied): it is off, and a thread copies the WAL into the file every CHECKPOINT_BYTES."""
    monkeypatch.setattr(persistence, "CHECKPOINT_BYTES", 2_000)
    state = tmp_path / "state.sqlite"
    with core_emulator(state_file=state) as emu:
        store = emu.persistence
        assert store is not None
        assert store._db.execute("PRAGMA wal_autocheckpoint").fetchone() == (0,)
        with emu.client() as http:
            for i in range(3):
                assert http.post("/send", params={**SEND, "message": f"m{i}"}).status_code == 200
        beside = store._checkpointer
        assert beside is not None
        beside.join(10)
        # (the file alone, without its WAL, holds the rows the thread copied: none was there at start)
        alone = tmp_path / "alone.sqlite"
        alone.write_bytes(state.read_bytes())
        with sqlite3.connect(alone) as reader:
            (rows,) = reader.execute("SELECT COUNT(*) FROM log").fetchone()
        reader.close()
        assert rows >= 1
