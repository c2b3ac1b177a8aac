"""The control actions as typed Python methods: ``emulator.phone``, ``emulator.people``, ``emulator.server``.

One group per tag of the control spec (``control/openapi.yaml``), one method per action operation
(the snake_case of its operationId), keyword-only parameters named after the body's properties
(``from_`` for ``from``, ``push_name`` for ``pushName``), the summary as the docstring's first line,
the action's result returned. Each call goes through :meth:`Emulator.act <wawp_emulator.emulator.Emulator.act>`,
so it is validated against the spec, logged and replayed like an HTTP call. The groups act on the
default instance; call a group for another one::

    emulator.phone.scan_qr()
    emulator.people.send_message(from_="4915112345678", body="hi")
    emulator.people(instance_id=other).react(message_id=sent_id, reaction="👍")

Hand-written for readable signatures; ``tests/emulator/test_control_spec.py`` fails when an action or
a body property is in the spec but not here, or the reverse. ``None`` leaves a property out, except
where the property itself may be ``null`` (there :data:`OMIT` leaves it out).
"""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Final, Literal, Protocol, cast

if TYPE_CHECKING:
    from typing import Self

__all__ = ["OMIT", "Acting", "ControlGroup", "People", "Phone", "Server"]


class Acting(Protocol):
    """What a group needs of the emulator (``Emulator`` is one; it imports this module, not the reverse)."""

    def act(self, instance_id: str | None, name: str, body: Mapping[str, Any] | None = None, /) -> Any: ...


class _Omit(enum.Enum):
    OMIT = "OMIT"


OMIT: Final = _Omit.OMIT
"""Leave a nullable property out of the body (``None`` sends ``null``)."""
Omit = Literal[_Omit.OMIT]

JsonObject = dict[str, Any]


class ControlGroup:
    """The actions of one tag, bound to one instance (``None``: the emulator's default instance)."""

    def __init__(self, emulator: Acting, instance_id: str | None = None) -> None:
        self._emulator = emulator
        self._instance_id = instance_id

    def __call__(self, *, instance_id: str) -> Self:
        """The same actions on another instance."""
        return type(self)(self._emulator, instance_id)

    def _act(self, name: str, body: Mapping[str, Any], *, nullable: tuple[str, ...] = ()) -> Any:
        """Run action ``name`` with ``body`` minus the properties left out (``None`` unless ``nullable``, ``OMIT``)."""
        sent = {k: v for k, v in body.items() if v is not OMIT and (v is not None or k in nullable)}
        return self._emulator.act(self._instance_id, name, sent)

    def _object(self, name: str, body: Mapping[str, Any], *, nullable: tuple[str, ...] = ()) -> JsonObject:
        return cast(JsonObject, self._act(name, body, nullable=nullable))

    def _objects(self, name: str, body: Mapping[str, Any], *, nullable: tuple[str, ...] = ()) -> list[JsonObject]:
        return cast(list[JsonObject], self._act(name, body, nullable=nullable))

    def __repr__(self) -> str:
        # (an instance id is a credential: reprs end up in logs and tracebacks, so it is masked as in the journal)
        return f"{type(self).__name__}(instance={'chosen' if self._instance_id else 'default'})"


class Phone(ControlGroup):
    """What the instance's own phone does (tag ``phone``)."""

    def scan_qr(self, *, phone: str | None = None, push_name: str | None = None) -> JsonObject:
        """The phone scans the current QR code.

        ``phone`` is the number that scans (default the instance's stable number); returns the session.
        """
        return self._object("session.scan_qr", {"phone": phone, "pushName": push_name})

    def enter_pairing_code(self, *, code: str, push_name: str | None = None) -> JsonObject:
        """The phone types the pairing code the API gave."""
        return self._object("session.enter_pairing_code", {"code": code, "pushName": push_name})

    def log_out(self) -> JsonObject:
        """The phone removes the linked device."""
        return self._object("session.unlink", {})

    def archive_chat(self, *, chat_id: str, archived: bool | None = None) -> JsonObject:
        """The chat is archived or unarchived on the phone."""
        return self._object("chat.archive", {"chatId": chat_id, "archived": archived})

    def change_label(
        self,
        *,
        action: Literal["upsert", "delete"],
        id: str | None = None,
        name: str | None = None,
        color: int | None = None,
        color_hex: str | None = None,
    ) -> JsonObject:
        """A label is created, changed or deleted on the phone."""
        body = {"action": action, "id": id, "name": name, "color": color, "colorHex": color_hex}
        return self._object("label.change_from_phone", body)

    def label_chat(self, *, chat_id: str, label_id: str, action: Literal["add", "remove"]) -> JsonObject:
        """A label is put on or taken off a chat on the phone."""
        return self._object("label.chat_from_phone", {"chatId": chat_id, "labelId": label_id, "action": action})

    def accept_call(
        self, *, from_: str, id: str | None = None, is_video: bool | None = None, is_group: bool | None = None
    ) -> JsonObject:
        """A call is accepted."""
        body = {"from": from_, "id": id, "isVideo": is_video, "isGroup": is_group}
        return self._object("call.accepted", body)

    def reject_call(
        self, *, from_: str, id: str | None = None, is_video: bool | None = None, is_group: bool | None = None
    ) -> JsonObject:
        """A call is rejected."""
        body = {"from": from_, "id": id, "isVideo": is_video, "isGroup": is_group}
        return self._object("call.rejected", body)


