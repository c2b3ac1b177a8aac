"""``--state FILE``: the world survives a restart."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from _core import FIRED, Counter, core_emulator
from wawp_emulator.persistence import Persistence, PersistenceError

SEND = {"chatId": "201234567890@c.us", "message": "hello"}


def test_restart_loses_nothing(tmp_path: Path) -> None:
    state = tmp_path / "state.sqlite"
    FIRED.clear()
    with core_emulator(seed=4, state_file=state) as first:
        with first.client() as http:
            messages = [http.post("/send", params={**SEND, "message": f"m{i}"}).json() for i in range(3)]
        second_instance = first.create_instance("second", access_token="tok-2")
        first.add_webhook("http://127.0.0.1:9/hook", ["session.status"], hmac_key="k")
        first.add_fault(operation="coreChannelDelete", status=503, id="keep-me")
        first.world.scheduler.after(30, "_core:record", "after-restart")
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
        second.advance(60)
        assert [("after-restart", now + 30)] == FIRED


def test_every_request_is_logged_not_snapshotted(tmp_path: Path) -> None:
    """A write appends one log row before its answer, a read none; the snapshot is rewritten only at start
    and close."""
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
        assert "access_token" not in entries[0]["q"] and "instance_id" not in entries[0]["q"]
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
    assert first.persistence is not None
    first.persistence.close()  # the lock and the file, as a killed process leaves them: no final snapshot
    first.persistence = None
    first.close()
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
