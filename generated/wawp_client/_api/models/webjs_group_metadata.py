# Written by openapi-python-client 0.29.1 from spec/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webjs_participant import WebjsParticipant
    from ..models.webjs_wid import WebjsWid


T = TypeVar("T", bound="WebjsGroupMetadata")


@_attrs_define
class WebjsGroupMetadata:
    """WhatsApp Web's group metadata inside a whatsapp-web.js group chat.

    Attributes:
        id (WebjsWid | Unset): A WhatsApp Web id object (`Wid`).
        creation (int | Unset): When the group was created, in unix seconds.
        owner (Any | Unset): Creator of the group (a WebjsWid), when known.
        subject (str | Unset): Group name.
        desc (str | Unset): Group description.
        restrict (bool | Unset): True when only admins may edit the group info.
        announce (bool | Unset): True when only admins may send messages.
        size (int | Unset): Number of members.
        participants (list[WebjsParticipant] | Unset): Members of the group.
    """

    id: WebjsWid | Unset = UNSET
    creation: int | Unset = UNSET
    owner: Any | Unset = UNSET
    subject: str | Unset = UNSET
    desc: str | Unset = UNSET
    restrict: bool | Unset = UNSET
    announce: bool | Unset = UNSET
    size: int | Unset = UNSET
    participants: list[WebjsParticipant] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = self.id.to_dict()

        creation = self.creation

        owner = self.owner

        subject = self.subject

        desc = self.desc

        restrict = self.restrict

        announce = self.announce

        size = self.size

        participants: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.participants, Unset):
            participants = []
            for participants_item_data in self.participants:
                participants_item = participants_item_data.to_dict()
                participants.append(participants_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if creation is not UNSET:
            field_dict["creation"] = creation
        if owner is not UNSET:
            field_dict["owner"] = owner
        if subject is not UNSET:
            field_dict["subject"] = subject
        if desc is not UNSET:
            field_dict["desc"] = desc
        if restrict is not UNSET:
            field_dict["restrict"] = restrict
        if announce is not UNSET:
            field_dict["announce"] = announce
        if size is not UNSET:
            field_dict["size"] = size
        if participants is not UNSET:
            field_dict["participants"] = participants

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webjs_participant import WebjsParticipant
        from ..models.webjs_wid import WebjsWid

        d = dict(src_dict)
        _id = d.pop("id", UNSET)
        id: WebjsWid | Unset
        id = UNSET if isinstance(_id, Unset) else WebjsWid.from_dict(_id)

        creation = d.pop("creation", UNSET)

        owner = d.pop("owner", UNSET)

        subject = d.pop("subject", UNSET)

        desc = d.pop("desc", UNSET)

        restrict = d.pop("restrict", UNSET)

        announce = d.pop("announce", UNSET)

        size = d.pop("size", UNSET)

        _participants = d.pop("participants", UNSET)
        participants: list[WebjsParticipant] | Unset = UNSET
        if _participants is not UNSET:
            participants = []
            for participants_item_data in _participants:
                participants_item = WebjsParticipant.from_dict(participants_item_data)

                participants.append(participants_item)

        webjs_group_metadata = cls(
            id=id,
            creation=creation,
            owner=owner,
            subject=subject,
            desc=desc,
            restrict=restrict,
            announce=announce,
            size=size,
            participants=participants,
        )

        webjs_group_metadata.additional_properties = d
        return webjs_group_metadata

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
