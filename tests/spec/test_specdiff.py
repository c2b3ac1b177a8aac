"""The breaking-change report (tools/specdiff.py): each kind of change is classified as callers feel it."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml

from tools import specdiff

ROOT = Path(__file__).resolve().parents[2]

BASE: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "t", "version": "1.0.0"},
    "paths": {
        "/send": {
            "post": {
                "operationId": "sendText",
                "tags": ["messages"],
                "x-wawp-facade": "send_text",
                "parameters": [
                    {"name": "chatId", "in": "query", "required": True, "schema": {"type": "string"}},
                    {"name": "file[url]", "in": "query", "schema": {"type": "string", "maxLength": 100}},
                    {"name": "mode", "in": "query", "schema": {"type": "string", "enum": ["a", "b"]}},
                ],
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Sent"}}},
                    }
                },
            }
        },
        "/groups": {
            "post": {
                "operationId": "groupCreate",
                "tags": ["groups"],
                "x-wawp-facade": "create",
                "requestBody": {
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "required": ["name"],
                                "properties": {"name": {"type": "string"}, "participants": {"type": "array"}},
                            }
                        }
                    }
                },
                "responses": {"200": {"description": "ok"}},
            }
        },
    },
    "webhooks": {
        "message": {
            "post": {
                "requestBody": {
                    "content": {
                        "application/json": {
                            "schema": {"type": "object", "properties": {"event": {"const": "message"}}}
                        }
                    }
                }
            }
        }
    },
    "components": {
        "schemas": {
            "Sent": {
                "type": "object",
                "required": ["id"],
                "properties": {"id": {"type": "string"}, "ackName": {"type": "string"}},
            }
        }
    },
}


def _diff(edit: Any) -> list[specdiff.Change]:
    new = copy.deepcopy(BASE)
    edit(new)
    return specdiff.diff_specs(BASE, new)


def _send_params(spec: dict[str, Any]) -> list[dict[str, Any]]:
    params: list[dict[str, Any]] = spec["paths"]["/send"]["post"]["parameters"]
    return params


def test_the_same_spec_has_no_changes() -> None:
    assert specdiff.diff_specs(BASE, copy.deepcopy(BASE)) == []
    real = specdiff.load_spec(str(ROOT / "spec" / "openapi.yaml"))
    assert specdiff.diff_specs(real, copy.deepcopy(real)) == []


def test_removed_operation_breaks_and_names_the_facade_method() -> None:
    changes = _diff(lambda s: s["paths"].pop("/groups"))
    assert [(c.where, c.breaking) for c in changes] == [("client.groups.create()", True)]


def test_added_operation_is_compatible() -> None:
    def add(spec: dict[str, Any]) -> None:
        spec["paths"]["/labels"] = {"get": {"operationId": "labelsList", "tags": ["labels"], "x-wawp-facade": "list"}}

    (change,) = _diff(add)
    assert not change.breaking and "labelsList" in change.what and change.where == "client.labels.list()"


def test_renamed_parameter_is_a_removal_and_an_addition_in_python_names() -> None:
    changes = _diff(lambda s: _send_params(s)[1].update(name="file[link]"))
    assert {(c.what, c.breaking) for c in changes} == {
        ("argument `file_url (`file[url]`)` removed", True),
        ("argument `file_link (`file[link]`)` added", False),
    }


def test_optional_parameter_made_required_breaks() -> None:
    (change,) = _diff(lambda s: _send_params(s)[2].update(required=True))
    assert change.breaking and "now required" in change.what


def test_new_optional_parameter_is_compatible_and_new_required_one_breaks() -> None:
    optional = _diff(lambda s: _send_params(s).append({"name": "quiet", "in": "query", "schema": {"type": "boolean"}}))
    assert [c.breaking for c in optional] == [False]
    required = _diff(
        lambda s: _send_params(s).append(
            {"name": "quiet", "in": "query", "required": True, "schema": {"type": "boolean"}}
        )
    )
    assert [c.breaking for c in required] == [True]


def test_value_removed_from_a_closed_set_breaks_and_one_added_does_not() -> None:
    (removed,) = _diff(lambda s: _send_params(s)[2]["schema"].update(enum=["a"]))
    assert removed.breaking and "'b'" in removed.what
    (added,) = _diff(lambda s: _send_params(s)[2]["schema"].update(enum=["a", "b", "c"]))
    assert not added.breaking


def test_type_narrowed_or_bound_tightened_breaks_and_loosened_does_not() -> None:
    (narrowed,) = _diff(lambda s: _send_params(s)[0].update(schema={"type": "integer"}))
    assert narrowed.breaking and "string -> integer" in narrowed.what
    (tighter,) = _diff(lambda s: _send_params(s)[1]["schema"].update(maxLength=10))
    assert tighter.breaking
    (looser,) = _diff(lambda s: _send_params(s)[1]["schema"].update(maxLength=1000))
    assert not looser.breaking


def test_json_body_fields_are_arguments_too() -> None:
    def require(spec: dict[str, Any]) -> None:
        schema = spec["paths"]["/groups"]["post"]["requestBody"]["content"]["application/json"]["schema"]
        schema["required"].append("participants")

    (change,) = _diff(require)
    assert change.breaking and change.where == "client.groups.create()" and "participants" in change.what


def test_response_field_removed_or_retyped_breaks_and_added_does_not() -> None:
    props = ("components", "schemas", "Sent", "properties")

    def at(spec: dict[str, Any]) -> dict[str, Any]:
        node: Any = spec
        for key in props:
            node = node[key]
        result: dict[str, Any] = node
        return result

    (removed,) = _diff(lambda s: at(s).pop("ackName"))
    assert removed.breaking and removed.what == "field `ack_name` (`ackName`) removed"
    (retyped,) = _diff(lambda s: at(s).update(id={"type": "object"}))
    assert retyped.breaking
    (added,) = _diff(lambda s: at(s).update(timestamp={"type": "integer"}))
    assert not added.breaking and added.area == "response field"


def test_webhook_event_removed_breaks_and_added_does_not() -> None:
    (removed,) = _diff(lambda s: s["webhooks"].pop("message"))
    assert removed.breaking and removed.where == "message"
    (added,) = _diff(lambda s: s["webhooks"].update({"call.received": {"post": {}}}))
    assert not added.breaking


def test_main_writes_the_report_and_exits_by_whether_anything_breaks(tmp_path: Path) -> None:
    old, compatible, breaking = tmp_path / "old.yaml", tmp_path / "new.yaml", tmp_path / "broken.yaml"
    old.write_text(yaml.safe_dump(BASE))
    grown = copy.deepcopy(BASE)
    _send_params(grown).append({"name": "quiet", "in": "query", "schema": {"type": "boolean"}})
    compatible.write_text(yaml.safe_dump(grown))
    shrunk = copy.deepcopy(BASE)
    shrunk["paths"].pop("/groups")
    breaking.write_text(yaml.safe_dump(shrunk))
    report = tmp_path / "report.md"
    assert specdiff.main([str(old), str(compatible), "--report", str(report)]) == 0
    assert "## Compatible (1)" in report.read_text()
    assert specdiff.main([str(old), str(breaking)]) == 1


def test_bad_input_is_a_clear_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert specdiff.main(["no-such-ref-or-file"]) == 2
    assert "neither a spec file nor a git ref" in capsys.readouterr().err


# ------------------------------------------------------------------------------ references, places, statuses


def test_a_spec_borrowing_from_another_file_is_read_with_it(tmp_path: Path) -> None:
    """spec/v2/openapi.yaml points into v1 (``../openapi.yaml#/...``): bodies, schemas and events resolve there,
    and the borrowed parts' own local references resolve inside the borrowed file."""
    (tmp_path / "v2").mkdir()
    (tmp_path / "openapi.yaml").write_text(yaml.safe_dump(BASE))
    borrowed = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "2.0.0"},
        "paths": {
            "/v2/send": {"post": {**BASE["paths"]["/send"]["post"], "responses": {"200": {"$ref": "#/x-ok"}}}},
            "/v2/groups": {
                "post": {
                    **BASE["paths"]["/groups"]["post"],
                    "requestBody": {"$ref": "../openapi.yaml#/paths/~1groups/post/requestBody"},
                }
            },
        },
        "webhooks": {"message": {"$ref": "../openapi.yaml#/webhooks/message"}},
        "x-ok": {
            "description": "ok",
            "content": {"application/json": {"schema": {"$ref": "../openapi.yaml#/components/schemas/Sent"}}},
        },
    }
    (tmp_path / "v2" / "openapi.yaml").write_text(yaml.safe_dump(borrowed))
    v1, v2 = (
        specdiff.load_spec(str(tmp_path / "openapi.yaml")),
        specdiff.load_spec(str(tmp_path / "v2" / "openapi.yaml")),
    )
    changes = specdiff.diff_specs(v1, v2)
    assert {c.area for c in changes} == {"operation"}, changes  # routes moved; arguments, fields and events did not
    assert specdiff.shape_name(v2["x-ok"]["content"]["application/json"]["schema"]) == "`Sent`"


