# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from typing import Any
from urllib.parse import quote

from ...._models import RawList
from ...models.chat import Chat
from ...models.webjs_chat import WebjsChat

# What a success (200, or v2's 201 Created) is read as: its JSON schema, or None for a documented empty body.
RESULT: Any = list[Chat] | list[WebjsChat] | RawList


def _get_kwargs(
    label_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/labels/{label_id}/chats".format(
            label_id=quote(str(label_id), safe=""),
        ),
    }

    return _kwargs
