"""The emulator answers as the engine fixtures say, key by key and value by value.

The fixtures (``tests/fixtures/engine/<ENGINE>/*.json``) are written from WAHA's sources independently of the
emulator. Each one is compared with the emulator's answer to the same situation: the tour of every
operation gives the first answer of each operation; a fixture whose situation the tour does not show (an
inbound message read back, a group message, a status, a number not on WhatsApp) has its own scenario here.
The answer must carry every key the fixture has, answer the fixture's HTTP status, and agree on every field
that carries meaning (``_meanings``: ids as patterns, who sent what where, fromMe, acks, kinds).
"""

from __future__ import annotations

import copy
import functools
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from _engines import ENGINE_NAMES, group_id, sent_id
from _meanings import Me, differences
from _sessions_world import ok, open_emulator
from test_every_operation import ACKS_TO_READ, OTHER, PEER, PEER_CHAT, _tour
from wawp_emulator.emulator import Emulator
from wawp_emulator.spec import load_spec
from wawp_emulator.state.sessions import SessionState

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "engine"
FIXTURE_ME = Me("201000000001", "109321234567890@lid")
"""The account every fixture is written for (its ``/session/me``)."""
SPEC = load_spec()
OPTIONAL_UNTIL_SET = {"desc", "descId"}  # baileys leaves a group's description fields out until one is set

Answer = tuple[int, Any]
Scenario = Callable[[Emulator, httpx.Client], httpx.Response]


def _answer(response: httpx.Response) -> Answer:
    return response.status_code, (response.json() if response.content else None)


def _group_with_other(http: httpx.Client) -> str:
    return group_id(ok(http.post("/groups", json={"name": "Support Team", "participants": [{"id": OTHER}]})))


def _inbound(emu: Emulator, http: httpx.Client) -> httpx.Response:
    got = emu.people.send_message(from_=PEER, body="Is the shop open today?")
    return http.get("/message", params={"chatId": PEER_CHAT, "messageId": got["id"]})


def _group_inbound(emu: Emulator, http: httpx.Client) -> httpx.Response:
    gid = _group_with_other(http)
    got = emu.people.send_message(from_=gid, participant=OTHER, body="Morning all")
    return http.get("/message", params={"chatId": gid, "messageId": got["id"]})


def _group_outbound(emu: Emulator, http: httpx.Client) -> httpx.Response:
    gid = _group_with_other(http)
    sent = sent_id(ok(http.post("/send", params={"chatId": gid, "message": "Meeting at 3"})))
    emu.advance(ACKS_TO_READ)
    return http.get("/message", params={"chatId": gid, "messageId": sent})


def _group_send(emu: Emulator, http: httpx.Client) -> httpx.Response:
    return http.post("/send", params={"chatId": _group_with_other(http), "message": "Meeting at 3"})


def _status_read_back(emu: Emulator, http: httpx.Client) -> httpx.Response:
    posted = ok(http.post("/status/text", params={"text": "Open today until 8 pm", "font": 1}))
    return http.get("/message", params={"chatId": "status@broadcast", "messageId": sent_id(posted)})


def _own_group_join_info(emu: Emulator, http: httpx.Client) -> httpx.Response:
    link = ok(http.get(f"/groups/{_group_with_other(http)}/invite-code"))
    return http.get("/groups/join-info", params={"code": link})


def _fresh_edit(emu: Emulator, http: httpx.Client) -> httpx.Response:
    sent = sent_id(ok(http.post("/send", params={"chatId": PEER, "message": "Helo"})))
    return http.put(f"/chats/{PEER_CHAT}/messages/{sent}", params={"text": "Hello"})


def _unknown_number(emu: Emulator, http: httpx.Client) -> httpx.Response:
    return http.get("/contacts/check-exists", params={"phone": "201222222223"})  # odd last digit: not on WhatsApp


SCENARIOS: dict[str, Scenario] = {
    "*/messageGetInbound": _inbound,
    "*/messageGetGroupInbound": _group_inbound,
    "*/messageGetGroupOutbound": _group_outbound,
    "*/messageGetStatus": _status_read_back,
    "*/sendTextGroup": _group_send,
    "*/groupJoinInfo": _own_group_join_info,  # the fixtures ask about a group the account is in
    "*/chatMessageEdit": _fresh_edit,  # the fixtures edit a message just sent
    "NOWEB/contactCheckExists": _unknown_number,
}
"""Fixtures whose situation the tour does not reproduce, by ``ENGINE/name`` (``*``: any engine)."""


def _scenario(engine: str, name: str) -> Scenario | None:
    return SCENARIOS.get(f"{engine}/{name}") or SCENARIOS.get(f"*/{name}")


def _tour_answers(emu: Emulator) -> dict[str, Answer]:
    """The first answer of each operation during the tour (``None`` for an empty body)."""
    answers: dict[str, Answer] = {}

    def keep(response: httpx.Response) -> None:
        response.read()
        operation = emu.requests[-1].operation_id
        if operation is not None and operation not in answers:
            answers[operation] = _answer(response)

    with emu.client(event_hooks={"response": [keep]}) as http:
        _tour(emu, http)
    return answers


