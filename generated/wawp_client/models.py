# Rendered by generator/generate.py from spec/openapi.yaml. Do not edit: regenerate with `nox -s generate`.
"""Every model by name: what calls return (``wawp_client._outputs``, read tolerantly: see
``wawp_client._models.BaseModel``), and the generated attrs classes of the request side (``GroupCreateBody``,
``ParticipantRef``...) with the TypedDicts of their dict form (``ParticipantRefDict``), enums and webhook
events. Where both define a name, the result model is the one exported. Importing this module loads every
model; ``import wawp_client`` alone loads none.
"""

from __future__ import annotations

from ._api.models.auth_get_qr_format import AuthGetQrFormat
from ._api.models.call_accepted_event_environment import CallAcceptedEventEnvironment
from ._api.models.call_accepted_event_metadata import CallAcceptedEventMetadata
from ._api.models.call_received_event_environment import CallReceivedEventEnvironment
from ._api.models.call_received_event_metadata import CallReceivedEventMetadata
from ._api.models.call_rejected_event_environment import CallRejectedEventEnvironment
from ._api.models.call_rejected_event_metadata import CallRejectedEventMetadata
from ._api.models.channel_create_body import ChannelCreateBody
from ._api.models.channel_message_reactions import ChannelMessageReactions
from ._api.models.channels_list_role import ChannelsListRole
from ._api.models.chat_archive_event_environment import ChatArchiveEventEnvironment
from ._api.models.chat_archive_event_metadata import ChatArchiveEventMetadata
from ._api.models.chat_labels_set_body import ChatLabelsSetBody
from ._api.models.chat_message_pin_duration import ChatMessagePinDuration
from ._api.models.chat_messages_list_filter_ack import ChatMessagesListFilterAck
from ._api.models.chats_list_sort_by import ChatsListSortBy
from ._api.models.chats_list_sort_order import ChatsListSortOrder
from ._api.models.contacts_list_sort_by import ContactsListSortBy
from ._api.models.contacts_list_sort_order import ContactsListSortOrder
from ._api.models.empty_object import EmptyObject
from ._api.models.engine_event_event_environment import EngineEventEventEnvironment
from ._api.models.engine_event_event_metadata import EngineEventEventMetadata
from ._api.models.error import Error
from ._api.models.error_data import ErrorData
from ._api.models.event_response_event_environment import EventResponseEventEnvironment
from ._api.models.event_response_event_metadata import EventResponseEventMetadata
from ._api.models.event_response_failed_event_environment import EventResponseFailedEventEnvironment
from ._api.models.event_response_failed_event_metadata import EventResponseFailedEventMetadata
from ._api.models.event_response_message import EventResponseMessage
from ._api.models.event_response_message_event_response_type_0 import EventResponseMessageEventResponseType0
from ._api.models.file_ref import FileRef
from ._api.models.gows_message_message_type_0 import GowsMessageMessageType0
from ._api.models.group_create_body import GroupCreateBody
from ._api.models.group_description_set_body import GroupDescriptionSetBody
from ._api.models.group_join_body import GroupJoinBody
from ._api.models.group_picture_set_body import GroupPictureSetBody
from ._api.models.group_subject_set_body import GroupSubjectSetBody
from ._api.models.group_v2_join_event_environment import GroupV2JoinEventEnvironment
from ._api.models.group_v2_join_event_metadata import GroupV2JoinEventMetadata
from ._api.models.group_v2_leave_event_environment import GroupV2LeaveEventEnvironment
from ._api.models.group_v2_leave_event_metadata import GroupV2LeaveEventMetadata
from ._api.models.group_v2_participants_event_environment import GroupV2ParticipantsEventEnvironment
from ._api.models.group_v2_participants_event_metadata import GroupV2ParticipantsEventMetadata
from ._api.models.group_v2_update_event_environment import GroupV2UpdateEventEnvironment
from ._api.models.group_v2_update_event_metadata import GroupV2UpdateEventMetadata
from ._api.models.groups_list_sort_order import GroupsListSortOrder
from ._api.models.label_chat_added_event_environment import LabelChatAddedEventEnvironment
from ._api.models.label_chat_added_event_metadata import LabelChatAddedEventMetadata
from ._api.models.label_chat_deleted_event_environment import LabelChatDeletedEventEnvironment
from ._api.models.label_chat_deleted_event_metadata import LabelChatDeletedEventMetadata
from ._api.models.label_deleted_event_environment import LabelDeletedEventEnvironment
from ._api.models.label_deleted_event_metadata import LabelDeletedEventMetadata
from ._api.models.label_ref import LabelRef
from ._api.models.label_request import LabelRequest
from ._api.models.label_upsert_event_environment import LabelUpsertEventEnvironment
from ._api.models.label_upsert_event_metadata import LabelUpsertEventMetadata
from ._api.models.message_ack_event_environment import MessageAckEventEnvironment
from ._api.models.message_ack_event_metadata import MessageAckEventMetadata
from ._api.models.message_ack_group_event_environment import MessageAckGroupEventEnvironment
from ._api.models.message_ack_group_event_metadata import MessageAckGroupEventMetadata
from ._api.models.message_any_event_environment import MessageAnyEventEnvironment
from ._api.models.message_any_event_metadata import MessageAnyEventMetadata
from ._api.models.message_edited_event_environment import MessageEditedEventEnvironment
from ._api.models.message_edited_event_metadata import MessageEditedEventMetadata
from ._api.models.message_event_environment import MessageEventEnvironment
from ._api.models.message_event_metadata import MessageEventMetadata
from ._api.models.message_reaction_event_environment import MessageReactionEventEnvironment
from ._api.models.message_reaction_event_metadata import MessageReactionEventMetadata
from ._api.models.message_revoked_event_environment import MessageRevokedEventEnvironment
from ._api.models.message_revoked_event_metadata import MessageRevokedEventMetadata
from ._api.models.noweb_group_map import NowebGroupMap
from ._api.models.noweb_sent_message_message_type_0 import NowebSentMessageMessageType0
from ._api.models.participant_ref import ParticipantRef
from ._api.models.participants_request import ParticipantsRequest
from ._api.models.poll_vote_failed_event_environment import PollVoteFailedEventEnvironment
from ._api.models.poll_vote_failed_event_metadata import PollVoteFailedEventMetadata
from ._api.models.presence_set_presence import PresenceSetPresence
from ._api.models.presence_update_event_environment import PresenceUpdateEventEnvironment
from ._api.models.presence_update_event_metadata import PresenceUpdateEventMetadata
from ._api.models.send_contact_vcard_body import SendContactVcardBody
from ._api.models.send_poll_body import SendPollBody
from ._api.models.send_poll_body_poll import SendPollBodyPoll
from ._api.models.session_status_event_environment import SessionStatusEventEnvironment
from ._api.models.session_status_event_metadata import SessionStatusEventMetadata
from ._api.models.v_card_contact import VCardContact
from ._api.models.webjs_create_group_result_participants import WebjsCreateGroupResultParticipants
from ._api.models.webjs_participants_added import WebjsParticipantsAdded
from ._outputs import (
    ActionResult,
    Base64File,
    Call,
    CallAcceptedEvent,
    CallReceivedEvent,
    CallRejectedEvent,
    Channel,
    ChannelCategory,
    ChannelCountry,
    ChannelMessage,
    ChannelSearchPage,
    ChannelSearchResult,
    ChannelView,
    Chat,
    ChatArchiveEvent,
    ChatArchiveEventPayload,
    ChatOverview,
    ChatPicture,
    ChatPresences,
    Contact,
    ContactAbout,
    ContactProfilePicture,
    Count,
    EngineEventEvent,
    EngineEventEventPayload,
    EventResponse,
    EventResponseEvent,
    EventResponseEventResponse0,
    EventResponseFailedEvent,
    GowsGroupInfo,
    GowsMessage,
    GowsMessageInfo,
    GowsParticipant,
    GowsSentMessage,
    Group,
    GroupJoinResult,
    GroupParticipant,
    GroupRef,
    GroupSecuritySetting,
    GroupV2JoinEvent,
    GroupV2JoinEventPayload,
    GroupV2LeaveEvent,
    GroupV2LeaveEventPayload,
    GroupV2ParticipantsEvent,
    GroupV2ParticipantsEventPayload,
    GroupV2UpdateEvent,
    GroupV2UpdateEventPayload,
    InstanceStatus,
    Label,
    LabelChatAddedEvent,
    LabelChatAssociation,
    LabelChatDeletedEvent,
    LabelDeletedEvent,
    LabelUpsertEvent,
    LidMapping,
    Location,
    Me,
    Media,
    Message,
    MessageAckEvent,
    MessageAckEventPayload,
    MessageAckGroupEvent,
    MessageAckGroupEventPayload,
    MessageAnyEvent,
    MessageDestination,
    MessageEdited,
    MessageEditedEvent,
    MessageEvent,
    MessageReactionEvent,
    MessageReactionEventPayload,
    MessageReactionEventPayloadReaction,
    MessageRevokedEvent,
    MessageRevokedEventPayload,
    NowebGroupMetadata,
    NowebMessageKey,
    NowebParticipant,
    NowebParticipantUpdate,
    NowebSentMessage,
    NumberExists,
    PairingCode,
    PollVote,
    PollVoteFailedEvent,
    PollVoteFailedEventPayload,
    PresenceEntry,
    PresenceUpdateEvent,
    Profile,
    QRCodeValue,
    ReadMessagesResult,
    ReplyTo,
    Result,
    SentMessage,
    Session,
    SessionConfig,
    SessionMetadata,
    SessionStatusEvent,
    SessionStatusEventPayload,
    SessionStatusEventPayloadStatusesItem,
    WawpQRCode,
    WawpSendAck,
    WebjsChat,
    WebjsCreateGroupResult,
    WebjsGroupChat,
    WebjsGroupMetadata,
    WebjsMessageData,
    WebjsMessageId,
    WebjsParticipant,
    WebjsParticipantAddResult,
    WebjsParticipantsStatus,
    WebjsSentMessage,
    WebjsWid,
)
from ._request_models import (
    ChannelCreateBodyDict,
    ChatLabelsSetBodyDict,
    FileRefDict,
    GroupCreateBodyDict,
    GroupDescriptionSetBodyDict,
    GroupJoinBodyDict,
    GroupPictureSetBodyDict,
    GroupSubjectSetBodyDict,
    LabelRefDict,
    LabelRequestDict,
    ParticipantRefDict,
    ParticipantsRequestDict,
    SendContactVcardBodyDict,
    SendPollBodyDict,
    SendPollBodyPollDict,
    VCardContactDict,
)

