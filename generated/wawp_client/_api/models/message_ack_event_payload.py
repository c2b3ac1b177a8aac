# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._models import Model


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class MessageAckEventPayload(Model):
    """A message's new delivery state.

    Attributes:
        id (str): Message id.
        ack (int | None): New delivery state (-1 ERROR … 4 PLAYED; GOWS never sends 1 SERVER here).
        ack_name (str): New delivery state by name.
        from_ (str, optional): GOWS and NOWEB: the chat of the message. WEBJS: its sender, as in Message.
        to (str | None, optional): GOWS: null (it sends receipts from groups as `message.ack.group`); NOWEB
            and WEBJS: as in Message (WEBJS sends this event for direct chats only, a group's receipts as
            `message.ack.group`).
        participant (str | None, optional): Group member who read it (NOWEB; null on GOWS and WEBJS).
        from_me (bool, optional): True for your own messages.
        field_data (Any, optional): Raw data of the WhatsApp engine, do not rely on it: on GOWS the
            whatsmeow receipt, on WEBJS the message's raw model (WEBJS sends the whole message, as in Message),
            absent on NOWEB.
    """

    id: str = _attrs_field(metadata={"wire": "id"})
    ack: int | None = _attrs_field(metadata={"wire": "ack", "nullable": True})
    ack_name: str = _attrs_field(metadata={"wire": "ackName"})
    from_: str | None = _attrs_field(default=None, metadata={"wire": "from"})
    to: str | None = _attrs_field(default=None, metadata={"wire": "to", "nullable": True})
    participant: str | None = _attrs_field(default=None, metadata={"wire": "participant", "nullable": True})
    from_me: bool | None = _attrs_field(default=None, metadata={"wire": "fromMe"})
    field_data: Any = _attrs_field(default=None, metadata={"wire": "_data"})
