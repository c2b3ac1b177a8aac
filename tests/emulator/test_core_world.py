"""World, ids, scheduler, clock and event bus (no HTTP)."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from wawp_emulator.clock import ManualClock, RealClock
from wawp_emulator.scheduler import Due, Scheduler
from wawp_emulator.snapshot import SnapshotError, allow_module, decode, encode
from wawp_emulator.state.sessions import SessionState
from wawp_emulator.world import Instance, World

allow_module(__name__)  # Ticker is stored with the world


class Ticker:
    """A store of this test module (per-instance state, created on first use)."""

    def __init__(self, world: World, instance: Any) -> None:
        self.world = world


def _round_trip(world: World) -> World:
    """The world as the state file stores and loads it (through JSON, as written to disk)."""
    restored: World = decode(json.loads(json.dumps(encode(world))))
    return restored


def test_ids_have_the_documented_shapes() -> None:
    world = World(seed=1)
    ids = world.ids
    assert re.fullmatch(r"[0-9A-F]{12}", ids.instance_id())
    assert re.fullmatch(r"3EB0[0-9A-F]{16}", ids.message_raw_id())
    assert re.fullmatch(r"evt_[0-9a-hjkmnp-tv-z]{26}", ids.event_id())
    assert re.fullmatch(r"1203630[0-9]{11}@g\.us", ids.group_id())
    assert re.fullmatch(r"1203630[0-9]{11}@newsletter", ids.channel_id())
    assert re.fullmatch(r"1[0-9]{14}@lid", ids.lid())
    assert re.fullmatch(r"true_1@c\.us_3EB0[0-9A-F]{16}", ids.message_id(True, "1@c.us", ids.message_raw_id()))


def test_ids_are_seeded_and_event_ids_sort_by_time() -> None:
    a, b, c = World(seed=5), World(seed=5), World(seed=6)
    assert [a.ids.message_raw_id() for _ in range(3)] == [b.ids.message_raw_id() for _ in range(3)]
    assert a.ids.message_raw_id() != c.ids.message_raw_id()
    clock = ManualClock()
    world = World(seed=1, clock=clock)
    events = []
    for _ in range(5):
        events.append(world.ids.event_id())
        events.append(world.ids.event_id())  # same millisecond: still increasing
        clock.advance(0.001)
    assert events == sorted(events) and len(set(events)) == len(events)


def test_the_scheduler_keeps_due_steps_as_data_in_time_order() -> None:
    scheduler = Scheduler()
    steps = [Due(5.0, "I", "b"), Due(2.0, "I", "a", ("k", 1)), Due(20.0, "I", "later")]
    for due in steps:
        scheduler.at(due)
    assert [job["callback"] for job in scheduler.pending()] == ["a", "b", "later"]
    assert scheduler.pop_due(10.0) == steps[1] and scheduler.pop_due(10.0) == steps[0]
    assert scheduler.pop_due(10.0) is None and scheduler.next_due == 20.0 and len(scheduler) == 1


def _starting_world() -> tuple[World, Instance]:
    """An instance whose session starts (timers at +2 s: QR shown; then a QR rotation every 20 s)."""
    world = World(seed=0, config={"initial_status": "STOPPED"})
    instance = world.create_instance(world.add_account("t"), instance_id="ABCDEFABCDEF")
    backend = instance.backend()
    backend.apply(backend.sessions.start())
    return world, instance


def test_advance_hands_each_due_step_to_its_backend_at_its_own_time() -> None:
    world, instance = _starting_world()
    t0 = world.clock.now()
    assert world.advance(30) == 2  # started at +2, the QR rotated at +22
    session = instance.state(SessionState)
    assert [(p.status, p.timestamp) for p in session.history[-3:]] == [
        ("STARTING", t0 * 1000),
        ("SCAN_QR_CODE", (t0 + 2) * 1000),
        ("SCAN_QR_CODE", (t0 + 22) * 1000),
    ]
    assert world.clock.now() == t0 + 30


def test_timers_survive_the_snapshot_as_data() -> None:
    world, instance = _starting_world()
    restored: World = _round_trip(world)
    assert [job["callback"] for job in restored.scheduler.pending()] == ["session.started"]
    restored.advance(5)
    assert restored.instances["ABCDEFABCDEF"].state(SessionState).status == "SCAN_QR_CODE"
    assert instance.state(SessionState).status == "STARTING"  # the original world is untouched


def test_a_step_that_fails_is_logged_and_does_not_stop_the_others(caplog: pytest.LogCaptureFixture) -> None:
    world, instance = _starting_world()
    world.scheduler.at(Due(world.clock.now() + 1, instance.id, "no.such.step"))
    world.scheduler.at(Due(world.clock.now() + 1, "GONE00000000", "session.started", (1,)))  # a deleted instance's
    assert world.advance(3) == 3
    assert instance.state(SessionState).status == "SCAN_QR_CODE"
    assert [r.getMessage() for r in caplog.records] == ["timer no.such.step failed"]


def test_an_older_files_timers_are_read_as_due_steps() -> None:
    """Files written before timers were data stored a store's bound method and its arguments."""
    world, _ = _starting_world()
    snapshot = json.loads(json.dumps(encode(world)))
    nodes = snapshot["nodes"]
    job = next(n for n in nodes if n.get("object") == "wawp_emulator.scheduler:Job")
    session_ref = next(
        {"$": i} for i, n in enumerate(nodes) if n.get("object") == "wawp_emulator.state.sessions:SessionState"
    )
    nodes.append({"method": session_ref, "name": "_on_started"})
    nodes.append({"tuple": [1]})
    nodes.append({"map": {}})
    nodes.append({"partial": {"$": len(nodes) - 3}, "args": {"$": len(nodes) - 2}, "keywords": {"$": len(nodes) - 1}})
    job["attrs"] = {"when": job["attrs"]["when"], "seq": job["attrs"]["seq"], "callback": {"$": len(nodes) - 1}}
    restored: World = decode(snapshot)
    (due,) = [job.due for job in restored.scheduler._heap]
    assert due == Due(world.clock.now() + 2, "ABCDEFABCDEF", "session.started", (1,))
    nodes[-4]["name"] = "_no_such_method"
    with pytest.raises(SnapshotError, match=r"a timer this emulator does not know: _no_such_method$"):
        decode(snapshot)


