# Written by openapi-python-client 0.29.1 from spec/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webjs_message_data import WebjsMessageData
    from ..models.webjs_message_id import WebjsMessageId


T = TypeVar("T", bound="WebjsSentMessage")


@_attrs_define
class WebjsSentMessage:
    """A send's reply on the WEBJS engine, the whatsapp-web.js `Message` object as JSON. `_data` holds the raw WhatsApp
       Web
    model; the top-level fields are whatsapp-web.js's own view of it.

        Attributes:
            field_data (WebjsMessageData): The raw WhatsApp Web message model inside a whatsapp-web.js message (what the
                vendor's examples and plugin read). Only `id` is always there; the rest depends on the message kind.
            id (WebjsMessageId | Unset): A WhatsApp Web message key. `_serialized` is the serialized message id the rest
                of
                the API uses.
            ack (int | Unset): Delivery state (-1 ERROR, 0 PENDING, 1 SERVER, 2 DEVICE, 3 READ, 4 PLAYED).
            has_media (bool | Unset): True when the message carries a file.
            body (str | Unset): Text, or the caption of a media message.
            type_ (str | Unset): whatsapp-web.js message type (chat, image, document, ptt, location, ...).
            timestamp (int | Unset): When the message was sent, in unix seconds.
            from_ (str | Unset): Sender chat id, e.g. 201000000001@c.us.
            to (str | Unset): Recipient chat id, e.g. 201234567890@c.us.
            from_me (bool | Unset): True when the connected account sent the message.
    """

    field_data: WebjsMessageData
    id: WebjsMessageId | Unset = UNSET
    ack: int | Unset = UNSET
    has_media: bool | Unset = UNSET
    body: str | Unset = UNSET
    type_: str | Unset = UNSET
    timestamp: int | Unset = UNSET
    from_: str | Unset = UNSET
    to: str | Unset = UNSET
    from_me: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_data = self.field_data.to_dict()

        id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = self.id.to_dict()

        ack = self.ack

        has_media = self.has_media

        body = self.body

        type_ = self.type_

        timestamp = self.timestamp

        from_ = self.from_

        to = self.to

        from_me = self.from_me

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_data": field_data,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if ack is not UNSET:
            field_dict["ack"] = ack
        if has_media is not UNSET:
            field_dict["hasMedia"] = has_media
        if body is not UNSET:
            field_dict["body"] = body
        if type_ is not UNSET:
            field_dict["type"] = type_
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if from_ is not UNSET:
            field_dict["from"] = from_
        if to is not UNSET:
            field_dict["to"] = to
        if from_me is not UNSET:
            field_dict["fromMe"] = from_me

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webjs_message_data import WebjsMessageData
        from ..models.webjs_message_id import WebjsMessageId

        d = dict(src_dict)
        field_data = WebjsMessageData.from_dict(d.pop("_data"))

        _id = d.pop("id", UNSET)
        id: WebjsMessageId | Unset
        id = UNSET if isinstance(_id, Unset) else WebjsMessageId.from_dict(_id)

        ack = d.pop("ack", UNSET)

        has_media = d.pop("hasMedia", UNSET)

        body = d.pop("body", UNSET)

        type_ = d.pop("type", UNSET)

        timestamp = d.pop("timestamp", UNSET)

        from_ = d.pop("from", UNSET)

        to = d.pop("to", UNSET)

        from_me = d.pop("fromMe", UNSET)

        webjs_sent_message = cls(
            field_data=field_data,
            id=id,
            ack=ack,
            has_media=has_media,
            body=body,
            type_=type_,
            timestamp=timestamp,
            from_=from_,
            to=to,
            from_me=from_me,
        )

        webjs_sent_message.additional_properties = d
        return webjs_sent_message

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
