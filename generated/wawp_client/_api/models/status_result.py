from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.status_key import StatusKey
    from ..models.status_result_message import StatusResultMessage


T = TypeVar("T", bound="StatusResult")


@_attrs_define
class StatusResult:
    """A posted 24-hour status. The engine returns its raw sent message; `key.id` identifies it.

    Attributes:
        key (StatusKey): Key of a posted status.
        message (StatusResultMessage | Unset): Raw message content as the engine built it.
    """

    key: StatusKey
    message: StatusResultMessage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key.to_dict()

        message: dict[str, Any] | Unset = UNSET
        if not isinstance(self.message, Unset):
            message = self.message.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.status_key import StatusKey
        from ..models.status_result_message import StatusResultMessage

        d = dict(src_dict)
        key = StatusKey.from_dict(d.pop("key"))

        _message = d.pop("message", UNSET)
        message: StatusResultMessage | Unset
        message = UNSET if isinstance(_message, Unset) else StatusResultMessage.from_dict(_message)

        status_result = cls(
            key=key,
            message=message,
        )

        status_result.additional_properties = d
        return status_result

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
