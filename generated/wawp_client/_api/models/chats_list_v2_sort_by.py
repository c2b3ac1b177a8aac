# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from typing import Literal

ChatsListV2SortBy = Literal["conversationTimestamp", "id", "name"]

CHATS_LIST_V2_SORT_BY_VALUES: set[ChatsListV2SortBy] = {
    "conversationTimestamp",
    "id",
    "name",
}


def check_chats_list_v2_sort_by(value: str) -> ChatsListV2SortBy:
    if value in CHATS_LIST_V2_SORT_BY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CHATS_LIST_V2_SORT_BY_VALUES!r}")
