# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from typing import Any
from urllib.parse import quote

from ...models.message import Message
from ...types import UNSET, Unset

# What a success (200, or v2's 201 Created) is read as: its JSON schema, or None for a documented empty body.
RESULT: Any = Message


def _get_kwargs(
    chat_id: str,
    message_id: str,
    *,
    download_media: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["downloadMedia"] = download_media

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/chats/{chat_id}/messages/{message_id}".format(
            chat_id=quote(str(chat_id), safe=""),
            message_id=quote(str(message_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs
