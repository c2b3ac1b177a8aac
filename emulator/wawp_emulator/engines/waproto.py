"""The WhatsApp protobuf ``Message`` of a stored message, in protojson field names.

GOWS (whatsmeow's ``events.Message.Message``) and NOWEB (baileys' ``WebMessageInfo.message``) both
carry this object, with the same field names: ``conversation``, ``extendedTextMessage``,
``imageMessage``, ``locationMessage``, ``pollCreationMessageV3``, ``contactMessage``...
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from wawp_emulator.state.messages import Message

__all__ = ["content"]

_MEDIA_FIELD = {"image": "imageMessage", "document": "documentMessage", "ptt": "audioMessage", "video": "videoMessage"}


def _context(message: Message) -> dict[str, Any]:
    """``contextInfo`` of a reply: the quoted message's key id and author."""
    if message.reply_to is None:
        return {}
    parts = message.reply_to.split("_")
    quoted = parts[2] if len(parts) >= 3 else message.reply_to
    return {"contextInfo": {"stanzaId": quoted, "participant": message.chat_id}}


def _key(message_id: str) -> dict[str, Any]:
    """The proto ``MessageKey`` of a serialized id ``{fromMe}_{chat}_{ID}[_{participant}]``."""
    from_me, chat, raw = [*message_id.split("_"), "", ""][:3]
    return {"remoteJid": chat.replace("@c.us", "@s.whatsapp.net"), "fromMe": from_me == "true", "id": raw}


def _protocol(message: Message) -> dict[str, Any] | None:
    """A reaction, edit or revoke (``Message.target`` is the message acted on), else ``None``."""
    if message.target is None:
        return None
    key = _key(message.target)
    if message.type == "reaction":
        millis = str(message.timestamp * 1000)
        return {"reactionMessage": {"key": key, "text": message.body or "", "senderTimestampMs": millis}}
    if message.type == "edit":
        edited = {"conversation": message.body or ""}
        return {"protocolMessage": {"key": key, "type": "MESSAGE_EDIT", "editedMessage": edited}}
    return {"protocolMessage": {"key": key, "type": "REVOKE"}}


def content(message: Message) -> dict[str, Any]:
    """The proto ``Message`` for ``message`` (text, media, location, poll, contact cards, protocol messages)."""
    protocol = _protocol(message)
    if protocol is not None:
        return protocol
    context = _context(message)
    if message.media is not None:
        media: dict[str, Any] = {
            "url": message.media.url,
            "mimetype": message.media.mimetype,
            "fileLength": str(message.media.size),
            **context,
        }
        if message.body:
            media["caption"] = message.body
        if message.type == "document" and message.media.filename:
            media["fileName"] = message.media.filename
        if message.type == "ptt":
            media["ptt"] = True
        if message.type == "video" and message.is_note:
            media["gifPlayback"] = False
        return {_MEDIA_FIELD.get(message.type, "documentMessage"): media}
    if message.location is not None:
        location = {
            "degreesLatitude": float(message.location["latitude"]),
            "degreesLongitude": float(message.location["longitude"]),
        }
        for key, name in (("name", "name"), ("description", "address")):
            if message.location.get(key):
                location[name] = message.location[key]
        return {"locationMessage": {**location, **context}}
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
    if message.link_preview is not None or context:
        text: dict[str, Any] = {"text": message.body or "", **context}
        if message.link_preview is not None:
            text.update(
                matchedText=message.link_preview["matchedText"],
                title=message.link_preview["title"],
                description=message.link_preview["description"],
            )
        return {"extendedTextMessage": text}
    return {"conversation": message.body or ""}


def _card_name(vcard: str) -> str:
    for line in vcard.splitlines():
        if line.startswith("FN:"):
            return line[3:]
    return "Contact"
