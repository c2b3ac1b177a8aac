# Written by openapi-python-client 0.29.1 from spec/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Media")


@_attrs_define
class Media:
    """Media attached to a message.

    Attributes:
        url (str | Unset): Where to download the file from.
        mimetype (str | Unset): Media type of the file.
        filename (None | str | Unset): Original file name, when known.
        error (Any | Unset): Download error, or null.
    """

    url: str | Unset = UNSET
    mimetype: str | Unset = UNSET
    filename: str | Unset | None = UNSET
    error: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        mimetype = self.mimetype

        filename: str | Unset | None
        filename = UNSET if isinstance(self.filename, Unset) else self.filename

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if url is not UNSET:
            field_dict["url"] = url
        if mimetype is not UNSET:
            field_dict["mimetype"] = mimetype
        if filename is not UNSET:
            field_dict["filename"] = filename
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url", UNSET)

        mimetype = d.pop("mimetype", UNSET)

        def _parse_filename(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(str | Unset | None, data)

        filename = _parse_filename(d.pop("filename", UNSET))

        error = d.pop("error", UNSET)

        media = cls(
            url=url,
            mimetype=mimetype,
            filename=filename,
            error=error,
        )

        media.additional_properties = d
        return media

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
