# Written by openapi-python-client 0.29.1 from spec/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Call")


@_attrs_define
class Call:
    """A call.

    Attributes:
        id (str): Call id.
        from_ (str): Caller.
        timestamp (int): Unix seconds.
        is_video (bool | Unset): True for video calls.
        is_group (bool | Unset): True for group calls.
        field_data (Any | Unset): Raw data of the WhatsApp engine; its shape differs per engine, so do not rely on it.
    """

    id: str
    from_: str
    timestamp: int
    is_video: bool | Unset = UNSET
    is_group: bool | Unset = UNSET
    field_data: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        from_ = self.from_

        timestamp = self.timestamp

        is_video = self.is_video

        is_group = self.is_group

        field_data = self.field_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "from": from_,
                "timestamp": timestamp,
            }
        )
        if is_video is not UNSET:
            field_dict["isVideo"] = is_video
        if is_group is not UNSET:
            field_dict["isGroup"] = is_group
        if field_data is not UNSET:
            field_dict["_data"] = field_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        from_ = d.pop("from")

        timestamp = d.pop("timestamp")

        is_video = d.pop("isVideo", UNSET)

        is_group = d.pop("isGroup", UNSET)

        field_data = d.pop("_data", UNSET)

        call = cls(
            id=id,
            from_=from_,
            timestamp=timestamp,
            is_video=is_video,
            is_group=is_group,
            field_data=field_data,
        )

        call.additional_properties = d
        return call

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
