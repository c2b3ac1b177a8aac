# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from typing import Any

from ...._models import RawObject
from ...models.gows_group_info import GowsGroupInfo
from ...models.group_create_body import GroupCreateBody
from ...models.noweb_group_metadata import NowebGroupMetadata
from ...models.webjs_create_group_result import WebjsCreateGroupResult

# What a success (200, or v2's 201 Created) is read as: its JSON schema, or None for a documented empty body.
RESULT: Any = GowsGroupInfo | WebjsCreateGroupResult | NowebGroupMetadata | RawObject


def _get_kwargs(
    *,
    body: GroupCreateBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/groups",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
