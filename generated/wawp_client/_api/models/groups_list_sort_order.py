# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
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
