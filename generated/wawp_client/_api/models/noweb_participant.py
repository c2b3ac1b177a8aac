# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._models import Model


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class NowebParticipant(Model):
    """A group member as Baileys describes it.

    Attributes:
        id (str): Member JID, e.g. 201234567890@s.whatsapp.net.
        admin (str | None, optional): admin, superadmin, or null for a regular member.
    """

    id: str = _attrs_field(metadata={"wire": "id"})
    admin: str | None = _attrs_field(default=None, metadata={"wire": "admin", "nullable": True})
