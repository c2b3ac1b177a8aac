"""Messages: what the instance sends and receives, acks, reactions, edits, revokes, stars and pins.

Identifiers follow WAHA: ``{fromMe}_{chatId}_{RAWID}`` with RAWID ``3EB0`` + 16 upper-case hex
characters; a message in a group or on a status appends ``_{sender}`` (someone else's always; the
instance's own where its engine says so: GOWS and WEBJS do, NOWEB does not). Any of those forms, with
or without the sender, finds the message (``get``). Timestamps are unix seconds from the world clock.

Acks of outgoing messages progress by themselves (see ``Timing``; the backend plans each step as a
``scheduler.Due`` and hands it back to :meth:`MessagesState.ack_due`):
``PENDING(0)`` at once, ``SERVER(1)`` after ``ack_server`` seconds, ``DEVICE(2)`` after
``ack_device`` more, ``READ(3)`` after ``ack_read`` more and, for voice notes and video notes,
``PLAYED(4)`` after ``ack_played`` more. Every step is announced as the engine sends it: ``message.ack``,
or on GOWS, which reports receipts only (from DEVICE on), in a group one ``message.ack.group`` per other
member. A message to a phone
number that is not on WhatsApp (the contacts module's rule) never gets past ``SERVER``; a message
to a channel stops at ``SERVER`` too. While the session is not ``WORKING`` due steps wait and
resume, with their delay, when it is ``WORKING`` again. The control action ``message.ack`` sets a
level by hand and stops the automatic progression of that message.

Deleting a message removes it (later reads answer 404 ``message_not_found``); deleting your own
message revokes it for everyone (``message.revoked``).

The store keeps messages and their rules and calls nothing above it: who the instance is comes in as
:class:`Me`, the messages a change touched come back, and the backend renders and announces them.
"""

from __future__ import annotations

import bisect
import hashlib
import itertools
import mimetypes
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar

from wawp_emulator.clock import seconds
from wawp_emulator.errors import StateError
from wawp_emulator.ids import Ids
from wawp_emulator.jids import bare_message_id, is_grouped, normalize_chat_id, normalize_participant_id

if TYPE_CHECKING:
    from collections.abc import Iterable

    from wawp_emulator.kernel import InstanceView, WorldView

__all__ = [
    "ACK_BY_NAME",
    "ACK_NAMES",
    "Ballot",
    "Me",
    "Media",
    "Message",
    "MessagesState",
    "location_json",
]

ACK_NAMES = {-1: "ERROR", 0: "PENDING", 1: "SERVER", 2: "DEVICE", 3: "READ", 4: "PLAYED"}
ACK_BY_NAME = {name: level for level, name in ACK_NAMES.items()}
_EXTENSIONS = {
    "image/jpeg": "jpeg",
    "image/png": "png",
    "image/webp": "webp",
    "audio/ogg": "oga",
    "audio/mpeg": "mp3",
    "video/mp4": "mp4",
    "application/pdf": "pdf",
}


@dataclass
class Media:
    mimetype: str
    filename: str | None
    url: str  # where the emulator says the file is (its own host, WAHA's /api/files layout)
    source_url: str | None = None  # what the caller gave
    size: int = 0

    def to_json(self) -> dict[str, Any]:
        return {"url": self.url, "mimetype": self.mimetype, "filename": self.filename, "error": None}


