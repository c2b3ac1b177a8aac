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


def test_every_changing_request_is_saved(tmp_path: Path) -> None:
    state = tmp_path / "state.sqlite"
    with core_emulator(state_file=state) as emu:
        assert emu.persistence is not None
        saves = emu.persistence.saves
        with emu.client() as http:
            http.post("/send", params=SEND)
            assert emu.persistence.saves == saves + 1
            http.get("/session/info")  # a read saves nothing
            assert emu.persistence.saves == saves + 1
        reopened = Persistence(state, exclusive=False).load()  # readable while the emulator runs
        assert len(reopened.instances[emu.instance_id].state(Counter).sent) == 1


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
