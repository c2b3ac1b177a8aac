# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from typing import Any

from ...models.auth_otp_send_v2_lang import AuthOtpSendV2Lang
from ...types import UNSET, Unset

# What a success (200, or v2's 201 Created) is read as: its JSON schema, or None for a documented empty body.
RESULT: Any = dict[str, Any]


def _get_kwargs(
    *,
    chat_id: str,
    lang: AuthOtpSendV2Lang | Unset = UNSET,
    footer: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["chatId"] = chat_id

    json_lang: str | Unset = UNSET
    if not isinstance(lang, Unset):
        json_lang = lang

    params["lang"] = json_lang

    params["footer"] = footer

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/auth/otp/send",
        "params": params,
    }

    return _kwargs
