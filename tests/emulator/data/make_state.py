"""Writes ``state-NAME.db`` and ``state-NAME-reads.json``: a state file saved by an older wawp-emulator.

Run once with that version's code (``PYTHONPATH=tests/emulator python tests/emulator/data/make_state.py v2``
with 2.0.0's, ``... v3`` with the code that wrote format 3: ``state-v3.db``, ``... v4`` with the code that
wrote format 4, the last without checksums: ``state-v4.db``; ``... v5`` with 3.0.0's, the last whose timers
are stored methods: ``state-v5.db``; ``PYTHONPATH`` finds the tour it replays); the
files are committed so that ``test_state_file_compat.py`` loads what an older emulator wrote, not what the
current code writes.
The world holds every kind of state (the every-operation tour), pending timers (acks, QR rotation)
and log rows after the snapshot.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from test_every_operation import _tour
from test_state_file import PEER, _reads
from wawp_emulator.emulator import Emulator

HERE = Path(__file__).resolve().parent


def main(name: str) -> None:
    state = HERE / f"state-{name}.db"
    reads_file = HERE / f"state-{name}-reads.json"
    for path in (state, state.with_name(state.name + ".lock")):
        path.unlink(missing_ok=True)
    with Emulator(seed=7, state_file=state) as emu, emu.client() as http:
        _tour(emu, http)
        http.post("/send", params={"chatId": PEER, "message": "ack pending in the snapshot"})
    second = Emulator(seed=7, state_file=state)
    with second.client() as http:
        http.post("/send", params={"chatId": PEER, "message": "in the log"})
        second.act(None, "message.inbound", **{"from": PEER, "body": "also in the log"})
        reads = _reads(http)
    assert second.persistence is not None
    second.persistence.close()  # as a crash leaves it: snapshot + log rows
    second.persistence = None
    second.close()
    state.with_name(state.name + ".lock").unlink(missing_ok=True)
    facts = {"reads": reads, "events": len(second.events)}
    reads_file.write_text(json.dumps(facts, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv[1])