class People(ControlGroup):
    """What other WhatsApp users do (tag ``people``)."""

    def send_message(
        self,
        *,
        from_: str,
        body: str | None = None,
        participant: str | None = None,
        media: Mapping[str, Any] | None = None,
        location: Mapping[str, Any] | None = None,
        contacts: Sequence[Mapping[str, Any]] | None = None,
        reply_to: str | None = None,
    ) -> JsonObject:
        """Someone writes to the instance.

        ``from_`` is the person, or the group the message is posted in (then ``participant`` is the
        sender); returns the message, or ``{id, queued: true}`` while the session is not WORKING.
        """
        fields = {
            "from": from_,
            "body": body,
            "participant": participant,
            "media": dict(media) if media is not None else None,
            "location": dict(location) if location is not None else None,
            "contacts": [dict(c) for c in contacts] if contacts is not None else None,
            "replyTo": reply_to,
        }
        return self._object("message.inbound", fields)

    def react(self, *, message_id: str, reaction: str, from_: str | None = None) -> JsonObject:
        """Someone reacts to a message."""
        return self._object("message.reaction", {"messageId": message_id, "reaction": reaction, "from": from_})

    def edit_message(self, *, message_id: str, body: str) -> JsonObject:
        """Someone edits one of their messages."""
        return self._object("message.edit", {"messageId": message_id, "body": body})

    def revoke_message(self, *, message_id: str) -> JsonObject:
        """Someone deletes one of their messages for everyone."""
        return self._object("message.revoke", {"messageId": message_id})

    def set_message_ack(
        self, *, message_id: str, ack: int | Literal["ERROR", "PENDING", "SERVER", "DEVICE", "READ", "PLAYED"]
    ) -> JsonObject:
        """Force the ack level of a message the instance sent."""
        return self._object("message.ack", {"messageId": message_id, "ack": ack})

    def vote_poll(
        self,
        *,
        poll_id: str,
        from_: str | None = None,
        options: Sequence[str] | None = None,
        failed: bool | None = None,
    ) -> JsonObject:
        """Someone votes on one of the instance's polls."""
        body = {
            "pollId": poll_id,
            "from": from_,
            "options": list(options) if options is not None else None,
            "failed": failed,
        }
        return self._object("poll.vote", body)

    def place_call(
        self, *, from_: str, id: str | None = None, is_video: bool | None = None, is_group: bool | None = None
    ) -> JsonObject:
        """Someone calls the instance."""
        body = {"from": from_, "id": id, "isVideo": is_video, "isGroup": is_group}
        return self._object("call.received", body)

    def respond_to_event(
        self,
        *,
        from_: str,
        event_message_id: str,
        response: Literal["GOING", "NOT_GOING", "MAYBE"] | None = None,
        extra_guest_count: int | None = None,
        failed: bool | None = None,
        participant: str | None = None,
    ) -> JsonObject:
        """Someone answers an Event message.

        ``from_`` a group: ``participant`` is who answers in it.
        """
        body = {
            "from": from_,
            "participant": participant,
            "eventMessageId": event_message_id,
            "response": response,
            "extraGuestCount": extra_guest_count,
            "failed": failed,
        }
        return self._object("event.response", body)

    def update_presence(
        self,
        *,
        chat_id: str,
        presence: Literal["online", "offline", "typing", "recording", "paused"],
        participant: str | None = None,
        last_seen: int | Omit | None = OMIT,
    ) -> JsonObject:
        """A contact comes online, types, records, pauses or leaves."""
        body = {"chatId": chat_id, "presence": presence, "participant": participant, "lastSeen": last_seen}
        return self._object("presence.update", body, nullable=("lastSeen",))

    def update_profile(
        self,
        *,
        contact_id: str,
        pushname: str | None = None,
        about: str | None = None,
        picture: Literal["new", "remove"] | None = None,
    ) -> JsonObject:
        """A contact changes their name, about text or picture."""
        body = {"contactId": contact_id, "pushname": pushname, "about": about, "picture": picture}
        return self._object("contact.update_profile", body)

    def create_group(
        self,
        *,
        subject: str,
        description: str | None = None,
        owner: str | None = None,
        participants: Sequence[str] | None = None,
        add_me: bool | None = None,
    ) -> JsonObject:
        """Someone else creates a group."""
        body = {
            "subject": subject,
            "description": description,
            "owner": owner,
            "participants": list(participants) if participants is not None else None,
            "addMe": add_me,
        }
        return self._object("group.create_remote", body)

    def join_group(self, *, group_id: str, participant: str) -> list[JsonObject]:
        """Someone joins a group the instance is in."""
        return self._objects("group.participant_join", {"groupId": group_id, "participant": participant})

    def leave_group(self, *, group_id: str, participant: str) -> list[JsonObject]:
        """Someone leaves a group the instance is in."""
        return self._objects("group.participant_leave", {"groupId": group_id, "participant": participant})

    def change_group_participants(
        self,
        *,
        group_id: str,
        action: Literal["add", "remove", "promote", "demote"],
        participants: Sequence[str],
        by: str | None = None,
    ) -> list[JsonObject]:
        """A group admin adds, removes, promotes or demotes members."""
        body = {"groupId": group_id, "action": action, "participants": list(participants), "by": by}
        return self._objects("group.participants_change", body)

    def update_group(
        self, *, group_id: str, subject: str | None = None, description: str | None = None, by: str | None = None
    ) -> JsonObject:
        """A group's subject or description is changed by one of its members."""
        body = {"groupId": group_id, "subject": subject, "description": description, "by": by}
        return self._object("group.update", body)

    def set_channel_role(
        self, *, channel_id: str, role: Literal["ADMIN", "SUBSCRIBER"] | Omit | None = OMIT
    ) -> JsonObject:
        """A channel's owner changes the instance's role in it."""
        return self._object("channel.set_role", {"channelId": channel_id, "role": role}, nullable=("role",))


