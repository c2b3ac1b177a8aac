# Written by openapi-python-client 0.29.1 from spec/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebjsParticipantAddResult")


@_attrs_define
class WebjsParticipantAddResult:
    """The result of adding one member.

    Attributes:
        code (int): WhatsApp status code for this member (200 added, 403 invite sent instead...).
        message (str): What the code means.
        is_invite_v4_sent (bool | Unset): True when an invitation was sent instead of adding the member.
    """

    code: int
    message: str
    is_invite_v4_sent: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        is_invite_v4_sent = self.is_invite_v4_sent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
            }
        )
        if is_invite_v4_sent is not UNSET:
            field_dict["isInviteV4Sent"] = is_invite_v4_sent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        message = d.pop("message")

        is_invite_v4_sent = d.pop("isInviteV4Sent", UNSET)

        webjs_participant_add_result = cls(
            code=code,
            message=message,
            is_invite_v4_sent=is_invite_v4_sent,
        )

        webjs_participant_add_result.additional_properties = d
        return webjs_participant_add_result

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
