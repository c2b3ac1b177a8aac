# Written by openapi-python-client 0.29.1 from spec/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebjsWid")


@_attrs_define
class WebjsWid:
    """A WhatsApp Web id object (`Wid`).

    Attributes:
        field_serialized (str): The whole id, e.g. 201234567890@c.us.
        server (str | Unset): Id domain: c.us, g.us, lid, newsletter or broadcast.
        user (str | Unset): Id part before the @, e.g. 201234567890.
    """

    field_serialized: str
    server: str | Unset = UNSET
    user: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_serialized = self.field_serialized

        server = self.server

        user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_serialized": field_serialized,
            }
        )
        if server is not UNSET:
            field_dict["server"] = server
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_serialized = d.pop("_serialized")

        server = d.pop("server", UNSET)

        user = d.pop("user", UNSET)

        webjs_wid = cls(
            field_serialized=field_serialized,
            server=server,
            user=user,
        )

        webjs_wid.additional_properties = d
        return webjs_wid

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
