# Written by openapi-python-client 0.29.1 from spec/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webjs_create_group_result_participants import WebjsCreateGroupResultParticipants
    from ..models.webjs_wid import WebjsWid


T = TypeVar("T", bound="WebjsCreateGroupResult")


@_attrs_define
class WebjsCreateGroupResult:
    """whatsapp-web.js' answer to creating a group.

    Attributes:
        gid (WebjsWid): A WhatsApp Web id object (`Wid`).
        title (str | Unset): Name of the new group.
        participants (WebjsCreateGroupResultParticipants | Unset): One result per invited member id (`statusCode`,
            `message`, `isGroupCreator`, `isInviteV4Sent`).
    """

    gid: WebjsWid
    title: str | Unset = UNSET
    participants: WebjsCreateGroupResultParticipants | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gid = self.gid.to_dict()

        title = self.title

        participants: dict[str, Any] | Unset = UNSET
        if not isinstance(self.participants, Unset):
            participants = self.participants.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "gid": gid,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if participants is not UNSET:
            field_dict["participants"] = participants

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webjs_create_group_result_participants import WebjsCreateGroupResultParticipants
        from ..models.webjs_wid import WebjsWid

        d = dict(src_dict)
        gid = WebjsWid.from_dict(d.pop("gid"))

        title = d.pop("title", UNSET)

        _participants = d.pop("participants", UNSET)
        participants: WebjsCreateGroupResultParticipants | Unset
        if isinstance(_participants, Unset):
            participants = UNSET
        else:
            participants = WebjsCreateGroupResultParticipants.from_dict(_participants)

        webjs_create_group_result = cls(
            gid=gid,
            title=title,
            participants=participants,
        )

        webjs_create_group_result.additional_properties = d
        return webjs_create_group_result

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
