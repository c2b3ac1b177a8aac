# Rendered from generator/templates/__init__.py.tmpl by `nox -s generate`.
# Do not edit: change generator/templates/__init__.py.tmpl.
"""Typed Python client for the Wawp WhatsApp API, v1 and v2, generated from spec/openapi.yaml and spec/v2/.

    from wawp_client import Wawp

    with Wawp() as client:  # WAWP_INSTANCE_ID / WAWP_ACCESS_TOKEN from the environment
        client.messages.send_text(chat_id="201234567890@c.us", message="Hello")

``Wawp(api_version="v2")`` (or a v2 base URL, or ``WAWP_API_VERSION=v2``) speaks v2 with the same methods.

``models``, ``types``, ``webhooks``, ``pagination`` and ``binary`` are imported on first access.
"""

from __future__ import annotations

import importlib as _importlib
from types import ModuleType as _ModuleType

from ._client import AsyncWawp, Wawp
from ._exceptions import (
    APIConnectionError,
    APIError,
    APIRedirectError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    NotImplementedByEngineError,
    PermissionDeniedError,
    RateLimitError,
    ResponseTooLargeError,
    UnprocessableEntityError,
    UnsupportedInVersion,
    WawpError,
    WebhookParseError,
    WebhookVerificationError,
)

__version__ = "4.1.0.post1"

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIRedirectError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncWawp",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InternalServerError",
    "NotFoundError",
    "NotImplementedByEngineError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseTooLargeError",
    "UnprocessableEntityError",
    "UnsupportedInVersion",
    "Wawp",
    "WawpError",
    "WebhookParseError",
    "WebhookVerificationError",
    "__version__",
]

_LAZY_MODULES = frozenset({"binary", "models", "pagination", "types", "webhooks"})


def __getattr__(name: str) -> _ModuleType:
    if name in _LAZY_MODULES:
        return _importlib.import_module(f".{name}", __name__)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    # Only the public surface: not the private modules Python binds here once they are imported.
    return sorted([*__all__, *_LAZY_MODULES])
