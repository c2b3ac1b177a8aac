# Rendered by generator/generate.py from spec/openapi.yaml. Do not edit: regenerate with `nox -s generate`.
"""The models calls return and webhooks arrive as, one per response and event schema of the spec (see
``wawp_client._models``).

Fields the server left out read ``None``; fields the spec does not list are kept in ``model_extra``
and are readable as attributes under their wire names."""

from __future__ import annotations

from typing import Any, ClassVar, Literal

from ._models import BaseModel
from ._union_models import SentMessage as _SentMessage

__all__ = [
    "ActionResult",
    "Base64File",
    "Call",
    "CallAcceptedEvent",
    "CallReceivedEvent",
    "CallRejectedEvent",
    "Channel",
    "ChannelCategory",
    "ChannelCountry",
    "ChannelMessage",
    "ChannelSearchPage",
    "ChannelSearchResult",
    "ChannelView",
    "Chat",
    "ChatArchiveEvent",
    "ChatArchiveEventPayload",
    "ChatOverview",
    "ChatPicture",
    "ChatPresences",
    "Contact",
    "ContactAbout",
    "ContactProfilePicture",
    "Count",
    "EngineEventEvent",
    "EngineEventEventPayload",
    "EventResponse",
    "EventResponseEvent",
    "EventResponseEventResponse0",
    "EventResponseFailedEvent",
    "GowsGroupInfo",
    "GowsMessage",
    "GowsMessageInfo",
    "GowsParticipant",
    "GowsSentMessage",
    "Group",
    "GroupJoinResult",
    "GroupParticipant",
    "GroupRef",
    "GroupSecuritySetting",
    "GroupV2JoinEvent",
    "GroupV2JoinEventPayload",
    "GroupV2LeaveEvent",
    "GroupV2LeaveEventPayload",
    "GroupV2ParticipantsEvent",
    "GroupV2ParticipantsEventPayload",
    "GroupV2UpdateEvent",
    "GroupV2UpdateEventPayload",
    "InstanceStatus",
    "Label",
    "LabelChatAddedEvent",
    "LabelChatAssociation",
    "LabelChatDeletedEvent",
    "LabelDeletedEvent",
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
    "PollVote",
    "PollVoteFailedEvent",
    "PollVoteFailedEventPayload",
    "PresenceEntry",
    "PresenceUpdateEvent",
    "Profile",
    "QRCodeValue",
    "ReadMessagesResult",
    "ReplyTo",
    "Result",
    "SentMessage",
    "Session",
    "SessionConfig",
    "SessionMetadata",
    "SessionStatusEvent",
    "SessionStatusEventPayload",
    "SessionStatusEventPayloadStatusesItem",
    "WawpQRCode",
    "WawpSendAck",
    "WebjsChat",
    "WebjsCreateGroupResult",
    "WebjsGroupChat",
    "WebjsGroupMetadata",
    "WebjsMessageData",
    "WebjsMessageId",
    "WebjsParticipant",
    "WebjsParticipantAddResult",
    "WebjsParticipantsStatus",
    "WebjsSentMessage",
    "WebjsWid",
]


class ActionResult(BaseModel):
    """Acknowledgement `{result}` that the engine's REST layer returns after an action with no other output
    (typing on and off, label deletion).

    Attributes:
        result (bool): Always true; a failed action answers with an error instead.
    """

    _wire_names: ClassVar[dict[str, str]] = {"result": "result"}
    _required: ClassVar[frozenset[str]] = frozenset(["result"])

    result: bool


class Base64File(BaseModel):
    """A binary file carried as base64 in JSON (what the engine answers for images when JSON is asked for).

    Attributes:
        mimetype (str): Media type of the file, e.g. image/png.
        data (str): File content, base64-encoded.
    """

    _wire_names: ClassVar[dict[str, str]] = {"mimetype": "mimetype", "data": "data"}
    _required: ClassVar[frozenset[str]] = frozenset(["data", "mimetype"])

    mimetype: str
    data: str


class Call(BaseModel):
    """A call.

    Attributes:
        id (str): Call id.
        from_ (str): Caller.
        timestamp (int): Unix seconds.
        is_video (bool, optional): True for video calls.
        is_group (bool, optional): True for group calls.
        field_data (Any, optional): Raw data of the WhatsApp engine; its shape differs per engine, so do not
            rely on it.
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "from_": "from",
        "timestamp": "timestamp",
        "is_video": "isVideo",
        "is_group": "isGroup",
        "field_data": "_data",
    }
    _required: ClassVar[frozenset[str]] = frozenset(["from_", "id", "timestamp"])

    id: str
    from_: str
    timestamp: int
    is_video: bool | None
    is_group: bool | None
    field_data: Any


class CallAcceptedEvent(BaseModel):
    """Webhook `call.accepted`: a call was accepted.

    Attributes:
        id (str): Event id (evt_ + ULID); the same on every retry, so use it to de-duplicate.
        timestamp (int): When the event happened, in unix milliseconds.
        event (Literal["call.accepted"]): Always `call.accepted`.
        session (str): Engine-side session name (not necessarily the instance id).
        metadata (dict[str, str], optional): The session's metadata, when it has any.
        me (Me | None, optional): The connected account, or null before login.
        payload (Call): A call.
        engine (str, optional): Engine that produced the event (GOWS, NOWEB, WEBJS, WPP; more may be added).
        environment (dict[str, Any], optional): Engine version information; Wawp's own examples omit it.
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "timestamp": "timestamp",
        "event": "event",
        "session": "session",
        "metadata": "metadata",
        "me": "me",
        "payload": "payload",
        "engine": "engine",
        "environment": "environment",
    }
    _required: ClassVar[frozenset[str]] = frozenset(["event", "id", "payload", "session", "timestamp"])

    id: str
    timestamp: int
    event: Literal["call.accepted"]
    session: str
    metadata: dict[str, str] | None
    me: Me | None
    payload: Call
    engine: str | None
    environment: dict[str, Any] | None


class CallReceivedEvent(BaseModel):
    """Webhook `call.received`: someone is calling.

    Attributes:
        id (str): Event id (evt_ + ULID); the same on every retry, so use it to de-duplicate.
        timestamp (int): When the event happened, in unix milliseconds.
        event (Literal["call.received"]): Always `call.received`.
        session (str): Engine-side session name (not necessarily the instance id).
        metadata (dict[str, str], optional): The session's metadata, when it has any.
        me (Me | None, optional): The connected account, or null before login.
        payload (Call): A call.
        engine (str, optional): Engine that produced the event (GOWS, NOWEB, WEBJS, WPP; more may be added).
        environment (dict[str, Any], optional): Engine version information; Wawp's own examples omit it.
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "timestamp": "timestamp",
        "event": "event",
        "session": "session",
        "metadata": "metadata",
        "me": "me",
        "payload": "payload",
        "engine": "engine",
        "environment": "environment",
    }
    _required: ClassVar[frozenset[str]] = frozenset(["event", "id", "payload", "session", "timestamp"])

    id: str
    timestamp: int
    event: Literal["call.received"]
    session: str
    metadata: dict[str, str] | None
    me: Me | None
    payload: Call
    engine: str | None
    environment: dict[str, Any] | None


class CallRejectedEvent(BaseModel):
    """Webhook `call.rejected`: a call was rejected.

    Attributes:
        id (str): Event id (evt_ + ULID); the same on every retry, so use it to de-duplicate.
        timestamp (int): When the event happened, in unix milliseconds.
        event (Literal["call.rejected"]): Always `call.rejected`.
        session (str): Engine-side session name (not necessarily the instance id).
        metadata (dict[str, str], optional): The session's metadata, when it has any.
        me (Me | None, optional): The connected account, or null before login.
        payload (Call): A call.
        engine (str, optional): Engine that produced the event (GOWS, NOWEB, WEBJS, WPP; more may be added).
        environment (dict[str, Any], optional): Engine version information; Wawp's own examples omit it.
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "timestamp": "timestamp",
        "event": "event",
        "session": "session",
        "metadata": "metadata",
        "me": "me",
        "payload": "payload",
        "engine": "engine",
        "environment": "environment",
    }
    _required: ClassVar[frozenset[str]] = frozenset(["event", "id", "payload", "session", "timestamp"])

    id: str
    timestamp: int
    event: Literal["call.rejected"]
    session: str
    metadata: dict[str, str] | None
    me: Me | None
    payload: Call
    engine: str | None
    environment: dict[str, Any] | None


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
        message (Message): A WhatsApp message as the engine's REST layer reports it when reading messages
            and in message webhooks (WAHA's `WAMessage`). Every engine fills the same fields, but `from`, `to`
            and `participant` mean different things per engine (see each). `ack` and `ackName` give the delivery
            state: -1 ERROR, 0 PENDING, 1 SERVER, 2 DEVICE, 3 READ, 4 PLAYED; new values may appear. Sends
            answer the engine's raw reply instead (see SentMessage).
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
    """A chat as GOWS and NOWEB list it: the id, the name and the time of the last activity; GET
    /labels/{labelId}/chats on GOWS answers the id only.

    Attributes:
        id (str): Chat id (…@c.us, …@g.us, …@newsletter or …@lid).
        name (str | None, optional): Chat or contact name.
        conversation_timestamp (int | None, optional): Time of the last activity, in unix seconds.
        timestamp (int, optional): Time of the last activity, in unix seconds (older engines).
        unread_count (int, optional): Number of unread messages.
        archived (bool, optional): True when the chat is archived.
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "name": "name",
        "conversation_timestamp": "conversationTimestamp",
        "timestamp": "timestamp",
        "unread_count": "unreadCount",
        "archived": "archived",
    }
    _required: ClassVar[frozenset[str]] = frozenset(["id"])

    id: str
    name: str | None
    conversation_timestamp: int | None
    timestamp: int | None
    unread_count: int | None
    archived: bool | None


class ChatArchiveEvent(BaseModel):
    """Webhook `chat.archive`: a chat was archived or unarchived.

    Attributes:
        id (str): Event id (evt_ + ULID); the same on every retry, so use it to de-duplicate.
        timestamp (int): When the event happened, in unix milliseconds.
        event (Literal["chat.archive"]): Always `chat.archive`.
        session (str): Engine-side session name (not necessarily the instance id).
        metadata (dict[str, str], optional): The session's metadata, when it has any.
        me (Me | None, optional): The connected account, or null before login.
        payload (ChatArchiveEventPayload): A chat was archived or unarchived.
        engine (str, optional): Engine that produced the event (GOWS, NOWEB, WEBJS, WPP; more may be added).
        environment (dict[str, Any], optional): Engine version information; Wawp's own examples omit it.
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "timestamp": "timestamp",
        "event": "event",
        "session": "session",
        "metadata": "metadata",
        "me": "me",
        "payload": "payload",
        "engine": "engine",
        "environment": "environment",
    }
    _required: ClassVar[frozenset[str]] = frozenset(["event", "id", "payload", "session", "timestamp"])

    id: str
    timestamp: int
    event: Literal["chat.archive"]
    session: str
    metadata: dict[str, str] | None
    me: Me | None
    payload: ChatArchiveEventPayload
    engine: str | None
    environment: dict[str, Any] | None


class ChatArchiveEventPayload(BaseModel):
    """A chat was archived or unarchived.

    Attributes:
        id (str): Chat id.
        archived (bool): True when archived, false when unarchived.
        timestamp (int, optional): Unix seconds.
    """

    _wire_names: ClassVar[dict[str, str]] = {"id": "id", "archived": "archived", "timestamp": "timestamp"}
    _required: ClassVar[frozenset[str]] = frozenset(["archived", "id"])

    id: str
    archived: bool
    timestamp: int | None


