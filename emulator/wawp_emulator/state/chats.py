"""Chats: the conversations of an instance (metadata only; the messages live in ``state.messages``).

A chat exists once a message was sent or received in it, or - for groups - while the instance is a
member of the group (created or joined through the groups module). Chats the instance does not have
answer 404 ``chat_not_found``. Deleting a chat removes it and its messages; a later message
recreates it, empty of history.

``unreadCount`` counts incoming messages not yet read (``sendSeen`` / ``messages/read`` read them);
marking a chat unread without unread messages gives ``-1``, as WhatsApp Web does.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from wawp_emulator.clock import seconds
from wawp_emulator.errors import StateError
from wawp_emulator.jids import STATUS_CHAT, normalize_chat_id
from wawp_emulator.paging import page
from wawp_emulator.state.contacts import ContactsState

if TYPE_CHECKING:
    from wawp_emulator.state.messages import MessagesState
    from wawp_emulator.world import Instance, World

__all__ = ["Chat", "ChatsState"]


@dataclass
class Chat:
    id: str
    seq: int
    conversation_ts: int
    archived: bool = False
    pinned: bool = False
    muted_until: int | None = None
    marked_unread: bool = False

    @property
    def is_group(self) -> bool:
        return self.id.endswith("@g.us")


def _chat_id(chat: Chat) -> str:
    return chat.id


def _chat_recency(chat: Chat) -> tuple[float, int]:
    return (chat.conversation_ts, chat.seq)


class ChatsState:
    """Per-instance chat list: archive flags, unread marks and the chat summaries."""

    def __init__(self, world: World, instance: Instance) -> None:
        self.world = world
        self.instance = instance
        self.chats: dict[str, Chat] = {}
        self.seq = 0

    # ------------------------------------------------------------------ helpers

    @property
    def messages(self) -> MessagesState:
        from wawp_emulator.state.messages import MessagesState

        return self.instance.state(MessagesState)

    def _member_groups(self) -> list[tuple[str, int]]:
        from wawp_emulator.state.groups import GroupsState

        groups = self.instance.state(GroupsState)
        me = groups.me
        return [
            (gid, group.creation)
            for gid, group in list(groups.groups.items())
            if not group.deleted and me in group.participants
        ]

    def _sync_groups(self) -> None:
        """Groups the instance is in have a chat, even before the first message."""
        for gid, created in self._member_groups():
            if gid not in self.chats:
                self._create(gid, created)

    def _create(self, chat_id: str, ts: int) -> Chat:
        self.seq += 1
        chat = Chat(id=chat_id, seq=self.seq, conversation_ts=ts)
        self.chats[chat_id] = chat
        return chat

    # ------------------------------------------------------------------ hooks from messages

    def touch(self, chat_id: str, ts: int, *, unread: bool) -> Chat:
        """A message arrived or left: create the chat when missing and move it up the list."""
        chat = self.chats.get(chat_id) or self._create(chat_id, ts)
        chat.conversation_ts = max(chat.conversation_ts, ts)
        return chat

    def on_outgoing(self, chat_id: str) -> None:
        """Writing in a chat reads it, like on the phone."""
        chat = self.chats.get(chat_id)
        if chat is not None:
            chat.marked_unread = False

    def on_read(self, chat_id: str) -> None:
        chat = self.chats.get(chat_id)
        if chat is not None:
            chat.marked_unread = False

    # ------------------------------------------------------------------ lookup

    def get(self, chat_id: str) -> Chat:
        """The chat for ``chat_id`` (bare digits accepted); 404 ``chat_not_found``."""
        cid = normalize_chat_id(chat_id)
        chat = self.chats.get(cid)
        if chat is None and cid.endswith("@g.us"):
            self._sync_groups()
            chat = self.chats.get(cid)
        if chat is None:
            raise StateError(404, "chat_not_found", f"Chat {cid} not found")
        return chat

    def name(self, chat_id: str) -> str | None:
        if chat_id.endswith("@g.us"):
            from wawp_emulator.state.groups import GroupsState

            group = self.instance.state(GroupsState).groups.get(chat_id)
            return group.subject if group is not None else None
        if chat_id.endswith(("@c.us", "@lid")):
            return self.instance.state(ContactsState).display_name(chat_id)
        return None

    def picture(self, chat_id: str, *, refresh: bool = False) -> str | None:
        """Avatar URL of a person or group (``None`` when they have none or are not on WhatsApp)."""
        cid = normalize_chat_id(chat_id)
        try:
            if cid.endswith("@g.us"):
                from wawp_emulator.state.groups import GroupsState

                return self.instance.state(GroupsState).picture(cid)
            if cid.endswith(("@c.us", "@lid")):
                return self.instance.state(ContactsState).profile_picture(cid, refresh=refresh)
        except StateError:
            return None
        return None

    def unread_count(self, chat: Chat) -> int:
        unread = sum(1 for m in self.messages.in_chat(chat.id) if not m.from_me and not m.read)
        if unread == 0 and chat.marked_unread:
            return -1
        return unread

    # ------------------------------------------------------------------ JSON

    def chat_json(self, chat: Chat) -> dict[str, Any]:
        last = self.messages.last_in_chat(chat.id)
        return {
            "id": chat.id,
            "name": self.name(chat.id),
            "isGroup": chat.is_group,
            "isReadOnly": False,
            "unreadCount": self.unread_count(chat),
            "timestamp": chat.conversation_ts,
            "conversationTimestamp": chat.conversation_ts,
            "archived": chat.archived,
            "pinned": chat.pinned,
            "isMuted": chat.muted_until is not None and chat.muted_until > seconds(self.world.clock),
            "muteExpiration": chat.muted_until or 0,
            "lastMessage": self.messages.json(last, download_media=False) if last is not None else None,
        }

    def summary_json(self, chat: Chat) -> dict[str, Any]:
        """``ChatSummary``: what a chat list shows (``lastMessage`` without media)."""
        last = self.messages.last_in_chat(chat.id)
        raw = self.chat_json(chat)
        raw.pop("lastMessage", None)
        return {
            "id": chat.id,
            "name": self.name(chat.id),
            "picture": self.picture(chat.id),
            "lastMessage": self.messages.json(last, download_media=False) if last is not None else None,
            "_chat": raw,
        }

    # ------------------------------------------------------------------ API operations

    def visible(self) -> list[Chat]:
        self._sync_groups()
        return [chat for chat in self.chats.values() if chat.id != STATUS_CHAT]

    def list_chats(
        self,
        *,
        sort_by: str | None = None,
        sort_order: str | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[Chat]:
        """All chats; default newest conversation first; ``sortBy`` id | name | conversationTimestamp."""
        descending = (sort_order or "desc").lower() != "asc"
        key = sort_by or "conversationTimestamp"
        order: Callable[[Chat], Any]
        if key == "id":
            order = _chat_id
        elif key == "name":
            order = lambda c: ((self.name(c.id) or "").casefold(), c.id)  # noqa: E731
        else:
            order = _chat_recency
        return page(self.visible(), order, descending=descending, offset=offset, limit=limit)

    def overview(self, *, limit: int | None = 20, offset: int = 0, ids: list[str] | None = None) -> list[Chat]:
        rows = self.list_chats(limit=None)
        if ids:
            wanted = set()
            for raw in ids:
                try:
                    wanted.add(normalize_chat_id(raw))
                except StateError:
                    continue
            rows = [c for c in rows if c.id in wanted]
        rows = rows[max(offset, 0) :]
        return rows if limit is None else rows[: max(limit, 0)]

    def set_archived(self, chat_id: str, archived: bool) -> Chat:
        """Archive or unarchive; emits ``chat.archive`` when the flag changes."""
        chat = self.get(chat_id)
        if chat.archived != archived:
            chat.archived = archived
            self.world.emit(
                self.instance,
                "chat.archive",
                {"id": chat.id, "archived": archived, "timestamp": seconds(self.world.clock)},
            )
        return chat

    def mark_unread(self, chat_id: str) -> Chat:
        chat = self.get(chat_id)
        chat.marked_unread = True
        return chat

    def delete(self, chat_id: str) -> Chat:
        chat = self.get(chat_id)
        self.messages.clear_chat(chat.id)
        del self.chats[chat.id]
        return chat

    def clear_messages(self, chat_id: str) -> int:
        chat = self.get(chat_id)
        return self.messages.clear_chat(chat.id)
