"""The emulator's control spec (``emulator/wawp_emulator/control/openapi.yaml``) is valid OpenAPI 3.1.

Read from the repository, not the installed package, so the spec session checks it without
installing the emulator; ``tests/emulator/test_control_spec.py`` holds it to the code.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jsonschema
import yaml
from openapi_spec_validator import validate

ROOT = Path(__file__).resolve().parents[2]
CONTROL_SPEC = ROOT / "emulator" / "wawp_emulator" / "control" / "openapi.yaml"


def _document() -> dict[str, Any]:
    document: dict[str, Any] = yaml.safe_load(CONTROL_SPEC.read_text(encoding="utf-8"))
    return document


def test_the_control_spec_is_valid_openapi_3_1() -> None:
    document = _document()
    assert document["openapi"] == "3.1.0"
    validate(document)


def test_every_schema_of_the_control_spec_is_a_valid_json_schema() -> None:
    def walk(node: Any) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "schema" and isinstance(value, dict):
                    jsonschema.Draft202012Validator.check_schema(value)
                walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    document = _document()
    walk(document)
    for schema in document["components"]["schemas"].values():
        jsonschema.Draft202012Validator.check_schema(schema)
