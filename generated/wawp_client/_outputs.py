# Rendered by generator/generate.py from spec/openapi.yaml. Do not edit: regenerate with `nox -s generate`.
"""The models calls return, one per response schema of the spec (see ``wawp_client._models``).

Fields the server left out read ``None``; fields the spec does not list are kept in ``model_extra``
and are readable as attributes under their wire names."""

from __future__ import annotations

from typing import Any, ClassVar

from ._models import BaseModel

__all__ = [
    "Base64File",
    "Channel",
    "ChannelCategory",
    "ChannelCountry",
    "ChannelMessage",
    "ChannelSearchPage",
    "ChannelSearchResult",
    "ChannelView",
    "Chat",
    "ChatOverview",
    "ChatPicture",
    "ChatPresences",
    "Contact",
    "ContactAbout",
    "ContactProfilePicture",
    "Count",
    "Group",
    "GroupJoinResult",
    "GroupParticipant",
    "GroupSecuritySetting",
    "InstanceStatus",
    "Label",
    "LidMapping",
    "Location",
    "Me",
    "Media",
    "Message",
    "NumberExists",
    "PairingCode",
    "PresenceEntry",
    "Profile",
    "QRCode",
    "ReadMessagesResult",
    "ReplyTo",
    "Result",
    "Session",
    "SessionConfig",
    "SessionMetadata",
    "StatusKey",
    "StatusResult",
]


class Base64File(BaseModel):
    """A binary file carried as base64 in JSON.

    Attributes:
        mimetype (str): Media type of the file, e.g. image/png.
        data (str): File content, base64-encoded.
    """

    _wire_names: ClassVar[dict[str, str]] = {"mimetype": "mimetype", "data": "data"}
    _required: ClassVar[frozenset[str]] = frozenset(["data", "mimetype"])

    mimetype: str
    data: str


class Channel(BaseModel):
    """A WhatsApp channel (newsletter). `role` is OWNER, ADMIN, SUBSCRIBER or GUEST; more may be added.

    Attributes:
        id (str): Channel id, e.g. 120363098765432109@newsletter.
        name (str): Channel name.
        description (str | None, optional): Channel description.
        invite (str, optional): Public link of the channel.
        preview (str | None, optional): Small preview image URL.
        picture (str | None, optional): Picture URL.
        verified (bool, optional): True for verified channels.
        role (str, optional): Your role in the channel (OWNER, ADMIN, SUBSCRIBER, GUEST).
        subscribers_count (int, optional): Number of followers.
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "name": "name",
        "description": "description",
        "invite": "invite",
        "preview": "preview",
        "picture": "picture",
        "verified": "verified",
        "role": "role",
        "subscribers_count": "subscribersCount",
    }
    _required: ClassVar[frozenset[str]] = frozenset(["id", "name"])

    id: str
    name: str
    description: str | None
    invite: str | None
    preview: str | None
    picture: str | None
    verified: bool | None
    role: str | None
    subscribers_count: int | None


class ChannelCategory(BaseModel):
    """A category usable in channel search.

    Attributes:
        value (str): Value to pass in `categories[]`.
        name (str): Display name.
    """

    _wire_names: ClassVar[dict[str, str]] = {"value": "value", "name": "name"}
    _required: ClassVar[frozenset[str]] = frozenset(["name", "value"])

    value: str
    name: str


class ChannelCountry(BaseModel):
    """A country usable in channel search.

    Attributes:
        code (str): ISO 3166 alpha-2 code to pass in `countries[]`.
        name (str): Country name.
    """

    _wire_names: ClassVar[dict[str, str]] = {"code": "code", "name": "name"}
    _required: ClassVar[frozenset[str]] = frozenset(["code", "name"])

    code: str
    name: str


class ChannelMessage(BaseModel):
    """A message shown in a channel preview, with its reactions and view count.

    Attributes:
        message (Message): A WhatsApp message. `ack` and `ackName` give the delivery state: -1 ERROR, 0
            PENDING, 1 SERVER, 2 DEVICE, 3 READ, 4 PLAYED; new values may appear. Send calls return the created
            message; engines may add raw fields (`_data`) or wrap it, so extra properties are allowed.
        reactions (dict[str, int], optional): Reaction emoji mapped to how many people used it.
        view_count (int, optional): How many people viewed the message.
    """

    _wire_names: ClassVar[dict[str, str]] = {"message": "message", "reactions": "reactions", "view_count": "viewCount"}
    _required: ClassVar[frozenset[str]] = frozenset(["message"])

    message: Message
    reactions: dict[str, int] | None
    view_count: int | None


class ChannelSearchPage(BaseModel):
    """Cursor information of a channel search page.

    Attributes:
        start_cursor (str | None, optional): Cursor of this page.
        end_cursor (str | None, optional): Pass as `startCursor` to fetch the next page.
        has_next_page (bool, optional): True when another page follows.
        has_previous_page (bool, optional): True when a page precedes this one.
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "start_cursor": "startCursor",
        "end_cursor": "endCursor",
        "has_next_page": "hasNextPage",
        "has_previous_page": "hasPreviousPage",
    }
    _required: ClassVar[frozenset[str]] = frozenset([])

    start_cursor: str | None
    end_cursor: str | None
    has_next_page: bool | None
    has_previous_page: bool | None


