# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._models import Model

if TYPE_CHECKING:
    from ..models.webjs_wid import WebjsWid


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class WebjsParticipant(Model):
    """A group member as WhatsApp Web describes it.

    Attributes:
        id (WebjsWid): A WhatsApp Web id object (`Wid`).
        is_admin (bool, optional): True for admins.
        is_super_admin (bool, optional): True for the group's creator.
    """

    id: WebjsWid = _attrs_field(metadata={"wire": "id"})
    is_admin: bool | None = _attrs_field(default=None, metadata={"wire": "isAdmin"})
    is_super_admin: bool | None = _attrs_field(default=None, metadata={"wire": "isSuperAdmin"})