def test_a_reference_to_a_missing_file_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = copy.deepcopy(BASE)
    spec["paths"]["/groups"]["post"]["requestBody"] = {"$ref": "elsewhere.yaml#/body"}
    (tmp_path / "spec.yaml").write_text(yaml.safe_dump(spec))
    assert specdiff.main([str(tmp_path / "spec.yaml")]) == 2
    assert "'elsewhere.yaml', which cannot be read" in capsys.readouterr().err


def test_an_argument_moved_from_the_query_to_the_body_changes_the_wire_only() -> None:
    def move(spec: dict[str, Any]) -> None:
        operation = spec["paths"]["/send"]["post"]
        operation["parameters"] = [p for p in operation["parameters"] if p["name"] != "mode"]
        operation["requestBody"] = {
            "content": {
                "application/json": {
                    "schema": {"type": "object", "properties": {"mode": {"type": "string", "enum": ["a", "b"]}}}
                }
            }
        }

    (change,) = _diff(move)
    assert (change.area, change.breaking, change.subject) == ("wire", False, "mode")
    assert change.what == "argument `mode` moves to the JSON body from the query (same keyword)"


def test_a_dotted_parameter_is_one_keyword_and_a_body_field_is_nested() -> None:
    (removed,) = _diff(lambda s: _send_params(s).append({"name": "filter.ack", "in": "query", "schema": {}}))
    assert removed.what == "argument `filter_ack (`filter.ack`)` added" and removed.subject == "filter_ack"

    def nest(spec: dict[str, Any]) -> None:
        schema = spec["paths"]["/groups"]["post"]["requestBody"]["content"]["application/json"]["schema"]
        schema["properties"]["participants"]["items"] = {"type": "object", "properties": {"isAdmin": {}}}

    subjects = {c.subject for c in _diff(nest)}
    assert subjects == {"participants[*]", "participants[*].isAdmin"}  # items' fields keep their wire names


def test_a_changed_pattern_may_refuse_old_values_and_says_so() -> None:
    (changed,) = _diff(lambda s: _send_params(s)[0]["schema"].update(pattern="^[0-9]+$"))
    assert changed.breaking and changed.verb == "other pattern" and "changed pattern (None -> ^[0-9]+$)" in changed.what


def test_another_success_status_is_a_wire_change() -> None:
    (change,) = _diff(
        lambda s: s["paths"]["/send"]["post"]["responses"].update(
            {"201": s["paths"]["/send"]["post"]["responses"].pop("200")}
        )
    )
    assert (change.area, change.what, change.breaking) == ("wire", "answers 201 instead of 200", False)


def test_a_wire_name_with_the_same_keyword_is_a_wire_rename_not_a_removal() -> None:
    (change,) = _diff(lambda s: _send_params(s)[0].update(name="chat_id"))
    assert (change.area, change.breaking, change.subject) == ("wire", False, "chat_id")
    assert change.what == "argument `chat_id` was sent as `chatId` (same keyword)"