class ChannelSearchResult(BaseModel):
    """One page of channel search results.

    Attributes:
        page (ChannelSearchPage): Cursor information of a channel search page.
        channels (list[Channel]): Channels found on this page.
    """

    _wire_names: ClassVar[dict[str, str]] = {"page": "page", "channels": "channels"}
    _required: ClassVar[frozenset[str]] = frozenset(["channels", "page"])

    page: ChannelSearchPage
    channels: list[Channel]


class ChannelView(BaseModel):
    """A directory view usable as `view` in channel search.

    Attributes:
        value (str): Value to pass as `view`.
        name (str): Display name.
    """

    _wire_names: ClassVar[dict[str, str]] = {"value": "value", "name": "name"}
    _required: ClassVar[frozenset[str]] = frozenset(["name", "value"])

    value: str
    name: str


class Chat(BaseModel):
    """A chat as listed by the engine (engine-specific fields may follow).

    Attributes:
        id (str): Chat id (…@c.us, …@g.us, …@newsletter or …@lid).
        name (str | None, optional): Chat or contact name.
        timestamp (int, optional): Time of the last activity, in unix seconds.
        unread_count (int, optional): Number of unread messages.
        archived (bool, optional): True when the chat is archived.
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "name": "name",
        "timestamp": "timestamp",
        "unread_count": "unreadCount",
        "archived": "archived",
    }
    _required: ClassVar[frozenset[str]] = frozenset(["id"])

    id: str
    name: str | None
    timestamp: int | None
    unread_count: int | None
    archived: bool | None


class ChatOverview(BaseModel):
    """A chat with its name, picture and last message, as shown in a chat list.

    Attributes:
        id (str): Chat id.
        name (str | None, optional): Chat or contact name.
        picture (str | None, optional): Profile picture URL, or null.
        last_message (Message | None, optional): The newest message in the chat, or null.
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "name": "name",
        "picture": "picture",
        "last_message": "lastMessage",
    }
    _required: ClassVar[frozenset[str]] = frozenset(["id"])

    id: str
    name: str | None
    picture: str | None
    last_message: Message | None


class ChatPicture(BaseModel):
    """A profile picture of a chat or group.

    Attributes:
        url (str | None, optional): Picture URL, or null when there is none or it is hidden.
    """

    _wire_names: ClassVar[dict[str, str]] = {"url": "url"}
    _required: ClassVar[frozenset[str]] = frozenset([])

    url: str | None


class ChatPresences(BaseModel):
    """Presence of the participants of a chat.

    Attributes:
        id (str): Chat id.
        presences (list[PresenceEntry]): One entry per participant.
    """

    _wire_names: ClassVar[dict[str, str]] = {"id": "id", "presences": "presences"}
    _required: ClassVar[frozenset[str]] = frozenset(["id", "presences"])

    id: str
    presences: list[PresenceEntry]