def _fixtures(engine: str) -> dict[str, dict[str, Any]]:
    paths = sorted((FIXTURES / engine).glob("*.json"))
    return {path.stem: json.loads(path.read_text(encoding="utf-8")) for path in paths}


def _our_me(emu: Emulator) -> Me:
    account = emu.instance.state(SessionState).account
    assert account is not None
    return Me(account.number, account.lid)


@functools.cache
def _answers(engine: str) -> dict[str, tuple[int, Any, Me]]:
    """Each fixture's counterpart, ``name -> (status, body, account)``: its scenario's answer, else the tour's
    for a fixture named after its operation (a variant nothing reproduces is left out)."""
    with open_emulator(engine) as emu:
        tour, me = _tour_answers(emu), _our_me(emu)
    out: dict[str, tuple[int, Any, Me]] = {}
    for name, fixture in _fixtures(engine).items():
        scenario = _scenario(engine, name)
        if scenario is not None:
            with open_emulator(engine) as fresh, fresh.client() as http:
                out[name] = (*_answer(scenario(fresh, http)), _our_me(fresh))
        elif name == fixture["operation"] and name in tour:
            out[name] = (*tour[name], me)
    return out


def _key_paths(value: Any, prefix: str = "") -> set[str]:
    """Every key path of a JSON value; keys that are ids (``...@c.us``) become ``<jid>``, a list's items share one."""
    out: set[str] = set()
    if isinstance(value, dict):
        for key, item in value.items():
            path = f"{prefix}.{'<jid>' if '@' in key else key}"
            out |= {path} | _key_paths(item, path)
    elif isinstance(value, list):
        for item in value:
            out |= _key_paths(item, prefix + "[]")
    return out


def _problems(fixture: dict[str, Any], status: int, body: Any, me: Me) -> dict[str, Any]:
    """What the emulator's answer gets wrong against ``fixture`` (empty when it agrees)."""
    if status != fixture["status"]:
        return {"status": (fixture["status"], status)}
    if fixture["body"] is None and body is not None:
        # the engine answers nothing here, but the spec documents JSON: the emulator follows the spec
        assert SPEC.operations[fixture["operation"]].response_for(status).media_type == "application/json"
        return {}
    problems: dict[str, Any] = {}
    lacking = _key_paths(fixture["body"]) - _key_paths(body)
    lacking = {path for path in lacking if path.rsplit(".", 1)[-1] not in OPTIONAL_UNTIL_SET}
    if lacking:
        problems["missing keys"] = sorted(lacking)
    problems.update(differences(fixture["body"], body, FIXTURE_ME, me))
    return problems


@pytest.mark.parametrize("engine", ENGINE_NAMES)
def test_answers_carry_every_key_and_meaning_of_the_engine_fixtures(engine: str) -> None:
    answers = _answers(engine)
    wrong = {
        name: problems
        for name, fixture in _fixtures(engine).items()
        if name in answers and (problems := _problems(fixture, *answers[name]))
    }
    assert wrong == {}
    assert len(answers) >= 30


def test_the_gows_message_fixtures_have_their_situations() -> None:
    """The four situations whose meanings differ on GOWS are each compared: a direct message both ways, a
    group message both ways, a status, and a send to a group."""
    compared = set(_answers("GOWS"))
    assert {
        "chatMessageGet", "messageGetInbound", "messageGetGroupInbound", "messageGetGroupOutbound",
        "messageGetStatus", "sendTextGroup", "statusText",
    } <= compared  # fmt: skip


def _changed(value: Any) -> Any:
    """Another value with another meaning: the account for anyone else, someone else for the account or a
    chat, a sender for none, the other direction, an id with or without the sender part."""
    if value is None:
        return f"{FIXTURE_ME.number}@c.us"
    if isinstance(value, bool):
        return not value
    parts = str(value).split("_")
    if len(parts) == 4:
        return "_".join(parts[:3])
    if len(parts) == 3:
        return f"{value}_{FIXTURE_ME.number}@c.us"
    return "201234567890@c.us" if str(value).startswith(FIXTURE_ME.number) else f"{FIXTURE_ME.number}@c.us"


MUTATED_FIELDS = ("id", "from", "to", "participant", "fromMe")


@pytest.mark.parametrize(
    "name",
    ["chatMessageGet", "messageGetInbound", "messageGetGroupInbound", "messageGetGroupOutbound",
     "messageGetStatus", "sendTextGroup", "statusText"],
)  # fmt: skip
def test_a_fixture_with_one_meaning_changed_no_longer_agrees(name: str) -> None:
    """The mutation check: the comparison passes on the fixture as written and fails once any one of its
    meaningful top-level fields says something else."""
    fixture = _fixtures("GOWS")[name]
    status, body, me = _answers("GOWS")[name]
    assert _problems(fixture, status, body, me) == {}
    for field in (f for f in MUTATED_FIELDS if f in fixture["body"]):
        mutant = copy.deepcopy(fixture)
        mutant["body"][field] = _changed(fixture["body"][field])
        assert f".{field}" in _problems(mutant, status, body, me), (field, mutant["body"][field])
