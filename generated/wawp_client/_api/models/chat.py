# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._models import Model


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class Chat(Model):
    """A chat as GOWS and NOWEB list it: the id, the name and the time of the last activity; GET
    /labels/{labelId}/chats on GOWS answers the id only.

    Attributes:
        id (str): Chat id (…@c.us, …@g.us, …@newsletter or …@lid).
        name (str | None, optional): Chat or contact name.
        conversation_timestamp (int | None, optional): Time of the last activity, in unix seconds.
        timestamp (int, optional): Time of the last activity, in unix seconds (older engines).
        unread_count (int, optional): Number of unread messages.
        archived (bool, optional): True when the chat is archived.
    """

    id: str = _attrs_field(metadata={"wire": "id"})
    name: str | None = _attrs_field(default=None, metadata={"wire": "name", "nullable": True})
    conversation_timestamp: int | None = _attrs_field(
        default=None, metadata={"wire": "conversationTimestamp", "nullable": True}
    )
    timestamp: int | None = _attrs_field(default=None, metadata={"wire": "timestamp"})
    unread_count: int | None = _attrs_field(default=None, metadata={"wire": "unreadCount"})
    archived: bool | None = _attrs_field(default=None, metadata={"wire": "archived"})
