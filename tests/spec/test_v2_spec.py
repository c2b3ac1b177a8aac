"""Hold spec/v2/openapi.yaml to OpenAPI 3.1, to its endpoint index and to the rules that let one client serve both.

The v2 description borrows v1's shapes through relative ``$ref``s, so these tests resolve them against
spec/openapi.yaml: a v1 rename that strands a v2 reference fails here, not in a generated client.
"""

from __future__ import annotations

import collections
import os
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_spec_validator import validate

ROOT = Path(__file__).resolve().parents[2]
V1_PATH = ROOT / "spec" / "openapi.yaml"
V2_PATH = ROOT / "spec" / "v2" / "openapi.yaml"
INDEX_PATH = ROOT / "spec" / "v2" / "index.yaml"
V1: dict[str, Any] = yaml.safe_load(V1_PATH.read_text(encoding="utf-8"))
V2: dict[str, Any] = yaml.safe_load(V2_PATH.read_text(encoding="utf-8"))
INDEX: dict[str, Any] = yaml.safe_load(INDEX_PATH.read_text(encoding="utf-8"))
METHODS = ("get", "put", "post", "delete", "patch")
V1_PREFIX = "../openapi.yaml#/"
REDOCLY = ROOT / "node_modules" / ".bin" / "redocly"
REDOCLY_ENV = {**os.environ, "REDOCLY_TELEMETRY": "off", "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true"}


