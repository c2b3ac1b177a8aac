# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from typing import Any

from ...._models import RawObject
from ...models.gows_sent_message import GowsSentMessage
from ...models.noweb_sent_message import NowebSentMessage
from ...models.v2_text_status import V2TextStatus
from ...models.wawp_send_ack import WawpSendAck
from ...models.webjs_sent_message import WebjsSentMessage

# What a success (200, or v2's 201 Created) is read as: its JSON schema, or None for a documented empty body.
RESULT: Any = WebjsSentMessage | NowebSentMessage | WawpSendAck | GowsSentMessage | RawObject


def _get_kwargs(
    *,
    body: V2TextStatus,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/status/text",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
