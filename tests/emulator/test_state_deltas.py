"""The state file stores state, not requests: each unit's row holds the parts of the world it changed
(``deltas.py``), and loading applies them without running a handler.

Completeness is checked, not assumed: in these tests every unit is followed by a load of the file as it
now is (snapshot plus rows), and the world loaded must encode to the same snapshot bytes as the live one.
A store that changed something without marking it (``changes.py``) fails here, at the unit that did.
"""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from _core import crash
from _engines import group_id, sent_id
from _sessions_world import events, instance_client, ok
from test_every_operation import _tour
from test_v2 import _code as otp_code
from wawp_emulator import deltas, snapshot
from wawp_emulator.control.registry import CONTROL_ACTIONS, ControlAction
from wawp_emulator.emulator import Emulator
from wawp_emulator.ids import Ids
from wawp_emulator.persistence import Persistence
from wawp_emulator.registry import HANDLERS
from wawp_emulator.state.messages import MessagesState
from wawp_emulator.units import Units
from wawp_emulator.world import World


def world_bytes(world: World) -> str:
    """The world's snapshot as text, without what a unit never stores: the deliveries waiting to leave,
    and the contacts' picture cache (like WAHA's in-memory cache, a read fills it and a restart empties it)."""
    saved, world.outbox = world.outbox, []
    try:
        text = json.dumps(snapshot.encode(world), ensure_ascii=False)
    finally:
        world.outbox = saved
    return re.sub(r'"cached_(?:at|picture)": [^,}]*', "", text)


def loaded(path: Path) -> World:
    """The world the state file holds now (read beside the running emulator): snapshot plus rows."""
    reader = Persistence(path, exclusive=False)
    try:
        world, rows = reader.read()
    finally:
        reader._db.close()  # (not close(): its checkpoint would look like another program's write)
    touched: set[int] = set()
    stores: list[Any] = []
    for _, row in rows:
        deltas.apply(world, row["d"], touched, stores)
    deltas.rebuilt(stores)
    return world


@contextlib.contextmanager
def checked_units(monkeypatch: pytest.MonkeyPatch, mismatches: list[str]) -> Iterator[None]:
    """After every unit of change, the file's world must be the live one (else the unit is recorded)."""
    original = Units.logged

    @contextlib.contextmanager
    def logged(self: Units, entry: dict[str, Any]) -> Iterator[dict[str, Any]]:
        kind = dict(entry)
        with original(self, entry) as unit:
            yield unit
        path = self.persistence.path if self.persistence is not None and not self.running else None
        if path is not None and world_bytes(loaded(path)) != world_bytes(self.owner.world):
            mismatches.append(f"{kind.get('k')} {kind.get('op') or kind.get('name') or ''}".strip())

    # (a unit the event loop ran is stored with its group, once the loop turned: checked then)
    end_group = Units._end_group

    def ended(self: Units) -> None:
        assert self.group is not None
        kinds = [dict(unit) for unit in self.group.units]
        end_group(self)
        path = self.persistence.path if self.persistence is not None and not self.running else None
        if path is not None and world_bytes(loaded(path)) != world_bytes(self.owner.world):
            mismatches.extend(f"{k.get('k')} {k.get('op') or k.get('name') or ''}".strip() for k in kinds)

    monkeypatch.setattr(Units, "logged", logged)
    monkeypatch.setattr(Units, "_end_group", ended)
    yield


