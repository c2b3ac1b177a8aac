"""The control API (``/_emulator``): what the phone, the other people and the tester do.

``openapi.yaml`` describes it; ``registry`` holds the ``@control_action`` / ``@control_endpoint``
decorators and the served spec; ``routes`` serves it (and registers the endpoints); ``mirror`` is its
typed Python face (``Emulator.phone``, ``.people``, ``.world``); every other module here registers
one group's actions when imported (``load_actions``).
"""

from __future__ import annotations

import functools

from wawp_emulator.registry import import_modules

__all__ = ["load_actions"]


@functools.cache
def load_actions() -> None:
    """Import every module of this package that registers control actions or endpoints, once."""
    import_modules(__name__, __path__, skip=("guard", "mirror", "registry"))