class Contact(BaseModel):
    """A WhatsApp contact.

    Attributes:
        id (str): Contact id, e.g. 201234567890@c.us.
        number (str, optional): Phone number, digits only.
        name (str | None, optional): Name saved in the address book.
        pushname (str | None, optional): Name the contact set for themselves.
        short_name (str | None, optional): Short form of the saved name.
        is_me (bool, optional): True for the connected account.
        is_group (bool, optional): True for group ids.
        is_wa_contact (bool, optional): True when the number uses WhatsApp.
        is_my_contact (bool, optional): True when saved in the address book.
        is_blocked (bool, optional): True when blocked.
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "number": "number",
        "name": "name",
        "pushname": "pushname",
        "short_name": "shortName",
        "is_me": "isMe",
        "is_group": "isGroup",
        "is_wa_contact": "isWAContact",
        "is_my_contact": "isMyContact",
        "is_blocked": "isBlocked",
    }
    _required: ClassVar[frozenset[str]] = frozenset(["id"])

    id: str
    number: str | None
    name: str | None
    pushname: str | None
    short_name: str | None
    is_me: bool | None
    is_group: bool | None
    is_wa_contact: bool | None
    is_my_contact: bool | None
    is_blocked: bool | None


class ContactAbout(BaseModel):
    """The "About" text of a contact.

    Attributes:
        about (str | None, optional): The About text, or null when hidden.
    """

    _wire_names: ClassVar[dict[str, str]] = {"about": "about"}
    _required: ClassVar[frozenset[str]] = frozenset([])

    about: str | None


class ContactProfilePicture(BaseModel):
    """Profile picture of a contact.

    Attributes:
        profile_picture_url (str | None, optional): Picture URL, or null when there is none or it is hidden.
    """

    _wire_names: ClassVar[dict[str, str]] = {"profile_picture_url": "profilePictureURL"}
    _required: ClassVar[frozenset[str]] = frozenset([])

    profile_picture_url: str | None


class Count(BaseModel):
    """A number of items.

    Attributes:
        count (int): How many items exist.
    """

    _wire_names: ClassVar[dict[str, str]] = {"count": "count"}
    _required: ClassVar[frozenset[str]] = frozenset(["count"])

    count: int


class Group(BaseModel):
    """A WhatsApp group.

    Attributes:
        id (str): Group id, e.g. 120363012345678901@g.us.
        subject (str): Group name.
        description (str | None, optional): Group description.
        invite (str | None, optional): Invite link, when the account is an admin.
        participants (list[GroupParticipant], optional): Members and their roles.
        members_can_add_new_member (bool, optional): True when any member may add people.
        members_can_send_messages (bool, optional): True when any member may send messages (false means
            admins only).
        new_members_approval_required (bool, optional): True when admins must approve new members.
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "subject": "subject",
        "description": "description",
        "invite": "invite",
        "participants": "participants",
        "members_can_add_new_member": "membersCanAddNewMember",
        "members_can_send_messages": "membersCanSendMessages",
        "new_members_approval_required": "newMembersApprovalRequired",
    }
    _required: ClassVar[frozenset[str]] = frozenset(["id", "subject"])

    id: str
    subject: str
    description: str | None
    invite: str | None
    participants: list[GroupParticipant] | None
    members_can_add_new_member: bool | None
    members_can_send_messages: bool | None
    new_members_approval_required: bool | None


class GroupJoinResult(BaseModel):
    """The group joined through an invite.

    Attributes:
        id (str): Id of the joined group.
    """

    _wire_names: ClassVar[dict[str, str]] = {"id": "id"}
    _required: ClassVar[frozenset[str]] = frozenset(["id"])

    id: str


class GroupParticipant(BaseModel):
    """A member of a group. `role` is participant, admin, superadmin or left; more may be added.

    Attributes:
        id (str): Member id (…@c.us or …@lid).
        pn (str, optional): Phone-number id when `id` is a privacy id.
        role (str): Role in the group (participant, admin, superadmin, left).
    """

    _wire_names: ClassVar[dict[str, str]] = {"id": "id", "pn": "pn", "role": "role"}
    _required: ClassVar[frozenset[str]] = frozenset(["id", "role"])

    id: str
    pn: str | None
    role: str


class GroupSecuritySetting(BaseModel):
    """An admins-only switch of a group.

    Attributes:
        admins_only (bool): True when only admins may do the thing this setting controls.
    """

    _wire_names: ClassVar[dict[str, str]] = {"admins_only": "adminsOnly"}
    _required: ClassVar[frozenset[str]] = frozenset(["admins_only"])

    admins_only: bool


