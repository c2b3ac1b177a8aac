"""Units the event loop runs itself with a state file (``waits.py``, ``Units._grouped``): those run before
the loop turns share one row and one commit, none is answered before that commit, a group that cannot be
stored keeps none of its units, and a unit that would wait for a lock goes to the world thread instead of
stopping the loop.

Concurrent requests come from one ``httpx.AsyncClient`` on the app in the test's own event loop, so the
units of ``asyncio.gather``'d requests run in one turn of it (the way sixteen clients' requests do when
they arrive together)."""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path
from typing import Any

import httpx
import pytest
from test_state_deltas import loaded, world_bytes
from test_state_file import CREDS, PEER
from wawp_emulator.emulator import STORAGE_ERROR, Emulator
from wawp_emulator.persistence import Persistence, StorageUnavailable
from wawp_emulator.state.messages import MessagesState
from wawp_emulator.units import Units


def _sends(http: httpx.AsyncClient, texts: list[str]) -> Any:
    return asyncio.gather(*(http.post("/send", params={"chatId": PEER, "message": text}) for text in texts))


def _texts(emu: Emulator) -> set[str]:
    return {m.body for m in emu.instance.state(MessagesState).by_id.values() if m.from_me and m.body}


def test_units_of_one_loop_turn_share_a_row_and_each_is_kept(tmp_path: Path) -> None:
    """Eight sends arriving together: one row holds them all (each part once), the file loads into the
    world that answered, and after a restart every acknowledged send is there with its own text."""
    state = tmp_path / "state.sqlite"
    texts = [f"together {n}" for n in range(8)]

    async def send_all(emu: Emulator) -> list[httpx.Response]:
        async with emu.async_client() as http:
            return list(await _sends(http, texts))

    with Emulator(state_file=state, **CREDS) as emu:
        assert emu.persistence is not None
        rows_before = len(emu.persistence.entries())
        answers = asyncio.run(send_all(emu))
        assert [a.status_code for a in answers] == [200] * 8, [a.text for a in answers]
        rows = emu.persistence.entries()[rows_before:]
        assert len(rows) == 1 and rows[0]["k"] == "units", rows
        assert world_bytes(loaded(state)) == world_bytes(emu.world)
    with Emulator(state_file=state, **CREDS) as again:
        assert set(texts) <= _texts(again)


def test_a_group_that_cannot_be_stored_answers_503_to_each_of_its_units_and_keeps_none(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The commit of a group fails (a full disk): every unit in it answers 503, reads that joined it
    too (they saw its changes), and none of its sends is visible then or after a restart."""
    state = tmp_path / "state.sqlite"

    def failing_commit(self: Persistence, entry: dict[str, Any] | str | None) -> None:
        self.rollback()
        raise StorageUnavailable("the disk is full (test)", changed=True)

    async def sends_and_a_read(emu: Emulator) -> list[httpx.Response]:
        async with emu.async_client() as http:
            read = http.get(f"/chats/{PEER}@c.us/messages", params={"limit": 100})
            return list(await asyncio.gather(_sends(http, ["lost 1", "lost 2", "lost 3"]), read))

    with Emulator(state_file=state, **CREDS) as emu:
        with monkeypatch.context() as failing:
            failing.setattr(Persistence, "commit", failing_commit)
            sends, read = asyncio.run(sends_and_a_read(emu))
        for answer in (*sends, read):
            assert answer.status_code == 503 and answer.json()["code"] == STORAGE_ERROR, answer.text
        assert emu.wait_for_reload()
        assert not {"lost 1", "lost 2", "lost 3"} & _texts(emu)
    with Emulator(state_file=state, **CREDS) as again:
        assert not {"lost 1", "lost 2", "lost 3"} & _texts(again)


def test_no_unit_of_a_group_is_answered_before_its_row_is_stored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each answer of a group leaves after the group's commit (recorded as the commit runs)."""
    events: list[str] = []
    commit = Persistence.commit

    def recorded_commit(self: Persistence, entry: dict[str, Any] | str | None) -> None:
        commit(self, entry)
        events.append("commit")

    async def run(emu: Emulator) -> None:
        async with emu.async_client() as http:

            async def send(text: str) -> None:
                answer = await http.post("/send", params={"chatId": PEER, "message": text})
                assert answer.status_code == 200
                events.append("answer")

            await asyncio.gather(*(send(f"ordered {n}") for n in range(4)))

    with Emulator(state_file=tmp_path / "state.sqlite", **CREDS) as emu:
        monkeypatch.setattr(Persistence, "commit", recorded_commit)
        asyncio.run(run(emu))
    assert events == ["commit", "answer", "answer", "answer", "answer"], events


def test_a_unit_that_would_wait_for_the_world_goes_to_the_world_thread(tmp_path: Path) -> None:
    """While another thread holds the world, a send is handed to the world thread (it waits there) and
    the event loop goes on answering health; the send is answered, and kept, once the world is free."""
    state = tmp_path / "state.sqlite"
    held, release, let_go = threading.Event(), threading.Event(), threading.Event()

    def hold(emu: Emulator) -> None:
        with emu.world.lock:
            held.set()
            release.wait(10)
        let_go.set()

    async def run(emu: Emulator) -> tuple[int, bool, int]:
        async with emu.async_client() as http:
            send = asyncio.ensure_future(http.post("/send", params={"chatId": PEER, "message": "waited"}))
            await asyncio.sleep(0.1)  # (the send has run as far as it can: waiting, not stopping the loop)
            health = await http.get(emu.base_url.removesuffix(emu.spec.base_path) + "/_emulator/health")
            still_held = not let_go.is_set()
            release.set()
            return health.status_code, still_held, (await send).status_code

    with Emulator(state_file=state, **CREDS) as emu:
        holder = threading.Thread(target=hold, args=(emu,))
        holder.start()
        assert held.wait(10)
        health, still_held, sent = asyncio.run(run(emu))
        holder.join()
        assert (health, still_held, sent) == (200, True, 200)
    with Emulator(state_file=state, **CREDS) as again:
        assert "waited" in _texts(again)


def test_the_completeness_check_sees_groups(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A group's row is checked like a unit's (``test_state_deltas.checked_units`` hooks
    ``Units._end_group``): the hook exists under that name and runs once per group."""
    ended: list[int] = []
    end_group = Units._end_group

    def counted(self: Units) -> None:
        assert self.group is not None
        ended.append(len(self.group.units))
        end_group(self)

    monkeypatch.setattr(Units, "_end_group", counted)

    async def run(emu: Emulator) -> None:
        async with emu.async_client() as http:
            await _sends(http, ["a", "b", "c"])

    with Emulator(state_file=tmp_path / "state.sqlite", **CREDS) as emu:
        asyncio.run(run(emu))
    assert ended == [3]
