"""HTTP handlers, one module per tag; importing a module registers its ``@operation`` functions.

The control actions of each group live in ``wawp_emulator.control``; shared helpers in ``_common``.
"""

from __future__ import annotations

import functools

from wawp_emulator.registry import import_modules

__all__ = ["load_handlers"]


@functools.cache
def load_handlers() -> None:
    """Import every handler module of this package once (registers its handlers)."""
    import_modules(__name__, __path__)
