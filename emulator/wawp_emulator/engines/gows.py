"""GOWS: WAHA's Go engine (whatsmeow behind gRPC), the engine Wawp v1 runs.

Sources (``devlikeapro/waha``): ``src/core/engines/gows/session.gows.core.ts``: every send ends in
``messageResponse(jid, data)``, which returns ``{id, _data}``, ``id`` the serialized
``true_<chat>_<ID>`` and ``_data`` the engine's JSON of whatsmeow's ``events.Message``
(``{Info, Message, ...}``, Go field names); ``getGroups``/``getGroup``/``createGroup`` return
whatsmeow's ``types.GroupInfo`` as parsed JSON (``JID``, ``Name``, ``Topic``, ``IsLocked``,
``IsAnnounce``, ``Participants[{JID, PhoneNumber, LID, IsAdmin, IsSuperAdmin, ...}]``). The vendor's
WordPress plugin reads ``_data.Info`` from send answers, which is what makes GOWS Wawp's engine.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from wawp_emulator.engines import waproto
from wawp_emulator.engines.base import Context, Engine, Rsvp, destination, rfc3339, user_of
from wawp_emulator.ids import Ids
from wawp_emulator.jids import is_grouped

if TYPE_CHECKING:
    from wawp_emulator.state.groups import Group
    from wawp_emulator.state.messages import Ballot, Message

__all__ = ["Gows", "whatsmeow_jid"]

_TYPE = {"poll_creation": "poll", "reaction": "reaction", "edit": "text", "revoke": "text"}
"""whatsmeow's ``Info.Type`` (send.go ``getTypeFromMessage``); any kind with a ``MediaType`` (files, but also
locations and contact cards) is ``media``, the rest ``text``."""
_MEDIA_TYPE = {
    "image": "image",
    "document": "document",
    "ptt": "ptt",
    "video": "video",
    "location": "location",
    "vcard": "vcard",
    "multi_vcard": "contact_array",
    "poll_creation": "",
}


_RECEIPT_TYPE = {-1: "server-error", 2: "", 3: "read", 4: "played"}
"""whatsmeow's ``events.Receipt.Type`` by the ack level ``receiptToMessageAck`` reads from it; no receipt type
gives SERVER or PENDING."""


def whatsmeow_jid(chat_id: str) -> str:
    """whatsmeow's form of an id: people are ``<number>@s.whatsapp.net``; groups, lids, channels stay."""
    if chat_id.endswith("@c.us"):
        return f"{user_of(chat_id)}@s.whatsapp.net"
    return chat_id


def _message_source(chat_id: str, sender: str) -> dict[str, Any]:
    """whatsmeow's ``MessageSource`` (Go field names) of something ``sender`` (a whatsmeow jid) sent into
    ``chat_id``: the head of a message's ``Info`` and of a receipt."""
    chat = whatsmeow_jid(chat_id)
    return {
        "Chat": chat,
        "Sender": sender,
        "IsFromMe": False,
        "IsGroup": is_grouped(chat),
        "AddressingMode": "",
        "SenderAlt": "",
        "RecipientAlt": "",
        "BroadcastListOwner": "",
    }


def _message_info(chat_id: str, sender: str, raw_id: str, at: float, kind: str) -> dict[str, Any]:
    """whatsmeow's ``MessageInfo`` of a message someone else sent into ``chat_id``; the account's own
    messages change ``IsFromMe``, ``PushName`` and the media fields."""
    return {
        **_message_source(chat_id, sender),
        "ID": raw_id,
        "ServerID": 0,
        "Type": kind,
        "PushName": "",
        "Timestamp": rfc3339(at),
        "Category": "",
        "Multicast": False,
        "MediaType": "",
        "Edit": "",
        "VerifiedName": None,
        "DeviceSentMeta": None,
    }


def _creation_key(chat_id: str, raw_id: str, me: str) -> dict[str, Any]:
    """The key of the account's own poll or Event message as someone answering it sends it back (whatsmeow's
    ``MessageKey`` JSON): in a direct chat the chat is the account, in a group the account is the participant."""
    group = chat_id.endswith("@g.us")
    return {
        "remoteJID": whatsmeow_jid(chat_id if group else me),
        "fromMe": False,
        "ID": raw_id,
        "participant": whatsmeow_jid(me) if group else "",
    }


