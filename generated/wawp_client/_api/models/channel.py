# Written by openapi-python-client 0.29.1 from spec/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Channel")


@_attrs_define
class Channel:
    """A WhatsApp channel (newsletter). `role` is OWNER, ADMIN, SUBSCRIBER or GUEST; more may be added.

    Attributes:
        id (str): Channel id, e.g. 120363098765432109@newsletter.
        name (str): Channel name.
        description (None | str | Unset): Channel description.
        invite (str | Unset): Public link of the channel.
        preview (None | str | Unset): Small preview image URL.
        picture (None | str | Unset): Picture URL.
        verified (bool | Unset): True for verified channels.
        role (str | Unset): Your role in the channel (OWNER, ADMIN, SUBSCRIBER, GUEST).
        subscribers_count (int | Unset): Number of followers.
    """

    id: str
    name: str
    description: str | Unset | None = UNSET
    invite: str | Unset = UNSET
    preview: str | Unset | None = UNSET
    picture: str | Unset | None = UNSET
    verified: bool | Unset = UNSET
    role: str | Unset = UNSET
    subscribers_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description: str | Unset | None
        description = UNSET if isinstance(self.description, Unset) else self.description

        invite = self.invite

        preview: str | Unset | None
        preview = UNSET if isinstance(self.preview, Unset) else self.preview

        picture: str | Unset | None
        picture = UNSET if isinstance(self.picture, Unset) else self.picture

        verified = self.verified

        role = self.role

        subscribers_count = self.subscribers_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if invite is not UNSET:
            field_dict["invite"] = invite
        if preview is not UNSET:
            field_dict["preview"] = preview
        if picture is not UNSET:
            field_dict["picture"] = picture
        if verified is not UNSET:
            field_dict["verified"] = verified
        if role is not UNSET:
            field_dict["role"] = role
        if subscribers_count is not UNSET:
            field_dict["subscribersCount"] = subscribers_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        def _parse_description(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(str | Unset | None, data)

        description = _parse_description(d.pop("description", UNSET))

        invite = d.pop("invite", UNSET)

        def _parse_preview(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(str | Unset | None, data)

        preview = _parse_preview(d.pop("preview", UNSET))

        def _parse_picture(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(str | Unset | None, data)

        picture = _parse_picture(d.pop("picture", UNSET))

        verified = d.pop("verified", UNSET)

        role = d.pop("role", UNSET)

        subscribers_count = d.pop("subscribersCount", UNSET)

        channel = cls(
            id=id,
            name=name,
            description=description,
            invite=invite,
            preview=preview,
            picture=picture,
            verified=verified,
            role=role,
            subscribers_count=subscribers_count,
        )

        channel.additional_properties = d
        return channel

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
