"""The document the generator builds from v1 and v2 (``generator/combine.py``): one set of components, v2's
operations beside v1's under internal ids, and the refusals that keep one model per name."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.combine import V2_SUFFIX, combine, public_id, version_of
from generator.naming import FacadeError

ROOT = Path(__file__).resolve().parents[2]
V1: dict[str, Any] = yaml.safe_load((ROOT / "spec" / "openapi.yaml").read_bytes())
V2: dict[str, Any] = yaml.safe_load((ROOT / "spec" / "v2" / "openapi.yaml").read_bytes())


def _operations(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {op["operationId"]: op for item in spec["paths"].values() for op in item.values() if isinstance(op, dict)}


def test_every_operation_of_both_is_there_once_and_every_reference_is_local() -> None:
    combined = combine(V1, V2)
    operations = _operations(combined)
    assert len(operations) == len(_operations(V1)) + len(_operations(V2))
    v2 = {public_id(op) for op in operations.values() if version_of(op) == "v2"}
    assert v2 == set(_operations(V2))
    assert all(name.endswith(V2_SUFFIX) for name, op in operations.items() if version_of(op) == "v2")
    assert "../openapi.yaml" not in yaml.safe_dump(combined)
    assert combine(V1, V2) == combined  # the same bytes every run


def test_a_shared_body_is_one_schema_under_the_name_of_v1s_inline_model() -> None:
    combined = combine(V1, V2)
    operations = _operations(combined)
    for operation_id in ("sendPoll", "groupCreate"):
        refs = {
            operations[name]["requestBody"]["content"]["application/json"]["schema"]["$ref"]
            for name in (operation_id, operation_id + V2_SUFFIX)
        }
        assert refs == {f"#/components/schemas/{operation_id[0].upper()}{operation_id[1:]}Body"}
    assert V1["paths"]["/sendPoll"]["post"]["requestBody"]["content"]["application/json"]["schema"].get("$ref") is None


def test_v2s_error_responses_are_renamed_and_followed() -> None:
    combined = combine(V1, V2)
    responses = combined["components"]["responses"]
    assert "V2BadRequest" in responses and responses["BadRequest"] == V1["components"]["responses"]["BadRequest"]
    answers = _operations(combined)["sendText" + V2_SUFFIX]["responses"]
    assert answers["400"] == {"$ref": "#/components/responses/V2BadRequest"}


def test_a_schema_both_define_is_refused() -> None:
    v2 = copy.deepcopy(V2)
    v2["components"]["schemas"]["Session"] = {"type": "object"}
    with pytest.raises(FacadeError, match="Session is defined by both"):
        combine(V1, v2)


def test_a_v2_path_outside_v2_is_refused() -> None:
    v2 = copy.deepcopy(V2)
    v2["paths"]["/send"] = v2["paths"].pop("/v2/send/text")
    with pytest.raises(FacadeError, match="does not start with /v2/"):
        combine(V1, v2)