class ChatOverview(BaseModel):
    """A chat with its name, picture and last message, as shown in a chat list (WAHA's `ChatSummary`).

    Attributes:
        id (str): Chat id.
        name (str | None, optional): Chat or contact name.
        picture (str | None, optional): Profile picture URL, or null.
        last_message (Message | None, optional): The newest message in the chat, or null.
        field_chat (Any, optional): The engine's own chat record the summary was built from.
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "name": "name",
        "picture": "picture",
        "last_message": "lastMessage",
        "field_chat": "_chat",
    }
    _required: ClassVar[frozenset[str]] = frozenset(["id"])

    id: str
    name: str | None
    picture: str | None
    last_message: Message | None
    field_chat: Any


class ChatPicture(BaseModel):
    """A profile picture of a chat or group. The controller builds `{url}` itself from the session's picture
    cache, which gives a URL or null, never leaves it out.

    Attributes:
        url (str | None): Picture URL, or null when there is none or it is hidden.
    """

    _wire_names: ClassVar[dict[str, str]] = {"url": "url"}
    _required: ClassVar[frozenset[str]] = frozenset(["url"])

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
    """A WhatsApp contact, with the fields its engine sends: GOWS only `id`, `name` and `pushname`; NOWEB
    Baileys' contact (`id`, and `name` and `pushname` when known); WEBJS the whatsapp-web.js contact with its
    flags (`number`, `shortName`, `isMe`, `isBlocked`, ...).

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
    """The "About" text of a contact, as `{about}` (WEBJS builds it from whatsapp-web.js' getAbout, which is null
    when hidden).

    Attributes:
        about (str | None): The About text, or null when hidden.
    """

    _wire_names: ClassVar[dict[str, str]] = {"about": "about"}
    _required: ClassVar[frozenset[str]] = frozenset(["about"])

    about: str | None


class ContactProfilePicture(BaseModel):
    """Profile picture of a contact; the controller wraps the cached URL (or null) itself.

    Attributes:
        profile_picture_url (str | None): Picture URL, or null when there is none or it is hidden.
    """

    _wire_names: ClassVar[dict[str, str]] = {"profile_picture_url": "profilePictureURL"}
    _required: ClassVar[frozenset[str]] = frozenset(["profile_picture_url"])

    profile_picture_url: str | None


class Count(BaseModel):
    """A number of items.

    Attributes:
        count (int): How many items exist.
    """

    _wire_names: ClassVar[dict[str, str]] = {"count": "count"}
    _required: ClassVar[frozenset[str]] = frozenset(["count"])

    count: int


class EngineEventEvent(BaseModel):
    """Webhook `engine.event`: a raw event of the WhatsApp engine, for debugging.

    Attributes:
        id (str): Event id (evt_ + ULID); the same on every retry, so use it to de-duplicate.
        timestamp (int): When the event happened, in unix milliseconds.
        event (Literal["engine.event"]): Always `engine.event`.
        session (str): Engine-side session name (not necessarily the instance id).
        metadata (dict[str, str], optional): The session's metadata, when it has any.
        me (Me | None, optional): The connected account, or null before login.
        payload (EngineEventEventPayload): A raw engine event (for debugging).
        engine (str, optional): Engine that produced the event (GOWS, NOWEB, WEBJS, WPP; more may be added).
        environment (dict[str, Any], optional): Engine version information; Wawp's own examples omit it.
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "timestamp": "timestamp",
        "event": "event",
        "session": "session",
        "metadata": "metadata",
        "me": "me",
        "payload": "payload",
        "engine": "engine",
        "environment": "environment",
    }
    _required: ClassVar[frozenset[str]] = frozenset(["event", "id", "payload", "session", "timestamp"])

    id: str
    timestamp: int
    event: Literal["engine.event"]
    session: str
    metadata: dict[str, str] | None
    me: Me | None
    payload: EngineEventEventPayload
    engine: str | None
    environment: dict[str, Any] | None


class EngineEventEventPayload(BaseModel):
    """A raw engine event (for debugging).

    Attributes:
        event (str): Engine-internal event name.
        data (Any, optional): Engine-internal data.
    """

    _wire_names: ClassVar[dict[str, str]] = {"event": "event", "data": "data"}
    _required: ClassVar[frozenset[str]] = frozenset(["event"])

    event: str
    data: Any


class EventResponse(BaseModel):
    """A response to an event invitation.

    Attributes:
        id (str): Id of the response message.
        timestamp (int, optional): Unix seconds.
        from_ (str): The chat: the responder's, or the group (GOWS, whose public core alone reports answers
            to events).
        from_me (bool): True when you responded.
        participant (str | None, optional): Responder inside a group.
        event_creation_key (MessageDestination): Identifies a message: its id, chat and sender.
        event_response (EventResponseEventResponse0 | None, optional): The answer (GOING, NOT_GOING, MAYBE),
            or null when it could not be decrypted.
        field_data (Any, optional): Raw data of the WhatsApp engine; its shape differs per engine, so do not
            rely on it.
        source (str, optional): api or app.
        to (str | None, optional): The responder in a group, null in a direct chat (GOWS).
        ack (int | None, optional): Delivery state as a number, or null.
        ack_name (str, optional): Delivery state as a name.
        reply_to (ReplyTo | None, optional): The quoted message, or null.
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "timestamp": "timestamp",
        "from_": "from",
        "from_me": "fromMe",
        "participant": "participant",
        "event_creation_key": "eventCreationKey",
        "event_response": "eventResponse",
        "field_data": "_data",
        "source": "source",
        "to": "to",
        "ack": "ack",
        "ack_name": "ackName",
        "reply_to": "replyTo",
    }
    _required: ClassVar[frozenset[str]] = frozenset(["event_creation_key", "from_", "from_me", "id"])

    id: str
    timestamp: int | None
    from_: str
    from_me: bool
    participant: str | None
    event_creation_key: MessageDestination
    event_response: EventResponseEventResponse0 | None
    field_data: Any
    source: str | None
    to: str | None
    ack: int | None
    ack_name: str | None
    reply_to: ReplyTo | None


class EventResponseEvent(BaseModel):
    """Webhook `event.response`: someone answered an event invitation.

    Attributes:
        id (str): Event id (evt_ + ULID); the same on every retry, so use it to de-duplicate.
        timestamp (int): When the event happened, in unix milliseconds.
        event (Literal["event.response"]): Always `event.response`.
        session (str): Engine-side session name (not necessarily the instance id).
        metadata (dict[str, str], optional): The session's metadata, when it has any.
        me (Me | None, optional): The connected account, or null before login.
        payload (EventResponse): A response to an event invitation.
        engine (str, optional): Engine that produced the event (GOWS, NOWEB, WEBJS, WPP; more may be added).
        environment (dict[str, Any], optional): Engine version information; Wawp's own examples omit it.
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "timestamp": "timestamp",
        "event": "event",
        "session": "session",
        "metadata": "metadata",
        "me": "me",
        "payload": "payload",
        "engine": "engine",
        "environment": "environment",
    }
    _required: ClassVar[frozenset[str]] = frozenset(["event", "id", "payload", "session", "timestamp"])

    id: str
    timestamp: int
    event: Literal["event.response"]
    session: str
    metadata: dict[str, str] | None
    me: Me | None
    payload: EventResponse
    engine: str | None
    environment: dict[str, Any] | None


class EventResponseEventResponse0(BaseModel):
    """An answer to an event invitation.

    Attributes:
        response (str): GOING, NOT_GOING or MAYBE; more may be added.
        timestamp_ms (int, optional): Unix milliseconds.
        extra_guest_count (int, optional): Guests the responder brings.
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "response": "response",
        "timestamp_ms": "timestampMs",
        "extra_guest_count": "extraGuestCount",
    }
    _required: ClassVar[frozenset[str]] = frozenset(["response"])

    response: str
    timestamp_ms: int | None
    extra_guest_count: int | None


class EventResponseFailedEvent(BaseModel):
    """Webhook `event.response.failed`: an answer to an event invitation could not be decrypted.

    Attributes:
        id (str): Event id (evt_ + ULID); the same on every retry, so use it to de-duplicate.
        timestamp (int): When the event happened, in unix milliseconds.
        event (Literal["event.response.failed"]): Always `event.response.failed`.
        session (str): Engine-side session name (not necessarily the instance id).
        metadata (dict[str, str], optional): The session's metadata, when it has any.
        me (Me | None, optional): The connected account, or null before login.
        payload (EventResponse): A response to an event invitation.
        engine (str, optional): Engine that produced the event (GOWS, NOWEB, WEBJS, WPP; more may be added).
        environment (dict[str, Any], optional): Engine version information; Wawp's own examples omit it.
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "timestamp": "timestamp",
        "event": "event",
        "session": "session",
        "metadata": "metadata",
        "me": "me",
        "payload": "payload",
        "engine": "engine",
        "environment": "environment",
    }
    _required: ClassVar[frozenset[str]] = frozenset(["event", "id", "payload", "session", "timestamp"])

    id: str
    timestamp: int
    event: Literal["event.response.failed"]
    session: str
    metadata: dict[str, str] | None
    me: Me | None
    payload: EventResponse
    engine: str | None
    environment: dict[str, Any] | None


class GowsGroupInfo(BaseModel):
    """A group as whatsmeow describes it (`types.GroupInfo`), passed through by the GOWS engine. JIDs are raw
    (`…@s.whatsapp.net`, `…@lid`); times are RFC 3339 strings (0001-01-01T00:00:00Z when unset).

    Attributes:
        jid (str): Group id, e.g. 120363012345678901@g.us.
        owner_jid (str, optional): Creator of the group (empty when unknown).
        name (str, optional): Group name.
        name_set_at (str, optional): When the name was last set.
        name_set_by (str, optional): Who set the name.
        topic (str, optional): Group description (empty when none).
        topic_id (str, optional): Id of the current description.
        topic_set_at (str, optional): When the description was last set.
        topic_set_by (str, optional): Who set the description.
        topic_deleted (bool, optional): True when the description was removed.
        is_locked (bool, optional): True when only admins may edit the group info.
        is_announce (bool, optional): True when only admins may send messages.
        announce_version_id (str, optional): Version of the announce setting.
        is_ephemeral (bool, optional): True when disappearing messages are on.
        disappearing_timer (int, optional): Disappearing-message timer, in seconds.
        is_incognito (bool, optional): True for an incognito group.
        is_parent (bool, optional): True for a community (parent group).
        default_membership_approval_mode (str, optional): Approval mode of a community.
        linked_parent_jid (str, optional): The community this group belongs to (empty when none).
        is_default_sub_group (bool, optional): True for a community's announcement group.
        is_join_approval_required (bool, optional): True when admins must approve new members.
        addressing_mode (str, optional): How members are addressed: pn (phone numbers) or lid.
        group_created (str, optional): When the group was created.
        participant_version_id (str, optional): Version of the member list.
        participants (list[GowsParticipant], optional): Members of the group (absent when WAHA was asked to
            leave them out).
        member_add_mode (str, optional): Who may add members: all_member_add or admin_add.
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "jid": "JID",
        "owner_jid": "OwnerJID",
        "name": "Name",
        "name_set_at": "NameSetAt",
        "name_set_by": "NameSetBy",
        "topic": "Topic",
        "topic_id": "TopicID",
        "topic_set_at": "TopicSetAt",
        "topic_set_by": "TopicSetBy",
        "topic_deleted": "TopicDeleted",
        "is_locked": "IsLocked",
        "is_announce": "IsAnnounce",
        "announce_version_id": "AnnounceVersionID",
        "is_ephemeral": "IsEphemeral",
        "disappearing_timer": "DisappearingTimer",
        "is_incognito": "IsIncognito",
        "is_parent": "IsParent",
        "default_membership_approval_mode": "DefaultMembershipApprovalMode",
        "linked_parent_jid": "LinkedParentJID",
        "is_default_sub_group": "IsDefaultSubGroup",
        "is_join_approval_required": "IsJoinApprovalRequired",
        "addressing_mode": "AddressingMode",
        "group_created": "GroupCreated",
        "participant_version_id": "ParticipantVersionID",
        "participants": "Participants",
        "member_add_mode": "MemberAddMode",
    }
    _required: ClassVar[frozenset[str]] = frozenset(["jid"])

    jid: str
    owner_jid: str | None
    name: str | None
    name_set_at: str | None
    name_set_by: str | None
    topic: str | None
    topic_id: str | None
    topic_set_at: str | None
    topic_set_by: str | None
    topic_deleted: bool | None
    is_locked: bool | None
    is_announce: bool | None
    announce_version_id: str | None
    is_ephemeral: bool | None
    disappearing_timer: int | None
    is_incognito: bool | None
    is_parent: bool | None
    default_membership_approval_mode: str | None
    linked_parent_jid: str | None
    is_default_sub_group: bool | None
    is_join_approval_required: bool | None
    addressing_mode: str | None
    group_created: str | None
    participant_version_id: str | None
    participants: list[GowsParticipant] | None
    member_add_mode: str | None


