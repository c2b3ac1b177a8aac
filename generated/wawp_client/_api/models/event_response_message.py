# Written by openapi-python-client 0.29.1 from spec/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_response_message_event_response_type_0 import EventResponseMessageEventResponseType0
    from ..models.message_destination import MessageDestination
    from ..models.reply_to import ReplyTo


T = TypeVar("T", bound="EventResponseMessage")


@_attrs_define
class EventResponseMessage:
    """A response to an event invitation.

    Attributes:
        id (str): Id of the response message.
        from_ (str): The chat: the responder's, or the group (GOWS, whose public core alone reports answers to events).
        from_me (bool): True when you responded.
        event_creation_key (MessageDestination): Identifies a message: its id, chat and sender.
        timestamp (int | Unset): Unix seconds.
        participant (None | str | Unset): Responder inside a group.
        event_response (EventResponseMessageEventResponseType0 | None | Unset): The answer (GOING, NOT_GOING, MAYBE), or
            null when it could not be decrypted.
        field_data (Any | Unset): Raw data of the WhatsApp engine; its shape differs per engine, so do not rely on it.
        source (str | Unset): api or app.
        to (None | str | Unset): The responder in a group, null in a direct chat (GOWS).
        ack (int | None | Unset): Delivery state as a number, or null.
        ack_name (str | Unset): Delivery state as a name.
        reply_to (None | ReplyTo | Unset): The quoted message, or null.
    """

    id: str
    from_: str
    from_me: bool
    event_creation_key: MessageDestination
    timestamp: int | Unset = UNSET
    participant: str | Unset | None = UNSET
    event_response: EventResponseMessageEventResponseType0 | Unset | None = UNSET
    field_data: Any | Unset = UNSET
    source: str | Unset = UNSET
    to: str | Unset | None = UNSET
    ack: int | Unset | None = UNSET
    ack_name: str | Unset = UNSET
    reply_to: ReplyTo | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.event_response_message_event_response_type_0 import EventResponseMessageEventResponseType0
        from ..models.reply_to import ReplyTo

        id = self.id

        from_ = self.from_

        from_me = self.from_me

        event_creation_key = self.event_creation_key.to_dict()

        timestamp = self.timestamp

        participant: str | Unset | None
        participant = UNSET if isinstance(self.participant, Unset) else self.participant

        event_response: dict[str, Any] | Unset | None
        if isinstance(self.event_response, Unset):
            event_response = UNSET
        elif isinstance(self.event_response, EventResponseMessageEventResponseType0):
            event_response = self.event_response.to_dict()
        else:
            event_response = self.event_response

        field_data = self.field_data

        source = self.source

        to: str | Unset | None
        to = UNSET if isinstance(self.to, Unset) else self.to

        ack: int | Unset | None
        ack = UNSET if isinstance(self.ack, Unset) else self.ack

        ack_name = self.ack_name

        reply_to: dict[str, Any] | Unset | None
        if isinstance(self.reply_to, Unset):
            reply_to = UNSET
        elif isinstance(self.reply_to, ReplyTo):
            reply_to = self.reply_to.to_dict()
        else:
            reply_to = self.reply_to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "from": from_,
                "fromMe": from_me,
                "eventCreationKey": event_creation_key,
            }
        )
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if participant is not UNSET:
            field_dict["participant"] = participant
        if event_response is not UNSET:
            field_dict["eventResponse"] = event_response
        if field_data is not UNSET:
            field_dict["_data"] = field_data
        if source is not UNSET:
            field_dict["source"] = source
        if to is not UNSET:
            field_dict["to"] = to
        if ack is not UNSET:
            field_dict["ack"] = ack
        if ack_name is not UNSET:
            field_dict["ackName"] = ack_name
        if reply_to is not UNSET:
            field_dict["replyTo"] = reply_to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_response_message_event_response_type_0 import EventResponseMessageEventResponseType0
        from ..models.message_destination import MessageDestination
        from ..models.reply_to import ReplyTo

        d = dict(src_dict)
        id = d.pop("id")

        from_ = d.pop("from")

        from_me = d.pop("fromMe")

        event_creation_key = MessageDestination.from_dict(d.pop("eventCreationKey"))

        timestamp = d.pop("timestamp", UNSET)

        def _parse_participant(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(str | Unset | None, data)

        participant = _parse_participant(d.pop("participant", UNSET))

        def _parse_event_response(data: object) -> EventResponseMessageEventResponseType0 | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                event_response_type_0 = EventResponseMessageEventResponseType0.from_dict(data)

                return event_response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EventResponseMessageEventResponseType0 | Unset | None, data)

        event_response = _parse_event_response(d.pop("eventResponse", UNSET))

        field_data = d.pop("_data", UNSET)

        source = d.pop("source", UNSET)

        def _parse_to(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(str | Unset | None, data)

        to = _parse_to(d.pop("to", UNSET))

        def _parse_ack(data: object) -> int | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | Unset | None, data)

        ack = _parse_ack(d.pop("ack", UNSET))

        ack_name = d.pop("ackName", UNSET)

        def _parse_reply_to(data: object) -> ReplyTo | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                reply_to_type_0 = ReplyTo.from_dict(data)

                return reply_to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ReplyTo | Unset | None, data)

        reply_to = _parse_reply_to(d.pop("replyTo", UNSET))

        event_response_message = cls(
            id=id,
            from_=from_,
            from_me=from_me,
            event_creation_key=event_creation_key,
            timestamp=timestamp,
            participant=participant,
            event_response=event_response,
            field_data=field_data,
            source=source,
            to=to,
            ack=ack,
            ack_name=ack_name,
            reply_to=reply_to,
        )

        event_response_message.additional_properties = d
        return event_response_message

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
