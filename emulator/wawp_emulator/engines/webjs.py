"""WEBJS: WAHA's engine on whatsapp-web.js (a browser running WhatsApp Web).

Sources (``devlikeapro/waha``): ``src/core/engines/webjs/session.webjs.core.ts``: sends return what
``client.sendMessage`` returns, a whatsapp-web.js ``Message`` (``id`` an object ``{fromMe, remote,
id, _serialized}``, the page's raw model in ``_data``); ``toWAMessage`` puts ``message.rawData`` in
``WAMessage._data``; ``getGroups`` returns the ``GroupChat`` objects of ``getChats()`` (ids
``{server, user, _serialized}``, the metadata in ``groupMetadata``); ``getEngineInfo`` reports
``WWebVersion`` and ``state``. The vendor's v2 docs show this ``_data`` in their send samples.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from wawp_emulator.engines.base import Context, Engine, destination
from wawp_emulator.ids import Ids
from wawp_emulator.jids import is_grouped

if TYPE_CHECKING:
    from wawp_emulator.state.groups import Group
    from wawp_emulator.state.messages import Ballot, Message

__all__ = ["Webjs", "wid"]

WWEB_VERSION = "2.3000.1023204367"
_ADDED = "The participant was added successfully"
_RECEIPT_TYPE = {2: None, 3: "read", 4: "played"}
"""The ``type`` attribute of WhatsApp Web's receipt node by the ack level Baileys'
``getStatusFromReceiptType`` reads from it (none: a delivery); no member's receipt gives SERVER or ERROR."""


def wid(jid: str) -> dict[str, str]:
    """whatsapp-web.js' ``Wid``: ``{server, user, _serialized}``."""
    user, _, server = jid.partition("@")
    return {"server": server, "user": user, "_serialized": jid}


def _node_jid(jid: str) -> dict[str, Any]:
    """A jid in a WhatsApp Web binary node's attributes: a ``Wid`` under ``$1`` (what WAHA's ``jid`` reads)."""
    user, _, server = jid.partition("@")
    return {"$1": {"user": user, "server": server}}


def _ends(message: Message, ctx: Context) -> tuple[str, str]:
    """``from`` and ``to`` of ``message`` as whatsapp-web.js names them."""
    own = ctx.me.id
    return (own, message.chat_id) if message.from_me else (message.chat_id, own)