class GowsMessage(BaseModel):
    """A message in whatsmeow's JSON form (`events.Message`). `Info` says who sent it where and when; `Message`
    is the WhatsApp protobuf content in its JSON form. More top-level fields may appear.

    Attributes:
        info (GowsMessageInfo, optional): whatsmeow's `MessageInfo`. Ids here are raw JIDs
            (`…@s.whatsapp.net`, `…@g.us`, `…@lid`), not the `@c.us` form the rest of the API uses.
        message (dict[str, Any] | None, optional): The WhatsApp message content (e.g. `conversation`,
            `extendedTextMessage`, `imageMessage`); its keys follow WhatsApp's protobuf, so only the kind you
            sent is present.
    """

    _wire_names: ClassVar[dict[str, str]] = {"info": "Info", "message": "Message"}
    _required: ClassVar[frozenset[str]] = frozenset([])

    info: GowsMessageInfo | None
    message: dict[str, Any] | None


class GowsMessageInfo(BaseModel):
    """whatsmeow's `MessageInfo`. Ids here are raw JIDs (`…@s.whatsapp.net`, `…@g.us`, `…@lid`), not the `@c.us`
    form the rest of the API uses.

    Attributes:
        id (str, optional): Raw message id, e.g. 3EB0C767D26A1D8A9C11.
        chat (str, optional): Chat JID, e.g. 201234567890@s.whatsapp.net or 120363012345678901@g.us.
        sender (str, optional): Sender JID with its device number, e.g. 201000000001:12@s.whatsapp.net.
        is_from_me (bool, optional): True when the connected account sent the message.
        is_group (bool, optional): True in a group chat.
        timestamp (str, optional): When the message was sent, as an RFC 3339 date-time.
        type_ (str, optional): Message kind as whatsmeow names it (text, media, poll, reaction, ...).
        push_name (str, optional): Display name of the sender.
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "id": "ID",
        "chat": "Chat",
        "sender": "Sender",
        "is_from_me": "IsFromMe",
        "is_group": "IsGroup",
        "timestamp": "Timestamp",
        "type_": "Type",
        "push_name": "PushName",
    }
    _required: ClassVar[frozenset[str]] = frozenset([])

    id: str | None
    chat: str | None
    sender: str | None
    is_from_me: bool | None
    is_group: bool | None
    timestamp: str | None
    type_: str | None
    push_name: str | None


class GowsParticipant(BaseModel):
    """A group member as whatsmeow describes it (`types.GroupParticipant`). After a participants call, `Error` is
    a WhatsApp status code (e.g. 403, 409) for a member the change failed for, 0 otherwise.

    Attributes:
        jid (str): Member JID, e.g. 201234567890@s.whatsapp.net or 109321234567890@lid.
        phone_number (str, optional): Phone-number JID when `JID` is a lid (empty otherwise).
        lid (str, optional): Privacy id of the member (empty when unknown).
        is_admin (bool, optional): True for admins (and the super admin).
        is_super_admin (bool, optional): True for the group's creator.
        display_name (str, optional): Name shown for the member, when WhatsApp sends one.
        error (int, optional): WhatsApp status code of a failed change, 0 otherwise.
        add_request (Any, optional): Invitation sent instead of adding the member directly, or null.
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "jid": "JID",
        "phone_number": "PhoneNumber",
        "lid": "LID",
        "is_admin": "IsAdmin",
        "is_super_admin": "IsSuperAdmin",
        "display_name": "DisplayName",
        "error": "Error",
        "add_request": "AddRequest",
    }
    _required: ClassVar[frozenset[str]] = frozenset(["jid"])

    jid: str
    phone_number: str | None
    lid: str | None
    is_admin: bool | None
    is_super_admin: bool | None
    display_name: str | None
    error: int | None
    add_request: Any


class GowsSentMessage(BaseModel):
    """A send's reply on the GOWS engine (WAHA's `messageResponse`). `id` is built from the message key the
    engine returned; `_data` is the message whatsmeow sent (`Info` and `Message`), or null when the engine
    returned none.

    Attributes:
        id (str): Serialized id of the new message, e.g. true_201234567890@c.us_3EB0C767D26A1D8A9C11 (in a
            group or on a status the sender follows: true_120363012345678901@g.us_3EB0..._201000000001@c.us).
        field_data (GowsMessage | None): The sent message as whatsmeow describes it, or null.
    """

    _wire_names: ClassVar[dict[str, str]] = {"id": "id", "field_data": "_data"}
    _required: ClassVar[frozenset[str]] = frozenset(["field_data", "id"])

    id: str
    field_data: GowsMessage | None


class Group(BaseModel):
    """A group as WAHA's own DTO describes it (`GroupInfo`). Only the `group.v2.*` webhooks carry this shape; the
    REST group calls answer the engine's raw objects instead (see EngineGroup).

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


class GroupRef(BaseModel):
    """The group; on updates only the changed fields are present besides `id`.

    Attributes:
        id (str): Group id.
        subject (str, optional): Group name.
        description (str | None, optional): Group description.
        invite (str | None, optional): Invite link, when the account is an admin.
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
        "members_can_add_new_member": "membersCanAddNewMember",
        "members_can_send_messages": "membersCanSendMessages",
        "new_members_approval_required": "newMembersApprovalRequired",
    }
    _required: ClassVar[frozenset[str]] = frozenset(["id"])

    id: str
    subject: str | None
    description: str | None
    invite: str | None
    members_can_add_new_member: bool | None
    members_can_send_messages: bool | None
    new_members_approval_required: bool | None


class GroupSecuritySetting(BaseModel):
    """An admins-only switch of a group.

    Attributes:
        admins_only (bool): True when only admins may do the thing this setting controls.
    """

    _wire_names: ClassVar[dict[str, str]] = {"admins_only": "adminsOnly"}
    _required: ClassVar[frozenset[str]] = frozenset(["admins_only"])

    admins_only: bool


class GroupV2JoinEvent(BaseModel):
    """Webhook `group.v2.join`: you joined or were added to a group.

    Attributes:
        id (str): Event id (evt_ + ULID); the same on every retry, so use it to de-duplicate.
        timestamp (int): When the event happened, in unix milliseconds.
        event (Literal["group.v2.join"]): Always `group.v2.join`.
        session (str): Engine-side session name (not necessarily the instance id).
        metadata (dict[str, str], optional): The session's metadata, when it has any.
        me (Me | None, optional): The connected account, or null before login.
        payload (GroupV2JoinEventPayload): You joined or were added to a group.
        engine (str, optional): Engine that produced the event (GOWS, NOWEB, WEBJS, WPP; more may be added).
        environment (dict[str, Any], optional): Engine version information; Wawp's own examples omit it.
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "timestamp": "timestamp",
        "event": "event",
        "session": "session",
        "metadata": "metadata",
        "me": "me",
        "payload": "payload",
        "engine": "engine",
        "environment": "environment",
    }
    _required: ClassVar[frozenset[str]] = frozenset(["event", "id", "payload", "session", "timestamp"])

    id: str
    timestamp: int
    event: Literal["group.v2.join"]
    session: str
    metadata: dict[str, str] | None
    me: Me | None
    payload: GroupV2JoinEventPayload
    engine: str | None
    environment: dict[str, Any] | None


class GroupV2JoinEventPayload(BaseModel):
    """You joined or were added to a group.

    Attributes:
        group (Group): A group as WAHA's own DTO describes it (`GroupInfo`). Only the `group.v2.*` webhooks
            carry this shape; the REST group calls answer the engine's raw objects instead (see EngineGroup).
        timestamp (int, optional): Unix seconds.
        field_data (Any, optional): Raw data of the WhatsApp engine; its shape differs per engine, so do not
            rely on it.
    """

    _wire_names: ClassVar[dict[str, str]] = {"group": "group", "timestamp": "timestamp", "field_data": "_data"}
    _required: ClassVar[frozenset[str]] = frozenset(["group"])

    group: Group
    timestamp: int | None
    field_data: Any


class GroupV2LeaveEvent(BaseModel):
    """Webhook `group.v2.leave`: you left or were removed from a group.

    Attributes:
        id (str): Event id (evt_ + ULID); the same on every retry, so use it to de-duplicate.
        timestamp (int): When the event happened, in unix milliseconds.
        event (Literal["group.v2.leave"]): Always `group.v2.leave`.
        session (str): Engine-side session name (not necessarily the instance id).
        metadata (dict[str, str], optional): The session's metadata, when it has any.
        me (Me | None, optional): The connected account, or null before login.
        payload (GroupV2LeaveEventPayload): You left or were removed from a group.
        engine (str, optional): Engine that produced the event (GOWS, NOWEB, WEBJS, WPP; more may be added).
        environment (dict[str, Any], optional): Engine version information; Wawp's own examples omit it.
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "timestamp": "timestamp",
        "event": "event",
        "session": "session",
        "metadata": "metadata",
        "me": "me",
        "payload": "payload",
        "engine": "engine",
        "environment": "environment",
    }
    _required: ClassVar[frozenset[str]] = frozenset(["event", "id", "payload", "session", "timestamp"])

    id: str
    timestamp: int
    event: Literal["group.v2.leave"]
    session: str
    metadata: dict[str, str] | None
    me: Me | None
    payload: GroupV2LeaveEventPayload
    engine: str | None
    environment: dict[str, Any] | None


class GroupV2LeaveEventPayload(BaseModel):
    """You left or were removed from a group.

    Attributes:
        group (GroupRef): The group; on updates only the changed fields are present besides `id`.
        timestamp (int, optional): Unix seconds.
        field_data (Any, optional): Raw data of the WhatsApp engine; its shape differs per engine, so do not
            rely on it.
    """

    _wire_names: ClassVar[dict[str, str]] = {"group": "group", "timestamp": "timestamp", "field_data": "_data"}
    _required: ClassVar[frozenset[str]] = frozenset(["group"])

    group: GroupRef
    timestamp: int | None
    field_data: Any


