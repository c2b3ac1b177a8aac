# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._models import Model


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class GowsMessageInfo(Model):
    """whatsmeow's `MessageInfo`. Ids here are raw JIDs (`…@s.whatsapp.net`, `…@g.us`, `…@lid`), not the `@c.us` form
    the rest of the API uses.

    Attributes:
        id (str, optional): Raw message id, e.g. 3EB0C767D26A1D8A9C11.
        chat (str, optional): Chat JID, e.g. 201234567890@s.whatsapp.net or 120363012345678901@g.us.
        sender (str, optional): Sender JID with its device number, e.g. 201000000001:12@s.whatsapp.net.
        is_from_me (bool, optional): True when the connected account sent the message.
        is_group (bool, optional): True in a group chat.
        timestamp (str, optional): When the message was sent, as an RFC 3339 date-time.
        type_ (str, optional): Message kind as whatsmeow names it (text, media, poll, reaction, ...).
        push_name (str, optional): Display name of the sender.
    """

    id: str | None = _attrs_field(default=None, metadata={"wire": "ID"})
    chat: str | None = _attrs_field(default=None, metadata={"wire": "Chat"})
    sender: str | None = _attrs_field(default=None, metadata={"wire": "Sender"})
    is_from_me: bool | None = _attrs_field(default=None, metadata={"wire": "IsFromMe"})
    is_group: bool | None = _attrs_field(default=None, metadata={"wire": "IsGroup"})
    timestamp: str | None = _attrs_field(default=None, metadata={"wire": "Timestamp"})
    type_: str | None = _attrs_field(default=None, metadata={"wire": "Type"})
    push_name: str | None = _attrs_field(default=None, metadata={"wire": "PushName"})
