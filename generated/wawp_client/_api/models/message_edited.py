# Written by openapi-python-client 0.29.1 from spec/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.location import Location
    from ..models.media import Media
    from ..models.reply_to import ReplyTo


T = TypeVar("T", bound="MessageEdited")


@_attrs_define
class MessageEdited:
    """A message after its text was edited: the edit message as the engine converts it (toWAMessage), so `from`, `to`
       and
    `participant` mean what they mean in Message for the same engine (on GOWS `from` is the chat and `to` is null in a
    direct chat; NOWEB leaves `to` out there).

        Attributes:
            id (str): Serialized id: "{fromMe}_{chatId}_{rawId}", e.g. true_201234567890@c.us_3EB0C767D26A1D8A9C11.
            timestamp (int): When the message was sent, in unix seconds.
            from_ (str): GOWS and NOWEB: the chat. WEBJS: the sender.
            from_me (bool): True when the connected account sent it.
            source (str | Unset): "api" when sent through the API, "app" when sent from a phone.
            to (None | str | Unset): GOWS: the sender in a group (null in a direct chat); NOWEB: the group (absent
                otherwise); WEBJS: the recipient.
            participant (None | str | Unset): Sender inside a group; null in direct chats.
            body (None | str | Unset): Text, or the caption of a media message.
            has_media (bool | Unset): True when the message carries a file.
            media (Media | None | Unset): The attached file, or null.
            ack (int | None | Unset): Delivery state as a number (-1..4, see the description of this schema).
            ack_name (str | Unset): Delivery state as a name (ERROR, PENDING, SERVER, DEVICE, READ, PLAYED, UNKNOWN).
            location (Location | None | Unset): The shared location, for location messages.
            v_cards (list[str] | Unset): vCard texts, for contact messages.
            reply_to (None | ReplyTo | Unset): The quoted message, or null.
            field_data (Any | Unset): Raw data of the WhatsApp engine; its shape differs per engine, so do not rely on
                it.
            edited_message_id (str | Unset): Raw id of the message that was edited.
    """

    id: str
    timestamp: int
    from_: str
    from_me: bool
    source: str | Unset = UNSET
    to: str | Unset | None = UNSET
    participant: str | Unset | None = UNSET
    body: str | Unset | None = UNSET
    has_media: bool | Unset = UNSET
    media: Media | Unset | None = UNSET
    ack: int | Unset | None = UNSET
    ack_name: str | Unset = UNSET
    location: Location | Unset | None = UNSET
    v_cards: list[str] | Unset = UNSET
    reply_to: ReplyTo | Unset | None = UNSET
    field_data: Any | Unset = UNSET
    edited_message_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.location import Location
        from ..models.media import Media
        from ..models.reply_to import ReplyTo

        id = self.id

        timestamp = self.timestamp

        from_ = self.from_

        from_me = self.from_me

        source = self.source

        to: str | Unset | None
        to = UNSET if isinstance(self.to, Unset) else self.to

        participant: str | Unset | None
        participant = UNSET if isinstance(self.participant, Unset) else self.participant

        body: str | Unset | None
        body = UNSET if isinstance(self.body, Unset) else self.body

        has_media = self.has_media

        media: dict[str, Any] | Unset | None
        if isinstance(self.media, Unset):
            media = UNSET
        elif isinstance(self.media, Media):
            media = self.media.to_dict()
        else:
            media = self.media

        ack: int | Unset | None
        ack = UNSET if isinstance(self.ack, Unset) else self.ack

        ack_name = self.ack_name

        location: dict[str, Any] | Unset | None
        if isinstance(self.location, Unset):
            location = UNSET
        elif isinstance(self.location, Location):
            location = self.location.to_dict()
        else:
            location = self.location

        v_cards: list[str] | Unset = UNSET
        if not isinstance(self.v_cards, Unset):
            v_cards = self.v_cards

        reply_to: dict[str, Any] | Unset | None
        if isinstance(self.reply_to, Unset):
            reply_to = UNSET
        elif isinstance(self.reply_to, ReplyTo):
            reply_to = self.reply_to.to_dict()
        else:
            reply_to = self.reply_to

        field_data = self.field_data

        edited_message_id = self.edited_message_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "timestamp": timestamp,
                "from": from_,
                "fromMe": from_me,
            }
        )
        if source is not UNSET:
            field_dict["source"] = source
        if to is not UNSET:
            field_dict["to"] = to
        if participant is not UNSET:
            field_dict["participant"] = participant
        if body is not UNSET:
            field_dict["body"] = body
        if has_media is not UNSET:
            field_dict["hasMedia"] = has_media
        if media is not UNSET:
            field_dict["media"] = media
        if ack is not UNSET:
            field_dict["ack"] = ack
        if ack_name is not UNSET:
            field_dict["ackName"] = ack_name
        if location is not UNSET:
            field_dict["location"] = location
        if v_cards is not UNSET:
            field_dict["vCards"] = v_cards
        if reply_to is not UNSET:
            field_dict["replyTo"] = reply_to
        if field_data is not UNSET:
            field_dict["_data"] = field_data
        if edited_message_id is not UNSET:
            field_dict["editedMessageId"] = edited_message_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.location import Location
        from ..models.media import Media
        from ..models.reply_to import ReplyTo

        d = dict(src_dict)
        id = d.pop("id")

        timestamp = d.pop("timestamp")

        from_ = d.pop("from")

        from_me = d.pop("fromMe")

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

        def _parse_body(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(str | Unset | None, data)

        body = _parse_body(d.pop("body", UNSET))

        has_media = d.pop("hasMedia", UNSET)

        def _parse_media(data: object) -> Media | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                media_type_0 = Media.from_dict(data)

                return media_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Media | Unset | None, data)

        media = _parse_media(d.pop("media", UNSET))

        def _parse_ack(data: object) -> int | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | Unset | None, data)

        ack = _parse_ack(d.pop("ack", UNSET))

        ack_name = d.pop("ackName", UNSET)

        def _parse_location(data: object) -> Location | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                location_type_0 = Location.from_dict(data)

                return location_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Location | Unset | None, data)

        location = _parse_location(d.pop("location", UNSET))

        v_cards = cast(list[str], d.pop("vCards", UNSET))

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

        field_data = d.pop("_data", UNSET)

        edited_message_id = d.pop("editedMessageId", UNSET)

        message_edited = cls(
            id=id,
            timestamp=timestamp,
            from_=from_,
            from_me=from_me,
            source=source,
            to=to,
            participant=participant,
            body=body,
            has_media=has_media,
            media=media,
            ack=ack,
            ack_name=ack_name,
            location=location,
            v_cards=v_cards,
            reply_to=reply_to,
            field_data=field_data,
            edited_message_id=edited_message_id,
        )

        message_edited.additional_properties = d
        return message_edited

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
