# Written by openapi-python-client 0.29.1 from spec/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webjs_wid import WebjsWid


T = TypeVar("T", bound="WebjsParticipant")


@_attrs_define
class WebjsParticipant:
    """A group member as WhatsApp Web describes it.

    Attributes:
        id (WebjsWid): A WhatsApp Web id object (`Wid`).
        is_admin (bool | Unset): True for admins.
        is_super_admin (bool | Unset): True for the group's creator.
    """

    id: WebjsWid
    is_admin: bool | Unset = UNSET
    is_super_admin: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id.to_dict()

        is_admin = self.is_admin

        is_super_admin = self.is_super_admin

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if is_admin is not UNSET:
            field_dict["isAdmin"] = is_admin
        if is_super_admin is not UNSET:
            field_dict["isSuperAdmin"] = is_super_admin

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webjs_wid import WebjsWid

        d = dict(src_dict)
        id = WebjsWid.from_dict(d.pop("id"))

        is_admin = d.pop("isAdmin", UNSET)

        is_super_admin = d.pop("isSuperAdmin", UNSET)

        webjs_participant = cls(
            id=id,
            is_admin=is_admin,
            is_super_admin=is_super_admin,
        )

        webjs_participant.additional_properties = d
        return webjs_participant

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
