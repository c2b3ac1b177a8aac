# Written by openapi-python-client 0.29.1 from spec/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GowsMessageInfo")


@_attrs_define
class GowsMessageInfo:
    """whatsmeow's `MessageInfo`. Ids here are raw JIDs (`…@s.whatsapp.net`, `…@g.us`, `…@lid`), not the `@c.us` form
       the
    rest of the API uses.

        Attributes:
            id (str | Unset): Raw message id, e.g. 3EB0C767D26A1D8A9C11.
            chat (str | Unset): Chat JID, e.g. 201234567890@s.whatsapp.net or 120363012345678901@g.us.
            sender (str | Unset): Sender JID with its device number, e.g. 201000000001:12@s.whatsapp.net.
            is_from_me (bool | Unset): True when the connected account sent the message.
            is_group (bool | Unset): True in a group chat.
            timestamp (str | Unset): When the message was sent, as an RFC 3339 date-time.
            type_ (str | Unset): Message kind as whatsmeow names it (text, media, poll, reaction, ...).
            push_name (str | Unset): Display name of the sender.
    """

    id: str | Unset = UNSET
    chat: str | Unset = UNSET
    sender: str | Unset = UNSET
    is_from_me: bool | Unset = UNSET
    is_group: bool | Unset = UNSET
    timestamp: str | Unset = UNSET
    type_: str | Unset = UNSET
    push_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        chat = self.chat

        sender = self.sender

        is_from_me = self.is_from_me

        is_group = self.is_group

        timestamp = self.timestamp

        type_ = self.type_

        push_name = self.push_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["ID"] = id
        if chat is not UNSET:
            field_dict["Chat"] = chat
        if sender is not UNSET:
            field_dict["Sender"] = sender
        if is_from_me is not UNSET:
            field_dict["IsFromMe"] = is_from_me
        if is_group is not UNSET:
            field_dict["IsGroup"] = is_group
        if timestamp is not UNSET:
            field_dict["Timestamp"] = timestamp
        if type_ is not UNSET:
            field_dict["Type"] = type_
        if push_name is not UNSET:
            field_dict["PushName"] = push_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        chat = d.pop("Chat", UNSET)

        sender = d.pop("Sender", UNSET)

        is_from_me = d.pop("IsFromMe", UNSET)

        is_group = d.pop("IsGroup", UNSET)

        timestamp = d.pop("Timestamp", UNSET)

        type_ = d.pop("Type", UNSET)

        push_name = d.pop("PushName", UNSET)

        gows_message_info = cls(
            id=id,
            chat=chat,
            sender=sender,
            is_from_me=is_from_me,
            is_group=is_group,
            timestamp=timestamp,
            type_=type_,
            push_name=push_name,
        )

        gows_message_info.additional_properties = d
        return gows_message_info

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
