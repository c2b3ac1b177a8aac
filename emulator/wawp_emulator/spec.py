"""The bundled OpenAPI document: loading, ``$ref`` inlining and the route table.

Everything is derived once at start-up (and cached per file): the router, each operation's
parameters, body and responses, and their compiled validators (:mod:`wawp_emulator.validation`).
"""

from __future__ import annotations

import copy
import functools
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from wawp_emulator.bundle import bundle, external_files

__all__ = [
    "API_PREFIX",
    "HTTP_METHODS",
    "V2_MOUNT",
    "BodySpec",
    "OperationSpec",
    "Param",
    "ResponseSpec",
    "Router",
    "Spec",
    "bundled_spec_path",
    "bundled_v2_spec_path",
    "load_spec",
    "read_document",
]

API_PREFIX = "/wp-json/awp/v1"
V2_MOUNT = "/v2"
"""Where v2 is served: the v2 description's paths start with it (its server is ``https://api.wawp.net``)."""
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
SPEC_URI = "urn:wawp-emulator:openapi"


@dataclass
class Param:
    name: str
    location: str
    required: bool
    schema: dict[str, Any]
    kind: str
    """string | integer | number | boolean | array | object | any"""
    item_kind: str = "any"
    default: Any = None
    has_default: bool = False


@dataclass
class BodySpec:
    required: bool
    media_type: str
    schema: dict[str, Any]


@dataclass
class ResponseSpec:
    status: str
    media_type: str | None
    schema: dict[str, Any] | None


@dataclass
class OperationSpec:
    operation_id: str
    method: str
    path: str
    tag: str | None
    security: list[list[tuple[str, str, str]]]
    """alternatives, each a list of (scheme name, location, parameter name); ``[]``: no auth."""
    query: list[Param] = field(default_factory=list)
    path_params: list[Param] = field(default_factory=list)
    body: BodySpec | None = None
    responses: dict[str, ResponseSpec] = field(default_factory=dict)
    raw: dict[str, Any] = field(default_factory=dict, repr=False)

    def response_for(self, status: int) -> ResponseSpec | None:
        key = str(status)
        found = self.responses.get(key) or self.responses.get(f"{key[0]}XX") or self.responses.get(f"{key[0]}xx")
        return found or self.responses.get("default")


@dataclass
class PathEntry:
    template: str
    methods: dict[str, OperationSpec] = field(default_factory=dict)
    params: list[str] = field(default_factory=list)

    @property
    def allow(self) -> str:
        return ", ".join(sorted(self.methods, key=lambda m: HTTP_METHODS.index(m.lower())))


class _Node:
    __slots__ = ("entry", "literal", "param")

    def __init__(self) -> None:
        self.literal: dict[str, _Node] = {}
        self.param: _Node | None = None
        self.entry: PathEntry | None = None


class Router:
    """Segment trie: at each level a literal segment beats a template.

    ``/channels/search`` beats ``/channels/{id}``; a literal branch that fails deeper falls back to the template.
    """

    def __init__(self) -> None:
        self._root = _Node()
        self.entries: dict[str, PathEntry] = {}

    def add(self, template: str, method: str, op: OperationSpec) -> None:
        entry = self.entries.get(template)
        if entry is None:
            entry = PathEntry(template)
            self.entries[template] = entry
            node = self._root
            for segment in _segments(template):
                if segment.startswith("{") and segment.endswith("}"):
                    if node.param is None:
                        node.param = _Node()
                    node = node.param
                    entry.params.append(segment[1:-1])
                else:
                    node = node.literal.setdefault(segment, _Node())
            if node.entry is not None:
                raise ValueError(f"paths {node.entry.template} and {template} are the same route")
            node.entry = entry
        entry.methods[method] = op

    def match(self, segments: list[str]) -> tuple[PathEntry, list[str]] | None:
        values: list[str] = []
        entry = self._walk(self._root, segments, 0, values)
        return (entry, values) if entry is not None else None

    def _walk(self, node: _Node, segments: list[str], i: int, values: list[str]) -> PathEntry | None:
        if i == len(segments):
            return node.entry
        segment = segments[i]
        child = node.literal.get(segment)
        if child is not None:
            found = self._walk(child, segments, i + 1, values)
            if found is not None:
                return found
        if node.param is not None and segment:
            values.append(segment)
            found = self._walk(node.param, segments, i + 1, values)
            if found is not None:
                return found
            values.pop()
        return None


