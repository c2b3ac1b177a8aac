"""The first lines of every file the generator writes into ``generated/``: where it comes from, and that it is
not to be edited there.

``generated/`` holds copies (the runtime from ``generator/runtime/``), renderings (the facade, the templates)
and openapi-python-client's output side by side with nothing else to tell them from hand-written code, so each
file says it at its top. ``tests/spec/test_generated_origin.py`` holds every file to it.
"""

from __future__ import annotations

__all__ = ["stamp"]

_COMMENT = {".py": "# {}", ".toml": "# {}", ".md": "<!-- {} -->"}


def stamp(text: str, suffix: str, *lines: str) -> str:
    """``text`` below ``lines`` written as comments of the file type ``suffix`` (``.py``, ``.toml``, ``.md``)."""
    comment = _COMMENT[suffix]
    return "".join(comment.format(line) + "\n" for line in lines) + text
