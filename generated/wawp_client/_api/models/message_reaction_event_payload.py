# Written by openapi-python-client 0.29.1 from spec/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.message_reaction_event_payload_reaction import MessageReactionEventPayloadReaction


T = TypeVar("T", bound="MessageReactionEventPayload")


@_attrs_define
class MessageReactionEventPayload:
    """A reaction added or removed.

    Attributes:
        id (str): Id of the reaction message.
        from_ (str): GOWS and NOWEB: the chat reacted in. WEBJS: who reacted.
        from_me (bool): True when you reacted.
        reaction (MessageReactionEventPayloadReaction): The reaction.
        timestamp (float | Unset): Unix seconds (may have a fraction).
        source (str | Unset): api or app.
        to (None | str | Unset): GOWS: who reacted, in a group (null in a direct chat); NOWEB: the group, for someone
            else's reaction there (absent otherwise); WEBJS: the chat.
        participant (None | str | Unset): Who reacted, in a group.
        field_data (Any | Unset): Raw data of the WhatsApp engine; its shape differs per engine, so do not rely on it.
    """

    id: str
    from_: str
    from_me: bool
    reaction: MessageReactionEventPayloadReaction
    timestamp: float | Unset = UNSET
    source: str | Unset = UNSET
    to: str | Unset | None = UNSET
    participant: str | Unset | None = UNSET
    field_data: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        from_ = self.from_

        from_me = self.from_me

        reaction = self.reaction.to_dict()

        timestamp = self.timestamp

        source = self.source

        to: str | Unset | None
        to = UNSET if isinstance(self.to, Unset) else self.to

        participant: str | Unset | None
        participant = UNSET if isinstance(self.participant, Unset) else self.participant

        field_data = self.field_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "from": from_,
                "fromMe": from_me,
                "reaction": reaction,
            }
        )
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if source is not UNSET:
            field_dict["source"] = source
        if to is not UNSET:
            field_dict["to"] = to
        if participant is not UNSET:
            field_dict["participant"] = participant
        if field_data is not UNSET:
            field_dict["_data"] = field_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.message_reaction_event_payload_reaction import MessageReactionEventPayloadReaction

        d = dict(src_dict)
        id = d.pop("id")

        from_ = d.pop("from")

        from_me = d.pop("fromMe")

        reaction = MessageReactionEventPayloadReaction.from_dict(d.pop("reaction"))

        timestamp = d.pop("timestamp", UNSET)

        source = d.pop("source", UNSET)

        def _parse_to(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(str | Unset | None, data)

        to = _parse_to(d.pop("to", UNSET))

        def _parse_participant(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(str | Unset | None, data)

        participant = _parse_participant(d.pop("participant", UNSET))

        field_data = d.pop("_data", UNSET)

        message_reaction_event_payload = cls(
            id=id,
            from_=from_,
            from_me=from_me,
            reaction=reaction,
            timestamp=timestamp,
            source=source,
            to=to,
            participant=participant,
            field_data=field_data,
        )

        message_reaction_event_payload.additional_properties = d
        return message_reaction_event_payload

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