class GroupV2ParticipantsEvent(BaseModel):
    """Webhook `group.v2.participants`: people joined or left a group, or were promoted or demoted.

    Attributes:
        id (str): Event id (evt_ + ULID); the same on every retry, so use it to de-duplicate.
        timestamp (int): When the event happened, in unix milliseconds.
        event (Literal["group.v2.participants"]): Always `group.v2.participants`.
        session (str): Engine-side session name (not necessarily the instance id).
        metadata (dict[str, str], optional): The session's metadata, when it has any.
        me (Me | None, optional): The connected account, or null before login.
        payload (GroupV2ParticipantsEventPayload): Members joined, left, were promoted or demoted.
        engine (str, optional): Engine that produced the event (GOWS, NOWEB, WEBJS, WPP; more may be added).
        environment (dict[str, Any], optional): Engine version information; Wawp's own examples omit it.
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "timestamp": "timestamp",
        "event": "event",
        "session": "session",
        "metadata": "metadata",
        "me": "me",
        "payload": "payload",
        "engine": "engine",
        "environment": "environment",
    }
    _required: ClassVar[frozenset[str]] = frozenset(["event", "id", "payload", "session", "timestamp"])

    id: str
    timestamp: int
    event: Literal["group.v2.participants"]
    session: str
    metadata: dict[str, str] | None
    me: Me | None
    payload: GroupV2ParticipantsEventPayload
    engine: str | None
    environment: dict[str, Any] | None


class GroupV2ParticipantsEventPayload(BaseModel):
    """Members joined, left, were promoted or demoted.

    Attributes:
        group (GroupRef): The group; on updates only the changed fields are present besides `id`.
        type_ (str): join, leave, promote or demote; more may be added.
        timestamp (int, optional): Unix seconds.
        participants (list[GroupParticipant]): Members affected.
        field_data (Any, optional): Raw data of the WhatsApp engine; its shape differs per engine, so do not
            rely on it.
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "group": "group",
        "type_": "type",
        "timestamp": "timestamp",
        "participants": "participants",
        "field_data": "_data",
    }
    _required: ClassVar[frozenset[str]] = frozenset(["group", "participants", "type_"])

    group: GroupRef
    type_: str
    timestamp: int | None
    participants: list[GroupParticipant]
    field_data: Any


class GroupV2UpdateEvent(BaseModel):
    """Webhook `group.v2.update`: a group's name, description or settings changed.

    Attributes:
        id (str): Event id (evt_ + ULID); the same on every retry, so use it to de-duplicate.
        timestamp (int): When the event happened, in unix milliseconds.
        event (Literal["group.v2.update"]): Always `group.v2.update`.
        session (str): Engine-side session name (not necessarily the instance id).
        metadata (dict[str, str], optional): The session's metadata, when it has any.
        me (Me | None, optional): The connected account, or null before login.
        payload (GroupV2UpdateEventPayload): A group's info changed.
        engine (str, optional): Engine that produced the event (GOWS, NOWEB, WEBJS, WPP; more may be added).
        environment (dict[str, Any], optional): Engine version information; Wawp's own examples omit it.
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "timestamp": "timestamp",
        "event": "event",
        "session": "session",
        "metadata": "metadata",
        "me": "me",
        "payload": "payload",
        "engine": "engine",
        "environment": "environment",
    }
    _required: ClassVar[frozenset[str]] = frozenset(["event", "id", "payload", "session", "timestamp"])

    id: str
    timestamp: int
    event: Literal["group.v2.update"]
    session: str
    metadata: dict[str, str] | None
    me: Me | None
    payload: GroupV2UpdateEventPayload
    engine: str | None
    environment: dict[str, Any] | None


class GroupV2UpdateEventPayload(BaseModel):
    """A group's info changed.

    Attributes:
        group (GroupRef): The group; on updates only the changed fields are present besides `id`.
        timestamp (int, optional): Unix seconds.
        field_data (Any, optional): Raw data of the WhatsApp engine; its shape differs per engine, so do not
            rely on it.
    """

    _wire_names: ClassVar[dict[str, str]] = {"group": "group", "timestamp": "timestamp", "field_data": "_data"}
    _required: ClassVar[frozenset[str]] = frozenset(["group"])

    group: GroupRef
    timestamp: int | None
    field_data: Any


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


class LabelChatAddedEvent(BaseModel):
    """Webhook `label.chat.added`: a label was put on a chat.

    Attributes:
        id (str): Event id (evt_ + ULID); the same on every retry, so use it to de-duplicate.
        timestamp (int): When the event happened, in unix milliseconds.
        event (Literal["label.chat.added"]): Always `label.chat.added`.
        session (str): Engine-side session name (not necessarily the instance id).
        metadata (dict[str, str], optional): The session's metadata, when it has any.
        me (Me | None, optional): The connected account, or null before login.
        payload (LabelChatAssociation): A label put on or taken off a chat.
        engine (str, optional): Engine that produced the event (GOWS, NOWEB, WEBJS, WPP; more may be added).
        environment (dict[str, Any], optional): Engine version information; Wawp's own examples omit it.
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "timestamp": "timestamp",
        "event": "event",
        "session": "session",
        "metadata": "metadata",
        "me": "me",
        "payload": "payload",
        "engine": "engine",
        "environment": "environment",
    }
    _required: ClassVar[frozenset[str]] = frozenset(["event", "id", "payload", "session", "timestamp"])

    id: str
    timestamp: int
    event: Literal["label.chat.added"]
    session: str
    metadata: dict[str, str] | None
    me: Me | None
    payload: LabelChatAssociation
    engine: str | None
    environment: dict[str, Any] | None


class LabelChatAssociation(BaseModel):
    """A label put on or taken off a chat.

    Attributes:
        label_id (str): Label id.
        chat_id (str): Chat id.
        label (Label | None, optional): The label, or null when not known.
    """

    _wire_names: ClassVar[dict[str, str]] = {"label_id": "labelId", "chat_id": "chatId", "label": "label"}
    _required: ClassVar[frozenset[str]] = frozenset(["chat_id", "label_id"])

    label_id: str
    chat_id: str
    label: Label | None


class LabelChatDeletedEvent(BaseModel):
    """Webhook `label.chat.deleted`: a label was taken off a chat.

    Attributes:
        id (str): Event id (evt_ + ULID); the same on every retry, so use it to de-duplicate.
        timestamp (int): When the event happened, in unix milliseconds.
        event (Literal["label.chat.deleted"]): Always `label.chat.deleted`.
        session (str): Engine-side session name (not necessarily the instance id).
        metadata (dict[str, str], optional): The session's metadata, when it has any.
        me (Me | None, optional): The connected account, or null before login.
        payload (LabelChatAssociation): A label put on or taken off a chat.
        engine (str, optional): Engine that produced the event (GOWS, NOWEB, WEBJS, WPP; more may be added).
        environment (dict[str, Any], optional): Engine version information; Wawp's own examples omit it.
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "timestamp": "timestamp",
        "event": "event",
        "session": "session",
        "metadata": "metadata",
        "me": "me",
        "payload": "payload",
        "engine": "engine",
        "environment": "environment",
    }
    _required: ClassVar[frozenset[str]] = frozenset(["event", "id", "payload", "session", "timestamp"])

    id: str
    timestamp: int
    event: Literal["label.chat.deleted"]
    session: str
    metadata: dict[str, str] | None
    me: Me | None
    payload: LabelChatAssociation
    engine: str | None
    environment: dict[str, Any] | None


class LabelDeletedEvent(BaseModel):
    """Webhook `label.deleted`: a label was deleted.

    Attributes:
        id (str): Event id (evt_ + ULID); the same on every retry, so use it to de-duplicate.
        timestamp (int): When the event happened, in unix milliseconds.
        event (Literal["label.deleted"]): Always `label.deleted`.
        session (str): Engine-side session name (not necessarily the instance id).
        metadata (dict[str, str], optional): The session's metadata, when it has any.
        me (Me | None, optional): The connected account, or null before login.
        payload (Label): A WhatsApp Business label. `color` is an index into WhatsApp's 20-colour palette.
        engine (str, optional): Engine that produced the event (GOWS, NOWEB, WEBJS, WPP; more may be added).
        environment (dict[str, Any], optional): Engine version information; Wawp's own examples omit it.
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "timestamp": "timestamp",
        "event": "event",
        "session": "session",
        "metadata": "metadata",
        "me": "me",
        "payload": "payload",
        "engine": "engine",
        "environment": "environment",
    }
    _required: ClassVar[frozenset[str]] = frozenset(["event", "id", "payload", "session", "timestamp"])

    id: str
    timestamp: int
    event: Literal["label.deleted"]
    session: str
    metadata: dict[str, str] | None
    me: Me | None
    payload: Label
    engine: str | None
    environment: dict[str, Any] | None


