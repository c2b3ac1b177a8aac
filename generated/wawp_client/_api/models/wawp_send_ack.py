# Written by openapi-python-client 0.29.1 from spec/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WawpSendAck")


@_attrs_define
class WawpSendAck:
    """Wawp's own acknowledgement of a send, which the vendor's WordPress plugin treats as success: whether the message
    went out and the HTTP status the engine answered. It carries no message id.

        Attributes:
            sent (bool): True when the engine accepted the message.
            upstream_status (int | Unset): HTTP status of the engine's reply, e.g. 201.
    """

    sent: bool
    upstream_status: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sent = self.sent

        upstream_status = self.upstream_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sent": sent,
            }
        )
        if upstream_status is not UNSET:
            field_dict["upstream_status"] = upstream_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sent = d.pop("sent")

        upstream_status = d.pop("upstream_status", UNSET)

        wawp_send_ack = cls(
            sent=sent,
            upstream_status=upstream_status,
        )

        wawp_send_ack.additional_properties = d
        return wawp_send_ack

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
