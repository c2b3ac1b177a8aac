# Written by openapi-python-client 0.29.1 from spec/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GowsParticipant")


@_attrs_define
class GowsParticipant:
    """A group member as whatsmeow describes it (`types.GroupParticipant`). After a participants call, `Error` is a
    WhatsApp status code (e.g. 403, 409) for a member the change failed for, 0 otherwise.

        Attributes:
            jid (str): Member JID, e.g. 201234567890@s.whatsapp.net or 109321234567890@lid.
            phone_number (str | Unset): Phone-number JID when `JID` is a lid (empty otherwise).
            lid (str | Unset): Privacy id of the member (empty when unknown).
            is_admin (bool | Unset): True for admins (and the super admin).
            is_super_admin (bool | Unset): True for the group's creator.
            display_name (str | Unset): Name shown for the member, when WhatsApp sends one.
            error (int | Unset): WhatsApp status code of a failed change, 0 otherwise.
            add_request (Any | Unset): Invitation sent instead of adding the member directly, or null.
    """

    jid: str
    phone_number: str | Unset = UNSET
    lid: str | Unset = UNSET
    is_admin: bool | Unset = UNSET
    is_super_admin: bool | Unset = UNSET
    display_name: str | Unset = UNSET
    error: int | Unset = UNSET
    add_request: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        jid = self.jid

        phone_number = self.phone_number

        lid = self.lid

        is_admin = self.is_admin

        is_super_admin = self.is_super_admin

        display_name = self.display_name

        error = self.error

        add_request = self.add_request

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "JID": jid,
            }
        )
        if phone_number is not UNSET:
            field_dict["PhoneNumber"] = phone_number
        if lid is not UNSET:
            field_dict["LID"] = lid
        if is_admin is not UNSET:
            field_dict["IsAdmin"] = is_admin
        if is_super_admin is not UNSET:
            field_dict["IsSuperAdmin"] = is_super_admin
        if display_name is not UNSET:
            field_dict["DisplayName"] = display_name
        if error is not UNSET:
            field_dict["Error"] = error
        if add_request is not UNSET:
            field_dict["AddRequest"] = add_request

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        jid = d.pop("JID")

        phone_number = d.pop("PhoneNumber", UNSET)

        lid = d.pop("LID", UNSET)

        is_admin = d.pop("IsAdmin", UNSET)

        is_super_admin = d.pop("IsSuperAdmin", UNSET)

        display_name = d.pop("DisplayName", UNSET)

        error = d.pop("Error", UNSET)

        add_request = d.pop("AddRequest", UNSET)

        gows_participant = cls(
            jid=jid,
            phone_number=phone_number,
            lid=lid,
            is_admin=is_admin,
            is_super_admin=is_super_admin,
            display_name=display_name,
            error=error,
            add_request=add_request,
        )

        gows_participant.additional_properties = d
        return gows_participant

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
