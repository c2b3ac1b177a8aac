"""Moving from v1 to v2: what changes for code that calls the client, call by call (the migration report).

    python -m tools.migration [--report PATH]     # what `nox -s diff` runs with no arguments

Compares ``spec/openapi.yaml`` (v1) with ``spec/v2/openapi.yaml`` (v2, its references into v1 resolved)
with the machinery of ``tools/specdiff.py``, and pairs their operations the way the one client does:

- the same ``operationId`` is the same call (spec/v2/README.md's rule), under v1's Python name, which the
  client keeps; what the caller writes may still change (arguments, the answer's fields);
- a v2 operation whose ``x-wawp-v1-operation`` names another id *replaces* that v1 call: the caller
  switches to the v2 call's name (``client.sessions.create()`` becomes ``client.sessions.provision()``);
- a v1 operation with neither has no v2 counterpart yet (``spec/v2/index.yaml`` lists it as open);
- the other v2 operations are new.

A call whose only differences travel on the wire (path, method, query versus JSON body, success status) is
unchanged for the caller: the client carries them. The report, with every detail, goes to stdout's summary
and ``--report``; the summary is also the README's "Moving from v1 to v2" table, held equal to it by
``python -m tools.docs_tables`` and tests/spec/test_migration.py.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from tools.specdiff import (
    Change,
    Operation,
    compare_events,
    compare_operation,
    facade_call,
    load_spec,
    operations,
    resolve,
    shape_name,
    success_status,
)

ROOT = Path(__file__).resolve().parent.parent
V1_PATH = ROOT / "spec" / "openapi.yaml"
V2_PATH = ROOT / "spec" / "v2" / "openapi.yaml"
INDEX_PATH = ROOT / "spec" / "v2" / "index.yaml"
SECTION = "moving-from-v1-to-v2"
"""The name of the README section this tool writes (between ``<!-- BEGIN ... -->`` and ``<!-- END ... -->``)."""

SAME, CHANGED, REPLACED, V1_ONLY, V2_ONLY = "same", "changed", "replaced", "v1 only", "v2 only"

__all__ = ["SECTION", "Migration", "Row", "compare", "main", "render_report", "render_summary", "summary"]


@dataclass(frozen=True)
class Row:
    """One call of either version and what becomes of it: its kind, both sides (when they exist), the changes."""

    kind: str
    v1_call: str | None
    v2_call: str | None
    v1_route: str | None
    v2_route: str | None
    changes: tuple[Change, ...]
    note: str = ""

    @property
    def call(self) -> str:
        """The name the row is sorted and found by: v1's when there is one."""
        return self.v1_call or self.v2_call or ""

    @property
    def to_do(self) -> tuple[Change, ...]:
        """The changes code written for v1 must follow (the breaking ones)."""
        return tuple(change for change in self.changes if change.breaking)


@dataclass(frozen=True)
class Migration:
    """Both descriptions compared: one row per call, and what holds for every call (credentials, errors, events)."""

    rows: tuple[Row, ...]
    v1_credentials: tuple[str, ...]
    v2_credentials: tuple[str, ...]
    v1_errors: str  # the shapes of error answers, ```Error``` in v1
    v2_errors: str
    events: tuple[Change, ...]
    named_events: tuple[str, ...]  # events v2 pages name without a payload (the index's events.named_only)
    v1_count: int
    v2_count: int

    def of(self, kind: str) -> list[Row]:
        return [row for row in self.rows if row.kind == kind]


def _credentials(spec: Mapping[str, Any], operation: Mapping[str, Any]) -> tuple[str, ...]:
    """Each accepted way to authenticate, as a caller reads it: ```instance_id` (query) + `access-token` (header)``."""
    schemes = spec.get("components", {}).get("securitySchemes", {})
    ways = []
    for alternative in operation.get("security", spec.get("security", [])):
        parts = []
        for name in alternative:
            scheme = resolve(spec, schemes[name])
            if scheme.get("type") == "http":
                parts.append(f"`Authorization: {str(scheme.get('scheme', '')).title()}` (header)")
            else:
                parts.append(f"`{scheme['name']}` ({scheme['in']})")
        ways.append(" + ".join(parts))
    return tuple(ways)