class Webjs(Engine):
    name = "WEBJS"

    def session_engine(self) -> dict[str, Any]:
        return {"engine": self.name, "WWebVersion": WWEB_VERSION, "state": "CONNECTED"}

    def addressing(self, message: Message, ctx: Context) -> dict[str, Any]:
        """whatsapp-web.js' ``from``/``to``: the account and the chat for its own messages, the chat and
        the account for others' (in a group ``from`` is the group); ``participant`` the author in a group."""
        sender, receiver = _ends(message, ctx)
        return {"from": sender, "to": receiver, "participant": message.participant}

    def ack_events(
        self, message: Message, members: list[str], ctx: Context, at: float
    ) -> list[tuple[str, dict[str, Any]]]:
        """whatsapp-web.js' ``message_ack`` goes through ``toWAMessage`` (``subscribeEngineEvents2``): the whole
        message at its new level, media not downloaded, ``_data`` the message's ``rawData``, for direct chats
        only. A group's and a status' acks come from the page's receipt nodes instead (``TAG_RECEIPT``,
        ``TagReceiptNodeToReceiptEvent``, ``TagReceiptToMessageAck``): ``message.ack.group``, one per member
        whose receipt it is (a status' viewers are not emulated, so a status has none)."""
        if is_grouped(message.chat_id):
            if message.ack not in _RECEIPT_TYPE:
                return []
            kind = _RECEIPT_TYPE[message.ack]
            return [("message.ack.group", self._receipt_ack(message, member, kind, at)) for member in members]
        body = message.to_json(self.addressing(message, ctx), download_media=False)
        return [("message.ack", {**body, "_data": self.message_data(message, ctx)})]

    def _receipt_ack(self, message: Message, member: str, kind: str | None, at: float) -> dict[str, Any]:
        """``TagReceiptToMessageAck`` of ``member``'s receipt for the account's own ``message``: the receipt
        key is the chat, ``fromMe`` and the account as its participant (so the id ends with it), so
        ``getFromToParticipant`` gives the chat as ``from`` and ``to``; ``participant`` is the member;
        ``fromMe`` is the key's reversed (false); ``_data`` the receipt node."""
        attrs: dict[str, Any] = {
            "id": message.raw_id,
            "from": _node_jid(message.chat_id),
            "participant": _node_jid(member),
            "t": str(int(at)),
        }
        if kind is not None:
            attrs["type"] = kind
        chat = message.chat_id
        addressing = {"from": chat, "to": chat, "participant": member}
        return {**self.ack_payload(message, addressing, _data={"tag": "receipt", "attrs": attrs}), "fromMe": False}

    def poll_vote(self, ballot: Ballot, ctx: Context) -> tuple[str, dict[str, Any]] | None:
        """``toPollVotePayload`` of whatsapp-web.js' ``vote_update``: ``getDestination`` of the poll's key
        and of a vote key built from it, so the vote's id carries the poll's raw id (and the voter in a
        group), ``to`` the account in a direct chat; ``timestamp`` the vote's ``interractedAtTs``
        (milliseconds); ``_data`` the ``PollVote`` (its ``parentMessage`` given here as the poll's raw
        model). WEBJS reports no ``poll.vote.failed``."""
        if ballot.failed:
            return None
        poll, me = ballot.poll, ctx.me.id
        group = poll.chat_id.endswith("@g.us")
        cast_ms = int(ballot.at * 1000)
        vote_id = Ids.message_id(False, poll.chat_id, poll.raw_id, ballot.voter if group else None)
        vote = destination(vote_id, poll.chat_id if group else me, ballot.voter if group else poll.chat_id, False)
        vote.update(selectedOptions=list(ballot.options), timestamp=cast_ms)
        names = list((poll.poll or {}).get("options", ()))
        data = {
            "voter": ballot.voter,
            "selectedOptions": [{"name": name, "localId": names.index(name)} for name in ballot.options],
            "interractedAtTs": cast_ms,
            "parentMessage": self.message_data(poll, ctx),
        }
        return ("poll.vote", {"poll": destination(poll.id, poll.chat_id, me, True), "vote": vote, "_data": data})

    def reaction_addressing(self, reaction: Message, ctx: Context) -> dict[str, Any]:
        """``processMessageReaction``: ``from`` and ``participant`` are whoever reacted (``senderId``), ``to``
        the chat (``id.remote``)."""
        return {"from": reaction.sender, "to": reaction.chat_id, "participant": reaction.sender}

    def message_data(self, message: Message, ctx: Context) -> dict[str, Any]:
        sender, receiver = _ends(message, ctx)
        data: dict[str, Any] = {
            "id": self._key(message),
            "body": message.body or "",
            "type": message.type,
            "t": message.timestamp,
            "from": wid(sender),
            "to": wid(receiver),
            "ack": message.ack,
            "isNewMsg": True,
            "star": message.starred,
            "isForwarded": False,
            "hasReaction": bool(message.reactions),
        }
        if message.participant is not None:
            data["author"] = wid(message.participant)
        if message.media is not None:
            data.update(mimetype=message.media.mimetype, filename=message.media.filename, size=message.media.size)
            if message.body:
                data["caption"] = message.body
        if message.location is not None:
            data.update(lat=float(message.location["latitude"]), lng=float(message.location["longitude"]))
            label = message.location.get("name") or message.location.get("description")
            if label:
                data["loc"] = label
        if message.poll is not None:
            data.update(
                pollName=message.poll["name"],
                pollOptions=[{"name": name, "localId": i} for i, name in enumerate(message.poll["options"])],
                pollSelectableOptionsCount=message.poll["selectableCount"],
            )
        if message.vcards:
            data["vcardList"] = [{"vcard": card} for card in message.vcards]
        if message.link_preview is not None:
            data.update(message.link_preview)
        if message.pinned_until is not None:
            data["pinExpiration"] = message.pinned_until
        if message.edited_at is not None:
            data["latestEditSenderTimestampMs"] = message.edited_at * 1000
        if message.latest_edit is not None:
            from_me, remote, raw = message.latest_edit.split("_")[:3]
            data["latestEditMsgKey"] = {
                "fromMe": from_me == "true",
                "remote": remote,
                "id": raw,
                "_serialized": message.latest_edit,
            }
        return data

    @staticmethod
    def _key(message: Message) -> dict[str, Any]:
        """WhatsApp Web's ``MsgKey``: in a group or on a status it names the sender (``participant``), the
        account itself for its own messages, as the serialized id's last part does."""
        key: dict[str, Any] = {"fromMe": message.from_me, "remote": message.chat_id, "id": message.raw_id}
        if message.id_participant is not None:
            key["participant"] = wid(message.id_participant)
        return {**key, "_serialized": message.id}

    def sent_message(self, message: Message, ctx: Context) -> dict[str, Any]:
        sender, receiver = _ends(message, ctx)
        body: dict[str, Any] = {
            "_data": self.message_data(message, ctx),
            "mediaKey": None,
            "id": self._key(message),
            "ack": message.ack,
            "hasMedia": message.media is not None,
            "body": message.body or "",
            "type": message.type,
            "timestamp": message.timestamp,
            "from": sender,
            "to": receiver,
            "author": message.participant,
            "deviceType": "web",
            "isForwarded": False,
            "forwardingScore": 0,
            "isStatus": message.chat_id == "status@broadcast",
            "isStarred": message.starred,
            "broadcast": message.chat_id.endswith("@broadcast"),
            "fromMe": message.from_me,
            "hasQuotedMsg": message.reply_to is not None,
            "hasReaction": bool(message.reactions),
            "vCards": list(message.vcards),
            "mentionedIds": [],
            "groupMentions": [],
            "isGif": False,
            "links": [],
        }
        if message.location is not None:
            body["location"] = {
                "latitude": float(message.location["latitude"]),
                "longitude": float(message.location["longitude"]),
                **({"description": message.location["description"]} if message.location.get("description") else {}),
            }
        return body

    def group(self, group: Group, ctx: Context) -> dict[str, Any]:
        metadata = {
            "id": wid(group.id),
            "creation": group.creation,
            "owner": wid(group.owner),
            "subject": group.subject,
            "subjectTime": group.creation,
            "desc": group.description or "",
            "restrict": group.info_admin_only,
            "announce": group.messages_admin_only,
            "noFrequentlyForwarded": False,
            "ephemeralDuration": 0,
            "membershipApprovalMode": group.approval_required,
            "memberAddMode": "all_member_add" if group.members_can_add else "admin_add",
            "size": len(group.participants),
            "support": False,
            "suspended": False,
            "terminated": False,
            "isParentGroup": False,
            "defaultSubgroup": False,
            "isLidAddressingMode": False,
            "participants": self.participants(group, ctx),
            "pendingParticipants": [],
            "pastParticipants": [],
            "membershipApprovalRequests": [],
        }
        return {
            "groupMetadata": metadata,
            "id": wid(group.id),
            "name": group.subject,
            "isGroup": True,
            "isReadOnly": False,
            "unreadCount": 0,
            "timestamp": group.creation,
            "archived": False,
            "pinned": False,
            "isMuted": False,
            "muteExpiration": 0,
        }

    def edited(self, target: Message, sent: Message, ctx: Context) -> dict[str, Any]:
        """``message.edit()`` resolves to the edited message itself (its ``_data.latestEditMsgKey`` names the edit)."""
        return self.sent_message(target, ctx)

    def group_created(self, group: Group, ctx: Context) -> dict[str, Any]:
        """``client.createGroup``: ``{title, gid, participants}``, one add result per member but the creator."""
        added = {
            member: {"statusCode": 200, "message": _ADDED, "isGroupCreator": False, "isInviteV4Sent": False}
            for member in group.participants
            if member != group.owner
        }
        return {"title": group.subject, "gid": wid(group.id), "participants": added}

    def participants_changed(self, group: Group, action: str, members: list[str], ctx: Context) -> Any:
        """``GroupChat.addParticipants`` answers one result per member; remove/promote/demote ``{status}``."""
        if action == "add":
            return {member: {"code": 200, "message": _ADDED, "isInviteV4Sent": False} for member in members}
        return {"status": 200}

    def chat(self, chat: dict[str, Any]) -> dict[str, Any]:
        return {**chat, "id": wid(str(chat["id"]))}

    def contact(self, contact: dict[str, Any]) -> dict[str, Any]:
        """``toWAContact`` keeps whatsapp-web.js' ``Contact`` fields (business flags, labels, ``type``)."""
        kind = "in" if contact.get("isMyContact") else "out"
        return {**contact, "isBusiness": False, "isEnterprise": False, "labels": [], "type": kind, "isUser": True}

    def label_chat(self, chat: dict[str, Any]) -> dict[str, Any]:
        """``getChatsByLabelId`` answers the whole whatsapp-web.js chats."""
        return self.chat(chat)

    def participant(self, group: Group, member: str, ctx: Context) -> dict[str, Any]:
        role = group.role_of(member)
        return {"id": wid(member), "isAdmin": role in ("admin", "superadmin"), "isSuperAdmin": role == "superadmin"}