class Gows(Engine):
    name = "GOWS"
    # subscribeEngineEvents2 stamps Status ServerAck on the account's own messages and DeliveryAck on
    # everyone else's before converting them for message / message.any
    echo_ack = 1
    received_ack = 2

    def session_engine(self) -> dict[str, Any]:
        return {"engine": self.name, "grpc": {"client": "READY", "stream": "READY"}}

    def _info(self, message: Message, ctx: Context) -> dict[str, Any]:
        if message.from_me:
            sender, push_name = ctx.device_jid, ctx.me.push_name
        else:
            sender, push_name = whatsmeow_jid(message.participant or message.chat_id), ""
        kind = "media" if message.media is not None or _MEDIA_TYPE.get(message.type) else "text"
        info = _message_info(message.chat_id, sender, message.raw_id, message.timestamp, _TYPE.get(message.type, kind))
        info.update(
            IsFromMe=message.from_me,
            PushName=push_name,
            MediaType=_MEDIA_TYPE.get(message.type, ""),
            Edit="1" if message.edited_at is not None else "",
        )
        return info

    def addressing(self, message: Message, ctx: Context) -> dict[str, Any]:
        """``getFromToParticipant``: ``from`` is always the chat; ``to`` and ``participant`` are the sender
        in a group or on a status (``Info.IsGroup``: the account itself for its own messages) and null in
        direct chats and channels."""
        sender = (ctx.me.id if message.from_me else message.participant) if is_grouped(message.chat_id) else None
        return {"from": message.chat_id, "to": sender, "participant": sender}

    def ack_events(
        self, message: Message, members: list[str], ctx: Context, at: float
    ) -> list[tuple[str, dict[str, Any]]]:
        """Acks come from whatsmeow's receipts only (``subscribeEngineEvents2``, ``receiptToMessageAck``), and
        no receipt type means SERVER: the SERVER of a send is its ``message.any`` echo, never an ack event, in
        a direct chat as in a group. A group's receipts are ``message.ack.group``, one per member, ``to`` and
        ``participant`` that member; the others are ``message.ack``. ``_data`` is the receipt."""
        kind = _RECEIPT_TYPE.get(message.ack)
        if kind is None:
            return []
        if message.chat_id.endswith("@g.us"):
            return [
                (
                    "message.ack.group",
                    self.ack_payload(
                        message,
                        {"from": message.chat_id, "to": m, "participant": m},
                        _data=self._receipt(message, m, kind, at),
                    ),
                )
                for m in members
            ]
        addressing = self.addressing(message, ctx)
        reader = addressing["participant"] or message.chat_id  # (a status' viewers are not emulated)
        return [("message.ack", self.ack_payload(message, addressing, _data=self._receipt(message, reader, kind, at)))]

    @staticmethod
    def _receipt(message: Message, reader: str, kind: str, at: float) -> dict[str, Any]:
        """whatsmeow's ``events.Receipt`` for the account's own ``message``, sent by ``reader``: its
        ``MessageSource`` (Go field names, as ``Info``), the message ids, the time, the type and an empty
        ``MessageSender`` (WAHA then takes the account's own id for the message id)."""
        return {
            **_message_source(message.chat_id, whatsmeow_jid(reader)),
            "MessageIDs": [message.raw_id],
            "Timestamp": rfc3339(at),
            "Type": kind,
            "MessageSender": "",
        }

    def poll_vote(self, ballot: Ballot, ctx: Context) -> tuple[str, dict[str, Any]]:
        """``toPollVotePayload`` of whatsmeow's ``PollVoteEvent``: the vote addressed as any message
        (``from`` the chat, ``to``/``participant`` the voter in a group, null otherwise), ``timestamp`` the
        vote's ``senderTimestampMS`` (milliseconds), ``poll`` the creation key that ``fixPollCreationKey``
        turns back to the account's view. Votes GOWS cannot decrypt come with ``selectedOptions`` null
        (``Votes`` unset), which is what sends them to ``poll.vote.failed``."""
        poll, me = ballot.poll, ctx.me.id
        group = poll.chat_id.endswith("@g.us")
        voter = ballot.voter if group else None
        votes = None if ballot.failed else list(ballot.options)
        sent_ms = int(ballot.at * 1000)
        update = {"pollCreationMessageKey": _creation_key(poll.chat_id, poll.raw_id, me), "senderTimestampMS": sent_ms}
        payload = {
            "poll": destination(poll.id, poll.chat_id, me if group else "me", True),
            "vote": {
                "id": Ids.message_id(False, poll.chat_id, ballot.raw_id, voter),
                "from": poll.chat_id,
                "fromMe": False,
                "to": voter,
                "participant": voter,
                "selectedOptions": votes,
                "timestamp": sent_ms,
            },
            "_data": {
                "Info": _message_info(poll.chat_id, whatsmeow_jid(ballot.voter), ballot.raw_id, ballot.at, "poll"),
                "Message": {"pollUpdateMessage": update},
                "Votes": votes,
            },
        }
        return ("poll.vote.failed" if ballot.failed else "poll.vote", payload)

    def event_response(self, rsvp: Rsvp, ctx: Context) -> tuple[str, dict[str, Any]]:
        """``toEventResponsePayload``: the response message as ``toWAMessage`` converts it, plus
        ``eventCreationKey``, the creation key as the responder sent it (no fixing as for polls: in a
        direct chat ``from`` is the account and ``to`` is "me"), and ``eventResponse``, null when GOWS could
        not decrypt the answer (``event.response.failed``)."""
        me = ctx.me.id
        group = rsvp.chat.endswith("@g.us")
        responder = rsvp.responder if group else None
        answer = None
        if rsvp.response is not None:
            answer = {
                "response": rsvp.response,
                "timestampMs": int(rsvp.at * 1000),
                "extraGuestCount": rsvp.extra_guests,
            }
        key_chat = rsvp.chat if group else me
        creation = destination(
            Ids.message_id(False, key_chat, rsvp.event_raw_id, me if group else None),
            rsvp.chat if group else "me",
            me,
            False,
        )
        payload = {
            "id": Ids.message_id(False, rsvp.chat, rsvp.raw_id, responder),
            "timestamp": int(rsvp.at),
            "from": rsvp.chat,
            "fromMe": False,
            "source": "app",
            "body": None,
            "to": responder,
            "participant": responder,
            "hasMedia": False,
            "media": None,
            "ack": None,
            "ackName": "UNKNOWN",
            "location": None,
            "vCards": [],
            "replyTo": None,
            "eventCreationKey": creation,
            "eventResponse": answer,
            "_data": {
                "Info": _message_info(rsvp.chat, whatsmeow_jid(rsvp.responder), rsvp.raw_id, rsvp.at, "text"),
                "Message": {
                    "encEventResponseMessage": {
                        "eventCreationMessageKey": _creation_key(rsvp.chat, rsvp.event_raw_id, me)
                    }
                },
                "EventResponse": None
                if answer is None
                else {
                    "response": rsvp.response,
                    "timestampMS": answer["timestampMs"],
                    "extraGuestCount": rsvp.extra_guests,
                },
            },
        }
        return ("event.response" if answer is not None else "event.response.failed", payload)

    def message_data(self, message: Message, ctx: Context) -> dict[str, Any]:
        content = waproto.content(message, waproto.WHATSMEOW)
        return {
            "Info": self._info(message, ctx),
            "Message": content,
            "IsEphemeral": False,
            "IsViewOnce": False,
            "IsViewOnceV2": False,
            "IsDocumentWithCaption": False,
            "IsLottieSticker": False,
            "IsEdit": message.edited_at is not None,
            "SourceWebMsg": None,
            "UnavailableRequestID": "",
            "RetryCount": 0,
            "NewsletterMeta": None,
            "RawMessage": content,
        }

    def sent_message(self, message: Message, ctx: Context) -> dict[str, Any]:
        return {"id": message.id, "_data": self.message_data(message, ctx)}

    def contact(self, contact: dict[str, Any]) -> dict[str, Any]:
        """``toWAContact``: the id in ``@c.us`` form, the saved name and the push name, nothing else."""
        return {"id": contact["id"], "name": contact["name"], "pushname": contact["pushname"]}

    def channel_post(self, message: dict[str, Any]) -> dict[str, Any]:
        """``GowsChannelMessageToChannelMessage`` puts the channel in ``Info.Chat`` and ``Info.Sender`` with
        ``IsGroup`` unset, so ``toWAMessage`` gives ``from`` the channel and a null ``to`` and ``participant``."""
        return {**message, "to": None, "participant": None}

    def number_status(self, found: dict[str, Any]) -> dict[str, Any]:
        """``checkNumberStatus`` adds the phone-number jid (``pn``) whatsmeow reports beside the chat id."""
        return {**found, "pn": found["chatId"]} if found.get("numberExists") else found

    def group(self, group: Group, ctx: Context) -> dict[str, Any]:
        owner = whatsmeow_jid(group.owner)
        created = rfc3339(group.creation)
        return {
            "JID": group.id,
            "OwnerJID": owner,
            "OwnerPN": owner,
            "Name": group.subject,
            "NameSetAt": created,
            "NameSetBy": owner,
            "NameSetByPN": owner,
            "Topic": group.description or "",
            "TopicID": "",
            "TopicSetAt": created,
            "TopicSetBy": owner if group.description else "",
            "TopicSetByPN": owner if group.description else "",
            "TopicDeleted": False,
            "IsLocked": group.info_admin_only,
            "IsAnnounce": group.messages_admin_only,
            "AnnounceVersionID": "",
            "IsEphemeral": False,
            "DisappearingTimer": 0,
            "IsIncognito": False,
            "IsParent": False,
            "DefaultMembershipApprovalMode": "",
            "LinkedParentJID": "",
            "IsDefaultSubGroup": False,
            "IsJoinApprovalRequired": group.approval_required,
            "GroupCreated": created,
            "CreatorCountryCode": "",
            "ParticipantVersionID": "",
            "Participants": self.participants(group, ctx),
            "MemberAddMode": "all_member_add" if group.members_can_add else "admin_add",
            "AddressingMode": "pn",
        }

    def participants_changed(self, group: Group, action: str, members: list[str], ctx: Context) -> Any:
        """``UpdateGroupParticipants``: whatsmeow's participant objects of the members changed."""
        return [self.participant(group, member, ctx) for member in members]

    def participant(self, group: Group, member: str, ctx: Context) -> dict[str, Any]:
        role = group.role_of(member)
        lid = member if member.endswith("@lid") else ctx.lid_of(member)
        phone = "" if member.endswith("@lid") else whatsmeow_jid(member)
        return {
            "JID": phone or lid,
            "PhoneNumber": phone,
            "LID": lid,
            "IsAdmin": role in ("admin", "superadmin"),
            "IsSuperAdmin": role == "superadmin",
            "DisplayName": "",
            "Error": 0,
            "AddRequest": None,
        }
