"""The v1 -> v2 migration report (tools/migration.py): each kind of call is paired and told as callers feel it,
the real report says what spec/v2/README.md promises, and the README's section is what the tool prints."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from tools import docs_tables, migration, specdiff

ROOT = Path(__file__).resolve().parents[2]


def _op(op_id: str, tag: str, **extra: Any) -> dict[str, Any]:
    return {"operationId": op_id, "tags": [tag], "responses": {"200": _json({"type": "object"})}, **extra}


def _json(schema: dict[str, Any]) -> dict[str, Any]:
    return {"description": "ok", "content": {"application/json": {"schema": schema}}}


def _query(name: str, *, required: bool = False, **schema: Any) -> dict[str, Any]:
    return {"name": name, "in": "query", "required": required, "schema": {"type": "string", **schema}}


_PARTICIPANTS = {"type": "array", "items": {"type": "object", "properties": {"JID": {"type": "string"}}}}
_OK = {"type": "object", "required": ["ok"], "properties": {"ok": {"const": True}}}
_EVENT = {"post": {"requestBody": {"content": {"application/json": {"schema": {"type": "object"}}}}}}

V1: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "v1", "version": "1.0.0"},
    "security": [{"InstanceId": [], "AccessToken": []}],
    "paths": {
        "/send": {"post": _op("sendText", "messages", parameters=[_query("chatId", required=True), _query("text")])},
        "/groups": {
            "get": _op("groupsList", "groups", parameters=[_query("sortOrder")])
            | {"responses": {"200": _json({"type": "object"}), "422": _json({"$ref": "#/components/schemas/Error"})}}
        },
        "/groups/{id}/participants/add": {
            "post": _op("groupParticipantsAdd", "groups", responses={"200": _json(_PARTICIPANTS)})
        },
        "/createSession": {
            "post": _op(
                "sessionCreate", "sessions", security=[{"AccessToken": []}], parameters=[_query("name", required=True)]
            )
        },
        "/screenshot": {"get": _op("authScreenshot", "auth")},
        "/star": {"post": _op("messageStar", "messages")},
        "/me": {"get": _op("sessionMe", "sessions")},
    },
    "webhooks": {"message": _EVENT, "message.reaction": _EVENT},
    "components": {
        "securitySchemes": {
            "InstanceId": {"type": "apiKey", "in": "query", "name": "instance_id"},
            "AccessToken": {"type": "apiKey", "in": "query", "name": "access_token"},
        }
    },
}

V2: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "v2", "version": "2.0.0"},
    "security": [{"InstanceId": [], "AccessToken": []}, {"InstanceIdHeader": [], "Bearer": []}],
    "paths": {
        "/v2/send/text": {  # the same call: path, method and the place of `text` moved
            "get": _op(
                "sendText",
                "messages",
                parameters=[_query("chatId", required=True)],
                requestBody={"content": {"application/json": {"schema": {"properties": {"text": {"type": "string"}}}}}},
                **{"x-wawp-v1-operation": "sendText", "x-wawp-also-methods": ["post"]},
            )
        },
        "/v2/groups": {
            "get": _op(
                "groupsList",
                "groups",
                responses={"200": _json({"type": "object"}), "403": {"$ref": "#/components/responses/Forbidden"}},
                **{"x-wawp-v1-operation": "groupsList"},
            )
        },
        "/v2/groups/{id}/participants/add": {
            "post": _op(
                "groupParticipantsAdd",
                "groups",
                responses={"200": _json(_OK)},
                **{"x-wawp-v1-operation": "groupParticipantsAdd"},
            )
        },
        "/v2/session/create": {
            "post": _op(
                "sessionProvision",
                "sessions",
                security=[{"AccessToken": []}],
                responses={"201": _json({"type": "object"})},
                **{"x-wawp-v1-operation": "sessionCreate"},
            )
        },
        "/v2/session/me": {  # headers only: the query credentials v1 took are refused
            "get": _op("sessionMe", "sessions", security=[{"InstanceIdHeader": [], "Bearer": []}])
            | {"x-wawp-v1-operation": "sessionMe"}
        },
        "/v2/auth/otp/send": {"post": _op("authOtpSend", "auth")},
    },
    "webhooks": {"message": _EVENT},
    "components": {
        "securitySchemes": {
            **V1["components"]["securitySchemes"],
            "InstanceIdHeader": {"type": "apiKey", "in": "header", "name": "X-Instance-ID"},
            "Bearer": {"type": "http", "scheme": "bearer"},
        },
        "responses": {"Forbidden": _json({"$ref": "#/components/schemas/V2Error"})},
    },
}

INDEX = {
    "open": [{"title": "Screenshot", "v1": ["authScreenshot"], "known": "No page read."}],
    "events": {"named_only": [{"event": "poll.vote"}]},
}


def _rows(found: migration.Migration) -> dict[str, migration.Row]:
    return {f"{row.v1_call} -> {row.v2_call}": row for row in found.rows}


@pytest.fixture(scope="module")
def fixture_pair() -> migration.Migration:
    return migration.compare(V1, V2, INDEX)


def test_each_kind_of_call_is_paired(fixture_pair: migration.Migration) -> None:
    kinds = {key: row.kind for key, row in _rows(fixture_pair).items()}
    assert kinds == {
        "client.messages.send_text() -> client.messages.send_text()": migration.SAME,
        "client.groups.list() -> client.groups.list()": migration.CHANGED,
        "client.groups.participants_add() -> client.groups.participants_add()": migration.CHANGED,
        "client.sessions.me() -> client.sessions.me()": migration.CHANGED,
        "client.sessions.create() -> client.sessions.provision()": migration.REPLACED,
        "client.auth.screenshot() -> None": migration.V1_ONLY,
        "client.messages.star() -> None": migration.V1_ONLY,
        "None -> client.auth.otp_send()": migration.V2_ONLY,
    }
    assert [row.call for row in fixture_pair.rows] == sorted(row.call for row in fixture_pair.rows)


def test_a_same_call_moved_on_the_wire_has_nothing_to_change(fixture_pair: migration.Migration) -> None:
    row = _rows(fixture_pair)["client.messages.send_text() -> client.messages.send_text()"]
    assert (row.v1_route, row.v2_route) == ("POST /send", "GET /v2/send/text (also POST)")
    assert row.to_do == ()
    assert [(c.area, c.what) for c in row.changes] == [
        ("wire", "argument `text` moves to the JSON body from the query (same keyword)")
    ]


def test_arguments_results_and_credentials_are_told_in_python_names(fixture_pair: migration.Migration) -> None:
    briefs = {key: migration._brief(row) for key, row in _rows(fixture_pair).items()}
    assert briefs["client.groups.list() -> client.groups.list()"] == "removed: `sort_order`"
    assert briefs["client.groups.participants_add() -> client.groups.participants_add()"] == (
        "answers `object` (was `object`[])"
    )
    assert briefs["client.sessions.create() -> client.sessions.provision()"] == "removed: `name`"
    assert briefs["client.sessions.me() -> client.sessions.me()"] == (
        "refuses `instance_id` (query) + `access_token` (query)"
    )
    provision = _rows(fixture_pair)["client.sessions.create() -> client.sessions.provision()"]
    assert "answers 201 instead of 200" in [c.what for c in provision.changes]


def test_calls_without_a_counterpart_say_what_is_known(fixture_pair: migration.Migration) -> None:
    rows = _rows(fixture_pair)
    assert rows["client.auth.screenshot() -> None"].note == "open: No page read."
    assert rows["client.messages.star() -> None"].note == "not in v2"


def test_the_summary_counts_every_call_once_and_names_credentials_and_events(
    fixture_pair: migration.Migration,
) -> None:
    text = migration.render_summary(fixture_pair)
    assert text.startswith(
        "Of v1's 7 calls, 4 keep their name in v2 (1 unchanged for your code, 3 with changed arguments or results), "
        "1 give way to a v2 call with another name and 2 have no v2 counterpart yet. Of v2's 6 calls, 1 take over a "
        "v1 call whose inputs changed and 1 are new."
    )
    assert "| `client.sessions.create()` | `client.sessions.provision()` | removed: `name` |" in text
    assert "**Unchanged** (1; " in text and "`client.messages.send_text()`." in text
    assert "`X-Instance-ID` (header) + `Authorization: Bearer` (header)" in text
    assert "v1 describes its error answers as `Error`, v2 as `V2Error`. v2 describes 403 on 1 call where v1" in text
    assert "v1 describes 422 on 1 call where v2 does not." in text
    assert "1 events differ (`message.reaction`). v2's pages also name `poll.vote`" in text


def test_the_report_is_deterministic_and_lists_every_change(fixture_pair: migration.Migration) -> None:
    report = migration.render_report(fixture_pair)
    assert report == migration.render_report(migration.compare(copy.deepcopy(V1), copy.deepcopy(V2), INDEX))
    assert "### `client.sessions.create() -> client.sessions.provision()`: replaced" in report
    assert "- **breaks** (argument): argument `sort_order (`sortOrder`)` removed" in report
    assert "- `message.reaction`: event removed (breaks)" in report


# ------------------------------------------------------------------------------ this repository's v1 and v2


@pytest.fixture(scope="module")
def real() -> migration.Migration:
    return migration._this_repository()


def test_the_real_report_pairs_what_spec_v2_readme_promises(real: migration.Migration) -> None:
    rows = _rows(real)
    send = rows["client.messages.send_text() -> client.messages.send_text()"]
    assert send.kind == migration.SAME and send.v2_route is not None and send.v2_route.startswith("POST /v2/send/text")
    provision = rows["client.sessions.create() -> client.sessions.provision()"]
    assert provision.kind == migration.REPLACED
    add = rows["client.groups.participants.add() -> client.groups.participants.add()"]
    assert add.kind == migration.CHANGED and "answers `V2Ok`" in migration._brief(add)


def test_the_real_report_holds_every_operation_of_both(real: migration.Migration) -> None:
    v1 = specdiff.operations(specdiff.load_spec(str(migration.V1_PATH)))
    v2 = specdiff.operations(specdiff.load_spec(str(migration.V2_PATH)))
    assert {row.v1_call for row in real.rows if row.v1_call} == {
        specdiff.facade_call(op.operation) for op in v1.values()
    }
    v2_sides = [row for row in real.rows if row.v2_call]
    assert len(v2_sides) == len(v2) == real.v2_count


def test_the_readme_section_is_what_the_tool_prints() -> None:
    readme = docs_tables.README_PATH.read_text(encoding="utf-8")
    assert readme == docs_tables.with_sections(readme, docs_tables.SECTIONS[docs_tables.README_PATH]), (
        "README.md's 'Moving from v1 to v2' table is stale: run python -m tools.docs_tables"
    )
    assert migration.summary() in readme


def test_a_page_without_its_section_markers_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="no '<!-- BEGIN moving-from-v1-to-v2"):
        docs_tables.with_sections("# README\n", {migration.SECTION: migration.summary})


def test_main_prints_the_summary_and_writes_the_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = tmp_path / "reports" / "v1-to-v2.md"
    assert migration.main(["--report", str(report)]) == 0
    printed = capsys.readouterr().out
    assert printed.startswith(migration.summary()) and str(report) in printed
    assert report.read_text(encoding="utf-8").startswith("# Moving from v1 to v2")


def test_an_operation_id_shared_without_its_v1_mark_is_still_the_same_call() -> None:
    v2 = copy.deepcopy(V2)
    del v2["paths"]["/v2/groups"]["get"]["x-wawp-v1-operation"]
    rows = _rows(migration.compare(V1, v2, INDEX))
    assert rows["client.groups.list() -> client.groups.list()"].kind == migration.CHANGED
