# Written by openapi-python-client 0.29.1 from spec/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ContactProfilePicture")


@_attrs_define
class ContactProfilePicture:
    """Profile picture of a contact; the controller wraps the cached URL (or null) itself.

    Attributes:
        profile_picture_url (None | str): Picture URL, or null when there is none or it is hidden.
    """

    profile_picture_url: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        profile_picture_url: str | None
        profile_picture_url = self.profile_picture_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "profilePictureURL": profile_picture_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_profile_picture_url(data: object) -> str | None:
            if data is None:
                return data
            return cast(str | None, data)

        profile_picture_url = _parse_profile_picture_url(d.pop("profilePictureURL"))

        contact_profile_picture = cls(
            profile_picture_url=profile_picture_url,
        )

        contact_profile_picture.additional_properties = d
        return contact_profile_picture

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
