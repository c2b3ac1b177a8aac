"""An instance's answers in its engine: the bodies handlers return and the ``_data`` events carry."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from wawp_emulator.engines import WAWP_SEND_ACK, Context, engine_of
from wawp_emulator.state.contacts import ContactsState
from wawp_emulator.state.sessions import SessionState

if TYPE_CHECKING:
    from wawp_emulator.engines.base import Rsvp
    from wawp_emulator.kernel import InstanceView
    from wawp_emulator.state.groups import Group
    from wawp_emulator.state.messages import Ballot, Message

__all__ = [
    "ack_events",
    "addressing",
    "channel_post_body",
    "chat_body",
    "contact_body",
    "context_of",
    "edited_body",
    "event_response_event",
    "group_body",
    "group_created_body",
    "groups_body",
    "label_chat_body",
    "message_data",
    "number_status_body",
    "participants_body",
    "participants_changed_body",
    "poll_vote_event",
    "reaction_addressing",
    "sent_body",
]


def context_of(instance: InstanceView) -> Context:
    """The identity the instance's answers are rendered for (the account a scan would link, if none is)."""
    session = instance.state(SessionState)
    return Context(session.account or session.default_account(), instance.state(ContactsState).lid_for)


def sent_body(instance: InstanceView, message: Message) -> dict[str, Any]:
    """The 200 body of a send, in the instance's engine and send shape."""
    if instance.send_shape == "wawp-ack":
        return dict(WAWP_SEND_ACK)
    return engine_of(instance).sent_message(message, context_of(instance))


def edited_body(instance: InstanceView, target: Message, sent: Message) -> dict[str, Any]:
    """The 200 body of an edit: ``sent`` is the edit message, ``target`` the message edited."""
    if instance.send_shape == "wawp-ack":
        return dict(WAWP_SEND_ACK)
    return engine_of(instance).edited(target, sent, context_of(instance))


def contact_body(instance: InstanceView, contact: dict[str, Any]) -> dict[str, Any]:
    return engine_of(instance).contact(contact)


def channel_post_body(instance: InstanceView, message: dict[str, Any]) -> dict[str, Any]:
    return engine_of(instance).channel_post(message)


def number_status_body(instance: InstanceView, found: dict[str, Any]) -> dict[str, Any]:
    return engine_of(instance).number_status(found)


def message_data(instance: InstanceView, message: Message) -> dict[str, Any]:
    """``WAMessage._data`` of ``message``: the engine's raw message."""
    return engine_of(instance).message_data(message, context_of(instance))


def addressing(instance: InstanceView, message: Message) -> dict[str, Any]:
    """``WAMessage.from``/``to``/``participant`` of ``message`` in the instance's engine."""
    return engine_of(instance).addressing(message, context_of(instance))


def ack_events(
    instance: InstanceView, message: Message, members: list[str], at: float
) -> list[tuple[str, dict[str, Any]]]:
    """The webhook events one ack step of ``message`` gives at time ``at`` in the instance's engine, with
    their payloads (``members``: the other members of its group, whose receipts the step stands for)."""
    return engine_of(instance).ack_events(message, members, context_of(instance), at)


def poll_vote_event(instance: InstanceView, ballot: Ballot) -> tuple[str, dict[str, Any]] | None:
    """The event (and payload) a vote on the instance's poll gives in its engine; ``None``: none reported."""
    return engine_of(instance).poll_vote(ballot, context_of(instance))


def event_response_event(instance: InstanceView, rsvp: Rsvp) -> tuple[str, dict[str, Any]] | None:
    """The event (and payload) an answer to the instance's Event message gives in its engine, if any."""
    return engine_of(instance).event_response(rsvp, context_of(instance))


def reaction_addressing(instance: InstanceView, reaction: Message) -> dict[str, Any]:
    """``message.reaction``'s ``from``/``to``/``participant`` in the instance's engine."""
    return engine_of(instance).reaction_addressing(reaction, context_of(instance))


def group_body(instance: InstanceView, group: Group) -> dict[str, Any]:
    return engine_of(instance).group(group, context_of(instance))


def participants_body(instance: InstanceView, group: Group) -> list[dict[str, Any]]:
    return engine_of(instance).participants(group, context_of(instance))


def groups_body(instance: InstanceView, groups: list[Group]) -> Any:
    return engine_of(instance).groups(groups, context_of(instance))


def group_created_body(instance: InstanceView, group: Group) -> dict[str, Any]:
    return engine_of(instance).group_created(group, context_of(instance))


def participants_changed_body(instance: InstanceView, group: Group, action: str, members: list[str]) -> Any:
    return engine_of(instance).participants_changed(group, action, members, context_of(instance))


def chat_body(instance: InstanceView, chat: dict[str, Any]) -> dict[str, Any]:
    return engine_of(instance).chat(chat)


def label_chat_body(instance: InstanceView, chat: dict[str, Any]) -> dict[str, Any]:
    return engine_of(instance).label_chat(chat)
