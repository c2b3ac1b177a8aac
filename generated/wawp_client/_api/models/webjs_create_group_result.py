# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._models import Model

if TYPE_CHECKING:
    from ..models.webjs_wid import WebjsWid


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class WebjsCreateGroupResult(Model):
    """whatsapp-web.js' answer to creating a group.

    Attributes:
        gid (WebjsWid): A WhatsApp Web id object (`Wid`).
        title (str, optional): Name of the new group.
        participants (dict[str, Any], optional): One result per invited member id (`statusCode`, `message`,
            `isGroupCreator`, `isInviteV4Sent`).
    """

    gid: WebjsWid = _attrs_field(metadata={"wire": "gid"})
    title: str | None = _attrs_field(default=None, metadata={"wire": "title"})
    participants: dict[str, Any] | None = _attrs_field(default=None, metadata={"wire": "participants"})
