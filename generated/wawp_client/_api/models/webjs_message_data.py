# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._models import Model

if TYPE_CHECKING:
    from ..models.webjs_message_id import WebjsMessageId
    from ..models.webjs_wid import WebjsWid


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class WebjsMessageData(Model):
    """The raw WhatsApp Web message model inside a whatsapp-web.js message (what the vendor's examples and plugin
    read). Only `id` is always there; the rest depends on the message kind.

    Attributes:
        id (WebjsMessageId): A WhatsApp Web message key. `_serialized` is the serialized message id the rest
            of the API uses.
        type_ (str, optional): Message type (chat, image, document, ptt, location, vcard, poll_creation,
            ...).
        body (str, optional): Text, or base64 preview data for media.
        t (int, optional): When the message was sent, in unix seconds.
        from_ (WebjsWid, optional): A WhatsApp Web id object (`Wid`).
        to (WebjsWid, optional): A WhatsApp Web id object (`Wid`).
        ack (int, optional): Delivery state as a number.
        is_new_msg (bool, optional): True for a message created in this session.
        star (bool, optional): True when the message is starred.
    """

    id: WebjsMessageId = _attrs_field(metadata={"wire": "id"})
    type_: str | None = _attrs_field(default=None, metadata={"wire": "type"})
    body: str | None = _attrs_field(default=None, metadata={"wire": "body"})
    t: int | None = _attrs_field(default=None, metadata={"wire": "t"})
    from_: WebjsWid | None = _attrs_field(default=None, metadata={"wire": "from"})
    to: WebjsWid | None = _attrs_field(default=None, metadata={"wire": "to"})
    ack: int | None = _attrs_field(default=None, metadata={"wire": "ack"})
    is_new_msg: bool | None = _attrs_field(default=None, metadata={"wire": "isNewMsg"})
    star: bool | None = _attrs_field(default=None, metadata={"wire": "star"})
