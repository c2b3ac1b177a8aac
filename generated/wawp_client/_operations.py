# Rendered by generator/generate.py from spec/openapi.yaml. Do not edit: regenerate with `nox -s generate`.
"""Every operation of the spec: where its generated module and its facade method are, and how the facade's
argument names map to the generated ones (``body_fields``: the keyword arguments gathered into the JSON body).
Tests and tools read it; the client does not.
"""

from __future__ import annotations

from typing import NamedTuple

__all__ = ["OPERATIONS", "Operation"]


class Operation(NamedTuple):
    """One operation and the names it goes by."""

    method: str
    path: str
    module: str
    facade: str
    arguments: dict[str, str]
    body_fields: tuple[str, ...]


OPERATIONS: dict[str, Operation] = {
    "authGetQr": Operation("GET", "/getQr", "auth.auth_get_qr", "auth.get_qr", {"format": "format_"}, ()),
    "authRequestCode": Operation(
        "POST", "/requestCode", "auth.auth_request_code", "auth.request_code", {"phone_number": "phone_number"}, ()
    ),
    "authScreenshot": Operation("GET", "/getScreenshot", "auth.auth_screenshot", "auth.screenshot", {}, ()),
    "channelCreate": Operation(
        "POST",
        "/channels",
        "channels.channel_create",
        "channels.create",
        {"body": "body"},
        (
            "name",
            "description",
            "picture",
            "type_",
        ),
    ),
    "channelDelete": Operation(
        "DELETE", "/channels/{id}", "channels.channel_delete", "channels.delete", {"id": "id"}, ()
    ),
    "channelFollow": Operation(
        "POST", "/channels/{id}/follow", "channels.channel_follow", "channels.follow", {"id": "id"}, ()
    ),
    "channelGet": Operation(
        "GET", "/channels/{id}", "channels.channel_get", "channels.get", {"id": "id", "name": "name"}, ()
    ),
    "channelMute": Operation("POST", "/channels/{id}/mute", "channels.channel_mute", "channels.mute", {"id": "id"}, ()),
    "channelPreviewMessages": Operation(
        "GET",
        "/channels/{id}/messages/preview",
        "channels.channel_preview_messages",
        "channels.preview_messages",
        {"id": "id", "download_media": "download_media", "limit": "limit"},
        (),
    ),
    "channelUnfollow": Operation(
        "POST", "/channels/{id}/unfollow", "channels.channel_unfollow", "channels.unfollow", {"id": "id"}, ()
    ),
    "channelUnmute": Operation(
        "POST", "/channels/{id}/unmute", "channels.channel_unmute", "channels.unmute", {"id": "id"}, ()
    ),
    "channelsList": Operation("GET", "/channels", "channels.channels_list", "channels.list", {"role": "role"}, ()),
    "channelsSearch": Operation(
        "GET",
        "/channels/search",
        "channels.channels_search",
        "channels.search",
        {
            "view": "view",
            "countries": "countries",
            "categories": "categories",
            "limit": "limit",
            "start_cursor": "start_cursor",
            "text": "text",
        },
        (),
    ),
    "channelsSearchCategories": Operation(
        "GET",
        "/channels/search/categories",
        "channels.channels_search_categories",
        "channels.search_categories",
        {},
        (),
    ),
    "channelsSearchCountries": Operation(
        "GET", "/channels/search/countries", "channels.channels_search_countries", "channels.search_countries", {}, ()
    ),
    "channelsSearchViews": Operation(
        "GET", "/channels/search/views", "channels.channels_search_views", "channels.search_views", {}, ()
    ),
    "chatArchive": Operation(
        "POST", "/chats/{chatId}/archive", "chats.chat_archive", "chats.archive", {"chat_id": "chat_id"}, ()
    ),
    "chatDelete": Operation(
        "DELETE", "/chats/{chatId}", "chats.chat_delete", "chats.delete", {"chat_id": "chat_id"}, ()
    ),
    "chatLabelsGet": Operation(
        "GET", "/labels/chats/{chatId}", "labels.chat_labels_get", "labels.for_chat", {"chat_id": "chat_id"}, ()
    ),
    "chatLabelsSet": Operation(
        "PUT",
        "/labels/chats/{chatId}",
        "labels.chat_labels_set",
        "labels.set_for_chat",
        {"chat_id": "chat_id", "body": "body"},
        ("labels",),
    ),
    "chatMarkUnread": Operation(
        "POST", "/chats/{chatId}/unread", "chats.chat_mark_unread", "chats.mark_unread", {"chat_id": "chat_id"}, ()
    ),
    "chatMessageDelete": Operation(
        "DELETE",
        "/chats/{chatId}/messages/{messageId}",
        "chats.chat_message_delete",
        "chats.messages.delete",
        {"chat_id": "chat_id", "message_id": "message_id"},
        (),
    ),
    "chatMessageEdit": Operation(
        "PUT",
        "/chats/{chatId}/messages/{messageId}",
        "chats.chat_message_edit",
        "chats.messages.edit",
        {
            "chat_id": "chat_id",
            "message_id": "message_id",
            "text": "text",
            "link_preview": "link_preview",
            "link_preview_high_quality": "link_preview_high_quality",
        },
        (),
    ),
    "chatMessageGet": Operation(
        "POST",
        "/chats/{chatId}/messages/{messageId}",
        "chats.chat_message_get",
        "chats.messages.get",
        {"chat_id": "chat_id", "message_id": "message_id", "download_media": "download_media"},
        (),
    ),
    "chatMessagePin": Operation(
        "POST",
        "/chats/{chatId}/messages/{messageId}/pin",
        "chats.chat_message_pin",
        "chats.messages.pin",
        {"chat_id": "chat_id", "message_id": "message_id", "duration": "duration"},
        (),
    ),
    "chatMessageUnpin": Operation(
        "POST",
        "/chats/{chatId}/messages/{messageId}/unpin",
        "chats.chat_message_unpin",
        "chats.messages.unpin",
        {"chat_id": "chat_id", "message_id": "message_id"},
        (),
    ),
    "chatMessagesClear": Operation(
        "DELETE",
        "/chats/{chatId}/messages",
        "chats.chat_messages_clear",
        "chats.messages.clear",
        {"chat_id": "chat_id"},
        (),
    ),
    "chatMessagesList": Operation(
        "GET",
        "/chats/{chatId}/messages",
        "chats.chat_messages_list",
        "chats.messages.list",
        {
            "chat_id": "chat_id",
            "download_media": "download_media",
            "limit": "limit",
            "offset": "offset",
            "filter_timestamp_lte": "filter_timestamp_lte",
            "filter_timestamp_gte": "filter_timestamp_gte",
            "filter_from_me": "filter_from_me",
            "filter_ack": "filter_ack",
        },
        (),
    ),
    "chatMessagesRead": Operation(
        "POST",
        "/chats/{chatId}/messages/read",
        "chats.chat_messages_read",
        "chats.messages.read",
        {"chat_id": "chat_id", "messages": "messages", "days": "days"},
        (),
    ),
    "chatPicture": Operation(
        "GET",
        "/chats/{chatId}/picture",
        "chats.chat_picture",
        "chats.picture",
        {"chat_id": "chat_id", "refresh": "refresh"},
        (),
    ),
    "chatUnarchive": Operation(
        "POST", "/chats/{chatId}/unarchive", "chats.chat_unarchive", "chats.unarchive", {"chat_id": "chat_id"}, ()
    ),
    "chatsList": Operation(
        "POST",
        "/chats",
        "chats.chats_list",
        "chats.list",
        {"sort_by": "sort_by", "sort_order": "sort_order", "limit": "limit", "offset": "offset"},
        (),
    ),
    "chatsOverview": Operation(
        "GET",
        "/chats/overview",
        "chats.chats_overview",
        "chats.overview",
        {"limit": "limit", "offset": "offset", "ids": "ids"},
        (),
    ),
    "contactAbout": Operation(
        "GET", "/contacts/about", "contacts.contact_about", "contacts.about", {"contact_id": "contact_id"}, ()
    ),
    "contactBlock": Operation(
        "POST", "/contacts/block", "contacts.contact_block", "contacts.block", {"contact_id": "contact_id"}, ()
    ),
    "contactCheckExists": Operation(
        "GET",
        "/contacts/check-exists",
        "contacts.contact_check_exists",
        "contacts.check_exists",
        {"phone": "phone"},
        (),
    ),
    "contactGet": Operation(
        "GET", "/contacts", "contacts.contact_get", "contacts.get", {"contact_id": "contact_id"}, ()
    ),
    "contactProfilePicture": Operation(
        "GET",
        "/contacts/profile-picture",
        "contacts.contact_profile_picture",
        "contacts.profile_picture",
        {"contact_id": "contact_id", "refresh": "refresh"},
        (),
    ),
    "contactUnblock": Operation(
        "POST", "/contacts/unblock", "contacts.contact_unblock", "contacts.unblock", {"contact_id": "contact_id"}, ()
    ),
    "contactUpsert": Operation(
        "PUT",
        "/contacts/{contactId}",
        "contacts.contact_upsert",
        "contacts.upsert",
        {"contact_id": "contact_id", "first_name": "first_name", "last_name": "last_name"},
        (),
    ),
    "contactsList": Operation(
        "GET",
        "/contacts/all",
        "contacts.contacts_list",
        "contacts.list",
        {"limit": "limit", "offset": "offset", "sort_by": "sort_by", "sort_order": "sort_order"},
        (),
    ),
    "groupAdminDemote": Operation(
        "POST",
        "/groups/{id}/admin/demote",
        "groups.group_admin_demote",
        "groups.participants.demote",
        {"id": "id", "body": "body"},
        ("participants",),
    ),
    "groupAdminPromote": Operation(
        "POST",
        "/groups/{id}/admin/promote",
        "groups.group_admin_promote",
        "groups.participants.promote",
        {"id": "id", "body": "body"},
        ("participants",),
    ),
    "groupCreate": Operation(
        "POST",
        "/groups",
        "groups.group_create",
        "groups.create",
        {"body": "body"},
        (
            "name",
            "participants",
        ),
    ),
    "groupDelete": Operation("DELETE", "/groups/{id}", "groups.group_delete", "groups.delete", {"id": "id"}, ()),
    "groupDescriptionSet": Operation(
        "PUT",
        "/groups/{id}/description",
        "groups.group_description_set",
        "groups.set_description",
        {"id": "id", "body": "body"},
        ("description",),
    ),
    "groupGet": Operation("GET", "/groups/{id}", "groups.group_get", "groups.get", {"id": "id"}, ()),
    "groupInfoAdminOnlyGet": Operation(
        "GET",
        "/groups/{id}/settings/security/info-admin-only",
        "groups.group_info_admin_only_get",
        "groups.settings.get_info_admin_only",
        {"id": "id"},
        (),
    ),
    "groupInfoAdminOnlySet": Operation(
        "PUT",
        "/groups/{id}/settings/security/info-admin-only",
        "groups.group_info_admin_only_set",
        "groups.settings.set_info_admin_only",
        {"id": "id", "admins_only": "admins_only"},
        (),
    ),
    "groupInviteCodeGet": Operation(
        "GET", "/groups/{id}/invite-code", "groups.group_invite_code_get", "groups.invite_code.get", {"id": "id"}, ()
    ),
    "groupInviteCodeRevoke": Operation(
        "POST",
        "/groups/{id}/invite-code/revoke",
        "groups.group_invite_code_revoke",
        "groups.invite_code.revoke",
        {"id": "id"},
        (),
    ),
    "groupJoin": Operation("POST", "/groups/join", "groups.group_join", "groups.join", {"body": "body"}, ("code",)),
    "groupJoinInfo": Operation(
        "GET", "/groups/join-info", "groups.group_join_info", "groups.join_info", {"code": "code"}, ()
    ),
    "groupLeave": Operation("POST", "/groups/{id}/leave", "groups.group_leave", "groups.leave", {"id": "id"}, ()),
    "groupMessagesAdminOnlyGet": Operation(
        "GET",
        "/groups/{id}/settings/security/messages-admin-only",
        "groups.group_messages_admin_only_get",
        "groups.settings.get_messages_admin_only",
        {"id": "id"},
        (),
    ),
    "groupMessagesAdminOnlySet": Operation(
        "PUT",
        "/groups/{id}/settings/security/messages-admin-only",
        "groups.group_messages_admin_only_set",
        "groups.settings.set_messages_admin_only",
        {"id": "id", "admins_only": "admins_only"},
        (),
    ),
    "groupParticipantsAdd": Operation(
        "POST",
        "/groups/{id}/participants/add",
        "groups.group_participants_add",
        "groups.participants.add",
        {"id": "id", "body": "body"},
        ("participants",),
    ),
    "groupParticipantsList": Operation(
        "GET",
        "/groups/{id}/participants",
        "groups.group_participants_list",
        "groups.participants.list",
        {"id": "id"},
        (),
    ),
    "groupParticipantsRemove": Operation(
        "POST",
        "/groups/{id}/participants/remove",
        "groups.group_participants_remove",
        "groups.participants.remove",
        {"id": "id", "body": "body"},
        ("participants",),
    ),
    "groupPictureDelete": Operation(
        "DELETE", "/groups/{id}/picture", "groups.group_picture_delete", "groups.picture.delete", {"id": "id"}, ()
    ),
    "groupPictureGet": Operation(
        "GET",
        "/groups/{id}/picture",
        "groups.group_picture_get",
        "groups.picture.get",
        {"id": "id", "refresh": "refresh"},
        (),
    ),
    "groupPictureSet": Operation(
        "PUT",
        "/groups/{id}/picture",
        "groups.group_picture_set",
        "groups.picture.set",
        {"id": "id", "body": "body"},
        ("file",),
    ),
    "groupSubjectSet": Operation(
        "PUT",
        "/groups/{id}/subject",
        "groups.group_subject_set",
        "groups.set_subject",
        {"id": "id", "body": "body"},
        ("subject",),
    ),
    "groupsCount": Operation("GET", "/groups/count", "groups.groups_count", "groups.count", {}, ()),
    "groupsList": Operation(
        "GET",
        "/groups",
        "groups.groups_list",
        "groups.list",
        {"limit": "limit", "sort_order": "sort_order", "offset": "offset"},
        (),
    ),
    "groupsRefresh": Operation("POST", "/groups/refresh", "groups.groups_refresh", "groups.refresh", {}, ()),
    "instanceStatus": Operation("GET", "/status", "sessions.instance_status", "sessions.status", {}, ()),
    "labelChatsList": Operation(
        "GET", "/labels/{labelId}/chats", "labels.label_chats_list", "labels.chats", {"label_id": "label_id"}, ()
    ),
    "labelCreate": Operation(
        "POST",
        "/labels",
        "labels.label_create",
        "labels.create",
        {"body": "body"},
        (
            "name",
            "color_hex",
            "color",
        ),
    ),
    "labelDelete": Operation(
        "DELETE", "/labels/{labelId}", "labels.label_delete", "labels.delete", {"label_id": "label_id"}, ()
    ),
    "labelUpdate": Operation(
        "PUT",
        "/labels/{labelId}",
        "labels.label_update",
        "labels.update",
        {"label_id": "label_id", "body": "body"},
        (
            "name",
            "color_hex",
            "color",
        ),
    ),
    "labelsList": Operation("GET", "/labels", "labels.labels_list", "labels.list", {}, ()),
    "lidsCount": Operation("GET", "/lids/count", "contacts.lids_count", "contacts.lids.count", {}, ()),
    "lidsList": Operation(
        "GET", "/lids", "contacts.lids_list", "contacts.lids.list", {"limit": "limit", "offset": "offset"}, ()
    ),
    "messageGet": Operation(
        "GET",
        "/message",
        "messages.message_get",
        "messages.get",
        {"chat_id": "chat_id", "message_id": "message_id", "download_media": "download_media"},
        (),
    ),
    "messageReact": Operation(
        "PUT",
        "/reaction",
        "messages.message_react",
        "messages.react",
        {"chat_id": "chat_id", "message_id": "message_id", "reaction": "reaction"},
        (),
    ),
    "messageStar": Operation(
        "PUT",
        "/star",
        "messages.message_star",
        "messages.star",
        {"chat_id": "chat_id", "message_id": "message_id", "star": "star"},
        (),
    ),
    "presenceGet": Operation(
        "GET", "/presence/{chatId}", "presence.presence_get", "presence.get", {"chat_id": "chat_id"}, ()
    ),
    "presenceSet": Operation(
        "POST", "/presence", "presence.presence_set", "presence.set", {"presence": "presence", "chat_id": "chat_id"}, ()
    ),
    "profileDeletePicture": Operation(
        "DELETE", "/profile/picture", "profile.profile_delete_picture", "profile.delete_picture", {}, ()
    ),
    "profileGet": Operation("GET", "/profile", "profile.profile_get", "profile.get", {}, ()),
    "profileSetName": Operation(
        "PUT", "/profile/nameRequest", "profile.profile_set_name", "profile.set_name", {"name": "name"}, ()
    ),
    "profileSetPicture": Operation(
        "PUT",
        "/profile/picture",
        "profile.profile_set_picture",
        "profile.set_picture",
        {"file_url": "fileurl", "file_filename": "filefilename", "file_mimetype": "filemimetype"},
        (),
    ),
    "profileSetStatus": Operation(
        "PUT", "/profile/status", "profile.profile_set_status", "profile.set_status", {"status": "status"}, ()
    ),
    "sendContactVcard": Operation(
        "POST",
        "/sendContactVcard",
        "messages.send_contact_vcard",
        "messages.send_contact_vcard",
        {"body": "body"},
        (
            "chat_id",
            "contacts",
            "reply_to",
        ),
    ),
    "sendFile": Operation(
        "POST",
        "/sendFile",
        "messages.send_file",
        "messages.send_file",
        {
            "chat_id": "chat_id",
            "file_url": "fileurl",
            "file_filename": "filefilename",
            "file_mimetype": "filemimetype",
            "caption": "caption",
        },
        (),
    ),
    "sendImage": Operation(
        "POST",
        "/sendImage",
        "messages.send_image",
        "messages.send_image",
        {
            "chat_id": "chat_id",
            "file_url": "fileurl",
            "file_filename": "filefilename",
            "file_mimetype": "filemimetype",
            "caption": "caption",
        },
        (),
    ),
    "sendLinkPreview": Operation(
        "POST",
        "/sendLinkPreview",
        "messages.send_link_preview",
        "messages.send_link_preview",
        {
            "chat_id": "chat_id",
            "text": "text",
            "url": "url_query",
            "title": "title",
            "description": "description",
            "thumbnail": "thumbnail",
            "link_preview_high_quality": "link_preview_high_quality",
            "reply_to": "reply_to",
        },
        (),
    ),
    "sendLocation": Operation(
        "POST",
        "/sendLocation",
        "messages.send_location",
        "messages.send_location",
        {
            "chat_id": "chat_id",
            "latitude": "latitude",
            "longitude": "longitude",
            "title": "title",
            "message": "message",
            "reply_to": "reply_to",
        },
        (),
    ),
    "sendPoll": Operation(
        "POST",
        "/sendPoll",
        "messages.send_poll",
        "messages.send_poll",
        {"body": "body"},
        (
            "chat_id",
            "poll",
            "reply_to",
        ),
    ),
    "sendSeen": Operation(
        "POST",
        "/sendSeen",
        "messages.send_seen",
        "messages.send_seen",
        {"chat_id": "chat_id", "message_ids": "message_ids", "participant": "participant"},
        (),
    ),
    "sendText": Operation(
        "POST",
        "/send",
        "messages.send_text",
        "messages.send_text",
        {"chat_id": "chat_id", "message": "message", "reply_to": "reply_to", "link_preview": "link_preview"},
        (),
    ),
    "sendVideo": Operation(
        "POST",
        "/sendVideo",
        "messages.send_video",
        "messages.send_video",
        {
            "chat_id": "chat_id",
            "file_url": "fileurl",
            "file_filename": "filefilename",
            "file_mimetype": "filemimetype",
            "caption": "caption",
            "convert": "convert",
            "as_note": "as_note",
        },
        (),
    ),
    "sendVoice": Operation(
        "POST",
        "/sendVoice",
        "messages.send_voice",
        "messages.send_voice",
        {
            "chat_id": "chat_id",
            "file_url": "fileurl",
            "file_filename": "filefilename",
            "file_mimetype": "filemimetype",
            "convert": "convert",
        },
        (),
    ),
    "sessionCreate": Operation(
        "POST", "/createSession", "sessions.session_create", "sessions.create", {"name": "name"}, ()
    ),
    "sessionDelete": Operation("DELETE", "/session/delete", "sessions.session_delete", "sessions.delete", {}, ()),
    "sessionInfo": Operation("GET", "/session/info", "sessions.session_info", "sessions.info", {}, ()),
    "sessionLogout": Operation("POST", "/session/logout", "sessions.session_logout", "sessions.logout", {}, ()),
    "sessionMe": Operation("GET", "/session/me", "sessions.session_me", "sessions.me", {}, ()),
    "sessionRestart": Operation("POST", "/session/restart", "sessions.session_restart", "sessions.restart", {}, ()),
    "sessionStart": Operation("POST", "/session/start", "sessions.session_start", "sessions.start", {}, ()),
    "sessionStop": Operation("POST", "/session/stop", "sessions.session_stop", "sessions.stop", {}, ()),
    "startTyping": Operation(
        "POST", "/startTyping", "messages.start_typing", "messages.start_typing", {"chat_id": "chat_id"}, ()
    ),
    "statusDelete": Operation("POST", "/status/delete", "status.status_delete", "status.delete", {"id": "id"}, ()),
    "statusImage": Operation(
        "POST",
        "/status/image",
        "status.status_image",
        "status.send_image",
        {"file_url": "fileurl", "file_filename": "filefilename", "file_mimetype": "filemimetype", "caption": "caption"},
        (),
    ),
    "statusText": Operation(
        "POST",
        "/status/text",
        "status.status_text",
        "status.send_text",
        {
            "text": "text",
            "background_color": "background_color",
            "font": "font",
            "link_preview": "link_preview",
            "link_preview_high_quality": "link_preview_high_quality",
            "contacts": "contacts",
        },
        (),
    ),
    "statusVideo": Operation(
        "POST",
        "/status/video",
        "status.status_video",
        "status.send_video",
        {
            "file_url": "fileurl",
            "file_filename": "filefilename",
            "file_mimetype": "filemimetype",
            "caption": "caption",
            "convert": "convert",
            "as_note": "as_note",
        },
        (),
    ),
    "statusVoice": Operation(
        "POST",
        "/status/voice",
        "status.status_voice",
        "status.send_voice",
        {
            "file_url": "fileurl",
            "file_filename": "filefilename",
            "file_mimetype": "filemimetype",
            "convert": "convert",
            "caption": "caption",
        },
        (),
    ),
    "stopTyping": Operation(
        "POST", "/stopTyping", "messages.stop_typing", "messages.stop_typing", {"chat_id": "chat_id"}, ()
    ),
}
