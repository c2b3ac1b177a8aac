# Written by openapi-python-client 0.29.1 from spec/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VCardContact")


@_attrs_define
class VCardContact:
    """A contact to share: either the structured fields or a ready vCard text.

    Attributes:
        full_name (str | Unset): Full name.
        organization (str | Unset): Company.
        phone_number (str | Unset): Phone number as shown on the card.
        whatsapp_id (str | Unset): WhatsApp number, digits only.
        vcard (str | Unset): A complete vCard text, instead of the fields above.
    """

    full_name: str | Unset = UNSET
    organization: str | Unset = UNSET
    phone_number: str | Unset = UNSET
    whatsapp_id: str | Unset = UNSET
    vcard: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        full_name = self.full_name

        organization = self.organization

        phone_number = self.phone_number

        whatsapp_id = self.whatsapp_id

        vcard = self.vcard

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if full_name is not UNSET:
            field_dict["fullName"] = full_name
        if organization is not UNSET:
            field_dict["organization"] = organization
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        if whatsapp_id is not UNSET:
            field_dict["whatsappId"] = whatsapp_id
        if vcard is not UNSET:
            field_dict["vcard"] = vcard

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        full_name = d.pop("fullName", UNSET)

        organization = d.pop("organization", UNSET)

        phone_number = d.pop("phoneNumber", UNSET)

        whatsapp_id = d.pop("whatsappId", UNSET)

        vcard = d.pop("vcard", UNSET)

        v_card_contact = cls(
            full_name=full_name,
            organization=organization,
            phone_number=phone_number,
            whatsapp_id=whatsapp_id,
            vcard=vcard,
        )

        v_card_contact.additional_properties = d
        return v_card_contact

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
