# Rendered by generator/generate.py from spec/openapi.yaml. Do not edit: regenerate with `nox -s generate`.
"""Every model by name: the attrs classes generated from the spec's schemas (``wawp_client._api.models``), which
calls return and take, and webhooks arrive as (read tolerantly: see ``wawp_client._models.Model``), their
``Literal`` types, and ``SentMessage``. Each is imported on first use.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._api.models.action_result import ActionResult
    from ._api.models.auth_get_qr_format import AuthGetQrFormat
    from ._api.models.auth_get_qr_v2_format import AuthGetQrV2Format
    from ._api.models.auth_otp_send_v2_lang import AuthOtpSendV2Lang
    from ._api.models.base_64_file import Base64File
    from ._api.models.call import Call
    from ._api.models.call_accepted_event import CallAcceptedEvent
    from ._api.models.call_received_event import CallReceivedEvent
    from ._api.models.call_rejected_event import CallRejectedEvent
    from ._api.models.channel import Channel
    from ._api.models.channel_category import ChannelCategory
    from ._api.models.channel_country import ChannelCountry
    from ._api.models.channel_create_body import ChannelCreateBody
    from ._api.models.channel_message import ChannelMessage
    from ._api.models.channel_search_page import ChannelSearchPage
    from ._api.models.channel_search_result import ChannelSearchResult
    from ._api.models.channel_view import ChannelView
    from ._api.models.channels_list_role import ChannelsListRole
    from ._api.models.channels_list_v2_role import ChannelsListV2Role
    from ._api.models.chat import Chat
    from ._api.models.chat_archive_event import ChatArchiveEvent
    from ._api.models.chat_archive_event_payload import ChatArchiveEventPayload
    from ._api.models.chat_labels_set_body import ChatLabelsSetBody
    from ._api.models.chat_message_pin_duration import ChatMessagePinDuration
    from ._api.models.chat_messages_list_filter_ack import ChatMessagesListFilterAck
    from ._api.models.chat_overview import ChatOverview
    from ._api.models.chat_picture import ChatPicture
    from ._api.models.chat_presences import ChatPresences
    from ._api.models.chats_list_sort_by import ChatsListSortBy
    from ._api.models.chats_list_sort_order import ChatsListSortOrder
    from ._api.models.chats_list_v2_sort_by import ChatsListV2SortBy
    from ._api.models.chats_list_v2_sort_order import ChatsListV2SortOrder
    from ._api.models.contact import Contact
    from ._api.models.contact_about import ContactAbout
    from ._api.models.contact_profile_picture import ContactProfilePicture
    from ._api.models.contacts_list_sort_by import ContactsListSortBy
    from ._api.models.contacts_list_sort_order import ContactsListSortOrder
    from ._api.models.count import Count
    from ._api.models.engine_event_event import EngineEventEvent
    from ._api.models.engine_event_event_payload import EngineEventEventPayload
    from ._api.models.event_response import EventResponse
    from ._api.models.event_response_event import EventResponseEvent
    from ._api.models.event_response_event_response_type_0 import EventResponseEventResponseType0
    from ._api.models.event_response_failed_event import EventResponseFailedEvent
    from ._api.models.file_ref import FileRef
    from ._api.models.gows_group_info import GowsGroupInfo
    from ._api.models.gows_message import GowsMessage
    from ._api.models.gows_message_info import GowsMessageInfo
    from ._api.models.gows_participant import GowsParticipant
    from ._api.models.gows_sent_message import GowsSentMessage
    from ._api.models.group import Group
    from ._api.models.group_create_body import GroupCreateBody
    from ._api.models.group_description_set_body import GroupDescriptionSetBody
    from ._api.models.group_join_body import GroupJoinBody
    from ._api.models.group_join_result import GroupJoinResult
    from ._api.models.group_participant import GroupParticipant
    from ._api.models.group_picture_set_body import GroupPictureSetBody
    from ._api.models.group_ref import GroupRef
    from ._api.models.group_security_setting import GroupSecuritySetting
    from ._api.models.group_subject_set_body import GroupSubjectSetBody
    from ._api.models.group_v2_join_event import GroupV2JoinEvent
    from ._api.models.group_v2_join_event_payload import GroupV2JoinEventPayload
    from ._api.models.group_v2_leave_event import GroupV2LeaveEvent
    from ._api.models.group_v2_leave_event_payload import GroupV2LeaveEventPayload
    from ._api.models.group_v2_participants_event import GroupV2ParticipantsEvent
    from ._api.models.group_v2_participants_event_payload import GroupV2ParticipantsEventPayload
    from ._api.models.group_v2_update_event import GroupV2UpdateEvent
    from ._api.models.group_v2_update_event_payload import GroupV2UpdateEventPayload
    from ._api.models.groups_list_sort_order import GroupsListSortOrder
    from ._api.models.instance_status import InstanceStatus
    from ._api.models.label import Label
    from ._api.models.label_chat_added_event import LabelChatAddedEvent
    from ._api.models.label_chat_association import LabelChatAssociation
    from ._api.models.label_chat_deleted_event import LabelChatDeletedEvent
    from ._api.models.label_deleted_event import LabelDeletedEvent
    from ._api.models.label_ref import LabelRef
    from ._api.models.label_request import LabelRequest
    from ._api.models.label_upsert_event import LabelUpsertEvent
    from ._api.models.lid_mapping import LidMapping
    from ._api.models.location import Location
    from ._api.models.me import Me
    from ._api.models.media import Media
    from ._api.models.message import Message
    from ._api.models.message_ack_event import MessageAckEvent
    from ._api.models.message_ack_event_payload import MessageAckEventPayload
    from ._api.models.message_ack_group_event import MessageAckGroupEvent
    from ._api.models.message_ack_group_event_payload import MessageAckGroupEventPayload
    from ._api.models.message_any_event import MessageAnyEvent
    from ._api.models.message_destination import MessageDestination
    from ._api.models.message_edited import MessageEdited
    from ._api.models.message_edited_event import MessageEditedEvent
    from ._api.models.message_event import MessageEvent
    from ._api.models.message_reaction_event import MessageReactionEvent
    from ._api.models.message_reaction_event_payload import MessageReactionEventPayload
    from ._api.models.message_reaction_event_payload_reaction import MessageReactionEventPayloadReaction
    from ._api.models.message_revoked_event import MessageRevokedEvent
    from ._api.models.message_revoked_event_payload import MessageRevokedEventPayload
    from ._api.models.noweb_group_metadata import NowebGroupMetadata
    from ._api.models.noweb_message_key import NowebMessageKey
    from ._api.models.noweb_participant import NowebParticipant
    from ._api.models.noweb_participant_update import NowebParticipantUpdate
    from ._api.models.noweb_sent_message import NowebSentMessage
    from ._api.models.number_exists import NumberExists
    from ._api.models.pairing_code import PairingCode
    from ._api.models.participant_ref import ParticipantRef
    from ._api.models.participants_request import ParticipantsRequest
    from ._api.models.poll_vote import PollVote
    from ._api.models.poll_vote_failed_event import PollVoteFailedEvent
    from ._api.models.poll_vote_failed_event_payload import PollVoteFailedEventPayload
    from ._api.models.presence_entry import PresenceEntry
    from ._api.models.presence_set_presence import PresenceSetPresence
    from ._api.models.presence_update_event import PresenceUpdateEvent
    from ._api.models.profile import Profile
    from ._api.models.qr_code_value import QRCodeValue
    from ._api.models.read_messages_result import ReadMessagesResult
    from ._api.models.reply_to import ReplyTo
    from ._api.models.result import Result
    from ._api.models.send_contact_vcard_body import SendContactVcardBody
    from ._api.models.send_poll_body import SendPollBody
    from ._api.models.send_poll_body_poll import SendPollBodyPoll
    from ._api.models.session import Session
    from ._api.models.session_config import SessionConfig
    from ._api.models.session_metadata import SessionMetadata
    from ._api.models.session_status_event import SessionStatusEvent
    from ._api.models.session_status_event_payload import SessionStatusEventPayload
    from ._api.models.session_status_event_payload_statuses_item import SessionStatusEventPayloadStatusesItem
    from ._api.models.v2_acknowledgement import V2Acknowledgement
    from ._api.models.v2_auth_list import V2AuthList
    from ._api.models.v2_call_ref import V2CallRef
    from ._api.models.v2_chat_ref import V2ChatRef
    from ._api.models.v2_contact_name import V2ContactName
    from ._api.models.v2_event_message import V2EventMessage
    from ._api.models.v2_event_message_event import V2EventMessageEvent
    from ._api.models.v2_event_message_event_location import V2EventMessageEventLocation
    from ._api.models.v2_flag_type_1 import V2FlagType1
    from ._api.models.v2_group_invite import V2GroupInvite
    from ._api.models.v2_list_message import V2ListMessage
    from ._api.models.v2_list_message_message import V2ListMessageMessage
    from ._api.models.v2_list_row import V2ListRow
    from ._api.models.v2_list_section import V2ListSection
    from ._api.models.v2_media_convert import V2MediaConvert
    from ._api.models.v2_media_convert_file import V2MediaConvertFile
    from ._api.models.v2_media_send import V2MediaSend
    from ._api.models.v2_media_send_file import V2MediaSendFile
    from ._api.models.v2_ok import V2Ok
    from ._api.models.v2_poll_vote import V2PollVote
    from ._api.models.v2_provisioned_instance import V2ProvisionedInstance
    from ._api.models.v2_qr_image import V2QrImage
    from ._api.models.v2_rate_limit_policies import V2RateLimitPolicies
    from ._api.models.v2_rate_limit_policy import V2RateLimitPolicy
    from ._api.models.v2_rate_limits import V2RateLimits
    from ._api.models.v2_session_webhooks import V2SessionWebhooks
    from ._api.models.v2_temp_link import V2TempLink
    from ._api.models.v2_text_status import V2TextStatus
    from ._api.models.v2_voice_status import V2VoiceStatus
    from ._api.models.v2_webhook_config import V2WebhookConfig
    from ._api.models.v2_webhook_config_is_active_type_1 import V2WebhookConfigIsActiveType1
    from ._api.models.v2_webhook_list import V2WebhookList
    from ._api.models.v2_webhook_retries import V2WebhookRetries
    from ._api.models.v2_webhook_set import V2WebhookSet
    from ._api.models.v2_webhook_update import V2WebhookUpdate
    from ._api.models.v_card_contact import VCardContact
    from ._api.models.wawp_qr_code import WawpQRCode
    from ._api.models.wawp_send_ack import WawpSendAck
    from ._api.models.webjs_chat import WebjsChat
    from ._api.models.webjs_create_group_result import WebjsCreateGroupResult
    from ._api.models.webjs_group_chat import WebjsGroupChat
    from ._api.models.webjs_group_metadata import WebjsGroupMetadata
    from ._api.models.webjs_message_data import WebjsMessageData
    from ._api.models.webjs_message_id import WebjsMessageId
    from ._api.models.webjs_participant import WebjsParticipant
    from ._api.models.webjs_participants_status import WebjsParticipantsStatus
    from ._api.models.webjs_sent_message import WebjsSentMessage
    from ._api.models.webjs_wid import WebjsWid
    from ._union_models import SentMessage

__all__ = [
    "ActionResult",
    "AuthGetQrFormat",
    "AuthGetQrV2Format",
    "AuthOtpSendV2Lang",
    "Base64File",
    "Call",
    "CallAcceptedEvent",
    "CallReceivedEvent",
    "CallRejectedEvent",
    "Channel",
    "ChannelCategory",
    "ChannelCountry",
    "ChannelCreateBody",
    "ChannelMessage",
    "ChannelSearchPage",
    "ChannelSearchResult",
    "ChannelView",
    "ChannelsListRole",
    "ChannelsListV2Role",
    "Chat",
    "ChatArchiveEvent",
    "ChatArchiveEventPayload",
    "ChatLabelsSetBody",
    "ChatMessagePinDuration",
    "ChatMessagesListFilterAck",
    "ChatOverview",
    "ChatPicture",
    "ChatPresences",
    "ChatsListSortBy",
    "ChatsListSortOrder",
    "ChatsListV2SortBy",
    "ChatsListV2SortOrder",
    "Contact",
    "ContactAbout",
    "ContactProfilePicture",
    "ContactsListSortBy",
    "ContactsListSortOrder",
    "Count",
    "EngineEventEvent",
    "EngineEventEventPayload",
    "EventResponse",
    "EventResponseEvent",
    "EventResponseEventResponseType0",
    "EventResponseFailedEvent",
    "FileRef",
    "GowsGroupInfo",
    "GowsMessage",
    "GowsMessageInfo",
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
    "GroupV2JoinEventPayload",
    "GroupV2LeaveEvent",
    "GroupV2LeaveEventPayload",
    "GroupV2ParticipantsEvent",
    "GroupV2ParticipantsEventPayload",
    "GroupV2UpdateEvent",
    "GroupV2UpdateEventPayload",
    "GroupsListSortOrder",
    "InstanceStatus",
    "Label",
    "LabelChatAddedEvent",
    "LabelChatAssociation",
    "LabelChatDeletedEvent",
    "LabelDeletedEvent",
    "LabelRef",
    "LabelRequest",
    "LabelUpsertEvent",
    "LidMapping",
    "Location",
    "Me",
    "Media",
    "Message",
    "MessageAckEvent",
    "MessageAckEventPayload",
    "MessageAckGroupEvent",
    "MessageAckGroupEventPayload",
    "MessageAnyEvent",
    "MessageDestination",
    "MessageEdited",
    "MessageEditedEvent",
    "MessageEvent",
    "MessageReactionEvent",
    "MessageReactionEventPayload",
    "MessageReactionEventPayloadReaction",
    "MessageRevokedEvent",
    "MessageRevokedEventPayload",
    "NowebGroupMetadata",
    "NowebMessageKey",
    "NowebParticipant",
    "NowebParticipantUpdate",
    "NowebSentMessage",
    "NumberExists",
    "PairingCode",
    "ParticipantRef",
    "ParticipantsRequest",
    "PollVote",
    "PollVoteFailedEvent",
    "PollVoteFailedEventPayload",
    "PresenceEntry",
    "PresenceSetPresence",
    "PresenceUpdateEvent",
    "Profile",
    "QRCodeValue",
    "ReadMessagesResult",
    "ReplyTo",
    "Result",
    "SendContactVcardBody",
    "SendPollBody",
    "SendPollBodyPoll",
    "SentMessage",
    "Session",
    "SessionConfig",
    "SessionMetadata",
    "SessionStatusEvent",
    "SessionStatusEventPayload",
    "SessionStatusEventPayloadStatusesItem",
    "V2Acknowledgement",
    "V2AuthList",
    "V2CallRef",
    "V2ChatRef",
    "V2ContactName",
    "V2EventMessage",
    "V2EventMessageEvent",
    "V2EventMessageEventLocation",
    "V2FlagType1",
    "V2GroupInvite",
    "V2ListMessage",
    "V2ListMessageMessage",
    "V2ListRow",
    "V2ListSection",
    "V2MediaConvert",
    "V2MediaConvertFile",
    "V2MediaSend",
    "V2MediaSendFile",
    "V2Ok",
    "V2PollVote",
    "V2ProvisionedInstance",
    "V2QrImage",
    "V2RateLimitPolicies",
    "V2RateLimitPolicy",
    "V2RateLimits",
    "V2SessionWebhooks",
    "V2TempLink",
    "V2TextStatus",
    "V2VoiceStatus",
    "V2WebhookConfig",
    "V2WebhookConfigIsActiveType1",
    "V2WebhookList",
    "V2WebhookRetries",
    "V2WebhookSet",
    "V2WebhookUpdate",
    "VCardContact",
    "WawpQRCode",
    "WawpSendAck",
    "WebjsChat",
    "WebjsCreateGroupResult",
    "WebjsGroupChat",
    "WebjsGroupMetadata",
    "WebjsMessageData",
    "WebjsMessageId",
    "WebjsParticipant",
    "WebjsParticipantsStatus",
    "WebjsSentMessage",
    "WebjsWid",
]

_MODULES: dict[str, str] = {
    "ActionResult": "._api.models.action_result",
    "AuthGetQrFormat": "._api.models.auth_get_qr_format",
    "AuthGetQrV2Format": "._api.models.auth_get_qr_v2_format",
    "AuthOtpSendV2Lang": "._api.models.auth_otp_send_v2_lang",
    "Base64File": "._api.models.base_64_file",
    "Call": "._api.models.call",
    "CallAcceptedEvent": "._api.models.call_accepted_event",
    "CallReceivedEvent": "._api.models.call_received_event",
    "CallRejectedEvent": "._api.models.call_rejected_event",
    "Channel": "._api.models.channel",
    "ChannelCategory": "._api.models.channel_category",
    "ChannelCountry": "._api.models.channel_country",
    "ChannelCreateBody": "._api.models.channel_create_body",
    "ChannelMessage": "._api.models.channel_message",
    "ChannelSearchPage": "._api.models.channel_search_page",
    "ChannelSearchResult": "._api.models.channel_search_result",
    "ChannelView": "._api.models.channel_view",
    "ChannelsListRole": "._api.models.channels_list_role",
    "ChannelsListV2Role": "._api.models.channels_list_v2_role",
    "Chat": "._api.models.chat",
    "ChatArchiveEvent": "._api.models.chat_archive_event",
    "ChatArchiveEventPayload": "._api.models.chat_archive_event_payload",
    "ChatLabelsSetBody": "._api.models.chat_labels_set_body",
    "ChatMessagePinDuration": "._api.models.chat_message_pin_duration",
    "ChatMessagesListFilterAck": "._api.models.chat_messages_list_filter_ack",
    "ChatOverview": "._api.models.chat_overview",
    "ChatPicture": "._api.models.chat_picture",
    "ChatPresences": "._api.models.chat_presences",
    "ChatsListSortBy": "._api.models.chats_list_sort_by",
    "ChatsListSortOrder": "._api.models.chats_list_sort_order",
    "ChatsListV2SortBy": "._api.models.chats_list_v2_sort_by",
    "ChatsListV2SortOrder": "._api.models.chats_list_v2_sort_order",
    "Contact": "._api.models.contact",
    "ContactAbout": "._api.models.contact_about",
    "ContactProfilePicture": "._api.models.contact_profile_picture",
    "ContactsListSortBy": "._api.models.contacts_list_sort_by",
    "ContactsListSortOrder": "._api.models.contacts_list_sort_order",
    "Count": "._api.models.count",
    "EngineEventEvent": "._api.models.engine_event_event",
    "EngineEventEventPayload": "._api.models.engine_event_event_payload",
    "EventResponse": "._api.models.event_response",
    "EventResponseEvent": "._api.models.event_response_event",
    "EventResponseEventResponseType0": "._api.models.event_response_event_response_type_0",
    "EventResponseFailedEvent": "._api.models.event_response_failed_event",
    "FileRef": "._api.models.file_ref",
    "GowsGroupInfo": "._api.models.gows_group_info",
    "GowsMessage": "._api.models.gows_message",
    "GowsMessageInfo": "._api.models.gows_message_info",
    "GowsParticipant": "._api.models.gows_participant",
    "GowsSentMessage": "._api.models.gows_sent_message",
    "Group": "._api.models.group",
    "GroupCreateBody": "._api.models.group_create_body",
    "GroupDescriptionSetBody": "._api.models.group_description_set_body",
    "GroupJoinBody": "._api.models.group_join_body",
    "GroupJoinResult": "._api.models.group_join_result",
    "GroupParticipant": "._api.models.group_participant",
    "GroupPictureSetBody": "._api.models.group_picture_set_body",
    "GroupRef": "._api.models.group_ref",
    "GroupSecuritySetting": "._api.models.group_security_setting",
    "GroupSubjectSetBody": "._api.models.group_subject_set_body",
    "GroupV2JoinEvent": "._api.models.group_v2_join_event",
    "GroupV2JoinEventPayload": "._api.models.group_v2_join_event_payload",
    "GroupV2LeaveEvent": "._api.models.group_v2_leave_event",
    "GroupV2LeaveEventPayload": "._api.models.group_v2_leave_event_payload",
    "GroupV2ParticipantsEvent": "._api.models.group_v2_participants_event",
    "GroupV2ParticipantsEventPayload": "._api.models.group_v2_participants_event_payload",
    "GroupV2UpdateEvent": "._api.models.group_v2_update_event",
    "GroupV2UpdateEventPayload": "._api.models.group_v2_update_event_payload",
    "GroupsListSortOrder": "._api.models.groups_list_sort_order",
    "InstanceStatus": "._api.models.instance_status",
    "Label": "._api.models.label",
    "LabelChatAddedEvent": "._api.models.label_chat_added_event",
    "LabelChatAssociation": "._api.models.label_chat_association",
    "LabelChatDeletedEvent": "._api.models.label_chat_deleted_event",
    "LabelDeletedEvent": "._api.models.label_deleted_event",
    "LabelRef": "._api.models.label_ref",
    "LabelRequest": "._api.models.label_request",
    "LabelUpsertEvent": "._api.models.label_upsert_event",
    "LidMapping": "._api.models.lid_mapping",
    "Location": "._api.models.location",
    "Me": "._api.models.me",
    "Media": "._api.models.media",
    "Message": "._api.models.message",
    "MessageAckEvent": "._api.models.message_ack_event",
    "MessageAckEventPayload": "._api.models.message_ack_event_payload",
    "MessageAckGroupEvent": "._api.models.message_ack_group_event",
    "MessageAckGroupEventPayload": "._api.models.message_ack_group_event_payload",
    "MessageAnyEvent": "._api.models.message_any_event",
    "MessageDestination": "._api.models.message_destination",
    "MessageEdited": "._api.models.message_edited",
    "MessageEditedEvent": "._api.models.message_edited_event",
    "MessageEvent": "._api.models.message_event",
    "MessageReactionEvent": "._api.models.message_reaction_event",
    "MessageReactionEventPayload": "._api.models.message_reaction_event_payload",
    "MessageReactionEventPayloadReaction": "._api.models.message_reaction_event_payload_reaction",
    "MessageRevokedEvent": "._api.models.message_revoked_event",
    "MessageRevokedEventPayload": "._api.models.message_revoked_event_payload",
    "NowebGroupMetadata": "._api.models.noweb_group_metadata",
    "NowebMessageKey": "._api.models.noweb_message_key",
    "NowebParticipant": "._api.models.noweb_participant",
    "NowebParticipantUpdate": "._api.models.noweb_participant_update",
    "NowebSentMessage": "._api.models.noweb_sent_message",
    "NumberExists": "._api.models.number_exists",
    "PairingCode": "._api.models.pairing_code",
    "ParticipantRef": "._api.models.participant_ref",
    "ParticipantsRequest": "._api.models.participants_request",
    "PollVote": "._api.models.poll_vote",
    "PollVoteFailedEvent": "._api.models.poll_vote_failed_event",
    "PollVoteFailedEventPayload": "._api.models.poll_vote_failed_event_payload",
    "PresenceEntry": "._api.models.presence_entry",
    "PresenceSetPresence": "._api.models.presence_set_presence",
    "PresenceUpdateEvent": "._api.models.presence_update_event",
    "Profile": "._api.models.profile",
    "QRCodeValue": "._api.models.qr_code_value",
    "ReadMessagesResult": "._api.models.read_messages_result",
    "ReplyTo": "._api.models.reply_to",
    "Result": "._api.models.result",
    "SendContactVcardBody": "._api.models.send_contact_vcard_body",
    "SendPollBody": "._api.models.send_poll_body",
    "SendPollBodyPoll": "._api.models.send_poll_body_poll",
    "SentMessage": "._union_models",
    "Session": "._api.models.session",
    "SessionConfig": "._api.models.session_config",
    "SessionMetadata": "._api.models.session_metadata",
    "SessionStatusEvent": "._api.models.session_status_event",
    "SessionStatusEventPayload": "._api.models.session_status_event_payload",
    "SessionStatusEventPayloadStatusesItem": "._api.models.session_status_event_payload_statuses_item",
    "V2Acknowledgement": "._api.models.v2_acknowledgement",
    "V2AuthList": "._api.models.v2_auth_list",
    "V2CallRef": "._api.models.v2_call_ref",
    "V2ChatRef": "._api.models.v2_chat_ref",
    "V2ContactName": "._api.models.v2_contact_name",
    "V2EventMessage": "._api.models.v2_event_message",
    "V2EventMessageEvent": "._api.models.v2_event_message_event",
    "V2EventMessageEventLocation": "._api.models.v2_event_message_event_location",
    "V2FlagType1": "._api.models.v2_flag_type_1",
    "V2GroupInvite": "._api.models.v2_group_invite",
    "V2ListMessage": "._api.models.v2_list_message",
    "V2ListMessageMessage": "._api.models.v2_list_message_message",
    "V2ListRow": "._api.models.v2_list_row",
    "V2ListSection": "._api.models.v2_list_section",
    "V2MediaConvert": "._api.models.v2_media_convert",
    "V2MediaConvertFile": "._api.models.v2_media_convert_file",
    "V2MediaSend": "._api.models.v2_media_send",
    "V2MediaSendFile": "._api.models.v2_media_send_file",
    "V2Ok": "._api.models.v2_ok",
    "V2PollVote": "._api.models.v2_poll_vote",
    "V2ProvisionedInstance": "._api.models.v2_provisioned_instance",
    "V2QrImage": "._api.models.v2_qr_image",
    "V2RateLimitPolicies": "._api.models.v2_rate_limit_policies",
    "V2RateLimitPolicy": "._api.models.v2_rate_limit_policy",
    "V2RateLimits": "._api.models.v2_rate_limits",
    "V2SessionWebhooks": "._api.models.v2_session_webhooks",
    "V2TempLink": "._api.models.v2_temp_link",
    "V2TextStatus": "._api.models.v2_text_status",
    "V2VoiceStatus": "._api.models.v2_voice_status",
    "V2WebhookConfig": "._api.models.v2_webhook_config",
    "V2WebhookConfigIsActiveType1": "._api.models.v2_webhook_config_is_active_type_1",
    "V2WebhookList": "._api.models.v2_webhook_list",
    "V2WebhookRetries": "._api.models.v2_webhook_retries",
    "V2WebhookSet": "._api.models.v2_webhook_set",
    "V2WebhookUpdate": "._api.models.v2_webhook_update",
    "VCardContact": "._api.models.v_card_contact",
    "WawpQRCode": "._api.models.wawp_qr_code",
    "WawpSendAck": "._api.models.wawp_send_ack",
    "WebjsChat": "._api.models.webjs_chat",
    "WebjsCreateGroupResult": "._api.models.webjs_create_group_result",
    "WebjsGroupChat": "._api.models.webjs_group_chat",
    "WebjsGroupMetadata": "._api.models.webjs_group_metadata",
    "WebjsMessageData": "._api.models.webjs_message_data",
    "WebjsMessageId": "._api.models.webjs_message_id",
    "WebjsParticipant": "._api.models.webjs_participant",
    "WebjsParticipantsStatus": "._api.models.webjs_participants_status",
    "WebjsSentMessage": "._api.models.webjs_sent_message",
    "WebjsWid": "._api.models.webjs_wid",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __package__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