@dataclass
class Message:
    id: str
    raw_id: str
    chat_id: str
    from_me: bool
    sender: str  # who wrote it: the instance's own id, the contact, or the group participant
    timestamp: int
    seq: int
    type: str  # chat, image, document, ptt, video, location, poll_creation, vcard, multi_vcard
    body: str | None
    source: str = "api"  # api | app
    ack: int = 0
    participant: str | None = None  # sender inside a group (incoming)
    media: Media | None = None
    location: dict[str, Any] | None = None
    poll: dict[str, Any] | None = None
    vcards: list[str] = field(default_factory=list)
    reply_to: str | None = None  # full id of the quoted message
    reply_snapshot: dict[str, Any] | None = None
    link_preview: dict[str, Any] | None = None
    is_note: bool = False  # voice note / video note: can reach PLAYED
    starred: bool = False
    pinned_until: int | None = None
    reactions: dict[str, str] = field(default_factory=dict)  # reactor id -> emoji
    edited_at: int | None = None
    read: bool = False  # incoming: the instance has read it
    votes: dict[str, list[str]] = field(default_factory=dict)  # voter -> options
    ack_manual: bool = False
    ack_generation: int = 0
    target: str | None = None  # protocol messages (reaction, edit, revoke): the id of the message acted on
    latest_edit: str | None = None  # id of the last edit message sent for this one
    text_style: dict[str, int] | None = None  # a text status' backgroundArgb and font
    interactive: dict[str, Any] | None = None  # a list's or an Event's content, as sent (v2's send/list, send/event)

    @property
    def has_media(self) -> bool:
        return self.media is not None

    @property
    def id_participant(self) -> str | None:
        """The ``_{sender}`` part of the serialized id (groups and statuses), if it has one."""
        parts = self.id.split("_", 3)
        return parts[3] if len(parts) == 4 else None

    def to_json(self, addressing: dict[str, Any], *, download_media: bool = True) -> dict[str, Any]:
        """WAHA's ``WAMessage``; ``addressing`` is ``from``/``to``/``participant`` as the instance's engine
        sets them (``MessagesState.json`` also adds the engine's raw ``_data``)."""
        body: dict[str, Any] = {
            "id": self.id,
            "timestamp": self.timestamp,
            "from": addressing["from"],
            "fromMe": self.from_me,
            "source": self.source,
            **{key: addressing[key] for key in ("to", "participant") if key in addressing},
            "body": self.body,
            "hasMedia": self.has_media,
            "media": self.media.to_json() if (self.media is not None and download_media) else None,
            "ack": self.ack,
            "ackName": ACK_NAMES.get(self.ack, "UNKNOWN"),
            "location": self.location,
            "vCards": list(self.vcards),
            "replyTo": self.reply_snapshot,
        }
        if self.media is not None and download_media:
            body["mediaUrl"] = self.media.url
        return body


@dataclass(frozen=True)
class Ballot:
    """A vote someone cast on one of the instance's polls, engine-neutral: each engine renders its event."""

    poll: Message
    voter: str
    """Who voted (``…@c.us``)."""
    raw_id: str
    """The raw id of the vote message."""
    options: tuple[str, ...]
    failed: bool
    """The vote could not be decrypted (its options are unknown)."""
    at: float
    """When it was cast, unix seconds."""


def _vcard(contact: dict[str, Any]) -> str:
    raw = contact.get("vcard")
    if isinstance(raw, str) and raw.strip():
        return raw
    name = str(contact.get("fullName") or contact.get("name") or "Contact")
    phone = str(contact.get("phoneNumber") or "")
    wa_id = "".join(ch for ch in str(contact.get("whatsappId") or phone) if ch.isdigit())
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"FN:{name}"]
    org = contact.get("organization")
    if org:
        lines.append(f"ORG:{org};")
    if phone or wa_id:
        lines.append(f"TEL;type=CELL;type=VOICE;waid={wa_id}:{phone or '+' + wa_id}")
    lines.append("END:VCARD")
    return "\n".join(lines)


@dataclass(frozen=True)
class Me:
    """Who the instance is, as its engine writes its own messages (the backend passes it in)."""

    id: str
    """The instance's own ``@c.us`` id."""
    session: str
    """The session's name (media URLs live under it, as on WAHA's file server)."""
    signs_own_ids: bool
    """Whether the id of its own message in a group or on a status ends with ``_{id}`` (GOWS, WEBJS)."""
    received_ack: int
    """The ack someone else's message has on arrival, in its engine."""

    def suffix(self, chat_id: str) -> str | None:
        """The ``_{sender}`` the id of the instance's own message in ``chat_id`` ends with, if any."""
        return self.id if self.signs_own_ids and is_grouped(chat_id) else None


def _serialized_chat(message_id: str) -> str | None:
    """The chat part of a serialized id ``{fromMe}_{chat}_{RAWID}[_{sender}]`` (``None`` for a bare id)."""
    parts = message_id.split("_")
    return parts[1] if len(parts) in (3, 4) and parts[0] in ("true", "false") else None