class LabelUpsertEvent(BaseModel):
    """Webhook `label.upsert`: a label was created or changed.

    Attributes:
        id (str): Event id (evt_ + ULID); the same on every retry, so use it to de-duplicate.
        timestamp (int): When the event happened, in unix milliseconds.
        event (Literal["label.upsert"]): Always `label.upsert`.
        session (str): Engine-side session name (not necessarily the instance id).
        metadata (dict[str, str], optional): The session's metadata, when it has any.
        me (Me | None, optional): The connected account, or null before login.
        payload (Label): A WhatsApp Business label. `color` is an index into WhatsApp's 20-colour palette.
        engine (str, optional): Engine that produced the event (GOWS, NOWEB, WEBJS, WPP; more may be added).
        environment (dict[str, Any], optional): Engine version information; Wawp's own examples omit it.
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "timestamp": "timestamp",
        "event": "event",
        "session": "session",
        "metadata": "metadata",
        "me": "me",
        "payload": "payload",
        "engine": "engine",
        "environment": "environment",
    }
    _required: ClassVar[frozenset[str]] = frozenset(["event", "id", "payload", "session", "timestamp"])

    id: str
    timestamp: int
    event: Literal["label.upsert"]
    session: str
    metadata: dict[str, str] | None
    me: Me | None
    payload: Label
    engine: str | None
    environment: dict[str, Any] | None


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
    """A WhatsApp message as the engine's REST layer reports it when reading messages and in message webhooks
    (WAHA's `WAMessage`). Every engine fills the same fields, but `from`, `to` and `participant` mean
    different things per engine (see each). `ack` and `ackName` give the delivery state: -1 ERROR, 0 PENDING,
    1 SERVER, 2 DEVICE, 3 READ, 4 PLAYED; new values may appear. Sends answer the engine's raw reply instead
    (see SentMessage).

    Attributes:
        id (str): Serialized id: "{fromMe}_{chatId}_{rawId}", e.g.
            true_201234567890@c.us_3EB0C767D26A1D8A9C11. In a group or on a status it ends with "_{sender}":
            always for other people's messages, and for your own on GOWS and WEBJS (e.g.
            true_120363012345678901@g.us_3EB0C767D26A1D8A9C11_201000000001@c.us); NOWEB leaves it off your own.
            Operations that take a message id accept it with or without that last part.
        timestamp (int | None, optional): When the message was sent, in unix seconds (null when the engine
            does not know).
        from_ (str | None, optional): GOWS and NOWEB: always the chat (the person in a direct chat, whoever
            wrote; the group; status@broadcast; the channel). WEBJS: the sender (your own id for your messages;
            the chat for others' messages, the group in a group).
        from_me (bool): True when the connected account sent it.
        source (str, optional): "api" when sent through the API, "app" when sent from a phone.
        to (str | None, optional): GOWS: the sender in a group or on a status (your own id for your
            messages), null in direct chats and channels. NOWEB: the chat again for other people's group and
            status messages, absent otherwise. WEBJS: the recipient (the chat for your messages, your own id for
            others').
        participant (str | None, optional): Sender inside a group or on a status. GOWS: also your own id for
            your messages there, null in direct chats; NOWEB: only other people's messages there, absent
            otherwise; WEBJS: the author of others' group messages.
        body (str | None, optional): Text, or the caption of a media message.
        has_media (bool, optional): True when the message carries a file.
        media (Media | None, optional): The attached file, or null.
        media_url (str | None, optional): Where to download the attached file, when it was downloaded.
        ack (int | None, optional): Delivery state as a number (-1..4, see the description of this schema).
        ack_name (str, optional): Delivery state as a name (ERROR, PENDING, SERVER, DEVICE, READ, PLAYED,
            UNKNOWN).
        location (Location | None, optional): The shared location, for location messages.
        v_cards (list[str] | None, optional): vCard texts, for contact messages.
        reply_to (ReplyTo | None, optional): The quoted message, or null.
        field_data (Any, optional): Raw data of the WhatsApp engine (on GOWS a GowsMessage); its shape
            differs per engine.
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
        "media_url": "mediaUrl",
        "ack": "ack",
        "ack_name": "ackName",
        "location": "location",
        "v_cards": "vCards",
        "reply_to": "replyTo",
        "field_data": "_data",
    }
    _required: ClassVar[frozenset[str]] = frozenset(["from_me", "id"])

    id: str
    timestamp: int | None
    from_: str | None
    from_me: bool
    source: str | None
    to: str | None
    participant: str | None
    body: str | None
    has_media: bool | None
    media: Media | None
    media_url: str | None
    ack: int | None
    ack_name: str | None
    location: Location | None
    v_cards: list[str] | None
    reply_to: ReplyTo | None
    field_data: Any


class MessageAckEvent(BaseModel):
    """Webhook `message.ack`: a message's delivery state changed (sent, delivered, read, played).

    Attributes:
        id (str): Event id (evt_ + ULID); the same on every retry, so use it to de-duplicate.
        timestamp (int): When the event happened, in unix milliseconds.
        event (Literal["message.ack"]): Always `message.ack`.
        session (str): Engine-side session name (not necessarily the instance id).
        metadata (dict[str, str], optional): The session's metadata, when it has any.
        me (Me | None, optional): The connected account, or null before login.
        payload (MessageAckEventPayload): A message's new delivery state.
        engine (str, optional): Engine that produced the event (GOWS, NOWEB, WEBJS, WPP; more may be added).
        environment (dict[str, Any], optional): Engine version information; Wawp's own examples omit it.
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "timestamp": "timestamp",
        "event": "event",
        "session": "session",
        "metadata": "metadata",
        "me": "me",
        "payload": "payload",
        "engine": "engine",
        "environment": "environment",
    }
    _required: ClassVar[frozenset[str]] = frozenset(["event", "id", "payload", "session", "timestamp"])

    id: str
    timestamp: int
    event: Literal["message.ack"]
    session: str
    metadata: dict[str, str] | None
    me: Me | None
    payload: MessageAckEventPayload
    engine: str | None
    environment: dict[str, Any] | None


class MessageAckEventPayload(BaseModel):
    """A message's new delivery state.

    Attributes:
        id (str): Message id.
        from_ (str, optional): GOWS and NOWEB: the chat of the message. WEBJS: its sender, as in Message.
        to (str | None, optional): GOWS: null (it sends receipts from groups as `message.ack.group`); NOWEB
            and WEBJS: as in Message.
        participant (str | None, optional): Group member who read it (NOWEB and WEBJS; null on GOWS).
        from_me (bool, optional): True for your own messages.
        ack (int | None): New delivery state (-1 ERROR … 4 PLAYED; GOWS never sends 1 SERVER here).
        ack_name (str): New delivery state by name.
        field_data (Any, optional): Raw data of the WhatsApp engine, do not rely on it: on GOWS the
            whatsmeow receipt, on WEBJS the message's raw model (WEBJS sends the whole message, as in Message),
            absent on NOWEB.
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "from_": "from",
        "to": "to",
        "participant": "participant",
        "from_me": "fromMe",
        "ack": "ack",
        "ack_name": "ackName",
        "field_data": "_data",
    }
    _required: ClassVar[frozenset[str]] = frozenset(["ack", "ack_name", "id"])

    id: str
    from_: str | None
    to: str | None
    participant: str | None
    from_me: bool | None
    ack: int | None
    ack_name: str
    field_data: Any


class MessageAckGroupEvent(BaseModel):
    """Webhook `message.ack.group`: a group member's receipt for your message in the group (GOWS sends group
    receipts as this event only, never as `message.ack`).

    Attributes:
        id (str): Event id (evt_ + ULID); the same on every retry, so use it to de-duplicate.
        timestamp (int): When the event happened, in unix milliseconds.
        event (Literal["message.ack.group"]): Always `message.ack.group`.
        session (str): Engine-side session name (not necessarily the instance id).
        metadata (dict[str, str], optional): The session's metadata, when it has any.
        me (Me | None, optional): The connected account, or null before login.
        payload (MessageAckGroupEventPayload): One member's receipt for a message in a group.
        engine (str, optional): Engine that produced the event (GOWS, NOWEB, WEBJS, WPP; more may be added).
        environment (dict[str, Any], optional): Engine version information; Wawp's own examples omit it.
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "timestamp": "timestamp",
        "event": "event",
        "session": "session",
        "metadata": "metadata",
        "me": "me",
        "payload": "payload",
        "engine": "engine",
        "environment": "environment",
    }
    _required: ClassVar[frozenset[str]] = frozenset(["event", "id", "payload", "session", "timestamp"])

    id: str
    timestamp: int
    event: Literal["message.ack.group"]
    session: str
    metadata: dict[str, str] | None
    me: Me | None
    payload: MessageAckGroupEventPayload
    engine: str | None
    environment: dict[str, Any] | None


class MessageAckGroupEventPayload(BaseModel):
    """One member's receipt for a message in a group.

    Attributes:
        id (str): Message id: `true_<group>_<RAWID>_<your id>` for your own message.
        from_ (str, optional): The group.
        to (str | None, optional): The member whose receipt this is.
        participant (str | None, optional): The member whose receipt this is (as `to`).
        from_me (bool, optional): True for your own messages.
        ack (int | None): The member's delivery state (-1 ERROR, 2 DEVICE, 3 READ, 4 PLAYED).
        ack_name (str): The delivery state by name.
        field_data (Any, optional): Raw data of the WhatsApp engine (on GOWS the receipt); do not rely on
            it.
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "from_": "from",
        "to": "to",
        "participant": "participant",
        "from_me": "fromMe",
        "ack": "ack",
        "ack_name": "ackName",
        "field_data": "_data",
    }
    _required: ClassVar[frozenset[str]] = frozenset(["ack", "ack_name", "id"])

    id: str
    from_: str | None
    to: str | None
    participant: str | None
    from_me: bool | None
    ack: int | None
    ack_name: str
    field_data: Any


class MessageAnyEvent(BaseModel):
    """Webhook `message.any`: a message was created, by you or by someone else.

    Attributes:
        id (str): Event id (evt_ + ULID); the same on every retry, so use it to de-duplicate.
        timestamp (int): When the event happened, in unix milliseconds.
        event (Literal["message.any"]): Always `message.any`.
        session (str): Engine-side session name (not necessarily the instance id).
        metadata (dict[str, str], optional): The session's metadata, when it has any.
        me (Me | None, optional): The connected account, or null before login.
        payload (Message): A WhatsApp message as the engine's REST layer reports it when reading messages
            and in message webhooks (WAHA's `WAMessage`). Every engine fills the same fields, but `from`, `to`
            and `participant` mean different things per engine (see each). `ack` and `ackName` give the delivery
            state: -1 ERROR, 0 PENDING, 1 SERVER, 2 DEVICE, 3 READ, 4 PLAYED; new values may appear. Sends
            answer the engine's raw reply instead (see SentMessage).
        engine (str, optional): Engine that produced the event (GOWS, NOWEB, WEBJS, WPP; more may be added).
        environment (dict[str, Any], optional): Engine version information; Wawp's own examples omit it.
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "timestamp": "timestamp",
        "event": "event",
        "session": "session",
        "metadata": "metadata",
        "me": "me",
        "payload": "payload",
        "engine": "engine",
        "environment": "environment",
    }
    _required: ClassVar[frozenset[str]] = frozenset(["event", "id", "payload", "session", "timestamp"])

    id: str
    timestamp: int
    event: Literal["message.any"]
    session: str
    metadata: dict[str, str] | None
    me: Me | None
    payload: Message
    engine: str | None
    environment: dict[str, Any] | None


class MessageDestination(BaseModel):
    """Identifies a message: its id, chat and sender.

    Attributes:
        id (str): Message id.
        to (str, optional): Recipient.
        from_ (str, optional): Sender.
        from_me (bool, optional): True when sent by the connected account.
        participant (str | None, optional): Sender inside a group.
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "to": "to",
        "from_": "from",
        "from_me": "fromMe",
        "participant": "participant",
    }
    _required: ClassVar[frozenset[str]] = frozenset(["id"])

    id: str
    to: str | None
    from_: str | None
    from_me: bool | None
    participant: str | None


class MessageEdited(BaseModel):
    """A message after its text was edited: the edit message as the engine converts it (toWAMessage), so `from`,
    `to` and `participant` mean what they mean in Message for the same engine (on GOWS `from` is the chat and
    `to` is null in a direct chat; NOWEB leaves `to` out there).

    Attributes:
        id (str): Serialized id: "{fromMe}_{chatId}_{rawId}", e.g.
            true_201234567890@c.us_3EB0C767D26A1D8A9C11.
        timestamp (int): When the message was sent, in unix seconds.
        from_ (str): GOWS and NOWEB: the chat. WEBJS: the sender.
        from_me (bool): True when the connected account sent it.
        source (str, optional): "api" when sent through the API, "app" when sent from a phone.
        to (str | None, optional): GOWS: the sender in a group (null in a direct chat); NOWEB: the group
            (absent otherwise); WEBJS: the recipient.
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
        edited_message_id (str, optional): Raw id of the message that was edited.
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
        "edited_message_id": "editedMessageId",
    }
    _required: ClassVar[frozenset[str]] = frozenset(["from_", "from_me", "id", "timestamp"])

    id: str
    timestamp: int
    from_: str
    from_me: bool
    source: str | None
    to: str | None
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
    edited_message_id: str | None


class MessageEditedEvent(BaseModel):
    """Webhook `message.edited`: a message's text was edited.

    Attributes:
        id (str): Event id (evt_ + ULID); the same on every retry, so use it to de-duplicate.
        timestamp (int): When the event happened, in unix milliseconds.
        event (Literal["message.edited"]): Always `message.edited`.
        session (str): Engine-side session name (not necessarily the instance id).
        metadata (dict[str, str], optional): The session's metadata, when it has any.
        me (Me | None, optional): The connected account, or null before login.
        payload (MessageEdited): A message after its text was edited: the edit message as the engine
            converts it (toWAMessage), so `from`, `to` and `participant` mean what they mean in Message for the
            same engine (on GOWS `from` is the chat and `to` is null in a direct chat; NOWEB leaves `to` out
            there).
        engine (str, optional): Engine that produced the event (GOWS, NOWEB, WEBJS, WPP; more may be added).
        environment (dict[str, Any], optional): Engine version information; Wawp's own examples omit it.
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "timestamp": "timestamp",
        "event": "event",
        "session": "session",
        "metadata": "metadata",
        "me": "me",
        "payload": "payload",
        "engine": "engine",
        "environment": "environment",
    }
    _required: ClassVar[frozenset[str]] = frozenset(["event", "id", "payload", "session", "timestamp"])

    id: str
    timestamp: int
    event: Literal["message.edited"]
    session: str
    metadata: dict[str, str] | None
    me: Me | None
    payload: MessageEdited
    engine: str | None
    environment: dict[str, Any] | None