def _answer(spec: Mapping[str, Any], operation: Mapping[str, Any]) -> str:
    """What the success answer carries: a schema's name, or ``no JSON``."""
    status = success_status(operation)
    response = resolve(spec, operation.get("responses", {}).get(status, {})) if status else {}
    media = response.get("content", {}).get("application/json")
    return "no JSON" if media is None else shape_name(media["schema"])


def _pair(
    v1: Mapping[str, Any], old: Operation, v2: Mapping[str, Any], new: Operation, kind: str
) -> tuple[str, tuple[Change, ...]]:
    """The kind of a v1/v2 pair (``same`` turns into ``changed`` when something breaks) and its changes."""
    where = facade_call(old.operation)
    changes = compare_operation(v1, old, v2, new, where)
    before, after = _answer(v1, old.operation), _answer(v2, new.operation)
    if before != after:
        breaking = any(c.area == "response field" and c.breaking for c in changes)
        what = f"answers {after} instead of {before}"
        changes.append(Change("result", where, what, breaking, "", f"{after} (was {before})"))
    lost = [way for way in _credentials(v1, old.operation) if way not in _credentials(v2, new.operation)]
    changes += [Change("credentials", where, f"no longer accepts {way}", True, way, "refused") for way in lost]
    before_errors, after_errors = _error_statuses(old.operation), _error_statuses(new.operation)
    changes += [
        Change("errors", where, f"may answer {code}, which v1 does not describe", False, code, "v2 only")
        for code in sorted(after_errors - before_errors)
    ]
    changes += [
        Change("errors", where, f"{code} is not described in v2", False, code, "v1 only")
        for code in sorted(before_errors - after_errors)
    ]
    if kind == SAME and any(change.breaking for change in changes):
        kind = CHANGED
    return kind, tuple(sorted(changes, key=lambda c: (not c.breaking, c.area, c.subject, c.what)))


def _error_statuses(operation: Mapping[str, Any]) -> set[str]:
    return {str(code) for code in operation.get("responses", {}) if not str(code).startswith("2")}


def _error_shapes(spec: Mapping[str, Any]) -> str:
    """The schemas of every error answer ``spec`` describes: ```Error```, or several joined by "or"."""
    shapes = set()
    for entry in operations(spec).values():
        for code, response in entry.operation.get("responses", {}).items():
            media = resolve(spec, response).get("content", {}).get("application/json")
            if not str(code).startswith("2") and media is not None:
                shapes.add(shape_name(media["schema"]))
    return " or ".join(sorted(shapes)) or "not described"


def _counterpart(v2_id: str, operation: Operation, v1_operations: Mapping[str, Operation]) -> str | None:
    """The v1 operation a v2 one does or replaces: its ``x-wawp-v1-operation``, else the same operationId."""
    named = operation.operation.get("x-wawp-v1-operation", v2_id)
    return str(named) if named in v1_operations else None


def _open_entries(index: Mapping[str, Any]) -> dict[str, str]:
    """v1 operationId -> what the index knows of the v2 endpoint that would replace it (its ``open`` entries)."""
    return {v1_id: str(entry.get("known", "")) for entry in index.get("open", []) for v1_id in entry.get("v1", [])}


def compare(v1: Mapping[str, Any], v2: Mapping[str, Any], index: Mapping[str, Any]) -> Migration:
    """Every v1 call and every v2 call, paired as the module's docstring says."""
    old, new = operations(v1), operations(v2)
    rows: list[Row] = []
    replaced: set[str] = set()
    for v2_id, after in new.items():
        v1_id = _counterpart(v2_id, after, old)
        if v1_id is None:
            continue
        kind, changes = _pair(v1, old[v1_id], v2, after, SAME if v1_id == v2_id else REPLACED)
        v2_call = facade_call(old[v1_id].operation) if v1_id == v2_id else facade_call(after.operation)
        rows.append(Row(kind, facade_call(old[v1_id].operation), v2_call, old[v1_id].route, _route(after), changes))
        replaced.add(v1_id)
    unknown = _open_entries(index)
    for v1_id in old.keys() - replaced:
        note = f"open: {unknown[v1_id]}" if v1_id in unknown else "not in v2"
        rows.append(Row(V1_ONLY, facade_call(old[v1_id].operation), None, old[v1_id].route, None, (), note))
    for v2_id, after in new.items():
        if _counterpart(v2_id, after, old) is None:
            rows.append(Row(V2_ONLY, None, facade_call(after.operation), None, _route(after), ()))
    named = tuple(sorted(str(entry["event"]) for entry in index.get("events", {}).get("named_only", [])))
    return Migration(
        rows=tuple(sorted(rows, key=lambda row: (row.call, row.v2_call or ""))),
        v1_credentials=_credentials(v1, {}),
        v2_credentials=_credentials(v2, {}),
        v1_errors=_error_shapes(v1),
        v2_errors=_error_shapes(v2),
        events=tuple(compare_events(v1, v2)),
        named_events=named,
        v1_count=len(old),
        v2_count=len(new),
    )


