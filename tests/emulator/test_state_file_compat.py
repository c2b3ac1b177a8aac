"""A state file written by wawp-emulator 2.0.0 (``data/state-v2.db``, made by ``data/make_state_v2.py``
with that version's code) still loads: the snapshot names the state classes and timer methods of that
layout, and its log replays through today's handlers."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from test_state_file import PEER, _reads
from wawp_emulator.emulator import Emulator
from wawp_emulator.state.messages import MessagesState

DATA = Path(__file__).resolve().parent / "data"


def test_a_state_file_of_2_0_0_loads_reads_the_same_and_runs_its_timers(tmp_path: Path) -> None:
    state = tmp_path / "state.db"
    shutil.copyfile(DATA / "state-v2.db", state)
    expected = json.loads((DATA / "state-v2-reads.json").read_text())
    with Emulator(seed=7, state_file=state) as emu, emu.client() as http:
        assert len(emu.events) == expected["events"]
        assert _reads(http) == expected["reads"]
        messages = emu.instance.state(MessagesState)
        pending = [m for m in messages.by_id.values() if m.from_me and m.ack == 0]
        assert pending, "the fixture holds a send whose acks are still due"
        emu.advance(60)  # the timers stored in the snapshot run
        assert all(m.ack >= 1 for m in pending)
        assert http.post("/send", params={"chatId": PEER, "message": "after loading"}).status_code == 200
