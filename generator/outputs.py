"""The models the client returns, rendered from the spec's response schemas into ``wawp_client/_outputs.py``.

openapi-python-client's attrs models suit request bodies, but as results they raise on a missing
required field and type every optional one ``X | Unset | None``. What a call returns is instead a
subclass of ``wawp_client._models.BaseModel``: one class per object schema reachable from a 2xx
response or from a webhook event (``WebhookEvent``'s members: what ``webhooks.parse`` returns is
read exactly like a response, because Wawp passes the engine's event JSON through just as it does
its answers), annotated with plain types (absent reads ``None``), plus two class tables, wire names and
required fields. The runtime (``_parsing``) reads those annotations to build results tolerantly, or
to check them strictly. Schemas whose result needs behaviour of its own are mapped to hand-written
runtime classes in :data:`RUNTIME_MODELS` instead of being rendered.
"""

from __future__ import annotations

import json
import re
import textwrap
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from .facade import FacadeError, field_name, pascal

__all__ = ["RAW_ALIASES", "RUNTIME_MODELS", "Outputs", "field_name"]

RAW_ALIASES = frozenset({"RawList", "RawObject"})  # ``wawp_client._models``: a union's "none fits" member

# ``anyOf`` schema name -> (runtime module, base class): the result is one object built on that hand-written
# base (accessors that work on every variant, see ``_union_models``), not a union the caller must dispatch on.
RUNTIME_MODELS: dict[str, tuple[str, str]] = {"SentMessage": ("._union_models", "SentMessage")}
_SCALARS = {"string": "str", "integer": "int", "number": "float", "boolean": "bool", "null": "None"}


@dataclass
class _Class:
    name: str
    description: str
    fields: list[tuple[str, str, str, bool, str]] = field(default_factory=list)  # attr, wire, type, required, doc


