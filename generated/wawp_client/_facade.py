"""Small helpers every rendered facade method calls; kept here so the methods stay one call long."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from ._options import RequestOptions

__all__ = ["given", "request_options"]


def given(**arguments: Any) -> dict[str, Any]:
    """The optional arguments the caller gave: ``None`` means "leave it out" (a query parameter is never null)."""
    return {name: value for name, value in arguments.items() if value is not None}


def request_options(
    timeout: float | httpx.Timeout | None,
    extra_headers: Mapping[str, str] | None,
    extra_query: Mapping[str, str] | None,
) -> RequestOptions | None:
    """The per-call options, or ``None`` (the common case: nothing overridden, nothing allocated)."""
    if timeout is None and extra_headers is None and extra_query is None:
        return None
    return RequestOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query)