class Server(ControlGroup):
    """What WhatsApp's servers and the engine do (tag ``server``)."""

    def fail_session(self, *, reason: str | None = None) -> JsonObject:
        """The engine fails."""
        return self._object("session.fail", {"reason": reason})

    def configure_timing(
        self,
        *,
        starting_delay: float | None = None,
        qr_interval: float | None = None,
        qr_timeout: float | Omit | None = OMIT,
        login_delay: float | None = None,
        ack_server: float | Omit | None = OMIT,
        ack_device: float | Omit | None = OMIT,
        ack_read: float | Omit | None = OMIT,
        ack_played: float | Omit | None = OMIT,
        fast: bool | None = None,
        reset: bool | None = None,
    ) -> JsonObject:
        """Override the instance's session timing.

        Seconds of world clock; ``None`` for a delay stops that step. Returns the timing in effect.
        """
        body = {
            "starting_delay": starting_delay,
            "qr_interval": qr_interval,
            "qr_timeout": qr_timeout,
            "login_delay": login_delay,
            "ack_server": ack_server,
            "ack_device": ack_device,
            "ack_read": ack_read,
            "ack_played": ack_played,
            "fast": fast,
            "reset": reset,
        }
        nullable = ("qr_timeout", "ack_server", "ack_device", "ack_read", "ack_played")
        return self._object("session.configure", body, nullable=nullable)

    def set_contact_exists(self, *, phone: str, exists: bool | Omit | None = OMIT) -> JsonObject:
        """Decide whether a phone number is on WhatsApp.

        ``exists`` left out means registered; ``None`` restores the rule (even last digit: registered).
        """
        return self._object("contact.set_exists", {"phone": phone, "exists": exists}, nullable=("exists",))

    def set_account_plan(self, *, plan: Literal["free", "paid"]) -> JsonObject:
        """Move the instance's account to another Wawp plan."""
        return self._object("account.plan", {"plan": plan})

    def emit_engine_event(self, *, event: str, data: Any = OMIT) -> JsonObject:
        """Emit a raw engine.event."""
        return self._object("engine.event", {"event": event, "data": data}, nullable=("data",))