__all__ = [
    "ActionResult",
    "AuthGetQrFormat",
    "Base64File",
    "Call",
    "CallAcceptedEvent",
    "CallAcceptedEventEnvironment",
    "CallAcceptedEventMetadata",
    "CallReceivedEvent",
    "CallReceivedEventEnvironment",
    "CallReceivedEventMetadata",
    "CallRejectedEvent",
    "CallRejectedEventEnvironment",
    "CallRejectedEventMetadata",
    "Channel",
    "ChannelCategory",
    "ChannelCountry",
    "ChannelCreateBody",
    "ChannelCreateBodyDict",
    "ChannelMessage",
    "ChannelMessageReactions",
    "ChannelSearchPage",
    "ChannelSearchResult",
    "ChannelView",
    "ChannelsListRole",
    "Chat",
    "ChatArchiveEvent",
    "ChatArchiveEventEnvironment",
    "ChatArchiveEventMetadata",
    "ChatArchiveEventPayload",
    "ChatLabelsSetBody",
    "ChatLabelsSetBodyDict",
    "ChatMessagePinDuration",
    "ChatMessagesListFilterAck",
    "ChatOverview",
    "ChatPicture",
    "ChatPresences",
    "ChatsListSortBy",
    "ChatsListSortOrder",
    "Contact",
    "ContactAbout",
    "ContactProfilePicture",
    "ContactsListSortBy",
    "ContactsListSortOrder",
    "Count",
    "EmptyObject",
    "EngineEventEvent",
    "EngineEventEventEnvironment",
    "EngineEventEventMetadata",
    "EngineEventEventPayload",
    "Error",
    "ErrorData",
    "EventResponse",
    "EventResponseEvent",
    "EventResponseEventEnvironment",
    "EventResponseEventMetadata",
    "EventResponseEventResponse0",
    "EventResponseFailedEvent",
    "EventResponseFailedEventEnvironment",
    "EventResponseFailedEventMetadata",
    "EventResponseMessage",
    "EventResponseMessageEventResponseType0",
    "FileRef",
    "FileRefDict",
    "GowsGroupInfo",
    "GowsMessage",
    "GowsMessageInfo",
    "GowsMessageMessageType0",
    "GowsParticipant",
    "GowsSentMessage",
    "Group",
    "GroupCreateBody",
    "GroupCreateBodyDict",
    "GroupDescriptionSetBody",
    "GroupDescriptionSetBodyDict",
    "GroupJoinBody",
    "GroupJoinBodyDict",
    "GroupJoinResult",
    "GroupParticipant",
    "GroupPictureSetBody",
    "GroupPictureSetBodyDict",
    "GroupRef",
    "GroupSecuritySetting",
    "GroupSubjectSetBody",
    "GroupSubjectSetBodyDict",
    "GroupV2JoinEvent",
    "GroupV2JoinEventEnvironment",
    "GroupV2JoinEventMetadata",
    "GroupV2JoinEventPayload",
    "GroupV2LeaveEvent",
    "GroupV2LeaveEventEnvironment",
    "GroupV2LeaveEventMetadata",
    "GroupV2LeaveEventPayload",
    "GroupV2ParticipantsEvent",
    "GroupV2ParticipantsEventEnvironment",
    "GroupV2ParticipantsEventMetadata",
    "GroupV2ParticipantsEventPayload",
    "GroupV2UpdateEvent",
    "GroupV2UpdateEventEnvironment",
    "GroupV2UpdateEventMetadata",
    "GroupV2UpdateEventPayload",
    "GroupsListSortOrder",
    "InstanceStatus",
    "Label",
    "LabelChatAddedEvent",
    "LabelChatAddedEventEnvironment",
    "LabelChatAddedEventMetadata",
    "LabelChatAssociation",
    "LabelChatDeletedEvent",
    "LabelChatDeletedEventEnvironment",
    "LabelChatDeletedEventMetadata",
    "LabelDeletedEvent",
    "LabelDeletedEventEnvironment",
    "LabelDeletedEventMetadata",
    "LabelRef",
    "LabelRefDict",
    "LabelRequest",
    "LabelRequestDict",
    "LabelUpsertEvent",
    "LabelUpsertEventEnvironment",
    "LabelUpsertEventMetadata",
    "LidMapping",
    "Location",
    "Me",
    "Media",
    "Message",
    "MessageAckEvent",
    "MessageAckEventEnvironment",
    "MessageAckEventMetadata",
    "MessageAckEventPayload",
    "MessageAckGroupEvent",
    "MessageAckGroupEventEnvironment",
    "MessageAckGroupEventMetadata",
    "MessageAckGroupEventPayload",
    "MessageAnyEvent",
    "MessageAnyEventEnvironment",
    "MessageAnyEventMetadata",
    "MessageDestination",
    "MessageEdited",
    "MessageEditedEvent",
    "MessageEditedEventEnvironment",
    "MessageEditedEventMetadata",
    "MessageEvent",
    "MessageEventEnvironment",
    "MessageEventMetadata",
    "MessageReactionEvent",
    "MessageReactionEventEnvironment",
    "MessageReactionEventMetadata",
    "MessageReactionEventPayload",
    "MessageReactionEventPayloadReaction",
    "MessageRevokedEvent",
    "MessageRevokedEventEnvironment",
    "MessageRevokedEventMetadata",
    "MessageRevokedEventPayload",
    "NowebGroupMap",
    "NowebGroupMetadata",
    "NowebMessageKey",
    "NowebParticipant",
    "NowebParticipantUpdate",
    "NowebSentMessage",
    "NowebSentMessageMessageType0",
    "NumberExists",
    "PairingCode",
    "ParticipantRef",
    "ParticipantRefDict",
    "ParticipantsRequest",
    "ParticipantsRequestDict",
    "PollVote",
    "PollVoteFailedEvent",
    "PollVoteFailedEventEnvironment",
    "PollVoteFailedEventMetadata",
    "PollVoteFailedEventPayload",
    "PresenceEntry",
    "PresenceSetPresence",
    "PresenceUpdateEvent",
    "PresenceUpdateEventEnvironment",
    "PresenceUpdateEventMetadata",
    "Profile",
    "QRCodeValue",
    "ReadMessagesResult",
    "ReplyTo",
    "Result",
    "SendContactVcardBody",
    "SendContactVcardBodyDict",
    "SendPollBody",
    "SendPollBodyDict",
    "SendPollBodyPoll",
    "SendPollBodyPollDict",
    "SentMessage",
    "Session",
    "SessionConfig",
    "SessionMetadata",
    "SessionStatusEvent",
    "SessionStatusEventEnvironment",
    "SessionStatusEventMetadata",
    "SessionStatusEventPayload",
    "SessionStatusEventPayloadStatusesItem",
    "VCardContact",
    "VCardContactDict",
    "WawpQRCode",
    "WawpSendAck",
    "WebjsChat",
    "WebjsCreateGroupResult",
    "WebjsCreateGroupResultParticipants",
    "WebjsGroupChat",
    "WebjsGroupMetadata",
    "WebjsMessageData",
    "WebjsMessageId",
    "WebjsParticipant",
    "WebjsParticipantAddResult",
    "WebjsParticipantsAdded",
    "WebjsParticipantsStatus",
    "WebjsSentMessage",
    "WebjsWid",
]
