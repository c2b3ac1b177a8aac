"""What every engine renderer shares: the identity it renders for, and the renderer's interface.

A renderer turns engine-neutral state objects (``Message``, ``Group``) into the JSON the real
engine's REST layer or webhooks carry. It reads state and never changes it.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, ClassVar

from wawp_emulator.state.messages import ACK_NAMES

if TYPE_CHECKING:
    from wawp_emulator.state.groups import Group
    from wawp_emulator.state.messages import Ballot, Message
    from wawp_emulator.state.sessions import Account

__all__ = ["Context", "Engine", "Rsvp", "destination", "rfc3339", "user_of"]


@dataclass(frozen=True)
class Context:
    """Who the instance is, as a renderer needs it: the linked account and the lid of any phone id."""

    me: Account
    contact_lid: Callable[[str], str]

    def lid_of(self, jid: str) -> str:
        """The lid of a phone id; the account's own number has the lid ``/session/me`` reports (one lid
        per number across every read)."""
        return self.me.lid if jid == self.me.id else self.contact_lid(jid)

    @property
    def device_jid(self) -> str:
        """The account's own device jid, ``<number>:<device>@s.whatsapp.net`` (whatsmeow's ``Sender``)."""
        return f"{self.me.number}:{self.me.device}@s.whatsapp.net"


@dataclass(frozen=True)
class Rsvp:
    """Someone's answer to one of the instance's Event messages, engine-neutral (nothing stores it)."""

    chat: str
    """Where the event was posted: the responder's chat, or a group."""
    responder: str
    event_raw_id: str
    """The raw id of the instance's Event message."""
    raw_id: str
    """The raw id of the response message."""
    response: str | None
    """GOING, NOT_GOING or MAYBE; ``None`` when it could not be decrypted."""
    extra_guests: int
    at: float


def destination(message_id: str, to: str | None, sender: str, from_me: bool) -> dict[str, Any]:
    """WAHA's ``MessageDestination`` (``getDestination`` of a message key): the keys of ``poll.vote`` and
    ``event.response`` payloads."""
    return {"id": message_id, "to": to, "from": sender, "fromMe": from_me}


def user_of(jid: str) -> str:
    """``201234567890`` from ``201234567890@c.us`` (or from a whatsmeow ``...@s.whatsapp.net``)."""
    return jid.split("@", 1)[0].split(":", 1)[0]