class InstanceStatus(BaseModel):
    """Lightweight connection check of an instance.

    Attributes:
        status (str): "Online" when the phone is connected; any other value means offline.
    """

    _wire_names: ClassVar[dict[str, str]] = {"status": "status"}
    _required: ClassVar[frozenset[str]] = frozenset(["status"])

    status: str


class Label(BaseModel):
    """A WhatsApp Business label. `color` is an index into WhatsApp's 20-colour palette.

    Attributes:
        id (str): Label id.
        name (str): Label name.
        color (int): Palette index.
        color_hex (str): The palette colour as
    """

    _wire_names: ClassVar[dict[str, str]] = {"id": "id", "name": "name", "color": "color", "color_hex": "colorHex"}
    _required: ClassVar[frozenset[str]] = frozenset(["color", "color_hex", "id", "name"])

    id: str
    name: str
    color: int
    color_hex: str


class LidMapping(BaseModel):
    """Mapping between a privacy id (…@lid) and a phone-number id (…@c.us).

    Attributes:
        lid (str | None, optional): Privacy id, e.g. 109321234567890@lid.
        pn (str | None, optional): Phone-number id, e.g. 201234567890@c.us.
    """

    _wire_names: ClassVar[dict[str, str]] = {"lid": "lid", "pn": "pn"}
    _required: ClassVar[frozenset[str]] = frozenset([])

    lid: str | None
    pn: str | None


class Location(BaseModel):
    """A shared location.

    Attributes:
        latitude (str): Latitude in decimal degrees, as a string.
        longitude (str): Longitude in decimal degrees, as a string.
        live (bool, optional): True for a live location share.
        name (str, optional): Place name.
        address (str, optional): Street address.
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "latitude": "latitude",
        "longitude": "longitude",
        "live": "live",
        "name": "name",
        "address": "address",
    }
    _required: ClassVar[frozenset[str]] = frozenset(["latitude", "longitude"])

    latitude: str
    longitude: str
    live: bool | None
    name: str | None
    address: str | None


class Me(BaseModel):
    """The WhatsApp account connected to the instance.

    Attributes:
        id (str): Phone-number id of the account, e.g. 201234567890@c.us.
        lid (str, optional): Privacy (linked) id of the account, e.g. 109321234567890@lid.
        jid (str, optional): Id including the device number, e.g. 201234567890:12@s.whatsapp.net.
        push_name (str, optional): Display name of the account.
    """

    _wire_names: ClassVar[dict[str, str]] = {"id": "id", "lid": "lid", "jid": "jid", "push_name": "pushName"}
    _required: ClassVar[frozenset[str]] = frozenset(["id"])

    id: str
    lid: str | None
    jid: str | None
    push_name: str | None


class Media(BaseModel):
    """Media attached to a message.

    Attributes:
        url (str, optional): Where to download the file from.
        mimetype (str, optional): Media type of the file.
        filename (str | None, optional): Original file name, when known.
        error (Any, optional): Download error, or null.
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "url": "url",
        "mimetype": "mimetype",
        "filename": "filename",
        "error": "error",
    }
    _required: ClassVar[frozenset[str]] = frozenset([])

    url: str | None
    mimetype: str | None
    filename: str | None
    error: Any


