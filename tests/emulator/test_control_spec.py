"""The control spec (``control/openapi.yaml``) against the code: registrations, texts, constants, the mirror.

The spec is the single source of the control API, so these tests fail when code and spec drift:
an action or endpoint without its operation (or the reverse), an operation a reader cannot
understand, an enum copied from Python that changed on one side, a mirror method or parameter
missing or extra.
"""

from __future__ import annotations

import inspect
import keyword
import re
import sysconfig
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from wawp_emulator import __version__
from wawp_emulator.control.mirror import OMIT, ControlGroup, People, Phone, Server
from wawp_emulator.control.registry import (
    ACTION_PATH,
    CONTROL_ACTIONS,
    CONTROL_ENDPOINTS,
    action_name,
    bundled_control_document,
    control_spec,
    control_spec_path,
)
from wawp_emulator.emulator import Emulator
from wawp_emulator.engines import ENGINE_NAMES, SEND_SHAPES
from wawp_emulator.faults import MAX_LATENCY_MS
from wawp_emulator.spec import HTTP_METHODS
from wawp_emulator.state.messages import ACK_NAMES
from wawp_emulator.state.presence import PRESENCES

DOCUMENT = bundled_control_document()
MIRROR: dict[str, type[ControlGroup]] = {"phone": Phone, "people": People, "server": Server}
"""tag -> the mirror group of that tag's actions"""


def _operations() -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in DOCUMENT["paths"].items():
        for method, op in item.items():
            if method in HTTP_METHODS:
                yield path, method, op


ACTIONS = {name: op for path, _, op in _operations() if (name := action_name(path)) is not None}


@pytest.fixture
def emu() -> Iterator[Emulator]:
    with Emulator(seed=0, webhook_delivery="manual") as emulator:
        yield emulator


@pytest.fixture
def control(emu: Emulator) -> Iterator[httpx.Client]:
    with httpx.Client(transport=emu.transport(), base_url="http://127.0.0.1") as client:
        yield client


def _snake(name: str) -> str:
    snake = re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name).lower()
    return snake + "_" if keyword.iskeyword(snake) else snake


def _body_schema(op: dict[str, Any]) -> dict[str, Any]:
    """The action's inlined body schema, as the emulator validates it."""
    return control_spec().spec.operations[op["operationId"]].body.schema  # type: ignore[union-attr]


def test_every_action_and_endpoint_has_exactly_one_operation_and_the_reverse() -> None:
    control_spec()  # (loads every action module)
    built_in = {name for name, action in CONTROL_ACTIONS.items() if action.fn.__module__.startswith("wawp_emulator.")}
    assert set(ACTIONS) == built_in
    assert all(CONTROL_ACTIONS[name].schema is None for name in built_in)  # no second source
    routes = [op["operationId"] for path, _, op in _operations() if action_name(path) is None]
    assert len(routes) == len(set(routes)) and set(routes) == set(CONTROL_ENDPOINTS)
    assert len(ACTIONS) == 29 and len(routes) == 24


def test_every_operation_is_documented_with_a_readable_id_and_a_declared_tag() -> None:
    tags = {tag["name"] for tag in DOCUMENT["tags"]}
    ids = []
    for path, method, op in _operations():
        where = f"{method.upper()} {path}"
        assert re.fullmatch(r"[a-z]+(?:[A-Z][a-z0-9]*)*", op["operationId"]), where
        assert op["summary"].strip() and not op["summary"].endswith("."), where
        assert len(op["description"].strip()) > len("Emits `x`."), where
        assert len(op["tags"]) == 1 and op["tags"][0] in tags, where
        assert "200" in op["responses"] and op["responses"]["default"] == {"$ref": "#/components/responses/Error"}
        if action_name(path) is not None:
            assert op["tags"][0] in MIRROR, where
        ids.append(op["operationId"])
    assert len(ids) == len(set(ids))


def test_enums_and_bounds_match_the_code_they_describe() -> None:
    operations = control_spec().spec.operations
    engine = operations["setEngine"].body.schema["properties"]  # type: ignore[union-attr]
    assert tuple(engine["engine"]["enum"]) == ENGINE_NAMES and tuple(engine["sendShape"]["enum"]) == SEND_SHAPES
    profile = DOCUMENT["components"]["schemas"]["EngineProfile"]["properties"]
    assert tuple(profile["engine"]["enum"]) == ENGINE_NAMES and tuple(profile["sendShape"]["enum"]) == SEND_SHAPES
    ack = operations["setMessageAck"].body.schema["properties"]["ack"]["oneOf"]  # type: ignore[union-attr]
    assert (ack[0]["minimum"], ack[0]["maximum"]) == (min(ACK_NAMES), max(ACK_NAMES))
    assert ack[1]["enum"] == list(ACK_NAMES.values())
    presence = operations["updatePresence"].body.schema["properties"]["presence"]  # type: ignore[union-attr]
    assert tuple(presence["enum"]) == PRESENCES
    assert DOCUMENT["components"]["schemas"]["Fault"]["properties"]["latency_ms"]["maximum"] == MAX_LATENCY_MS


