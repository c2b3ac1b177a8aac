"""HTTP handlers, one module per tag; importing a module registers its ``@operation`` functions.

The control actions of each group live in ``wawp_emulator.control``; shared helpers in ``_common``.
"""

from __future__ import annotations

import importlib
import pkgutil

__all__ = ["load_handlers"]

_loaded = False


def load_handlers() -> None:
    """Import every handler module of this package once (registers handlers and control actions)."""
    global _loaded
    if _loaded:
        return
    for module in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if not module.name.startswith("_"):
            importlib.import_module(f"{__name__}.{module.name}")
    _loaded = True
