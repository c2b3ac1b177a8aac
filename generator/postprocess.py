"""Edits to openapi-python-client's output, after its templates (three of them replaced by
``generator/oapi-templates``) have run and before ruff normalises the layout:

- the modules of the client the generator writes whatever its templates say (``client.py``, ``errors.py``)
  and the model modules nothing imports are deleted, so that the package holds only code the client runs;
- docstring lines longer than the line limit are wrapped, so the generated code passes the same ruff
  rules as the hand-written code, E501 included.
"""

from __future__ import annotations

import ast
import io
import re
import textwrap
import tokenize
from collections.abc import Iterable
from pathlib import Path

LINE_LIMIT = 120
UNUSED_MODULES = ("client.py", "errors.py")  # the generator's own client: wawp_client sends the requests itself


def _imported_models(module: Path) -> set[str]:
    """The ``models`` modules a generated module imports (at run time or for type checkers)."""
    found = set()
    for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("models."):
            found.add(node.module.removeprefix("models."))
    return found


def drop_unused(api: Path, roots: Iterable[str]) -> None:
    """Delete the generator's client modules and every model module that neither an endpoint module nor one of
    ``roots`` (model module names, e.g. the webhook events) reaches through its imports."""
    for name in UNUSED_MODULES:
        (api / name).unlink()
    pending = set(roots)
    for endpoint in (api / "api").rglob("*.py"):
        pending |= _imported_models(endpoint)
    reached: set[str] = set()
    while pending:
        name = pending.pop()
        if name not in reached:
            reached.add(name)
            pending |= _imported_models(api / "models" / f"{name}.py")
    for module in sorted((api / "models").glob("*.py")):
        if module.stem not in reached and module.name != "__init__.py":
            module.unlink()


def wrap_docstrings(package: Path) -> None:
    """Wrap every over-long line inside a triple-quoted string of every module under ``package``."""
    for module in sorted(package.rglob("*.py")):
        text = module.read_text(encoding="utf-8")
        wrapped = _wrap_module(text)
        if wrapped != text:
            module.write_text(wrapped, encoding="utf-8", newline="\n")


def _wrap_module(text: str) -> str:
    lines = text.splitlines(keepends=True)
    inside: set[int] = set()  # 0-based numbers of lines that belong to a triple-quoted string
    for token in tokenize.generate_tokens(io.StringIO(text).readline):
        if token.type == tokenize.STRING and token.string.lstrip("rbuRBU").startswith(('"""', "'''")):
            inside.update(range(token.start[0] - 1, token.end[0]))
    out: list[str] = []
    for number, line in enumerate(lines):
        body = line.rstrip("\n")
        if number in inside and len(body) > LINE_LIMIT:
            out.extend(f"{part}\n" for part in _wrap_line(body))
        else:
            out.append(line)
    return "".join(out)


def _wrap_line(line: str) -> list[str]:
    """Break at spaces, keeping the line's indentation (and a list item's hanging indent) on every piece."""
    stripped = line.lstrip(" ")
    indent = " " * (len(line) - len(stripped))
    opener = '"""' if stripped.startswith('"""') else ""
    hanging = indent + ("    " if re.match(r"^[\w.]+( \(.*?\))?: ", stripped) else "") + " " * len(opener)
    return textwrap.wrap(
        stripped,
        width=LINE_LIMIT,
        initial_indent=indent,
        subsequent_indent=hanging,
        break_long_words=False,
        break_on_hyphens=False,
    )
