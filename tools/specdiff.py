"""What a regeneration changes for callers: compare two versions of the spec and classify each change.

    python -m tools.specdiff OLD [NEW] [--report PATH]

``OLD`` and ``NEW`` are spec files or git refs (``HEAD~3`` reads ``spec/openapi.yaml`` at that
commit); ``NEW`` defaults to the working tree's spec. The report is Markdown, written to stdout (and
to ``--report``); the exit status is 1 when anything breaks, 0 otherwise, 2 on bad input. A spec that
borrows from another file (``spec/v2/openapi.yaml`` points into v1 with ``../openapi.yaml#/...``) is read
with those files embedded, so every reference resolves inside the one document (:func:`load_spec`).

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
import posixpath
import subprocess
import sys
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, NamedTuple

import yaml

from generator.naming import HTTP_METHODS, FacadeError, facade_path, pythonic

ROOT = Path(__file__).resolve().parent.parent
SPEC = "spec/openapi.yaml"
_MAX_DEPTH = 8

__all__ = [
    "Change",
    "Operation",
    "compare_events",
    "compare_operation",
    "diff_specs",
    "facade_call",
    "load_spec",
    "main",
    "operations",
    "render",
    "resolve",
    "shape_name",
    "success_status",
]


@dataclass(frozen=True, order=True)
class Change:
    """One difference: where (the Python view), what happened, and whether it breaks callers."""

    area: str  # "operation", "argument", "response field", "webhook", "wire" (moved on the wire only)
    where: str
    what: str
    breaking: bool
    subject: str = ""  # the argument or field it is about, as Python names it (``file_url``, ``[*].from_me``)
    verb: str = ""  # what happened to ``subject``, in a few words ("removed", "other pattern")


def load_spec(source: str) -> dict[str, Any]:
    """A spec from a file path, or from ``spec/openapi.yaml`` at a git ref; the files it references are
    read from beside it (on disk, or at the same ref) and embedded (:func:`_bundle`)."""
    path = Path(source)
    if path.is_file():
        spec = _parse(path.read_text(encoding="utf-8"), source)
        return _bundle(spec, lambda relative: (path.parent / relative).read_text(encoding="utf-8"))
    spec = _parse(_git_show(source, SPEC), source)
    return _bundle(spec, lambda relative: _git_show(source, posixpath.normpath(posixpath.join(_SPEC_DIR, relative))))


def _git_show(ref: str, path: str) -> str:
    result = subprocess.run(["git", "show", f"{ref}:{path}"], cwd=ROOT, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise ValueError(f"{ref!r} is neither a spec file nor a git ref with {path}: {result.stderr.strip()}")
    return result.stdout


def _parse(text: str, source: str) -> dict[str, Any]:
    spec = yaml.safe_load(text)
    if not isinstance(spec, dict) or "paths" not in spec:
        raise ValueError(f"{source!r} is not an OpenAPI document (no paths)")
    return spec


_EMBEDDED = "x-specdiff-embedded"
_SPEC_DIR = posixpath.dirname(SPEC)


def _bundle(spec: dict[str, Any], read: Callable[[str], str]) -> dict[str, Any]:
    """``spec`` with every file it references (``../openapi.yaml#/components/...``) embedded under
    ``x-specdiff-embedded`` and every reference rewritten to point there, so :func:`resolve` needs one document.

    Files are named by their path relative to ``spec``'s directory, and ``read`` reads them by that name.
    Embedding whole files keeps each one's own local references meaningful: they are rewritten to point
    into the same embedded copy.
    """
    embedded: dict[str, Any] = {}
    wanted: list[str] = []

    def pointer(ref: str, here: str) -> str:
        file, _, fragment = ref.partition("#")
        target = posixpath.normpath(posixpath.join(posixpath.dirname(here), file)) if file else here
        if not target:
            return f"#{fragment}"
        if target not in embedded and target not in wanted:
            wanted.append(target)
        return f"#/{_EMBEDDED}/{target.replace('~', '~0').replace('/', '~1')}{fragment}"

    def rewrite(node: Any, here: str) -> Any:
        if isinstance(node, dict):
            return {
                key: pointer(value, here) if key == "$ref" and isinstance(value, str) else rewrite(value, here)
                for key, value in node.items()
            }
        if isinstance(node, list):
            return [rewrite(item, here) for item in node]
        return node

    bundled: dict[str, Any] = rewrite(spec, "")
    while wanted:
        name = wanted.pop(0)
        try:
            text = read(name)
        except OSError as error:
            raise ValueError(f"a reference names {name!r}, which cannot be read: {error}") from error
        embedded[name] = {}  # claimed first, so the file's references to itself do not queue it again
        embedded[name] = rewrite(yaml.safe_load(text), name)
    if embedded:
        bundled[_EMBEDDED] = embedded
    return bundled


def resolve(spec: Mapping[str, Any], node: Any) -> Any:
    """``node``, or what its (chain of) local ``$ref`` points to in ``spec``."""
    while isinstance(node, Mapping) and "$ref" in node:
        target: Any = spec
        for part in str(node["$ref"]).removeprefix("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


class Operation(NamedTuple):
    """One operation as the diff sees it."""

    route: str  # ``METHOD /path``
    operation: Mapping[str, Any]
    parameters: list[Any]  # resolved, the path item's included


def operations(spec: Mapping[str, Any]) -> dict[str, Operation]:
    """operationId -> the operation, for every operation of ``spec`` (path items may be references)."""
    found: dict[str, Operation] = {}
    for path, item in spec.get("paths", {}).items():
        item = resolve(spec, item)
        shared = item.get("parameters", [])
        for method in HTTP_METHODS:
            if method in item:
                operation = item[method]
                params = [resolve(spec, p) for p in [*shared, *operation.get("parameters", [])]]
                found[str(operation["operationId"])] = Operation(f"{method.upper()} {path}", operation, params)
    return found


def shape_name(schema: Mapping[str, Any]) -> str:
    """A schema as a reader names it: ```SentMessage```, ```EngineGroup`[]``, ```string``` (its type) or
    ```A` or `B``` for a union."""
    if "$ref" in schema:
        return f"`{str(schema['$ref']).rsplit('/', 1)[1]}`"
    if "items" in schema:
        return f"{shape_name(schema['items'])}[]"
    variants = schema.get("oneOf") or schema.get("anyOf")
    if variants:
        return " or ".join(shape_name(variant) for variant in variants)
    return f"`{schema.get('type', 'any')}`"


def facade_call(operation: Mapping[str, Any]) -> str:
    """The call as Python sees it, ``client.groups.participants.add()`` (generator/naming.py's rule)."""
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
    location: str = ""  # where a request's top-level argument travels: query, path, header or body


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
    schema = resolve(spec, schema)
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


def success_status(operation: Mapping[str, Any]) -> str | None:
    """The status of the operation's success answer (the lowest 2xx it declares), or None."""
    return min((str(code) for code in operation.get("responses", {}) if str(code).startswith("2")), default=None)


def _body_schema(spec: Mapping[str, Any], operation: Mapping[str, Any], status: str | None = None) -> Any:
    """The JSON schema of the request body, or of the answer with ``status``; None when there is none."""
    part = operation.get("requestBody") if status is None else operation.get("responses", {}).get(status)
    content = resolve(spec, part or {}).get("content", {})
    return content.get("application/json", {}).get("schema")


def _request_fields(spec: Mapping[str, Any], operation: Mapping[str, Any], params: list[Any]) -> dict[str, _Field]:
    """Keyword arguments by wire name: query/path parameters and the JSON body's top-level properties."""
    fields: dict[str, _Field] = {}
    for param in params:
        if param.get("in") in {"query", "path", "header"}:
            name = str(param["name"])
            fields.update(_flatten(spec, param.get("schema", {}), name, bool(param.get("required"))))
            fields[name] = replace(fields[name], location=str(param["in"]))
    body = _body_schema(spec, operation)
    if body is not None:
        for key, value in _flatten(spec, body, "", False).items():
            fields[key] = replace(value, location="body") if "." not in key and "[*]" not in key else value
    return fields


def _narrowed(old: _Field, new: _Field) -> tuple[str, str] | None:
    """How ``new`` accepts less than ``old`` as a request value, in a few words and in full; None if it does not."""
    if "any" not in new.types and not old.types <= new.types:
        return "other type", f"type {'|'.join(sorted(old.types))} -> {'|'.join(sorted(new.types))}"
    if new.enum is not None and (old.enum is None or not old.enum <= new.enum):
        removed = sorted(old.enum - new.enum) if old.enum is not None else ["(any value)"]
        return "fewer values", f"accepts fewer values (no longer {', '.join(removed)})"
    tighter = [key for key, value in new.bounds if _tighter(key, dict(old.bounds).get(key), value)]
    if tighter:
        before, after = dict(old.bounds), dict(new.bounds)
        verb = "other pattern" if set(tighter) <= set(_RULES) else "stricter"
        return verb, ", ".join(
            f"{'changed' if key in _RULES else 'stricter'} {key} ({before.get(key)} -> {after[key]})" for key in tighter
        )
    return None


_RULES = ("pattern", "format")  # constraints that are not ordered: another one may refuse what the old one took


def _tighter(key: str, old: Any, new: Any) -> bool:
    """True when the constraint ``key`` rejects values the old one (or its absence) accepted."""
    if old is None:
        return True
    if key.startswith("max"):
        return bool(new < old)
    if key.startswith("min"):
        return bool(new > old)
    return bool(new != old)  # pattern, format: a different rule may reject what the old one took


def _keyword(wire: str, arguments: set[str]) -> str:
    """The keyword argument as Python sees it: ``file_url`` for the parameter ``file[url]``, ``poll.name`` for the
    field ``name`` of the body argument ``poll``. ``arguments`` are the top-level wire names (a parameter's name
    may hold a dot, ``filter.ack``: it is one argument, ``filter_ack``)."""
    head = next((top for top in arguments if wire == top or wire.startswith((f"{top}.", f"{top}[*]"))), None)
    if head is None:
        head = wire.split(".")[0].split("[*]")[0]
    return f"{pythonic(head)}{wire[len(head) :]}"


def _argument(wire: str, arguments: set[str]) -> str:
    """The keyword argument with the wire name when they differ: ``file_url (`file[url]`)``."""
    name = _keyword(wire, arguments)
    return name if name == wire else f"{name} (`{wire}`)"


_PLACES = {"query": "query", "path": "path", "header": "headers", "body": "JSON body"}


def _compare_requests(where: str, old: dict[str, _Field], new: dict[str, _Field]) -> Iterator[Change]:
    arguments = {wire for wire, field in {**old, **new}.items() if field.location}

    def change(area: str, wire: str, what: str, breaking: bool, verb: str) -> Change:
        name = _argument(wire, arguments)
        return Change(area, where, f"argument `{name}`{what}", breaking, _keyword(wire, arguments), verb)

    added = {_keyword(wire, arguments): wire for wire in new.keys() - old.keys()}
    renamed = {
        wire: added[_keyword(wire, arguments)] for wire in old.keys() - new.keys() if _keyword(wire, arguments) in added
    }
    for wire in sorted(old.keys() - new.keys() - renamed.keys()):
        yield change("argument", wire, " removed", True, "removed")
    for wire in sorted(new.keys() - old.keys() - set(renamed.values())):
        required = new[wire].required and "." not in wire and "[" not in wire
        verb = "added (required)" if required else "added"
        yield change("argument", wire, f" {verb}", required, verb)
    for old_wire, wire in sorted([(wire, wire) for wire in old.keys() & new.keys()] + list(renamed.items())):
        before, after = old[old_wire], new[wire]
        if old_wire != wire:  # ``chatId`` -> ``chat_id``: one keyword, another name on the wire
            yield change("wire", wire, f" was sent as `{old_wire}` (same keyword)", False, "renamed on the wire")
        if after.required and not before.required:
            yield change("argument", wire, " is now required", True, "now required")
        elif before.required and not after.required:
            yield change("argument", wire, " is now optional", False, "now optional")
        if before.location and after.location and before.location != after.location:
            place = f"moves to the {_PLACES[after.location]}"
            yield change("wire", wire, f" {place} from the {_PLACES[before.location]} (same keyword)", False, place)
        narrowed = _narrowed(before, after)
        if narrowed:
            yield change("argument", wire, f": {narrowed[1]}", True, narrowed[0])
        elif (before.types, before.enum, before.bounds) != (after.types, after.enum, after.bounds):
            yield change("argument", wire, " accepts more", False, "accepts more")


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
        yield Change(area, where, f"field {_named(wire)} removed", True, _field_name(wire), "removed")
    for wire in sorted(new.keys() - old.keys()):
        yield Change(area, where, f"field {_named(wire)} added", False, _field_name(wire), "added")
    for wire in sorted(old.keys() & new.keys()):
        before, after = old[wire], new[wire]
        if not before.types <= after.types and "any" not in after.types:
            types = f"{'|'.join(sorted(before.types))} -> {'|'.join(sorted(after.types))}"
            what = f"field `{_field_name(wire)}` changed type ({types})"
            yield Change(area, where, what, True, _field_name(wire), "changed type")
        elif before.required and not after.required:
            what = f"field `{_field_name(wire)}` may now be absent"
            yield Change(area, where, what, True, _field_name(wire), "may be absent")


def _response_fields(spec: Mapping[str, Any], operation: Mapping[str, Any]) -> dict[str, _Field] | None:
    status = success_status(operation)
    schema = None if status is None else _body_schema(spec, operation, status)
    return None if schema is None else _flatten(spec, schema, "", True)


def _events(spec: Mapping[str, Any]) -> dict[str, dict[str, _Field]]:
    events: dict[str, dict[str, _Field]] = {}
    for name, item in spec.get("webhooks", {}).items():
        item = resolve(spec, item)
        operation: Mapping[str, Any] = next((item[m] for m in HTTP_METHODS if m in item), {})
        schema = _body_schema(spec, operation)
        events[str(name)] = _flatten(spec, schema, "", True) if schema is not None else {}
    return events


def compare_operation(
    old_spec: Mapping[str, Any], old: Operation, new_spec: Mapping[str, Any], new: Operation, where: str
) -> list[Change]:
    """What changes for a caller of ``old`` who now calls ``new``: its arguments, its success status and the
    fields of its answer (not its route or Python name, which the caller does not write)."""
    changes = list(
        _compare_requests(
            where,
            _request_fields(old_spec, old.operation, old.parameters),
            _request_fields(new_spec, new.operation, new.parameters),
        )
    )
    old_status, new_status = success_status(old.operation), success_status(new.operation)
    if old_status is not None and new_status is not None and old_status != new_status:
        changes.append(Change("wire", where, f"answers {new_status} instead of {old_status}", False))
    old_response, new_response = _response_fields(old_spec, old.operation), _response_fields(new_spec, new.operation)
    if old_response is not None and new_response is None:
        changes.append(Change("response field", where, "the JSON response is gone", True))
    elif old_response is not None and new_response is not None:
        changes.extend(_compare_responses("response field", where, old_response, new_response))
    return changes


def compare_events(old_spec: Mapping[str, Any], new_spec: Mapping[str, Any]) -> list[Change]:
    """Webhook events removed, added, and the payload fields of the others, as their consumers feel it."""
    changes: list[Change] = []
    old_events, new_events = _events(old_spec), _events(new_spec)
    for event in sorted(old_events.keys() - new_events.keys()):
        changes.append(Change("webhook", event, "event removed", True))
    for event in sorted(new_events.keys() - old_events.keys()):
        changes.append(Change("webhook", event, "event added", False))
    for event in sorted(old_events.keys() & new_events.keys()):
        changes.extend(_compare_responses("webhook", event, old_events[event], new_events[event]))
    return changes


def diff_specs(old: Mapping[str, Any], new: Mapping[str, Any]) -> list[Change]:
    """Every change between two specs, classified; sorted breaking first, then by place."""
    changes: list[Change] = []
    before, after = operations(old), operations(new)
    for op_id in sorted(before.keys() - after.keys()):
        changes.append(Change("operation", facade_call(before[op_id].operation), f"operation `{op_id}` removed", True))
    for op_id in sorted(after.keys() - before.keys()):
        route, operation = after[op_id].route, after[op_id].operation
        changes.append(Change("operation", facade_call(operation), f"operation `{op_id}` added ({route})", False))
    for op_id in sorted(before.keys() & after.keys()):
        where = facade_call(after[op_id].operation)
        if facade_call(before[op_id].operation) != where:
            moved = f"method moved from `{facade_call(before[op_id].operation)}`"
            changes.append(Change("operation", where, moved, True))
        if before[op_id].route != after[op_id].route:
            route = f"route `{before[op_id].route}` -> `{after[op_id].route}`"
            changes.append(Change("operation", where, route, False))
        changes.extend(compare_operation(old, before[op_id], new, after[op_id], where))
    changes.extend(compare_events(old, new))
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
