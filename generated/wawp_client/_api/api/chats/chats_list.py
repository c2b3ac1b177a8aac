# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from typing import Any

from ...._models import RawList
from ...models.chat import Chat
from ...models.chats_list_sort_by import ChatsListSortBy
from ...models.chats_list_sort_order import ChatsListSortOrder
from ...models.webjs_chat import WebjsChat
from ...types import UNSET, Unset

# What a success (200, or v2's 201 Created) is read as: its JSON schema, or None for a documented empty body.
RESULT: Any = list[Chat] | list[WebjsChat] | RawList


def _get_kwargs(
    *,
    sort_by: ChatsListSortBy | Unset = UNSET,
    sort_order: ChatsListSortOrder | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = 0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_sort_by: str | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by

    params["sortBy"] = json_sort_by

    json_sort_order: str | Unset = UNSET
    if not isinstance(sort_order, Unset):
        json_sort_order = sort_order

    params["sortOrder"] = json_sort_order

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/chats",
        "params": params,
    }

    return _kwargs
