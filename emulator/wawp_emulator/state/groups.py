"""Groups: membership, roles, settings, invite links and the ``group.v2.*`` events.

A ``Group`` lives in the state of every instance that knows it; the same object is shared when two
instances of one world are members, so a change made by one is seen (and announced) by the other.
Groups created by "other people" (control action ``group.create_remote``) are known to the instance
without it being a member: it can read their invite info and join them by code.

A change returns what happened (:data:`GroupFact`: who joined, who left, what the members hear) with
its result; the backend announces it to every instance concerned, whose own ids only it knows. The
store calls nothing above it: its instance's own id is :attr:`GroupsState.me`, which the backend sets
before each use, and whether a number can be added (on WhatsApp) the backend tells ``create`` and
``change_participants``.

Rules:

- ids are ``1203630`` + 11 digits + ``@g.us``; invite links ``https://chat.whatsapp.com/<22 chars>``.
- the creator is ``superadmin``; roles are ``participant``, ``admin`` and ``superadmin``.
- a group the instance is not (or no longer) in is unknown to it: 404 ``group_not_found``.
- changing settings, participants or the invite link needs the instance to be an admin; subject,
  description and picture need it only when "info admin only" is on (WhatsApp's rules). Refusals
  are ``StateError(422, "not_group_admin")``; handlers map the status onto what the spec documents.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from wawp_emulator.clock import seconds
from wawp_emulator.errors import StateError
from wawp_emulator.ids import derived_rng
from wawp_emulator.jids import GROUP_INVITE_PREFIX, INVITE_CODE_ALPHABET, group_invite_code, normalize_participant_id
from wawp_emulator.paging import page

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from wawp_emulator.kernel import InstanceView, WorldView

__all__ = [
    "ROLES",
    "Group",
    "GroupFact",
    "GroupsState",
    "Joined",
    "Left",
    "MembersHear",
    "participant_json",
]

ROLES = ("participant", "admin", "superadmin")
_ADMIN_ROLES = ("admin", "superadmin")

# group.v2.participants "type" per change, and the role each participant has afterwards
_PARTICIPANT_EVENT_TYPE = {
    "add": "join",
    "join": "join",
    "remove": "leave",
    "leave": "leave",
    "promote": "promote",
    "demote": "demote",
}


@dataclass
class Group:
    id: str
    subject: str
    owner: str
    creation: int
    invite_code: str
    participants: dict[str, str] = field(default_factory=dict)  # id -> role, in joining order
    description: str | None = None
    picture_version: int | None = None
    info_admin_only: bool = False
    messages_admin_only: bool = False
    members_can_add: bool = False
    approval_required: bool = False
    deleted: bool = False

    @property
    def invite_url(self) -> str:
        return GROUP_INVITE_PREFIX + self.invite_code

    def picture_url(self) -> str | None:
        if self.picture_version is None:
            return None
        tail = self.id.split("@", 1)[0]
        return f"https://pps.whatsapp.net/v/t61.24694-24/{tail}_{self.picture_version}_n.jpg?emulator=1"

    def role_of(self, member: str) -> str | None:
        return self.participants.get(member)

    def is_admin(self, member: str) -> bool:
        return self.participants.get(member) in _ADMIN_ROLES

    def participant_json(self, member: str) -> dict[str, Any]:
        return participant_json(member, self.participants.get(member, "left"))

    def participants_json(self) -> list[dict[str, Any]]:
        return [self.participant_json(member) for member in self.participants]

    def info(self, *, with_invite: bool) -> dict[str, Any]:
        """The normalised GroupInfo (as in ``group.v2.join``) plus the settings WhatsApp keeps."""
        body: dict[str, Any] = {
            "id": self.id,
            "subject": self.subject,
            "description": self.description,
            "owner": self.owner,
            "creation": self.creation,
            "size": len(self.participants),
            "participants": self.participants_json(),
            "membersCanAddNewMember": self.members_can_add,
            "membersCanSendMessages": not self.messages_admin_only,
            "newMembersApprovalRequired": self.approval_required,
            "infoAdminOnly": self.info_admin_only,
            "messagesAdminOnly": self.messages_admin_only,
            "picture": self.picture_url(),
        }
        if with_invite:
            body["invite"] = self.invite_url
        return body


def participant_json(member: str, role: str) -> dict[str, Any]:
    """A participant as WAHA reports it (``role`` ``left`` once gone)."""
    return {"id": member, "role": role, "isAdmin": role in _ADMIN_ROLES, "isSuperAdmin": role == "superadmin"}


@dataclass(frozen=True)
class Joined:
    """``members`` are in ``group`` now: the instances among them (only this one when ``here``) know the
    group from now on and hear ``group.v2.join``."""

    group: Group
    members: tuple[str, ...]
    here: bool = False


@dataclass(frozen=True)
class Left:
    """``members`` left ``group`` (or it was deleted): the instances among them that know it hear
    ``group.v2.leave``."""

    group: Group
    members: tuple[str, ...]


@dataclass(frozen=True)
class MembersHear:
    """What the members at that moment (``audience``) hear: ``group.v2.participants`` (``kind`` the
    change, ``participants`` each ``(id, role)``) or, for ``kind`` ``update``, ``group.v2.update`` with
    ``changed``."""

    group: Group
    kind: str
    audience: tuple[str, ...]
    participants: tuple[tuple[str, str], ...] = ()
    changed: tuple[tuple[str, Any], ...] = ()


GroupFact = Joined | Left | MembersHear
T = TypeVar("T")
Outcome = tuple[T, list[GroupFact]]
"""A change's result and what happened."""


