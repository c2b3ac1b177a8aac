# Written by openapi-python-client 0.29.1 from spec/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.file_ref import FileRef


T = TypeVar("T", bound="ChannelCreateBody")


@_attrs_define
class ChannelCreateBody:
    """The channel to create.

    Attributes:
        name (str): Channel name.
        description (str | Unset): Channel description.
        picture (FileRef | Unset): A file given by URL, for JSON bodies.
        type_ (str | Unset): Channel type as the vendor client sends it; allowed values are not documented.
    """

    name: str
    description: str | Unset = UNSET
    picture: FileRef | Unset = UNSET
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        picture: dict[str, Any] | Unset = UNSET
        if not isinstance(self.picture, Unset):
            picture = self.picture.to_dict()

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if picture is not UNSET:
            field_dict["picture"] = picture
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.file_ref import FileRef

        d = dict(src_dict)
        name = d.pop("name")

        description = d.pop("description", UNSET)

        _picture = d.pop("picture", UNSET)
        picture: FileRef | Unset
        picture = UNSET if isinstance(_picture, Unset) else FileRef.from_dict(_picture)

        type_ = d.pop("type", UNSET)

        channel_create_body = cls(
            name=name,
            description=description,
            picture=picture,
            type_=type_,
        )

        channel_create_body.additional_properties = d
        return channel_create_body

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
