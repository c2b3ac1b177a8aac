"""Operations without a stateful handler are served from the spec (example, or built from the schema).

The fallback is what keeps a regenerated spec usable before anyone writes handlers: the answer is the
documented success response, the request is still authenticated, validated and subject to faults, and
the answer says where it came from (header and journal). Its values must always satisfy the spec, so
the schema builder is held to every 200 schema of the shipped spec with all examples removed.
"""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from wawp_emulator.emulator import Emulator
from wawp_emulator.fallback import SOURCE_HEADER, SpecFallback, format_coverage, schema_value
from wawp_emulator.spec import Spec, bundled_spec_path, load_spec
from wawp_emulator.validation import compile_spec

PACKAGE_PARENT = str(Path(__import__("wawp_emulator").__file__).resolve().parents[1])
EXAMPLE = {"contactId": "201234567890@c.us", "at": "2026-02-03T04:05:06Z", "count": 7, "note": "documented"}
ERRORS = {
    "400": {"$ref": "#/components/responses/BadRequest"},
    "401": {"$ref": "#/components/responses/Unauthorized"},
}


def _strip_examples(node: Any) -> Any:
    if isinstance(node, dict):
        return {k: _strip_examples(v) for k, v in node.items() if k not in ("example", "examples")}
    if isinstance(node, list):
        return [_strip_examples(item) for item in node]
    return node


def _operation(op_id: str, response: dict[str, Any], *, query: bool = False) -> dict[str, Any]:
    params = [{"name": "note", "in": "query", "required": True, "schema": {"type": "string", "maxLength": 5}}]
    return {
        "operationId": op_id,
        "tags": ["contacts"],
        "parameters": params if query else [],
        "responses": {"200": response, **ERRORS},
    }


def _changed_spec() -> dict[str, Any]:
    """The shipped spec plus three operations no handler knows: with an example, without one, empty."""
    doc = copy.deepcopy(load_spec().document)
    doc["components"]["schemas"]["Noted"] = {
        "type": "object",
        "required": ["contactId", "at", "count"],
        "properties": {
            "contactId": {"type": "string", "pattern": r"^[0-9]+@c\.us$"},
            "at": {"type": "string", "format": "date-time"},
            "count": {"type": "integer", "minimum": 3},
            "colour": {"type": "string", "pattern": "^#[0-9a-f]{6}$"},
            "tags": {"type": "array", "minItems": 2, "items": {"enum": ["x", "y"]}},
        },
    }
    noted = {"$ref": "#/components/schemas/Noted"}
    doc["paths"]["/rehearsal/example"] = {
        "get": _operation(
            "rehearsalExample",
            {"description": "ok", "content": {"application/json": {"schema": noted, "example": EXAMPLE}}},
            query=True,
        )
    }
    doc["paths"]["/rehearsal/schema"] = {
        "post": _operation("rehearsalSchema", {"description": "ok", "content": {"application/json": {"schema": noted}}})
    }
    doc["paths"]["/rehearsal/empty"] = {"delete": _operation("rehearsalEmpty", {"description": "Empty body."})}
    return doc


@pytest.fixture(scope="module")
def spec_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("fallback") / "openapi.yaml"
    path.write_text(yaml.safe_dump(_changed_spec(), sort_keys=False), encoding="utf-8")
    return path


@pytest.fixture
def emu(spec_file: Path) -> Iterator[Emulator]:
    with Emulator(seed=1, spec_path=spec_file, raise_on_violation=True, webhook_delivery="manual") as emulator:
        yield emulator
    assert not emulator.violations


def test_every_operation_of_the_shipped_spec_has_a_valid_fallback_answer() -> None:
    """The examples of the shipped spec, and values built from its schemas alone, both satisfy the spec."""
    shipped = load_spec()
    empty = sum(op.responses["200"].media_type is None for op in shipped)  # a documented empty body needs no example
    expected = {
        "shipped": {"spec-example": len(shipped.operations)},
        "stripped": {"spec-example": empty, "spec-schema": len(shipped.operations) - empty},
    }
    for name, doc in (("shipped", shipped.document), ("stripped", _strip_examples(shipped.document))):
        spec = Spec(doc)
        fallback, compiled = SpecFallback(spec), compile_spec(spec)
        sources: dict[str, int] = {}
        for op in spec:
            reply = fallback.answer(op)
            source = reply.headers[SOURCE_HEADER]
            sources[source] = sources.get(source, 0) + 1
            body = None if isinstance(reply.body, bytes) else json.loads(json.dumps(reply.body))
            assert (reply.body == b"") is (op.responses["200"].media_type is None), op.operation_id
            assert compiled[op.operation_id].check_response(reply.status, reply.media_type, body) == []
        assert sources == expected[name]


def test_the_schema_builder_meets_patterns_formats_and_bounds() -> None:
    doc = _changed_spec()
    value = schema_value(doc, {"$ref": "#/components/schemas/Noted"})
    assert value["contactId"] == "201234567890@c.us"
    assert value["at"] == "2026-01-01T00:00:00Z"
    assert value["count"] == 3
    assert value["colour"] == "#000000"  # no candidate fits: built from the pattern itself
    assert value["tags"] == ["x", "x"]


