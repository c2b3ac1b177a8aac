"""``x-wawp-request-rules``: every rule the spec declares is one the emulator can read, and the two kinds
of rule (a JSON Schema over the parameters, ``contains``) decide as they say."""

from __future__ import annotations

import pytest
from wawp_emulator.spec import load_spec
from wawp_emulator.validation import RequestRule, compile_spec, request_rules


def test_every_declared_rule_compiles_and_is_checked_where_it_should_be() -> None:
    spec = load_spec()
    compiled = compile_spec(spec)
    declared = {op.operation_id: request_rules(op.raw) for op in spec if op.raw.get("x-wawp-request-rules")}
    assert {"presenceSet", "labelCreate", "labelUpdate", "sendLinkPreview", "groupDescriptionSet"} <= set(declared)
    for op_id, rules in declared.items():
        assert [r.code for r in compiled[op_id].rules] == [r.code for r in rules]


def test_a_schema_rule_reads_the_parameters_as_one_object() -> None:
    rule = RequestRule(
        {
            "description": "typing needs chatId",
            "status": 400,
            "code": "x",
            "schema": {"if": {"properties": {"presence": {"const": "typing"}}}, "then": {"required": ["chatId"]}},
        }
    )
    assert rule.holds({"presence": "typing", "chatId": "1@c.us"}) and rule.holds({"presence": "online"})
    assert not rule.holds({"presence": "typing"})
    error = rule.error()
    assert (error.status, error.code, error.message) == (400, "x", "typing needs chatId")


def test_a_contains_rule_only_judges_two_strings() -> None:
    rule = RequestRule({"description": "d", "status": 500, "code": "c", "contains": ["text", "url"]})
    assert rule.holds({"text": "see https://a.b", "url": "https://a.b"})
    assert not rule.holds({"text": "see", "url": "https://a.b"})
    assert rule.holds({"text": "see"}) and rule.holds({"text": 3, "url": "x"})  # (a schema's business)


@pytest.mark.parametrize(
    "entry",
    [
        {"description": "d", "status": 400, "code": "c"},
        {"description": "d", "status": 400, "code": "c", "schema": {}, "contains": ["a", "b"]},
        {"description": "d", "status": 400, "code": "c", "contains": ["a"]},
    ],
)
def test_a_rule_needs_exactly_one_condition(entry: dict[str, object]) -> None:
    with pytest.raises(ValueError, match="exactly one"):
        RequestRule(entry)


def test_an_engine_rule_is_left_to_the_handler() -> None:
    [op] = [op for op in load_spec() if op.operation_id == "groupDescriptionSet"]
    compiled = compile_spec(load_spec())["groupDescriptionSet"]
    [rule] = request_rules(op.raw)
    assert rule.engines == {"GOWS"} and not rule.holds({"description": " "})
    compiled.check_rules({"description": " "})  # validation knows no engine: no error here
