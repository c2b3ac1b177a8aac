# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._models import Model

if TYPE_CHECKING:
    from ..models.webjs_participant import WebjsParticipant
    from ..models.webjs_wid import WebjsWid


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class WebjsGroupMetadata(Model):
    """WhatsApp Web's group metadata inside a whatsapp-web.js group chat.

    Attributes:
        id (WebjsWid, optional): A WhatsApp Web id object (`Wid`).
        creation (int, optional): When the group was created, in unix seconds.
        owner (Any, optional): Creator of the group (a WebjsWid), when known.
        subject (str, optional): Group name.
        desc (str, optional): Group description.
        restrict (bool, optional): True when only admins may edit the group info.
        announce (bool, optional): True when only admins may send messages.
        size (int, optional): Number of members.
        participants (list[WebjsParticipant], optional): Members of the group.
    """

    id: WebjsWid | None = _attrs_field(default=None, metadata={"wire": "id"})
    creation: int | None = _attrs_field(default=None, metadata={"wire": "creation"})
    owner: Any = _attrs_field(default=None, metadata={"wire": "owner"})
    subject: str | None = _attrs_field(default=None, metadata={"wire": "subject"})
    desc: str | None = _attrs_field(default=None, metadata={"wire": "desc"})
    restrict: bool | None = _attrs_field(default=None, metadata={"wire": "restrict"})
    announce: bool | None = _attrs_field(default=None, metadata={"wire": "announce"})
    size: int | None = _attrs_field(default=None, metadata={"wire": "size"})
    participants: list[WebjsParticipant] | None = _attrs_field(default=None, metadata={"wire": "participants"})
