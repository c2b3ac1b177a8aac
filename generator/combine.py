"""One document for openapi-python-client from the v1 and v2 descriptions, so that one model system serves both.

The client has one facade and one set of models for both API versions (issue 20). openapi-python-client reads one
document, so the generator gives it v1 as it is plus v2's operations, rewritten:

- v2's paths keep their ``/v2`` prefix here (v1 has paths such as ``/groups`` too), and the endpoint template
  drops it from the URL a request goes to: the v2 base URL ends with ``/v2`` (``https://api.wawp.net/v2``), as the
  v1 one ends with its API root, so the base URL alone says which version a client speaks.
- v2's operations get the internal id ``<operationId>V2`` (their modules are ``<snake_case>_v2.py``) and carry
  ``x-wawp-api-version: v2`` and ``x-wawp-operation: <operationId>``; the facade maps both versions of one
  ``operationId`` to one method (``facade.collect``).
- v2's references into v1 (``../openapi.yaml#/...``) become local; v2's own components are all named ``V2...``
  (a spec test refuses a clash), so the union of the components has each model once.
- A request body v2 shares with v1 by reference to v1's path item is one named schema in both: v1's inline schema
  moves to ``components/schemas/<OperationId>Body``, the very name openapi-python-client gives the inline one,
  so the v1 model keeps its name and v2 reuses it.
- v2's webhook events are v1's (by reference), so only v1's ``webhooks`` stay.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator, Mapping
from typing import Any

from .naming import HTTP_METHODS, FacadeError, snake_case

__all__ = ["V2_PREFIX", "V2_SUFFIX", "VERSION_KEY", "combine", "public_id", "version_of"]

V2_PREFIX = "/v2"
V2_SUFFIX = "V2"
VERSION_KEY = "x-wawp-api-version"
OPERATION_KEY = "x-wawp-operation"
_V1_FILE = "../openapi.yaml#"


def version_of(operation: Mapping[str, Any]) -> str:
    """``v1`` or ``v2``: the API version an operation of the combined document belongs to."""
    return str(operation.get(VERSION_KEY, "v1"))


def public_id(operation: Mapping[str, Any]) -> str:
    """The operationId the operation has in its own description (the combined document renames v2's)."""
    return str(operation.get(OPERATION_KEY) or operation["operationId"])


def _operations(spec: Mapping[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in spec.get("paths", {}).items():
        for method in HTTP_METHODS:
            if method in item:
                yield path, method, item[method]


def _localise(node: Any, renamed: Mapping[str, str]) -> Any:
    """``node`` with every reference into v1's file made local to the combined document, and references to v2's
    own components that had to be renamed (``renamed``: old reference -> new) following them."""
    if isinstance(node, dict):
        found: dict[str, Any] = {}
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                found[key] = renamed.get(value, value.replace(_V1_FILE, "#", 1))
            else:
                found[key] = _localise(value, renamed)
        return found
    if isinstance(node, list):
        return [_localise(item, renamed) for item in node]
    return node


def _pointer(spec: Mapping[str, Any], ref: str) -> tuple[str, str]:
    """``(path, method)`` of a ``#/paths/<path>/<method>/requestBody`` reference."""
    parts = ref.removeprefix("#/").split("/")
    if len(parts) != 4 or parts[0] != "paths" or parts[3] != "requestBody":
        raise FacadeError(f"v2 refers to {ref}: only a v1 operation's requestBody can be shared this way")
    path = parts[1].replace("~1", "/").replace("~0", "~")
    if path not in spec["paths"] or parts[2] not in spec["paths"][path]:
        raise FacadeError(f"v2 refers to {ref}, which v1 does not have")
    return path, parts[2]


def _share_body(combined: dict[str, Any], ref: str) -> dict[str, Any]:
    """The request body v2 shares with a v1 operation, its schema named in ``components`` (moved there once)."""
    path, method = _pointer(combined, ref)
    v1_operation = combined["paths"][path][method]
    body = v1_operation["requestBody"]
    media = body["content"]["application/json"]
    if "$ref" not in media["schema"]:
        name = "".join(word.capitalize() for word in snake_case(v1_operation["operationId"]).split("_")) + "Body"
        schemas = combined["components"]["schemas"]
        if name in schemas:
            raise FacadeError(f"cannot name v1's inline body of {v1_operation['operationId']}: {name} exists")
        schemas[name] = media["schema"]
        media["schema"] = {"$ref": f"#/components/schemas/{name}"}
    return copy.deepcopy(body)


def _merge_components(combined: dict[str, Any], v2: Mapping[str, Any]) -> dict[str, str]:
    """Adds v2's own components to ``combined``; returns the references it had to rename.

    v2's schemas are all named ``V2...`` and must not clash (one model per name); its error responses share v1's
    names (``BadRequest`` on the ``V2Error`` envelope) and become ``V2BadRequest`` here."""
    renamed: dict[str, str] = {}
    own: list[tuple[str, str, Any]] = []
    for section, entries in v2.get("components", {}).items():
        target = combined["components"].setdefault(section, {})
        for name, value in entries.items():
            if isinstance(value, dict) and str(value.get("$ref", "")).startswith(_V1_FILE):
                continue  # v1's own entry, already there
            new_name = name
            if name in target:
                if section == "schemas":
                    raise FacadeError(f"components/schemas/{name} is defined by both v1 and v2")
                new_name = V2_SUFFIX + name
                renamed[f"#/components/{section}/{name}"] = f"#/components/{section}/{new_name}"
            own.append((section, new_name, value))
    for section, name, value in own:
        combined["components"][section][name] = _localise(value, renamed)
    return renamed


def combine(v1: Mapping[str, Any], v2: Mapping[str, Any]) -> dict[str, Any]:
    """The document openapi-python-client generates from: v1, plus v2's operations renamed (see the module)."""
    combined = copy.deepcopy(dict(v1))
    renamed = _merge_components(combined, v2)
    known_tags = {tag["name"] for tag in combined.get("tags", [])}
    combined["tags"] = [
        *combined.get("tags", []),
        *(copy.deepcopy(t) for t in v2.get("tags", []) if t["name"] not in known_tags and t["name"] != "webhooks"),
    ]
    for path, method, operation in _operations(v2):
        if not path.startswith(V2_PREFIX + "/"):
            raise FacadeError(f"v2 path {path} does not start with {V2_PREFIX}/")
        if path in v1["paths"]:
            raise FacadeError(f"v2 path {path} is a v1 path too")
        local = combined["paths"].setdefault(path, {})
        local_operation = _localise(operation, renamed)
        body_ref = operation.get("requestBody", {}).get("$ref")
        if isinstance(body_ref, str):
            local_operation["requestBody"] = _share_body(combined, body_ref.replace(_V1_FILE, "#", 1))
        local_operation.update({"operationId": operation["operationId"] + V2_SUFFIX, VERSION_KEY: "v2"})
        local_operation[OPERATION_KEY] = operation["operationId"]
        local[method] = local_operation
        item = v2["paths"][path]
        if "parameters" in item:
            raise FacadeError(f"v2 path {path}: parameters shared by a path item are not supported; put them on it")
    return combined
