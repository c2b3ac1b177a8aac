# Written by openapi-python-client 0.29.1 from spec/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Chat")


@_attrs_define
class Chat:
    """A chat as GOWS and NOWEB list it: the id, the name and the time of the last activity; GET /labels/{labelId}/chats
       on
    GOWS answers the id only.

        Attributes:
            id (str): Chat id (…@c.us, …@g.us, …@newsletter or …@lid).
            name (None | str | Unset): Chat or contact name.
            conversation_timestamp (int | None | Unset): Time of the last activity, in unix seconds.
            timestamp (int | Unset): Time of the last activity, in unix seconds (older engines).
            unread_count (int | Unset): Number of unread messages.
            archived (bool | Unset): True when the chat is archived.
    """

    id: str
    name: str | Unset | None = UNSET
    conversation_timestamp: int | Unset | None = UNSET
    timestamp: int | Unset = UNSET
    unread_count: int | Unset = UNSET
    archived: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name: str | Unset | None
        name = UNSET if isinstance(self.name, Unset) else self.name

        conversation_timestamp: int | Unset | None
        if isinstance(self.conversation_timestamp, Unset):
            conversation_timestamp = UNSET
        else:
            conversation_timestamp = self.conversation_timestamp

        timestamp = self.timestamp

        unread_count = self.unread_count

        archived = self.archived

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if conversation_timestamp is not UNSET:
            field_dict["conversationTimestamp"] = conversation_timestamp
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if unread_count is not UNSET:
            field_dict["unreadCount"] = unread_count
        if archived is not UNSET:
            field_dict["archived"] = archived

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_name(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(str | Unset | None, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_conversation_timestamp(data: object) -> int | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | Unset | None, data)

        conversation_timestamp = _parse_conversation_timestamp(d.pop("conversationTimestamp", UNSET))

        timestamp = d.pop("timestamp", UNSET)

        unread_count = d.pop("unreadCount", UNSET)

        archived = d.pop("archived", UNSET)

        chat = cls(
            id=id,
            name=name,
            conversation_timestamp=conversation_timestamp,
            timestamp=timestamp,
            unread_count=unread_count,
            archived=archived,
        )

        chat.additional_properties = d
        return chat

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