def operations(document: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in document["paths"].items():
        for method in METHODS:
            if method in item:
                yield path, method, item[method]


V1_IDS = {op["operationId"] for _, _, op in operations(V1)}
V2_OPS = list(operations(V2))
V2_BY_ID = {op["operationId"]: (path, method, op) for path, method, op in V2_OPS}


def references(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                yield value
            else:
                yield from references(value)
    elif isinstance(node, list):
        for item in node:
            yield from references(item)


def pointer(document: dict[str, Any], ref: str) -> Any:
    """Follow a JSON pointer (``#/a/b~1c``) inside ``document``."""
    target: Any = document
    for part in ref.split("#/", 1)[1].split("/"):
        target = target[part.replace("~1", "/").replace("~0", "~")]
    return target


def redocly(*args: str) -> None:
    """Run the pinned Redocly CLI from the repository root; fail with its output unless it succeeds."""
    result = subprocess.run(
        [str(REDOCLY), *args], cwd=ROOT, capture_output=True, text=True, check=False, timeout=300, env=REDOCLY_ENV
    )
    assert result.returncode == 0, result.stdout + result.stderr


# ------------------------------------------------------------------------------------------ validity


def test_is_valid_openapi_3_1_with_v1_references_resolved() -> None:
    assert V2["openapi"] == "3.1.0"
    validate(V2, base_uri=V2_PATH.as_uri())


def test_every_reference_is_local_or_into_v1_and_resolves() -> None:
    for ref in set(references(V2)):
        if ref.startswith("#/"):
            pointer(V2, ref)
        else:
            assert ref.startswith(V1_PREFIX), f"{ref}: v2 shares only with spec/openapi.yaml"
            pointer(V1, ref)


def test_shares_v1_shapes_instead_of_copying_them() -> None:
    """A schema name both files define would be a copy; v2 defines only its own (V2-prefixed) shapes."""
    assert set(V2["components"]["schemas"]) & set(V1["components"]["schemas"]) == set()
    assert all(name.startswith("V2") for name in V2["components"]["schemas"])
    assert sum(ref.startswith(V1_PREFIX) for ref in references(V2["paths"])) > len(V2_OPS)


@pytest.mark.skipif(not REDOCLY.exists(), reason="run through `nox -s spec`")
def test_bundles_with_redocly_into_a_valid_single_document() -> None:
    with tempfile.TemporaryDirectory() as scratch:
        bundled = Path(scratch) / "v2.yaml"
        redocly("bundle", "spec/v2/openapi.yaml", "--output", str(bundled))
        document = yaml.safe_load(bundled.read_text(encoding="utf-8"))
    validate(document)
    assert [ref for ref in references(document) if not ref.startswith("#/")] == []
    assert len(list(operations(document))) == len(V2_OPS)


@pytest.mark.skipif(not REDOCLY.exists(), reason="run through `nox -s spec`")
def test_redocly_lint_passes_with_the_committed_ruleset() -> None:
    redocly("lint", "--config", "spec/redocly.yaml", "spec/v2/openapi.yaml")


# ------------------------------------------------------------------------------------------ evidence


@pytest.mark.parametrize(("path", "method", "op"), V2_OPS, ids=[op["operationId"] for _, _, op in V2_OPS])
def test_every_operation_has_evidence_for_request_and_response(path: str, method: str, op: dict[str, Any]) -> None:
    evidence = op["x-evidence"]
    assert set(evidence) == {"request", "response"}
    for side in evidence.values():
        assert side["confidence"] in {"high", "medium", "low"}
        assert side["sources"], f"{method} {path}: no sources"
        assert all(isinstance(source, str) and source.strip() for source in side["sources"])
        if side["confidence"] == "low":
            assert side.get("notes"), f"{method} {path}: a low confidence says why"


def test_every_operation_names_a_vendor_source_for_its_request() -> None:
    vendor = ("https://api.wawp.net/", "https://www.api.wawp.net/", "github:Whatsapp-Automation-web-platform/")
    lacking = [
        op["operationId"]
        for _, _, op in V2_OPS
        if not any(source.startswith(vendor) for source in op["x-evidence"]["request"]["sources"])
    ]
    assert lacking == []


# ------------------------------------------------------------------------------------------ one client for both


def test_operation_ids_are_unique_within_v2() -> None:
    counts = collections.Counter(op["operationId"] for _, _, op in V2_OPS)
    assert [name for name, n in counts.items() if n > 1] == []


def test_an_operation_id_shared_with_v1_is_the_same_operation() -> None:
    """Reusing a v1 id means "v1's operation under a new path", and says so; any other id is new to both."""
    for _, _, op in V2_OPS:
        name = op["operationId"]
        if name in V1_IDS:
            assert op.get("x-wawp-v1-operation") == name, name
        else:
            assert op.get("x-wawp-v1-operation") != name, name


def test_every_v1_operation_named_exists_in_v1() -> None:
    named = {op["x-wawp-v1-operation"] for _, _, op in V2_OPS if "x-wawp-v1-operation" in op}
    assert named, "v2 replaces v1 operations"
    assert named - V1_IDS == set()


def test_every_v2_path_lives_under_v2() -> None:
    assert [path for path in V2["paths"] if not path.startswith("/v2/")] == []


def test_other_methods_of_an_operation_are_not_described_twice() -> None:
    for path, method, op in V2_OPS:
        others = op.get("x-wawp-also-methods", [])
        assert method not in others
        assert set(others) <= set(METHODS)
        assert [other for other in others if other in V2["paths"][path]] == [], f"{method} {path}"


# ------------------------------------------------------------------------------------------ authentication


def test_credentials_are_accepted_in_the_query_or_in_headers() -> None:
    schemes = V2["components"]["securitySchemes"]
    assert schemes["AccessTokenHeader"] == {**schemes["AccessTokenHeader"], "type": "apiKey", "in": "header"}
    assert schemes["AccessTokenHeader"]["name"] == "access-token"
    assert (schemes["InstanceIdHeader"]["in"], schemes["InstanceIdHeader"]["name"]) == ("header", "X-Instance-ID")
    assert (schemes["BearerToken"]["type"], schemes["BearerToken"]["scheme"]) == ("http", "bearer")
    for name in ("InstanceId", "AccessToken"):
        assert schemes[name] == {"$ref": f"{V1_PREFIX}components/securitySchemes/{name}"}
    assert V2["security"] == [
        {"InstanceId": [], "AccessToken": []},
        {"InstanceId": [], "AccessTokenHeader": []},
        {"InstanceIdHeader": [], "BearerToken": []},
    ]


def test_credentials_are_never_declared_as_parameters() -> None:
    credentials = {"instance_id", "access_token", "access-token", "authorization", "x-instance-id"}
    for path, method, op in V2_OPS:
        names = {str(p.get("name", "")).lower() for p in op.get("parameters", [])}
        assert names & credentials == set(), f"{method} {path}"


def test_only_provisioning_goes_without_an_instance() -> None:
    overridden = {op["operationId"]: op["security"] for _, _, op in V2_OPS if "security" in op}
    assert overridden == {"sessionProvision": [{"AccessToken": []}, {"AccessTokenHeader": []}, {"BearerToken": []}]}


# ------------------------------------------------------------------------------------------ behaviour on record


def test_paid_only_operations_document_the_403() -> None:
    paid = [op for _, _, op in V2_OPS if "subscription_required" in op["description"]]
    paid_ids = {op["operationId"] for op in paid}
    assert paid_ids >= {"sessionWebhookGet", "sessionWebhookSet", "webhookSet", "webhookUpdate"}
    assert [op["operationId"] for op in paid if "403" not in op["responses"]] == []


def test_otp_limits_are_documented_as_429() -> None:
    for name in ("authOtpSend", "authOtpVerify"):
        _, _, op = V2_BY_ID[name]
        assert op["responses"]["429"] == {"$ref": "#/components/responses/TooManyRequests"}


def test_error_responses_use_the_v2_envelope() -> None:
    for name, response in V2["components"]["responses"].items():
        assert response["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/V2Error"}, name
    for path, method, op in V2_OPS:
        for status, response in op["responses"].items():
            if not status.startswith("2"):
                assert response.get("$ref", "").startswith("#/components/responses/"), f"{method} {path} {status}"


def test_webhook_events_are_v1s_events() -> None:
    assert INDEX["events"]["described"] == "v1"
    assert set(V2["webhooks"]) == set(V1["webhooks"])
    for event, item in V2["webhooks"].items():
        assert item == {"$ref": f"{V1_PREFIX}webhooks/{event}"}


def test_events_known_by_name_only_are_not_described() -> None:
    named = [entry["event"] for entry in INDEX["events"]["named_only"]]
    assert named and set(named) & set(V2["webhooks"]) == set()
    assert all(entry["shown_by"] for entry in INDEX["events"]["named_only"])


# ------------------------------------------------------------------------------------------ the index


def indexed() -> Iterator[dict[str, Any]]:
    for area in INDEX["described"]:
        yield from area["entries"]


def test_every_indexed_endpoint_is_described_where_the_index_says() -> None:
    for entry in indexed():
        path, method, op = V2_BY_ID[entry["operation"]]
        assert entry["path"] == path, entry["operation"]
        assert [m.lower() for m in entry["methods"]] == [method, *op.get("x-wawp-also-methods", [])]
        assert entry["shown_by"], entry["operation"]


def test_every_operation_is_in_the_index_once() -> None:
    counts = collections.Counter(entry["operation"] for entry in indexed())
    assert [name for name, n in counts.items() if n > 1] == []
    assert set(counts) == set(V2_BY_ID)


def test_open_endpoints_name_real_v1_operations_and_what_is_known() -> None:
    for entry in INDEX["open"]:
        assert set(entry["v1"]) <= V1_IDS, entry["title"]
        assert entry["known"], entry["title"]


def test_every_v1_operation_is_replaced_in_v2_or_listed_as_open() -> None:
    """Nothing v1 does is silently missing from v2: it has a v2 operation, or the index says why not."""
    replaced = {op["x-wawp-v1-operation"] for _, _, op in V2_OPS if "x-wawp-v1-operation" in op}
    listed = {name for entry in INDEX["open"] for name in entry["v1"]}
    assert V1_IDS - replaced - listed == set()


def test_disagreements_name_described_operations() -> None:
    for entry in INDEX["disagreements"]:
        assert entry["operation"] in V2_BY_ID
        assert len(entry["readings"]) >= 2
        assert entry["follows"] and entry["why"]
