from typing import Any

from ...models.session import Session

# What a 200 answer is read as: its JSON schema, or None for a documented empty body.
RESULT: Any = Session


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/session/stop",
    }

    return _kwargs
