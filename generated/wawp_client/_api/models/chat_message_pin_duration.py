# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from typing import Literal

ChatMessagePinDuration = Literal[86400, 604800, 2592000]

CHAT_MESSAGE_PIN_DURATION_VALUES: set[ChatMessagePinDuration] = {
    86400,
    604800,
    2592000,
}


def check_chat_message_pin_duration(value: int) -> ChatMessagePinDuration:
    if value in CHAT_MESSAGE_PIN_DURATION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CHAT_MESSAGE_PIN_DURATION_VALUES!r}")
