# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._models import Model


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class GowsParticipant(Model):
    """A group member as whatsmeow describes it (`types.GroupParticipant`). After a participants call, `Error` is a
    WhatsApp status code (e.g. 403, 409) for a member the change failed for, 0 otherwise.

    Attributes:
        jid (str): Member JID, e.g. 201234567890@s.whatsapp.net or 109321234567890@lid.
        phone_number (str, optional): Phone-number JID when `JID` is a lid (empty otherwise).
        lid (str, optional): Privacy id of the member (empty when unknown).
        is_admin (bool, optional): True for admins (and the super admin).
        is_super_admin (bool, optional): True for the group's creator.
        display_name (str, optional): Name shown for the member, when WhatsApp sends one.
        error (int, optional): WhatsApp status code of a failed change, 0 otherwise.
        add_request (Any, optional): Invitation sent instead of adding the member directly, or null.
    """

    jid: str = _attrs_field(metadata={"wire": "JID"})
    phone_number: str | None = _attrs_field(default=None, metadata={"wire": "PhoneNumber"})
    lid: str | None = _attrs_field(default=None, metadata={"wire": "LID"})
    is_admin: bool | None = _attrs_field(default=None, metadata={"wire": "IsAdmin"})
    is_super_admin: bool | None = _attrs_field(default=None, metadata={"wire": "IsSuperAdmin"})
    display_name: str | None = _attrs_field(default=None, metadata={"wire": "DisplayName"})
    error: int | None = _attrs_field(default=None, metadata={"wire": "Error"})
    add_request: Any = _attrs_field(default=None, metadata={"wire": "AddRequest"})