def _route(entry: Operation) -> str:
    """``POST /v2/send/text (also GET)``: the route, with the methods ``x-wawp-also-methods`` adds."""
    also = [str(method).upper() for method in entry.operation.get("x-wawp-also-methods", [])]
    return entry.route + (f" (also {', '.join(also)})" if also else "")


def _brief(row: Row) -> str:
    """One table cell: the breaking changes grouped by what happened; a nested argument or field is left out when
    its head is already named (``poll.name`` when ``poll`` is removed, ``categories[*]`` when ``categories``
    changed type)."""
    groups: dict[tuple[str, str], list[str]] = {}
    named: set[tuple[str, str]] = set()
    for change in row.to_do:
        if change.area == "result":
            continue
        head = change.subject.split(".")[0].split("[")[0]
        if head != change.subject and (change.area, head) in named:
            continue
        named.add((change.area, change.subject))
        groups.setdefault((change.area, change.verb), []).append(change.subject)
    parts = []
    for (area, verb), subjects in groups.items():
        if area == "response field":
            parts.append(f"result fields {verb}: {_names(subjects)}")
        elif area == "credentials":
            parts.append(f"refuses {_names(subjects, quote=False)}")
        else:
            parts.append(f"{verb}: {_names(subjects)}")
    result = next((change for change in row.changes if change.area == "result"), None)
    if result is not None:
        parts = [part for part in parts if not part.startswith("result fields")]
        parts.append(f"answers {result.verb}")
    return "; ".join(parts) or "nothing to change"


def _names(subjects: list[str], *, quote: bool = True, most: int = 4) -> str:
    shown = [f"`{s}`" if quote else s for s in subjects[:most]]
    return ", ".join(shown) + (f" and {len(subjects) - most} more" if len(subjects) > most else "")


def _calls(rows: list[Row], attribute: str) -> str:
    return ", ".join(f"`{getattr(row, attribute)}`" for row in rows) or "none"


def render_summary(migration: Migration) -> str:
    """The README section's body, and the report's first part: what to change, in a table and three lists."""
    same, changed, replaced = migration.of(SAME), migration.of(CHANGED), migration.of(REPLACED)
    v1_only, v2_only = migration.of(V1_ONLY), migration.of(V2_ONLY)
    kept = {row.v1_call for row in (*same, *changed)}
    taken_over = {row.v1_call for row in replaced} - kept
    lines = [
        f"Of v1's {migration.v1_count} calls, {len(kept)} keep their name in v2 ({len(same)} unchanged for your code, "
        f"{len(changed)} with changed arguments or results), {len(taken_over)} give way to a v2 call with another name "
        f"and {len(v1_only)} have no v2 counterpart yet. Of v2's {migration.v2_count} calls, {len(replaced)} take over "
        f"a v1 call whose inputs changed and {len(v2_only)} are new.",
        "",
        "| v1 call | v2 call | what changes for your code |",
        "| --- | --- | --- |",
    ]
    for row in sorted((*changed, *replaced), key=lambda row: (row.call, row.v2_call or "")):
        v2_call = "same" if row.kind == CHANGED else f"`{row.v2_call}`"
        lines.append(f"| `{row.v1_call}` | {v2_call} | {_brief(row)} |")
    lines += [
        "",
        f"**Unchanged** ({len(same)}; the path, method or placement of arguments may differ, the client carries "
        f"that): {_calls(same, 'v1_call')}.",
        "",
        f"**Only in v1 for now** ({len(v1_only)}; no source read shows their v2 path, `spec/v2/index.yaml` lists "
        f"them as open): {_calls(v1_only, 'v1_call')}.",
        "",
        f"**New in v2** ({len(v2_only)}): {_calls(v2_only, 'v2_call')}.",
        "",
        f"**Credentials**: v1 accepts {_ways(migration.v1_credentials)}; v2 accepts {_ways(migration.v2_credentials)}.",
        "",
        f"**Errors**: {_errors(migration)}",
        "",
        f"**Webhooks**: {_events(migration)}",
    ]
    return "\n".join(lines) + "\n"


