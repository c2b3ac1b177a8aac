"""Chats: the conversations of an instance (metadata only; the messages live in ``state.messages``).

A chat exists once a message was sent or received in it, or - for groups - while the instance is a
member of the group (the backend hands the member groups in: ``sync_groups``). Chats the instance does not have
answer 404 ``chat_not_found``. Deleting a chat removes it and its messages; a later message
recreates it, empty of history.

``unreadCount`` counts incoming messages not yet read (``sendSeen`` / ``messages/read`` read them);
marking a chat unread without unread messages gives ``-1``, as WhatsApp Web does.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from wawp_emulator.clock import seconds
from wawp_emulator.errors import StateError
from wawp_emulator.jids import STATUS_CHAT, normalize_chat_id
from wawp_emulator.paging import page

if TYPE_CHECKING:
    from wawp_emulator.kernel import InstanceView, WorldView

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
    """Per-instance chat list: archive flags, unread marks and conversation order. What a chat shows
    (name, picture, last message, unread count) comes from other stores: ``Backend.chat_json``."""

    def __init__(self, world: WorldView, instance: InstanceView) -> None:
        self.world = world
        self.instance = instance
        self.chats: dict[str, Chat] = {}
        self.seq = 0

    def _create(self, chat_id: str, ts: int) -> Chat:
        self.seq += 1
        chat = Chat(id=chat_id, seq=self.seq, conversation_ts=ts)
        self.chats[chat_id] = chat
        return chat

    def sync_groups(self, member_groups: Iterable[tuple[str, int]]) -> None:
        """Groups the instance is in (id, creation time) have a chat, even before the first message."""
        for gid, created in member_groups:
            if gid not in self.chats:
                self._create(gid, created)

    # ------------------------------------------------------------------ what messages do to chats

    def touch(self, chat_id: str, ts: int) -> Chat:
        """A message arrived or left: create the chat when missing and move it up the list."""
        chat = self.chats.get(chat_id) or self._create(chat_id, ts)
        chat.conversation_ts = max(chat.conversation_ts, ts)
        return chat

    def on_read(self, chat_id: str) -> None:
        """Writing in a chat, or reading it, clears its unread mark, like on the phone."""
        chat = self.chats.get(chat_id)
        if chat is not None:
            chat.marked_unread = False

    # ------------------------------------------------------------------ lookup

    def get(self, chat_id: str) -> Chat:
        """The chat for ``chat_id`` (bare digits accepted); 404 ``chat_not_found``."""
        cid = normalize_chat_id(chat_id)
        chat = self.chats.get(cid)
        if chat is None:
            raise StateError(404, "chat_not_found", f"Chat {cid} not found")
        return chat

    def visible(self) -> list[Chat]:
        return [chat for chat in self.chats.values() if chat.id != STATUS_CHAT]

    def list_chats(
        self,
        *,
        name: Callable[[str], str | None],
        sort_by: str | None = None,
        sort_order: str | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[Chat]:
        """All chats; default newest conversation first; ``sortBy`` id | name (``name`` gives a chat's
        name) | conversationTimestamp."""
        descending = (sort_order or "desc").lower() != "asc"
        key = sort_by or "conversationTimestamp"
        order: Callable[[Chat], Any]
        if key == "id":
            order = _chat_id
        elif key == "name":
            order = lambda c: ((name(c.id) or "").casefold(), c.id)  # noqa: E731
        else:
            order = _chat_recency
        return page(self.visible(), order, descending=descending, offset=offset, limit=limit)

    def overview(self, *, limit: int | None = 20, offset: int = 0, ids: list[str] | None = None) -> list[Chat]:
        rows = page(self.visible(), _chat_recency, descending=True, offset=0, limit=None)
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

    def is_muted(self, chat: Chat) -> bool:
        return chat.muted_until is not None and chat.muted_until > seconds(self.world.clock)

    # ------------------------------------------------------------------ API operations

    def set_archived(self, chat_id: str, archived: bool) -> tuple[Chat, bool]:
        """Archive or unarchive; returns the chat and whether the flag changed (``chat.archive``)."""
        chat = self.get(chat_id)
        changed = chat.archived != archived
        chat.archived = archived
        return chat, changed

    def mark_unread(self, chat_id: str) -> Chat:
        chat = self.get(chat_id)
        chat.marked_unread = True
        return chat

    def remove(self, chat_id: str) -> Chat:
        chat = self.get(chat_id)
        del self.chats[chat.id]
        return chat