class GroupsState:
    """The groups one instance knows, and every change it or others make to them."""

    SHARED: ClassVar[bool] = True
    """Other instances' stores of this class may hold the same group objects (``_lookup``): the state
    file stores all of them in one part, so that they still share them once loaded (``deltas.py``)."""

    def __init__(self, world: WorldView, instance: InstanceView) -> None:
        self.world = world
        self.instance = instance
        self.groups: dict[str, Group] = {}

    me: str = ""
    """The instance's own ``@c.us`` id (the session's phone number): the backend sets it before it hands
    the store out, since the session may link another phone meanwhile."""

    # ------------------------------------------------------------------ identity and lookup

    def _peers(self) -> Iterator[GroupsState]:
        """The groups state of every other instance of the world that has used groups."""
        for other in list(self.world.instances.values()):
            if other is not self.instance:
                state = other.peek_state(GroupsState)
                if state is not None:
                    yield state

    def _lookup(self, group_id: str) -> Group | None:
        gid = group_id.strip()
        group = self.groups.get(gid)
        if group is None:
            for peer in self._peers():
                found = peer.groups.get(gid)
                if found is not None and not found.deleted:
                    self.groups[gid] = found
                    return found
        if group is None or group.deleted:
            return None
        return group

    def member_group(self, group_id: str) -> Group:
        """A group the instance is in; 404 ``group_not_found`` otherwise (unknown, left, deleted)."""
        group = self._lookup(group_id)
        if group is None or self.me not in group.participants:
            raise StateError(404, "group_not_found", f"Group {group_id} not found")
        return group

    def by_invite(self, code_or_url: str) -> Group:
        code = group_invite_code(code_or_url)
        candidates: Iterable[Group] = list(self.groups.values())
        for peer in self._peers():
            candidates = [*candidates, *peer.groups.values()]
        for group in candidates:
            if group.invite_code == code and not group.deleted:
                self.groups.setdefault(group.id, group)
                return group
        raise StateError(404, "invite_not_found", f"No group has the invite code {code}")

    def require_admin(self, group: Group) -> None:
        if group.role_of(self.me) not in _ADMIN_ROLES:
            raise StateError(422, "not_group_admin", f"You are not an admin of {group.id}")

    def _require_info_editor(self, group: Group) -> None:
        if group.info_admin_only:
            self.require_admin(group)

    # ------------------------------------------------------------------ factories

    def _new_group_id(self) -> str:
        taken = set(self.groups)
        for peer in self._peers():
            taken |= set(peer.groups)
        while True:
            gid = self.world.ids.group_id()
            if gid not in taken:
                return gid

    def _new_invite_code(self) -> str:
        return "".join(self.world.rng.choice(INVITE_CODE_ALPHABET) for _ in range(22))

    @staticmethod
    def participant_ids(participants: Iterable[object]) -> list[str]:
        out: list[str] = []
        for item in participants:
            raw = item.get("id") if isinstance(item, dict) else item
            if not isinstance(raw, str):
                raise StateError(400, "invalid_participant", "Each participant needs an 'id' string")
            pid = normalize_participant_id(raw)
            if pid not in out:
                out.append(pid)
        return out

    # ------------------------------------------------------------------ what members hear

    @staticmethod
    def _participants_changed(group: Group, kind: str, members: list[str]) -> list[GroupFact]:
        if not members:
            return []
        changes = tuple((m, group.participants.get(m, "left")) for m in members)
        return [MembersHear(group, _PARTICIPANT_EVENT_TYPE[kind], tuple(group.participants), changes)]

    @staticmethod
    def _updated(group: Group, **changed: Any) -> list[GroupFact]:
        return [MembersHear(group, "update", tuple(group.participants), changed=tuple(changed.items()))]

    # ------------------------------------------------------------------ reads

    def list_groups(self, *, limit: int | None, offset: int = 0, sort_order: str | None = None) -> list[Group]:
        mine = (g for g in self.groups.values() if not g.deleted and self.me in g.participants)
        descending = (sort_order or "DESC").upper() != "ASC"
        return page(mine, lambda g: (g.creation, g.id), descending=descending, offset=offset, limit=limit)

    def joined(self) -> list[tuple[str, int]]:
        """(id, creation time) of every group the instance is in: the group chats it has."""
        me = self.me
        return [(gid, g.creation) for gid, g in list(self.groups.items()) if not g.deleted and me in g.participants]

    def count(self) -> int:
        return len(self.list_groups(limit=None))

    def other_members(self, group_id: str) -> list[str]:
        """The group's members but the instance, in joining order: whose receipts a message of the
        instance's there gets (none for a group it does not know)."""
        group = self._lookup(group_id)
        me = self.me
        return [] if group is None else [member for member in group.participants if member != me]

    def refresh(self) -> None:
        """Re-sync with the server: adopt groups of other instances the account is in."""
        for peer in self._peers():
            for gid, group in peer.groups.items():
                if not group.deleted and self.me in group.participants:
                    self.groups.setdefault(gid, group)

    # ------------------------------------------------------------------ own actions

    def create(self, name: str, ids: list[str], on_whatsapp: Iterable[str]) -> Outcome[Group]:
        """A group of the instance (``superadmin``) and of ``ids`` that are ``on_whatsapp``."""
        reachable = set(on_whatsapp)
        members = [p for p in ids if p != self.me and p in reachable]
        group = Group(
            id=self._new_group_id(),
            subject=name,  # (WAHA's CreateGroupRequest is IsString only and no engine checks the name)
            owner=self.me,
            creation=seconds(self.world.clock),
            invite_code=self._new_invite_code(),
        )
        group.participants[self.me] = "superadmin"
        for pid in members:
            group.participants[pid] = "participant"
        self.groups[group.id] = group
        return group, [Joined(group, (self.me,), here=True)]

    def leave(self, group_id: str) -> Outcome[Group]:
        group = self.member_group(group_id)
        return group, self._depart(group, self.me)

    @staticmethod
    def _depart(group: Group, member: str) -> list[GroupFact]:
        """``member`` leaves: the leaver (an instance) hears ``group.v2.leave``, the remaining members
        ``leave``."""
        was_superadmin = group.participants.get(member) == "superadmin"
        group.participants.pop(member, None)
        facts: list[GroupFact] = [
            Left(group, (member,)),
            MembersHear(group, "leave", tuple(group.participants), ((member, "left"),)),
        ]
        if was_superadmin and group.participants and not any(r in _ADMIN_ROLES for r in group.participants.values()):
            heir = next(iter(group.participants))  # WhatsApp hands the group to the longest member
            group.participants[heir] = "admin"
        return facts

    def delete(self, group_id: str) -> Outcome[Group]:
        group = self.member_group(group_id)
        if group.role_of(self.me) != "superadmin":
            raise StateError(422, "not_group_admin", f"Only the creator can delete {group.id}")
        members = tuple(group.participants)
        group.deleted = True
        group.participants.clear()
        return group, [Left(group, members)]

    def picture(self, group_id: str) -> str | None:
        return self.member_group(group_id).picture_url()

    def set_picture(self, group_id: str) -> Group:
        group = self.member_group(group_id)
        self._require_info_editor(group)
        group.picture_version = (group.picture_version or 0) + 1
        return group

    def delete_picture(self, group_id: str) -> Group:
        group = self.member_group(group_id)
        self._require_info_editor(group)
        group.picture_version = None
        return group

    def set_subject(self, group_id: str, subject: str, *, by: str | None = None) -> Outcome[Group]:
        group = self.member_group(group_id) if by is None else self.remote_group(group_id)
        if by is None:
            self._require_info_editor(group)
        group.subject = subject  # (GOWS' refusal of a blank one is a request rule of the spec)
        return group, self._updated(group, subject=group.subject)

    def set_description(self, group_id: str, description: str, *, by: str | None = None) -> Outcome[Group]:
        group = self.member_group(group_id) if by is None else self.remote_group(group_id)
        if by is None:
            self._require_info_editor(group)
        group.description = description
        return group, self._updated(group, description=description)

    def set_info_admin_only(self, group_id: str, admins_only: bool) -> Group:
        group = self.member_group(group_id)
        self.require_admin(group)
        group.info_admin_only = admins_only
        return group

    def set_messages_admin_only(self, group_id: str, admins_only: bool) -> Outcome[Group]:
        group = self.member_group(group_id)
        self.require_admin(group)
        if group.messages_admin_only == admins_only:
            return group, []
        group.messages_admin_only = admins_only
        return group, self._updated(group, membersCanSendMessages=not admins_only)

    def invite(self, group_id: str) -> str:
        group = self.member_group(group_id)
        self.require_admin(group)
        return group.invite_url

    def revoke_invite(self, group_id: str) -> str:
        group = self.member_group(group_id)
        self.require_admin(group)
        group.invite_code = self._new_invite_code()
        return group.invite_url

    def join_info(self, code_or_url: str) -> Group:
        return self.by_invite(code_or_url)

    def join(self, code_or_url: str) -> Outcome[Group]:
        group = self.by_invite(code_or_url)
        if self.me in group.participants:
            return group, []
        group.participants[self.me] = "participant"
        return group, [Joined(group, (self.me,), here=True), *self._participants_changed(group, "join", [self.me])]

    def change_participants(
        self, group_id: str, action: str, ids: list[str], on_whatsapp: Iterable[str] = ()
    ) -> Outcome[list[dict[str, Any]]]:
        """add / remove / promote / demote as an admin of the group (the instance adds only numbers
        ``on_whatsapp``); returns the affected participants."""
        group = self.member_group(group_id)
        self.require_admin(group)
        return self._apply_change(group, action, ids, actor=self.me, on_whatsapp=set(on_whatsapp))

    def _apply_change(
        self, group: Group, action: str, ids: list[str], *, actor: str, on_whatsapp: set[str] | None = None
    ) -> Outcome[list[dict[str, Any]]]:
        if action not in ("add", "remove", "promote", "demote"):
            raise StateError(400, "invalid_action", f"Unknown participants action '{action}'")
        changed: list[str] = []
        facts: list[GroupFact] = []
        if action == "add":
            for pid in ids:
                if pid not in group.participants:
                    if actor == self.me and pid not in (on_whatsapp or ()):
                        continue
                    group.participants[pid] = "participant"
                    changed.append(pid)
            facts += self._participants_changed(group, "add", changed)
            facts.append(Joined(group, tuple(changed)))
        elif action == "remove":
            for pid in ids:
                if pid == group.owner and group.participants.get(pid) == "superadmin" and actor != pid:
                    raise StateError(422, "not_group_admin", "The group creator cannot be removed")
            for pid in ids:
                if pid in group.participants:
                    changed.append(pid)
                    facts += self._depart(group, pid)
        else:
            new_role = "admin" if action == "promote" else "participant"
            for pid in ids:
                role = group.participants.get(pid)
                if role is None:
                    raise StateError(422, "not_a_participant", f"{pid} is not a participant of {group.id}")
                if role == "superadmin" and action == "demote":
                    raise StateError(422, "not_group_admin", "The group creator cannot be demoted")
                if role != new_role and role != "superadmin":
                    group.participants[pid] = new_role
                    changed.append(pid)
            facts += self._participants_changed(group, action, changed)
        affected = [
            group.participant_json(pid) if action != "remove" else participant_json(pid, "left") for pid in changed
        ]
        return affected, facts

    # ------------------------------------------------------------------ other people (control actions)

    def remote_group(self, group_id: str) -> Group:
        group = self._lookup(group_id)
        if group is None:
            raise StateError(404, "group_not_found", f"Group {group_id} not found")
        return group

    def create_remote(
        self,
        subject: str,
        *,
        owner: str | None = None,
        participants: Iterable[object] = (),
        description: str | None = None,
        add_me: bool = False,
    ) -> Outcome[Group]:
        """Someone else creates a group; the instance can join it by its invite code (or is added)."""
        owner_id = normalize_participant_id(owner) if owner else self._stranger()
        if owner_id == self.me:
            raise StateError(400, "invalid_owner", "A remote group is owned by someone other than the instance")
        group = Group(
            id=self._new_group_id(),
            subject=subject.strip() or "Group",
            owner=owner_id,
            creation=seconds(self.world.clock),
            invite_code=self._new_invite_code(),
            description=description,
        )
        group.participants[owner_id] = "superadmin"
        for pid in self.participant_ids(participants):
            if pid != self.me:
                group.participants.setdefault(pid, "participant")
        self.groups[group.id] = group
        if not add_me:
            return group, []
        return group, self._apply_change(group, "add", [self.me], actor=owner_id)[1]

    def _stranger(self) -> str:
        rng = derived_rng(self.world.seed, "groups", str(self.instance.id), "stranger", str(len(self.groups)))
        while True:
            pid = f"20{rng.randint(10**9, 10**10 - 1)}"
            pid = pid[:-1] + "2"
            if pid + "@c.us" != self.me:
                return pid + "@c.us"

    def remote_change(
        self, group_id: str, action: str, participants: Iterable[object], *, by: str | None
    ) -> Outcome[list[dict[str, Any]]]:
        """Another admin (``by``, default the owner) adds / removes / promotes / demotes people."""
        group = self.remote_group(group_id)
        actor = normalize_participant_id(by) if by else group.owner
        return self._apply_change(group, action, self.participant_ids(participants), actor=actor)

    def participant_join(self, group_id: str, participant: str) -> Outcome[list[dict[str, Any]]]:
        """Someone joins through the invite link."""
        group = self.remote_group(group_id)
        pid = normalize_participant_id(participant)
        if pid in group.participants:
            return [], []
        group.participants[pid] = "participant"
        return [group.participant_json(pid)], self._participants_changed(group, "join", [pid])

    def participant_leave(self, group_id: str, participant: str) -> Outcome[list[dict[str, Any]]]:
        """Someone leaves the group on their own."""
        group = self.remote_group(group_id)
        pid = normalize_participant_id(participant)
        if pid not in group.participants:
            raise StateError(422, "not_a_participant", f"{pid} is not a participant of {group.id}")
        return [participant_json(pid, "left")], self._depart(group, pid)
