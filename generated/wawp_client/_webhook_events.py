# Rendered by generator/generate.py from spec/openapi.yaml. Do not edit: regenerate with `nox -s generate`.
"""Webhook event name -> the model its body is read as (a result model of ``wawp_client._outputs``), from the
spec's ``WebhookEvent`` oneOf.
"""

from __future__ import annotations

from typing import TypeAlias

from ._outputs import (
    CallAcceptedEvent,
    CallReceivedEvent,
    CallRejectedEvent,
    ChatArchiveEvent,
    EngineEventEvent,
    EventResponseEvent,
    EventResponseFailedEvent,
    GroupV2JoinEvent,
    GroupV2LeaveEvent,
    GroupV2ParticipantsEvent,
    GroupV2UpdateEvent,
    LabelChatAddedEvent,
    LabelChatDeletedEvent,
    LabelDeletedEvent,
    LabelUpsertEvent,
    MessageAckEvent,
    MessageAckGroupEvent,
    MessageAnyEvent,
    MessageEditedEvent,
    MessageEvent,
    MessageReactionEvent,
    MessageRevokedEvent,
    PollVoteFailedEvent,
    PresenceUpdateEvent,
    SessionStatusEvent,
)

__all__ = ["EVENT_MODELS", "Event"]

Event: TypeAlias = (
    CallAcceptedEvent
    | CallReceivedEvent
    | CallRejectedEvent
    | ChatArchiveEvent
    | EngineEventEvent
    | EventResponseEvent
    | EventResponseFailedEvent
    | GroupV2JoinEvent
    | GroupV2LeaveEvent
    | GroupV2ParticipantsEvent
    | GroupV2UpdateEvent
    | LabelChatAddedEvent
    | LabelChatDeletedEvent
    | LabelDeletedEvent
    | LabelUpsertEvent
    | MessageAckEvent
    | MessageAckGroupEvent
    | MessageAnyEvent
    | MessageEditedEvent
    | MessageEvent
    | MessageReactionEvent
    | MessageRevokedEvent
    | PollVoteFailedEvent
    | PresenceUpdateEvent
    | SessionStatusEvent
)

EVENT_MODELS: dict[str, type[Event]] = {
    "call.accepted": CallAcceptedEvent,
    "call.received": CallReceivedEvent,
    "call.rejected": CallRejectedEvent,
    "chat.archive": ChatArchiveEvent,
    "engine.event": EngineEventEvent,
    "event.response": EventResponseEvent,
    "event.response.failed": EventResponseFailedEvent,
    "group.v2.join": GroupV2JoinEvent,
    "group.v2.leave": GroupV2LeaveEvent,
    "group.v2.participants": GroupV2ParticipantsEvent,
    "group.v2.update": GroupV2UpdateEvent,
    "label.chat.added": LabelChatAddedEvent,
    "label.chat.deleted": LabelChatDeletedEvent,
    "label.deleted": LabelDeletedEvent,
    "label.upsert": LabelUpsertEvent,
    "message": MessageEvent,
    "message.ack": MessageAckEvent,
    "message.ack.group": MessageAckGroupEvent,
    "message.any": MessageAnyEvent,
    "message.edited": MessageEditedEvent,
    "message.reaction": MessageReactionEvent,
    "message.revoked": MessageRevokedEvent,
    "poll.vote.failed": PollVoteFailedEvent,
    "presence.update": PresenceUpdateEvent,
    "session.status": SessionStatusEvent,
}