class MessageEvent(BaseModel):
    """Webhook `message`: a message arrived from someone else.

    Attributes:
        id (str): Event id (evt_ + ULID); the same on every retry, so use it to de-duplicate.
        timestamp (int): When the event happened, in unix milliseconds.
        event (Literal["message"]): Always `message`.
        session (str): Engine-side session name (not necessarily the instance id).
        metadata (dict[str, str], optional): The session's metadata, when it has any.
        me (Me | None, optional): The connected account, or null before login.
        payload (Message): A WhatsApp message as the engine's REST layer reports it when reading messages
            and in message webhooks (WAHA's `WAMessage`). Every engine fills the same fields, but `from`, `to`
            and `participant` mean different things per engine (see each). `ack` and `ackName` give the delivery
            state: -1 ERROR, 0 PENDING, 1 SERVER, 2 DEVICE, 3 READ, 4 PLAYED; new values may appear. Sends
            answer the engine's raw reply instead (see SentMessage).
        engine (str, optional): Engine that produced the event (GOWS, NOWEB, WEBJS, WPP; more may be added).
        environment (dict[str, Any], optional): Engine version information; Wawp's own examples omit it.
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "timestamp": "timestamp",
        "event": "event",
        "session": "session",
        "metadata": "metadata",
        "me": "me",
        "payload": "payload",
        "engine": "engine",
        "environment": "environment",
    }
    _required: ClassVar[frozenset[str]] = frozenset(["event", "id", "payload", "session", "timestamp"])

    id: str
    timestamp: int
    event: Literal["message"]
    session: str
    metadata: dict[str, str] | None
    me: Me | None
    payload: Message
    engine: str | None
    environment: dict[str, Any] | None


class MessageReactionEvent(BaseModel):
    """Webhook `message.reaction`: someone reacted to a message, or removed a reaction.

    Attributes:
        id (str): Event id (evt_ + ULID); the same on every retry, so use it to de-duplicate.
        timestamp (int): When the event happened, in unix milliseconds.
        event (Literal["message.reaction"]): Always `message.reaction`.
        session (str): Engine-side session name (not necessarily the instance id).
        metadata (dict[str, str], optional): The session's metadata, when it has any.
        me (Me | None, optional): The connected account, or null before login.
        payload (MessageReactionEventPayload): A reaction added or removed.
        engine (str, optional): Engine that produced the event (GOWS, NOWEB, WEBJS, WPP; more may be added).
        environment (dict[str, Any], optional): Engine version information; Wawp's own examples omit it.
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "timestamp": "timestamp",
        "event": "event",
        "session": "session",
        "metadata": "metadata",
        "me": "me",
        "payload": "payload",
        "engine": "engine",
        "environment": "environment",
    }
    _required: ClassVar[frozenset[str]] = frozenset(["event", "id", "payload", "session", "timestamp"])

    id: str
    timestamp: int
    event: Literal["message.reaction"]
    session: str
    metadata: dict[str, str] | None
    me: Me | None
    payload: MessageReactionEventPayload
    engine: str | None
    environment: dict[str, Any] | None


class MessageReactionEventPayload(BaseModel):
    """A reaction added or removed.

    Attributes:
        id (str): Id of the reaction message.
        timestamp (float, optional): Unix seconds (may have a fraction).
        from_ (str): GOWS and NOWEB: the chat reacted in. WEBJS: who reacted.
        from_me (bool): True when you reacted.
        source (str, optional): api or app.
        to (str | None, optional): GOWS: who reacted, in a group (null in a direct chat); NOWEB: the group,
            for someone else's reaction there (absent otherwise); WEBJS: the chat.
        participant (str | None, optional): Who reacted, in a group.
        reaction (MessageReactionEventPayloadReaction): The reaction.
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
        "reaction": "reaction",
        "field_data": "_data",
    }
    _required: ClassVar[frozenset[str]] = frozenset(["from_", "from_me", "id", "reaction"])

    id: str
    timestamp: float | None
    from_: str
    from_me: bool
    source: str | None
    to: str | None
    participant: str | None
    reaction: MessageReactionEventPayloadReaction
    field_data: Any


class MessageReactionEventPayloadReaction(BaseModel):
    """The reaction.

    Attributes:
        text (str): The emoji; empty when the reaction was removed.
        message_id (str): Id of the message reacted to.
    """

    _wire_names: ClassVar[dict[str, str]] = {"text": "text", "message_id": "messageId"}
    _required: ClassVar[frozenset[str]] = frozenset(["message_id", "text"])

    text: str
    message_id: str


class MessageRevokedEvent(BaseModel):
    """Webhook `message.revoked`: a message was deleted for everyone.

    Attributes:
        id (str): Event id (evt_ + ULID); the same on every retry, so use it to de-duplicate.
        timestamp (int): When the event happened, in unix milliseconds.
        event (Literal["message.revoked"]): Always `message.revoked`.
        session (str): Engine-side session name (not necessarily the instance id).
        metadata (dict[str, str], optional): The session's metadata, when it has any.
        me (Me | None, optional): The connected account, or null before login.
        payload (MessageRevokedEventPayload): A message deleted for everyone.
        engine (str, optional): Engine that produced the event (GOWS, NOWEB, WEBJS, WPP; more may be added).
        environment (dict[str, Any], optional): Engine version information; Wawp's own examples omit it.
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "timestamp": "timestamp",
        "event": "event",
        "session": "session",
        "metadata": "metadata",
        "me": "me",
        "payload": "payload",
        "engine": "engine",
        "environment": "environment",
    }
    _required: ClassVar[frozenset[str]] = frozenset(["event", "id", "payload", "session", "timestamp"])

    id: str
    timestamp: int
    event: Literal["message.revoked"]
    session: str
    metadata: dict[str, str] | None
    me: Me | None
    payload: MessageRevokedEventPayload
    engine: str | None
    environment: dict[str, Any] | None


class MessageRevokedEventPayload(BaseModel):
    """A message deleted for everyone.

    Attributes:
        after (Message | None, optional): The message after deletion, or null.
        before (Message | None, optional): The message before deletion, when still known, or null.
        revoked_message_id (str): Raw id of the deleted message.
        field_data (Any, optional): Raw data of the WhatsApp engine; its shape differs per engine, so do not
            rely on it.
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "after": "after",
        "before": "before",
        "revoked_message_id": "revokedMessageId",
        "field_data": "_data",
    }
    _required: ClassVar[frozenset[str]] = frozenset(["revoked_message_id"])

    after: Message | None
    before: Message | None
    revoked_message_id: str
    field_data: Any


class NowebGroupMetadata(BaseModel):
    """A group as Baileys describes it (`GroupMetadata`), passed through by the NOWEB engine.

    Attributes:
        id (str): Group id, e.g. 120363012345678901@g.us.
        owner (str | None, optional): Creator of the group.
        subject (str): Group name.
        subject_owner (str | None, optional): Who set the name.
        subject_time (int | None, optional): When the name was set, in unix seconds.
        creation (int | None, optional): When the group was created, in unix seconds.
        desc (str | None, optional): Group description.
        desc_id (str | None, optional): Id of the current description.
        restrict (bool | None, optional): True when only admins may edit the group info.
        announce (bool | None, optional): True when only admins may send messages.
        size (int | None, optional): Number of members.
        participants (list[NowebParticipant], optional): Members of the group.
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "owner": "owner",
        "subject": "subject",
        "subject_owner": "subjectOwner",
        "subject_time": "subjectTime",
        "creation": "creation",
        "desc": "desc",
        "desc_id": "descId",
        "restrict": "restrict",
        "announce": "announce",
        "size": "size",
        "participants": "participants",
    }
    _required: ClassVar[frozenset[str]] = frozenset(["id", "subject"])

    id: str
    owner: str | None
    subject: str
    subject_owner: str | None
    subject_time: int | None
    creation: int | None
    desc: str | None
    desc_id: str | None
    restrict: bool | None
    announce: bool | None
    size: int | None
    participants: list[NowebParticipant] | None


class NowebMessageKey(BaseModel):
    """A Baileys message key.

    Attributes:
        remote_jid (str, optional): Chat JID, e.g. 201234567890@s.whatsapp.net or status@broadcast.
        from_me (bool, optional): True for a message the connected account sent.
        id (str): Raw message id, e.g. 3EB0C767D26A1D8A9C11.
        participant (str | None, optional): Sender inside a group, when present.
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "remote_jid": "remoteJid",
        "from_me": "fromMe",
        "id": "id",
        "participant": "participant",
    }
    _required: ClassVar[frozenset[str]] = frozenset(["id"])

    remote_jid: str | None
    from_me: bool | None
    id: str
    participant: str | None


class NowebParticipant(BaseModel):
    """A group member as Baileys describes it.

    Attributes:
        id (str): Member JID, e.g. 201234567890@s.whatsapp.net.
        admin (str | None, optional): admin, superadmin, or null for a regular member.
    """

    _wire_names: ClassVar[dict[str, str]] = {"id": "id", "admin": "admin"}
    _required: ClassVar[frozenset[str]] = frozenset(["id"])

    id: str
    admin: str | None


class NowebParticipantUpdate(BaseModel):
    """Baileys' result for one member of a participants change.

    Attributes:
        status (str): WhatsApp status code as a string, 200 on success.
        jid (str): Member JID the result is for.
    """

    _wire_names: ClassVar[dict[str, str]] = {"status": "status", "jid": "jid"}
    _required: ClassVar[frozenset[str]] = frozenset(["jid", "status"])

    status: str
    jid: str


class NowebSentMessage(BaseModel):
    """A send's reply on the NOWEB engine, the Baileys `WebMessageInfo` as JSON (64-bit numbers and enums come
    out as strings). `key.id` is the raw message id; the serialized id is `true_{chatId}_{key.id}` with the
    chat in `@c.us` form.

    Attributes:
        key (NowebMessageKey): A Baileys message key.
        message (dict[str, Any] | None, optional): The WhatsApp message content as Baileys built it.
        message_timestamp (int | str, optional): When the message was sent, in unix seconds (a string when
            Baileys kept it as a 64-bit value).
        status (int | str, optional): Baileys delivery status (PENDING right after sending; a number in some
            versions).
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "key": "key",
        "message": "message",
        "message_timestamp": "messageTimestamp",
        "status": "status",
    }
    _required: ClassVar[frozenset[str]] = frozenset(["key"])

    key: NowebMessageKey
    message: dict[str, Any] | None
    message_timestamp: int | str | None
    status: int | str | None