def _segments(path: str) -> list[str]:
    return path.strip("/").split("/") if path.strip("/") else []


# --------------------------------------------------------------------------- $ref handling


def _pointer(doc: Mapping[str, Any], ref: str) -> Any:
    if not ref.startswith("#/"):
        raise ValueError(f"only local $refs are supported: {ref}")
    node: Any = doc
    for part in ref[2:].split("/"):
        node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


def deref(doc: Mapping[str, Any], node: Any) -> Any:
    """Follow a chain of ``$ref`` objects (parameters, responses, request bodies)."""
    seen = set()
    while isinstance(node, Mapping) and "$ref" in node:
        ref = node["$ref"]
        if ref in seen:
            raise ValueError(f"$ref cycle at {ref}")
        seen.add(ref)
        node = _pointer(doc, ref)
    return node


def inline_schema(doc: Mapping[str, Any], schema: Any, stack: tuple[str, ...] = ()) -> Any:
    """Replace local ``$ref``s by their targets (recursive ones become absolute refs into the registry)."""
    if isinstance(schema, list):
        return [inline_schema(doc, item, stack) for item in schema]
    if not isinstance(schema, Mapping):
        return schema
    ref = schema.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/"):
        siblings = {k: inline_schema(doc, v, stack) for k, v in schema.items() if k != "$ref"}
        if ref in stack:
            target: Any = {"$ref": SPEC_URI + ref}
        else:
            target = inline_schema(doc, _pointer(doc, ref), (*stack, ref))
        if not siblings:
            return target
        return {"allOf": [target], **siblings}
    out: dict[str, Any] = {}
    for key, value in schema.items():
        if key in ("example", "examples") or key.startswith("x-"):
            continue
        if key in ("properties", "patternProperties", "$defs", "definitions", "dependentSchemas"):
            out[key] = (
                {k: inline_schema(doc, v, stack) for k, v in value.items()} if isinstance(value, Mapping) else value
            )
        elif key in ("enum", "const", "default", "required"):
            out[key] = value
        else:
            out[key] = inline_schema(doc, value, stack)
    return out


def absolutise_refs(node: Any) -> Any:
    """A copy of the document with every local ``$ref`` made absolute (for the referencing registry)."""
    if isinstance(node, list):
        return [absolutise_refs(item) for item in node]
    if isinstance(node, Mapping):
        out = {}
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str) and value.startswith("#/"):
                out[key] = SPEC_URI + value
            else:
                out[key] = absolutise_refs(value)
        return out
    return node


def _kind(schema: Mapping[str, Any]) -> str:
    declared = schema.get("type")
    if isinstance(declared, list):
        declared = next((t for t in declared if t != "null"), None)
    if isinstance(declared, str):
        return declared
    if schema.get("enum"):
        first = schema["enum"][0]
        return {bool: "boolean", int: "integer", float: "number", str: "string"}.get(type(first), "any")
    for key in ("allOf", "anyOf", "oneOf"):
        for sub in schema.get(key) or []:
            if isinstance(sub, Mapping):
                found = _kind(sub)
                if found != "any":
                    return found
    return "any"


# --------------------------------------------------------------------------- the spec


