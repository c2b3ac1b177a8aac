"""State files written by older emulators still load: format 2 of wawp-emulator 2.0.0
(``data/state-v2.db``), format 3 (``data/state-v3.db``), format 4 (``data/state-v4.db``, rows without
checksums) and format 5 of wawp-emulator 3.0.0 (``data/state-v5.db``, the last whose timers are stored
methods), each made by ``data/make_state.py`` with that version's code. Their snapshots name the state
classes and timer methods of their layout (read today as ``scheduler.Due`` steps), and their logs replay
through today's handlers once, at the migration: the file is rewritten in today's format at start."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from test_state_file import PEER, _reads
from wawp_emulator.emulator import Emulator
from wawp_emulator.state.messages import MessagesState

DATA = Path(__file__).resolve().parent / "data"


@pytest.mark.parametrize("name", ["v2", "v3", "v4", "v5"])
def test_an_older_state_file_loads_reads_the_same_and_runs_its_timers(tmp_path: Path, name: str) -> None:
    state = tmp_path / "state.db"
    shutil.copyfile(DATA / f"state-{name}.db", state)
    expected = json.loads((DATA / f"state-{name}-reads.json").read_text())
    with Emulator(seed=7, state_file=state) as emu, emu.client() as http:
        assert len(emu.events) == expected["events"]
        assert _reads(http) == expected["reads"]
        messages = emu.instance.state(MessagesState)
        pending = [m for m in messages.by_id.values() if m.from_me and m.ack == 0]
        assert pending, "the fixture holds a send whose acks are still due"
        emu.advance(60)  # the timers stored in the snapshot run
        assert all(m.ack >= 1 for m in pending)
        assert http.post("/send", params={"chatId": PEER, "message": "after loading"}).status_code == 200
