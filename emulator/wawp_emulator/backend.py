"""One backend per instance (moto's ``BackendDict``/``models.py`` pattern): the instance's stores as
typed attributes, and every workflow that spans stores.

The stores (``wawp_emulator.state``) never import each other and call nothing above them: a change
returns what happened (facts, timers as ``scheduler.Due``), and the backend carries it out: it renders
and announces each fact (``events``, ``engines.render``, ``bus.emit``), schedules each timer and, when
the world hands a due one back (:meth:`Backend.on_due`), runs the step. What a store needs of the
others it is given as a value (``messages.Me``, ``GroupsState.me``, the numbers on WhatsApp). Handlers
and control actions reach state through ``instance.backend()``.

A backend holds nothing but its instance: it is made on demand, so the state file's snapshot keeps
the stores (under their own class names) and never the backend.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import replace
from typing import Any, Protocol, TypeVar

from wawp_emulator import bus
from wawp_emulator.bus import Hub, Subscribed
from wawp_emulator.clock import seconds
from wawp_emulator.engines import engine_of, render
from wawp_emulator.errors import StateError
from wawp_emulator.events import (
    chat_labels,
    group_joined,
    group_left,
    group_members_hear,
    message_reaction,
    session_status,
)
from wawp_emulator.ids import Ids
from wawp_emulator.jids import STATUS_CHAT, normalize_chat_id
from wawp_emulator.kernel import WorldView
from wawp_emulator.scheduler import Due, Scheduler
from wawp_emulator.state.channels import ChannelsState
from wawp_emulator.state.chats import Chat, ChatsState
from wawp_emulator.state.contacts import ContactsState
from wawp_emulator.state.groups import Group, GroupFact, GroupsState, Joined, Left
from wawp_emulator.state.labels import ChatLabelsChanged, Label, LabelsState
from wawp_emulator.state.messages import ACK_NAMES, Me, Message, MessagesState
from wawp_emulator.state.otp import OtpState
from wawp_emulator.state.presence import PresenceState
from wawp_emulator.state.profile import ProfileState
from wawp_emulator.state.rate_limits import RateLimitState
from wawp_emulator.state.sessions import Account, SessionFact, SessionState, StatusChanged
from wawp_emulator.state.statuses import StatusesState
from wawp_emulator.state.temp_links import TempLinkState
from wawp_emulator.state.webhook_settings import WebhookSettingsState

__all__ = ["Backend", "OwnedInstance", "OwnedWorld"]

_STATUS_KINDS = {"image": "image", "voice": "ptt", "video": "video"}


class OwnedWorld(WorldView, Hub, Protocol):
    """What the backend sees of the world beyond a store's view: the scheduler it plans timers on, the
    event log and outbox it announces into (``bus.emit``), and every instance's backend (workflows across
    instances: two emulated phones, groups)."""

    @property
    def scheduler(self) -> Scheduler: ...
    @property
    def instances(self) -> Mapping[str, OwnedInstance]: ...


class OwnedInstance(Subscribed, Protocol):
    """What the backend sees of its instance (``world.Instance`` is one): the world imports the backend,
    which hands out each instance's, so the backend names the instance by this protocol instead."""

    @property
    def world(self) -> OwnedWorld: ...

    def backend(self) -> Backend: ...


T = TypeVar("T")
Fact = SessionFact | GroupFact
"""What a store's change returns: what happened, and what falls due later."""


