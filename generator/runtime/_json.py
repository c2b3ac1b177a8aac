"""JSON decoding that a hostile body cannot turn into a bare ``RecursionError``.

``json.loads`` recurses once per nesting level, so ``[[[[...]]]]`` 100,000 levels deep raises
``RecursionError`` (not ``ValueError``), and a body just shallow enough to decode still breaks every
recursive walk after it (masking, ``repr``, the caller's own code). Wawp's bodies nest a few dozen
levels at most; :func:`loads` refuses anything deeper than :data:`MAX_DEPTH` with :class:`TooDeep`,
a ``ValueError``, so every place that already treats "not JSON" as a library error treats it alike.

The depth is measured before decoding, outside strings, at a fraction of the cost of decoding: the body
is cut down to its quotes and brackets by C-level ``bytes`` methods, ``{}`` written as ``[]`` (the depth is
the same whatever the kinds: the decoder recurses once per opening), and for the usual small answer that
is all: it has too few brackets to nest that deep. Otherwise the strings' contents are dropped (when every
string is left empty, no bracket was inside one and only the quotes go: a page of a thousand messages takes
this path) and the depth is the number of rounds of removing ``[]`` pairs it takes to empty what is left.
"""

from __future__ import annotations

import json
from typing import Any

__all__ = ["MAX_DEPTH", "TooDeep", "loads"]

MAX_DEPTH = 256
_NOT_STRUCTURE = bytes(byte for byte in range(256) if byte not in b'"[]{}')
_ONE_BRACKET_KIND = bytes.maketrans(b"{}", b"[]")


class TooDeep(ValueError):
    """A JSON document nested deeper than :data:`MAX_DEPTH`."""

    def __init__(self) -> None:
        super().__init__(f"JSON nested deeper than {MAX_DEPTH} levels")


def _structure(content: bytes) -> bytes:
    """The quotes and brackets of ``content`` (all as ``[``/``]``), escaped quotes and backslashes left out
    (they open no string)."""
    if b"\\" in content:
        content = content.replace(b"\\\\", b"").replace(b'\\"', b"")
    return content.translate(_ONE_BRACKET_KIND, _NOT_STRUCTURE)


def _outside_strings(structure: bytes) -> bytes:
    """The brackets of a ``_structure`` that are outside strings, in order."""
    quotes = structure.count(b'"')
    if structure.count(b'""') * 2 == quotes:
        # The quotes pair up left to right as adjacent ``""``: each string's opening quote is next to its closing
        # one, so no string holds a bracket. Counting allocates nothing, and deleting the quotes is one pass.
        return structure.translate(None, b'"')
    # Adjacent quotes hold nothing that matters between them (an empty string, or two strings' ends): removing
    # them keeps every other character inside or outside a string as it was.
    structure = structure.replace(b'""', b"")
    if b'"' not in structure:
        return structure
    return b"".join(structure.split(b'"')[::2])


def _too_deep(content: bytes) -> bool:
    structure = _structure(content)
    if len(structure) - structure.count(b'"') <= MAX_DEPTH:  # too few brackets to nest that deep
        return False
    brackets = _outside_strings(structure)
    for rounds in range(MAX_DEPTH + 1):  # each round removes the innermost level (``replace`` does not rescan)
        if not brackets:
            return False
        inner = brackets.replace(b"[]", b"")
        if inner == brackets:  # unbalanced, so not JSON; but the decoder recurses into every opening left
            return rounds + inner.count(b"[") > MAX_DEPTH
        brackets = inner
    return True


def loads(content: bytes | str) -> Any:
    """``json.loads(content)``, or :class:`TooDeep` (a ``ValueError``) for a nesting beyond :data:`MAX_DEPTH`."""
    raw = content.encode("utf-8", "surrogatepass") if isinstance(content, str) else content
    if _too_deep(raw):
        raise TooDeep
    return json.loads(content)
