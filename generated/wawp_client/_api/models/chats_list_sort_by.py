# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from typing import Literal

ChatsListSortBy = Literal["conversationTimestamp", "id", "name"]

CHATS_LIST_SORT_BY_VALUES: set[ChatsListSortBy] = {
    "conversationTimestamp",
    "id",
    "name",
}


def check_chats_list_sort_by(value: str) -> ChatsListSortBy:
    if value in CHATS_LIST_SORT_BY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CHATS_LIST_SORT_BY_VALUES!r}")