def test_after_every_unit_of_the_tour_the_file_holds_the_live_world(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every operation of the API once (the tour, with the control actions it needs) and the timers they
    set, each unit checked: the world the file holds after it is the live world, byte for byte."""
    mismatches: list[str] = []
    state = tmp_path / "state.sqlite"
    with checked_units(monkeypatch, mismatches):
        first = Emulator(seed=7, state_file=state)
        with first.client() as http:
            _tour(first, http)
        first.advance(3600)
        assert first.persistence is not None and first.persistence.logged > 50
    assert mismatches == []
    live = world_bytes(first.world)
    crash(first)
    with Emulator(seed=7, state_file=state) as again:
        assert world_bytes(again.world) == live


def test_the_check_finds_a_change_a_store_did_not_mark(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The check above can fail: a message store that forgets to mark what it changes is caught at the
    first unit that changed a message the row did not hold."""
    mismatches: list[str] = []
    monkeypatch.setattr(MessagesState, "_changed", lambda self, message: None)
    state = tmp_path / "state.sqlite"
    with checked_units(monkeypatch, mismatches), Emulator(state_file=state) as emu, emu.client() as http:
        for text in ("stored whole", "unmarked"):  # (the first send makes the store: stored whole)
            assert http.post("/send", params={"chatId": PERSON, "message": text}).is_success
    assert mismatches == ["api sendText"]


def test_loading_runs_no_handler_and_draws_no_id(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """What was answered is what loads, whatever the handlers of the build that loads it do: with every
    handler and the id factory broken, a file's world still loads, every acknowledged message with its
    own text."""
    state = tmp_path / "state.sqlite"
    first = Emulator(state_file=state)
    with first.client() as http:
        _tour(first, http)
    live = world_bytes(first.world)
    crash(first)

    def broken(*_: object, **__: object) -> Any:
        raise AssertionError("loading ran code it must not")

    for operation_id in list(HANDLERS):
        monkeypatch.setitem(HANDLERS, operation_id, broken)
    monkeypatch.setattr(Ids, "message_raw_id", broken)
    monkeypatch.setattr(Ids, "hex", broken)
    with Emulator(state_file=state) as again:
        assert world_bytes(again.world) == live


PERSON = "201234567890@c.us"
MEMBER = "201222222222@c.us"
NEIGHBOUR = "201333333332@c.us"
PERSON_PHONE = PERSON.removesuffix("@c.us")


def _every_control_action(emu: Emulator) -> None:
    """Each control action once (the phone, the people, the server), on things that exist."""
    phone, people, server = emu.phone, emu.people, emu.server
    server.configure_timing(ack_server=1, ack_device=1, ack_read=1)
    with emu.client() as http:
        sent = sent_id(http.post("/send", params={"chatId": PERSON, "message": "Hello"}).json())
        question = {"name": "Lunch?", "options": ["A", "B"]}
        poll = sent_id(http.post("/sendPoll", json={"chatId": PERSON, "poll": question}).json())
        found = http.get("/channels/search", params={"view": "RECOMMENDED", "limit": 1}).json()
        public = found["channels"][0]["id"]
        assert http.post(f"/channels/{public}/follow").is_success
    inbound = people.send_message(from_=PERSON, body="Hi there")["id"]
    people.react(message_id=inbound, reaction="👍")
    people.edit_message(message_id=inbound, body="Hi there!")
    people.set_message_ack(message_id=sent, ack="READ")
    people.vote_poll(poll_id=poll, options=["A"])
    people.respond_to_event(from_=PERSON, event_message_id=f"true_{PERSON}_3EB0C767D26A1D8A9C11", response="MAYBE")
    people.revoke_message(message_id=inbound)
    people.update_presence(chat_id=PERSON, presence="typing")
    people.update_profile(contact_id=PERSON, pushname="Sofia B.", about="Busy", picture="new")
    server.set_contact_exists(phone="201444444444", exists=False)
    people.place_call(from_=PERSON)
    phone.accept_call(from_=PERSON)
    phone.reject_call(from_=PERSON)
    group = people.create_group(subject="Neighbours", owner=MEMBER, participants=[NEIGHBOUR], add_me=True)["id"]
    people.join_group(group_id=group, participant="201555555552@c.us")
    people.leave_group(group_id=group, participant="201555555552@c.us")
    people.change_group_participants(group_id=group, action="promote", participants=[NEIGHBOUR], by=MEMBER)
    people.update_group(group_id=group, subject="Good neighbours", by=MEMBER)
    phone.archive_chat(chat_id=PERSON, archived=True)
    label = phone.change_label(action="upsert", name="Family", color=1)
    phone.label_chat(chat_id=PERSON, label_id=str(label["id"]), action="add")
    people.set_channel_role(channel_id=public, role="ADMIN")
    server.emit_engine_event(event="engine.test", data={"ok": True})
    server.set_account_plan(plan="paid")
    emu.advance(30)
    phone.log_out()
    with emu.client() as http:
        http.post("/session/restart")
        emu.advance(3)
        phone.scan_qr()
        emu.advance(3)
        http.post("/session/logout")
        http.post("/session/start")
        emu.advance(3)
        code = http.post("/requestCode", params={"phone_number": "447441429008"}).json()["code"]
        phone.enter_pairing_code(code=code)
        emu.advance(3)
    server.fail_session(reason="The phone went away")


def _every_control_change(emu: Emulator) -> None:
    """Each control change once: seed, engine, instance, webhooks, faults (one that fires)."""
    emu.reseed(11)
    emu.set_engine("WEBJS")
    other = emu.create_instance("Other", access_token="another-account-token")
    emu.create_instance("Same owner")
    emu.add_webhook("http://127.0.0.1:9/hook", hmac_key="a-key", instance_id=other.id)
    emu.add_webhook("http://127.0.0.1:9/second")
    emu.remove_webhooks(other.id)
    rule = emu.add_fault(operation="sendText", status=503, probability=0.5)
    with emu.client() as http:
        for n in range(4):
            http.post("/send", params={"chatId": PERSON, "message": f"perhaps {n}"})
    emu.remove_fault(rule.id)
    emu.add_fault(operation="sendText", status=429)
    emu.clear_faults()


def test_after_every_control_action_the_file_holds_the_live_world(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each control action and control change once, and the timers they set, each unit checked as the
    tour's are."""
    mismatches: list[str] = []
    ran: set[str] = set()
    original = ControlAction.run

    def run(self: ControlAction, *args: Any, **kwargs: Any) -> Any:
        ran.add(self.name)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(ControlAction, "run", run)
    with checked_units(monkeypatch, mismatches), Emulator(seed=5, state_file=tmp_path / "state.sqlite") as emu:
        _every_control_action(emu)
        _every_control_change(emu)
    assert mismatches == []
    assert ran == {name for name in CONTROL_ACTIONS if not name.startswith("test.")}  # (not the tests' plug-ins)


def _two_instances_in_one_group(emu: Emulator) -> None:
    """Two emulated phones in one group (their stores hold the same group, ``GroupsState.SHARED``), and
    a message from one to the other."""
    other = emu.create_instance("Other")
    with instance_client(emu, {"instance_id": other.id, "access_token": emu.credentials["access_token"]}) as b:
        ok(b.post("/session/start"))
        emu.advance(3)
        member = ok(b.get("/session/me"))["id"].split("@")[0]
        with emu.client() as a:
            gid = group_id(ok(a.post("/groups", json={"name": "Both", "participants": [{"id": member}]})))
        ok(b.put(f"/groups/{gid}/subject", json={"subject": "Renamed by the other phone"}))
        with emu.client() as a:
            ok(a.put(f"/groups/{gid}/description", json={"description": "Described by the first"}))
            ok(a.post("/send", params={"chatId": f"{member}@c.us", "message": "to the other phone"}))
    emu.advance(30)  # (the direct message reaches the other instance once delivered: a sibling phone)
    assert any(m["body"] == "to the other phone" for m in events(emu, "message", other.id))


def test_two_phones_of_one_world_load_as_they_were(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each unit checked as above: the two phones' stores point at one group object, as live, and the
    message one sent is in the other's store."""
    mismatches: list[str] = []
    with checked_units(monkeypatch, mismatches), Emulator(state_file=tmp_path / "state.sqlite") as emu:
        _two_instances_in_one_group(emu)
    assert mismatches == []


def _v2_behaviour(emu: Emulator) -> None:
    """v2's own state once each: a plan, an OTP sent and verified, a policy, session webhooks, a temporary
    link, a list, an event, a poll and its vote, and a provisioned instance."""
    emu.server.set_account_plan(plan="paid")
    with httpx.Client(base_url=emu.base_url_v2, transport=emu.transport(), params=emu.credentials) as v2:
        ok(v2.get("/auth/otp/send", params={"chatId": PERSON_PHONE}))
        code = otp_code(v2)
        assert v2.get("/auth/otp/verify", params={"chatId": PERSON_PHONE, "code": "000000"}).status_code == 400
        ok(v2.get("/auth/otp/verify", params={"chatId": PERSON_PHONE, "code": code}))
        ok(v2.patch("/session/rate-limit", params={"policy_slug": "unlimited"}))
        ok(v2.post("/webhook/set", json={"url": "https://kept.example/hook", "events": ["message"]}))
        ok(v2.post("/session/temp-link"))
        rows = [{"title": "Soup", "rowId": "s"}]
        ok(
            v2.post(
                "/send/list",
                json={
                    "chatId": PERSON,
                    "message": {"title": "Lunch", "button": "Pick", "sections": [{"title": "Today", "rows": rows}]},
                },
            )
        )
        ok(v2.post("/send/event", json={"chatId": PERSON, "event": {"name": "Launch", "startTime": 1767229200}}))
        poll = ok(v2.post("/send/poll", json={"chatId": PERSON, "poll": {"name": "Tea?", "options": ["y", "n"]}}))
        ok(v2.post("/send/poll/vote", json={"chatId": PERSON, "messageId": sent_id(poll), "votes": [1]}))
    with httpx.Client(base_url=emu.base_url_v2, transport=emu.transport()) as bare:
        created = bare.post("/session/create", params={"access_token": emu.credentials["access_token"]})
        assert created.status_code == 201, created.text
    emu.advance(120)


def test_after_every_unit_of_v2_the_file_holds_the_live_world(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """v2's stores (OTP codes, policies, temporary links, session webhooks) and the account's plan, each
    unit checked as the tour's are, and a restart after a crash sees them."""
    mismatches: list[str] = []
    state = tmp_path / "state.sqlite"
    with checked_units(monkeypatch, mismatches):
        first = Emulator(seed=9, state_file=state, webhook_delivery="manual")
        _v2_behaviour(first)
    assert mismatches == []
    live = world_bytes(first.world)
    crash(first)
    with Emulator(seed=9, state_file=state, webhook_delivery="manual") as again:
        assert world_bytes(again.world) == live
        assert again.world.instance(again.instance_id).account.plan == "paid"  # type: ignore[union-attr]
