# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._models import Model

if TYPE_CHECKING:
    from ..models.webjs_message_data import WebjsMessageData
    from ..models.webjs_message_id import WebjsMessageId


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class WebjsSentMessage(Model):
    """A send's reply on the WEBJS engine, the whatsapp-web.js `Message` object as JSON. `_data` holds the raw
    WhatsApp Web model; the top-level fields are whatsapp-web.js's own view of it.

    Attributes:
        field_data (WebjsMessageData): The raw WhatsApp Web message model inside a whatsapp-web.js message
            (what the vendor's examples and plugin read). Only `id` is always there; the rest depends on the
            message kind.
        id (WebjsMessageId, optional): A WhatsApp Web message key. `_serialized` is the serialized message
            id the rest of the API uses.
        ack (int, optional): Delivery state (-1 ERROR, 0 PENDING, 1 SERVER, 2 DEVICE, 3 READ, 4 PLAYED).
        has_media (bool, optional): True when the message carries a file.
        body (str, optional): Text, or the caption of a media message.
        type_ (str, optional): whatsapp-web.js message type (chat, image, document, ptt, location, ...).
        timestamp (int, optional): When the message was sent, in unix seconds.
        from_ (str, optional): Sender chat id, e.g. 201000000001@c.us.
        to (str, optional): Recipient chat id, e.g. 201234567890@c.us.
        from_me (bool, optional): True when the connected account sent the message.
    """

    field_data: WebjsMessageData = _attrs_field(metadata={"wire": "_data"})
    id: WebjsMessageId | None = _attrs_field(default=None, metadata={"wire": "id"})
    ack: int | None = _attrs_field(default=None, metadata={"wire": "ack"})
    has_media: bool | None = _attrs_field(default=None, metadata={"wire": "hasMedia"})
    body: str | None = _attrs_field(default=None, metadata={"wire": "body"})
    type_: str | None = _attrs_field(default=None, metadata={"wire": "type"})
    timestamp: int | None = _attrs_field(default=None, metadata={"wire": "timestamp"})
    from_: str | None = _attrs_field(default=None, metadata={"wire": "from"})
    to: str | None = _attrs_field(default=None, metadata={"wire": "to"})
    from_me: bool | None = _attrs_field(default=None, metadata={"wire": "fromMe"})