def test_a_documented_example_is_served_and_marked(emu: Emulator) -> None:
    with emu.client() as http:
        answer = http.get("/rehearsal/example", params={"note": "hi"})
    assert answer.status_code == 200 and answer.json() == EXAMPLE
    assert answer.headers[SOURCE_HEADER] == "spec-example"
    record = emu.requests[-1].to_json()
    assert record["operationId"] == "rehearsalExample" and record["source"] == "spec-example"


def test_without_an_example_the_answer_is_built_from_the_schema(emu: Emulator) -> None:
    with emu.client() as http:
        first, second = http.post("/rehearsal/schema"), http.post("/rehearsal/schema")
    assert first.status_code == 200 and first.headers[SOURCE_HEADER] == "spec-schema"
    assert first.json() == second.json() and first.json()["contactId"] == "201234567890@c.us"
    assert emu.requests[-1].to_json()["source"] == "spec-schema"


def test_a_documented_empty_answer_is_empty(emu: Emulator) -> None:
    with emu.client() as http:
        answer = http.delete("/rehearsal/empty")
    assert answer.status_code == 200 and answer.content == b"" and "content-type" not in answer.headers
    assert answer.headers[SOURCE_HEADER] == "spec-example"


def test_requests_are_still_authenticated_validated_and_faulted(emu: Emulator) -> None:
    with emu.client() as http, emu.client(auth=False) as anonymous:
        assert anonymous.get("/rehearsal/example", params={"note": "hi"}).status_code == 401
        missing = http.get("/rehearsal/example")
        assert missing.status_code == 400 and missing.json()["code"] == "rest_missing_callback_param"
        too_long = http.get("/rehearsal/example", params={"note": "longer"})
        assert too_long.status_code == 400 and too_long.json()["code"] == "rest_invalid_param"
        assert SOURCE_HEADER not in too_long.headers
        emu.add_fault(operation="rehearsalSchema", status=500, times=1)
        assert http.post("/rehearsal/schema").status_code == 500
        assert http.post("/rehearsal/schema").status_code == 200
    sources = [r.to_json().get("source") for r in emu.requests]
    assert sources == [None, None, None, None, "spec-schema"]


def test_handled_operations_stay_stateful_and_unmarked(emu: Emulator) -> None:
    with emu.client() as http:
        answer = http.get("/session/info")
    assert answer.status_code == 200 and SOURCE_HEADER not in answer.headers
    assert "source" not in emu.requests[-1].to_json()


def test_the_fallback_can_be_switched_off(spec_file: Path) -> None:
    with Emulator(seed=1, spec_path=spec_file, spec_fallback=False, strict=False) as emu, emu.client() as http:
        answer = http.post("/rehearsal/schema")
        assert answer.status_code == 501 and answer.json()["code"] == "emulator_not_implemented"
        assert {r.source for r in emu.coverage() if r.operation_id.startswith("rehearsal")} == {"none"}


def test_coverage_lists_how_each_operation_is_answered(emu: Emulator) -> None:
    rows = {row.operation_id: row for row in emu.coverage()}
    shipped = len(load_spec().operations)
    assert len(rows) == shipped + 3
    assert (rows["rehearsalExample"].source, rows["rehearsalSchema"].source) == ("spec-example", "spec-schema")
    assert (rows["rehearsalEmpty"].method, rows["rehearsalEmpty"].path) == ("DELETE", "/rehearsal/empty")
    assert sum(row.source == "stateful" for row in rows.values()) == shipped
    report = format_coverage(list(rows.values()), "x.yaml").splitlines()
    assert report[0] == f"{shipped + 3} operations in x.yaml: {shipped} with a stateful handler, 3 served from the spec"
    assert "rehearsal" in report[1] and "rehearsal" in report[3] and "stateful" in report[4]


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": PACKAGE_PARENT}
    return subprocess.run(
        [sys.executable, "-m", "wawp_emulator", *args], capture_output=True, text=True, env=env, timeout=60
    )


def test_cli_coverage(spec_file: Path, tmp_path: Path) -> None:
    bundled = _cli("--coverage")
    assert bundled.returncode == 0, bundled.stderr
    shipped = len(load_spec().operations)
    assert bundled.stdout.startswith(
        f"{shipped} operations in the bundled spec: {shipped} with a stateful handler, 0 served from the spec"
    )
    changed = _cli("--coverage", "--spec", str(spec_file))
    assert changed.returncode == 0 and "3 served from the spec" in changed.stdout
    assert "spec-schema  POST /rehearsal/schema" in changed.stdout
    off = _cli("--coverage", "--no-spec-fallback", "--spec", str(spec_file))
    assert "none         DELETE /rehearsal/empty" in off.stdout
    broken = tmp_path / "broken.yaml"
    broken.write_text("paths: [", encoding="utf-8")
    for bad in (str(broken), str(tmp_path / "absent.yaml")):
        refused = _cli("--coverage", "--spec", bad)
        assert refused.returncode == 2 and "cannot load the spec" in refused.stderr
        assert "Traceback" not in refused.stderr


def test_the_bundled_spec_is_the_default(emu: Emulator) -> None:
    assert Emulator(seed=0).spec.source == str(bundled_spec_path().resolve())
    assert emu.spec.source != str(bundled_spec_path().resolve())
