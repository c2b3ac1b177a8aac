# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._models import Model

if TYPE_CHECKING:
    from ..models.message import Message


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class ChatOverview(Model):
    """A chat with its name, picture and last message, as shown in a chat list (WAHA's `ChatSummary`).

    Attributes:
        id (str): Chat id.
        name (str | None, optional): Chat or contact name.
        picture (str | None, optional): Profile picture URL, or null.
        last_message (Message | None, optional): The newest message in the chat, or null.
        field_chat (Any, optional): The engine's own chat record the summary was built from.
    """

    id: str = _attrs_field(metadata={"wire": "id"})
    name: str | None = _attrs_field(default=None, metadata={"wire": "name", "nullable": True})
    picture: str | None = _attrs_field(default=None, metadata={"wire": "picture", "nullable": True})
    last_message: Message | None = _attrs_field(default=None, metadata={"wire": "lastMessage", "nullable": True})
    field_chat: Any = _attrs_field(default=None, metadata={"wire": "_chat"})
