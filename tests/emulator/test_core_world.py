"""World, ids, scheduler, clock and event bus (no HTTP)."""

from __future__ import annotations

import functools
import json
import re
from typing import Any

import pytest
from _core import FIRED, record
from wawp_emulator.clock import DEFAULT_EPOCH, ManualClock, RealClock
from wawp_emulator.snapshot import allow_module, decode, encode
from wawp_emulator.world import World

allow_module(__name__)  # Ticker is stored with the world


class Ticker:
    def __init__(self, world: World, instance: Any) -> None:
        self.world = world
        self.ticks: list[float] = []

    def tick(self, label: str) -> None:
        self.ticks.append(self.world.clock.now())

    def tock(self) -> None:
        self.tick("tock")


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


def test_scheduler_runs_jobs_at_their_own_times_in_order() -> None:
    FIRED.clear()
    world = World(seed=0)
    t0 = world.clock.now()
    assert t0 == DEFAULT_EPOCH
    world.scheduler.at(t0 + 5, functools.partial(record, world, "b"))
    world.scheduler.at(t0 + 2, functools.partial(record, world, "a"))
    world.scheduler.at(t0 + 20, functools.partial(record, world, "later"))
    assert world.advance(10) == 2
    assert [("a", t0 + 2), ("b", t0 + 5)] == FIRED
    assert world.clock.now() == t0 + 10
    assert world.advance(10) == 1 and FIRED[-1] == ("later", t0 + 20)


def test_scheduler_accepts_bound_methods_and_partials_and_refuses_lambdas() -> None:
    world = World()
    instance = world.create_instance(world.add_account("t"), instance_id="ABCDEFABCDEF")
    ticker = instance.state(Ticker)
    now = world.clock.now()
    world.scheduler.at(now + 1, functools.partial(ticker.tick, "x"))
    world.scheduler.at(now + 2, ticker.tock)
    with pytest.raises(TypeError, match="cannot be stored with the world"):
        world.scheduler.at(now + 1, lambda: None)

    def nested() -> None:
        pass

    with pytest.raises(TypeError, match="cannot be stored with the world"):
        world.scheduler.at(now + 1, functools.partial(nested))
    restored: World = _round_trip(world)
    restored.advance(5)
    assert len(restored.instances["ABCDEFABCDEF"].state(Ticker).ticks) == 2
    assert ticker.ticks == []  # the original world is untouched


def test_failing_callback_is_logged_and_does_not_stop_others(caplog: pytest.LogCaptureFixture) -> None:
    FIRED.clear()
    world = World()
    now = world.clock.now()
    world.scheduler.at(now + 1, functools.partial(record, world))  # (a label short: it raises TypeError)
    world.scheduler.at(now + 2, functools.partial(record, world, "ok"))
    world.advance(3)
    assert [("ok", world.clock.now() - 1)] == FIRED
    assert [r.getMessage() for r in caplog.records] == ["scheduled callback record failed"]


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
