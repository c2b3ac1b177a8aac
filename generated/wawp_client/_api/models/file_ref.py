# Written by openapi-python-client 0.29.1 from spec/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FileRef")


@_attrs_define
class FileRef:
    """A file given by URL, for JSON bodies.

    Attributes:
        url (str): Public URL Wawp downloads the file from.
        filename (str | Unset): File name to show.
        mimetype (str | Unset): Media type of the image, e.g. image/jpeg.
    """

    url: str
    filename: str | Unset = UNSET
    mimetype: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        filename = self.filename

        mimetype = self.mimetype

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
            }
        )
        if filename is not UNSET:
            field_dict["filename"] = filename
        if mimetype is not UNSET:
            field_dict["mimetype"] = mimetype

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url")

        filename = d.pop("filename", UNSET)

        mimetype = d.pop("mimetype", UNSET)

        file_ref = cls(
            url=url,
            filename=filename,
            mimetype=mimetype,
        )

        file_ref.additional_properties = d
        return file_ref

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
