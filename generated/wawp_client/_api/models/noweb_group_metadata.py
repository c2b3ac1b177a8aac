# Written by openapi-python-client 0.29.1 from spec/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.noweb_participant import NowebParticipant


T = TypeVar("T", bound="NowebGroupMetadata")


@_attrs_define
class NowebGroupMetadata:
    """A group as Baileys describes it (`GroupMetadata`), passed through by the NOWEB engine.

    Attributes:
        id (str): Group id, e.g. 120363012345678901@g.us.
        subject (str): Group name.
        owner (None | str | Unset): Creator of the group.
        subject_owner (None | str | Unset): Who set the name.
        subject_time (int | None | Unset): When the name was set, in unix seconds.
        creation (int | None | Unset): When the group was created, in unix seconds.
        desc (None | str | Unset): Group description.
        desc_id (None | str | Unset): Id of the current description.
        restrict (bool | None | Unset): True when only admins may edit the group info.
        announce (bool | None | Unset): True when only admins may send messages.
        size (int | None | Unset): Number of members.
        participants (list[NowebParticipant] | Unset): Members of the group.
    """

    id: str
    subject: str
    owner: str | Unset | None = UNSET
    subject_owner: str | Unset | None = UNSET
    subject_time: int | Unset | None = UNSET
    creation: int | Unset | None = UNSET
    desc: str | Unset | None = UNSET
    desc_id: str | Unset | None = UNSET
    restrict: bool | Unset | None = UNSET
    announce: bool | Unset | None = UNSET
    size: int | Unset | None = UNSET
    participants: list[NowebParticipant] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        subject = self.subject

        owner: str | Unset | None
        owner = UNSET if isinstance(self.owner, Unset) else self.owner

        subject_owner: str | Unset | None
        subject_owner = UNSET if isinstance(self.subject_owner, Unset) else self.subject_owner

        subject_time: int | Unset | None
        subject_time = UNSET if isinstance(self.subject_time, Unset) else self.subject_time

        creation: int | Unset | None
        creation = UNSET if isinstance(self.creation, Unset) else self.creation

        desc: str | Unset | None
        desc = UNSET if isinstance(self.desc, Unset) else self.desc

        desc_id: str | Unset | None
        desc_id = UNSET if isinstance(self.desc_id, Unset) else self.desc_id

        restrict: bool | Unset | None
        restrict = UNSET if isinstance(self.restrict, Unset) else self.restrict

        announce: bool | Unset | None
        announce = UNSET if isinstance(self.announce, Unset) else self.announce

        size: int | Unset | None
        size = UNSET if isinstance(self.size, Unset) else self.size

        participants: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.participants, Unset):
            participants = []
            for participants_item_data in self.participants:
                participants_item = participants_item_data.to_dict()
                participants.append(participants_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "subject": subject,
            }
        )
        if owner is not UNSET:
            field_dict["owner"] = owner
        if subject_owner is not UNSET:
            field_dict["subjectOwner"] = subject_owner
        if subject_time is not UNSET:
            field_dict["subjectTime"] = subject_time
        if creation is not UNSET:
            field_dict["creation"] = creation
        if desc is not UNSET:
            field_dict["desc"] = desc
        if desc_id is not UNSET:
            field_dict["descId"] = desc_id
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
        from ..models.noweb_participant import NowebParticipant

        d = dict(src_dict)
        id = d.pop("id")

        subject = d.pop("subject")

        def _parse_owner(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(str | Unset | None, data)

        owner = _parse_owner(d.pop("owner", UNSET))

        def _parse_subject_owner(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(str | Unset | None, data)

        subject_owner = _parse_subject_owner(d.pop("subjectOwner", UNSET))

        def _parse_subject_time(data: object) -> int | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | Unset | None, data)

        subject_time = _parse_subject_time(d.pop("subjectTime", UNSET))

        def _parse_creation(data: object) -> int | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | Unset | None, data)

        creation = _parse_creation(d.pop("creation", UNSET))

        def _parse_desc(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(str | Unset | None, data)

        desc = _parse_desc(d.pop("desc", UNSET))

        def _parse_desc_id(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(str | Unset | None, data)

        desc_id = _parse_desc_id(d.pop("descId", UNSET))

        def _parse_restrict(data: object) -> bool | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | Unset | None, data)

        restrict = _parse_restrict(d.pop("restrict", UNSET))

        def _parse_announce(data: object) -> bool | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | Unset | None, data)

        announce = _parse_announce(d.pop("announce", UNSET))

        def _parse_size(data: object) -> int | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | Unset | None, data)

        size = _parse_size(d.pop("size", UNSET))

        _participants = d.pop("participants", UNSET)
        participants: list[NowebParticipant] | Unset = UNSET
        if _participants is not UNSET:
            participants = []
            for participants_item_data in _participants:
                participants_item = NowebParticipant.from_dict(participants_item_data)

                participants.append(participants_item)

        noweb_group_metadata = cls(
            id=id,
            subject=subject,
            owner=owner,
            subject_owner=subject_owner,
            subject_time=subject_time,
            creation=creation,
            desc=desc,
            desc_id=desc_id,
            restrict=restrict,
            announce=announce,
            size=size,
            participants=participants,
        )

        noweb_group_metadata.additional_properties = d
        return noweb_group_metadata

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
