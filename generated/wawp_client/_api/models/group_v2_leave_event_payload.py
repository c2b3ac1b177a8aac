# Written by openapi-python-client 0.29.1 from spec/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.group_ref import GroupRef


T = TypeVar("T", bound="GroupV2LeaveEventPayload")


@_attrs_define
class GroupV2LeaveEventPayload:
    """You left or were removed from a group.

    Attributes:
        group (GroupRef): The group; on updates only the changed fields are present besides `id`.
        timestamp (int | Unset): Unix seconds.
        field_data (Any | Unset): Raw data of the WhatsApp engine; its shape differs per engine, so do not rely on it.
    """

    group: GroupRef
    timestamp: int | Unset = UNSET
    field_data: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        group = self.group.to_dict()

        timestamp = self.timestamp

        field_data = self.field_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "group": group,
            }
        )
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if field_data is not UNSET:
            field_dict["_data"] = field_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.group_ref import GroupRef

        d = dict(src_dict)
        group = GroupRef.from_dict(d.pop("group"))

        timestamp = d.pop("timestamp", UNSET)

        field_data = d.pop("_data", UNSET)

        group_v2_leave_event_payload = cls(
            group=group,
            timestamp=timestamp,
            field_data=field_data,
        )

        group_v2_leave_event_payload.additional_properties = d
        return group_v2_leave_event_payload

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
