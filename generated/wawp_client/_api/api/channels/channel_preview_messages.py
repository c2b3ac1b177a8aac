# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from typing import Any
from urllib.parse import quote

from ...models.channel_message import ChannelMessage
from ...types import UNSET, Unset

# What a success (200, or v2's 201 Created) is read as: its JSON schema, or None for a documented empty body.
RESULT: Any = list[ChannelMessage]


def _get_kwargs(
    id: str,
    *,
    download_media: bool | Unset = False,
    limit: int | Unset = 10,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["downloadMedia"] = download_media

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/channels/{id}/messages/preview".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs
