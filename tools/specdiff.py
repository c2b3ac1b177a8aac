"""What a regeneration changes for callers: compare two versions of the spec and classify each change.

    python -m tools.specdiff OLD [NEW] [--report PATH]

``OLD`` and ``NEW`` are spec files or git refs (``HEAD~3`` reads ``spec/openapi.yaml`` at that
commit); ``NEW`` defaults to the working tree's spec. The report is Markdown, written to stdout (and
to ``--report``); the exit status is 1 when anything breaks, 0 otherwise, 2 on bad input.

Each change is seen from the people who regenerate: callers of the client (facade methods, their
keyword arguments, the fields of what they return) and consumers of webhooks (events and payload
fields). Names are shown the way Python sees them (``client.groups.participants.add(file_url=...)``),
using the generator's own naming rules, next to the wire name. A change is *breaking* when code
written against the old client can stop working: something removed or renamed, an argument made
required, a request type narrowed (fewer values accepted), a response field removed or retyped, a
webhook event or payload field removed. Additions and widenings are compatible. Response value sets
are open by convention (see docs/ARCHITECTURE.md), so a new response value is compatible.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from generator.naming import FacadeError, facade_path, pythonic

ROOT = Path(__file__).resolve().parent.parent
SPEC = "spec/openapi.yaml"
_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
_MAX_DEPTH = 8

__all__ = ["Change", "diff_specs", "load_spec", "main", "render"]


@dataclass(frozen=True, order=True)
class Change:
    """One difference: where (the Python view), what happened, and whether it breaks callers."""

    area: str  # "operation", "argument", "response field", "webhook"
    where: str
    what: str
    breaking: bool


def load_spec(source: str) -> dict[str, Any]:
    """A spec from a file path, or from ``spec/openapi.yaml`` at a git ref."""
    path = Path(source)
    if path.is_file():
        text = path.read_text(encoding="utf-8")
    else:
        result = subprocess.run(
            ["git", "show", f"{source}:{SPEC}"], cwd=ROOT, capture_output=True, text=True, check=False
        )
        if result.returncode != 0:
            raise ValueError(f"{source!r} is neither a spec file nor a git ref with {SPEC}: {result.stderr.strip()}")
        text = result.stdout
    spec = yaml.safe_load(text)
    if not isinstance(spec, dict) or "paths" not in spec:
        raise ValueError(f"{source!r} is not an OpenAPI document (no paths)")
    return spec


def _resolve(spec: Mapping[str, Any], node: Any) -> Any:
    while isinstance(node, Mapping) and "$ref" in node:
        target: Any = spec
        for part in str(node["$ref"]).removeprefix("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def _operations(spec: Mapping[str, Any]) -> dict[str, tuple[str, Mapping[str, Any], list[Any]]]:
    """operationId -> (``METHOD /path``, operation, parameters incl. the path item's)."""
    found: dict[str, tuple[str, Mapping[str, Any], list[Any]]] = {}
    for path, item in spec.get("paths", {}).items():
        shared = item.get("parameters", [])
        for method in _METHODS:
            if method in item:
                operation = item[method]
                params = [_resolve(spec, p) for p in [*shared, *operation.get("parameters", [])]]
                found[str(operation["operationId"])] = (f"{method.upper()} {path}", operation, params)
    return found


def _facade(operation: Mapping[str, Any]) -> str:
    try:
        return f"client.{'.'.join(facade_path(operation))}()"
    except FacadeError:
        return f"client.?.{operation.get('operationId')}()"


@dataclass(frozen=True)
class _Field:
    """What one schema position accepts: its types, closed values, bounds, and whether it must be present."""

    types: frozenset[str]
    enum: frozenset[Any] | None
    required: bool
    bounds: tuple[tuple[str, Any], ...]


def _types(schema: Mapping[str, Any]) -> set[str]:
    declared = schema.get("type")
    if isinstance(declared, list):
        return {str(t) for t in declared}
    if declared is not None:
        return {str(declared)}
    if "const" in schema:
        return {type(schema["const"]).__name__}
    return {"any"} if not any(k in schema for k in ("anyOf", "oneOf", "allOf")) else set()


_BOUNDS = ("minLength", "maxLength", "minimum", "maximum", "minItems", "maxItems", "pattern", "format")


def _flatten(spec: Mapping[str, Any], schema: Any, prefix: str, required: bool, depth: int = 0) -> dict[str, _Field]:
    """Every position of a schema (``a.b[*].c``) with what it accepts; variants of a union are merged."""
    schema = _resolve(spec, schema)
    if not isinstance(schema, Mapping) or depth > _MAX_DEPTH:
        return {}
    fields: dict[str, _Field] = {}
    variants = [*schema.get("anyOf", []), *schema.get("oneOf", []), *schema.get("allOf", [])]
    types = _types(schema)
    enum = frozenset(map(repr, schema["enum"])) if "enum" in schema else None
    if "const" in schema:
        enum = frozenset({repr(schema["const"])})
    bounds = tuple((k, schema[k]) for k in _BOUNDS if k in schema)
    for variant in variants:
        for key, value in _flatten(spec, variant, prefix, required, depth + 1).items():
            if key == prefix:
                types |= value.types
                bounds = bounds or value.bounds
                enum = None if enum is None or value.enum is None else enum | value.enum
            else:
                fields[key] = _merge(fields.get(key), value)
    if prefix:
        fields[prefix] = _Field(frozenset(types), enum, required, bounds)
    needed = set(schema.get("required", []))
    for name, sub in schema.get("properties", {}).items():
        fields.update(_flatten(spec, sub, f"{prefix}.{name}" if prefix else name, name in needed, depth + 1))
    if "items" in schema:
        fields.update(_flatten(spec, schema["items"], f"{prefix}[*]", required, depth + 1))
    return fields


def _merge(old: _Field | None, new: _Field) -> _Field:
    if old is None:
        return new
    enum = None if old.enum is None or new.enum is None else old.enum | new.enum
    return _Field(old.types | new.types, enum, old.required and new.required, old.bounds or new.bounds)


def _body_schema(operation: Mapping[str, Any], status: str | None = None) -> Any:
    if status is None:
        content = operation.get("requestBody", {}).get("content", {})
    else:
        content = operation.get("responses", {}).get(status, {}).get("content", {})
    return content.get("application/json", {}).get("schema")


def _request_fields(spec: Mapping[str, Any], operation: Mapping[str, Any], params: list[Any]) -> dict[str, _Field]:
    """Keyword arguments by wire name: query/path parameters and the JSON body's top-level properties."""
    fields: dict[str, _Field] = {}
    for param in params:
        if param.get("in") in {"query", "path", "header"}:
            name = str(param["name"])
            for key, value in _flatten(spec, param.get("schema", {}), name, bool(param.get("required"))).items():
                fields[key] = value
    body = _body_schema(operation)
    if body is not None:
        fields.update(_flatten(spec, body, "", False))
    return fields


def _narrowed(old: _Field, new: _Field) -> str | None:
    """Why ``new`` accepts less than ``old`` as a request value, or None."""
    if "any" not in new.types and not old.types <= new.types:
        return f"type {'|'.join(sorted(old.types))} -> {'|'.join(sorted(new.types))}"
    if new.enum is not None and (old.enum is None or not old.enum <= new.enum):
        removed = sorted(old.enum - new.enum) if old.enum is not None else ["(any value)"]
        return f"accepts fewer values (no longer {', '.join(removed)})"
    tighter = [key for key, value in new.bounds if _tighter(key, dict(old.bounds).get(key), value)]
    if tighter:
        return "stricter " + ", ".join(
            f"{key} ({dict(old.bounds).get(key)} -> {dict(new.bounds)[key]})" for key in tighter
        )
    return None


def _tighter(key: str, old: Any, new: Any) -> bool:
    """True when the constraint ``key`` rejects values the old one (or its absence) accepted."""
    if old is None:
        return True
    if key.startswith("max"):
        return bool(new < old)
    if key.startswith("min"):
        return bool(new > old)
    return bool(new != old)  # pattern, format: a different rule may reject what the old one took


def _argument(wire: str) -> str:
    """The keyword argument as Python sees it, with the wire name when they differ: ``file_url (`file[url]`)``."""
    head = wire.split(".")[0].split("[*]")[0]
    rest = wire[len(head) :]
    return f"{pythonic(head)}{rest}" + ("" if pythonic(head) == head else f" (`{wire}`)")


def _compare_requests(where: str, old: dict[str, _Field], new: dict[str, _Field]) -> Iterator[Change]:
    for wire in sorted(old.keys() - new.keys()):
        yield Change("argument", where, f"argument `{_argument(wire)}` removed", True)
    for wire in sorted(new.keys() - old.keys()):
        required = new[wire].required and "." not in wire and "[" not in wire
        yield Change(
            "argument", where, f"argument `{_argument(wire)}` added" + (" (required)" if required else ""), required
        )
    for wire in sorted(old.keys() & new.keys()):
        before, after = old[wire], new[wire]
        if after.required and not before.required:
            yield Change("argument", where, f"argument `{_argument(wire)}` is now required", True)
        elif before.required and not after.required:
            yield Change("argument", where, f"argument `{_argument(wire)}` is now optional", False)
        reason = _narrowed(before, after)
        if reason:
            yield Change("argument", where, f"argument `{_argument(wire)}`: {reason}", True)
        elif (before.types, before.enum, before.bounds) != (after.types, after.enum, after.bounds):
            yield Change("argument", where, f"argument `{_argument(wire)}` accepts more", False)


def _field_name(wire: str) -> str:
    """The attribute path as Python sees it: ``ackName`` -> ``ack_name``, ``[*].fromMe`` -> ``[*].from_me``."""
    parts = [(part.removesuffix("[*]"), part[len(part.removesuffix("[*]")) :]) for part in wire.split(".")]
    return ".".join((pythonic(name) if name else "") + suffix for name, suffix in parts)


def _named(wire: str) -> str:
    """```ack_name` (`ackName`)``, or just ```id``` when Python and the wire agree."""
    name = _field_name(wire)
    return f"`{name}`" if name == wire else f"`{name}` (`{wire}`)"


def _compare_responses(area: str, where: str, old: dict[str, _Field], new: dict[str, _Field]) -> Iterator[Change]:
    for wire in sorted(old.keys() - new.keys()):
        yield Change(area, where, f"field {_named(wire)} removed", True)
    for wire in sorted(new.keys() - old.keys()):
        yield Change(area, where, f"field {_named(wire)} added", False)
    for wire in sorted(old.keys() & new.keys()):
        before, after = old[wire], new[wire]
        if not before.types <= after.types and "any" not in after.types:
            types = f"{'|'.join(sorted(before.types))} -> {'|'.join(sorted(after.types))}"
            yield Change(area, where, f"field `{_field_name(wire)}` changed type ({types})", True)
        elif before.required and not after.required:
            yield Change(area, where, f"field `{_field_name(wire)}` may now be absent", True)


def _response_fields(spec: Mapping[str, Any], operation: Mapping[str, Any]) -> dict[str, _Field] | None:
    schema = _body_schema(operation, "200")
    return None if schema is None else _flatten(spec, schema, "", True)


def _events(spec: Mapping[str, Any]) -> dict[str, dict[str, _Field]]:
    events: dict[str, dict[str, _Field]] = {}
    for name, item in spec.get("webhooks", {}).items():
        operation: Mapping[str, Any] = next((item[m] for m in _METHODS if m in item), {})
        schema = _body_schema(operation)
        events[str(name)] = _flatten(spec, schema, "", True) if schema is not None else {}
    return events


def diff_specs(old: Mapping[str, Any], new: Mapping[str, Any]) -> list[Change]:
    """Every change between two specs, classified; sorted breaking first, then by place."""
    changes: list[Change] = []
    before, after = _operations(old), _operations(new)
    for op_id in sorted(before.keys() - after.keys()):
        changes.append(Change("operation", _facade(before[op_id][1]), f"operation `{op_id}` removed", True))
    for op_id in sorted(after.keys() - before.keys()):
        route = after[op_id][0]
        changes.append(Change("operation", _facade(after[op_id][1]), f"operation `{op_id}` added ({route})", False))
    for op_id in sorted(before.keys() & after.keys()):
        (old_route, old_op, old_params), (new_route, new_op, new_params) = before[op_id], after[op_id]
        where = _facade(new_op)
        if _facade(old_op) != where:
            changes.append(Change("operation", where, f"method moved from `{_facade(old_op)}`", True))
        if old_route != new_route:
            changes.append(Change("operation", where, f"route `{old_route}` -> `{new_route}`", False))
        changes.extend(
            _compare_requests(where, _request_fields(old, old_op, old_params), _request_fields(new, new_op, new_params))
        )
        old_response, new_response = _response_fields(old, old_op), _response_fields(new, new_op)
        if old_response is not None and new_response is None:
            changes.append(Change("response field", where, "the JSON response is gone", True))
        elif old_response is not None and new_response is not None:
            changes.extend(_compare_responses("response field", where, old_response, new_response))
    old_events, new_events = _events(old), _events(new)
    for event in sorted(old_events.keys() - new_events.keys()):
        changes.append(Change("webhook", event, "event removed", True))
    for event in sorted(new_events.keys() - old_events.keys()):
        changes.append(Change("webhook", event, "event added", False))
    for event in sorted(old_events.keys() & new_events.keys()):
        changes.extend(_compare_responses("webhook", event, old_events[event], new_events[event]))
    return sorted(changes, key=lambda c: (not c.breaking, c.area, c.where, c.what))


def render(changes: list[Change], old_label: str, new_label: str) -> str:
    """The Markdown report."""
    breaking = [c for c in changes if c.breaking]
    lines = [
        f"# API changes: {old_label} -> {new_label}",
        "",
        f"{len(changes)} change(s), {len(breaking)} breaking.",
        "",
    ]
    for title, group in (("Breaking", breaking), ("Compatible", [c for c in changes if not c.breaking])):
        lines += [f"## {title} ({len(group)})", ""]
        lines += [f"- **{c.area}** `{c.where}`: {c.what}" for c in group] or ["None."]
        lines.append("")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Classify the changes between two versions of the spec.")
    parser.add_argument("old", help="spec file or git ref (reads spec/openapi.yaml at that ref)")
    parser.add_argument("new", nargs="?", default=str(ROOT / SPEC), help="spec file or git ref (default: working tree)")
    parser.add_argument("--report", type=Path, help="also write the Markdown report here")
    args = parser.parse_args(argv)
    try:
        old, new = load_spec(args.old), load_spec(args.new)
    except (ValueError, OSError, yaml.YAMLError) as error:
        print(f"specdiff: {error}", file=sys.stderr)
        return 2
    new_label = args.new if args.new != str(ROOT / SPEC) else "working tree"
    changes = diff_specs(old, new)
    report = render(changes, args.old, new_label)
    print(report)
    if args.report is not None:
        args.report.parent.mkdir(parents=True, exist_ok=True)
        args.report.write_text(report, encoding="utf-8")
    return 1 if any(c.breaking for c in changes) else 0


if __name__ == "__main__":
    sys.exit(main())
