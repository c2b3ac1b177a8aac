"""The state file's log holds what changed the world: reads append no row, the timers a read runs do."""

from __future__ import annotations

import json
import re
import time
from collections import Counter
from pathlib import Path
from typing import Any

from test_every_operation import _tour
from wawp_emulator.clock import RealClock
from wawp_emulator.emulator import Emulator
from wawp_emulator.engine_rules import bundled_rules
from wawp_emulator.persistence import Persistence
from wawp_emulator.registry import HANDLERS, Handler, Request
from wawp_emulator.snapshot import encode
from wawp_emulator.spec import load_spec
from wawp_emulator.state.sessions import SessionState
from wawp_emulator.world import World


def _world_json(world: World) -> str:
    """The world's snapshot as text, without the contacts' picture cache."""
    text = json.dumps(encode(world), sort_keys=True)
    return re.sub(r'"cached_(?:at|picture)": [^,}]*', "", text)


def test_no_get_of_the_tour_changes_the_world() -> None:
    """What lets the log skip reads: every GET handler, run on a world in every state the tour reaches,
    leaves the world as it found it (each is wrapped to compare the world's snapshot), or else moves the
    emulator's fingerprint (a state made on first use, an id drawn), which keeps its log row. A contact's
    picture cache does neither: like WAHA's in-memory cache, it need not survive a restart."""
    changed: Counter[str] = Counter()
    reads: Counter[str] = Counter()

    def watched(operation_id: str) -> Handler:
        def handler(request: Request) -> object:
            before = _world_json(request.world), emu.units.fingerprint()
            try:
                return HANDLERS[operation_id](request)
            finally:
                reads[operation_id] += 1
                if _world_json(request.world) != before[0] and emu.units.fingerprint() == before[1]:
                    changed[operation_id] += 1

        return handler

    gets = {op.operation_id for op in load_spec().operations.values() if op.method == "GET"}
    options: dict[str, Any] = {"raise_on_violation": True, "webhook_delivery": "manual"}
    emu = Emulator(handlers={op: watched(op) for op in gets}, **options)
    with emu, emu.client() as http:
        _tour(emu, http)
    # (the tour calls every GET operation; the handler of one the engine refuses never runs)
    assert set(reads) == gets - bundled_rules().refused_by(emu.engine)
    assert dict(changed) == {}


def test_reads_append_no_log_row(tmp_path: Path) -> None:
    state = tmp_path / "state.sqlite"
    with Emulator(state_file=state, webhook_delivery="manual") as emu, emu.client() as http:
        for _ in range(50):
            assert http.get("/session/info").status_code == 200
            assert http.head("/session/info").status_code == 200
        assert http.get("/session/me").status_code == 200
        http.post("/session/stop")
        rows = Persistence(state, exclusive=False).entries()
    # 101 reads, one row: the first read made the session's state (it exists from first use on)
    assert [(row["k"], row["op"]) for row in rows] == [("api", "sessionInfo"), ("api", "sessionStop")]


def test_the_timers_a_read_runs_are_logged_and_replayed(tmp_path: Path) -> None:
    """A GET on a real clock first runs the timers due (here: the session's start finishing): that
    changes the world, so it is logged, and a restart without a final snapshot replays it."""
    state = tmp_path / "state.sqlite"
    options: dict[str, Any] = {"state_file": state, "webhook_delivery": "manual", "config": {"starting_delay": 0.2}}
    first = Emulator(clock=RealClock(), **options)
    with first.client() as http:
        http.post("/session/stop")
        http.post("/session/start")
        assert first.instance.state(SessionState).status == "STARTING"
        time.sleep(0.3)  # the start's timer is due
        status = http.get("/session/info").json()["status"]
        http.get("/session/info")  # nothing due any more: no row
    rows = Persistence(state, exclusive=False).entries()
    assert [row["op"] for row in rows] == ["sessionStop", "sessionStart", "sessionInfo"]
    assert status == first.instance.state(SessionState).status != "STARTING"
    assert first.persistence is not None
    first.persistence.close()  # as a killed process leaves the file: no final snapshot
    first.persistence = None
    first.close()
    with Emulator(clock=RealClock(), **options) as second:
        assert second.instance.state(SessionState).status == status
