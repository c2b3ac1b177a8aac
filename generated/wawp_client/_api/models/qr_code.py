from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="QRCode")


@_attrs_define
class QRCode:
    """The pairing QR code while the session is in SCAN_QR_CODE. By default a base64 PNG image (`mimetype` + `data`);
       with
    `format=raw` the text to encode (`value`).

        Attributes:
            mimetype (str | Unset): Media type of `data` (image/png).
            data (str | Unset): The QR image, base64-encoded, without a data-URI prefix.
            value (str | Unset): The raw QR payload to render yourself (returned with format=raw).
    """

    mimetype: str | Unset = UNSET
    data: str | Unset = UNSET
    value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mimetype = self.mimetype

        data = self.data

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mimetype is not UNSET:
            field_dict["mimetype"] = mimetype
        if data is not UNSET:
            field_dict["data"] = data
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mimetype = d.pop("mimetype", UNSET)

        data = d.pop("data", UNSET)

        value = d.pop("value", UNSET)

        qr_code = cls(
            mimetype=mimetype,
            data=data,
            value=value,
        )

        qr_code.additional_properties = d
        return qr_code

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
