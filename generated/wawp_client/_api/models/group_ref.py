# Written by openapi-python-client 0.29.1 from spec/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GroupRef")


@_attrs_define
class GroupRef:
    """The group; on updates only the changed fields are present besides `id`.

    Attributes:
        id (str): Group id.
        subject (str | Unset): Group name.
        description (None | str | Unset): Group description.
        invite (None | str | Unset): Invite link, when the account is an admin.
        members_can_add_new_member (bool | Unset): True when any member may add people.
        members_can_send_messages (bool | Unset): True when any member may send messages (false means admins only).
        new_members_approval_required (bool | Unset): True when admins must approve new members.
    """

    id: str
    subject: str | Unset = UNSET
    description: str | Unset | None = UNSET
    invite: str | Unset | None = UNSET
    members_can_add_new_member: bool | Unset = UNSET
    members_can_send_messages: bool | Unset = UNSET
    new_members_approval_required: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        subject = self.subject

        description: str | Unset | None
        description = UNSET if isinstance(self.description, Unset) else self.description

        invite: str | Unset | None
        invite = UNSET if isinstance(self.invite, Unset) else self.invite

        members_can_add_new_member = self.members_can_add_new_member

        members_can_send_messages = self.members_can_send_messages

        new_members_approval_required = self.new_members_approval_required

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if subject is not UNSET:
            field_dict["subject"] = subject
        if description is not UNSET:
            field_dict["description"] = description
        if invite is not UNSET:
            field_dict["invite"] = invite
        if members_can_add_new_member is not UNSET:
            field_dict["membersCanAddNewMember"] = members_can_add_new_member
        if members_can_send_messages is not UNSET:
            field_dict["membersCanSendMessages"] = members_can_send_messages
        if new_members_approval_required is not UNSET:
            field_dict["newMembersApprovalRequired"] = new_members_approval_required

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        subject = d.pop("subject", UNSET)

        def _parse_description(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(str | Unset | None, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_invite(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(str | Unset | None, data)

        invite = _parse_invite(d.pop("invite", UNSET))

        members_can_add_new_member = d.pop("membersCanAddNewMember", UNSET)

        members_can_send_messages = d.pop("membersCanSendMessages", UNSET)

        new_members_approval_required = d.pop("newMembersApprovalRequired", UNSET)

        group_ref = cls(
            id=id,
            subject=subject,
            description=description,
            invite=invite,
            members_can_add_new_member=members_can_add_new_member,
            members_can_send_messages=members_can_send_messages,
            new_members_approval_required=new_members_approval_required,
        )

        group_ref.additional_properties = d
        return group_ref

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
