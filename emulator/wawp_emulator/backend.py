"""One backend per instance (moto's ``BackendDict``/``models.py`` pattern): the instance's stores as
typed attributes, and every workflow that spans stores.

The stores (``wawp_emulator.state``) never import each other. What one needs of the others, also when
a stored timer runs with no request around, it states as a protocol of its own (``MessagesPorts``,
``GroupsPorts``, ``SessionPorts``) and asks ``instance.backend()`` for; :class:`Backend` implements
them all. Handlers and control actions reach state through ``instance.backend()`` too.

A backend holds nothing but its instance: it is made on demand, so the state file's snapshot keeps
the stores (under their own class names) and never the backend.
"""

from __future__ import annotations

import functools
from dataclasses import replace
from typing import Any, Protocol

from wawp_emulator.engines import engine_of, render
from wawp_emulator.errors import StateError
from wawp_emulator.ids import Ids
from wawp_emulator.jids import STATUS_CHAT, normalize_chat_id
from wawp_emulator.kernel import InstanceView
from wawp_emulator.state.channels import ChannelsState
from wawp_emulator.state.chats import Chat, ChatsState
from wawp_emulator.state.contacts import ContactsState
from wawp_emulator.state.groups import GroupsPorts, GroupsState
from wawp_emulator.state.labels import LabelsState
from wawp_emulator.state.messages import Message, MessagesPorts, MessagesState
from wawp_emulator.state.presence import PresenceState
from wawp_emulator.state.profile import ProfileState
from wawp_emulator.state.sessions import Account, SessionPorts, SessionState
from wawp_emulator.state.statuses import StatusesState

__all__ = ["Backend", "OwnedInstance", "Owner"]

_STATUS_KINDS = {"image": "image", "voice": "ptt", "video": "video"}


class Owner(Protocol):
    """The Wawp account owning an instance (``world.Account``), as webhook metadata names it."""

    @property
    def user_id(self) -> str: ...
    @property
    def display_name(self) -> str: ...
    @property
    def user_email(self) -> str: ...


class OwnedInstance(InstanceView, Protocol):
    """What the backend sees of its instance (``world.Instance`` is one): the world imports the backend,
    which hands out each instance's, so the backend names the instance by this protocol instead."""

    @property
    def account(self) -> Owner: ...


