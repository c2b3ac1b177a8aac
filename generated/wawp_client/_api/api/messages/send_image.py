# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from typing import Any

from ...._models import RawObject
from ...models.gows_sent_message import GowsSentMessage
from ...models.noweb_sent_message import NowebSentMessage
from ...models.wawp_send_ack import WawpSendAck
from ...models.webjs_sent_message import WebjsSentMessage
from ...types import UNSET, Unset

# What a success (200, or v2's 201 Created) is read as: its JSON schema, or None for a documented empty body.
RESULT: Any = WebjsSentMessage | NowebSentMessage | WawpSendAck | GowsSentMessage | RawObject


def _get_kwargs(
    *,
    chat_id: str,
    fileurl: str,
    filefilename: str,
    filemimetype: str,
    caption: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["chatId"] = chat_id

    params["file[url]"] = fileurl

    params["file[filename]"] = filefilename

    params["file[mimetype]"] = filemimetype

    params["caption"] = caption

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/sendImage",
        "params": params,
    }

    return _kwargs
