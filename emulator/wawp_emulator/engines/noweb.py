"""NOWEB: WAHA's engine on baileys (the WhatsApp Web protocol over a websocket, no browser).

Sources (``devlikeapro/waha``): ``src/core/engines/noweb/session.noweb.core.ts``: sends return what
``sock.sendMessage`` returns, baileys' ``WebMessageInfo`` (``{key: {remoteJid, fromMe, id},
message, messageTimestamp, status}``, serialised by protobufjs' ``toJSON``: longs and enums as
strings); ``toWAMessage`` puts that same object in ``WAMessage._data``; groups are baileys'
``GroupMetadata`` (``id``, ``subject``, ``owner``, ``desc``, ``restrict``, ``announce``,
``participants[{id, admin}]``), and ``getGroups`` keys them by id for backward compatibility.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from wawp_emulator.engines import waproto
from wawp_emulator.engines.base import Context, Engine, destination
from wawp_emulator.engines.gows import whatsmeow_jid
from wawp_emulator.ids import Ids
from wawp_emulator.jids import is_grouped

if TYPE_CHECKING:
    from wawp_emulator.state.groups import Group
    from wawp_emulator.state.messages import Ballot, Message

__all__ = ["Noweb"]

# baileys' WebMessageInfo.Status names, by WAHA ack level (StatusToAck is its inverse)
_STATUS = {-1: "ERROR", 0: "PENDING", 1: "SERVER_ACK", 2: "DELIVERY_ACK", 3: "READ", 4: "PLAYED"}


class Noweb(Engine):
    name = "NOWEB"

    signs_own_ids = False  # baileys keys the account's own sends without a participant
    # acks: the base's message.ack, no _data, as convertMessageUpdateToMessageAck builds it from baileys'
    # messages.update; a group member's own receipt (message-receipt.update, _data the event) is not emulated

    def session_engine(self) -> dict[str, Any]:
        return {"engine": self.name}

    def addressing(self, message: Message, ctx: Context) -> dict[str, Any]:
        """``getFromToParticipant(key)``: ``from`` is the chat; only a key with a participant (someone's
        message in a group or on a status) gives ``to`` (the chat again) and ``participant``; otherwise
        both are undefined and leave the JSON."""
        if message.participant is None:
            return {"from": message.chat_id}
        return {"from": message.chat_id, "to": message.chat_id, "participant": message.participant}

    def poll_vote(self, ballot: Ballot, ctx: Context) -> tuple[str, dict[str, Any]]:
        """``handleMessagesUpdatePollVote``: ``getDestination`` of the vote's key (``to`` "me" in a direct
        chat, the group otherwise; ``from`` the voter) and of the poll's own key, ``timestamp`` the vote's
        ``senderTimestampMs``; no ``_data``. A vote whose poll baileys cannot find
        (``handleMessageUpsertPollVoteFailed``) has no options, the message's time in seconds, and the poll
        key as the voter sent it (``fromMe`` false, ``from`` the account)."""
        poll, me = ballot.poll, ctx.me.id
        group = poll.chat_id.endswith("@g.us")
        vote_id = Ids.message_id(False, poll.chat_id, ballot.raw_id, ballot.voter if group else None)
        vote = destination(vote_id, poll.chat_id if group else "me", ballot.voter if group else poll.chat_id, False)
        if ballot.failed:
            creation_id = Ids.message_id(False, poll.chat_id if group else me, poll.raw_id, me if group else None)
            poll_key = destination(creation_id, poll.chat_id if group else "me", me, False)
            vote.update(selectedOptions=[], timestamp=int(ballot.at))
            return ("poll.vote.failed", {"vote": vote, "poll": poll_key})
        vote.update(selectedOptions=list(ballot.options), timestamp=int(ballot.at * 1000))
        return ("poll.vote", {"vote": vote, "poll": destination(poll.id, poll.chat_id, "me", True)})

    def message_data(self, message: Message, ctx: Context) -> dict[str, Any]:
        key: dict[str, Any] = {
            "remoteJid": whatsmeow_jid(message.chat_id),
            "fromMe": message.from_me,
            "id": message.raw_id,
        }
        if message.participant is not None:
            key["participant"] = whatsmeow_jid(message.participant)
        data: dict[str, Any] = {
            "key": key,
            "message": waproto.content(message, waproto.BAILEYS),
            "messageTimestamp": str(message.timestamp),
            "status": _STATUS.get(message.ack, "PENDING"),
        }
        if message.from_me and is_grouped(message.chat_id):
            # generateWAMessageFromContent: the sender of an own group or status message stands beside the
            # key (``participant``, the account's device jid), never in it
            data["participant"] = ctx.device_jid
        if message.from_me:
            data["pushName"] = ctx.me.push_name
        return data

    def sent_message(self, message: Message, ctx: Context) -> dict[str, Any]:
        """``sock.sendMessage``'s ``WebMessageInfo``; ``sendPoll`` alone converts it with ``toWAMessage``."""
        if message.poll is not None:
            return {**message.to_json(self.addressing(message, ctx)), "_data": self.message_data(message, ctx)}
        return self.message_data(message, ctx)

    def contact(self, contact: dict[str, Any]) -> dict[str, Any]:
        """``toWAContact``: baileys' ``Contact`` with ``notify`` renamed ``pushname``; a name or push name
        baileys does not know is undefined, so it leaves the JSON."""
        return {"id": contact["id"], **{key: contact[key] for key in ("name", "pushname") if contact[key] is not None}}

    def group(self, group: Group, ctx: Context) -> dict[str, Any]:
        owner = whatsmeow_jid(group.owner)
        body: dict[str, Any] = {
            "id": group.id,
            "addressingMode": "pn",
            "owner": owner,
            "subject": group.subject,
            "subjectOwner": owner,
            "subjectTime": group.creation,
            "creation": group.creation,
            "size": len(group.participants),
            "restrict": group.info_admin_only,
            "announce": group.messages_admin_only,
            "isCommunity": False,
            "isCommunityAnnounce": False,
            "joinApprovalMode": group.approval_required,
            "memberAddMode": group.members_can_add,
            "participants": self.participants(group, ctx),
        }
        if group.description:
            body.update(desc=group.description, descOwner=owner, descId=f"{group.creation:X}")
        return body

    def groups(self, groups: list[Group], ctx: Context) -> Any:
        """``getGroups`` keys the groups by id ("for backward compatibility", says WAHA): an object, not a list."""
        return {group.id: self.group(group, ctx) for group in groups}

    def participants_changed(self, group: Group, action: str, members: list[str], ctx: Context) -> Any:
        """baileys' ``groupParticipantsUpdate``: ``[{status, jid}]``, the status an HTTP-like code string."""
        return [{"status": "200", "jid": whatsmeow_jid(member)} for member in members]

    def participant(self, group: Group, member: str, ctx: Context) -> dict[str, Any]:
        role = group.role_of(member)
        return {"id": whatsmeow_jid(member), "admin": role if role in ("admin", "superadmin") else None}
