"""Write docs/response-evidence.md: every operation's response, how sure the spec is of it, and why.

The table is generated, not written by hand, so that it can never drift from `x-evidence.response` in
spec/openapi.yaml; tests/spec checks that the committed copy equals what this script renders.

    python spec/evidence_table.py          # rewrite docs/response-evidence.md
    python spec/evidence_table.py --check  # exit 1 when the committed table is out of date
"""

from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
SPEC_PATH = ROOT / "spec" / "openapi.yaml"
TABLE_PATH = ROOT / "docs" / "response-evidence.md"
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
    return _name(media["schema"])


def _name(schema: dict[str, Any]) -> str:
    if "$ref" in schema:
        return f"`{schema['$ref'].rsplit('/', 1)[1]}`"
    if "items" in schema:
        return f"{_name(schema['items'])}[]"
    if "oneOf" in schema:
        return " or ".join(_name(variant) for variant in schema["oneOf"])
    return f"`{schema['type']}`"


def _operations(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    found = [
        (path, method, op) for path, item in spec["paths"].items() for method in METHODS if (op := item.get(method))
    ]
    return sorted(found, key=lambda entry: (entry[2]["tags"][0], entry[2]["operationId"]))


def render(spec: dict[str, Any]) -> str:
    """The whole Markdown page for ``spec`` (deterministic: sorted by tag, then operationId)."""
    ops = _operations(spec)
    counts = collections.Counter(op["x-evidence"]["response"]["confidence"] for _, _, op in ops)
    lines = [
        "# Response evidence",
        "",
        "Generated from `x-evidence.response` in `spec/openapi.yaml` by `python spec/evidence_table.py`; do not edit.",
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail instead of writing when the table differs")
    args = parser.parse_args(argv)
    page = render(yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8")))
    current = TABLE_PATH.read_text(encoding="utf-8") if TABLE_PATH.exists() else ""
    if args.check:
        if current != page:
            print(f"{TABLE_PATH.relative_to(ROOT)} is out of date: run python spec/evidence_table.py", file=sys.stderr)
            return 1
        return 0
    TABLE_PATH.write_text(page, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
