"""The WhatsApp protobuf ``Message`` of a stored message, as protojson.

GOWS (whatsmeow's ``events.Message.Message``) and NOWEB (baileys' ``WebMessageInfo.message``) both
carry this object: ``extendedTextMessage``, ``imageMessage``, ``locationMessage``,
``pollCreationMessageV3``, ``contactMessage``, ``reactionMessage``, ``protocolMessage``... 64-bit
numbers are strings. The two differ in a few field names, because whatsmeow's protos spell
initialisms in capitals (``remoteJID``, ``ID``, ``URL``, ``senderTimestampMS``) where baileys' do not:
:data:`WHATSMEOW` and :data:`BAILEYS` name them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from wawp_emulator.state.messages import Message

__all__ = ["BAILEYS", "WHATSMEOW", "ProtoNames", "content"]

_MEDIA_FIELD = {"image": "imageMessage", "document": "documentMessage", "ptt": "audioMessage", "video": "videoMessage"}
_BYTES_PER_SECOND = 16000  # a plausible opus / mp4 bitrate, for the ``seconds`` of voice and video


@dataclass(frozen=True)
class ProtoNames:
    """The field names that differ between whatsmeow's and baileys' protos."""

    remote_jid: str
    key_id: str
    url: str
    sender_timestamp_ms: str


WHATSMEOW = ProtoNames(remote_jid="remoteJID", key_id="ID", url="URL", sender_timestamp_ms="senderTimestampMS")
BAILEYS = ProtoNames(remote_jid="remoteJid", key_id="id", url="url", sender_timestamp_ms="senderTimestampMs")


def _context(message: Message) -> dict[str, Any]:
    """``contextInfo`` of a reply: the quoted message's key id and author."""
    if message.reply_to is None:
        return {}
    parts = message.reply_to.split("_")
    quoted = parts[2] if len(parts) >= 3 else message.reply_to
    return {"contextInfo": {"stanzaId": quoted, "participant": message.chat_id}}


def _key(message_id: str, names: ProtoNames) -> dict[str, Any]:
    """The proto ``MessageKey`` of a serialized id ``{fromMe}_{chat}_{ID}[_{participant}]``."""
    from_me, chat, raw = [*message_id.split("_"), "", ""][:3]
    return {
        names.remote_jid: chat.replace("@c.us", "@s.whatsapp.net"),
        "fromMe": from_me == "true",
        names.key_id: raw,
    }


def _protocol(message: Message, names: ProtoNames) -> dict[str, Any] | None:
    """A reaction, edit or revoke (``Message.target`` is the message acted on), else ``None``."""
    if message.target is None:
        return None
    key = _key(message.target, names)
    if message.type == "reaction":
        millis = str(message.timestamp * 1000)
        return {"reactionMessage": {"key": key, "text": message.body or "", names.sender_timestamp_ms: millis}}
    if message.type == "edit":
        edited = {"conversation": message.body or ""}
        return {"protocolMessage": {"key": key, "type": "MESSAGE_EDIT", "editedMessage": edited}}
    return {"protocolMessage": {"key": key, "type": "REVOKE"}}


def _media(message: Message, names: ProtoNames, context: dict[str, Any]) -> dict[str, Any]:
    media = message.media
    assert media is not None
    path = "/" + media.url.split("://", 1)[-1].split("/", 1)[-1]
    body: dict[str, Any] = {
        names.url: media.url,
        "directPath": path,
        "mimetype": media.mimetype,
        "fileLength": str(media.size),
        "mediaKeyTimestamp": str(message.timestamp),
        **context,
    }
    if message.body and message.type != "ptt":
        body["caption"] = message.body
    if message.type == "document" and media.filename:
        body["fileName"] = media.filename
    if message.type in ("ptt", "video"):
        body["seconds"] = max(1, media.size // _BYTES_PER_SECOND)
    if message.type == "ptt":
        body["ptt"] = True
    if message.type == "video" and message.is_note:
        body["gifPlayback"] = False
    return {_MEDIA_FIELD.get(message.type, "documentMessage"): body}


def content(message: Message, names: ProtoNames) -> dict[str, Any]:
    """The proto ``Message`` for ``message`` (text, media, location, poll, contact cards, protocol messages).

    Text the instance sends is an ``extendedTextMessage`` (what whatsmeow and baileys build for a text
    send); text typed on a phone arrives as a plain ``conversation``.
    """
    protocol = _protocol(message, names)
    if protocol is not None:
        return protocol
    context = _context(message)
    if message.media is not None:
        return _media(message, names, context)
    if message.location is not None:
        location = {
            "degreesLatitude": float(message.location["latitude"]),
            "degreesLongitude": float(message.location["longitude"]),
        }
        for key, name in (("name", "name"), ("description", "address")):
            if message.location.get(key):
                location[name] = message.location[key]
        return {"locationMessage": {**location, **context}}
    if message.interactive is not None and message.type in _INTERACTIVE:
        return {_INTERACTIVE[message.type]: {**_interactive(message.type, message.interactive), **context}}
    if message.poll is not None:
        return {
            "pollCreationMessageV3": {
                "name": message.poll["name"],
                "options": [{"optionName": option} for option in message.poll["options"]],
                "selectableOptionsCount": message.poll["selectableCount"],
                **context,
            }
        }
    if message.vcards:
        cards = [{"displayName": _card_name(card), "vcard": card} for card in message.vcards]
        if len(cards) == 1:
            return {"contactMessage": {**cards[0], **context}}
        return {"contactsArrayMessage": {"displayName": f"{len(cards)} contacts", "contacts": cards, **context}}
    if not (message.from_me or message.link_preview is not None or context):
        return {"conversation": message.body or ""}
    text: dict[str, Any] = {"text": message.body or "", **context, **(message.text_style or {})}
    if message.link_preview is not None:
        text.update(
            matchedText=message.link_preview["matchedText"],
            title=message.link_preview["title"],
            description=message.link_preview["description"],
        )
    return {"extendedTextMessage": text}


_INTERACTIVE = {"list": "listMessage", "event_creation": "eventMessage"}
"""The proto field of a list (``ListMessage``) and of an Event (``EventMessage``, WAHA's ``EventMessage`` DTO)."""


def _interactive(kind: str, sent: dict[str, Any]) -> dict[str, Any]:
    """A list's or an Event's proto body from what was sent (the Event's fields are the proto's own names)."""
    if kind == "event_creation":
        return {"isCanceled": False, **sent}
    rows = [
        {"title": section.get("title", ""), "rows": [dict(row) for row in section["rows"]]}
        for section in sent["sections"]
    ]
    out = {"buttonText": sent["button"], "listType": "SINGLE_SELECT", "sections": rows}
    for key, name in (("title", "title"), ("description", "description"), ("footer", "footerText")):
        if sent.get(key):
            out[name] = sent[key]
    return out


def _card_name(vcard: str) -> str:
    for line in vcard.splitlines():
        if line.startswith("FN:"):
            return line[3:]
    return "Contact"
