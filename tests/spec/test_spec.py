"""Hold spec/openapi.yaml to OpenAPI 3.1, to the vendor's documentation index and to our conventions.

Everything else in the project is derived from the spec, so a mistake here spreads everywhere: these tests
are the cheapest place to catch it.
"""

from __future__ import annotations

import collections
import json
import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from openapi_spec_validator import validate

from generator.naming import facade_path
from tools import docs_tables

ROOT = Path(__file__).resolve().parents[2]
SPEC_PATH = ROOT / "spec" / "openapi.yaml"
SPEC: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
SEED: dict[str, Any] = yaml.safe_load((ROOT / "spec" / "seed-index.yaml").read_text(encoding="utf-8"))
METHODS = ("get", "put", "post", "delete", "patch")
TAGS = [
    "sessions",
    "auth",
    "messages",
    "profile",
    "channels",
    "presence",
    "status",
    "chats",
    "contacts",
    "groups",
    "labels",
]


def operations() -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in SPEC["paths"].items():
        for method in METHODS:
            if method in item:
                yield path, method, item[method]


OPS = list(operations())
OP_IDS = [op["operationId"] for _, _, op in OPS]


def resolve(node: Any) -> Any:
    """Follow a local ``$ref`` (one level at a time, as often as needed)."""
    while isinstance(node, dict) and "$ref" in node:
        target: Any = SPEC
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def validator(schema: dict[str, Any]) -> jsonschema.protocols.Validator:
    """A 2020-12 validator for a schema inside the spec (local refs resolve against the whole document)."""
    wrapped = {**schema, "components": SPEC["components"]}
    cls = jsonschema.Draft202012Validator
    return cls(wrapped, format_checker=cls.FORMAT_CHECKER)


def test_is_valid_openapi_3_1() -> None:
    assert SPEC["openapi"] == "3.1.0"
    validate(SPEC)


