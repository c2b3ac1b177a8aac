# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from typing import Any
from urllib.parse import quote

from ...models.chat_messages_list_filter_ack import ChatMessagesListFilterAck
from ...models.message import Message
from ...types import UNSET, Unset

# What a success (200, or v2's 201 Created) is read as: its JSON schema, or None for a documented empty body.
RESULT: Any = list[Message]


def _get_kwargs(
    chat_id: str,
    *,
    download_media: bool | Unset = False,
    limit: int | Unset = UNSET,
    offset: int | Unset = 0,
    filter_timestamp_lte: int | Unset = UNSET,
    filter_timestamp_gte: int | Unset = UNSET,
    filter_from_me: bool | Unset = UNSET,
    filter_ack: ChatMessagesListFilterAck | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["downloadMedia"] = download_media

    params["limit"] = limit

    params["offset"] = offset

    params["filter.timestamp.lte"] = filter_timestamp_lte

    params["filter.timestamp.gte"] = filter_timestamp_gte

    params["filter.fromMe"] = filter_from_me

    json_filter_ack: str | Unset = UNSET
    if not isinstance(filter_ack, Unset):
        json_filter_ack = filter_ack

    params["filter.ack"] = json_filter_ack

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/chats/{chat_id}/messages".format(
            chat_id=quote(str(chat_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs
