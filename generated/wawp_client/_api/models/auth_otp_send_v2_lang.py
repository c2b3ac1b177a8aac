# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from typing import Literal

AuthOtpSendV2Lang = Literal[
    "ar",
    "bn",
    "de",
    "el",
    "en",
    "es",
    "fa",
    "fr",
    "hi",
    "id",
    "it",
    "ja",
    "ko",
    "ms",
    "nl",
    "pl",
    "pt",
    "ro",
    "ru",
    "sv",
    "th",
    "tr",
    "uk",
    "ur",
    "vi",
    "zh",
]

AUTH_OTP_SEND_V2_LANG_VALUES: set[AuthOtpSendV2Lang] = {
    "ar",
    "bn",
    "de",
    "el",
    "en",
    "es",
    "fa",
    "fr",
    "hi",
    "id",
    "it",
    "ja",
    "ko",
    "ms",
    "nl",
    "pl",
    "pt",
    "ro",
    "ru",
    "sv",
    "th",
    "tr",
    "uk",
    "ur",
    "vi",
    "zh",
}


def check_auth_otp_send_v2_lang(value: str) -> AuthOtpSendV2Lang:
    if value in AUTH_OTP_SEND_V2_LANG_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AUTH_OTP_SEND_V2_LANG_VALUES!r}")
