# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from typing import Any

from ...models.v2_webhook_list import V2WebhookList

# What a success (200, or v2's 201 Created) is read as: its JSON schema, or None for a documented empty body.
RESULT: Any = dict[str, Any]


def _get_kwargs(
    *,
    body: V2WebhookList,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/session/webhook",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
