# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._models import Model

if TYPE_CHECKING:
    from ..models.webjs_group_metadata import WebjsGroupMetadata
    from ..models.webjs_wid import WebjsWid


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class WebjsGroupChat(Model):
    """A group chat as whatsapp-web.js serialises it (`GroupChat`), passed through by the WEBJS engine.

    Attributes:
        id (WebjsWid): A WhatsApp Web id object (`Wid`).
        group_metadata (WebjsGroupMetadata): WhatsApp Web's group metadata inside a whatsapp-web.js group
            chat.
        name (str, optional): Group name.
        is_group (bool, optional): Always true here.
        is_read_only (bool, optional): True when the account may not send.
        unread_count (int, optional): Unread messages.
        timestamp (int, optional): Last activity, in unix seconds.
        archived (bool, optional): True when archived.
        pinned (bool, optional): True when pinned.
    """

    id: WebjsWid = _attrs_field(metadata={"wire": "id"})
    group_metadata: WebjsGroupMetadata = _attrs_field(metadata={"wire": "groupMetadata"})
    name: str | None = _attrs_field(default=None, metadata={"wire": "name"})
    is_group: bool | None = _attrs_field(default=None, metadata={"wire": "isGroup"})
    is_read_only: bool | None = _attrs_field(default=None, metadata={"wire": "isReadOnly"})
    unread_count: int | None = _attrs_field(default=None, metadata={"wire": "unreadCount"})
    timestamp: int | None = _attrs_field(default=None, metadata={"wire": "timestamp"})
    archived: bool | None = _attrs_field(default=None, metadata={"wire": "archived"})
    pinned: bool | None = _attrs_field(default=None, metadata={"wire": "pinned"})