def _ways(ways: tuple[str, ...]) -> str:
    return " or ".join(ways) if ways else "no credentials"


def _errors(migration: Migration) -> str:
    """The error envelopes, and which statuses one version describes for a call the other does not."""
    text = f"v1 describes its error answers as {migration.v1_errors}, v2 as {migration.v2_errors}."
    for side, other in (("v2 only", "v1"), ("v1 only", "v2")):
        calls: dict[str, int] = {}
        for row in migration.rows:
            for change in row.changes:
                if change.area == "errors" and change.verb == side:
                    calls[change.subject] = calls.get(change.subject, 0) + 1
        if calls:
            counts = [f"{code} on {n} call{'s' if n > 1 else ''}" for code, n in sorted(calls.items())]
            counted = " and ".join([", ".join(counts[:-1]), counts[-1]] if len(counts) > 1 else counts)
            text += f" {side.split()[0]} describes {counted} where {other} does not."
    return text


def _events(migration: Migration) -> str:
    changed = sorted({change.where for change in migration.events})
    text = f"{len(changed)} events differ ({', '.join(f'`{e}`' for e in changed)})." if changed else "the same events."
    if migration.named_events:
        names = ", ".join(f"`{event}`" for event in migration.named_events)
        text += f" v2's pages also name {names}, with no payload shown (not described)."
    return text


def render_report(migration: Migration) -> str:
    """The whole Markdown report: the summary, then every call with every change and both routes."""
    lines = [
        "# Moving from v1 to v2",
        "",
        "From `spec/openapi.yaml` (v1) to `spec/v2/openapi.yaml` (v2), in the client's Python names; written by "
        "`nox -s diff` (`python -m tools.migration`). A call keeps v1's name where v2 has the same operation.",
        "",
        render_summary(migration),
        "## Every call",
        "",
    ]
    for row in migration.rows:
        title = row.call if row.kind != REPLACED else f"{row.v1_call} -> {row.v2_call}"
        lines += [f"### `{title}`: {row.kind}", ""]
        routes = [f"v1 `{row.v1_route}`" if row.v1_route else "", f"v2 `{row.v2_route}`" if row.v2_route else ""]
        lines.append("- " + "; ".join(route for route in routes if route))
        if row.note:
            lines.append(f"- {row.note}")
        for change in row.changes:
            lines.append(f"- {'**breaks**' if change.breaking else 'compatible'} ({change.area}): {change.what}")
        lines.append("")
    if migration.events:
        lines += ["## Webhook events", ""]
        lines += [f"- `{c.where}`: {c.what}" + (" (breaks)" if c.breaking else "") for c in migration.events]
        lines.append("")
    return "\n".join(lines)


def summary() -> str:
    """The summary of this repository's two descriptions: what the README's section holds."""
    return render_summary(_this_repository())


def _this_repository() -> Migration:
    index = yaml.safe_load(INDEX_PATH.read_text(encoding="utf-8"))
    return compare(load_spec(str(V1_PATH)), load_spec(str(V2_PATH)), index)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="What changes for callers moving from v1 to v2.")
    parser.add_argument("--report", type=Path, help="also write the full Markdown report here")
    args = parser.parse_args(argv)
    try:
        migration = _this_repository()
    except (ValueError, OSError, yaml.YAMLError) as error:
        print(f"migration: {error}", file=sys.stderr)
        return 2
    print(render_summary(migration))
    if args.report is not None:
        args.report.parent.mkdir(parents=True, exist_ok=True)
        args.report.write_text(render_report(migration), encoding="utf-8")
        print(f"Every call, with every change and both routes: {args.report}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
