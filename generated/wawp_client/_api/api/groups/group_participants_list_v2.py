# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from typing import Any
from urllib.parse import quote

from ...._models import RawList
from ...models.gows_participant import GowsParticipant
from ...models.noweb_participant import NowebParticipant
from ...models.webjs_participant import WebjsParticipant

# What a success (200, or v2's 201 Created) is read as: its JSON schema, or None for a documented empty body.
RESULT: Any = list[GowsParticipant] | list[WebjsParticipant] | list[NowebParticipant] | RawList


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/groups/{id}/participants".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs
