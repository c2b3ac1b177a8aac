"""The spec's own example request for an operation, for the tests that take their inventory from the spec.

The every-operation tours (``tests/emulator/test_every_operation.py`` over HTTP, ``tests/e2e`` through the
facade) call each operation in a realistic order, feeding each call what earlier ones created. An operation
no step of theirs calls (a new one, say) is called with this request instead, built from the examples the
spec documents for its parameters and body: a new operation whose examples make a valid call needs no test
edit, and one whose call needs state gets one step in the tour.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from wawp_emulator.spec import deref

__all__ = ["ExampleRequest", "example_request"]


@dataclass(frozen=True)
class ExampleRequest:
    method: str  # upper case
    template: str  # the spec's path, ``/groups/{id}``
    path_params: dict[str, Any]
    query: dict[str, Any]
    body: Any  # the JSON body's example, or None

    @property
    def path(self) -> str:
        path = self.template
        for name, value in self.path_params.items():
            path = path.replace("{" + name + "}", str(value))
        return path


def _example(doc: dict[str, Any], node: Any) -> Any:
    """The spec's example for a parameter or media type (or of its schema)."""
    node = deref(doc, node)
    if "example" in node:
        return node["example"]
    schema = deref(doc, node.get("schema", {}))
    if "example" in schema:
        return schema["example"]
    if schema.get("examples"):
        return schema["examples"][0]
    if "default" in schema:
        return schema["default"]
    return schema["enum"][0] if "enum" in schema else None


def example_request(doc: dict[str, Any], operation_id: str) -> ExampleRequest:
    """The request the spec's examples make for ``operation_id`` (parameters without an example are left out)."""
    for template, item in doc["paths"].items():
        for method, op in item.items():
            if isinstance(op, dict) and op.get("operationId") == operation_id:
                path_params: dict[str, Any] = {}
                query: dict[str, Any] = {}
                for param in op.get("parameters", []):
                    param = deref(doc, param)
                    value = _example(doc, param)
                    if param["in"] == "path":
                        path_params[param["name"]] = value
                    elif value is not None:
                        query[param["name"]] = value
                body = None
                if "requestBody" in op:
                    body = _example(doc, deref(doc, op["requestBody"])["content"]["application/json"])
                return ExampleRequest(method.upper(), template, path_params, query, body)
    raise KeyError(f"no operation {operation_id!r} in the spec")
