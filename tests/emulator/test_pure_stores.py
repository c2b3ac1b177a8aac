"""Stores call nothing above them: no store module reaches for a backend, the event bus or the scheduler.

The import contract (``emulator/pyproject.toml``) keeps those modules out of a store's imports and the
kernel's views offer none of them (``mypy --strict``); this holds the stores' code to it also where a
value is untyped."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
import wawp_emulator.state

STATE = Path(next(iter(wawp_emulator.state.__path__)))
UPWARD = {"backend", "emit", "scheduler", "ports"}
"""What a store once called upward through: ``instance.backend()``, ``world.emit``, ``world.scheduler``,
and the ``Ports`` protocols."""


def _reaches(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(), filename=str(path))
    return [
        f"{path.name}:{node.lineno} .{node.attr}"
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute) and node.attr in UPWARD
    ]


@pytest.mark.parametrize("module", sorted(p.name for p in STATE.glob("*.py")))
def test_a_store_reaches_for_nothing_above_it(module: str) -> None:
    assert _reaches(STATE / module) == []


def test_the_check_sees_a_call_upward(tmp_path: Path) -> None:
    store = tmp_path / "store.py"
    store.write_text("def f(self):\n    self.world.emit(self.instance, 'x', {})\n    self.instance.backend()\n")
    assert _reaches(store) == ["store.py:2 .emit", "store.py:3 .backend"]
