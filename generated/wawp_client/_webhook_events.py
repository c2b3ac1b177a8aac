# Rendered by generator/generate.py from spec/openapi.yaml. Do not edit: regenerate with `nox -s generate`.
"""Webhook event name -> the model its body is read as (a generated model, read like a result), from the spec's
``WebhookEvent`` oneOf.
"""

from __future__ import annotations

from typing import TypeAlias

from ._api.models.call_accepted_event import CallAcceptedEvent
from ._api.models.call_received_event import CallReceivedEvent
from ._api.models.call_rejected_event import CallRejectedEvent
from ._api.models.chat_archive_event import ChatArchiveEvent
from ._api.models.engine_event_event import EngineEventEvent
from ._api.models.event_response_event import EventResponseEvent
from ._api.models.event_response_failed_event import EventResponseFailedEvent
from ._api.models.group_v2_join_event import GroupV2JoinEvent
from ._api.models.group_v2_leave_event import GroupV2LeaveEvent
from ._api.models.group_v2_participants_event import GroupV2ParticipantsEvent
from ._api.models.group_v2_update_event import GroupV2UpdateEvent
from ._api.models.label_chat_added_event import LabelChatAddedEvent
from ._api.models.label_chat_deleted_event import LabelChatDeletedEvent
from ._api.models.label_deleted_event import LabelDeletedEvent
from ._api.models.label_upsert_event import LabelUpsertEvent
from ._api.models.message_ack_event import MessageAckEvent
from ._api.models.message_ack_group_event import MessageAckGroupEvent
from ._api.models.message_any_event import MessageAnyEvent
from ._api.models.message_edited_event import MessageEditedEvent
from ._api.models.message_event import MessageEvent
from ._api.models.message_reaction_event import MessageReactionEvent
from ._api.models.message_revoked_event import MessageRevokedEvent
from ._api.models.poll_vote_failed_event import PollVoteFailedEvent
from ._api.models.presence_update_event import PresenceUpdateEvent
from ._api.models.session_status_event import SessionStatusEvent

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
