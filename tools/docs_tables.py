"""Write the tables in docs/ (and the README's) that are derived from the spec, so that they can never drift from it.

- docs/response-evidence.md: every operation's response, how sure the spec is of it, and why
  (from `x-evidence.response`);
- docs/operations.tsv: every operation's id, method, path, tag, facade method and seed entries (from
  `operationId`, `tags[0]`, the facade name `generator/naming.py` gives it and `x-seed-entries`);
- docs/engine-behaviour.md: per operation and engine, whether the engine implements it, refuses it (501),
  answers it only in some session statuses, or only in WAHA Plus, with the source (from
  `x-engine-refusals`, `x-engine-states` and `x-engine-plus`);
- README.md's "Moving from v1 to v2" table, between its `<!-- BEGIN moving-from-v1-to-v2 -->` and
  `<!-- END moving-from-v1-to-v2 -->` lines (from both descriptions, by `tools/migration.py`); the prose
  around it is hand-written.

tests/spec checks that the committed copies equal what this script renders.

    python -m tools.docs_tables          # rewrite them all
    python -m tools.docs_tables --check  # exit 1 when a committed table is out of date
"""

from __future__ import annotations

import argparse
import collections
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from generator.naming import facade_path
from tools import migration
from tools.specdiff import shape_name

ROOT = Path(__file__).resolve().parents[1]
SPEC_PATH = ROOT / "spec" / "openapi.yaml"
EVIDENCE_PATH = ROOT / "docs" / "response-evidence.md"
OPERATIONS_PATH = ROOT / "docs" / "operations.tsv"
BEHAVIOUR_PATH = ROOT / "docs" / "engine-behaviour.md"
ENGINES = ("GOWS", "WEBJS", "NOWEB")
METHODS = ("get", "put", "post", "delete", "patch")
LEVELS = ("high", "medium", "low")


def _cell(text: str) -> str:
    """Text safe inside one Markdown table cell."""
    return " ".join(text.split()).replace("|", "\\|")


def _answer(response: dict[str, Any]) -> str:
    """What the 200 carries: the schema's name, a list of it, or an empty body."""
    media = response.get("content", {}).get("application/json")
    if media is None:
        return "empty body"
    return shape_name(media["schema"])


