# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from typing import Literal

ChatsListSortOrder = Literal["ASC", "DESC"]

CHATS_LIST_SORT_ORDER_VALUES: set[ChatsListSortOrder] = {
    "ASC",
    "DESC",
}


def check_chats_list_sort_order(value: str) -> ChatsListSortOrder:
    if value in CHATS_LIST_SORT_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CHATS_LIST_SORT_ORDER_VALUES!r}")
