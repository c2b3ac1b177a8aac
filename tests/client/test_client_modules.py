"""``generated/`` ships no module the client never imports.

The installed package's import graph is read statically: every ``import`` a module executes, those in
function bodies included (the facade imports each endpoint module on its first call). Imports only under
``TYPE_CHECKING`` do not count, except in the generated models: their field annotations name the other models,
and ``Model`` resolves those names at run time (through ``wawp_client.models``, whose by-name table is not
counted as a use). From what users can reach (the package, its public submodules, the ``wawp`` console
script's module) every shipped module must be reachable. A rendered table only tests read, or a generated
model no call, body or event uses, fails here.
"""

from __future__ import annotations

import ast
import types
from collections.abc import Iterator
from pathlib import Path

import wawp_client

PACKAGE = Path(wawp_client.__file__).parent
CONSOLE_SCRIPT = "wawp_client.cli"  # ``wawp = "wawp_client.cli:main"`` in the package's pyproject
MODELS = "wawp_client._api.models"  # the generated attrs models


def _modules() -> dict[str, Path]:
    """Dotted module name -> its file, for every module the installed package ships."""
    found = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        found[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return found


def _runtime_imports(node: ast.AST, annotations_resolved: bool) -> Iterator[ast.Import | ast.ImportFrom]:
    """The import statements that run, wherever they are; ``if TYPE_CHECKING:`` bodies only when the module's
    annotations are resolved at run time."""
    if isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING" and not annotations_resolved:
        for child in node.orelse:
            yield from _runtime_imports(child, annotations_resolved)
        return
    if isinstance(node, ast.Import | ast.ImportFrom):
        yield node
    for child in ast.iter_child_nodes(node):
        yield from _runtime_imports(child, annotations_resolved)


def _imported(name: str, path: Path, modules: dict[str, Path]) -> set[str]:
    """The package's modules that importing ``name`` imports directly (parent packages included)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    targets: set[str] = set()
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in _runtime_imports(tree, annotations_resolved=package == MODELS):
        if isinstance(node, ast.Import):
            targets |= {alias.name for alias in node.names}
            continue
        base = ".".join(package.split(".")[: len(package.split(".")) - node.level + 1]) if node.level else ""
        module = ".".join(part for part in (base, node.module or "") if part)
        targets.add(module)
        targets |= {f"{module}.{alias.name}" for alias in node.names}
    with_parents = {".".join(t.split(".")[:i]) for t in targets for i in range(1, t.count(".") + 2)}
    return with_parents & set(modules)


def test_every_shipped_module_is_imported_by_the_client() -> None:
    modules = _modules()
    public = {f"wawp_client.{n}" for n in dir(wawp_client) if isinstance(getattr(wawp_client, n), types.ModuleType)}
    pending = ["wawp_client", CONSOLE_SCRIPT, *public]
    reached: set[str] = set()
    while pending:
        name = pending.pop()
        if name not in reached:
            reached.add(name)
            pending += _imported(name, modules[name], modules)
    assert sorted(set(modules) - reached) == []
    assert {"wawp_client.resources.groups", "wawp_client._api.api.groups.group_create"} <= reached