def _operations(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    found = [
        (path, method, op) for path, item in spec["paths"].items() for method in METHODS if (op := item.get(method))
    ]
    return sorted(found, key=lambda entry: (entry[2]["tags"][0], entry[2]["operationId"]))


def render_evidence(spec: dict[str, Any]) -> str:
    """The whole Markdown page for ``spec`` (deterministic: sorted by tag, then operationId)."""
    ops = _operations(spec)
    counts = collections.Counter(op["x-evidence"]["response"]["confidence"] for _, _, op in ops)
    lines = [
        "# Response evidence",
        "",
        "Generated from `x-evidence.response` in `spec/openapi.yaml` by `python -m tools.docs_tables`; do not edit.",
        "",
        "For every operation: what its `200` answers, how sure the spec is of that shape, and the sources that show "
        "it. `high` means a source shows the shape (WAHA's controller and the engine core's function, the vendor's "
        "plugin or an example on a vendor page); `medium` and `low` are inferences, listed again below with their "
        "notes. The engine behind Wawp v1 is GOWS; where WEBJS and NOWEB answer differently the schema is a union "
        "of one schema per engine.",
        "",
        f"Operations: {len(ops)}; " + ", ".join(f"{level}: {counts.get(level, 0)}" for level in LEVELS) + ".",
        "",
        "| operation | call | answer | confidence | sources |",
        "| --- | --- | --- | --- | --- |",
    ]
    for path, method, op in ops:
        evidence = op["x-evidence"]["response"]
        sources = "<br>".join(_cell(source) for source in evidence["sources"])
        lines.append(
            f"| `{op['operationId']}` | {method.upper()} `{path}` | {_answer(op['responses']['200'])} "
            f"| {evidence['confidence']} | {sources} |"
        )
    lines += ["", "## Still a guess (medium or low)", ""]
    for level in LEVELS[1:]:
        for _, _, op in ops:
            evidence = op["x-evidence"]["response"]
            if evidence["confidence"] == level:
                note = _cell(evidence.get("notes", "No note."))
                lines.append(f"- `{op['operationId']}` ({level}): {note}")
    return "\n".join(lines) + "\n"


def render_operations(spec: dict[str, Any]) -> str:
    """The operations table, one row per operation in the spec's order (tab-separated)."""
    rows = ["operationId\tmethod\tpath\ttag\tfacade\tseed entries (documentation index)"]
    for path, item in spec["paths"].items():
        for method in METHODS:
            if op := item.get(method):
                seeds = "; ".join(op["x-seed-entries"]) or "(none: an extra the vendor's own clients call)"
                facade = ".".join(facade_path(op)[1:])
                rows.append(f"{op['operationId']}\t{method.upper()}\t{path}\t{op['tags'][0]}\t{facade}\t{seeds}")
    return "\n".join(rows) + "\n"


def _behaviour(op: dict[str, Any], engine: str) -> str:
    """One cell: what ``engine`` does with ``op``."""
    if engine in op.get("x-engine-refusals", {}):
        return "**refused (501)**"
    gate = op.get("x-engine-states", {}).get(engine)
    if gate is not None:
        return "only in " + ", ".join(gate["statuses"])
    if engine in op.get("x-engine-plus", {}):
        return "Plus only (public core: 422)"
    return "implemented"


def render_behaviour(spec: dict[str, Any]) -> str:
    """The per-engine behaviour page (deterministic: sorted by tag, then operationId)."""
    ops = _operations(spec)
    refused = collections.Counter(engine for _, _, op in ops for engine in op.get("x-engine-refusals", {}))
    lines = [
        "# Engine behaviour",
        "",
        "Generated from `x-engine-refusals`, `x-engine-states` and `x-engine-plus` in `spec/openapi.yaml` by "
        "`python -m tools.docs_tables`; do not edit.",
        "",
        "What each WAHA engine does with each call, read from the engine's public source: `implemented` (the "
        "engine core, or WAHA's controller alone, does the work; the sources are in `response-evidence.md`), "
        "`refused (501)` (the core does not implement the method, so WAHA's base class answers "
        "`NotImplementedByEngineError`), `only in` some session statuses (422 otherwise), or `Plus only` (the "
        "public core answers 422 `AvailableInPlusVersion`; WAHA Plus, which is closed, implements it, and the "
        "emulator answers as Plus would). GOWS is the engine Wawp runs. Only WAHA's public core is visible; "
        "WAHA Plus may implement more. The emulator refuses and gates the same way in each engine profile.",
        "",
        "Refused: " + ", ".join(f"{engine} {refused.get(engine, 0)}" for engine in ENGINES) + f" of {len(ops)}.",
        "",
        "| operation | call | " + " | ".join(ENGINES) + " |",
        "| --- | --- | " + " | ".join("---" for _ in ENGINES) + " |",
    ]
    for path, method, op in ops:
        cells = " | ".join(_behaviour(op, engine) for engine in ENGINES)
        lines.append(f"| `{op['operationId']}` | {method.upper()} `{path}` | {cells} |")
    lines += ["", "## Sources", ""]
    for _, _, op in ops:
        for engine in ENGINES:
            source = op.get("x-engine-refusals", {}).get(engine)
            gate = op.get("x-engine-states", {}).get(engine)
            plus = op.get("x-engine-plus", {}).get(engine)
            if plus is not None:
                lines.append(f"- `{op['operationId']}` on {engine}, Plus only: {_cell(plus)}")
            if source is not None:
                lines.append(f"- `{op['operationId']}` on {engine}, refused: {_cell(source)}")
            if gate is not None:
                lines.append(f"- `{op['operationId']}` on {engine}, {_behaviour(op, engine)}: {_cell(gate['source'])}")
    return "\n".join(lines) + "\n"


TABLES = {EVIDENCE_PATH: render_evidence, OPERATIONS_PATH: render_operations, BEHAVIOUR_PATH: render_behaviour}
README_PATH = ROOT / "README.md"
SECTIONS: dict[Path, dict[str, Callable[[], str]]] = {README_PATH: {migration.SECTION: migration.summary}}
"""Generated parts of hand-written pages: file -> section name -> what renders its body."""


def with_sections(text: str, sections: dict[str, Callable[[], str]]) -> str:
    """``text`` with the lines between each section's BEGIN and END comment lines rendered anew."""
    for name, render in sections.items():
        begin, end = f"<!-- BEGIN {name}", f"<!-- END {name} -->"
        start, stop = text.find(begin), text.find(end)
        if start < 0 or stop < start:
            raise ValueError(f"no '{begin} ... -->' line followed by a '{end}' line")
        body_start = text.index("\n", start) + 1
        text = f"{text[:body_start]}\n{render()}\n{text[stop:]}"
    return text


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail instead of writing when a table differs")
    args = parser.parse_args(argv)
    spec = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    pages = {path: render(spec) for path, render in TABLES.items()}
    try:
        pages.update({path: with_sections(path.read_text(encoding="utf-8"), parts) for path, parts in SECTIONS.items()})
    except ValueError as error:
        print(f"docs_tables: {error}", file=sys.stderr)
        return 1
    stale = []
    for path, text in pages.items():
        if (path.read_text(encoding="utf-8") if path.exists() else "") == text:
            continue
        if args.check:
            stale.append(str(path.relative_to(ROOT)))
        else:
            path.write_text(text, encoding="utf-8")
    if stale:
        print(f"out of date: {', '.join(stale)}; run python -m tools.docs_tables", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
