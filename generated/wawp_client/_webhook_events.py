# Rendered by generator/generate.py from spec/openapi.yaml. Do not edit: regenerate with `nox -s generate`.
"""Webhook event name -> generated model, from the spec's ``WebhookEvent`` oneOf."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeAlias

if TYPE_CHECKING:
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
    from ._api.models.message_any_event import MessageAnyEvent
    from ._api.models.message_edited_event import MessageEditedEvent
    from ._api.models.message_event import MessageEvent
    from ._api.models.message_reaction_event import MessageReactionEvent
    from ._api.models.message_revoked_event import MessageRevokedEvent
    from ._api.models.poll_vote_failed_event import PollVoteFailedEvent
    from ._api.models.presence_update_event import PresenceUpdateEvent
    from ._api.models.session_status_event import SessionStatusEvent

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
        | MessageAnyEvent
        | MessageEditedEvent
        | MessageEvent
        | MessageReactionEvent
        | MessageRevokedEvent
        | PollVoteFailedEvent
        | PresenceUpdateEvent
        | SessionStatusEvent
    )

__all__ = ["EVENT_MODELS"]

EVENT_MODELS: dict[str, tuple[str, str]] = {
    "call.accepted": ("._api.models.call_accepted_event", "CallAcceptedEvent"),
    "call.received": ("._api.models.call_received_event", "CallReceivedEvent"),
    "call.rejected": ("._api.models.call_rejected_event", "CallRejectedEvent"),
    "chat.archive": ("._api.models.chat_archive_event", "ChatArchiveEvent"),
    "engine.event": ("._api.models.engine_event_event", "EngineEventEvent"),
    "event.response": ("._api.models.event_response_event", "EventResponseEvent"),
    "event.response.failed": ("._api.models.event_response_failed_event", "EventResponseFailedEvent"),
    "group.v2.join": ("._api.models.group_v2_join_event", "GroupV2JoinEvent"),
    "group.v2.leave": ("._api.models.group_v2_leave_event", "GroupV2LeaveEvent"),
    "group.v2.participants": ("._api.models.group_v2_participants_event", "GroupV2ParticipantsEvent"),
    "group.v2.update": ("._api.models.group_v2_update_event", "GroupV2UpdateEvent"),
    "label.chat.added": ("._api.models.label_chat_added_event", "LabelChatAddedEvent"),
    "label.chat.deleted": ("._api.models.label_chat_deleted_event", "LabelChatDeletedEvent"),
    "label.deleted": ("._api.models.label_deleted_event", "LabelDeletedEvent"),
    "label.upsert": ("._api.models.label_upsert_event", "LabelUpsertEvent"),
    "message": ("._api.models.message_event", "MessageEvent"),
    "message.ack": ("._api.models.message_ack_event", "MessageAckEvent"),
    "message.any": ("._api.models.message_any_event", "MessageAnyEvent"),
    "message.edited": ("._api.models.message_edited_event", "MessageEditedEvent"),
    "message.reaction": ("._api.models.message_reaction_event", "MessageReactionEvent"),
    "message.revoked": ("._api.models.message_revoked_event", "MessageRevokedEvent"),
    "poll.vote.failed": ("._api.models.poll_vote_failed_event", "PollVoteFailedEvent"),
    "presence.update": ("._api.models.presence_update_event", "PresenceUpdateEvent"),
    "session.status": ("._api.models.session_status_event", "SessionStatusEvent"),
}
