# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from typing import Any

from ...models.channel_search_result import ChannelSearchResult
from ...types import UNSET, Unset

# What a success (200, or v2's 201 Created) is read as: its JSON schema, or None for a documented empty body.
RESULT: Any = ChannelSearchResult


def _get_kwargs(
    *,
    text: str,
    categories: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    start_cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["text"] = text

    params["categories"] = categories

    params["limit"] = limit

    params["startCursor"] = start_cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/channels/search/text",
        "params": params,
    }

    return _kwargs
