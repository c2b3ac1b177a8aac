"""The client declares what it imports and imports what it declares: no dependency is installed for nothing,
and none is missing (generated code included, since openapi-python-client's output could need one)."""

from __future__ import annotations

import ast
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PROJECT = ROOT / "generated"
IMPORT_NAMES = {"python-dateutil": "dateutil"}
"""Distributions whose import name is not their own name."""


def _declared() -> dict[str, set[str]]:
    """Import name -> the requirement groups declaring it (``""`` for the library, else the extra)."""
    project = tomllib.loads((PROJECT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    groups = {"": project["dependencies"], **project.get("optional-dependencies", {})}
    declared: dict[str, set[str]] = {}
    for group, requirements in groups.items():
        for requirement in requirements:
            name = requirement.split(";")[0].split("[")[0].split("<")[0].split(">")[0].split("=")[0].strip()
            declared.setdefault(IMPORT_NAMES.get(name, name.replace("-", "_")), set()).add(group)
    return declared


def _imported() -> set[str]:
    """The top-level modules the package imports from outside itself and the standard library."""
    found: set[str] = set()
    for module in (PROJECT / "wawp_client").rglob("*.py"):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found |= {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                found.add(node.module.split(".")[0])
    return found - set(sys.stdlib_module_names) - {"wawp_client", "__future__"}


def test_every_declared_dependency_is_imported() -> None:
    assert sorted(set(_declared()) - _imported()) == []


def test_every_imported_module_is_declared() -> None:
    assert sorted(_imported() - set(_declared())) == []