class NumberExists(BaseModel):
    """Whether a phone number has a WhatsApp account.

    Attributes:
        number_exists (bool): True when the number is on WhatsApp.
        chat_id (str | None, optional): Chat id to use for the number, when it exists.
        pn (str | None, optional): Phone-number id of the account (GOWS adds it; it differs from `chatId`
            when WhatsApp answers with a privacy id).
    """

    _wire_names: ClassVar[dict[str, str]] = {"number_exists": "numberExists", "chat_id": "chatId", "pn": "pn"}
    _required: ClassVar[frozenset[str]] = frozenset(["number_exists"])

    number_exists: bool
    chat_id: str | None
    pn: str | None


class PairingCode(BaseModel):
    """A code to type on the phone (Linked devices > Link with phone number) instead of scanning a QR.

    Attributes:
        code (str): Eight characters shown as two groups of four, e.g. ABCD-1234.
    """

    _wire_names: ClassVar[dict[str, str]] = {"code": "code"}
    _required: ClassVar[frozenset[str]] = frozenset(["code"])

    code: str


class PollVote(BaseModel):
    """A poll vote, keyed as the engine keys it: on GOWS like any message (`from` the chat, `to` and
    `participant` the voter in a group, null otherwise); on NOWEB and WEBJS `from` the voter in a group and
    the chat otherwise, `to` the group or, in a direct chat, "me" (NOWEB) or your id (WEBJS, whose vote id
    carries the poll's raw id).

    Attributes:
        id (str): Message id.
        to (str | None, optional): Recipient (null on GOWS outside groups).
        from_ (str, optional): Sender.
        from_me (bool, optional): True when sent by the connected account.
        participant (str | None, optional): The voter inside a group (GOWS; null otherwise).
        selected_options (list[str] | None, optional): Options chosen; in poll.vote.failed empty (NOWEB) or
            null (GOWS).
        timestamp (int, optional): When the vote was cast: unix milliseconds (NOWEB's failed votes: unix
            seconds).
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "to": "to",
        "from_": "from",
        "from_me": "fromMe",
        "participant": "participant",
        "selected_options": "selectedOptions",
        "timestamp": "timestamp",
    }
    _required: ClassVar[frozenset[str]] = frozenset(["id"])

    id: str
    to: str | None
    from_: str | None
    from_me: bool | None
    participant: str | None
    selected_options: list[str] | None
    timestamp: int | None


class PollVoteFailedEvent(BaseModel):
    """Webhook `poll.vote.failed`: a poll vote arrived but could not be decrypted.

    Attributes:
        id (str): Event id (evt_ + ULID); the same on every retry, so use it to de-duplicate.
        timestamp (int): When the event happened, in unix milliseconds.
        event (Literal["poll.vote.failed"]): Always `poll.vote.failed`.
        session (str): Engine-side session name (not necessarily the instance id).
        metadata (dict[str, str], optional): The session's metadata, when it has any.
        me (Me | None, optional): The connected account, or null before login.
        payload (PollVoteFailedEventPayload): A poll vote that could not be decrypted.
        engine (str, optional): Engine that produced the event (GOWS, NOWEB, WEBJS, WPP; more may be added).
        environment (dict[str, Any], optional): Engine version information; Wawp's own examples omit it.
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "timestamp": "timestamp",
        "event": "event",
        "session": "session",
        "metadata": "metadata",
        "me": "me",
        "payload": "payload",
        "engine": "engine",
        "environment": "environment",
    }
    _required: ClassVar[frozenset[str]] = frozenset(["event", "id", "payload", "session", "timestamp"])

    id: str
    timestamp: int
    event: Literal["poll.vote.failed"]
    session: str
    metadata: dict[str, str] | None
    me: Me | None
    payload: PollVoteFailedEventPayload
    engine: str | None
    environment: dict[str, Any] | None


class PollVoteFailedEventPayload(BaseModel):
    """A poll vote that could not be decrypted.

    Attributes:
        vote (PollVote): A poll vote, keyed as the engine keys it: on GOWS like any message (`from` the
            chat, `to` and `participant` the voter in a group, null otherwise); on NOWEB and WEBJS `from` the
            voter in a group and the chat otherwise, `to` the group or, in a direct chat, "me" (NOWEB) or your
            id (WEBJS, whose vote id carries the poll's raw id).
        poll (MessageDestination): Identifies a message: its id, chat and sender.
        field_data (Any, optional): Raw data of the WhatsApp engine; its shape differs per engine, so do not
            rely on it.
    """

    _wire_names: ClassVar[dict[str, str]] = {"vote": "vote", "poll": "poll", "field_data": "_data"}
    _required: ClassVar[frozenset[str]] = frozenset(["poll", "vote"])

    vote: PollVote
    poll: MessageDestination
    field_data: Any


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


class PresenceUpdateEvent(BaseModel):
    """Webhook `presence.update`: someone's presence changed (online, typing, …).

    Attributes:
        id (str): Event id (evt_ + ULID); the same on every retry, so use it to de-duplicate.
        timestamp (int): When the event happened, in unix milliseconds.
        event (Literal["presence.update"]): Always `presence.update`.
        session (str): Engine-side session name (not necessarily the instance id).
        metadata (dict[str, str], optional): The session's metadata, when it has any.
        me (Me | None, optional): The connected account, or null before login.
        payload (ChatPresences): Presence of the participants of a chat.
        engine (str, optional): Engine that produced the event (GOWS, NOWEB, WEBJS, WPP; more may be added).
        environment (dict[str, Any], optional): Engine version information; Wawp's own examples omit it.
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "timestamp": "timestamp",
        "event": "event",
        "session": "session",
        "metadata": "metadata",
        "me": "me",
        "payload": "payload",
        "engine": "engine",
        "environment": "environment",
    }
    _required: ClassVar[frozenset[str]] = frozenset(["event", "id", "payload", "session", "timestamp"])

    id: str
    timestamp: int
    event: Literal["presence.update"]
    session: str
    metadata: dict[str, str] | None
    me: Me | None
    payload: ChatPresences
    engine: str | None
    environment: dict[str, Any] | None


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


class QRCodeValue(BaseModel):
    """The raw QR payload (answer to `format=raw`), to render yourself.

    Attributes:
        value (str): The text the QR code encodes.
    """

    _wire_names: ClassVar[dict[str, str]] = {"value": "value"}
    _required: ClassVar[frozenset[str]] = frozenset(["value"])

    value: str


class ReadMessagesResult(BaseModel):
    """Which messages were marked as read. Every engine answers `ids` (GOWS and NOWEB through the base class's
    read helper, WEBJS with null).

    Attributes:
        ids (list[str] | None): Ids of the messages marked as read (null when the engine does not report
            them).
    """

    _wire_names: ClassVar[dict[str, str]] = {"ids": "ids"}
    _required: ClassVar[frozenset[str]] = frozenset(["ids"])

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
    """Acknowledgement `{success}` that the engine's REST layer builds itself for a few calls that change
    something (profile writes, group picture, groups refresh, pin/unpin, mark unread, contact upsert).

    Attributes:
        success (bool): True when the change was accepted.
    """

    _wire_names: ClassVar[dict[str, str]] = {"success": "success"}
    _required: ClassVar[frozenset[str]] = frozenset(["success"])

    success: bool


class Session(BaseModel):
    """A Wawp session (instance) as Wawp reports it after a session call. `status` is one of STOPPED, STARTING,
    SCAN_QR_CODE, WORKING, FAILED, and on GOWS also PASSKEY_REQUIRED (WhatsApp asks for a passkey to finish
    linking) and PASSKEY_CONFIRMATION_REQUIRED (a code must be confirmed on the phone); delete answers
    DELETED. Treat any other value as "not ready": the list grows.

    Attributes:
        name (str): Engine-side session name.
        status (str): Lifecycle state (STOPPED, STARTING, SCAN_QR_CODE, PASSKEY_REQUIRED,
            PASSKEY_CONFIRMATION_REQUIRED, WORKING, FAILED, DELETED; more may be added).
        instance_id (str, optional): The instance the answer is about (delete and logout report it at the
            top level).
        config (SessionConfig, optional): Session configuration as stored by the engine.
        me (Me | None, optional): The connected account once the session is WORKING, otherwise null or
            absent.
        engine (Any, optional): Engine details, e.g. the engine name (GOWS). The vendor's example shows an
            empty list here (a PHP empty array), so any JSON value is accepted.
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "name": "name",
        "status": "status",
        "instance_id": "instance_id",
        "config": "config",
        "me": "me",
        "engine": "engine",
    }
    _required: ClassVar[frozenset[str]] = frozenset(["name", "status"])

    name: str
    status: str
    instance_id: str | None
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


class SessionStatusEvent(BaseModel):
    """Webhook `session.status`: the session changed state (for example a new QR is waiting, or it is WORKING).

    Attributes:
        id (str): Event id (evt_ + ULID); the same on every retry, so use it to de-duplicate.
        timestamp (int): When the event happened, in unix milliseconds.
        event (Literal["session.status"]): Always `session.status`.
        session (str): Engine-side session name (not necessarily the instance id).
        metadata (dict[str, str], optional): The session's metadata, when it has any.
        me (Me | None, optional): The connected account, or null before login.
        payload (SessionStatusEventPayload): The session's new state.
        engine (str, optional): Engine that produced the event (GOWS, NOWEB, WEBJS, WPP; more may be added).
        environment (dict[str, Any], optional): Engine version information; Wawp's own examples omit it.
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "timestamp": "timestamp",
        "event": "event",
        "session": "session",
        "metadata": "metadata",
        "me": "me",
        "payload": "payload",
        "engine": "engine",
        "environment": "environment",
    }
    _required: ClassVar[frozenset[str]] = frozenset(["event", "id", "payload", "session", "timestamp"])

    id: str
    timestamp: int
    event: Literal["session.status"]
    session: str
    metadata: dict[str, str] | None
    me: Me | None
    payload: SessionStatusEventPayload
    engine: str | None
    environment: dict[str, Any] | None


class SessionStatusEventPayload(BaseModel):
    """The session's new state.

    Attributes:
        name (str): Engine-side session name.
        status (str): New lifecycle state (STOPPED, STARTING, SCAN_QR_CODE, PASSKEY_REQUIRED,
            PASSKEY_CONFIRMATION_REQUIRED, WORKING, FAILED; more may be added).
        statuses (list[SessionStatusEventPayloadStatusesItem], optional): Recent state history, oldest
            first.
    """

    _wire_names: ClassVar[dict[str, str]] = {"name": "name", "status": "status", "statuses": "statuses"}
    _required: ClassVar[frozenset[str]] = frozenset(["name", "status"])

    name: str
    status: str
    statuses: list[SessionStatusEventPayloadStatusesItem] | None


class SessionStatusEventPayloadStatusesItem(BaseModel):
    """A past state.

    Attributes:
        status (str): State.
        timestamp (int): Unix milliseconds.
    """

    _wire_names: ClassVar[dict[str, str]] = {"status": "status", "timestamp": "timestamp"}
    _required: ClassVar[frozenset[str]] = frozenset(["status", "timestamp"])

    status: str
    timestamp: int


class WawpQRCode(BaseModel):
    """The QR image as a data URI, as the vendor documents it.

    Attributes:
        qr (str): A data:image/png;base64,... URI of the QR image.
    """

    _wire_names: ClassVar[dict[str, str]] = {"qr": "qr"}
    _required: ClassVar[frozenset[str]] = frozenset(["qr"])

    qr: str


class WawpSendAck(BaseModel):
    """Wawp's own acknowledgement of a send, which the vendor's WordPress plugin treats as success: whether the
    message went out and the HTTP status the engine answered. It carries no message id.

    Attributes:
        sent (bool): True when the engine accepted the message.
        upstream_status (int, optional): HTTP status of the engine's reply, e.g. 201.
    """

    _wire_names: ClassVar[dict[str, str]] = {"sent": "sent", "upstream_status": "upstream_status"}
    _required: ClassVar[frozenset[str]] = frozenset(["sent"])

    sent: bool
    upstream_status: int | None


class WebjsChat(BaseModel):
    """A chat as whatsapp-web.js serialises it (`Chat`), passed through by the WEBJS engine.

    Attributes:
        id (WebjsWid): A WhatsApp Web id object (`Wid`).
        name (str, optional): Chat or contact name.
        is_group (bool, optional): True for groups.
        is_read_only (bool, optional): True when the account may not send.
        unread_count (int, optional): Number of unread messages.
        timestamp (int, optional): Time of the last activity, in unix seconds.
        archived (bool, optional): True when the chat is archived.
        pinned (bool, optional): True when the chat is pinned.
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "name": "name",
        "is_group": "isGroup",
        "is_read_only": "isReadOnly",
        "unread_count": "unreadCount",
        "timestamp": "timestamp",
        "archived": "archived",
        "pinned": "pinned",
    }
    _required: ClassVar[frozenset[str]] = frozenset(["id"])

    id: WebjsWid
    name: str | None
    is_group: bool | None
    is_read_only: bool | None
    unread_count: int | None
    timestamp: int | None
    archived: bool | None
    pinned: bool | None


