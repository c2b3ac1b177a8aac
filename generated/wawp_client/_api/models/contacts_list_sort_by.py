# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from typing import Literal

ContactsListSortBy = Literal["id", "name"]

CONTACTS_LIST_SORT_BY_VALUES: set[ContactsListSortBy] = {
    "id",
    "name",
}


def check_contacts_list_sort_by(value: str) -> ContactsListSortBy:
    if value in CONTACTS_LIST_SORT_BY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONTACTS_LIST_SORT_BY_VALUES!r}")
