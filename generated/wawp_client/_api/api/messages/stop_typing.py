# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from typing import Any

from ...models.action_result import ActionResult
from ...types import UNSET

# What a success (200, or v2's 201 Created) is read as: its JSON schema, or None for a documented empty body.
RESULT: Any = ActionResult


def _get_kwargs(
    *,
    chat_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["chatId"] = chat_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/stopTyping",
        "params": params,
    }

    return _kwargs
