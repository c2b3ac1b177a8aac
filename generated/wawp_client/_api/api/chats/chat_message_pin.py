# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from typing import Any
from urllib.parse import quote

from ...models.chat_message_pin_duration import ChatMessagePinDuration
from ...models.result import Result
from ...types import UNSET, Unset

# What a success (200, or v2's 201 Created) is read as: its JSON schema, or None for a documented empty body.
RESULT: Any = Result


def _get_kwargs(
    chat_id: str,
    message_id: str,
    *,
    duration: ChatMessagePinDuration | Unset = 86400,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_duration: int | Unset = UNSET
    if not isinstance(duration, Unset):
        json_duration = duration

    params["duration"] = json_duration

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/chats/{chat_id}/messages/{message_id}/pin".format(
            chat_id=quote(str(chat_id), safe=""),
            message_id=quote(str(message_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs
