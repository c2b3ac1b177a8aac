from typing import Literal

GroupsListSortOrder = Literal["ASC", "DESC"]

GROUPS_LIST_SORT_ORDER_VALUES: set[GroupsListSortOrder] = {
    "ASC",
    "DESC",
}


def check_groups_list_sort_order(value: str) -> GroupsListSortOrder:
    if value in GROUPS_LIST_SORT_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GROUPS_LIST_SORT_ORDER_VALUES!r}")
