# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._models import Model

if TYPE_CHECKING:
    from ..models.message_reaction_event_payload_reaction import MessageReactionEventPayloadReaction


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class MessageReactionEventPayload(Model):
    """A reaction added or removed.

    Attributes:
        id (str): Id of the reaction message.
        from_ (str): GOWS and NOWEB: the chat reacted in. WEBJS: who reacted.
        from_me (bool): True when you reacted.
        reaction (MessageReactionEventPayloadReaction): The reaction.
        timestamp (float, optional): Unix seconds (may have a fraction).
        source (str, optional): api or app.
        to (str | None, optional): GOWS: who reacted, in a group (null in a direct chat); NOWEB: the group,
            for someone else's reaction there (absent otherwise); WEBJS: the chat.
        participant (str | None, optional): Who reacted, in a group.
        field_data (Any, optional): Raw data of the WhatsApp engine; its shape differs per engine, so do not
            rely on it.
    """

    id: str = _attrs_field(metadata={"wire": "id"})
    from_: str = _attrs_field(metadata={"wire": "from"})
    from_me: bool = _attrs_field(metadata={"wire": "fromMe"})
    reaction: MessageReactionEventPayloadReaction = _attrs_field(metadata={"wire": "reaction"})
    timestamp: float | None = _attrs_field(default=None, metadata={"wire": "timestamp"})
    source: str | None = _attrs_field(default=None, metadata={"wire": "source"})
    to: str | None = _attrs_field(default=None, metadata={"wire": "to", "nullable": True})
    participant: str | None = _attrs_field(default=None, metadata={"wire": "participant", "nullable": True})
    field_data: Any = _attrs_field(default=None, metadata={"wire": "_data"})