class Backend(SessionPorts, GroupsPorts, MessagesPorts):
    """The stores of one instance and the workflows across them."""

    def __init__(self, instance: OwnedInstance) -> None:
        self.instance = instance
        self.world = instance.world

    # ------------------------------------------------------------------ the stores

    @property
    def sessions(self) -> SessionState:
        return self.instance.state(SessionState)

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
        return self.instance.state(GroupsState)

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

    def envelope_facts(self) -> tuple[str, Any, dict[str, Any]]:
        """A webhook envelope's ``session``, ``me`` and ``metadata``: the session's when it exists (it is
        not created for this: creating it starts its status machine). The access token is left out of
        ``metadata``: webhook bodies go to third-party URLs and into the event journal."""
        session = self.instance.peek_state(SessionState)
        if session is not None:
            name, me, metadata = str(session.name), session.me_json(), dict(session.metadata())
        else:
            account = self.instance.account
            name, me = self.instance.name or f"wawp-{self.instance.id.lower()}", None
            metadata = {
                "user_id": account.user_id,
                "display_name": account.display_name,
                "user_email": account.user_email,
                "instance_id": self.instance.id,
            }
        metadata.pop("access_token", None)
        return name, me, metadata

    def session_working(self) -> None:
        """The session is ``WORKING`` (again): messages the server held arrive, acks resume."""
        for fields in self.messages.take_held():
            self.receive(**fields)
        self.messages.resume_acks()

    def profile_account(self) -> Account:
        """The linked account the profile calls read and change (they are declared ``WORKING``, and a
        ``WORKING`` session has one)."""
        account = self.sessions.account
        assert account is not None, "the profile operations run only while the session is WORKING"
        return account

    # ------------------------------------------------------------------ ports of the stores

    def own_id(self) -> str:
        return self.sessions.own_id

    def session_name(self) -> str:
        return self.sessions.name

    def is_working(self) -> bool:
        return self.sessions.is_working

    def ack_delay(self, level: int) -> float | None:
        timing = self.sessions.timing
        return {1: timing.ack_server, 2: timing.ack_device, 3: timing.ack_read, 4: timing.ack_played}.get(level, 0.0)

    def message_data(self, message: Message) -> dict[str, Any]:
        return render.message_data(self.instance, message)

    def addressing(self, message: Message) -> dict[str, Any]:
        return render.addressing(self.instance, message)

    def own_id_suffix(self, chat_id: str) -> str | None:
        return render.own_id_suffix(self.instance, chat_id)

    def ack_events(self, message: Message) -> list[tuple[str, dict[str, Any]]]:
        cid = message.chat_id
        members = self.groups.other_members(cid) if cid.endswith("@g.us") else []
        return render.ack_events(self.instance, message, members, self.world.clock.now())

    def reaction_addressing(self, reaction: Message) -> dict[str, Any]:
        return render.reaction_addressing(self.instance, reaction)

    def first_acks(self) -> tuple[int, int]:
        return render.first_acks(self.instance)

    def on_whatsapp(self, participant: str) -> bool:
        """A ``@lid`` can always be added; a number only if it is on WhatsApp (then remembered). Like
        WhatsApp, a number that is not is left out rather than failing the call."""
        if participant.endswith("@lid"):
            return True
        if not self.contacts.exists(participant):
            return False
        self.contacts.remember(participant)
        return True

    def reaches_phone(self, chat_id: str) -> bool:
        return self._sibling(chat_id) is not None or self.contacts.exists(chat_id)

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

    def deliver_to_sibling(self, message: Message) -> None:
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
            if group.messages_admin_only and group.role_of(groups.me) not in ("admin", "superadmin"):
                raise StateError(422, "not_group_admin", f"Only admins can send messages to {cid}")
        elif cid.endswith("@c.us") and self.contacts.exists(cid):
            self.contacts.remember(cid)
        return cid

    def send(self, chat_id: str, **fields: Any) -> Message:
        """Send (``MessagesState.compose``'s fields): the chat moves up and is read, ``message.any``
        goes out and the acks start."""
        cid = self._target_chat(chat_id)
        message = self.messages.compose(cid, **fields)
        self.chats.touch(cid, message.timestamp)
        self.chats.on_read(cid)
        self.messages.dispatch(message)
        return message

    def receive(self, sender: str, **fields: Any) -> Message:
        """Someone writes to the instance (``MessagesState.compose_incoming``'s fields): ``message`` and
        ``message.any``, each also as the ``@lid`` copy webhooks may ask for."""
        if normalize_chat_id(sender).endswith("@c.us"):
            self.contacts.remember(sender)
        message = self.messages.compose_incoming(sender, **fields)
        self.chats.touch(message.chat_id, message.timestamp)
        payload = self.messages.json(message)
        lid_twin = functools.partial(self._lid_twin, message)  # built only if a webhook asks for @lid copies
        self.world.emit(self.instance, "message", payload, lid_payload=lid_twin)
        self.world.emit(self.instance, "message.any", payload, lid_payload=lid_twin)
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
        return self.messages.json(twin)

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
        return self.messages.json(last, download_media=False) if last is not None else None

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
            return self.messages.delete(STATUS_CHAT, post.message_id)
        except StateError:  # the chat was cleared meanwhile: the post is gone either way, the revoke still goes out
            gone = Message(
                post.message_id, post.raw_id, STATUS_CHAT, True, self.own_id(), post.timestamp, 0, "chat", None
            )
            return self.messages.protocol_message("revoke", gone, by_me=True)