def _order(message: Message) -> tuple[int, int]:
    """A chat's order: by timestamp, then by arrival."""
    return (message.timestamp, message.seq)


class MessagesState:
    """Per-instance message store (by chat, in arrival order) and the ack machine.

    Its messages and raw ids are *tables* (``changes.py``): a unit stores the messages it marked with
    :meth:`_changed`, not all of them; ``by_chat`` is an index of ``by_id``, never stored, rebuilt when
    the store is loaded (:meth:`__setstate__`)."""

    TABLES: ClassVar[tuple[str, ...]] = ("by_id", "raw_ids")
    """The attributes the state file stores entry by entry (each change marked, ``changes.py``)."""

    def __init__(self, world: WorldView, instance: InstanceView) -> None:
        self.world = world
        self.instance = instance
        self.by_id: dict[str, Message] = {}
        self.by_chat: dict[str, list[Message]] = {}
        """Each chat's messages sorted by ``(timestamp, seq)``: "the last N" and offset pages slice the
        end of the list (O(N + offset)), timestamp ranges are found by bisection (``query``)."""
        self.seq = 0
        self.raw_ids: set[str] = set()
        self.deferred_acks: list[tuple[str, int, int]] = []  # (message id, ack generation, next level)
        self.held_inbound: list[dict[str, Any]] = []  # receive() arguments waiting for WORKING

    def __getstate__(self) -> dict[str, Any]:
        state = self.__dict__.copy()
        state.pop("by_chat", None)  # (an index of by_id: rebuilt on load)
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        by_chat: dict[str, list[Message]] = {}
        for message in self.by_id.values():
            by_chat.setdefault(message.chat_id, []).append(message)
        for rows in by_chat.values():
            rows.sort(key=_order)
        self.by_chat = by_chat

    def _changed(self, message: Message) -> None:
        """``message`` was stored, changed or removed (the unit's row stores it, or its removal)."""
        self.world.changes.entry(self, "by_id", message.id)

    # ------------------------------------------------------------------ helpers

    def new_raw_id(self) -> str:
        while True:
            raw = self.world.ids.message_raw_id()
            if raw not in self.raw_ids:
                self.raw_ids.add(raw)
                self.world.changes.entry(self, "raw_ids", raw)
                return raw

    def _store(self, message: Message) -> Message:
        self.by_id[message.id] = message
        self._changed(message)
        rows = self.by_chat.setdefault(message.chat_id, [])
        if rows and _order(message) < _order(rows[-1]):  # (a clock set back): keep the order
            bisect.insort(rows, message, key=_order)
        else:
            rows.append(message)
        return message

    def _next_seq(self) -> int:
        self.seq += 1
        return self.seq

    @staticmethod
    def media_url(session: str, message_id: str, mimetype: str) -> str:
        ext = _EXTENSIONS.get(mimetype.split(";", 1)[0].strip()) or (
            (mimetypes.guess_extension(mimetype.split(";", 1)[0].strip()) or ".bin").lstrip(".")
        )
        return f"http://localhost:8787/api/files/{session}/{message_id}.{ext}"  # (WAHA's file server)

    def protocol_message(self, kind: str, target: Message, me: Me, text: str | None = None, *, by_me: bool) -> Message:
        """The message that reacts to (``reaction``), edits (``edit``) or revokes (``revoke``) ``target``,
        sent by the instance (``by_me``) or else by the target's author: what those calls answer. It has
        an id of its own and is not stored (WhatsApp applies it to the target)."""
        raw = self.new_raw_id()
        from_me = by_me or target.from_me
        participant = None if by_me else target.participant
        signed_by = me.suffix(target.chat_id) if from_me else participant
        return Message(
            id=Ids.message_id(from_me, target.chat_id, raw, signed_by),
            raw_id=raw,
            chat_id=target.chat_id,
            from_me=from_me,
            sender=me.id if by_me else target.sender,
            participant=participant,
            timestamp=seconds(self.world.clock),
            seq=self._next_seq(),
            type=kind,
            body=text,
            target=target.id,
        )

    # ------------------------------------------------------------------ lookup

    def get(self, message_id: str, chat_id: str | None = None) -> Message:
        """A stored message by serialized id, with or without the ``_{sender}`` part (engines hand out
        both), or by bare RAWID within ``chat_id``; 404 ``message_not_found``."""
        text = message_id.strip()
        found = self.by_id.get(text)
        if found is None:
            within = _serialized_chat(text) or chat_id
            if within is not None:
                raw = bare_message_id(text)
                found = next((m for m in self.by_chat.get(within, ()) if m.raw_id == raw), None)
        if found is None or (chat_id is not None and found.chat_id != chat_id):
            raise StateError(404, "message_not_found", f"Message {message_id} not found")
        return found

    def in_chat(self, chat_id: str) -> list[Message]:
        return list(self.by_chat.get(chat_id, ()))

    def last_in_chat(self, chat_id: str) -> Message | None:
        rows = self.by_chat.get(chat_id)
        return rows[-1] if rows else None

    def count(self) -> int:
        return len(self.by_id)

    # ------------------------------------------------------------------ sending

    def compose(
        self,
        chat_id: str,
        me: Me,
        *,
        type: str,
        body: str | None,
        reply_to: str | None = None,
        media: dict[str, Any] | None = None,
        location: dict[str, Any] | None = None,
        poll: dict[str, Any] | None = None,
        contacts: Iterable[dict[str, Any]] = (),
        link_preview: dict[str, Any] | None = None,
        is_note: bool = False,
        source: str = "api",
        text_style: dict[str, int] | None = None,
        interactive: dict[str, Any] | None = None,
    ) -> Message:
        """Store an outgoing message to ``chat_id`` (normalised, checked by the backend); ``Backend.send``
        then announces it and plans its acks."""
        cid = chat_id
        raw = self.new_raw_id()
        message = Message(
            id=Ids.message_id(True, cid, raw, me.suffix(cid)),
            raw_id=raw,
            chat_id=cid,
            from_me=True,
            sender=me.id,
            timestamp=seconds(self.world.clock),
            seq=self._next_seq(),
            type=type,
            body=body,
            source=source,
            ack=0,
            location=location,
            poll=poll,
            vcards=[_vcard(c) for c in contacts],
            link_preview=link_preview,
            is_note=is_note,
            text_style=text_style,
            interactive=interactive,
        )
        if media is not None:
            mimetype = str(media.get("mimetype") or "application/octet-stream")
            source_url = media.get("url")
            data = media.get("data")
            digest = hashlib.sha256(str(source_url).encode()).hexdigest()
            size = len(str(data)) * 3 // 4 if data else 4096 + int(digest[:5], 16)
            message.media = Media(
                mimetype=mimetype,
                filename=media.get("filename"),
                url=self.media_url(me.session, message.id, mimetype),
                source_url=str(source_url) if source_url else None,
                size=size,
            )
        if reply_to:
            self._attach_reply(message, reply_to)
        return self._store(message)

    def _attach_reply(self, message: Message, reply_to: str) -> None:
        try:
            quoted = self.get(reply_to, message.chat_id)
        except StateError:
            # WAHA sends the quote anyway; the phone shows "message not found"
            message.reply_to = reply_to
            message.reply_snapshot = {"id": bare_message_id(reply_to)}
            return
        message.reply_to = quoted.id
        snapshot = {"id": quoted.raw_id, "participant": quoted.participant or quoted.sender, "body": quoted.body}
        message.reply_snapshot = {k: v for k, v in snapshot.items() if v is not None}

    # ------------------------------------------------------------------ acks

    def ack_due(self, message_id: str, generation: int, level: int, *, working: bool) -> Message | None:
        """A planned ack step fell due: the message, its ack now ``level``; ``None`` when the step is stale
        (the message is gone, its ack set by hand or already there) or waits for the session to work."""
        message = self.by_id.get(message_id)
        if message is None or message.ack_manual or message.ack_generation != generation or message.ack >= level:
            return None
        if not working:
            self.deferred_acks.append((message_id, generation, level))
            return None
        message.ack = level
        self._changed(message)
        return message

    def take_held(self) -> list[dict[str, Any]]:
        """The messages the server kept while the session was down (``hold_inbound``), to arrive now."""
        held, self.held_inbound = self.held_inbound, []
        return held

    def hold_inbound(self, sender: str, **fields_: Any) -> dict[str, Any]:
        """Someone writes while the session is down: WhatsApp's server keeps it until the device is back."""
        cid = normalize_chat_id(sender)
        participant = fields_.get("participant")
        if cid.endswith("@g.us") and not participant:
            raise StateError(400, "participant_required", "A group message needs the participant who sent it")
        raw = self.new_raw_id()
        self.held_inbound.append({"sender": sender, "raw_id": raw, **fields_})
        if cid.endswith("@g.us") and participant:
            return {"id": Ids.message_id(False, cid, raw, normalize_participant_id(participant)), "queued": True}
        return {"id": Ids.message_id(False, cid, raw), "queued": True}

    def resume_acks(self) -> list[tuple[Message, int]]:
        """The deferred ack steps still meant (message, next level), to plan again with their usual delay."""
        pending, self.deferred_acks = self.deferred_acks, []
        resumed = []
        for message_id, generation, level in pending:
            message = self.by_id.get(message_id)
            if message is not None and message.ack_generation == generation:
                resumed.append((message, level))
        return resumed

    def force_ack(self, message_id: str, level: int | str) -> Message:
        """Control: set an ack level by hand (``-1``..``4`` or its name); stops the automatic progression."""
        message = self.get(message_id)
        value = ACK_BY_NAME.get(level.upper()) if isinstance(level, str) else level
        if value is None or value not in ACK_NAMES:
            raise StateError(400, "invalid_ack", f"Invalid ack {level!r}")
        message.ack_manual = True
        message.ack_generation += 1
        message.ack = value
        self._changed(message)
        return message

    # ------------------------------------------------------------------ incoming (control)

    def compose_incoming(
        self,
        sender: str,
        me: Me,
        *,
        body: str | None = None,
        participant: str | None = None,
        media: dict[str, Any] | None = None,
        location: dict[str, Any] | None = None,
        contacts: Iterable[dict[str, Any]] = (),
        reply_to: str | None = None,
        type: str | None = None,
        poll: dict[str, Any] | None = None,
        raw_id: str | None = None,
    ) -> Message:
        """Store what someone writes to the instance (``Backend.receive`` announces it)."""
        cid = normalize_chat_id(sender)
        author: str | None = None
        if cid.endswith("@g.us"):
            if not participant:
                raise StateError(400, "participant_required", "A group message needs the participant who sent it")
            author = normalize_participant_id(participant)
        raw = raw_id if raw_id is not None else self.new_raw_id()
        self.raw_ids.add(raw)
        self.world.changes.entry(self, "raw_ids", raw)
        msg_id = Ids.message_id(False, cid, raw, author)
        cards = [_vcard(c) for c in contacts]
        kind = type or (
            "image"
            if media is not None and str(media.get("mimetype", "")).startswith("image/")
            else "video"
            if media is not None and str(media.get("mimetype", "")).startswith("video/")
            else "ptt"
            if media is not None and str(media.get("mimetype", "")).startswith("audio/")
            else "document"
            if media is not None
            else "location"
            if location is not None
            else "poll_creation"
            if poll is not None
            else ("vcard" if len(cards) == 1 else "multi_vcard")
            if cards
            else "chat"
        )
        message = Message(
            id=msg_id,
            raw_id=raw,
            chat_id=cid,
            from_me=False,
            sender=author or cid,
            timestamp=seconds(self.world.clock),
            seq=self._next_seq(),
            type=kind,
            body=body,
            source="app",
            ack=me.received_ack,
            participant=author,
            location=location_json(location) if location else None,
            vcards=cards,
            poll=poll,
        )
        if media is not None:
            mimetype = str(media.get("mimetype") or "application/octet-stream")
            message.media = Media(
                mimetype=mimetype,
                filename=media.get("filename"),
                url=self.media_url(me.session, message.id, mimetype),
                source_url=media.get("url"),
            )
        if reply_to:
            self._attach_reply(message, reply_to)
        return self._store(message)

    # ------------------------------------------------------------------ reading

    def mark_seen(self, chat_id: str, message_ids: Iterable[str], participant: str | None = None) -> list[str]:
        """``sendSeen``: mark incoming messages read (all unread ones when no id matches)."""
        cid = normalize_chat_id(chat_id)
        wanted = {bare_message_id(m) for m in message_ids if m}
        marked: list[str] = []
        for message in self.by_chat.get(cid, ()):
            if message.from_me or message.read:
                continue
            if wanted and message.raw_id not in wanted:
                continue
            if participant and message.participant not in (None, participant):
                continue
            self._read(message)
            marked.append(message.id)
        return marked

    def _read(self, message: Message) -> None:
        message.read = True
        message.ack = max(message.ack, 3)
        self._changed(message)

    def mark_read(self, chat_id: str, *, messages: int | None, days: int | None) -> list[str]:
        """``POST /chats/{chatId}/messages/read``: the latest ``messages`` or last ``days`` (default 7)."""
        rows = [m for m in reversed(self.by_chat.get(chat_id, ())) if not m.from_me]
        if messages:
            rows = rows[:messages]
        else:
            since = seconds(self.world.clock) - (days or 7) * 86400
            rows = [m for m in rows if m.timestamp >= since]
        marked = []
        for message in rows:
            if not message.read:
                self._read(message)
                marked.append(message.id)
        return marked

    def query(
        self,
        chat_id: str,
        *,
        limit: int | None,
        offset: int = 0,
        ts_gte: int | None = None,
        ts_lte: int | None = None,
        from_me: bool | None = None,
        ack: int | None = None,
        sort_order: str | None = None,
    ) -> list[Message]:
        """Messages of a chat, newest first unless ``sort_order`` is ``asc``; filters (``ack``: a level)
        are inclusive."""
        level = ack
        rows = self.by_chat.get(chat_id, [])
        low = 0 if ts_gte is None else bisect.bisect_left(rows, (ts_gte, -1), key=_order)
        high = len(rows) if ts_lte is None else bisect.bisect_left(rows, (ts_lte + 1, -1), key=_order)
        window = range(low, high) if (sort_order or "desc").lower() == "asc" else range(high - 1, low - 1, -1)
        if from_me is None and level is None:
            start = max(offset, 0)
            stop = len(window) if limit is None else min(len(window), start + max(limit, 0))
            return [rows[i] for i in window[start:stop]]
        matching = (
            rows[i]
            for i in window
            if (from_me is None or rows[i].from_me == from_me) and (level is None or rows[i].ack == level)
        )
        start = max(offset, 0)
        return list(itertools.islice(matching, start, None if limit is None else start + max(limit, 0)))

    # ------------------------------------------------------------------ changes

    def target(self, chat_id: str | None, message_id: str) -> Message:
        """The message a reaction or star is about (``chat_id`` optional, normalised)."""
        return self.get(message_id, normalize_chat_id(chat_id) if chat_id else None)

    def apply_reaction(self, target: Message, reactor: str, reaction: str, me: Me, *, from_me: bool) -> Message:
        """``reactor`` reacts to ``target`` (``""`` removes the reaction); returns the reaction message sent
        (what ``message.reaction`` reports; not stored)."""
        if reaction:
            target.reactions[reactor] = reaction
        else:
            target.reactions.pop(reactor, None)
        self._changed(target)
        raw = self.new_raw_id()
        participant = reactor if target.chat_id.endswith("@g.us") and not from_me else None
        signed_by = me.suffix(target.chat_id) if from_me else participant
        return Message(
            id=Ids.message_id(from_me, target.chat_id, raw, signed_by),
            raw_id=raw,
            chat_id=target.chat_id,
            from_me=from_me,
            sender=reactor,
            participant=participant,
            timestamp=seconds(self.world.clock),
            seq=0,
            type="reaction",
            body=reaction,
            target=target.id,
        )

    def star(self, chat_id: str | None, message_id: str, star: bool) -> Message:
        target = self.target(chat_id, message_id)
        target.starred = star
        self._changed(target)
        return target

    def edit(
        self, chat_id: str, message_id: str, text: str, me: Me, *, by_other_side: bool = False
    ) -> tuple[Message, Message]:
        """Change the text of a message (own ones through the API; the other side's through control);
        returns it and the edit message sent, whose id ``message.edited`` carries."""
        target = self.get(message_id, chat_id)
        if target.from_me == by_other_side:
            who = "your own" if not by_other_side else "the other side's"
            raise StateError(422, "message_not_editable", f"Only {who} messages can be edited this way")
        if target.type not in ("chat", "image", "video", "document") or target.poll is not None:
            raise StateError(422, "message_not_editable", f"A {target.type} message cannot be edited")
        target.body = text
        target.edited_at = seconds(self.world.clock)
        sent = self.protocol_message("edit", target, me, text, by_me=not by_other_side)
        target.latest_edit = sent.id
        self._changed(target)
        return target, sent

    def delete(self, chat_id: str, message_id: str, me: Me, *, by_other_side: bool = False) -> tuple[Message, Message]:
        """Remove a message; own ones (or the other side's, via control) are revoked for everyone
        (``message.revoked``). Returns it and the revoke message sent (the id of that event's ``after``)."""
        target = self.get(message_id, chat_id)
        if by_other_side and target.from_me:
            raise StateError(422, "message_not_revocable", "The other side can only revoke its own messages")
        self._remove(target)
        return target, self.protocol_message("revoke", target, me, by_me=not by_other_side)

    def _remove(self, message: Message) -> None:
        self.by_id.pop(message.id, None)
        self._changed(message)
        rows = self.by_chat.get(message.chat_id)
        if rows is not None and message in rows:
            rows.remove(message)

    def pin(self, chat_id: str, message_id: str, duration: int | None) -> Message:
        target = self.get(message_id, chat_id)
        target.pinned_until = seconds(self.world.clock) + (duration or 86400)
        self._changed(target)
        return target

    def unpin(self, chat_id: str, message_id: str) -> Message:
        target = self.get(message_id, chat_id)
        target.pinned_until = None
        self._changed(target)
        return target

    def clear_chat(self, chat_id: str) -> int:
        rows = self.by_chat.pop(chat_id, [])
        for message in rows:
            self.by_id.pop(message.id, None)
            self._changed(message)
        return len(rows)

    # ------------------------------------------------------------------ the other side (control)

    def reaction_from(self, message_id: str, reaction: str, me: Me, *, sender: str | None = None) -> Message:
        """Someone else reacts to a message; returns the reaction message (``message.reaction``)."""
        target = self.get(message_id)
        reactor = sender or (target.chat_id if not target.chat_id.endswith("@g.us") else None)
        if reactor is None:
            raise StateError(400, "participant_required", "A reaction in a group needs the participant who reacts")
        return self.apply_reaction(target, normalize_participant_id(reactor), reaction, me, from_me=False)

    def vote(self, poll_id: str, voter: str | None, options: list[str], *, failed: bool = False) -> Ballot:
        """Someone votes on one of the instance's polls (the engine renders the event, if it reports one)."""
        poll = self.get(poll_id)
        if poll.poll is None:
            raise StateError(400, "not_a_poll", f"Message {poll_id} is not a poll")
        group = poll.chat_id.endswith("@g.us")
        who = voter or (None if group else poll.chat_id)
        if who is None:
            raise StateError(400, "participant_required", "A vote in a group needs the participant who votes")
        unknown = [o for o in options if o not in poll.poll["options"]]
        if unknown:
            raise StateError(400, "invalid_poll_option", f"Not options of this poll: {', '.join(unknown)}")
        if len(options) > poll.poll["selectableCount"] and poll.poll["selectableCount"] > 0:
            raise StateError(400, "too_many_options", "This poll allows only one answer")
        if not failed:
            poll.votes[who] = list(options)
            self._changed(poll)
        voter_id = normalize_participant_id(who)
        return Ballot(
            poll, voter_id, self.new_raw_id(), () if failed else tuple(options), failed, self.world.clock.now()
        )


def location_json(raw: dict[str, Any]) -> dict[str, Any]:
    """A ``location`` object of ``WAMessage`` from what a send or an inbound message gave."""
    body: dict[str, Any] = {
        "latitude": str(raw.get("latitude")),
        "longitude": str(raw.get("longitude")),
        "live": bool(raw.get("live", False)),
    }
    for key in ("name", "address", "url", "description"):
        if raw.get(key) is not None:
            body[key] = str(raw[key])
    return body
