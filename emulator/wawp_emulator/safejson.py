"""JSON the emulator can store: what ``json.loads`` accepts but state cannot keep is refused here.

Python's parser takes lone surrogates (``"\\ud800"``), NUL, ``NaN``/``Infinity`` and any depth. A
lone surrogate stored in state made every later read of it fail (it cannot be encoded as UTF-8), a
deep document overflowed the stack, and ``Infinity`` as a latency hung requests. Both the API and
the control API parse bodies through :func:`loads`, so bad input answers 400 before anything
changes; :func:`check_text` does the same for query and path strings.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

__all__ = ["MAX_DEPTH", "MAX_INT", "UnsafeJson", "check_text", "loads"]

MAX_DEPTH = 64
"""Deepest nesting of arrays/objects accepted; the spec's deepest body is far shallower."""
MAX_INT = 2**63 - 1
"""Query and path integers are 64-bit signed, as in every engine behind the API (``validation.coerce``)."""
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")


class UnsafeJson(ValueError):
    """The document is valid JSON syntax but cannot be stored (or is not JSON at all)."""


def _no_constant(token: str) -> Any:
    raise UnsafeJson(f"{token} is not valid JSON")


def check_text(value: str) -> str | None:
    """Why ``value`` cannot be stored (NUL or a lone surrogate), or ``None`` when it can."""
    if "\x00" in value:
        return "NUL characters are not allowed"
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return "lone surrogates (\\ud800-\\udfff without a pair) are not allowed"
    return None


def loads(text: str) -> Any:
    """``json.loads`` that refuses NUL, lone surrogates, non-finite numbers (``1e999``) and deep nesting;
    integers of more than 4,300 digits are refused by ``json.loads`` itself, the rest by the schemas.

    ``text`` is already strictly decoded UTF-8, so surrogates can only come from ``\\u`` escapes:
    the string values are walked for them only when such an escape is present.
    """
    if "\x00" in text or "\\u0000" in text:
        raise UnsafeJson("NUL characters are not allowed")
    try:
        value = json.loads(text, parse_constant=_no_constant)
    except RecursionError:
        raise UnsafeJson(f"nested deeper than {MAX_DEPTH} levels") from None
    except UnsafeJson:
        raise
    except ValueError as exc:
        raise UnsafeJson(str(exc)) from None
    _walk(value, surrogates=_SURROGATE_ESCAPE.search(text) is not None)
    return value


def _walk(value: Any, *, surrogates: bool) -> None:
    """Depth (iteratively, so the check itself cannot overflow), numbers and, if asked, strings."""
    stack: list[tuple[Any, int]] = [(value, 0)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict | list):
            if depth >= MAX_DEPTH:
                raise UnsafeJson(f"nested deeper than {MAX_DEPTH} levels")
            children = item.items() if isinstance(item, dict) else enumerate(item)
            for key, child in children:
                if surrogates and isinstance(key, str) and check_text(key) is not None:
                    raise UnsafeJson("lone surrogates (\\ud800-\\udfff without a pair) are not allowed")
                stack.append((child, depth + 1))
        elif isinstance(item, float) and not math.isfinite(item):
            raise UnsafeJson("numbers must be finite")
        elif surrogates and isinstance(item, str) and check_text(item) is not None:
            raise UnsafeJson("lone surrogates (\\ud800-\\udfff without a pair) are not allowed")
