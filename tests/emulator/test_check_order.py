"""The order in which a request is refused, WAHA's: the parameters' schemas (400), the session's status
(422), the controller's own checks (``x-wawp-request-rules``), the engine's method (501).

The inventory comes from the spec: every request rule is broken on a stopped session, every refused call
is sent with a bad argument and on a stopped session; a rule or refusal added to the spec without a case
here fails :func:`test_every_rule_has_a_breaking_request`.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import quote

import pytest
from _sessions_world import error, ok, open_emulator
from test_every_operation import _example_request
from wawp_emulator.engine_rules import bundled_rules
from wawp_emulator.engines import DEFAULT_ENGINE
from wawp_emulator.spec import deref, load_spec

RULES = bundled_rules()
SCHEMA_CODES = {"rest_invalid_param", "rest_missing_callback_param", "rest_invalid_json"}
LINK = "https://wawp.net"

BREAKING: dict[tuple[str, str], dict[str, Any]] = {
    ("presenceSet", "presence_chat_id_refused"): {"presence": "online", "chatId": "201234567890@c.us"},
    ("presenceSet", "presence_chat_id_required"): {"presence": "typing", "chatId": None},
    ("sendLinkPreview", "wawp_upstream_error"): {"text": "no link here", "url": LINK},
    ("groupDescriptionSet", "group_description_empty"): {"description": " "},
    ("groupSubjectSet", "group_subject_empty"): {"subject": " "},
    **{
        (op, code): fields
        for op in ("labelCreate", "labelUpdate")
        for code, fields in (
            ("label_color_twice", {"color": 1, "colorHex": "#ff9485"}),
            ("label_color_required", {"color": None, "colorHex": None}),
            ("label_color_not_in_palette", {"color": None, "colorHex": "#000000"}),
        )
    },
}
"""(operationId, rule code) -> the fields that break that rule (and only it) in the spec's own example
request: in its body if it has one, else in its query (``None``: the field left out)."""


def _declared_rules() -> list[tuple[str, str, str, int]]:
    """(operationId, code, an engine the rule binds, status) for every rule the spec declares."""
    return [
        (op_id, rule.code, min(rule.engines) if rule.engines else DEFAULT_ENGINE, rule.status)
        for op_id, (rules, _) in sorted(RULES.requests.items())
        for rule in rules
    ]


DECLARED = _declared_rules()
REFUSALS = sorted((op_id, min(engines)) for op_id, engines in RULES.refusals.items())


def _breaking_request(op_id: str, code: str) -> tuple[str, str, dict[str, Any], Any]:
    method, path, query, body = _example_request(op_id)
    fields = BREAKING[(op_id, code)]

    def broken(values: dict[str, Any]) -> dict[str, Any]:
        return {k: v for k, v in {**values, **fields}.items() if v is not None}

    return (method, path, query, broken(body)) if body is not None else (method, path, broken(query), None)


AFTER_LOOKUP: dict[str, tuple[str, str, dict[str, Any]]] = {
    "labelId": ("POST", "/labels", {"name": "Some other name", "color": 0}),
}
"""path parameter of an ``after-lookup`` rule -> the request that creates what the example request's
value names (label ``1``), so the rule, not the 404 of the lookup, answers."""


def test_every_rule_has_a_breaking_request() -> None:
    assert {(op_id, code) for op_id, code, _, _ in DECLARED} == set(BREAKING)
    assert REFUSALS, "the spec declares no refusal: nothing below would be checked"


@pytest.mark.parametrize(("op_id", "code", "engine", "status"), DECLARED, ids=[f"{d[0]}-{d[1]}" for d in DECLARED])
def test_a_broken_rule_is_judged_after_the_session_gate(op_id: str, code: str, engine: str, status: int) -> None:
    """The rules are checks in WAHA's controller bodies, which run once the working-session pipe gave the
    session: a stopped session answers 422 whatever the rule says; a working one, the rule's answer."""
    method, path, query, body = _breaking_request(op_id, code)
    [rule] = [r for r in RULES.requests[op_id][0] if r.code == code]
    with open_emulator(engine) as emu, emu.client() as http:
        if rule.after_lookup is not None:
            error(http.request(method, path, params=query, json=body), 404)
            setup = AFTER_LOOKUP[rule.after_lookup]
            ok(http.request(setup[0], setup[1], json=setup[2]))
        error(http.request(method, path, params=query, json=body), status, code)
        ok(http.post("/session/stop"))
        error(http.request(method, path, params=query, json=body), 422, "session_not_working")


def _bad_argument(op_id: str) -> tuple[str, str, dict[str, Any], Any]:
    """The spec's example request with arguments its schemas refuse: a body of the wrong type, else the
    first query parameter whose schema has a pattern, else the path's parameters (all patterned), given a
    value that cannot match."""
    method, path, query, body = _example_request(op_id)
    spec = load_spec()
    doc, op = spec.document, spec.operations[op_id]
    if body is not None:
        return method, path, query, ["not", "an", "object"]
    for param in (deref(doc, p) for p in op.raw.get("parameters", [])):
        if param["in"] == "query" and "pattern" in deref(doc, param.get("schema", {})):
            return method, path, {**query, param["name"]: "not an id"}, body
    assert op.path_params, f"{op_id}: no argument to break (add a case for it)"
    return method, re.sub(r"\{[^}]+\}", quote("not an id"), op.path), query, body


@pytest.mark.parametrize(("op_id", "engine"), REFUSALS, ids=[f"{e}-{o}" for o, e in REFUSALS])
def test_a_refused_call_checks_its_arguments_and_the_session_first(op_id: str, engine: str) -> None:
    """NestJS validates the arguments before the controller runs (400), the controller asks for a working
    session (422), and only the engine's method is missing (501)."""
    method, path, query, body = _bad_argument(op_id)
    with open_emulator(engine) as emu, emu.client() as http:
        answer = http.request(method, path, params=query, json=body)
        assert answer.status_code == 400 and answer.json()["code"] in SCHEMA_CODES, answer.text
        good = _example_request(op_id)
        ok(http.post("/session/stop"))
        error(http.request(good[0], good[1], params=good[2], json=good[3]), 422, "session_not_working")
        assert http.request(method, path, params=query, json=body).status_code == 400


def test_a_label_update_finds_the_label_before_judging_its_colour() -> None:
    """WAHA's update: the ValidationPipe (400 for a colour that is no hex value), then getLabel (404), then
    the colour rules of LabelBody.toDTO (422)."""
    with open_emulator() as emu, emu.client() as http:
        error(http.put("/labels/7", json={"name": "Paid", "colorHex": "red"}), 400, "rest_invalid_param")
        error(http.put("/labels/7", json={"name": "Paid", "colorHex": "#000000"}), 404)
        label = ok(http.post("/labels", json={"name": "Lead", "color": 0}))
        answer = http.put(f"/labels/{label['id']}", json={"name": "Paid", "colorHex": "#000000"})
        error(answer, 422, "label_color_not_in_palette")