class WebjsCreateGroupResult(BaseModel):
    """whatsapp-web.js' answer to creating a group.

    Attributes:
        title (str, optional): Name of the new group.
        gid (WebjsWid): A WhatsApp Web id object (`Wid`).
        participants (dict[str, Any], optional): One result per invited member id (`statusCode`, `message`,
            `isGroupCreator`, `isInviteV4Sent`).
    """

    _wire_names: ClassVar[dict[str, str]] = {"title": "title", "gid": "gid", "participants": "participants"}
    _required: ClassVar[frozenset[str]] = frozenset(["gid"])

    title: str | None
    gid: WebjsWid
    participants: dict[str, Any] | None


class WebjsGroupChat(BaseModel):
    """A group chat as whatsapp-web.js serialises it (`GroupChat`), passed through by the WEBJS engine.

    Attributes:
        id (WebjsWid): A WhatsApp Web id object (`Wid`).
        name (str, optional): Group name.
        is_group (bool, optional): Always true here.
        is_read_only (bool, optional): True when the account may not send.
        unread_count (int, optional): Unread messages.
        timestamp (int, optional): Last activity, in unix seconds.
        archived (bool, optional): True when archived.
        pinned (bool, optional): True when pinned.
        group_metadata (WebjsGroupMetadata): WhatsApp Web's group metadata inside a whatsapp-web.js group
            chat.
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "name": "name",
        "is_group": "isGroup",
        "is_read_only": "isReadOnly",
        "unread_count": "unreadCount",
        "timestamp": "timestamp",
        "archived": "archived",
        "pinned": "pinned",
        "group_metadata": "groupMetadata",
    }
    _required: ClassVar[frozenset[str]] = frozenset(["group_metadata", "id"])

    id: WebjsWid
    name: str | None
    is_group: bool | None
    is_read_only: bool | None
    unread_count: int | None
    timestamp: int | None
    archived: bool | None
    pinned: bool | None
    group_metadata: WebjsGroupMetadata


class WebjsGroupMetadata(BaseModel):
    """WhatsApp Web's group metadata inside a whatsapp-web.js group chat.

    Attributes:
        id (WebjsWid, optional): A WhatsApp Web id object (`Wid`).
        creation (int, optional): When the group was created, in unix seconds.
        owner (Any, optional): Creator of the group (a WebjsWid), when known.
        subject (str, optional): Group name.
        desc (str, optional): Group description.
        restrict (bool, optional): True when only admins may edit the group info.
        announce (bool, optional): True when only admins may send messages.
        size (int, optional): Number of members.
        participants (list[WebjsParticipant], optional): Members of the group.
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "creation": "creation",
        "owner": "owner",
        "subject": "subject",
        "desc": "desc",
        "restrict": "restrict",
        "announce": "announce",
        "size": "size",
        "participants": "participants",
    }
    _required: ClassVar[frozenset[str]] = frozenset([])

    id: WebjsWid | None
    creation: int | None
    owner: Any
    subject: str | None
    desc: str | None
    restrict: bool | None
    announce: bool | None
    size: int | None
    participants: list[WebjsParticipant] | None


class WebjsMessageData(BaseModel):
    """The raw WhatsApp Web message model inside a whatsapp-web.js message (what the vendor's examples and plugin
    read). Only `id` is always there; the rest depends on the message kind.

    Attributes:
        id (WebjsMessageId): A WhatsApp Web message key. `_serialized` is the serialized message id the rest
            of the API uses.
        type_ (str, optional): Message type (chat, image, document, ptt, location, vcard, poll_creation,
            ...).
        body (str, optional): Text, or base64 preview data for media.
        t (int, optional): When the message was sent, in unix seconds.
        from_ (WebjsWid, optional): A WhatsApp Web id object (`Wid`).
        to (WebjsWid, optional): A WhatsApp Web id object (`Wid`).
        ack (int, optional): Delivery state as a number.
        is_new_msg (bool, optional): True for a message created in this session.
        star (bool, optional): True when the message is starred.
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "type_": "type",
        "body": "body",
        "t": "t",
        "from_": "from",
        "to": "to",
        "ack": "ack",
        "is_new_msg": "isNewMsg",
        "star": "star",
    }
    _required: ClassVar[frozenset[str]] = frozenset(["id"])

    id: WebjsMessageId
    type_: str | None
    body: str | None
    t: int | None
    from_: WebjsWid | None
    to: WebjsWid | None
    ack: int | None
    is_new_msg: bool | None
    star: bool | None


class WebjsMessageId(BaseModel):
    """A WhatsApp Web message key. `_serialized` is the serialized message id the rest of the API uses.

    Attributes:
        from_me (bool, optional): True when the connected account sent the message.
        remote (Any, optional): The chat, as an id string (e.g. 201234567890@c.us) or a WebjsWid object.
        id (str, optional): Raw message id.
        participant (Any, optional): Sender inside a group, when present.
        field_serialized (str): Serialized id, e.g. true_201234567890@c.us_3EB0C767D26A1D8A9C11.
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "from_me": "fromMe",
        "remote": "remote",
        "id": "id",
        "participant": "participant",
        "field_serialized": "_serialized",
    }
    _required: ClassVar[frozenset[str]] = frozenset(["field_serialized"])

    from_me: bool | None
    remote: Any
    id: str | None
    participant: Any
    field_serialized: str


class WebjsParticipant(BaseModel):
    """A group member as WhatsApp Web describes it.

    Attributes:
        id (WebjsWid): A WhatsApp Web id object (`Wid`).
        is_admin (bool, optional): True for admins.
        is_super_admin (bool, optional): True for the group's creator.
    """

    _wire_names: ClassVar[dict[str, str]] = {"id": "id", "is_admin": "isAdmin", "is_super_admin": "isSuperAdmin"}
    _required: ClassVar[frozenset[str]] = frozenset(["id"])

    id: WebjsWid
    is_admin: bool | None
    is_super_admin: bool | None


class WebjsParticipantAddResult(BaseModel):
    """The result of adding one member.

    Attributes:
        code (int): WhatsApp status code for this member (200 added, 403 invite sent instead...).
        message (str): What the code means.
        is_invite_v4_sent (bool, optional): True when an invitation was sent instead of adding the member.
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "code": "code",
        "message": "message",
        "is_invite_v4_sent": "isInviteV4Sent",
    }
    _required: ClassVar[frozenset[str]] = frozenset(["code", "message"])

    code: int
    message: str
    is_invite_v4_sent: bool | None


class WebjsParticipantsStatus(BaseModel):
    """whatsapp-web.js' answer to removing, promoting or demoting members: a WhatsApp status code.

    Attributes:
        status (int): WhatsApp status code of the change (200 on success).
    """

    _wire_names: ClassVar[dict[str, str]] = {"status": "status"}
    _required: ClassVar[frozenset[str]] = frozenset(["status"])

    status: int


class WebjsSentMessage(BaseModel):
    """A send's reply on the WEBJS engine, the whatsapp-web.js `Message` object as JSON. `_data` holds the raw
    WhatsApp Web model; the top-level fields are whatsapp-web.js's own view of it.

    Attributes:
        field_data (WebjsMessageData): The raw WhatsApp Web message model inside a whatsapp-web.js message
            (what the vendor's examples and plugin read). Only `id` is always there; the rest depends on the
            message kind.
        id (WebjsMessageId, optional): A WhatsApp Web message key. `_serialized` is the serialized message
            id the rest of the API uses.
        ack (int, optional): Delivery state (-1 ERROR, 0 PENDING, 1 SERVER, 2 DEVICE, 3 READ, 4 PLAYED).
        has_media (bool, optional): True when the message carries a file.
        body (str, optional): Text, or the caption of a media message.
        type_ (str, optional): whatsapp-web.js message type (chat, image, document, ptt, location, ...).
        timestamp (int, optional): When the message was sent, in unix seconds.
        from_ (str, optional): Sender chat id, e.g. 201000000001@c.us.
        to (str, optional): Recipient chat id, e.g. 201234567890@c.us.
        from_me (bool, optional): True when the connected account sent the message.
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "field_data": "_data",
        "id": "id",
        "ack": "ack",
        "has_media": "hasMedia",
        "body": "body",
        "type_": "type",
        "timestamp": "timestamp",
        "from_": "from",
        "to": "to",
        "from_me": "fromMe",
    }
    _required: ClassVar[frozenset[str]] = frozenset(["field_data"])

    field_data: WebjsMessageData
    id: WebjsMessageId | None
    ack: int | None
    has_media: bool | None
    body: str | None
    type_: str | None
    timestamp: int | None
    from_: str | None
    to: str | None
    from_me: bool | None


class WebjsWid(BaseModel):
    """A WhatsApp Web id object (`Wid`).

    Attributes:
        server (str, optional): Id domain: c.us, g.us, lid, newsletter or broadcast.
        user (str, optional): Id part before the @, e.g. 201234567890.
        field_serialized (str): The whole id, e.g. 201234567890@c.us.
    """

    _wire_names: ClassVar[dict[str, str]] = {"server": "server", "user": "user", "field_serialized": "_serialized"}
    _required: ClassVar[frozenset[str]] = frozenset(["field_serialized"])

    server: str | None
    user: str | None
    field_serialized: str


class SentMessage(_SentMessage):
    """What a send (and a message edit, delete or reaction, and every status call) answers: the engine's own
    reply, passed through by Wawp. GOWS, the engine Wawp runs, answers `{id, _data}` with `id` the serialized
    message id; WEBJS answers the raw whatsapp-web.js message, whose `id` is an object carrying the serialized
    id in `_serialized`; NOWEB answers the raw Baileys message, whose `key.id` is the raw id; the vendor's own
    plugin also accepts a Wawp acknowledgement `{sent, upstream_status}` without any id. A serialized id reads
    `{fromMe}_{chatId}_{rawId}`, with `_{sender}` appended in groups and on statuses. The variants are listed
    most specific first, so a parser that tries them in order picks the right one.
    """

    _variant_names: ClassVar[tuple[str, ...]] = (
        "WebjsSentMessage",
        "NowebSentMessage",
        "WawpSendAck",
        "GowsSentMessage",
    )
