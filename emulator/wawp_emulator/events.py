"""What the stores' facts announce: each fact's webhook event and payload, in WAHA's shapes.

The stores return what happened (``state.sessions.StatusChanged``...); the backend hands each fact to
:func:`announce` (or to the function for its kind) and emits what comes back. Shapes that depend on the
instance's engine are the engine's (``engines.render``); these are the engine-independent ones.
"""

from __future__ import annotations

from typing import Any

from wawp_emulator.state.groups import Group, MembersHear, participant_json
from wawp_emulator.state.labels import ChatLabelsChanged, Label
from wawp_emulator.state.messages import Message
from wawp_emulator.state.sessions import StatusChanged

__all__ = [
    "chat_labels",
    "group_joined",
    "group_left",
    "group_members_hear",
    "message_reaction",
    "session_status",
]


def session_status(fact: StatusChanged) -> tuple[str, dict[str, Any]]:
    """``session.status``: the session's name, its status and its last status points."""
    return "session.status", {
        "name": fact.name,
        "status": fact.status,
        "statuses": [point.to_json() for point in fact.statuses],
    }


def message_reaction(sent: Message, addressing: dict[str, Any]) -> dict[str, Any]:
    """``message.reaction`` of the reaction message ``sent`` (its ``body`` the emoji, ``""`` when removed)."""
    return {
        "id": sent.id,
        "timestamp": sent.timestamp,
        **addressing,
        "fromMe": sent.from_me,
        "source": "api" if sent.from_me else "app",
        "reaction": {"text": sent.body, "messageId": sent.target},
    }


def chat_labels(change: ChatLabelsChanged, labels: dict[str, Label]) -> list[tuple[str, dict[str, Any]]]:
    """``label.chat.deleted`` per label taken off the chat, then ``label.chat.added`` per label put on."""
    events = [("label.chat.deleted", label_id) for label_id in change.removed]
    events += [("label.chat.added", label_id) for label_id in change.added]
    out = []
    for event, label_id in events:
        label = labels.get(label_id)
        payload = {"labelId": label_id, "chatId": change.chat_id, "label": label.to_json() if label else None}
        out.append((event, payload))
    return out


def group_joined(group: Group, member: str, now: int) -> tuple[str, dict[str, Any]]:
    """``group.v2.join`` for the instance ``member``: the group's info, its invite link for an admin."""
    return "group.v2.join", {"group": group.info(with_invite=group.is_admin(member)), "timestamp": now, "_data": {}}


def group_left(group: Group, now: int) -> tuple[str, dict[str, Any]]:
    return "group.v2.leave", {"group": {"id": group.id}, "timestamp": now, "_data": {}}


def group_members_hear(fact: MembersHear, now: int) -> tuple[str, dict[str, Any]]:
    """``group.v2.update`` (changed settings) or ``group.v2.participants`` (who joined, left, was promoted...)."""
    if fact.kind == "update":
        return "group.v2.update", {"group": {"id": fact.group.id, **dict(fact.changed)}, "timestamp": now, "_data": {}}
    return "group.v2.participants", {
        "group": {"id": fact.group.id},
        "type": fact.kind,
        "timestamp": now,
        "participants": [participant_json(member, role) for member, role in fact.participants],
        "_data": {},
    }
