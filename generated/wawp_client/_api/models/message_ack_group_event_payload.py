# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._models import Model


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class MessageAckGroupEventPayload(Model):
    """One member's receipt for a message in a group.

    Attributes:
        id (str): Message id: `true_<group>_<RAWID>_<your id>` for your own message.
        ack (int | None): The member's delivery state (-1 ERROR on GOWS only, 2 DEVICE, 3 READ, 4 PLAYED).
        ack_name (str): The delivery state by name.
        from_ (str, optional): The group (on WEBJS also status@broadcast).
        to (str | None, optional): GOWS: the member whose receipt this is. WEBJS: the group, as `from`.
        participant (str | None, optional): The member whose receipt this is.
        from_me (bool, optional): GOWS: true for your own message. WEBJS: false, though the message is yours
            (WAHA reverses the receipt key's fromMe).
        field_data (Any, optional): Raw data of the WhatsApp engine (on GOWS the whatsmeow receipt, on WEBJS
            the page's receipt node); do not rely on it.
    """

    id: str = _attrs_field(metadata={"wire": "id"})
    ack: int | None = _attrs_field(metadata={"wire": "ack", "nullable": True})
    ack_name: str = _attrs_field(metadata={"wire": "ackName"})
    from_: str | None = _attrs_field(default=None, metadata={"wire": "from"})
    to: str | None = _attrs_field(default=None, metadata={"wire": "to", "nullable": True})
    participant: str | None = _attrs_field(default=None, metadata={"wire": "participant", "nullable": True})
    from_me: bool | None = _attrs_field(default=None, metadata={"wire": "fromMe"})
    field_data: Any = _attrs_field(default=None, metadata={"wire": "_data"})
