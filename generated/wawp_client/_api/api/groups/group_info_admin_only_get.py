# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from typing import Any
from urllib.parse import quote

from ...models.group_security_setting import GroupSecuritySetting

# What a success (200, or v2's 201 Created) is read as: its JSON schema, or None for a documented empty body.
RESULT: Any = GroupSecuritySetting


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/groups/{id}/settings/security/info-admin-only".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs
