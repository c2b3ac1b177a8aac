# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from typing import Literal

AuthGetQrV2Format = Literal["image", "raw"]

AUTH_GET_QR_V2_FORMAT_VALUES: set[AuthGetQrV2Format] = {
    "image",
    "raw",
}


def check_auth_get_qr_v2_format(value: str) -> AuthGetQrV2Format:
    if value in AUTH_GET_QR_V2_FORMAT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AUTH_GET_QR_V2_FORMAT_VALUES!r}")
