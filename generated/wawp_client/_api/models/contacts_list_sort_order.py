# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from typing import Literal

ContactsListSortOrder = Literal["ASC", "DESC"]

CONTACTS_LIST_SORT_ORDER_VALUES: set[ContactsListSortOrder] = {
    "ASC",
    "DESC",
}


def check_contacts_list_sort_order(value: str) -> ContactsListSortOrder:
    if value in CONTACTS_LIST_SORT_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONTACTS_LIST_SORT_ORDER_VALUES!r}")
