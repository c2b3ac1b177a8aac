# Written by openapi-python-client 0.29.1 from spec/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChannelSearchPage")


@_attrs_define
class ChannelSearchPage:
    """Cursor information of a channel search page.

    Attributes:
        start_cursor (None | str | Unset): Cursor of this page.
        end_cursor (None | str | Unset): Pass as `startCursor` to fetch the next page.
        has_next_page (bool | Unset): True when another page follows.
        has_previous_page (bool | Unset): True when a page precedes this one.
    """

    start_cursor: str | Unset | None = UNSET
    end_cursor: str | Unset | None = UNSET
    has_next_page: bool | Unset = UNSET
    has_previous_page: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_cursor: str | Unset | None
        start_cursor = UNSET if isinstance(self.start_cursor, Unset) else self.start_cursor

        end_cursor: str | Unset | None
        end_cursor = UNSET if isinstance(self.end_cursor, Unset) else self.end_cursor

        has_next_page = self.has_next_page

        has_previous_page = self.has_previous_page

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if start_cursor is not UNSET:
            field_dict["startCursor"] = start_cursor
        if end_cursor is not UNSET:
            field_dict["endCursor"] = end_cursor
        if has_next_page is not UNSET:
            field_dict["hasNextPage"] = has_next_page
        if has_previous_page is not UNSET:
            field_dict["hasPreviousPage"] = has_previous_page

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_start_cursor(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(str | Unset | None, data)

        start_cursor = _parse_start_cursor(d.pop("startCursor", UNSET))

        def _parse_end_cursor(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(str | Unset | None, data)

        end_cursor = _parse_end_cursor(d.pop("endCursor", UNSET))

        has_next_page = d.pop("hasNextPage", UNSET)

        has_previous_page = d.pop("hasPreviousPage", UNSET)

        channel_search_page = cls(
            start_cursor=start_cursor,
            end_cursor=end_cursor,
            has_next_page=has_next_page,
            has_previous_page=has_previous_page,
        )

        channel_search_page.additional_properties = d
        return channel_search_page

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