class Backend:
    """The stores of one instance and the workflows across them."""

    def __init__(self, instance: OwnedInstance) -> None:
        self.instance = instance
        self.world = instance.world

    # ------------------------------------------------------------------ the stores

    @property
    def sessions(self) -> SessionState:
        session = self.instance.state(SessionState)
        if session.starts_on_first_use:
            self.apply(session.first_use())
        return session

    @property
    def messages(self) -> MessagesState:
        return self.instance.state(MessagesState)

    @property
    def chats(self) -> ChatsState:
        return self.instance.state(ChatsState)

    @property
    def contacts(self) -> ContactsState:
        return self.instance.state(ContactsState)

    @property
    def groups(self) -> GroupsState:
        groups = self.instance.state(GroupsState)
        groups.me = self.own_id()  # (the session may have linked another phone since the last use)
        return groups

    @property
    def labels(self) -> LabelsState:
        return self.instance.state(LabelsState)

    @property
    def channels(self) -> ChannelsState:
        return self.instance.state(ChannelsState)

    @property
    def presence(self) -> PresenceState:
        return self.instance.state(PresenceState)

    @property
    def profile(self) -> ProfileState:
        return self.instance.state(ProfileState)

    @property
    def statuses(self) -> StatusesState:
        return self.instance.state(StatusesState)

    @property
    def otp(self) -> OtpState:
        return self.instance.state(OtpState)

    @property
    def rate_limits(self) -> RateLimitState:
        return self.instance.state(RateLimitState)

    @property
    def temp_links(self) -> TempLinkState:
        return self.instance.state(TempLinkState)

    @property
    def webhook_settings(self) -> WebhookSettingsState:
        return self.instance.state(WebhookSettingsState)

    @property
    def paid(self) -> bool:
        """Whether the instance's account is on a paid plan (v2's paid-only calls; control ``account.plan``)."""
        return getattr(self.instance.account, "plan", "free") == "paid"

    # ------------------------------------------------------------------ what the stores return

    def apply(self, facts: Sequence[Fact]) -> None:
        """Carry out what a store's change returned, in order: announce what happened, schedule what falls
        due later (a step due now runs at once)."""
        for fact in facts:
            if isinstance(fact, Due):
                self._plan(fact)
            elif isinstance(fact, StatusChanged):
                self.emit(*session_status(fact))
                if fact.status == "WORKING":
                    self.session_working()
            else:
                self._announce_group(fact)

    def emit(self, event: str, payload: Any, *, lid_payload: Callable[[], Any] | None = None) -> None:
        """Announce ``event`` for this instance (``bus.emit``: the event log and its webhooks)."""
        bus.emit(self.world, self.instance, event, payload, lid_payload=lid_payload)

    def settle(self, outcome: tuple[T, Sequence[Fact]]) -> T:
        """A change's result, once what happened is carried out (:meth:`apply`)."""
        result, facts = outcome
        self.apply(facts)
        return result

    def _plan(self, due: Due) -> None:
        if due.at <= self.world.clock.now():
            self.on_due(due)
        else:
            self.world.scheduler.at(due)

    def on_due(self, due: Due) -> None:
        """A timer of this instance fell due (the world's scheduler hands it here)."""
        if due.kind.startswith("session."):
            self.apply(self.sessions.on_due(due))
        elif due.kind == "message.ack":
            self._ack_due(*due.key)
        else:
            raise ValueError(f"not a timer this emulator knows: {due.kind}")

    # ------------------------------------------------------------------ the session

    def require_working(self) -> SessionState:
        """The session, if ``WORKING``; else 422 ``session_not_working`` (WAHA's status gate, which
        ``registry.handle`` and ``ControlAction.run`` apply where an operation or action declares it)."""
        session = self.sessions
        session.require_status("WORKING", code="session_not_working")
        return session

    def session_info(self) -> dict[str, Any]:
        """``SessionInfo``, with what the instance's engine reports about itself."""
        return self.sessions.info_json(engine_of(self.instance).session_engine())

    def session_working(self) -> None:
        """The session is ``WORKING`` (again): messages the server held arrive, acks resume."""
        for fields in self.messages.take_held():
            self.receive(**fields)
        for message, level in self.messages.resume_acks():
            self._plan_ack(message, level)

    def profile_account(self) -> Account:
        """The linked account the profile calls read and change (they are declared ``WORKING``, and a
        ``WORKING`` session has one)."""
        account = self.sessions.account
        assert account is not None, "the profile operations run only while the session is WORKING"
        return account

    # ------------------------------------------------------------------ who the instance is

    def own_id(self) -> str:
        return self.sessions.own_id

    def is_working(self) -> bool:
        return self.sessions.is_working

    def me(self) -> Me:
        """The instance as its engine writes its messages (what the message store is given)."""
        engine = engine_of(self.instance)
        return Me(self.own_id(), self.sessions.name, engine.signs_own_ids, engine.received_ack)

    def message_json(self, message: Message, *, download_media: bool = True) -> dict[str, Any]:
        """``WAMessage`` of ``message`` (REST reads, webhook payloads), ``_data`` in the instance's engine."""
        body = message.to_json(render.addressing(self.instance, message), download_media=download_media)
        body["_data"] = render.message_data(self.instance, message)
        return body

    # ------------------------------------------------------------------ groups

    def _group_instances(self) -> Iterator[tuple[Backend, GroupsState]]:
        """This instance, then every other instance of the world that has used groups, with its groups."""
        yield self, self.groups
        for other in list(self.world.instances.values()):
            if other is not self.instance and other.peek_state(GroupsState) is not None:
                peer = other.backend()
                yield peer, peer.groups

    def _announce_group(self, fact: GroupFact) -> None:
        """Each instance a group fact concerns (by its own id) hears it; added ones learn the group."""
        now = seconds(self.world.clock)
        group = fact.group
        holders = [(self, self.groups)] if isinstance(fact, Joined) and fact.here else self._group_instances()
        for backend, groups in holders:
            me = backend.own_id()
            if isinstance(fact, Joined):
                if me in fact.members:
                    groups.groups.setdefault(group.id, group)
                    backend.emit(*group_joined(group, me, now))
            elif isinstance(fact, Left):
                if me in fact.members and group.id in groups.groups:
                    backend.emit(*group_left(group, now))
            elif me in fact.audience and group.id in groups.groups:
                backend.emit(*group_members_hear(fact, now))

    def create_group(self, name: str, participants: list[object]) -> Group:
        """A group of the instance with those of ``participants`` who are on WhatsApp."""
        groups = self.groups
        ids = groups.participant_ids(participants)
        reachable = [p for p in ids if p != groups.me and self.on_whatsapp(p)]
        return self.settle(groups.create(name, ids, reachable))

    def change_participants(self, group_id: str, action: str, participants: list[object]) -> list[dict[str, Any]]:
        """add / remove / promote / demote as an admin; only numbers on WhatsApp are added."""
        groups = self.groups
        group = groups.member_group(group_id)
        groups.require_admin(group)
        ids = groups.participant_ids(participants)
        reachable = [p for p in ids if p not in group.participants and self.on_whatsapp(p)] if action == "add" else []
        return self.settle(groups.change_participants(group.id, action, ids, reachable))

    def on_whatsapp(self, participant: str) -> bool:
        """A ``@lid`` can always be added; a number only if it is on WhatsApp (then remembered). Like
        WhatsApp, a number that is not is left out rather than failing the call."""
        if participant.endswith("@lid"):
            return True
        if not self.contacts.exists(participant):
            return False
        self.contacts.remember(participant)
        return True

    def _reaches_device(self, message: Message) -> bool:
        """Whether ``message`` can get past SERVER: not to a channel or a status, and a person only if on
        WhatsApp (or an emulated phone)."""
        cid = message.chat_id
        if cid.endswith("@newsletter") or cid == STATUS_CHAT:
            return False
        if cid.endswith("@c.us"):
            return self._sibling(cid) is not None or self.contacts.exists(cid)
        return True

    def _sibling(self, chat_id: str) -> Backend | None:
        """Another instance of this world whose linked phone is ``chat_id`` (two emulated phones chatting)."""
        for other in list(self.world.instances.values()):
            if other is self.instance:
                continue
            session = other.peek_state(SessionState)
            if session is not None and session.account is not None and session.account.id == chat_id:
                sibling: Backend = other.backend()
                return sibling
        return None

    def _deliver_to_sibling(self, message: Message) -> None:
        """A message to another emulated instance arrives there when it reaches DEVICE (if that one is up)."""
        sibling = self._sibling(message.chat_id)
        if sibling is None:
            return
        media = message.media
        fields: dict[str, Any] = {
            "body": message.body,
            "media": None
            if media is None
            else {"mimetype": media.mimetype, "filename": media.filename, "url": media.source_url},
            "location": message.location,
            "contacts": [{"vcard": card} for card in message.vcards],
            "type": message.type,
            "poll": message.poll,
            "raw_id": message.raw_id,
        }
        if sibling.is_working():
            sibling.receive(self.own_id(), **fields)
        else:
            sibling.messages.hold_inbound(self.own_id(), **fields)

    # ------------------------------------------------------------------ messages

    def _target_chat(self, chat_id: str) -> str:
        """The chat a send goes to: a group needs the instance in it (and an admin when only admins
        write); a person on WhatsApp is remembered, one who is not stays unknown (and undelivered)."""
        cid = normalize_chat_id(chat_id)
        if cid.endswith("@g.us"):
            groups = self.groups
            group = groups.member_group(cid)
            if group.messages_admin_only and not group.is_admin(groups.me):
                raise StateError(422, "not_group_admin", f"Only admins can send messages to {cid}")
        elif cid.endswith("@c.us") and self.contacts.exists(cid):
            self.contacts.remember(cid)
        return cid

    def send(self, chat_id: str, **fields: Any) -> Message:
        """Send (``MessagesState.compose``'s fields): the chat moves up and is read, ``message.any``
        goes out and the acks start. The session's rate-limit policy, once chosen, may refuse it (429)."""
        cid = self._target_chat(chat_id)
        if self.instance.peek_state(RateLimitState) is not None:  # (no policy chosen: no store, no limit)
            self.rate_limits.count_send()  # (taken with state(): it changes, so the state file stores it)
        message = self.messages.compose(cid, self.me(), **fields)
        self.chats.touch(cid, message.timestamp)
        self.chats.on_read(cid)
        payload = self.message_json(message)
        echo = max(engine_of(self.instance).echo_ack, message.ack)  # the ack the engine stamps on its echo
        payload.update(ack=echo, ackName=ACK_NAMES[echo])
        self.emit("message.any", payload)
        self._plan_ack(message, 1)
        return message

    def vote(self, chat_id: str, poll_id: str, options: list[str]) -> Message:
        """The instance votes on a poll in ``chat_id`` (no options withdraws its vote): the poll's votes
        change, here and, when the poll is another emulated phone's, on that phone's copy too (a vote is
        no webhook event there: Wawp's list has only ``poll.vote.failed``). Returns the vote message sent."""
        cid = normalize_chat_id(chat_id)
        poll = self.messages.get(poll_id, cid)
        self.messages.vote(poll.id, self.own_id(), options)
        author = None if poll.from_me else self._sibling(cid)
        if author is not None:
            theirs = author.messages.get(poll.raw_id, self.own_id())
            author.messages.vote(theirs.id, self.own_id(), options)
        return self.send(cid, type="poll_vote", body=None)

    # ------------------------------------------------------------------ acks

    def _plan_ack(self, message: Message, level: int) -> None:
        """Plan ack step ``level`` of ``message`` after its delay (``Timing``; ``None``: it never comes)."""
        timing = self.sessions.timing
        delays = {1: timing.ack_server, 2: timing.ack_device, 3: timing.ack_read, 4: timing.ack_played}
        delay = delays.get(level, 0.0)
        if delay is not None:
            key = (message.id, message.ack_generation, level)
            self._plan(Due(self.world.clock.now() + delay, self.instance.id, "message.ack", key))

    def _ack_due(self, message_id: str, generation: int, level: int) -> None:
        message = self.messages.ack_due(message_id, generation, level, working=self.is_working())
        if message is None:
            return
        self._announce_ack(message)
        if level == 1 and self._reaches_device(message):
            self._plan_ack(message, 2)
        elif level == 2:
            self._deliver_to_sibling(message)
            self._plan_ack(message, 3)
        elif level == 3 and message.is_note:
            self._plan_ack(message, 4)

    def _announce_ack(self, message: Message) -> None:
        cid = message.chat_id
        members = self.groups.other_members(cid) if cid.endswith("@g.us") else []
        for event, payload in render.ack_events(self.instance, message, members, self.world.clock.now()):
            self.emit(event, payload)

    def force_ack(self, message_id: str, level: int | str) -> Message:
        """Control: set an ack level by hand; the automatic progression of that message stops."""
        message = self.messages.force_ack(message_id, level)
        self._announce_ack(message)
        return message

    # ------------------------------------------------------------------ reactions, edits, revokes

    def react(self, chat_id: str | None, message_id: str, reaction: str) -> Message:
        """Own reaction (``""`` removes it): ``message.reaction``; returns the reaction message sent."""
        target = self.messages.target(chat_id, message_id)
        me = self.me()
        self._announce_reaction(self.messages.apply_reaction(target, me.id, reaction, me, from_me=True))
        return self.messages.protocol_message("reaction", target, me, reaction, by_me=True)

    def reaction_from(self, message_id: str, reaction: str, *, sender: str | None = None) -> Message:
        """Someone else reacts (control): ``message.reaction``; returns the reaction message."""
        sent = self.messages.reaction_from(message_id, reaction, self.me(), sender=sender)
        self._announce_reaction(sent)
        return sent

    def _announce_reaction(self, sent: Message) -> None:
        addressing = render.reaction_addressing(self.instance, sent)
        self.emit("message.reaction", message_reaction(sent, addressing))

    def edit(self, chat_id: str, message_id: str, text: str, *, by_other_side: bool = False) -> Message:
        """Change a message's text: ``message.edited``; returns the edit message sent."""
        target, sent = self.messages.edit(chat_id, message_id, text, self.me(), by_other_side=by_other_side)
        payload = self.message_json(target)
        payload.update(id=sent.id, timestamp=sent.timestamp, editedMessageId=target.raw_id)
        self.emit("message.edited", payload)
        return sent

    def delete(self, chat_id: str, message_id: str, *, by_other_side: bool = False) -> Message:
        """Remove a message; a revoke for everyone (own, or the other side's) is ``message.revoked``.
        Returns the revoke message sent."""
        target, sent = self.messages.delete(chat_id, message_id, self.me(), by_other_side=by_other_side)
        if target.from_me or by_other_side:
            after = replace(
                sent, type="revoked", body="", source="api" if target.from_me else "app", ack=1, target=None
            )
            payload = {"after": self.message_json(after), "before": None, "revokedMessageId": target.raw_id}
            self.emit("message.revoked", {**payload, "_data": {}})
        return sent

    def receive(self, sender: str, **fields: Any) -> Message:
        """Someone writes to the instance (``MessagesState.compose_incoming``'s fields): ``message`` and
        ``message.any``, each also as the ``@lid`` copy webhooks may ask for."""
        if normalize_chat_id(sender).endswith("@c.us"):
            self.contacts.remember(sender)
        message = self.messages.compose_incoming(sender, self.me(), **fields)
        self.chats.touch(message.chat_id, message.timestamp)
        payload = self.message_json(message)
        lid_twin = functools.partial(self._lid_twin, message)  # built only if a webhook asks for @lid copies
        self.emit("message", payload, lid_payload=lid_twin)
        self.emit("message.any", payload, lid_payload=lid_twin)
        return message

    def _lid_twin(self, message: Message) -> dict[str, Any] | None:
        """The incoming ``message`` as newer engines report it a second time: sent by the ``@lid`` id.

        The lid comes from the instance's lid map (``/lids``), the key id stays; ``None`` when the
        sender is no phone number (already a lid, a channel).
        """
        sender = message.participant or message.chat_id
        if not sender.endswith("@c.us"):
            return None
        lid = self.contacts.lid_for(sender)
        if message.participant is not None:
            twin = replace(
                message, id=Ids.message_id(False, message.chat_id, message.raw_id, lid), sender=lid, participant=lid
            )
        else:
            twin = replace(message, id=Ids.message_id(False, lid, message.raw_id), chat_id=lid, sender=lid)
        return self.message_json(twin)

    def mark_seen(self, chat_id: str, message_ids: list[str], participant: str | None) -> list[str]:
        cid = normalize_chat_id(chat_id)
        marked = self.messages.mark_seen(cid, message_ids, participant)
        self.chats.on_read(cid)
        return marked

    def mark_read(self, chat_id: str, *, messages: int | None, days: int | None) -> list[str]:
        marked = self.messages.mark_read(chat_id, messages=messages, days=days)
        self.chats.on_read(chat_id)
        return marked

    # ------------------------------------------------------------------ chats

    def _sync_groups(self) -> None:
        self.chats.sync_groups(self.groups.joined())

    def chat(self, chat_id: str) -> Chat:
        """The instance's chat ``chat_id`` (a group it is in has one); 404 ``chat_not_found``."""
        cid = normalize_chat_id(chat_id)
        if cid not in self.chats.chats and cid.endswith("@g.us"):
            self._sync_groups()
        return self.chats.get(cid)

    def chat_name(self, chat_id: str) -> str | None:
        if chat_id.endswith("@g.us"):
            group = self.groups.groups.get(chat_id)
            return group.subject if group is not None else None
        if chat_id.endswith(("@c.us", "@lid")):
            return self.contacts.display_name(chat_id)
        return None

    def chat_picture(self, chat_id: str, *, refresh: bool = False) -> str | None:
        """Avatar URL of a person or group (``None`` when they have none or are not on WhatsApp)."""
        cid = normalize_chat_id(chat_id)
        try:
            if cid.endswith("@g.us"):
                return self.groups.picture(cid)
            if cid.endswith(("@c.us", "@lid")):
                return self.contacts.profile_picture(cid, refresh=refresh)
        except StateError:
            return None
        return None

    def unread_count(self, chat: Chat) -> int:
        """Incoming messages not read yet; ``-1`` for a chat marked unread without any (WhatsApp Web's way)."""
        unread = sum(1 for m in self.messages.in_chat(chat.id) if not m.from_me and not m.read)
        if unread == 0 and chat.marked_unread:
            return -1
        return unread

    def _last_message(self, chat: Chat) -> dict[str, Any] | None:
        last = self.messages.last_in_chat(chat.id)
        return self.message_json(last, download_media=False) if last is not None else None

    def chat_json(self, chat: Chat) -> dict[str, Any]:
        return {
            "id": chat.id,
            "name": self.chat_name(chat.id),
            "isGroup": chat.is_group,
            "isReadOnly": False,
            "unreadCount": self.unread_count(chat),
            "timestamp": chat.conversation_ts,
            "conversationTimestamp": chat.conversation_ts,
            "archived": chat.archived,
            "pinned": chat.pinned,
            "isMuted": self.chats.is_muted(chat),
            "muteExpiration": chat.muted_until or 0,
            "lastMessage": self._last_message(chat),
        }

    def chat_summary(self, chat: Chat) -> dict[str, Any]:
        """``ChatSummary``: what a chat list shows (``lastMessage`` without media)."""
        raw = self.chat_json(chat)
        raw.pop("lastMessage", None)
        return {
            "id": chat.id,
            "name": self.chat_name(chat.id),
            "picture": self.chat_picture(chat.id),
            "lastMessage": self._last_message(chat),
            "_chat": raw,
        }

    def list_chats(
        self, *, sort_by: str | None = None, sort_order: str | None = None, limit: int | None = None, offset: int = 0
    ) -> list[Chat]:
        self._sync_groups()
        return self.chats.list_chats(
            name=self.chat_name, sort_by=sort_by, sort_order=sort_order, limit=limit, offset=offset
        )

    def chats_overview(self, *, limit: int | None = 20, offset: int = 0, ids: list[str] | None = None) -> list[Chat]:
        self._sync_groups()
        return self.chats.overview(limit=limit, offset=offset, ids=ids)

    def archive_chat(self, chat_id: str, archived: bool) -> Chat:
        """Archive or unarchive; ``chat.archive`` when the flag changes."""
        chat, changed = self.chats.set_archived(chat_id, archived)
        if changed:
            payload = {"id": chat.id, "archived": archived, "timestamp": seconds(self.world.clock)}
            self.emit("chat.archive", payload)
        return chat

    def presence_update(
        self, chat_id: str, presence: str, *, participant: str | None = None, last_seen: int | None = None
    ) -> dict[str, Any]:
        """Someone is online, typing... (control): ``presence.update``; returns its payload."""
        payload = self.presence.update(chat_id, presence, participant=participant, last_seen=last_seen)
        self.emit("presence.update", payload)
        return payload

    # ------------------------------------------------------------------ labels

    def label_changed(self, label: Label, *, deleted: bool = False) -> Label:
        """Announce a label the store created or changed (``label.upsert``) or deleted (``label.deleted``)."""
        self.emit("label.deleted" if deleted else "label.upsert", label.to_json())
        return label

    def chat_labels_changed(self, change: ChatLabelsChanged) -> bool:
        """Announce the labels a chat lost and got; returns whether anything changed."""
        for event, payload in chat_labels(change, self.labels.labels):
            self.emit(event, payload)
        return bool(change.removed or change.added)

    def delete_chat(self, chat_id: str) -> Chat:
        """The chat and its messages go; a later message recreates it, empty of history."""
        chat = self.chat(chat_id)
        self.messages.clear_chat(chat.id)
        return self.chats.remove(chat.id)

    def clear_chat(self, chat_id: str) -> int:
        return self.messages.clear_chat(self.chat(chat_id).id)

    # ------------------------------------------------------------------ statuses

    def _post_status(self, kind: str, contacts: list[str] | None, **fields: Any) -> Message:
        message = self.send(STATUS_CHAT, **fields)
        self.statuses.record(kind, message.id, message.raw_id, message.timestamp, contacts)
        return message

    def status_text(
        self,
        text: str,
        *,
        background_color: str | None = None,
        font: int | None = None,
        contacts: list[str] | None = None,
    ) -> Message:
        """A text status; WhatsApp's background colour and font are checked (the emulator keeps the text)."""
        style = self.statuses.text_style(background_color, font)
        return self._post_status("text", contacts, type="chat", body=text, text_style=style)

    def status_media(
        self,
        kind: str,
        file: dict[str, Any],
        *,
        caption: str | None = None,
        as_note: bool = False,
        contacts: list[str] | None = None,
    ) -> Message:
        """An image, voice or video status."""
        note = kind == "voice" or as_note
        return self._post_status(kind, contacts, type=_STATUS_KINDS[kind], body=caption, media=file, is_note=note)

    def status_delete(self, status_id: str) -> Message:
        """Revoke a post by full id or key id; 404 once deleted or expired. Returns the revoke message sent."""
        post = self.statuses.live(status_id)
        self.statuses.forget(post)
        try:
            return self.delete(STATUS_CHAT, post.message_id)
        except StateError:  # the chat was cleared meanwhile: the post is gone either way, the revoke still goes out
            gone = Message(
                post.message_id, post.raw_id, STATUS_CHAT, True, self.own_id(), post.timestamp, 0, "chat", None
            )
            return self.messages.protocol_message("revoke", gone, self.me(), by_me=True)
