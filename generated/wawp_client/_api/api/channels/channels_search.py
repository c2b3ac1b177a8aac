# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from typing import Any

from ...models.channel_search_result import ChannelSearchResult
from ...types import UNSET, Unset

# What a success (200, or v2's 201 Created) is read as: its JSON schema, or None for a documented empty body.
RESULT: Any = ChannelSearchResult


def _get_kwargs(
    *,
    view: str | Unset = UNSET,
    countries: list[str] | Unset = UNSET,
    categories: list[str] | Unset = UNSET,
    limit: int | Unset = 50,
    start_cursor: str | Unset = UNSET,
    text: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["view"] = view

    json_countries: list[str] | Unset = UNSET
    if not isinstance(countries, Unset):
        json_countries = countries

    params["countries[]"] = json_countries

    json_categories: list[str] | Unset = UNSET
    if not isinstance(categories, Unset):
        json_categories = categories

    params["categories[]"] = json_categories

    params["limit"] = limit

    params["startCursor"] = start_cursor

    params["text"] = text

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/channels/search",
        "params": params,
    }

    return _kwargs
