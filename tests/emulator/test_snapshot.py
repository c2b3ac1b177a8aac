"""The JSON snapshot of ``--state``: every kind of state the emulator builds survives it, and a
snapshot cannot make the loader touch anything outside the emulator."""

from __future__ import annotations

import json

import pytest
from _sessions_world import open_emulator
from test_every_operation import _tour
from wawp_emulator.engines import ENGINE_NAMES
from wawp_emulator.snapshot import SnapshotError, decode, encode


@pytest.mark.parametrize("engine", ENGINE_NAMES)
def test_a_world_after_every_operation_round_trips(engine: str) -> None:
    with open_emulator(engine) as emu, emu.client() as http:
        _tour(emu, http)
        first = json.dumps(encode(emu.world))
        copy = decode(json.loads(first))
        assert json.dumps(encode(copy)) == first  # a fixpoint: nothing lost, nothing duplicated
        assert copy.instances.keys() == emu.world.instances.keys()
        assert list(copy.events) == list(emu.world.events)
        assert copy.ids.message_raw_id() == emu.world.ids.message_raw_id()
        assert copy.rng.random() == emu.world.rng.random()
        instance = copy.instances[emu.instance_id]
        assert instance.world is copy and all(
            state.instance is instance for state in instance.states().values() if hasattr(state, "instance")
        )


@pytest.mark.parametrize(
    "node",
    [
        {"object": "os:_wrap_close", "state": None},
        {"name": "os:system"},
        {"name": "subprocess:run"},
        {"enum": "signal:Signals", "member": "SIGKILL"},
    ],
)
def test_a_snapshot_may_name_only_the_emulators_own_code(node: dict[str, object]) -> None:
    with pytest.raises(SnapshotError, match="does not provide"):
        decode({"root": {"$": 0}, "nodes": [node]})


def test_what_a_snapshot_cannot_hold_is_refused_when_saving() -> None:
    with pytest.raises(SnapshotError):
        encode({"callback": lambda: None})
    with pytest.raises(SnapshotError):
        encode(open)
