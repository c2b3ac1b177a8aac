# Written by openapi-python-client 0.29.1 from spec/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
"""Contains all the data models used in inputs/outputs"""

from .action_result import ActionResult
from .auth_get_qr_format import AuthGetQrFormat
from .base_64_file import Base64File
from .call import Call
from .call_accepted_event import CallAcceptedEvent
from .call_accepted_event_environment import CallAcceptedEventEnvironment
from .call_accepted_event_metadata import CallAcceptedEventMetadata
from .call_received_event import CallReceivedEvent
from .call_received_event_environment import CallReceivedEventEnvironment
from .call_received_event_metadata import CallReceivedEventMetadata
from .call_rejected_event import CallRejectedEvent
from .call_rejected_event_environment import CallRejectedEventEnvironment
from .call_rejected_event_metadata import CallRejectedEventMetadata
from .channel import Channel
from .channel_category import ChannelCategory
from .channel_country import ChannelCountry
from .channel_create_body import ChannelCreateBody
from .channel_message import ChannelMessage
from .channel_message_reactions import ChannelMessageReactions
from .channel_search_page import ChannelSearchPage
from .channel_search_result import ChannelSearchResult
from .channel_view import ChannelView
from .channels_list_role import ChannelsListRole
from .chat import Chat
from .chat_archive_event import ChatArchiveEvent
from .chat_archive_event_environment import ChatArchiveEventEnvironment
from .chat_archive_event_metadata import ChatArchiveEventMetadata
from .chat_archive_event_payload import ChatArchiveEventPayload
from .chat_labels_set_body import ChatLabelsSetBody
from .chat_message_pin_duration import ChatMessagePinDuration
from .chat_messages_list_filter_ack import ChatMessagesListFilterAck
from .chat_overview import ChatOverview
from .chat_picture import ChatPicture
from .chat_presences import ChatPresences
from .chats_list_sort_by import ChatsListSortBy
from .chats_list_sort_order import ChatsListSortOrder
from .contact import Contact
from .contact_about import ContactAbout
from .contact_profile_picture import ContactProfilePicture
from .contacts_list_sort_by import ContactsListSortBy
from .contacts_list_sort_order import ContactsListSortOrder
from .count import Count
from .empty_object import EmptyObject
from .engine_event_event import EngineEventEvent
from .engine_event_event_environment import EngineEventEventEnvironment
from .engine_event_event_metadata import EngineEventEventMetadata
from .engine_event_event_payload import EngineEventEventPayload
from .error import Error
from .error_data import ErrorData
from .event_response_event import EventResponseEvent
from .event_response_event_environment import EventResponseEventEnvironment
from .event_response_event_metadata import EventResponseEventMetadata
from .event_response_failed_event import EventResponseFailedEvent
from .event_response_failed_event_environment import EventResponseFailedEventEnvironment
from .event_response_failed_event_metadata import EventResponseFailedEventMetadata
from .event_response_message import EventResponseMessage
from .event_response_message_event_response_type_0 import EventResponseMessageEventResponseType0
from .file_ref import FileRef
from .gows_group_info import GowsGroupInfo
from .gows_message import GowsMessage
from .gows_message_info import GowsMessageInfo
from .gows_message_message_type_0 import GowsMessageMessageType0
from .gows_participant import GowsParticipant
from .gows_sent_message import GowsSentMessage
from .group import Group
from .group_create_body import GroupCreateBody
from .group_description_set_body import GroupDescriptionSetBody
from .group_join_body import GroupJoinBody
from .group_join_result import GroupJoinResult
from .group_participant import GroupParticipant
from .group_picture_set_body import GroupPictureSetBody
from .group_ref import GroupRef
from .group_security_setting import GroupSecuritySetting
from .group_subject_set_body import GroupSubjectSetBody
from .group_v2_join_event import GroupV2JoinEvent
from .group_v2_join_event_environment import GroupV2JoinEventEnvironment
from .group_v2_join_event_metadata import GroupV2JoinEventMetadata
from .group_v2_join_event_payload import GroupV2JoinEventPayload
from .group_v2_leave_event import GroupV2LeaveEvent
from .group_v2_leave_event_environment import GroupV2LeaveEventEnvironment
from .group_v2_leave_event_metadata import GroupV2LeaveEventMetadata
from .group_v2_leave_event_payload import GroupV2LeaveEventPayload
from .group_v2_participants_event import GroupV2ParticipantsEvent
from .group_v2_participants_event_environment import GroupV2ParticipantsEventEnvironment
from .group_v2_participants_event_metadata import GroupV2ParticipantsEventMetadata
from .group_v2_participants_event_payload import GroupV2ParticipantsEventPayload
from .group_v2_update_event import GroupV2UpdateEvent
from .group_v2_update_event_environment import GroupV2UpdateEventEnvironment
from .group_v2_update_event_metadata import GroupV2UpdateEventMetadata
from .group_v2_update_event_payload import GroupV2UpdateEventPayload
from .groups_list_sort_order import GroupsListSortOrder
from .instance_status import InstanceStatus
from .label import Label
from .label_chat_added_event import LabelChatAddedEvent
from .label_chat_added_event_environment import LabelChatAddedEventEnvironment
from .label_chat_added_event_metadata import LabelChatAddedEventMetadata
from .label_chat_association import LabelChatAssociation
from .label_chat_deleted_event import LabelChatDeletedEvent
from .label_chat_deleted_event_environment import LabelChatDeletedEventEnvironment
from .label_chat_deleted_event_metadata import LabelChatDeletedEventMetadata
from .label_deleted_event import LabelDeletedEvent
from .label_deleted_event_environment import LabelDeletedEventEnvironment
from .label_deleted_event_metadata import LabelDeletedEventMetadata
from .label_ref import LabelRef
from .label_request import LabelRequest
from .label_upsert_event import LabelUpsertEvent
from .label_upsert_event_environment import LabelUpsertEventEnvironment
from .label_upsert_event_metadata import LabelUpsertEventMetadata
from .lid_mapping import LidMapping
from .location import Location
from .me import Me
from .media import Media
from .message import Message
from .message_ack_event import MessageAckEvent
from .message_ack_event_environment import MessageAckEventEnvironment
from .message_ack_event_metadata import MessageAckEventMetadata
from .message_ack_event_payload import MessageAckEventPayload
from .message_ack_group_event import MessageAckGroupEvent
from .message_ack_group_event_environment import MessageAckGroupEventEnvironment
from .message_ack_group_event_metadata import MessageAckGroupEventMetadata
from .message_ack_group_event_payload import MessageAckGroupEventPayload
from .message_any_event import MessageAnyEvent
from .message_any_event_environment import MessageAnyEventEnvironment
from .message_any_event_metadata import MessageAnyEventMetadata
from .message_destination import MessageDestination
from .message_edited import MessageEdited
from .message_edited_event import MessageEditedEvent
from .message_edited_event_environment import MessageEditedEventEnvironment
from .message_edited_event_metadata import MessageEditedEventMetadata
from .message_event import MessageEvent
from .message_event_environment import MessageEventEnvironment
from .message_event_metadata import MessageEventMetadata
from .message_reaction_event import MessageReactionEvent
from .message_reaction_event_environment import MessageReactionEventEnvironment
from .message_reaction_event_metadata import MessageReactionEventMetadata
from .message_reaction_event_payload import MessageReactionEventPayload
from .message_reaction_event_payload_reaction import MessageReactionEventPayloadReaction
from .message_revoked_event import MessageRevokedEvent
from .message_revoked_event_environment import MessageRevokedEventEnvironment
from .message_revoked_event_metadata import MessageRevokedEventMetadata
from .message_revoked_event_payload import MessageRevokedEventPayload
from .noweb_group_map import NowebGroupMap
from .noweb_group_metadata import NowebGroupMetadata
from .noweb_message_key import NowebMessageKey
from .noweb_participant import NowebParticipant
from .noweb_participant_update import NowebParticipantUpdate
from .noweb_sent_message import NowebSentMessage
from .noweb_sent_message_message_type_0 import NowebSentMessageMessageType0
from .number_exists import NumberExists
from .pairing_code import PairingCode
from .participant_ref import ParticipantRef
from .participants_request import ParticipantsRequest
from .poll_vote import PollVote
from .poll_vote_failed_event import PollVoteFailedEvent
from .poll_vote_failed_event_environment import PollVoteFailedEventEnvironment
from .poll_vote_failed_event_metadata import PollVoteFailedEventMetadata
from .poll_vote_failed_event_payload import PollVoteFailedEventPayload
from .presence_entry import PresenceEntry
from .presence_set_presence import PresenceSetPresence
from .presence_update_event import PresenceUpdateEvent
from .presence_update_event_environment import PresenceUpdateEventEnvironment
from .presence_update_event_metadata import PresenceUpdateEventMetadata
from .profile import Profile
from .qr_code_value import QRCodeValue
from .read_messages_result import ReadMessagesResult
from .reply_to import ReplyTo
from .result import Result
from .send_contact_vcard_body import SendContactVcardBody
from .send_poll_body import SendPollBody
from .send_poll_body_poll import SendPollBodyPoll
from .session import Session
from .session_config import SessionConfig
from .session_metadata import SessionMetadata
from .session_status_event import SessionStatusEvent
from .session_status_event_environment import SessionStatusEventEnvironment
from .session_status_event_metadata import SessionStatusEventMetadata
from .session_status_event_payload import SessionStatusEventPayload
from .session_status_event_payload_statuses_item import SessionStatusEventPayloadStatusesItem
from .v_card_contact import VCardContact
from .wawp_qr_code import WawpQRCode
from .wawp_send_ack import WawpSendAck
from .webjs_chat import WebjsChat
from .webjs_create_group_result import WebjsCreateGroupResult
from .webjs_create_group_result_participants import WebjsCreateGroupResultParticipants
from .webjs_group_chat import WebjsGroupChat
from .webjs_group_metadata import WebjsGroupMetadata
from .webjs_message_data import WebjsMessageData
from .webjs_message_id import WebjsMessageId
from .webjs_participant import WebjsParticipant
from .webjs_participant_add_result import WebjsParticipantAddResult
from .webjs_participants_added import WebjsParticipantsAdded
from .webjs_participants_status import WebjsParticipantsStatus
from .webjs_sent_message import WebjsSentMessage
from .webjs_wid import WebjsWid

