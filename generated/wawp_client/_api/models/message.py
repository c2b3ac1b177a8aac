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
class Message(Model):
    """A WhatsApp message as the engine's REST layer reports it when reading messages and in message webhooks (WAHA's
    `WAMessage`). Every engine fills the same fields, but `from`, `to` and `participant` mean different things per
    engine (see each). `ack` and `ackName` give the delivery state: -1 ERROR, 0 PENDING, 1 SERVER, 2 DEVICE, 3
    READ, 4 PLAYED; new values may appear. Sends answer the engine's raw reply instead (see SentMessage).

    Attributes:
        id (str): Serialized id: "{fromMe}_{chatId}_{rawId}", e.g.
            true_201234567890@c.us_3EB0C767D26A1D8A9C11. In a group or on a status it ends with "_{sender}":
            always for other people's messages, and for your own on GOWS and WEBJS (e.g.
            true_120363012345678901@g.us_3EB0C767D26A1D8A9C11_201000000001@c.us); NOWEB leaves it off your own.
            Operations that take a message id accept it with or without that last part.
        from_me (bool): True when the connected account sent it.
        timestamp (int | None, optional): When the message was sent, in unix seconds (null when the engine
            does not know).
        from_ (str | None, optional): GOWS and NOWEB: always the chat (the person in a direct chat, whoever
            wrote; the group; status@broadcast; the channel). WEBJS: the sender (your own id for your messages;
            the chat for others' messages, the group in a group).
        source (str, optional): "api" when sent through the API, "app" when sent from a phone.
        to (str | None, optional): GOWS: the sender in a group or on a status (your own id for your
            messages), null in direct chats and channels. NOWEB: the chat again for other people's group and
            status messages, absent otherwise. WEBJS: the recipient (the chat for your messages, your own id for
            others').
        participant (str | None, optional): Sender inside a group or on a status. GOWS: also your own id for
            your messages there, null in direct chats; NOWEB: only other people's messages there, absent
            otherwise; WEBJS: the author of others' group messages.
        body (str | None, optional): Text, or the caption of a media message.
        has_media (bool, optional): True when the message carries a file.
        media (Media | None, optional): The attached file, or null.
        media_url (str | None, optional): Where to download the attached file, when it was downloaded.
        ack (int | None, optional): Delivery state as a number (-1..4, see the description of this schema).
        ack_name (str, optional): Delivery state as a name (ERROR, PENDING, SERVER, DEVICE, READ, PLAYED,
            UNKNOWN).
        location (Location | None, optional): The shared location, for location messages.
        v_cards (list[str] | None, optional): vCard texts, for contact messages.
        reply_to (ReplyTo | None, optional): The quoted message, or null.
        field_data (Any, optional): Raw data of the WhatsApp engine (on GOWS a GowsMessage); its shape
            differs per engine.
    """

    id: str = _attrs_field(metadata={"wire": "id"})
    from_me: bool = _attrs_field(metadata={"wire": "fromMe"})
    timestamp: int | None = _attrs_field(default=None, metadata={"wire": "timestamp", "nullable": True})
    from_: str | None = _attrs_field(default=None, metadata={"wire": "from", "nullable": True})
    source: str | None = _attrs_field(default=None, metadata={"wire": "source"})
    to: str | None = _attrs_field(default=None, metadata={"wire": "to", "nullable": True})
    participant: str | None = _attrs_field(default=None, metadata={"wire": "participant", "nullable": True})
    body: str | None = _attrs_field(default=None, metadata={"wire": "body", "nullable": True})
    has_media: bool | None = _attrs_field(default=None, metadata={"wire": "hasMedia"})
    media: Media | None = _attrs_field(default=None, metadata={"wire": "media", "nullable": True})
    media_url: str | None = _attrs_field(default=None, metadata={"wire": "mediaUrl", "nullable": True})
    ack: int | None = _attrs_field(default=None, metadata={"wire": "ack", "nullable": True})
    ack_name: str | None = _attrs_field(default=None, metadata={"wire": "ackName"})
    location: Location | None = _attrs_field(default=None, metadata={"wire": "location", "nullable": True})
    v_cards: list[str] | None = _attrs_field(default=None, metadata={"wire": "vCards", "nullable": True})
    reply_to: ReplyTo | None = _attrs_field(default=None, metadata={"wire": "replyTo", "nullable": True})
    field_data: Any = _attrs_field(default=None, metadata={"wire": "_data"})
