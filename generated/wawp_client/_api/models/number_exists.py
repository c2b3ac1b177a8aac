from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NumberExists")


@_attrs_define
class NumberExists:
    """Whether a phone number has a WhatsApp account.

    Attributes:
        number_exists (bool): True when the number is on WhatsApp.
        chat_id (str | Unset): Chat id to use for the number, when it exists.
    """

    number_exists: bool
    chat_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number_exists = self.number_exists

        chat_id = self.chat_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "numberExists": number_exists,
            }
        )
        if chat_id is not UNSET:
            field_dict["chatId"] = chat_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        number_exists = d.pop("numberExists")

        chat_id = d.pop("chatId", UNSET)

        number_exists = cls(
            number_exists=number_exists,
            chat_id=chat_id,
        )

        number_exists.additional_properties = d
        return number_exists

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
