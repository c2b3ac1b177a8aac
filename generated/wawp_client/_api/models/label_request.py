# Written by openapi-python-client 0.29.1 from spec/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LabelRequest")


@_attrs_define
class LabelRequest:
    """Name and colour of a label; give `color` or `colorHex`, not both (the operation's rules).

    Attributes:
        name (str): Label name.
        color_hex (str | Unset): Colour as a hex value; only the 20 palette colours are taken (#ff9485,
        color (int | None | Unset): Palette index, an alternative to colorHex.
    """

    name: str
    color_hex: str | Unset = UNSET
    color: int | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        color_hex = self.color_hex

        color: int | Unset | None
        color = UNSET if isinstance(self.color, Unset) else self.color

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if color_hex is not UNSET:
            field_dict["colorHex"] = color_hex
        if color is not UNSET:
            field_dict["color"] = color

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        color_hex = d.pop("colorHex", UNSET)

        def _parse_color(data: object) -> int | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | Unset | None, data)

        color = _parse_color(d.pop("color", UNSET))

        label_request = cls(
            name=name,
            color_hex=color_hex,
            color=color,
        )

        label_request.additional_properties = d
        return label_request

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
