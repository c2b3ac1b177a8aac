# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from typing import Literal

ChatMessagesListFilterAck = Literal["DEVICE", "ERROR", "PENDING", "PLAYED", "READ", "SERVER"]

CHAT_MESSAGES_LIST_FILTER_ACK_VALUES: set[ChatMessagesListFilterAck] = {
    "DEVICE",
    "ERROR",
    "PENDING",
    "PLAYED",
    "READ",
    "SERVER",
}


def check_chat_messages_list_filter_ack(value: str) -> ChatMessagesListFilterAck:
    if value in CHAT_MESSAGES_LIST_FILTER_ACK_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CHAT_MESSAGES_LIST_FILTER_ACK_VALUES!r}")
