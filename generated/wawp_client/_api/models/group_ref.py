# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._models import Model


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class GroupRef(Model):
    """The group; on updates only the changed fields are present besides `id`.

    Attributes:
        id (str): Group id.
        subject (str, optional): Group name.
        description (str | None, optional): Group description.
        invite (str | None, optional): Invite link, when the account is an admin.
        members_can_add_new_member (bool, optional): True when any member may add people.
        members_can_send_messages (bool, optional): True when any member may send messages (false means
            admins only).
        new_members_approval_required (bool, optional): True when admins must approve new members.
    """

    id: str = _attrs_field(metadata={"wire": "id"})
    subject: str | None = _attrs_field(default=None, metadata={"wire": "subject"})
    description: str | None = _attrs_field(default=None, metadata={"wire": "description", "nullable": True})
    invite: str | None = _attrs_field(default=None, metadata={"wire": "invite", "nullable": True})
    members_can_add_new_member: bool | None = _attrs_field(default=None, metadata={"wire": "membersCanAddNewMember"})
    members_can_send_messages: bool | None = _attrs_field(default=None, metadata={"wire": "membersCanSendMessages"})
    new_members_approval_required: bool | None = _attrs_field(
        default=None, metadata={"wire": "newMembersApprovalRequired"}
    )
