# Copied from generator/runtime/_json.py by `nox -s generate`.
# Do not edit this copy: edit generator/runtime/_json.py.
"""JSON decoding that a hostile body cannot turn into a bare ``RecursionError``.

``json.loads`` recurses once per nesting level, so ``[[[[...]]]]`` 100,000 levels deep raises
``RecursionError`` (not ``ValueError``), and a body just shallow enough to decode still breaks every
recursive walk after it (masking, ``repr``, the caller's own code). Wawp's bodies nest a few dozen
levels at most; :func:`loads` refuses anything deeper than :data:`MAX_DEPTH` with :class:`TooDeep`,
a ``ValueError``, so every place that already treats "not JSON" as a library error treats it alike.

The depth is measured before decoding, outside strings, and only when the body holds more brackets
than the limit at all (two ``bytes.count`` calls for the usual small answer).
"""

from __future__ import annotations

import json
import re
from typing import Any

__all__ = ["MAX_DEPTH", "TooDeep", "loads"]

MAX_DEPTH = 256
_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_NOT_BRACKETS = bytes(byte for byte in range(256) if byte not in b"[]{}")
_OPENING = frozenset(b"[{")


class TooDeep(ValueError):
    """A JSON document nested deeper than :data:`MAX_DEPTH`."""

    def __init__(self) -> None:
        super().__init__(f"JSON nested deeper than {MAX_DEPTH} levels")


def _too_deep(content: bytes) -> bool:
    if content.count(b"[") + content.count(b"{") <= MAX_DEPTH:
        return False
    depth = 0
    for byte in _STRING.sub(b"", content).translate(None, _NOT_BRACKETS):
        if byte in _OPENING:
            depth += 1
            if depth > MAX_DEPTH:
                return True
        else:
            depth -= 1
    return False


def loads(content: bytes | str) -> Any:
    """``json.loads(content)``, or :class:`TooDeep` (a ``ValueError``) for a nesting beyond :data:`MAX_DEPTH`."""
    raw = content.encode("utf-8", "surrogatepass") if isinstance(content, str) else content
    if _too_deep(raw):
        raise TooDeep
    return json.loads(content)
