"""The control API (``/_emulator``): what the phone, the other people and the tester do.

``registry`` holds the ``@control_action`` decorator, ``routes`` serves the API; every other module
here registers one group's actions when imported (``load_actions``).
"""

from __future__ import annotations

import importlib
import pkgutil

__all__ = ["load_actions"]

_INFRASTRUCTURE = frozenset({"registry", "routes"})
_loaded = False


def load_actions() -> None:
    """Import every action module of this package once (registers its control actions)."""
    global _loaded
    if _loaded:
        return
    for module in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if not module.name.startswith("_") and module.name not in _INFRASTRUCTURE:
            importlib.import_module(f"{__name__}.{module.name}")
    _loaded = True