class Message(BaseModel):
    """A WhatsApp message. `ack` and `ackName` give the delivery state: -1 ERROR, 0 PENDING, 1 SERVER, 2 DEVICE,
    3 READ, 4 PLAYED; new values may appear. Send calls return the created message; engines may add raw fields
    (`_data`) or wrap it, so extra properties are allowed.

    Attributes:
        id (str): Serialized id: "{fromMe}_{chatId}_{rawId}", e.g.
            true_201234567890@c.us_3EB0C767D26A1D8A9C11.
        timestamp (int): When the message was sent, in unix seconds.
        from_ (str): Sender chat id.
        from_me (bool): True when the connected account sent it.
        source (str, optional): "api" when sent through the API, "app" when sent from a phone.
        to (str): Recipient chat id.
        participant (str | None, optional): Sender inside a group; null in direct chats.
        body (str | None, optional): Text, or the caption of a media message.
        has_media (bool, optional): True when the message carries a file.
        media (Media | None, optional): The attached file, or null.
        ack (int | None, optional): Delivery state as a number (-1..4, see the description of this schema).
        ack_name (str, optional): Delivery state as a name (ERROR, PENDING, SERVER, DEVICE, READ, PLAYED,
            UNKNOWN).
        location (Location | None, optional): The shared location, for location messages.
        v_cards (list[str], optional): vCard texts, for contact messages.
        reply_to (ReplyTo | None, optional): The quoted message, or null.
        field_data (Any, optional): Raw data of the WhatsApp engine; its shape differs per engine, so do not
            rely on it.
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "timestamp": "timestamp",
        "from_": "from",
        "from_me": "fromMe",
        "source": "source",
        "to": "to",
        "participant": "participant",
        "body": "body",
        "has_media": "hasMedia",
        "media": "media",
        "ack": "ack",
        "ack_name": "ackName",
        "location": "location",
        "v_cards": "vCards",
        "reply_to": "replyTo",
        "field_data": "_data",
    }
    _required: ClassVar[frozenset[str]] = frozenset(["from_", "from_me", "id", "timestamp", "to"])

    id: str
    timestamp: int
    from_: str
    from_me: bool
    source: str | None
    to: str
    participant: str | None
    body: str | None
    has_media: bool | None
    media: Media | None
    ack: int | None
    ack_name: str | None
    location: Location | None
    v_cards: list[str] | None
    reply_to: ReplyTo | None
    field_data: Any


class NumberExists(BaseModel):
    """Whether a phone number has a WhatsApp account.

    Attributes:
        number_exists (bool): True when the number is on WhatsApp.
        chat_id (str, optional): Chat id to use for the number, when it exists.
    """

    _wire_names: ClassVar[dict[str, str]] = {"number_exists": "numberExists", "chat_id": "chatId"}
    _required: ClassVar[frozenset[str]] = frozenset(["number_exists"])

    number_exists: bool
    chat_id: str | None


class PairingCode(BaseModel):
    """A code to type on the phone (Linked devices > Link with phone number) instead of scanning a QR.

    Attributes:
        code (str): Eight characters shown as two groups of four, e.g. ABCD-1234.
    """

    _wire_names: ClassVar[dict[str, str]] = {"code": "code"}
    _required: ClassVar[frozenset[str]] = frozenset(["code"])

    code: str


class PresenceEntry(BaseModel):
    """The last known presence of one participant of a chat.

    Attributes:
        participant (str): Participant id.
        last_known_presence (str): online, offline, typing, recording or paused; more may be added.
        last_seen (int | None, optional): Last time seen online, in unix seconds, or null when hidden.
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "participant": "participant",
        "last_known_presence": "lastKnownPresence",
        "last_seen": "lastSeen",
    }
    _required: ClassVar[frozenset[str]] = frozenset(["last_known_presence", "participant"])

    participant: str
    last_known_presence: str
    last_seen: int | None


class Profile(BaseModel):
    """Profile of the connected account.

    Attributes:
        id (str): Account id.
        name (str | None, optional): Display name.
        picture (str | None, optional): Profile picture URL, or null.
    """

    _wire_names: ClassVar[dict[str, str]] = {"id": "id", "name": "name", "picture": "picture"}
    _required: ClassVar[frozenset[str]] = frozenset(["id"])

    id: str
    name: str | None
    picture: str | None


class QRCode(BaseModel):
    """The pairing QR code while the session is in SCAN_QR_CODE. By default a base64 PNG image (`mimetype` +
    `data`); with `format=raw` the text to encode (`value`).

    Attributes:
        mimetype (str, optional): Media type of `data` (image/png).
        data (str, optional): The QR image, base64-encoded, without a data-URI prefix.
        value (str, optional): The raw QR payload to render yourself (returned with format=raw).
    """

    _wire_names: ClassVar[dict[str, str]] = {"mimetype": "mimetype", "data": "data", "value": "value"}
    _required: ClassVar[frozenset[str]] = frozenset([])

    mimetype: str | None
    data: str | None
    value: str | None


class ReadMessagesResult(BaseModel):
    """Which messages were marked as read.

    Attributes:
        ids (list[str], optional): Ids of the messages marked as read.
    """

    _wire_names: ClassVar[dict[str, str]] = {"ids": "ids"}
    _required: ClassVar[frozenset[str]] = frozenset([])

    ids: list[str] | None