def test_instance_state_is_a_per_instance_singleton() -> None:
    world = World()
    account = world.add_account("tok")
    a = world.create_instance(account)
    b = world.create_instance(account)
    assert a.state(Ticker) is a.state(Ticker)
    assert a.state(Ticker) is not b.state(Ticker)
    assert a.peek_state(dict) is None
    assert account.instance_ids == [a.id, b.id]
    assert world.delete_instance(a) and not world.delete_instance(a.id)
    assert account.instance_ids == [b.id]


def test_emit_builds_the_envelope_and_queues_matching_webhooks() -> None:
    from wawp_emulator.webhooks import WebhookConfig

    world = World(seed=2)
    instance = world.create_instance(world.add_account("tok"), name="sales", instance_id="AAAAAAAAAAAA")
    instance.webhooks.append(WebhookConfig("http://127.0.0.1:1/x", ["message"]))
    envelope = world.emit(instance, "message", {"id": "m1"})
    world.emit(instance, "presence.update", {})
    assert envelope["session"] in ("sales", envelope["session"])  # the sessions state may name it
    assert envelope["payload"] == {"id": "m1"} and envelope["environment"]["engine"] == "GOWS"
    assert [d.event for d in world.outbox] == ["message"]
    assert len(world.events) == 2


def test_real_clock_and_world_round_trip_without_lock() -> None:
    world = World(clock=RealClock())
    restored = _round_trip(world)
    with restored.lock:
        assert abs(restored.clock.now() - world.clock.now()) < 5
    with pytest.raises(TypeError):
        world.advance(1)


def test_reseed_changes_sequences_but_keeps_state() -> None:
    world = World(seed=1)
    instance = world.create_instance(world.add_account("t"))
    world.reseed(1)
    assert world.ids.message_raw_id() == World(seed=1).ids.message_raw_id()
    assert world.instance(instance.id) is instance
