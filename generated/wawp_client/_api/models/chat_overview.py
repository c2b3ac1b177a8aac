# Written by openapi-python-client 0.29.1 from spec/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.message import Message


T = TypeVar("T", bound="ChatOverview")


@_attrs_define
class ChatOverview:
    """A chat with its name, picture and last message, as shown in a chat list (WAHA's `ChatSummary`).

    Attributes:
        id (str): Chat id.
        name (None | str | Unset): Chat or contact name.
        picture (None | str | Unset): Profile picture URL, or null.
        last_message (Message | None | Unset): The newest message in the chat, or null.
        field_chat (Any | Unset): The engine's own chat record the summary was built from.
    """

    id: str
    name: str | Unset | None = UNSET
    picture: str | Unset | None = UNSET
    last_message: Message | Unset | None = UNSET
    field_chat: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.message import Message

        id = self.id

        name: str | Unset | None
        name = UNSET if isinstance(self.name, Unset) else self.name

        picture: str | Unset | None
        picture = UNSET if isinstance(self.picture, Unset) else self.picture

        last_message: dict[str, Any] | Unset | None
        if isinstance(self.last_message, Unset):
            last_message = UNSET
        elif isinstance(self.last_message, Message):
            last_message = self.last_message.to_dict()
        else:
            last_message = self.last_message

        field_chat = self.field_chat

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if picture is not UNSET:
            field_dict["picture"] = picture
        if last_message is not UNSET:
            field_dict["lastMessage"] = last_message
        if field_chat is not UNSET:
            field_dict["_chat"] = field_chat

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.message import Message

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_name(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(str | Unset | None, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_picture(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(str | Unset | None, data)

        picture = _parse_picture(d.pop("picture", UNSET))

        def _parse_last_message(data: object) -> Message | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                last_message_type_0 = Message.from_dict(data)

                return last_message_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Message | Unset | None, data)

        last_message = _parse_last_message(d.pop("lastMessage", UNSET))

        field_chat = d.pop("_chat", UNSET)

        chat_overview = cls(
            id=id,
            name=name,
            picture=picture,
            last_message=last_message,
            field_chat=field_chat,
        )

        chat_overview.additional_properties = d
        return chat_overview

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
