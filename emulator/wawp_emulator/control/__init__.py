"""The control API (``/_emulator``): what the phone, the other people and the tester do.

``registry`` holds the ``@control_action`` decorator, ``routes`` serves the API; every other module
here registers one group's actions when imported (``load_actions``).
"""

from __future__ import annotations

import functools

from wawp_emulator.registry import import_modules

__all__ = ["load_actions"]


@functools.cache
def load_actions() -> None:
    """Import every action module of this package once (registers its control actions)."""
    import_modules(__name__, __path__, skip=("guard", "registry", "routes"))