__all__ = (
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
    "EventResponseEvent",
    "EventResponseEventEnvironment",
    "EventResponseEventMetadata",
    "EventResponseFailedEvent",
    "EventResponseFailedEventEnvironment",
    "EventResponseFailedEventMetadata",
    "EventResponseMessage",
    "EventResponseMessageEventResponseType0",
    "FileRef",
    "GowsGroupInfo",
    "GowsMessage",
    "GowsMessageInfo",
    "GowsMessageMessageType0",
    "GowsParticipant",
    "GowsSentMessage",
    "Group",
    "GroupCreateBody",
    "GroupDescriptionSetBody",
    "GroupJoinBody",
    "GroupJoinResult",
    "GroupParticipant",
    "GroupPictureSetBody",
    "GroupRef",
    "GroupSecuritySetting",
    "GroupSubjectSetBody",
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
    "LabelRequest",
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
    "ParticipantsRequest",
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
    "SendPollBody",
    "SendPollBodyPoll",
    "Session",
    "SessionConfig",
    "SessionMetadata",
    "SessionStatusEvent",
    "SessionStatusEventEnvironment",
    "SessionStatusEventMetadata",
    "SessionStatusEventPayload",
    "SessionStatusEventPayloadStatusesItem",
    "VCardContact",
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
)
