# Written by openapi-python-client 0.29.1 from spec/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_data import ErrorData


T = TypeVar("T", bound="Error")


@_attrs_define
class Error:
    """Error body. Wawp is a WordPress REST namespace, so errors normally use the WordPress envelope `{code, message,
       data:
    {status}}`; some older routes answer `{status: "error", message}` instead. Both are valid instances of this schema.

        Attributes:
            message (str): Human-readable explanation of the error.
            code (str | Unset): Machine-readable error code, e.g. invalid_instance, invalid_access_token,
                server_not_found,
                wawp_upstream_error, rest_invalid_param, rest_no_route.
            data (ErrorData | Unset): Extra error data in the WordPress envelope.
            status (str | Unset): Set to "error" by routes that use the legacy envelope.
    """

    message: str
    code: str | Unset = UNSET
    data: ErrorData | Unset = UNSET
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        code = self.code

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code
        if data is not UNSET:
            field_dict["data"] = data
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.error_data import ErrorData

        d = dict(src_dict)
        message = d.pop("message")

        code = d.pop("code", UNSET)

        _data = d.pop("data", UNSET)
        data: ErrorData | Unset
        data = UNSET if isinstance(_data, Unset) else ErrorData.from_dict(_data)

        status = d.pop("status", UNSET)

        error = cls(
            message=message,
            code=code,
            data=data,
            status=status,
        )

        error.additional_properties = d
        return error

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
