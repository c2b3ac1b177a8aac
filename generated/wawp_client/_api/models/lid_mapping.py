# Written by openapi-python-client 0.29.1 from spec/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LidMapping")


@_attrs_define
class LidMapping:
    """Mapping between a privacy id (…@lid) and a phone-number id (…@c.us).

    Attributes:
        lid (None | str | Unset): Privacy id, e.g. 109321234567890@lid.
        pn (None | str | Unset): Phone-number id, e.g. 201234567890@c.us.
    """

    lid: str | Unset | None = UNSET
    pn: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lid: str | Unset | None
        lid = UNSET if isinstance(self.lid, Unset) else self.lid

        pn: str | Unset | None
        pn = UNSET if isinstance(self.pn, Unset) else self.pn

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if lid is not UNSET:
            field_dict["lid"] = lid
        if pn is not UNSET:
            field_dict["pn"] = pn

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_lid(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(str | Unset | None, data)

        lid = _parse_lid(d.pop("lid", UNSET))

        def _parse_pn(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(str | Unset | None, data)

        pn = _parse_pn(d.pop("pn", UNSET))

        lid_mapping = cls(
            lid=lid,
            pn=pn,
        )

        lid_mapping.additional_properties = d
        return lid_mapping

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
