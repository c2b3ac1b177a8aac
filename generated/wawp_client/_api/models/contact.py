# Written by openapi-python-client 0.29.1 from spec/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Contact")


@_attrs_define
class Contact:
    """A WhatsApp contact, with the fields its engine sends: GOWS only `id`, `name` and `pushname`; NOWEB Baileys'
       contact
    (`id`, and `name` and `pushname` when known); WEBJS the whatsapp-web.js contact with its flags (`number`,
    `shortName`, `isMe`, `isBlocked`, ...).

        Attributes:
            id (str): Contact id, e.g. 201234567890@c.us.
            number (str | Unset): Phone number, digits only.
            name (None | str | Unset): Name saved in the address book.
            pushname (None | str | Unset): Name the contact set for themselves.
            short_name (None | str | Unset): Short form of the saved name.
            is_me (bool | Unset): True for the connected account.
            is_group (bool | Unset): True for group ids.
            is_wa_contact (bool | Unset): True when the number uses WhatsApp.
            is_my_contact (bool | Unset): True when saved in the address book.
            is_blocked (bool | Unset): True when blocked.
    """

    id: str
    number: str | Unset = UNSET
    name: str | Unset | None = UNSET
    pushname: str | Unset | None = UNSET
    short_name: str | Unset | None = UNSET
    is_me: bool | Unset = UNSET
    is_group: bool | Unset = UNSET
    is_wa_contact: bool | Unset = UNSET
    is_my_contact: bool | Unset = UNSET
    is_blocked: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        number = self.number

        name: str | Unset | None
        name = UNSET if isinstance(self.name, Unset) else self.name

        pushname: str | Unset | None
        pushname = UNSET if isinstance(self.pushname, Unset) else self.pushname

        short_name: str | Unset | None
        short_name = UNSET if isinstance(self.short_name, Unset) else self.short_name

        is_me = self.is_me

        is_group = self.is_group

        is_wa_contact = self.is_wa_contact

        is_my_contact = self.is_my_contact

        is_blocked = self.is_blocked

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if number is not UNSET:
            field_dict["number"] = number
        if name is not UNSET:
            field_dict["name"] = name
        if pushname is not UNSET:
            field_dict["pushname"] = pushname
        if short_name is not UNSET:
            field_dict["shortName"] = short_name
        if is_me is not UNSET:
            field_dict["isMe"] = is_me
        if is_group is not UNSET:
            field_dict["isGroup"] = is_group
        if is_wa_contact is not UNSET:
            field_dict["isWAContact"] = is_wa_contact
        if is_my_contact is not UNSET:
            field_dict["isMyContact"] = is_my_contact
        if is_blocked is not UNSET:
            field_dict["isBlocked"] = is_blocked

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        number = d.pop("number", UNSET)

        def _parse_name(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(str | Unset | None, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_pushname(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(str | Unset | None, data)

        pushname = _parse_pushname(d.pop("pushname", UNSET))

        def _parse_short_name(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(str | Unset | None, data)

        short_name = _parse_short_name(d.pop("shortName", UNSET))

        is_me = d.pop("isMe", UNSET)

        is_group = d.pop("isGroup", UNSET)

        is_wa_contact = d.pop("isWAContact", UNSET)

        is_my_contact = d.pop("isMyContact", UNSET)

        is_blocked = d.pop("isBlocked", UNSET)

        contact = cls(
            id=id,
            number=number,
            name=name,
            pushname=pushname,
            short_name=short_name,
            is_me=is_me,
            is_group=is_group,
            is_wa_contact=is_wa_contact,
            is_my_contact=is_my_contact,
            is_blocked=is_blocked,
        )

        contact.additional_properties = d
        return contact

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
