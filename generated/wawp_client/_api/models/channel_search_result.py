# Written by openapi-python-client 0.29.1 from spec/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.channel import Channel
    from ..models.channel_search_page import ChannelSearchPage


T = TypeVar("T", bound="ChannelSearchResult")


@_attrs_define
class ChannelSearchResult:
    """One page of channel search results.

    Attributes:
        page (ChannelSearchPage): Cursor information of a channel search page.
        channels (list[Channel]): Channels found on this page.
    """

    page: ChannelSearchPage
    channels: list[Channel]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page = self.page.to_dict()

        channels = []
        for channels_item_data in self.channels:
            channels_item = channels_item_data.to_dict()
            channels.append(channels_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "page": page,
                "channels": channels,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.channel import Channel
        from ..models.channel_search_page import ChannelSearchPage

        d = dict(src_dict)
        page = ChannelSearchPage.from_dict(d.pop("page"))

        channels = []
        _channels = d.pop("channels")
        for channels_item_data in _channels:
            channels_item = Channel.from_dict(channels_item_data)

            channels.append(channels_item)

        channel_search_result = cls(
            page=page,
            channels=channels,
        )

        channel_search_result.additional_properties = d
        return channel_search_result

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