def rfc3339(seconds: float) -> str:
    """A unix time as Go's ``time.Time`` marshals it (UTC): ``2026-11-30T12:00:00Z``."""
    return datetime.fromtimestamp(seconds, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class Engine(ABC):
    """One WAHA engine's way of rendering what the REST layer passes through untouched.

    What WAHA's controllers normalise themselves (``WAMessage`` fields, ``{result: true}``, the
    ``group.v2.*`` payloads) is the same on every engine and is built outside the renderers; only the
    engine's raw objects (a sent message, ``_data``, groups and their participants) differ.
    """

    name: ClassVar[str]

    @abstractmethod
    def session_engine(self) -> dict[str, Any]:
        """``SessionInfo.engine``: what the session reports about its engine."""

    @abstractmethod
    def message_data(self, message: Message, ctx: Context) -> dict[str, Any]:
        """``WAMessage._data``: the engine's raw message (REST message reads and webhook payloads)."""

    @abstractmethod
    def addressing(self, message: Message, ctx: Context) -> dict[str, Any]:
        """``from``, ``to`` and ``participant`` of ``message`` as the engine's ``toWAMessage`` sets them
        (message reads, webhook payloads, acks, reactions); a key the engine leaves undefined is absent."""

    def ack_events(
        self, message: Message, members: list[str], ctx: Context, at: float
    ) -> list[tuple[str, dict[str, Any]]]:
        """The webhook events one ack step of ``message`` gives (its new level is ``message.ack``) at time
        ``at``, each with its whole payload: by default one ``message.ack`` addressed as the message, with no
        ``_data`` (the engine's raw event is its own business). ``members``: the other members of the
        message's group (empty outside groups), whose receipts the step stands for."""
        return [("message.ack", self.ack_payload(message, self.addressing(message, ctx)))]

    @staticmethod
    def ack_payload(message: Message, addressing: dict[str, Any], **data: Any) -> dict[str, Any]:
        """WAHA's ``WAMessageAckBody`` for the message's new level, with the engine's ``from``/``to``/
        ``participant`` and, when given, ``_data`` (``data``'s one key)."""
        return {
            "id": message.id,
            **addressing,
            "fromMe": message.from_me,
            "ack": message.ack,
            "ackName": ACK_NAMES.get(message.ack, "UNKNOWN"),
            **data,
        }

    def poll_vote(self, ballot: Ballot, ctx: Context) -> tuple[str, dict[str, Any]] | None:
        """The event a vote on the instance's poll gives (``poll.vote`` or ``poll.vote.failed``) with its
        payload; ``None`` where the engine's public core reports no such event."""
        return None

    def event_response(self, rsvp: Rsvp, ctx: Context) -> tuple[str, dict[str, Any]] | None:
        """The event an answer to the instance's Event message gives (``event.response`` or
        ``event.response.failed``) with its payload; ``None`` where the engine reports none (only GOWS'
        public core subscribes to event responses)."""
        return None

    def reaction_addressing(self, reaction: Message, ctx: Context) -> dict[str, Any]:
        """``from``/``to``/``participant`` of ``message.reaction`` for the reaction message ``reaction``
        (``sender`` the one who reacted): what the engine's ``processMessageReaction`` sets, by default as for
        any message (``getFromToParticipant``)."""
        return self.addressing(reaction, ctx)

    echo_ack: ClassVar[int] = 0
    """The ack ``message.any`` reports for the account's own send when it goes out (PENDING by default)."""

    received_ack: ClassVar[int] = 1
    """The ack a message someone else sent has when it arrives (``message``, ``message.any``, reads)."""

    signs_own_ids: ClassVar[bool] = True
    """Whether the serialized id of the account's own message in a group or on a status ends with the
    account's id (``true_<group>_<RAWID>_<me>@c.us``), as it does for everyone else's messages there
    (``state.messages.Me.suffix`` applies it)."""

    @abstractmethod
    def sent_message(self, message: Message, ctx: Context) -> dict[str, Any]:
        """The 200 body of a send (text, media, location, poll, contact card, status, edit, delete)."""

    def edited(self, target: Message, sent: Message, ctx: Context) -> dict[str, Any]:
        """The answer to editing ``target`` with the edit message ``sent`` (by default: what was sent)."""
        return self.sent_message(sent, ctx)

    def contact(self, contact: dict[str, Any]) -> dict[str, Any]:
        """A contact of ``GET /contacts`` and ``/contacts/all`` (WAHA's own form by default)."""
        return contact

    def channel_post(self, message: dict[str, Any]) -> dict[str, Any]:
        """A channel's post as ``GET /channels/{id}/messages/preview`` carries it (``ChannelMessage.message``)."""
        return message

    def number_status(self, found: dict[str, Any]) -> dict[str, Any]:
        """``GET /contacts/check-exists``: WAHA's ``{numberExists, chatId}``, as the engine fills it."""
        return found

    @abstractmethod
    def group(self, group: Group, ctx: Context) -> dict[str, Any]:
        """One group as the engine's group list and ``GET /groups/{id}`` return it."""

    @abstractmethod
    def participant(self, group: Group, member: str, ctx: Context) -> dict[str, Any]:
        """One member of ``group`` as the engine lists it (``GET /groups/{id}/participants``)."""

    def participants(self, group: Group, ctx: Context) -> list[dict[str, Any]]:
        return [self.participant(group, member, ctx) for member in group.participants]

    @abstractmethod
    def participants_changed(self, group: Group, action: str, members: list[str], ctx: Context) -> Any:
        """The answer to adding, removing, promoting or demoting ``members`` (``action``: add, remove,
        promote, demote), as the engine reports the outcome."""

    def group_created(self, group: Group, ctx: Context) -> dict[str, Any]:
        """The answer to creating ``group`` (the engine's group object unless it says otherwise)."""
        return self.group(group, ctx)

    def groups(self, groups: list[Group], ctx: Context) -> Any:
        """The group list (a JSON array unless the engine says otherwise)."""
        return [self.group(group, ctx) for group in groups]

    def chat(self, chat: dict[str, Any]) -> dict[str, Any]:
        """A chat of ``GET /chats`` (WAHA's own form, ``id`` a string, by default)."""
        return chat

    def label_chat(self, chat: dict[str, Any]) -> dict[str, Any]:
        """A chat of ``GET /labels/{id}/chats``: ``{id}`` alone by default (GOWS' ``getChatsByLabelId``)."""
        return {"id": chat["id"]}
