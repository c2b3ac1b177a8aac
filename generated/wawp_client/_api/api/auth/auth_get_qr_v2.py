# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from typing import Any

from ...._models import RawObject
from ...models.auth_get_qr_v2_format import AuthGetQrV2Format
from ...models.base_64_file import Base64File
from ...models.qr_code_value import QRCodeValue
from ...models.wawp_qr_code import WawpQRCode
from ...types import UNSET, Unset

# What a success (200, or v2's 201 Created) is read as: its JSON schema, or None for a documented empty body.
RESULT: Any = Base64File | QRCodeValue | WawpQRCode | RawObject


def _get_kwargs(
    *,
    format_: AuthGetQrV2Format | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_

    params["format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/auth/qr",
        "params": params,
    }

    return _kwargs
