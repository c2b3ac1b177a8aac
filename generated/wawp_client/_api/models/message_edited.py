# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._models import Model

if TYPE_CHECKING:
    from ..models.location import Location
    from ..models.media import Media
    from ..models.reply_to import ReplyTo


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class MessageEdited(Model):
    """A message after its text was edited: the edit message as the engine converts it (toWAMessage), so `from`, `to`
    and `participant` mean what they mean in Message for the same engine (on GOWS `from` is the chat and `to` is
    null in a direct chat; NOWEB leaves `to` out there).

    Attributes:
        id (str): Serialized id: "{fromMe}_{chatId}_{rawId}", e.g.
            true_201234567890@c.us_3EB0C767D26A1D8A9C11.
        timestamp (int): When the message was sent, in unix seconds.
        from_ (str): GOWS and NOWEB: the chat. WEBJS: the sender.
        from_me (bool): True when the connected account sent it.
        source (str, optional): "api" when sent through the API, "app" when sent from a phone.
        to (str | None, optional): GOWS: the sender in a group (null in a direct chat); NOWEB: the group
            (absent otherwise); WEBJS: the recipient.
        participant (str | None, optional): Sender inside a group; null in direct chats.
        body (str | None, optional): Text, or the caption of a media message.
        has_media (bool, optional): True when the message carries a file.
        media (Media | None, optional): The attached file, or null.
        ack (int | None, optional): Delivery state as a number (-1..4, see the description of this schema).
        ack_name (str, optional): Delivery state as a name (ERROR, PENDING, SERVER, DEVICE, READ, PLAYED,
            UNKNOWN).
        location (Location | None, optional): The shared location, for location messages.
        v_cards (list[str], optional): vCard texts, for contact messages.
        reply_to (ReplyTo | None, optional): The quoted message, or null.
        field_data (Any, optional): Raw data of the WhatsApp engine; its shape differs per engine, so do not
            rely on it.
        edited_message_id (str, optional): Raw id of the message that was edited.
    """

    id: str = _attrs_field(metadata={"wire": "id"})
    timestamp: int = _attrs_field(metadata={"wire": "timestamp"})
    from_: str = _attrs_field(metadata={"wire": "from"})
    from_me: bool = _attrs_field(metadata={"wire": "fromMe"})
    source: str | None = _attrs_field(default=None, metadata={"wire": "source"})
    to: str | None = _attrs_field(default=None, metadata={"wire": "to", "nullable": True})
    participant: str | None = _attrs_field(default=None, metadata={"wire": "participant", "nullable": True})
    body: str | None = _attrs_field(default=None, metadata={"wire": "body", "nullable": True})
    has_media: bool | None = _attrs_field(default=None, metadata={"wire": "hasMedia"})
    media: Media | None = _attrs_field(default=None, metadata={"wire": "media", "nullable": True})
    ack: int | None = _attrs_field(default=None, metadata={"wire": "ack", "nullable": True})
    ack_name: str | None = _attrs_field(default=None, metadata={"wire": "ackName"})
    location: Location | None = _attrs_field(default=None, metadata={"wire": "location", "nullable": True})
    v_cards: list[str] | None = _attrs_field(default=None, metadata={"wire": "vCards"})
    reply_to: ReplyTo | None = _attrs_field(default=None, metadata={"wire": "replyTo", "nullable": True})
    field_data: Any = _attrs_field(default=None, metadata={"wire": "_data"})
    edited_message_id: str | None = _attrs_field(default=None, metadata={"wire": "editedMessageId"})