class Spec:
    """A loaded OpenAPI document with its routes and operations."""

    def __init__(self, document: dict[str, Any], source: str = "<memory>") -> None:
        self.document = document
        self.source = source
        self.registry_document = absolutise_refs(document)
        self.router = Router()
        self.operations: dict[str, OperationSpec] = {}
        self.base_path = API_PREFIX
        servers = document.get("servers") or []
        if servers and isinstance(servers[0], Mapping):
            url = str(servers[0].get("url", ""))
            if "://" in url:
                url = "/" + url.split("://", 1)[1].partition("/")[2]
            self.base_path = "/" + url.strip("/") if url.strip("/") else ""
        self._schemes = document.get("components", {}).get("securitySchemes", {}) or {}
        top_security = document.get("security", [])
        for template, item in (document.get("paths") or {}).items():
            item = deref(document, item)
            shared = item.get("parameters", [])
            for method in HTTP_METHODS:
                raw = item.get(method)
                if raw is None:
                    continue
                op = self._operation(template, method, raw, shared, top_security)
                if op.operation_id in self.operations:
                    raise ValueError(f"duplicate operationId {op.operation_id}")
                self.operations[op.operation_id] = op
                self.router.add(template, method.upper(), op)
        self.json_bytes = json.dumps(document, ensure_ascii=False).encode()

    def _operation(
        self, template: str, method: str, raw: Mapping[str, Any], shared: list[Any], top_security: list[Any]
    ) -> OperationSpec:
        doc = self.document
        op_id = str(raw.get("operationId") or f"{method}_{template}")
        tags = raw.get("tags") or [None]
        security_raw = raw.get("security", top_security)
        security: list[list[tuple[str, str, str]]] = []
        for requirement in security_raw or []:
            alt = []
            for scheme_name in requirement:
                scheme = deref(doc, self._schemes.get(scheme_name, {}))
                if scheme.get("type") == "http":  # (a bearer token: the Authorization header)
                    alt.append((scheme_name, "header", "Authorization"))
                else:
                    alt.append((scheme_name, str(scheme.get("in", "query")), str(scheme.get("name", scheme_name))))
            security.append(alt)
        if any(not alt for alt in security):
            security = []  # an empty requirement makes auth optional
        op = OperationSpec(op_id, method.upper(), template, tags[0], security, raw=dict(raw))
        params: dict[tuple[str, str], Mapping[str, Any]] = {}
        for p in [*shared, *(raw.get("parameters") or [])]:
            p = deref(doc, p)
            params[(str(p["name"]), str(p["in"]))] = p
        for (name, location), p in params.items():
            schema = inline_schema(doc, p.get("schema") or {})
            if not isinstance(schema, dict):
                schema = {}
            kind = _kind(schema)
            item_kind = _kind(schema.get("items") or {}) if kind == "array" else "any"
            param = Param(
                name=name,
                location=location,
                required=bool(p.get("required", location == "path")),
                schema=schema,
                kind=kind,
                item_kind=item_kind,
                default=copy.deepcopy(schema.get("default")),
                has_default="default" in schema,
            )
            if location == "query":
                op.query.append(param)
            elif location == "path":
                op.path_params.append(param)
        body = deref(doc, raw.get("requestBody")) if raw.get("requestBody") else None
        if body:
            content = body.get("content") or {}
            media = next((m for m in content if _is_json(m)), next(iter(content), "application/json"))
            schema = inline_schema(doc, (content.get(media) or {}).get("schema") or {})
            op.body = BodySpec(bool(body.get("required", False)), media, schema)
        for status, response in (raw.get("responses") or {}).items():
            response = deref(doc, response)
            content = response.get("content") or {}
            if not content:
                op.responses[str(status)] = ResponseSpec(str(status), None, None)
                continue
            media = next((m for m in content if _is_json(m)), next(iter(content)))
            schema = (content.get(media) or {}).get("schema")
            op.responses[str(status)] = ResponseSpec(
                str(status), media, inline_schema(doc, schema) if schema is not None and _is_json(media) else None
            )
        return op

    def match(self, path: str) -> tuple[PathEntry, list[str]] | None:
        return self.router.match(_segments(path))

    def __iter__(self) -> Iterator[OperationSpec]:
        return iter(self.operations.values())


def _is_json(media_type: str) -> bool:
    base = media_type.split(";", 1)[0].strip().lower()
    return base == "application/json" or base.endswith("+json")


def bundled_spec_path() -> Path:
    return Path(str(resources.files("wawp_emulator").joinpath("openapi.yaml")))


def bundled_v2_spec_path() -> Path:
    """The v2 description (``spec/v2/openapi.yaml``), beside which ``../openapi.yaml`` is the v1 copy it
    points into."""
    return Path(str(resources.files("wawp_emulator").joinpath("v2", "openapi.yaml")))


def read_document(path: Path) -> dict[str, Any]:
    """An OpenAPI document from a YAML or JSON file."""
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".json":
        data = json.loads(text)
    else:
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        data = yaml.load(text, Loader=loader)
    if not isinstance(data, dict):
        raise ValueError(f"{path} is not an OpenAPI document")
    return data


@functools.lru_cache(maxsize=8)
def _load_cached(path: str, mtime: float) -> Spec:
    document = read_document(Path(path))
    if external_files(document):  # (v2 shares v1's shapes by relative reference)
        document = bundle(document, Path(path).parent, read_document)
    return Spec(document, source=path)


def load_spec(path: str | Path | None = None) -> Spec:
    """The spec at ``path`` (default: the bundled ``openapi.yaml``), parsed once per file version."""
    target = Path(path) if path is not None else bundled_spec_path()
    return _load_cached(str(target.resolve()), target.stat().st_mtime)