class Outputs:
    """Walks the response schemas once; :meth:`annotation` gives the Python type of any schema node."""

    def __init__(self, spec: Mapping[str, Any]) -> None:
        self.spec = spec
        self.schemas: Mapping[str, Any] = spec.get("components", {}).get("schemas", {})
        self.classes: dict[str, _Class] = {}
        self._sources: dict[str, Mapping[str, Any]] = {}  # class -> the schema node it was rendered from
        self.runtime: dict[str, tuple[str, str]] = {}
        self.unions: dict[str, tuple[str, list[str]]] = {}  # runtime-based class -> (description, variants)

    def _resolve(self, node: Mapping[str, Any]) -> tuple[str | None, Mapping[str, Any]]:
        ref = node.get("$ref")
        if not isinstance(ref, str):
            return None, node
        if not ref.startswith("#/components/schemas/"):
            raise FacadeError(f"unsupported $ref {ref}")
        name = ref.rsplit("/", 1)[1]
        return name, self.schemas[name]

    def annotation(self, node: Mapping[str, Any], hint: str) -> str:
        """The type expression of ``node``; ``hint`` names an inline object's class (``ChannelSearchResultPage``)."""
        name, schema = self._resolve(node)
        if name is not None and name in RUNTIME_MODELS:
            if name not in self.runtime:
                self.runtime[name] = RUNTIME_MODELS[name]
                members = [self.annotation(v, f"{name}{i}") for i, v in enumerate(schema.get("anyOf", []))]
                if not members or any(v not in self.classes for v in members):
                    raise FacadeError(f"{name}: a runtime model needs an anyOf of object schemas")
                self.unions[name] = (" ".join(str(schema.get("description", "")).split()), members)
            return name
        if name is not None:
            hint = pascal(name) if not name[:1].isupper() else re.sub(r"[^0-9A-Za-z]", "", name)
        variants = schema.get("oneOf") or schema.get("anyOf")
        if variants:
            return self._union([self.annotation(v, f"{hint}{i}") for i, v in enumerate(variants)], variants)
        if "allOf" in schema and len(schema["allOf"]) == 1:
            return self.annotation(schema["allOf"][0], hint)
        if isinstance(schema.get("const"), str):  # a webhook's ``event``: typed so that ``==`` narrows ``Event``
            return f"Literal[{json.dumps(schema['const'])}]"
        if "const" in schema:
            return _SCALARS.get(type(schema["const"]).__name__.replace("str", "string"), "Any")
        kinds = schema.get("type")
        if isinstance(kinds, list):
            return " | ".join(dict.fromkeys(self._kind(k, schema, hint) for k in kinds))
        if kinds is None and "properties" in schema:
            kinds = "object"
        return "Any" if kinds is None else self._kind(kinds, schema, hint)

    def _union(self, members: list[str], variants: list[Any]) -> str:
        """``A | B``, plus the raw JSON as a last member when two or more variants are structured, because
        the runtime hands back the value as received when none of them fits."""
        unique = list(dict.fromkeys(members))
        objects = [m for m in unique if m in self.classes or m in self.runtime or m.startswith("dict[")]
        lists = [m for m in unique if m.startswith("list[")]
        if len(objects) + len(lists) >= 2:
            unique += (["RawObject"] if objects else []) + (["RawList"] if lists else [])
        nullable = "None" in unique
        return " | ".join([m for m in dict.fromkeys(unique) if m != "None"] + (["None"] if nullable else []))

    def _kind(self, kind: str, schema: Mapping[str, Any], hint: str) -> str:
        if kind in _SCALARS:
            return _SCALARS[kind]
        if kind == "array":
            items = schema.get("items")
            return f"list[{self.annotation(items, hint + 'Item')}]" if isinstance(items, Mapping) else "list[Any]"
        if kind != "object":
            raise FacadeError(f"{hint}: unsupported schema type {kind!r}")
        properties: Mapping[str, Any] = schema.get("properties") or {}
        if not properties:
            extra = schema.get("additionalProperties")
            value = self.annotation(extra, hint + "Value") if isinstance(extra, Mapping) and extra else "Any"
            return f"dict[str, {value}]"
        if hint in self.classes:
            if self._sources[hint] is not schema:  # two schemas whose names collide in Python
                raise FacadeError(f"two different object schemas are both rendered as class {hint!r}")
            return hint
        self._sources[hint] = schema
        cls = self.classes[hint] = _Class(hint, " ".join(str(schema.get("description", "")).split()))
        required = set(schema.get("required", []))
        seen: set[str] = set()
        for wire, sub in properties.items():
            attr = field_name(wire)
            if attr in seen:
                raise FacadeError(f"{hint}: two properties are both called {attr!r} in Python")
            seen.add(attr)
            _, resolved = self._resolve(sub)
            doc = " ".join(str(sub.get("description") or resolved.get("description") or "").split())
            cls.fields.append((attr, wire, self.annotation(sub, hint + pascal(wire)), wire in required, doc))
        return hint

    def response(self, op: Mapping[str, Any], operation_id: str) -> str:
        """The type a call returns: its 200 JSON schema, or ``None`` for a documented empty body."""
        success = op.get("responses", {}).get("200")
        if not isinstance(success, Mapping):
            raise FacadeError(f"{operation_id}: no 200 response")
        media = success.get("content", {})
        if not media:
            return "None"
        if set(media) != {"application/json"}:
            raise FacadeError(f"{operation_id}: a 200 response other than application/json: {sorted(media)}")
        schema = media["application/json"].get("schema")
        return "Any" if schema is None else self.annotation(schema, pascal(operation_id) + "Response")

    def events(self) -> dict[str, str]:
        """Webhook event name -> the class its body is read as, from the members of ``WebhookEvent``'s oneOf.

        An event is read like a response: the same ``BaseModel`` classes, built by the same runtime walk, so
        that a payload which drifts from the spec still arrives typed (see ``wawp_client.webhooks``).
        """
        union = self.schemas.get("WebhookEvent", {}).get("oneOf")
        if not union:
            raise FacadeError("components/schemas/WebhookEvent has no oneOf")
        events: dict[str, str] = {}
        for member in union:
            name, schema = self._resolve(member)
            if name is None:
                raise FacadeError("WebhookEvent: every member must be a $ref to a named schema")
            value = schema.get("properties", {}).get("event", {}).get("const")
            if not isinstance(value, str):
                raise FacadeError(f"{name}: property 'event' has no const")
            if value in events:
                raise FacadeError(f"webhook event {value!r} is declared twice")
            events[value] = self.annotation(member, name)
            if events[value] not in self.classes:
                raise FacadeError(f"{name}: a webhook event must be an object schema")
        return events

    def names(self) -> list[str]:
        """Every class the result module defines."""
        return sorted([c.name for c in self.walk()] + list(self.unions))

    def walk(self) -> Iterator[_Class]:
        yield from (self.classes[name] for name in sorted(self.classes))


