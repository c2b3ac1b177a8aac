"""``python -m generator``: regenerate ``generated/`` and the emulator's copy of the spec."""

from __future__ import annotations

from .generate import main

raise SystemExit(main())
