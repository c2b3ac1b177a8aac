"""The one domain error state code raises; the HTTP layer turns it into the API's error envelope."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

__all__ = ["StateError"]


class StateError(Exception):
    """A domain error: ``ApiError(status, code, message, data=data)`` once it reaches the HTTP layer."""

    def __init__(self, status: int, code: str, message: str, *, data: Mapping[str, Any] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.data: dict[str, Any] = dict(data or {})
