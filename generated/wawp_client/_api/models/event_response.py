# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._models import Model

if TYPE_CHECKING:
    from ..models.event_response_event_response_type_0 import EventResponseEventResponseType0
    from ..models.message_destination import MessageDestination
    from ..models.reply_to import ReplyTo


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class EventResponse(Model):
    """A response to an event invitation.

    Attributes:
        id (str): Id of the response message.
        from_ (str): The chat: the responder's, or the group (GOWS, whose public core alone reports answers
            to events).
        from_me (bool): True when you responded.
        event_creation_key (MessageDestination): Identifies a message: its id, chat and sender.
        timestamp (int, optional): Unix seconds.
        participant (str | None, optional): Responder inside a group.
        event_response (EventResponseEventResponseType0 | None, optional): The answer (GOING, NOT_GOING,
            MAYBE), or null when it could not be decrypted.
        field_data (Any, optional): Raw data of the WhatsApp engine; its shape differs per engine, so do not
            rely on it.
        source (str, optional): api or app.
        to (str | None, optional): The responder in a group, null in a direct chat (GOWS).
        ack (int | None, optional): Delivery state as a number, or null.
        ack_name (str, optional): Delivery state as a name.
        reply_to (ReplyTo | None, optional): The quoted message, or null.
    """

    id: str = _attrs_field(metadata={"wire": "id"})
    from_: str = _attrs_field(metadata={"wire": "from"})
    from_me: bool = _attrs_field(metadata={"wire": "fromMe"})
    event_creation_key: MessageDestination = _attrs_field(metadata={"wire": "eventCreationKey"})
    timestamp: int | None = _attrs_field(default=None, metadata={"wire": "timestamp"})
    participant: str | None = _attrs_field(default=None, metadata={"wire": "participant", "nullable": True})
    event_response: EventResponseEventResponseType0 | None = _attrs_field(
        default=None, metadata={"wire": "eventResponse", "nullable": True}
    )
    field_data: Any = _attrs_field(default=None, metadata={"wire": "_data"})
    source: str | None = _attrs_field(default=None, metadata={"wire": "source"})
    to: str | None = _attrs_field(default=None, metadata={"wire": "to", "nullable": True})
    ack: int | None = _attrs_field(default=None, metadata={"wire": "ack", "nullable": True})
    ack_name: str | None = _attrs_field(default=None, metadata={"wire": "ackName"})
    reply_to: ReplyTo | None = _attrs_field(default=None, metadata={"wire": "replyTo", "nullable": True})