@pytest.mark.parametrize("name", sorted(ACTIONS))
def test_the_mirror_has_each_action_with_its_body_as_keyword_parameters(name: str) -> None:
    op = ACTIONS[name]
    group = MIRROR[op["tags"][0]]
    method = getattr(group, _snake(op["operationId"]), None)
    assert method is not None, f"{group.__name__} has no {_snake(op['operationId'])} for {name}"
    assert inspect.getdoc(method).splitlines()[0] == op["summary"] + "."  # type: ignore[union-attr]
    schema = _body_schema(op)
    required = set(schema.get("required", ()))
    expected = {_snake(prop): prop for prop in schema.get("properties", {})}
    params = {n: p for n, p in inspect.signature(method).parameters.items() if n != "self"}
    assert set(params) == set(expected), name
    for python_name, param in params.items():
        assert param.kind is inspect.Parameter.KEYWORD_ONLY, (name, python_name)
        wire = expected[python_name]
        assert (param.default is inspect.Parameter.empty) == (wire in required), (name, python_name)
        prop = schema["properties"][wire]
        nullable = not {"type", "enum", "oneOf"} & set(prop) or "null" in str(prop.get("type", ""))
        if param.default is OMIT:  # OMIT is only needed where None means null
            assert nullable, (name, python_name)


def test_every_mirror_method_is_an_action_of_its_tag() -> None:
    for tag, group in MIRROR.items():
        methods = {n for n, f in vars(group).items() if inspect.isfunction(f) and not n.startswith("_")}
        expected = {_snake(op["operationId"]) for op in ACTIONS.values() if op["tags"] == [tag]}
        assert methods == expected, tag


def test_mirror_calls_run_the_action_on_the_default_or_the_named_instance(emu: Emulator) -> None:
    other = emu.create_instance("second").id
    timing = emu.server(instance_id=other).configure_timing(starting_delay=7, ack_read=None)
    assert timing["starting_delay"] == 7 and timing["ack_read"] is None
    assert emu.server.configure_timing()["starting_delay"] != 7  # the default instance is untouched
    assert emu.server.set_contact_exists(phone="201222222223") == {
        "numberExists": True,
        "chatId": "201222222223@c.us",
    }
    assert emu.server.set_contact_exists(phone="201222222223", exists=None)["numberExists"] is False
    with pytest.raises(Exception, match="Invalid parameter") as caught:
        emu.phone.change_label(action="upsert", color=20)
    assert getattr(caught.value, "status", None) == 400
    assert repr(emu.people(instance_id=other)) == "People(instance=chosen)"
    assert repr(emu.phone) == "Phone(instance=default)"


def test_reprs_of_instances_and_the_mirror_hide_the_credentials(emu: Emulator) -> None:
    """An instance id is a credential (the journal masks it): reprs, which reach logs and tracebacks, do too."""
    instance = emu.instance
    shown = " ".join(repr(x) for x in (instance, emu.phone, emu.people(instance_id=instance.id), emu.server, emu))
    assert instance.id not in shown and instance.access_token not in shown


def test_the_control_spec_ships_in_the_package_and_is_served_with_the_package_version(emu: Emulator) -> None:
    path = control_spec_path()
    assert path.is_file() and Path(sysconfig.get_paths()["purelib"]) in path.parents  # installed from the wheel
    on_disk = yaml.safe_load(path.read_text(encoding="utf-8"))
    served = emu.control.spec.document
    assert served["info"]["version"] == __version__ and served["components"] == on_disk["components"]
    generic = ACTION_PATH + "{name}"
    same = {p: served["paths"][p] for p in on_disk["paths"] if p != generic}
    assert same == {p: i for p, i in on_disk["paths"].items() if p != generic}  # (plug-ins may add paths)
    # the generic action operation's `name` is served as none of the registered actions (routed elsewhere)
    name = next(p for p in served["paths"][generic]["parameters"] if p.get("name") == "name")
    assert name["schema"] == {"type": "string", "not": {"enum": sorted(emu.control.actions)}}


def test_head_is_answered_on_every_control_get_route(emu: Emulator, control: httpx.Client) -> None:
    gets = [path for path, method, _ in _operations() if method == "get"]
    for template in gets:
        path = template.replace("{instance_id}", emu.instance_id)
        got, head = control.get(path), control.head(path)
        assert got.status_code == head.status_code == 200, path
        assert head.content == b"" and head.headers["content-length"] == got.headers["content-length"]


def test_parameters_and_bodies_are_validated_by_the_spec(emu: Emulator, control: httpx.Client) -> None:
    drain = control.get("/_emulator/journal/webhooks", params={"drain": "maybe"})
    assert drain.status_code == 400 and drain.json()["data"]["params"] == {
        "drain": "drain is not of type boolean (send true or false)."
    }
    url = f"/_emulator/instances/{emu.instance_id}/actions/message.reaction"
    bad = control.post(url, json={"messageId": "", "reaction": 1, "extra": True})
    assert bad.status_code == 400
    assert set(bad.json()["data"]["params"]) == {"messageId", "reaction", "body"}
    missing = control.post("/_emulator/clock/advance", json={})
    assert missing.status_code == 400 and missing.json()["data"]["params"] == {"seconds": "seconds is required."}
    unknown = control.post(f"/_emulator/instances/{emu.instance_id}/actions/no.such", json={})
    assert unknown.status_code == 404 and unknown.json()["code"] == "unknown_action"


def test_a_control_answer_that_breaks_the_control_spec_is_a_recorded_violation(monkeypatch: pytest.MonkeyPatch) -> None:
    async def broken_clock(emu: Emulator, request: Any) -> object:
        return {"now": "soon"}

    monkeypatch.setitem(CONTROL_ENDPOINTS, "getClock", broken_clock)
    with Emulator(seed=0, webhook_delivery="manual") as emu:
        emu.raise_on_violation = False
        with httpx.Client(transport=emu.transport(), base_url="http://127.0.0.1") as control:
            answer = control.get("/_emulator/clock")
        assert answer.status_code == 500 and answer.json()["code"] == "emulator_contract_violation"
        (violation,) = emu.violations
        assert violation["operationId"] == "getClock" and violation["status"] == 200
