# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from typing import Any
from urllib.parse import quote

# What a success (200, or v2's 201 Created) is read as: its JSON schema, or None for a documented empty body.
RESULT: Any = bool


def _get_kwargs(
    chat_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/chats/{chat_id}/archive".format(
            chat_id=quote(str(chat_id), safe=""),
        ),
    }

    return _kwargs