class ReplyTo(BaseModel):
    """The message this one quotes.

    Attributes:
        id (str): Raw id of the quoted message.
        participant (str | None, optional): Sender of the quoted message.
        body (str | None, optional): Text of the quoted message.
    """

    _wire_names: ClassVar[dict[str, str]] = {"id": "id", "participant": "participant", "body": "body"}
    _required: ClassVar[frozenset[str]] = frozenset(["id"])

    id: str
    participant: str | None
    body: str | None


class Result(BaseModel):
    """Acknowledgement returned by calls that change something and have nothing else to report.

    Attributes:
        success (bool): True when the change was accepted.
    """

    _wire_names: ClassVar[dict[str, str]] = {"success": "success"}
    _required: ClassVar[frozenset[str]] = frozenset(["success"])

    success: bool


class Session(BaseModel):
    """A Wawp session (instance) as the engine reports it. `status` is one of STOPPED, STARTING, SCAN_QR_CODE,
    WORKING, FAILED; treat other values as "not ready" because the list may grow.

    Attributes:
        name (str): Engine-side session name.
        status (str): Lifecycle state (STOPPED, STARTING, SCAN_QR_CODE, WORKING, FAILED; more may be added).
        config (SessionConfig, optional): Session configuration as stored by the engine.
        me (Me | None, optional): The connected account once the session is WORKING, otherwise null or
            absent.
        engine (Any, optional): Engine details. The vendor's example shows an empty list here (a PHP empty
            array), so any JSON value is accepted.
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "name": "name",
        "status": "status",
        "config": "config",
        "me": "me",
        "engine": "engine",
    }
    _required: ClassVar[frozenset[str]] = frozenset(["name", "status"])

    name: str
    status: str
    config: SessionConfig | None
    me: Me | None
    engine: Any


class SessionConfig(BaseModel):
    """Session configuration as stored by the engine.

    Attributes:
        metadata (SessionMetadata, optional): Key/value metadata Wawp stores on the session (owner user id,
            display name, e-mail, the instance id). Values are strings; other keys may appear.
        webhooks (Any, optional): Webhooks configured on the engine (list of objects; Wawp sometimes shows
            an empty object).
        proxy (Any, optional): Proxy settings, or null.
        debug (bool, optional): Whether engine debug logging is on.
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "metadata": "metadata",
        "webhooks": "webhooks",
        "proxy": "proxy",
        "debug": "debug",
    }
    _required: ClassVar[frozenset[str]] = frozenset([])

    metadata: SessionMetadata | None
    webhooks: Any
    proxy: Any
    debug: bool | None


class SessionMetadata(BaseModel):
    """Key/value metadata Wawp stores on the session (owner user id, display name, e-mail, the instance id).
    Values are strings; other keys may appear.

    Attributes:
        instance_id (str, optional): The instance id of this session (for createSession, the id of the new
            instance).
        user_id (str, optional): Wawp user id of the account owner.
        display_name (str, optional): Display name of the account owner.
        user_email (str, optional): E-mail of the account owner.
        access_token (str, optional): The account token echoed back by Wawp (a secret; do not log it).
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "instance_id": "instance_id",
        "user_id": "user_id",
        "display_name": "display_name",
        "user_email": "user_email",
        "access_token": "access_token",
    }
    _required: ClassVar[frozenset[str]] = frozenset([])

    instance_id: str | None
    user_id: str | None
    display_name: str | None
    user_email: str | None
    access_token: str | None


class StatusKey(BaseModel):
    """Key of a posted status.

    Attributes:
        remote_jid (str, optional): Always status@broadcast.
        from_me (bool, optional): True for your own status.
        id (str): Status id; pass it to POST /status/delete.
    """

    _wire_names: ClassVar[dict[str, str]] = {"remote_jid": "remoteJid", "from_me": "fromMe", "id": "id"}
    _required: ClassVar[frozenset[str]] = frozenset(["id"])

    remote_jid: str | None
    from_me: bool | None
    id: str


class StatusResult(BaseModel):
    """A posted 24-hour status. The engine returns its raw sent message; `key.id` identifies it.

    Attributes:
        key (StatusKey): Key of a posted status.
        message (dict[str, Any], optional): Raw message content as the engine built it.
    """

    _wire_names: ClassVar[dict[str, str]] = {"key": "key", "message": "message"}
    _required: ClassVar[frozenset[str]] = frozenset(["key"])

    key: StatusKey
    message: dict[str, Any] | None
