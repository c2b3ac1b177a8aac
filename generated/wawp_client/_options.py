# Copied from generator/runtime/_options.py by `nox -s generate`.
# Do not edit this copy: edit generator/runtime/_options.py.
"""Per-call options: what a single facade call may override of the client's settings.

Every facade method accepts ``timeout=``, ``extra_headers=`` and ``extra_query=`` and hands them to
``_call`` as one :class:`RequestOptions`; ``client.with_options(...)`` builds a client whose defaults
differ instead. Kept apart from the client so that the facade, the parsing layer and the network
layer agree on one small type.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import httpx

__all__ = ["RequestOptions"]


@dataclass(frozen=True, slots=True)
class RequestOptions:
    """Overrides for one call; ``None`` means "use the client's setting"."""

    timeout: float | httpx.Timeout | None = None
    extra_headers: Mapping[str, str] | None = None
    extra_query: Mapping[str, str] | None = None
    max_retries: int | None = None
