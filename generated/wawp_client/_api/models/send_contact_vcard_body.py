# Written by openapi-python-client 0.29.1 from spec/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.v_card_contact import VCardContact


T = TypeVar("T", bound="SendContactVcardBody")


@_attrs_define
class SendContactVcardBody:
    """Contact cards and where to send them.

    Attributes:
        chat_id (str): Chat to send to: phone digits or a chat id.
        contacts (list[VCardContact]): Contacts to share.
        reply_to (None | str | Unset): Id of a message to quote, or null.
    """

    chat_id: str
    contacts: list[VCardContact]
    reply_to: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        chat_id = self.chat_id

        contacts = []
        for contacts_item_data in self.contacts:
            contacts_item = contacts_item_data.to_dict()
            contacts.append(contacts_item)

        reply_to: str | Unset | None
        reply_to = UNSET if isinstance(self.reply_to, Unset) else self.reply_to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "chatId": chat_id,
                "contacts": contacts,
            }
        )
        if reply_to is not UNSET:
            field_dict["reply_to"] = reply_to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v_card_contact import VCardContact

        d = dict(src_dict)
        chat_id = d.pop("chatId")

        contacts = []
        _contacts = d.pop("contacts")
        for contacts_item_data in _contacts:
            contacts_item = VCardContact.from_dict(contacts_item_data)

            contacts.append(contacts_item)

        def _parse_reply_to(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(str | Unset | None, data)

        reply_to = _parse_reply_to(d.pop("reply_to", UNSET))

        send_contact_vcard_body = cls(
            chat_id=chat_id,
            contacts=contacts,
            reply_to=reply_to,
        )

        send_contact_vcard_body.additional_properties = d
        return send_contact_vcard_body

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
