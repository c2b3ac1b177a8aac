# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._models import Model

if TYPE_CHECKING:
    from ..models.gows_participant import GowsParticipant


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class GowsGroupInfo(Model):
    """A group as whatsmeow describes it (`types.GroupInfo`), passed through by the GOWS engine. JIDs are raw
    (`…@s.whatsapp.net`, `…@lid`); times are RFC 3339 strings (0001-01-01T00:00:00Z when unset).

    Attributes:
        jid (str): Group id, e.g. 120363012345678901@g.us.
        owner_jid (str, optional): Creator of the group (empty when unknown).
        name (str, optional): Group name.
        name_set_at (str, optional): When the name was last set.
        name_set_by (str, optional): Who set the name.
        topic (str, optional): Group description (empty when none).
        topic_id (str, optional): Id of the current description.
        topic_set_at (str, optional): When the description was last set.
        topic_set_by (str, optional): Who set the description.
        topic_deleted (bool, optional): True when the description was removed.
        is_locked (bool, optional): True when only admins may edit the group info.
        is_announce (bool, optional): True when only admins may send messages.
        announce_version_id (str, optional): Version of the announce setting.
        is_ephemeral (bool, optional): True when disappearing messages are on.
        disappearing_timer (int, optional): Disappearing-message timer, in seconds.
        is_incognito (bool, optional): True for an incognito group.
        is_parent (bool, optional): True for a community (parent group).
        default_membership_approval_mode (str, optional): Approval mode of a community.
        linked_parent_jid (str, optional): The community this group belongs to (empty when none).
        is_default_sub_group (bool, optional): True for a community's announcement group.
        is_join_approval_required (bool, optional): True when admins must approve new members.
        addressing_mode (str, optional): How members are addressed: pn (phone numbers) or lid.
        group_created (str, optional): When the group was created.
        participant_version_id (str, optional): Version of the member list.
        participants (list[GowsParticipant], optional): Members of the group (absent when WAHA was asked to
            leave them out).
        member_add_mode (str, optional): Who may add members: all_member_add or admin_add.
    """

    jid: str = _attrs_field(metadata={"wire": "JID"})
    owner_jid: str | None = _attrs_field(default=None, metadata={"wire": "OwnerJID"})
    name: str | None = _attrs_field(default=None, metadata={"wire": "Name"})
    name_set_at: str | None = _attrs_field(default=None, metadata={"wire": "NameSetAt"})
    name_set_by: str | None = _attrs_field(default=None, metadata={"wire": "NameSetBy"})
    topic: str | None = _attrs_field(default=None, metadata={"wire": "Topic"})
    topic_id: str | None = _attrs_field(default=None, metadata={"wire": "TopicID"})
    topic_set_at: str | None = _attrs_field(default=None, metadata={"wire": "TopicSetAt"})
    topic_set_by: str | None = _attrs_field(default=None, metadata={"wire": "TopicSetBy"})
    topic_deleted: bool | None = _attrs_field(default=None, metadata={"wire": "TopicDeleted"})
    is_locked: bool | None = _attrs_field(default=None, metadata={"wire": "IsLocked"})
    is_announce: bool | None = _attrs_field(default=None, metadata={"wire": "IsAnnounce"})
    announce_version_id: str | None = _attrs_field(default=None, metadata={"wire": "AnnounceVersionID"})
    is_ephemeral: bool | None = _attrs_field(default=None, metadata={"wire": "IsEphemeral"})
    disappearing_timer: int | None = _attrs_field(default=None, metadata={"wire": "DisappearingTimer"})
    is_incognito: bool | None = _attrs_field(default=None, metadata={"wire": "IsIncognito"})
    is_parent: bool | None = _attrs_field(default=None, metadata={"wire": "IsParent"})
    default_membership_approval_mode: str | None = _attrs_field(
        default=None, metadata={"wire": "DefaultMembershipApprovalMode"}
    )
    linked_parent_jid: str | None = _attrs_field(default=None, metadata={"wire": "LinkedParentJID"})
    is_default_sub_group: bool | None = _attrs_field(default=None, metadata={"wire": "IsDefaultSubGroup"})
    is_join_approval_required: bool | None = _attrs_field(default=None, metadata={"wire": "IsJoinApprovalRequired"})
    addressing_mode: str | None = _attrs_field(default=None, metadata={"wire": "AddressingMode"})
    group_created: str | None = _attrs_field(default=None, metadata={"wire": "GroupCreated"})
    participant_version_id: str | None = _attrs_field(default=None, metadata={"wire": "ParticipantVersionID"})
    participants: list[GowsParticipant] | None = _attrs_field(default=None, metadata={"wire": "Participants"})
    member_add_mode: str | None = _attrs_field(default=None, metadata={"wire": "MemberAddMode"})
