"""``x-wawp-request-rules``: every rule the spec declares is one the emulator can read, and the two kinds
of rule (a JSON Schema over the parameters, ``contains``) decide as they say (test_check_order.py pins
when they are judged)."""

from __future__ import annotations

import pytest
from wawp_emulator.engine_rules import bundled_rules
from wawp_emulator.request_rules import RequestRule, request_rules
from wawp_emulator.spec import load_spec


def test_every_declared_rule_compiles_and_is_checked_where_it_should_be() -> None:
    spec = load_spec()
    declared = {op.operation_id: request_rules(op.raw) for op in spec if op.raw.get("x-wawp-request-rules")}
    assert {"presenceSet", "labelCreate", "labelUpdate", "sendLinkPreview", "groupDescriptionSet"} <= set(declared)
    checked = bundled_rules().requests
    assert set(checked) == set(declared)
    for op_id, rules in declared.items():
        assert [r.code for r in checked[op_id][0]] == [r.code for r in rules]
    assert checked["presenceSet"][1] is False and checked["labelCreate"][1] is True  # (query / body)


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


def test_an_engine_rule_binds_only_its_engines() -> None:
    rules = bundled_rules()
    blank = {"description": " "}
    broken = rules.broken_rule("groupDescriptionSet", "GOWS", {}, blank)
    assert broken is not None and broken.engines == {"GOWS"} and broken.code == "group_description_empty"
    assert rules.broken_rule("groupDescriptionSet", "WEBJS", {}, blank) is None
    assert rules.broken_rule("groupDescriptionSet", None, {}, blank) is None
