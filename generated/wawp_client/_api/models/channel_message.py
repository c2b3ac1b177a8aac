# Written by openapi-python-client 0.29.1 from spec/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.channel_message_reactions import ChannelMessageReactions
    from ..models.message import Message


T = TypeVar("T", bound="ChannelMessage")


@_attrs_define
class ChannelMessage:
    """A message shown in a channel preview, with its reactions and view count.

    Attributes:
        message (Message): A WhatsApp message as the engine's REST layer reports it when reading messages and in message
            webhooks (WAHA's `WAMessage`). Every engine fills the same fields, but `from`, `to` and `participant` mean
            different things per engine (see each). `ack` and `ackName` give the delivery state: -1 ERROR, 0 PENDING, 1
            SERVER, 2 DEVICE, 3 READ, 4 PLAYED; new values may appear. Sends answer the engine's raw reply instead (see
            SentMessage).
        reactions (ChannelMessageReactions | Unset): Reaction emoji mapped to how many people used it.
        view_count (int | Unset): How many people viewed the message.
    """

    message: Message
    reactions: ChannelMessageReactions | Unset = UNSET
    view_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message.to_dict()

        reactions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reactions, Unset):
            reactions = self.reactions.to_dict()

        view_count = self.view_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
            }
        )
        if reactions is not UNSET:
            field_dict["reactions"] = reactions
        if view_count is not UNSET:
            field_dict["viewCount"] = view_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.channel_message_reactions import ChannelMessageReactions
        from ..models.message import Message

        d = dict(src_dict)
        message = Message.from_dict(d.pop("message"))

        _reactions = d.pop("reactions", UNSET)
        reactions: ChannelMessageReactions | Unset
        reactions = UNSET if isinstance(_reactions, Unset) else ChannelMessageReactions.from_dict(_reactions)

        view_count = d.pop("viewCount", UNSET)

        channel_message = cls(
            message=message,
            reactions=reactions,
            view_count=view_count,
        )

        channel_message.additional_properties = d
        return channel_message

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