def _doc(text: str, indent: str) -> list[str]:
    safe = text.replace("\\", "\\\\").replace('"""', "'''")
    return [f"{indent}{line}" for line in textwrap.wrap(safe, 110 - len(indent))] or [indent.rstrip()]


def module(outputs: Outputs, header: str) -> str:
    """``wawp_client/_outputs.py``: every rendered result model, in name order."""
    lines = [header.rstrip("\n")]
    lines += [
        '"""The models calls return and webhooks arrive as, one per response and event schema of the spec (see',
        "``wawp_client._models``).",
        "",
        "Fields the server left out read ``None``; fields the spec does not list are kept in ``model_extra``",
        'and are readable as attributes under their wire names."""',
        "",
        "from __future__ import annotations",
        "",
    ]
    used = {
        word for c in outputs.walk() for _, _, annotation, _, _ in c.fields for word in re.findall(r"\w+", annotation)
    }
    lines += [f"from typing import {', '.join(['Any', 'ClassVar', *sorted(used & {'Literal'})])}", ""]
    lines.append(f"from ._models import {', '.join(['BaseModel', *sorted(used & RAW_ALIASES)])}")
    for runtime_module, runtime_class in sorted(set(outputs.runtime.values())):
        lines.append(f"from {runtime_module} import {runtime_class} as _{runtime_class}")
    lines += ["", f"__all__ = {outputs.names()!r}".replace("'", '"')]
    for cls in outputs.walk():
        lines += ["", "", f"class {cls.name}(BaseModel):"]
        doc = _doc(cls.description or f"The ``{cls.name}`` result.", "    ")
        doc[0] = doc[0].replace("    ", '    """', 1)
        if cls.fields:
            doc += ["", "    Attributes:"]
            for attr, _, annotation, required, text in cls.fields:
                entry = f"{attr} ({annotation}{'' if required else ', optional'}): {text}".rstrip(": ")
                wrapped = textwrap.wrap(entry.replace("\\", "\\\\").replace('"""', "'''"), 100)
                doc += [f"        {wrapped[0]}", *(f"            {line}" for line in wrapped[1:])]
        lines += [*doc, '    """', ""]
        wire = {attr: w for attr, w, _, _, _ in cls.fields}
        names = sorted(attr for attr, _, _, req, _ in cls.fields if req)
        lines.append(f"    _wire_names: ClassVar[dict[str, str]] = {wire!r}".replace("'", '"'))
        lines.append(f"    _required: ClassVar[frozenset[str]] = frozenset({names!r})".replace("'", '"'))
        lines += [""]
        for attr, _, annotation, required, _ in cls.fields:
            optional = "" if required or annotation == "Any" or annotation.endswith("| None") else " | None"
            lines.append(f"    {attr}: {annotation}{optional}")
    for name, (description, variants) in sorted(outputs.unions.items()):
        base = outputs.runtime[name][1]
        doc = _doc(description or f"The ``{name}`` result.", "    ")
        doc[0] = doc[0].replace("    ", '    """', 1)
        lines += ["", "", f"class {name}(_{base}):", *doc, '    """', ""]
        lines.append(f"    _variant_names: ClassVar[tuple[str, ...]] = {tuple(variants)!r}".replace("'", '"'))
    return "\n".join(lines) + "\n"
