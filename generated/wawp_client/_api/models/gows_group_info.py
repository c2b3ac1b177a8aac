# Written by openapi-python-client 0.29.1 from spec/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.gows_participant import GowsParticipant


T = TypeVar("T", bound="GowsGroupInfo")


@_attrs_define
class GowsGroupInfo:
    """A group as whatsmeow describes it (`types.GroupInfo`), passed through by the GOWS engine. JIDs are raw
    (`…@s.whatsapp.net`, `…@lid`); times are RFC 3339 strings (0001-01-01T00:00:00Z when unset).

        Attributes:
            jid (str): Group id, e.g. 120363012345678901@g.us.
            owner_jid (str | Unset): Creator of the group (empty when unknown).
            name (str | Unset): Group name.
            name_set_at (str | Unset): When the name was last set.
            name_set_by (str | Unset): Who set the name.
            topic (str | Unset): Group description (empty when none).
            topic_id (str | Unset): Id of the current description.
            topic_set_at (str | Unset): When the description was last set.
            topic_set_by (str | Unset): Who set the description.
            topic_deleted (bool | Unset): True when the description was removed.
            is_locked (bool | Unset): True when only admins may edit the group info.
            is_announce (bool | Unset): True when only admins may send messages.
            announce_version_id (str | Unset): Version of the announce setting.
            is_ephemeral (bool | Unset): True when disappearing messages are on.
            disappearing_timer (int | Unset): Disappearing-message timer, in seconds.
            is_incognito (bool | Unset): True for an incognito group.
            is_parent (bool | Unset): True for a community (parent group).
            default_membership_approval_mode (str | Unset): Approval mode of a community.
            linked_parent_jid (str | Unset): The community this group belongs to (empty when none).
            is_default_sub_group (bool | Unset): True for a community's announcement group.
            is_join_approval_required (bool | Unset): True when admins must approve new members.
            addressing_mode (str | Unset): How members are addressed: pn (phone numbers) or lid.
            group_created (str | Unset): When the group was created.
            participant_version_id (str | Unset): Version of the member list.
            participants (list[GowsParticipant] | Unset): Members of the group (absent when WAHA was asked to leave them
                out).
            member_add_mode (str | Unset): Who may add members: all_member_add or admin_add.
    """

    jid: str
    owner_jid: str | Unset = UNSET
    name: str | Unset = UNSET
    name_set_at: str | Unset = UNSET
    name_set_by: str | Unset = UNSET
    topic: str | Unset = UNSET
    topic_id: str | Unset = UNSET
    topic_set_at: str | Unset = UNSET
    topic_set_by: str | Unset = UNSET
    topic_deleted: bool | Unset = UNSET
    is_locked: bool | Unset = UNSET
    is_announce: bool | Unset = UNSET
    announce_version_id: str | Unset = UNSET
    is_ephemeral: bool | Unset = UNSET
    disappearing_timer: int | Unset = UNSET
    is_incognito: bool | Unset = UNSET
    is_parent: bool | Unset = UNSET
    default_membership_approval_mode: str | Unset = UNSET
    linked_parent_jid: str | Unset = UNSET
    is_default_sub_group: bool | Unset = UNSET
    is_join_approval_required: bool | Unset = UNSET
    addressing_mode: str | Unset = UNSET
    group_created: str | Unset = UNSET
    participant_version_id: str | Unset = UNSET
    participants: list[GowsParticipant] | Unset = UNSET
    member_add_mode: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        jid = self.jid

        owner_jid = self.owner_jid

        name = self.name

        name_set_at = self.name_set_at

        name_set_by = self.name_set_by

        topic = self.topic

        topic_id = self.topic_id

        topic_set_at = self.topic_set_at

        topic_set_by = self.topic_set_by

        topic_deleted = self.topic_deleted

        is_locked = self.is_locked

        is_announce = self.is_announce

        announce_version_id = self.announce_version_id

        is_ephemeral = self.is_ephemeral

        disappearing_timer = self.disappearing_timer

        is_incognito = self.is_incognito

        is_parent = self.is_parent

        default_membership_approval_mode = self.default_membership_approval_mode

        linked_parent_jid = self.linked_parent_jid

        is_default_sub_group = self.is_default_sub_group

        is_join_approval_required = self.is_join_approval_required

        addressing_mode = self.addressing_mode

        group_created = self.group_created

        participant_version_id = self.participant_version_id

        participants: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.participants, Unset):
            participants = []
            for participants_item_data in self.participants:
                participants_item = participants_item_data.to_dict()
                participants.append(participants_item)

        member_add_mode = self.member_add_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "JID": jid,
            }
        )
        if owner_jid is not UNSET:
            field_dict["OwnerJID"] = owner_jid
        if name is not UNSET:
            field_dict["Name"] = name
        if name_set_at is not UNSET:
            field_dict["NameSetAt"] = name_set_at
        if name_set_by is not UNSET:
            field_dict["NameSetBy"] = name_set_by
        if topic is not UNSET:
            field_dict["Topic"] = topic
        if topic_id is not UNSET:
            field_dict["TopicID"] = topic_id
        if topic_set_at is not UNSET:
            field_dict["TopicSetAt"] = topic_set_at
        if topic_set_by is not UNSET:
            field_dict["TopicSetBy"] = topic_set_by
        if topic_deleted is not UNSET:
            field_dict["TopicDeleted"] = topic_deleted
        if is_locked is not UNSET:
            field_dict["IsLocked"] = is_locked
        if is_announce is not UNSET:
            field_dict["IsAnnounce"] = is_announce
        if announce_version_id is not UNSET:
            field_dict["AnnounceVersionID"] = announce_version_id
        if is_ephemeral is not UNSET:
            field_dict["IsEphemeral"] = is_ephemeral
        if disappearing_timer is not UNSET:
            field_dict["DisappearingTimer"] = disappearing_timer
        if is_incognito is not UNSET:
            field_dict["IsIncognito"] = is_incognito
        if is_parent is not UNSET:
            field_dict["IsParent"] = is_parent
        if default_membership_approval_mode is not UNSET:
            field_dict["DefaultMembershipApprovalMode"] = default_membership_approval_mode
        if linked_parent_jid is not UNSET:
            field_dict["LinkedParentJID"] = linked_parent_jid
        if is_default_sub_group is not UNSET:
            field_dict["IsDefaultSubGroup"] = is_default_sub_group
        if is_join_approval_required is not UNSET:
            field_dict["IsJoinApprovalRequired"] = is_join_approval_required
        if addressing_mode is not UNSET:
            field_dict["AddressingMode"] = addressing_mode
        if group_created is not UNSET:
            field_dict["GroupCreated"] = group_created
        if participant_version_id is not UNSET:
            field_dict["ParticipantVersionID"] = participant_version_id
        if participants is not UNSET:
            field_dict["Participants"] = participants
        if member_add_mode is not UNSET:
            field_dict["MemberAddMode"] = member_add_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.gows_participant import GowsParticipant

        d = dict(src_dict)
        jid = d.pop("JID")

        owner_jid = d.pop("OwnerJID", UNSET)

        name = d.pop("Name", UNSET)

        name_set_at = d.pop("NameSetAt", UNSET)

        name_set_by = d.pop("NameSetBy", UNSET)

        topic = d.pop("Topic", UNSET)

        topic_id = d.pop("TopicID", UNSET)

        topic_set_at = d.pop("TopicSetAt", UNSET)

        topic_set_by = d.pop("TopicSetBy", UNSET)

        topic_deleted = d.pop("TopicDeleted", UNSET)

        is_locked = d.pop("IsLocked", UNSET)

        is_announce = d.pop("IsAnnounce", UNSET)

        announce_version_id = d.pop("AnnounceVersionID", UNSET)

        is_ephemeral = d.pop("IsEphemeral", UNSET)

        disappearing_timer = d.pop("DisappearingTimer", UNSET)

        is_incognito = d.pop("IsIncognito", UNSET)

        is_parent = d.pop("IsParent", UNSET)

        default_membership_approval_mode = d.pop("DefaultMembershipApprovalMode", UNSET)

        linked_parent_jid = d.pop("LinkedParentJID", UNSET)

        is_default_sub_group = d.pop("IsDefaultSubGroup", UNSET)

        is_join_approval_required = d.pop("IsJoinApprovalRequired", UNSET)

        addressing_mode = d.pop("AddressingMode", UNSET)

        group_created = d.pop("GroupCreated", UNSET)

        participant_version_id = d.pop("ParticipantVersionID", UNSET)

        _participants = d.pop("Participants", UNSET)
        participants: list[GowsParticipant] | Unset = UNSET
        if _participants is not UNSET:
            participants = []
            for participants_item_data in _participants:
                participants_item = GowsParticipant.from_dict(participants_item_data)

                participants.append(participants_item)

        member_add_mode = d.pop("MemberAddMode", UNSET)

        gows_group_info = cls(
            jid=jid,
            owner_jid=owner_jid,
            name=name,
            name_set_at=name_set_at,
            name_set_by=name_set_by,
            topic=topic,
            topic_id=topic_id,
            topic_set_at=topic_set_at,
            topic_set_by=topic_set_by,
            topic_deleted=topic_deleted,
            is_locked=is_locked,
            is_announce=is_announce,
            announce_version_id=announce_version_id,
            is_ephemeral=is_ephemeral,
            disappearing_timer=disappearing_timer,
            is_incognito=is_incognito,
            is_parent=is_parent,
            default_membership_approval_mode=default_membership_approval_mode,
            linked_parent_jid=linked_parent_jid,
            is_default_sub_group=is_default_sub_group,
            is_join_approval_required=is_join_approval_required,
            addressing_mode=addressing_mode,
            group_created=group_created,
            participant_version_id=participant_version_id,
            participants=participants,
            member_add_mode=member_add_mode,
        )

        gows_group_info.additional_properties = d
        return gows_group_info

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