@pytest.mark.skipif(not (ROOT / "node_modules" / ".bin" / "redocly").exists(), reason="run through `nox -s spec`")
def test_redocly_lint_passes_with_the_committed_ruleset() -> None:
    result = subprocess.run(
        [str(ROOT / "node_modules" / ".bin" / "redocly"), "lint", "--config", "spec/redocly.yaml", "spec/openapi.yaml"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
        env={**os.environ, "REDOCLY_TELEMETRY": "off", "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true"},
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_redocly_is_available_in_the_nox_session() -> None:
    """The lint above only skips outside nox; inside the `spec` session the tool must be there."""
    if shutil.which("nox") is None and not (ROOT / "node_modules").exists():
        pytest.skip("not inside the pipeline")
    assert (ROOT / "node_modules" / ".bin" / "redocly").exists(), "npm ci did not install @redocly/cli"


# ---------------------------------------------------------------------------------------------- coverage


def test_every_seed_endpoint_is_implemented_as_often_as_listed() -> None:
    listed = collections.Counter(e["name"] for g in SEED["groups"] for e in g["entries"] if e["kind"] == "endpoint")
    implemented = collections.Counter(name for _, _, op in OPS for name in op["x-seed-entries"])
    assert set(implemented) == set(listed)
    # An entry listed twice needs two operations; one entry may also back several (search metadata).
    assert [name for name, n in listed.items() if implemented[name] < n] == []


def test_seed_methods_match_where_the_index_shows_them() -> None:
    by_name = {name: method for _, method, op in OPS for name in op["x-seed-entries"]}
    shown = [(e["name"], e["method"]) for g in SEED["groups"] for e in g["entries"] if e.get("method")]
    assert shown, "the index shows methods for the session and auth groups"
    for name, method in shown:
        assert by_name[name] == method.lower(), name


ENGINE_ONLY_EVENTS = {"message.ack.group": "MessageAckGroupEvent"}
"""Events the engine sends that Wawp's webhook index does not list: the event and its schema."""


def test_every_seed_webhook_event_is_in_the_webhooks_section() -> None:
    events = [e["name"] for g in SEED["groups"] for e in g["entries"] if e["kind"] == "webhook"]
    assert len(events) == 24
    assert [name for name in SPEC["webhooks"] if name not in ENGINE_ONLY_EVENTS] == events
    for name, schema in ENGINE_ONLY_EVENTS.items():
        assert name in SPEC["webhooks"], name
        evidence = SPEC["components"]["schemas"][schema]["x-evidence"]
        assert any("devlikeapro/waha" in source for source in evidence["sources"]), name
        assert "not documented" in evidence["notes"], "say that Wawp's index leaves it out"


# ---------------------------------------------------------------------------------------------- conventions


def test_operation_ids_are_unique_camel_case_with_one_known_tag() -> None:
    assert len(set(OP_IDS)) == len(OP_IDS)
    for _, _, op in OPS:
        assert re.fullmatch(r"[a-z][A-Za-z0-9]+", op["operationId"])
        assert len(op["tags"]) == 1 and op["tags"][0] in TAGS
    assert [t["name"] for t in SPEC["tags"]] == [*TAGS, "webhooks"]
    assert {op["tags"][0] for item in SPEC["webhooks"].values() for op in item.values()} == {"webhooks"}


def test_no_component_is_left_unused() -> None:
    text = SPEC_PATH.read_text(encoding="utf-8")
    for kind, items in SPEC["components"].items():
        if kind == "securitySchemes":
            continue
        unused = [name for name in items if f"#/components/{kind}/{name}'" not in text]
        assert unused == (["WebhookEvent"] if kind == "schemas" else []), kind


def test_facade_paths_are_unique_per_namespace() -> None:
    seen = collections.Counter(facade_path(op) for _, _, op in OPS)
    assert [k for k, n in seen.items() if n > 1] == []
    for _, _, op in OPS:
        assert re.fullmatch(r"[a-z_]+(\.[a-z_]+){1,2}", ".".join(facade_path(op)))


def test_auth_is_two_query_keys_and_only_create_session_differs() -> None:
    schemes = SPEC["components"]["securitySchemes"]
    assert schemes["InstanceId"] == {**schemes["InstanceId"], "type": "apiKey", "in": "query", "name": "instance_id"}
    assert schemes["AccessToken"] == {**schemes["AccessToken"], "type": "apiKey", "in": "query", "name": "access_token"}
    assert SPEC["security"] == [{"InstanceId": [], "AccessToken": []}]
    overrides = {op["operationId"]: op["security"] for _, _, op in OPS if "security" in op}
    assert overrides == {"sessionCreate": [{"AccessToken": []}]}
    for _, _, op in OPS:
        names = {resolve(p)["name"] for p in op.get("parameters", [])}
        assert not names & {"instance_id", "access_token"}, op["operationId"]


def test_every_operation_documents_success_auth_and_error_responses() -> None:
    for path, _, op in OPS:
        responses = op["responses"]
        for status in ("200", "400", "401", "429", "5XX"):
            assert status in responses, (op["operationId"], status)
        if "{" in path:
            assert "404" in responses, op["operationId"]
        if "content" in responses["200"]:
            ok = responses["200"]["content"]
            assert list(ok) == ["application/json"], op["operationId"]
            schema = ok["application/json"]["schema"]
            assert "$ref" in schema or "items" in schema or "oneOf" in schema, op["operationId"]
        for status, response in responses.items():
            if status != "200":
                assert response["$ref"].startswith("#/components/responses/"), (op["operationId"], status)


EMPTY_OPS = {op["operationId"] for _, _, op in OPS if "content" not in op["responses"]["200"]}


def test_empty_success_bodies_are_the_ones_the_evidence_shows() -> None:
    """A 200 without content is a promise that the engine answers nothing: it must say so and cite the source."""
    assert {"messageStar", "sendSeen", "presenceSet", "groupLeave"} <= EMPTY_OPS
    for _, _, op in OPS:
        if op["operationId"] in EMPTY_OPS:
            assert op["responses"]["200"]["description"].startswith("Empty body"), op["operationId"]
            assert op["x-evidence"]["response"]["confidence"] in ("high", "medium", "low")


SEND_OPS = {
    "sendText", "sendImage", "sendFile", "sendVoice", "sendVideo", "sendLinkPreview", "sendLocation", "sendPoll",
    "sendContactVcard", "statusText", "statusImage", "statusVoice", "statusVideo", "statusDelete",
    "chatMessageEdit", "chatMessageDelete", "messageReact",
}  # fmt: skip


def test_sends_answer_the_engines_sent_message_union() -> None:
    """Every send answers SentMessage, whose variants are the engines' replies and the vendor's acknowledgement."""
    for _, _, op in OPS:
        schema = op["responses"]["200"].get("content", {}).get("application/json", {}).get("schema")
        is_sent = schema == {"$ref": "#/components/schemas/SentMessage"}
        assert is_sent == (op["operationId"] in SEND_OPS), op["operationId"]
    variants = [v["$ref"].rsplit("/", 1)[1] for v in SPEC["components"]["schemas"]["SentMessage"]["anyOf"]]
    assert sorted(variants) == ["GowsSentMessage", "NowebSentMessage", "WawpSendAck", "WebjsSentMessage"]


def test_typing_answers_result_true() -> None:
    for _, _, op in OPS:
        if op["operationId"] in ("startTyping", "stopTyping"):
            media = op["responses"]["200"]["content"]["application/json"]
            assert media["schema"] == {"$ref": "#/components/schemas/ActionResult"}
            assert media["example"] == {"result": True}


def test_parameters_use_wire_names_and_only_simple_styles() -> None:
    names = set()
    for _, _, op in OPS:
        for param in map(resolve, op.get("parameters", [])):
            names.add(param["name"])
            assert param["in"] in ("query", "path")
            assert "content" not in param and "style" not in param and "explode" not in param
            assert param.get("description", "").strip(), (op["operationId"], param["name"])
            assert "example" in param, (op["operationId"], param["name"])
            if param["schema"].get("type") == "array":
                assert param["name"].endswith("[]"), param["name"]
    assert {"file[url]", "file[filename]", "file[mimetype]", "messageIds[]", "filter.timestamp.gte"} <= names
    assert not any(n.startswith("file") and "[" not in n for n in names)


INT64 = (-(2**63), 2**63 - 1)


def test_every_integer_parameter_is_bounded_to_64_bits() -> None:
    """The engines carry integers in 64-bit fields and the emulator parses them so; a parameter without
    bounds would let the spec allow what both refuse."""
    for _, _, op in OPS:
        for param in map(resolve, op.get("parameters", [])):
            schema = resolve(param["schema"])
            schema = resolve(schema.get("items", {})) if schema.get("type") == "array" else schema
            if schema.get("type") != "integer" or "enum" in schema:
                continue
            where = (op["operationId"], param["name"])
            assert INT64[0] <= schema.get("minimum", INT64[0] - 1) <= INT64[1], where
            assert INT64[0] <= schema.get("maximum", INT64[1] + 1) <= INT64[1], where


RULE_KEYS = {"description", "status", "code", "schema", "contains", "engines", "after-lookup"}


def _rules() -> list[tuple[str, dict[str, Any], dict[str, Any]]]:
    return [(op["operationId"], op, rule) for _, _, op in OPS for rule in op.get("x-wawp-request-rules", [])]


@pytest.mark.parametrize(("op_id", "op", "rule"), _rules(), ids=[f"{r[0]}:{r[2]['code']}" for r in _rules()])
def test_request_rules_are_well_formed_and_documented(op_id: str, op: dict[str, Any], rule: dict[str, Any]) -> None:
    """Each rule (x-wawp-request-rules: a condition on several parameters together, checked by the
    emulator and honoured by the contract run) names its status, which the operation documents, and
    reads parameters the operation has."""
    assert set(rule) <= RULE_KEYS and {"description", "status", "code"} <= set(rule), rule
    assert ("schema" in rule) != ("contains" in rule), rule
    assert set(rule.get("engines", ["GOWS"])) <= {"GOWS", "WEBJS", "NOWEB"}, rule
    if "after-lookup" in rule:  # a path parameter naming what the controller finds (or answers 404 for) first
        in_path = {resolve(p)["name"] for p in op.get("parameters", []) if resolve(p)["in"] == "path"}
        assert rule["after-lookup"] in in_path and "404" in op["responses"], rule
    status = str(rule["status"])
    assert status in op["responses"] or f"{status[0]}XX" in op["responses"], (op_id, status)
    names = {resolve(p)["name"] for p in op.get("parameters", [])}
    if "requestBody" in op:
        names |= set(resolve(op["requestBody"]["content"]["application/json"]["schema"])["properties"])
    if "contains" in rule:
        assert set(rule["contains"]) <= names, rule
    else:
        jsonschema.Draft202012Validator.check_schema(rule["schema"])
        assert _named_in(rule["schema"]) <= names, rule


def _named_in(schema: Any) -> set[str]:
    """The parameter names a rule's schema reads (in ``properties`` and ``required``, at any depth)."""
    if isinstance(schema, list):
        return set().union(*map(_named_in, schema)) if schema else set()
    if not isinstance(schema, dict):
        return set()
    named = set(schema.get("required", [])) | set(schema.get("properties", {}))
    return named.union(*(_named_in(v) for k, v in schema.items() if k not in ("required", "enum")))


def test_json_bodies_only_where_the_vendor_client_sends_json() -> None:
    with_body = {op["operationId"] for _, _, op in OPS if "requestBody" in op}
    assert with_body == {
        "sendPoll", "sendContactVcard", "channelCreate", "groupCreate", "groupJoin", "groupPictureSet",
        "groupDescriptionSet", "groupSubjectSet", "groupParticipantsAdd", "groupParticipantsRemove",
        "groupAdminPromote", "groupAdminDemote", "labelCreate", "labelUpdate", "chatLabelsSet",
    }  # fmt: skip
    for _, _, op in OPS:
        if "requestBody" in op:
            assert list(op["requestBody"]["content"]) == ["application/json"]


# A response source is a page, the engine's source file with the function in parentheses, the vendor's plugin,
# the vendor's collected examples, or the seed index's own example.
RESPONSE_SOURCE = re.compile(
    r"^(https?://\S+( \(.+\))?"
    r"|devlikeapro/waha src/\S+\.ts \(.+\)"
    r"|github:\S+ .+"
    r"|\.\./shared/wawp/vendor-response-examples\.yaml \(\w+\)"
    r"|seed: .+)$"
)


def test_every_operation_records_its_evidence() -> None:
    for _, _, op in OPS:
        evidence = op["x-evidence"]
        assert set(evidence) == {"request", "response"}, op["operationId"]
        for side in ("request", "response"):
            part = evidence[side]
            assert part["confidence"] in ("high", "medium", "low"), (op["operationId"], side)
            assert part["sources"], (op["operationId"], side)
            assert set(part) <= {"confidence", "sources", "notes"}, (op["operationId"], side)
        for source in evidence["response"]["sources"]:
            assert RESPONSE_SOURCE.match(source), (op["operationId"], source)
        assert op["summary"].strip() and op["description"].strip()
    low = {op["operationId"] for _, _, op in OPS if op["x-evidence"]["request"]["confidence"] == "low"}
    assert {"sendLinkPreview", "authScreenshot"} <= low  # the open questions stay visible
    guesses = {op["operationId"] for _, _, op in OPS if op["x-evidence"]["response"]["confidence"] != "high"}
    assert "authScreenshot" in guesses and "sendText" not in guesses


ENGINE_NAMES = ("GOWS", "WEBJS", "NOWEB")
SESSION_STATUSES = {"STOPPED", "STARTING", "SCAN_QR_CODE", "WORKING", "FAILED"}


def test_engine_refusals_name_engines_and_sources_and_document_the_501() -> None:
    """An operation an engine refuses says which engine and where its source shows it, and documents the 501;
    no other operation documents one."""
    refusing = set()
    for _, _, op in OPS:
        refusals = op.get("x-engine-refusals", {})
        for engine, source in refusals.items():
            assert engine in ENGINE_NAMES, (op["operationId"], engine)
            assert RESPONSE_SOURCE.match(source) and "NotImplementedByEngineError" in source, source
        documented = op["responses"].get("501") == {"$ref": "#/components/responses/NotImplementedByEngine"}
        assert documented == bool(refusals), op["operationId"]
        if refusals:
            refusing.add(op["operationId"])
    # the refusals the issue found in GOWS' public core, among others
    gows = {op["operationId"] for _, _, op in OPS if "GOWS" in op.get("x-engine-refusals", {})}
    assert {"chatArchive", "chatUnarchive", "chatDelete", "chatMessagesClear", "groupDelete", "contactAbout",
            "contactBlock", "contactUnblock", "channelDelete"} <= gows  # fmt: skip
    assert refusing < {op["operationId"] for _, _, op in OPS}


def test_plus_only_calls_say_so_and_are_not_also_refused() -> None:
    """Where the public core answers WAHA's AvailableInPlusVersion (422), the spec says so per engine; the emulator
    answers as WAHA Plus would, so such a call is never declared refused for the same engine."""
    plus = {op["operationId"] for _, _, op in OPS if "x-engine-plus" in op}
    assert {"sendImage", "statusImage", "channelsSearch"} <= plus
    for _, _, op in OPS:
        for engine, source in op.get("x-engine-plus", {}).items():
            assert engine in ENGINE_NAMES and engine not in op.get("x-engine-refusals", {}), op["operationId"]
            assert RESPONSE_SOURCE.match(source) and "AvailableInPlusVersion" in source, source


def test_engine_states_name_known_statuses_and_document_the_422() -> None:
    gated = {op["operationId"] for _, _, op in OPS if "x-engine-states" in op}
    assert {"authScreenshot", "authGetQr", "authRequestCode"} <= gated
    for _, _, op in OPS:
        for engine, gate in op.get("x-engine-states", {}).items():
            assert engine in ENGINE_NAMES, (op["operationId"], engine)
            assert set(gate) == {"statuses", "source"}
            assert gate["statuses"] and set(gate["statuses"]) <= SESSION_STATUSES, gate
            assert RESPONSE_SOURCE.match(gate["source"]), gate["source"]
        if "x-engine-states" in op:
            assert set(op["x-engine-states"]) == set(ENGINE_NAMES), op["operationId"]
            assert "422" in op["responses"], op["operationId"]
    screenshot = next(op for _, _, op in OPS if op["operationId"] == "authScreenshot")
    assert screenshot["x-engine-states"]["GOWS"]["statuses"] == ["SCAN_QR_CODE"]


def _properties(schema: Any) -> Iterator[tuple[str, dict[str, Any]]]:
    schema = resolve(schema)
    if not isinstance(schema, dict):
        return
    for name, prop in schema.get("properties", {}).items():
        yield name, prop
        yield from _properties(prop)
    for key in ("items", "additionalProperties"):
        if isinstance(schema.get(key), dict):
            yield from _properties(schema[key])


def test_every_schema_and_property_is_described() -> None:
    for name, schema in SPEC["components"]["schemas"].items():
        assert schema.get("description", "").strip(), name
        for prop_name, prop in schema.get("properties", {}).items():
            assert "$ref" in prop or prop.get("description", "").strip(), (name, prop_name)


def test_growing_response_values_are_not_closed_enums() -> None:
    schemas = SPEC["components"]["schemas"]
    assert "enum" not in schemas["Session"]["properties"]["status"]
    assert "enum" not in schemas["Message"]["properties"]["ackName"]
    assert "enum" not in schemas["Message"]["properties"]["ack"]
    assert all("additionalProperties" not in s or s["additionalProperties"] is not False for s in schemas.values())


# ---------------------------------------------------------------------------------------------- examples


def examples() -> Iterator[tuple[str, dict[str, Any], Any]]:
    """Every example in the spec with the schema it must satisfy."""
    for _, _, op in OPS:
        name = op["operationId"]
        for param in map(resolve, op.get("parameters", [])):
            yield f"{name} param {param['name']}", param["schema"], param["example"]
        if "requestBody" in op:
            media = op["requestBody"]["content"]["application/json"]
            yield f"{name} body", media["schema"], media["example"]
        for status, response in op["responses"].items():
            for media in resolve(response).get("content", {}).values():
                if "example" in media:
                    yield f"{name} {status}", media["schema"], media["example"]
    for event, item in SPEC["webhooks"].items():
        media = item["post"]["requestBody"]["content"]["application/json"]
        yield f"webhook {event}", media["schema"], media["example"]
    for name, schema in SPEC["components"]["schemas"].items():
        for i, example in enumerate(schema.get("examples", [])):
            yield f"schema {name} example {i}", {"$ref": f"#/components/schemas/{name}"}, example


EXAMPLES = list(examples())


@pytest.mark.parametrize(("where", "schema", "example"), EXAMPLES, ids=[e[0] for e in EXAMPLES])
def test_example_matches_its_schema(where: str, schema: dict[str, Any], example: Any) -> None:
    errors = sorted(validator(schema).iter_errors(example), key=str)
    assert not errors, f"{where}: {errors[0].message} at {list(errors[0].absolute_path)}"


def test_every_operation_has_a_success_example() -> None:
    for _, _, op in OPS:
        if op["operationId"] not in EMPTY_OPS:
            assert "example" in op["responses"]["200"]["content"]["application/json"], op["operationId"]


def _variants(schema: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for variant in schema.get("anyOf", []):
        yield resolve(variant.get("items", variant))


def test_every_engine_variant_has_an_example() -> None:
    """Each shape an anyOf admits is shown at least once, so every engine's form is visible in the docs."""
    unions = [s for s in SPEC["components"]["schemas"].values() if "anyOf" in s]
    assert len(unions) >= 8
    for union in unions:
        for variant in _variants(union):
            assert variant.get("examples"), variant["description"]


def test_the_vendors_own_stop_example_is_valid() -> None:
    seed_example = {
        "name": "newsession",
        "status": "STOPPED",
        "config": {
            "metadata": {
                "user_id": "4580",
                "display_name": "Wawp support",
                "user_email": "email@sitename.tld",
                "access_token": "123456789",
                "instance_id": "123456789",
            }
        },
        "engine": [],
    }
    media = SPEC["paths"]["/session/stop"]["post"]["responses"]["200"]["content"]["application/json"]
    assert media["example"] == seed_example
    assert not list(validator(media["schema"]).iter_errors(seed_example))


@pytest.mark.parametrize(
    "body",
    [
        {"code": "invalid_access_token", "message": "Invalid token", "data": {"status": 401}},
        {"status": "error", "message": "Instance ID Invalidated"},
        {"code": "wawp_upstream_error", "message": "engine down", "data": {"status": 502, "details": "x"}},
    ],
)
def test_error_schema_accepts_every_envelope_seen(body: dict[str, Any]) -> None:
    assert not list(validator({"$ref": "#/components/schemas/Error"}).iter_errors(body))


# ---------------------------------------------------------------------------------------------- webhooks


def test_webhook_events_are_named_models_with_a_fixed_event_and_a_union() -> None:
    schemas = SPEC["components"]["schemas"]
    union = [ref["$ref"].rsplit("/", 1)[1] for ref in schemas["WebhookEvent"]["oneOf"]]
    assert len(union) == len(SPEC["webhooks"])
    for event, item in SPEC["webhooks"].items():
        ref = item["post"]["requestBody"]["content"]["application/json"]["schema"]["$ref"]
        name = ref.rsplit("/", 1)[1]
        assert name in union and name.endswith("Event")
        assert schemas[name]["properties"]["event"]["const"] == event
        assert "event" in schemas[name]["required"]


def test_each_webhook_example_matches_exactly_one_union_member() -> None:
    union = validator({"$ref": "#/components/schemas/WebhookEvent"})
    for event, item in SPEC["webhooks"].items():
        example = item["post"]["requestBody"]["content"]["application/json"]["example"]
        assert not list(union.iter_errors(example)), event


def test_webhook_signature_headers_are_documented() -> None:
    headers = {p["name"] for p in SPEC["components"]["parameters"].values() if p["in"] == "header"}
    assert {"X-Webhook-Hmac", "X-Webhook-Hmac-Algorithm", "X-Webhook-Request-Id", "X-Webhook-Timestamp"} <= headers


# ---------------------------------------------------------------------------------------------- links


def test_links_name_real_operations_and_parameters() -> None:
    by_id = {op["operationId"]: op for _, _, op in OPS}
    count = 0
    for _, _, op in OPS:
        for link in op["responses"]["200"].get("links", {}).values():
            target = by_id[link["operationId"]]
            names = {resolve(p)["name"] for p in target.get("parameters", [])}
            assert set(link.get("parameters", {})) <= names, link
            count += 1
    assert count >= 10
    flows = {("sendText", "chatMessageDelete"), ("groupCreate", "groupLeave"), ("labelCreate", "labelDelete")}
    for source, target in flows:
        links = by_id[source]["responses"]["200"]["links"].values()
        assert target in {link["operationId"] for link in links}


# ---------------------------------------------------------------------------------------------- vendor calls

CALLS: list[dict[str, Any]] = yaml.safe_load((ROOT / "spec" / "vendor-calls.yaml").read_text(encoding="utf-8"))["calls"]


def _operations_for(method: str, path: str) -> list[dict[str, Any]]:
    """The spec operations a vendor call lands on; a templated segment of the call may stand for literal
    spec paths (the vendor's /channels/search/{metadataType} is three operations here)."""
    ops = [(spec_path, op) for spec_path, m, op in OPS if m == method.lower()]
    exact = [op for spec_path, op in ops if spec_path == path]
    if exact:
        return exact
    wanted = path.split("/")

    def fits(spec_path: str) -> bool:
        got = spec_path.split("/")
        return len(got) == len(wanted) and all(w == g or w.startswith("{") for w, g in zip(wanted, got, strict=True))

    return [op for spec_path, op in ops if fits(spec_path)]


@pytest.mark.parametrize("call", CALLS, ids=[c["call"] for c in CALLS])
def test_every_vendor_client_call_is_accepted_by_the_spec(call: dict[str, Any]) -> None:
    targets = _operations_for(call["method"], call["path"])
    assert targets, f"{call['method']} {call['path']} is not in the spec"
    for op in targets:
        params = {resolve(p)["name"] for p in op.get("parameters", [])}
        for name in call.get("query", []):
            assert name in params or f"{name}[]" in params, (op["operationId"], name)
        if "json" in call:
            schema = resolve(op["requestBody"]["content"]["application/json"]["schema"])
            assert set(call["json"]) <= set(schema["properties"]), op["operationId"]


@pytest.mark.parametrize("name", ["response-evidence.md", "operations.tsv", "engine-behaviour.md"])
def test_the_tables_in_docs_are_the_spec_rendered(name: str) -> None:
    render = {path.name: render for path, render in docs_tables.TABLES.items()}[name]
    committed = (ROOT / "docs" / name).read_text(encoding="utf-8")
    assert committed == render(SPEC), f"docs/{name} is stale: run python -m tools.docs_tables"


# ---------------------------------------------------------------------------------------------- engine fixtures

FIXTURES = ROOT / "tests" / "fixtures" / "engine"
ENGINES = ("GOWS", "WEBJS", "NOWEB")


def _fixtures() -> Iterator[tuple[str, str, dict[str, Any]]]:
    for engine in ENGINES:
        for path in sorted((FIXTURES / engine).glob("*.json")):
            yield engine, path.stem, json.loads(path.read_text(encoding="utf-8"))


FIXTURE_LIST = list(_fixtures())
FIXTURE_IDS = [f"{engine}/{name}" for engine, name, _ in FIXTURE_LIST]
OPS_BY_ID = {op["operationId"]: op for _, _, op in OPS}


def serialized_id(body: dict[str, Any]) -> str | None:
    """The serialized message id a send's reply carries, by the rules SentMessage documents."""
    if "key" in body:  # NOWEB: the raw key, with the chat as a JID
        key = body["key"]
        chat = key["remoteJid"].replace("@s.whatsapp.net", "@c.us")
        return f"{str(key.get('fromMe', True)).lower()}_{chat}_{key['id']}"
    if "sent" in body:  # the vendor's acknowledgement carries no id
        return None
    if isinstance(body["id"], str):  # GOWS, and NOWEB's poll reply
        return str(body["id"])
    return str(body["_data"]["id"]["_serialized"])  # WEBJS


def test_fixtures_cover_sends_actions_reads_and_the_session_lifecycle() -> None:
    have = {engine: {entry["operation"] for e, _, entry in FIXTURE_LIST if e == engine} for engine in ENGINES}
    lifecycle = {"sessionCreate", "sessionStart", "sessionStop", "sessionRestart", "sessionLogout", "sessionDelete"}
    actions = {"startTyping", "stopTyping", "messageStar", "sendSeen"}
    reads = {"groupsList", "groupGet", "groupParticipantsList", "contactsList", "contactGet", "chatsList"}
    # GOWS is Wawp's engine: every send (the custom link preview, an ordinary GOWS send reply, has no fixture
    # of its own yet) and every action it answers.
    assert SEND_OPS - {"sendLinkPreview"} <= have["GOWS"]
    assert lifecycle | actions | reads | {"presenceSet", "groupLeave", "groupCreate"} <= have["GOWS"]
    assert {"sendText", "sendLocation", "sendPoll", "sendContactVcard", "chatMessageEdit"} <= have["WEBJS"]
    assert lifecycle | actions | reads <= have["WEBJS"]
    assert {"sendText", "sendPoll", "statusText", "groupsList", "groupCreate"} <= have["NOWEB"]


@pytest.mark.parametrize(("engine", "name", "entry"), FIXTURE_LIST, ids=FIXTURE_IDS)
def test_fixture_names_a_real_operation_and_its_source(engine: str, name: str, entry: dict[str, Any]) -> None:
    assert set(entry) <= {"operation", "source", "status", "body", "expect"}
    assert entry["operation"] in OPS_BY_ID
    assert name.startswith(entry["operation"])  # <operationId>.json, or <operationId><Variant>.json
    assert RESPONSE_SOURCE.match(entry["source"]), entry["source"]
    refused = engine in OPS_BY_ID[entry["operation"]].get("x-engine-refusals", {})
    assert entry["status"] == (501 if refused else 200)


@pytest.mark.parametrize(("engine", "name", "entry"), FIXTURE_LIST, ids=FIXTURE_IDS)
def test_fixture_body_is_valid_for_its_operation(engine: str, name: str, entry: dict[str, Any]) -> None:
    op = OPS_BY_ID[entry["operation"]]
    if entry["status"] == 501:  # the engine's refusal, in the envelope the spec documents for it
        errors = list(
            validator(resolve(op["responses"]["501"])["content"]["application/json"]["schema"]).iter_errors(
                entry["body"]
            )
        )
        assert not errors and f"'{engine}' engine" in entry["body"]["message"], entry["body"]
        return
    ok = op["responses"]["200"]
    if "content" not in ok:
        assert entry["body"] is None, "the spec documents an empty body here"
        return
    if entry["body"] is None:
        # An engine that answers nothing where GOWS answers JSON: no schema can say "JSON or nothing", so the
        # response notes must say it instead.
        assert f"{engine} answers an empty body" in op["x-evidence"]["response"].get("notes", "")
        return
    errors = sorted(validator(ok["content"]["application/json"]["schema"]).iter_errors(entry["body"]), key=str)
    assert not errors, f"{errors[0].message} at {list(errors[0].absolute_path)}"


@pytest.mark.parametrize(("engine", "name", "entry"), FIXTURE_LIST, ids=FIXTURE_IDS)
def test_send_fixtures_say_which_id_the_user_reads(engine: str, name: str, entry: dict[str, Any]) -> None:
    is_send = entry["operation"] in SEND_OPS and entry["body"] is not None and entry["status"] == 200
    assert ("expect" in entry) == is_send
    if is_send:
        assert entry["expect"] == {"id": serialized_id(entry["body"])}
