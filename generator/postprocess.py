"""Edits to openapi-python-client's output that make it hold to this project's own rules.

The generator's templates are kept as they are (no fork pinned to one release); instead, two small,
deterministic passes run on what it writes, before ruff normalises the layout:

- credentials echoed by the API (the session metadata) get a masking ``repr``;
- a required, nullable list field is serialised without the template's if/else whose branches are the
  same (ruff's RUF034), which the template writes for a ``[array, null]`` property;
- docstring lines longer than the line limit are wrapped, so the generated code passes the same ruff
  rules as the hand-written code, E501 included.
"""

from __future__ import annotations

import io
import re
import textwrap
import tokenize
from pathlib import Path

LINE_LIMIT = 120
_SECRET_FIELD = re.compile(r"^(    (?:access_token|instance_id): [^=\n]+) = UNSET$", re.MULTILINE)


def mask_secret_fields(models: Path) -> None:
    """Models that carry a credential (the session metadata echoes both) show it masked in their repr.

    openapi-python-client writes plain attrs fields; the repr of a ``Session`` would otherwise print the
    account token in clear text to any log or traceback that shows the object.
    """
    for module in sorted(models.glob("*.py")):
        text = module.read_text(encoding="utf-8")
        masked = _SECRET_FIELD.sub(r"\1 = _attrs_field(default=UNSET, repr=mask_repr)", text)
        if masked != text:
            masked = masked.replace("from ..types import", "from ..._redact import mask_repr\nfrom ..types import", 1)
            module.write_text(masked, encoding="utf-8", newline="\n")


_BLANKS = r"\n(?:[ \t]*\n)*"
_IDENTITY_BRANCH = re.compile(
    rf"^( +)if isinstance\(self\.(\w+), list\):{_BLANKS}\1    \2 = self\.\2{_BLANKS}"
    rf"\1else:{_BLANKS}\1    \2 = self\.\2$",
    re.MULTILINE,
)


def drop_identity_branches(models: Path) -> None:
    """``if isinstance(self.x, list): x = self.x else: x = self.x`` becomes ``x = self.x``: both branches of
    the template's choice are the same value when a list field is required and nullable
    (``ReadMessagesResult.ids``)."""
    for module in sorted(models.glob("*.py")):
        text = module.read_text(encoding="utf-8")
        plain = _IDENTITY_BRANCH.sub(r"\1\2 = self.\2", text)
        if plain != text:
            module.write_text(plain, encoding="utf-8", newline="\n")


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
