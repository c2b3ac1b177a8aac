# Written by openapi-python-client 0.29.1 from spec/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webjs_group_metadata import WebjsGroupMetadata
    from ..models.webjs_wid import WebjsWid


T = TypeVar("T", bound="WebjsGroupChat")


@_attrs_define
class WebjsGroupChat:
    """A group chat as whatsapp-web.js serialises it (`GroupChat`), passed through by the WEBJS engine.

    Attributes:
        id (WebjsWid): A WhatsApp Web id object (`Wid`).
        group_metadata (WebjsGroupMetadata): WhatsApp Web's group metadata inside a whatsapp-web.js group chat.
        name (str | Unset): Group name.
        is_group (bool | Unset): Always true here.
        is_read_only (bool | Unset): True when the account may not send.
        unread_count (int | Unset): Unread messages.
        timestamp (int | Unset): Last activity, in unix seconds.
        archived (bool | Unset): True when archived.
        pinned (bool | Unset): True when pinned.
    """

    id: WebjsWid
    group_metadata: WebjsGroupMetadata
    name: str | Unset = UNSET
    is_group: bool | Unset = UNSET
    is_read_only: bool | Unset = UNSET
    unread_count: int | Unset = UNSET
    timestamp: int | Unset = UNSET
    archived: bool | Unset = UNSET
    pinned: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id.to_dict()

        group_metadata = self.group_metadata.to_dict()

        name = self.name

        is_group = self.is_group

        is_read_only = self.is_read_only

        unread_count = self.unread_count

        timestamp = self.timestamp

        archived = self.archived

        pinned = self.pinned

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "groupMetadata": group_metadata,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if is_group is not UNSET:
            field_dict["isGroup"] = is_group
        if is_read_only is not UNSET:
            field_dict["isReadOnly"] = is_read_only
        if unread_count is not UNSET:
            field_dict["unreadCount"] = unread_count
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if archived is not UNSET:
            field_dict["archived"] = archived
        if pinned is not UNSET:
            field_dict["pinned"] = pinned

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webjs_group_metadata import WebjsGroupMetadata
        from ..models.webjs_wid import WebjsWid

        d = dict(src_dict)
        id = WebjsWid.from_dict(d.pop("id"))

        group_metadata = WebjsGroupMetadata.from_dict(d.pop("groupMetadata"))

        name = d.pop("name", UNSET)

        is_group = d.pop("isGroup", UNSET)

        is_read_only = d.pop("isReadOnly", UNSET)

        unread_count = d.pop("unreadCount", UNSET)

        timestamp = d.pop("timestamp", UNSET)

        archived = d.pop("archived", UNSET)

        pinned = d.pop("pinned", UNSET)

        webjs_group_chat = cls(
            id=id,
            group_metadata=group_metadata,
            name=name,
            is_group=is_group,
            is_read_only=is_read_only,
            unread_count=unread_count,
            timestamp=timestamp,
            archived=archived,
            pinned=pinned,
        )

        webjs_group_chat.additional_properties = d
        return webjs_group_chat

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
