# Rendered by generator/generate.py from spec/openapi.yaml. Do not edit: regenerate with `nox -s generate`.
"""Request models: where each generated class lives (to resolve their annotations lazily), wire name -> attribute
for the body models and those nested in them, and a TypedDict per such model (``<Model>Dict``, keyed by the
API's field names) typing the dicts callers may pass instead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict

if TYPE_CHECKING:
    from ._api.models.file_ref import FileRef
    from ._api.models.label_ref import LabelRef
    from ._api.models.participant_ref import ParticipantRef
    from ._api.models.send_poll_body_poll import SendPollBodyPoll
    from ._api.models.v_card_contact import VCardContact

__all__ = [
    "MODEL_MODULES",
    "WIRE_NAMES",
    "ChannelCreateBodyDict",
    "ChatLabelsSetBodyDict",
    "FileRefDict",
    "GroupCreateBodyDict",
    "GroupDescriptionSetBodyDict",
    "GroupJoinBodyDict",
    "GroupPictureSetBodyDict",
    "GroupSubjectSetBodyDict",
    "LabelRefDict",
    "LabelRequestDict",
    "ParticipantRefDict",
    "ParticipantsRequestDict",
    "SendContactVcardBodyDict",
    "SendPollBodyDict",
    "SendPollBodyPollDict",
    "VCardContactDict",
]

MODEL_MODULES: dict[str, str] = {
    "ActionResult": "action_result",
    "AuthGetQrFormat": "auth_get_qr_format",
    "Base64File": "base_64_file",
    "Call": "call",
    "CallAcceptedEvent": "call_accepted_event",
    "CallAcceptedEventEnvironment": "call_accepted_event_environment",
    "CallAcceptedEventMetadata": "call_accepted_event_metadata",
    "CallReceivedEvent": "call_received_event",
    "CallReceivedEventEnvironment": "call_received_event_environment",
    "CallReceivedEventMetadata": "call_received_event_metadata",
    "CallRejectedEvent": "call_rejected_event",
    "CallRejectedEventEnvironment": "call_rejected_event_environment",
    "CallRejectedEventMetadata": "call_rejected_event_metadata",
    "Channel": "channel",
    "ChannelCategory": "channel_category",
    "ChannelCountry": "channel_country",
    "ChannelCreateBody": "channel_create_body",
    "ChannelMessage": "channel_message",
    "ChannelMessageReactions": "channel_message_reactions",
    "ChannelSearchPage": "channel_search_page",
    "ChannelSearchResult": "channel_search_result",
    "ChannelView": "channel_view",
    "ChannelsListRole": "channels_list_role",
    "Chat": "chat",
    "ChatArchiveEvent": "chat_archive_event",
    "ChatArchiveEventEnvironment": "chat_archive_event_environment",
    "ChatArchiveEventMetadata": "chat_archive_event_metadata",
    "ChatArchiveEventPayload": "chat_archive_event_payload",
    "ChatLabelsSetBody": "chat_labels_set_body",
    "ChatMessagePinDuration": "chat_message_pin_duration",
    "ChatMessagesListFilterAck": "chat_messages_list_filter_ack",
    "ChatOverview": "chat_overview",
    "ChatPicture": "chat_picture",
    "ChatPresences": "chat_presences",
    "ChatsListSortBy": "chats_list_sort_by",
    "ChatsListSortOrder": "chats_list_sort_order",
    "Contact": "contact",
    "ContactAbout": "contact_about",
    "ContactProfilePicture": "contact_profile_picture",
    "ContactsListSortBy": "contacts_list_sort_by",
    "ContactsListSortOrder": "contacts_list_sort_order",
    "Count": "count",
    "EmptyObject": "empty_object",
    "EngineEventEvent": "engine_event_event",
    "EngineEventEventEnvironment": "engine_event_event_environment",
    "EngineEventEventMetadata": "engine_event_event_metadata",
    "EngineEventEventPayload": "engine_event_event_payload",
    "Error": "error",
    "ErrorData": "error_data",
    "EventResponseEvent": "event_response_event",
    "EventResponseEventEnvironment": "event_response_event_environment",
    "EventResponseEventMetadata": "event_response_event_metadata",
    "EventResponseFailedEvent": "event_response_failed_event",
    "EventResponseFailedEventEnvironment": "event_response_failed_event_environment",
    "EventResponseFailedEventMetadata": "event_response_failed_event_metadata",
    "EventResponseMessage": "event_response_message",
    "EventResponseMessageEventResponseType0": "event_response_message_event_response_type_0",
    "FileRef": "file_ref",
    "GowsGroupInfo": "gows_group_info",
    "GowsMessage": "gows_message",
    "GowsMessageInfo": "gows_message_info",
    "GowsMessageMessageType0": "gows_message_message_type_0",
    "GowsParticipant": "gows_participant",
    "GowsSentMessage": "gows_sent_message",
    "Group": "group",
    "GroupCreateBody": "group_create_body",
    "GroupDescriptionSetBody": "group_description_set_body",
    "GroupJoinBody": "group_join_body",
    "GroupJoinResult": "group_join_result",
    "GroupParticipant": "group_participant",
    "GroupPictureSetBody": "group_picture_set_body",
    "GroupRef": "group_ref",
    "GroupSecuritySetting": "group_security_setting",
    "GroupSubjectSetBody": "group_subject_set_body",
    "GroupV2JoinEvent": "group_v2_join_event",
    "GroupV2JoinEventEnvironment": "group_v2_join_event_environment",
    "GroupV2JoinEventMetadata": "group_v2_join_event_metadata",
    "GroupV2JoinEventPayload": "group_v2_join_event_payload",
    "GroupV2LeaveEvent": "group_v2_leave_event",
    "GroupV2LeaveEventEnvironment": "group_v2_leave_event_environment",
    "GroupV2LeaveEventMetadata": "group_v2_leave_event_metadata",
    "GroupV2LeaveEventPayload": "group_v2_leave_event_payload",
    "GroupV2ParticipantsEvent": "group_v2_participants_event",
    "GroupV2ParticipantsEventEnvironment": "group_v2_participants_event_environment",
    "GroupV2ParticipantsEventMetadata": "group_v2_participants_event_metadata",
    "GroupV2ParticipantsEventPayload": "group_v2_participants_event_payload",
    "GroupV2UpdateEvent": "group_v2_update_event",
    "GroupV2UpdateEventEnvironment": "group_v2_update_event_environment",
    "GroupV2UpdateEventMetadata": "group_v2_update_event_metadata",
    "GroupV2UpdateEventPayload": "group_v2_update_event_payload",
    "GroupsListSortOrder": "groups_list_sort_order",
    "InstanceStatus": "instance_status",
    "Label": "label",
    "LabelChatAddedEvent": "label_chat_added_event",
    "LabelChatAddedEventEnvironment": "label_chat_added_event_environment",
    "LabelChatAddedEventMetadata": "label_chat_added_event_metadata",
    "LabelChatAssociation": "label_chat_association",
    "LabelChatDeletedEvent": "label_chat_deleted_event",
    "LabelChatDeletedEventEnvironment": "label_chat_deleted_event_environment",
    "LabelChatDeletedEventMetadata": "label_chat_deleted_event_metadata",
    "LabelDeletedEvent": "label_deleted_event",
    "LabelDeletedEventEnvironment": "label_deleted_event_environment",
    "LabelDeletedEventMetadata": "label_deleted_event_metadata",
    "LabelRef": "label_ref",
    "LabelRequest": "label_request",
    "LabelUpsertEvent": "label_upsert_event",
    "LabelUpsertEventEnvironment": "label_upsert_event_environment",
    "LabelUpsertEventMetadata": "label_upsert_event_metadata",
    "LidMapping": "lid_mapping",
    "Location": "location",
    "Me": "me",
    "Media": "media",
    "Message": "message",
    "MessageAckEvent": "message_ack_event",
    "MessageAckEventEnvironment": "message_ack_event_environment",
    "MessageAckEventMetadata": "message_ack_event_metadata",
    "MessageAckEventPayload": "message_ack_event_payload",
    "MessageAckGroupEvent": "message_ack_group_event",
    "MessageAckGroupEventEnvironment": "message_ack_group_event_environment",
    "MessageAckGroupEventMetadata": "message_ack_group_event_metadata",
    "MessageAckGroupEventPayload": "message_ack_group_event_payload",
    "MessageAnyEvent": "message_any_event",
    "MessageAnyEventEnvironment": "message_any_event_environment",
    "MessageAnyEventMetadata": "message_any_event_metadata",
    "MessageDestination": "message_destination",
    "MessageEdited": "message_edited",
    "MessageEditedEvent": "message_edited_event",
    "MessageEditedEventEnvironment": "message_edited_event_environment",
    "MessageEditedEventMetadata": "message_edited_event_metadata",
    "MessageEvent": "message_event",
    "MessageEventEnvironment": "message_event_environment",
    "MessageEventMetadata": "message_event_metadata",
    "MessageReactionEvent": "message_reaction_event",
    "MessageReactionEventEnvironment": "message_reaction_event_environment",
    "MessageReactionEventMetadata": "message_reaction_event_metadata",
    "MessageReactionEventPayload": "message_reaction_event_payload",
    "MessageReactionEventPayloadReaction": "message_reaction_event_payload_reaction",
    "MessageRevokedEvent": "message_revoked_event",
    "MessageRevokedEventEnvironment": "message_revoked_event_environment",
    "MessageRevokedEventMetadata": "message_revoked_event_metadata",
    "MessageRevokedEventPayload": "message_revoked_event_payload",
    "NowebGroupMap": "noweb_group_map",
    "NowebGroupMetadata": "noweb_group_metadata",
    "NowebMessageKey": "noweb_message_key",
    "NowebParticipant": "noweb_participant",
    "NowebParticipantUpdate": "noweb_participant_update",
    "NowebSentMessage": "noweb_sent_message",
    "NowebSentMessageMessageType0": "noweb_sent_message_message_type_0",
    "NumberExists": "number_exists",
    "PairingCode": "pairing_code",
    "ParticipantRef": "participant_ref",
    "ParticipantsRequest": "participants_request",
    "PollVote": "poll_vote",
    "PollVoteFailedEvent": "poll_vote_failed_event",
    "PollVoteFailedEventEnvironment": "poll_vote_failed_event_environment",
    "PollVoteFailedEventMetadata": "poll_vote_failed_event_metadata",
    "PollVoteFailedEventPayload": "poll_vote_failed_event_payload",
    "PresenceEntry": "presence_entry",
    "PresenceSetPresence": "presence_set_presence",
    "PresenceUpdateEvent": "presence_update_event",
    "PresenceUpdateEventEnvironment": "presence_update_event_environment",
    "PresenceUpdateEventMetadata": "presence_update_event_metadata",
    "Profile": "profile",
    "QRCodeValue": "qr_code_value",
    "ReadMessagesResult": "read_messages_result",
    "ReplyTo": "reply_to",
    "Result": "result",
    "SendContactVcardBody": "send_contact_vcard_body",
    "SendPollBody": "send_poll_body",
    "SendPollBodyPoll": "send_poll_body_poll",
    "Session": "session",
    "SessionConfig": "session_config",
    "SessionMetadata": "session_metadata",
    "SessionStatusEvent": "session_status_event",
    "SessionStatusEventEnvironment": "session_status_event_environment",
    "SessionStatusEventMetadata": "session_status_event_metadata",
    "SessionStatusEventPayload": "session_status_event_payload",
    "SessionStatusEventPayloadStatusesItem": "session_status_event_payload_statuses_item",
    "VCardContact": "v_card_contact",
    "WawpQRCode": "wawp_qr_code",
    "WawpSendAck": "wawp_send_ack",
    "WebjsChat": "webjs_chat",
    "WebjsCreateGroupResult": "webjs_create_group_result",
    "WebjsCreateGroupResultParticipants": "webjs_create_group_result_participants",
    "WebjsGroupChat": "webjs_group_chat",
    "WebjsGroupMetadata": "webjs_group_metadata",
    "WebjsMessageData": "webjs_message_data",
    "WebjsMessageId": "webjs_message_id",
    "WebjsParticipant": "webjs_participant",
    "WebjsParticipantAddResult": "webjs_participant_add_result",
    "WebjsParticipantsAdded": "webjs_participants_added",
    "WebjsParticipantsStatus": "webjs_participants_status",
    "WebjsSentMessage": "webjs_sent_message",
    "WebjsWid": "webjs_wid",
}

WIRE_NAMES: dict[str, dict[str, str]] = {
    "ChannelCreateBody": {"name": "name", "description": "description", "picture": "picture", "type": "type_"},
    "ChatLabelsSetBody": {"labels": "labels"},
    "FileRef": {"url": "url", "filename": "filename", "mimetype": "mimetype"},
    "GroupCreateBody": {"name": "name", "participants": "participants"},
    "GroupDescriptionSetBody": {"description": "description"},
    "GroupJoinBody": {"code": "code"},
    "GroupPictureSetBody": {"file": "file"},
    "GroupSubjectSetBody": {"subject": "subject"},
    "LabelRef": {"id": "id"},
    "LabelRequest": {"name": "name", "colorHex": "color_hex", "color": "color"},
    "ParticipantRef": {"id": "id"},
    "ParticipantsRequest": {"participants": "participants"},
    "SendContactVcardBody": {"chatId": "chat_id", "contacts": "contacts", "reply_to": "reply_to"},
    "SendPollBody": {"chatId": "chat_id", "poll": "poll", "reply_to": "reply_to"},
    "SendPollBodyPoll": {"name": "name", "options": "options", "multipleAnswers": "multiple_answers"},
    "VCardContact": {
        "fullName": "full_name",
        "organization": "organization",
        "phoneNumber": "phone_number",
        "whatsappId": "whatsapp_id",
        "vcard": "vcard",
    },
}


class ChannelCreateBodyDict(TypedDict, total=False):
    name: Required[str]
    description: str
    picture: FileRef | FileRefDict
    type: str


class ChatLabelsSetBodyDict(TypedDict, total=False):
    labels: Required[list[LabelRef | LabelRefDict]]


class FileRefDict(TypedDict, total=False):
    url: Required[str]
    filename: str
    mimetype: str


class GroupCreateBodyDict(TypedDict, total=False):
    name: Required[str]
    participants: Required[list[ParticipantRef | ParticipantRefDict]]


class GroupDescriptionSetBodyDict(TypedDict, total=False):
    description: Required[str]


class GroupJoinBodyDict(TypedDict, total=False):
    code: Required[str]


class GroupPictureSetBodyDict(TypedDict, total=False):
    file: Required[FileRef | FileRefDict]


class GroupSubjectSetBodyDict(TypedDict, total=False):
    subject: Required[str]


class LabelRefDict(TypedDict, total=False):
    id: Required[str]


class LabelRequestDict(TypedDict, total=False):
    name: Required[str]
    colorHex: str
    color: int | None


class ParticipantRefDict(TypedDict, total=False):
    id: Required[str]


class ParticipantsRequestDict(TypedDict, total=False):
    participants: Required[list[ParticipantRef | ParticipantRefDict]]


class SendContactVcardBodyDict(TypedDict, total=False):
    chatId: Required[str]
    contacts: Required[list[VCardContact | VCardContactDict]]
    reply_to: str | None


class SendPollBodyDict(TypedDict, total=False):
    chatId: Required[str]
    poll: Required[SendPollBodyPoll | SendPollBodyPollDict]
    reply_to: str | None


class SendPollBodyPollDict(TypedDict, total=False):
    name: Required[str]
    options: Required[list[str]]
    multipleAnswers: bool


class VCardContactDict(TypedDict, total=False):
    fullName: str
    organization: str
    phoneNumber: str
    whatsappId: str
    vcard: str
