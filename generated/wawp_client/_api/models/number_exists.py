# Written by openapi-python-client 0.29.1 from spec/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NumberExists")


@_attrs_define
class NumberExists:
    """Whether a phone number has a WhatsApp account.

    Attributes:
        number_exists (bool): True when the number is on WhatsApp.
        chat_id (None | str | Unset): Chat id to use for the number, when it exists.
        pn (None | str | Unset): Phone-number id of the account (GOWS adds it; it differs from `chatId` when WhatsApp
            answers with a privacy id).
    """

    number_exists: bool
    chat_id: str | Unset | None = UNSET
    pn: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number_exists = self.number_exists

        chat_id: str | Unset | None
        chat_id = UNSET if isinstance(self.chat_id, Unset) else self.chat_id

        pn: str | Unset | None
        pn = UNSET if isinstance(self.pn, Unset) else self.pn

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "numberExists": number_exists,
            }
        )
        if chat_id is not UNSET:
            field_dict["chatId"] = chat_id
        if pn is not UNSET:
            field_dict["pn"] = pn

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        number_exists = d.pop("numberExists")

        def _parse_chat_id(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(str | Unset | None, data)

        chat_id = _parse_chat_id(d.pop("chatId", UNSET))

        def _parse_pn(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(str | Unset | None, data)

        pn = _parse_pn(d.pop("pn", UNSET))

        number_exists = cls(
            number_exists=number_exists,
            chat_id=chat_id,
            pn=pn,
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
