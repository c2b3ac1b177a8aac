"""WhatsApp identifiers (jids) as the API reads them: phone ids, chat ids, group participants, invite
codes and message ids. Plain functions shared by every store, the backend and the handlers, so that no
store imports another to read an id; a malformed id is a :class:`~wawp_emulator.errors.StateError` 400."""

from __future__ import annotations

import string

from wawp_emulator.errors import StateError

__all__ = [
    "CHANNEL_INVITE_PREFIX",
    "GROUP_INVITE_PREFIX",
    "INVITE_CODE_ALPHABET",
    "STATUS_CHAT",
    "bare_message_id",
    "channel_invite_code",
    "group_invite_code",
    "is_grouped",
    "normalize_chat_id",
    "normalize_contact_id",
    "normalize_participant_id",
    "phone_digits",
]

STATUS_CHAT = "status@broadcast"
"""The chat a status (story) is posted in."""
GROUP_INVITE_PREFIX = "https://chat.whatsapp.com/"
CHANNEL_INVITE_PREFIX = "https://whatsapp.com/channel/"
INVITE_CODE_ALPHABET = string.ascii_letters + string.digits


def is_grouped(chat_id: str) -> bool:
    """A chat with several senders, groups and broadcasts (statuses): whatsmeow's ``IsGroup``."""
    return chat_id.endswith(("@g.us", "@broadcast"))


def phone_digits(raw: str) -> str:
    """The digits of a phone number or a ``@c.us`` / ``@s.whatsapp.net`` id; ``StateError`` 400 otherwise."""
    text = raw.strip()
    for suffix in ("@c.us", "@s.whatsapp.net"):
        if text.endswith(suffix):
            text = text[: -len(suffix)]
            break
    text = text.split(":", 1)[0]  # device suffix in 2011...:12@s.whatsapp.net
    for ch in " +-().":
        text = text.replace(ch, "")
    if not text.isdigit() or not 5 <= len(text) <= 20:
        raise StateError(400, "invalid_phone", f"'{raw}' is not a phone number or a @c.us contact id")
    return text


def normalize_contact_id(raw: str) -> str:
    """``447441429009``, ``+44 7441 429009`` and ``447441429009@c.us`` all give ``447441429009@c.us``."""
    return f"{phone_digits(raw)}@c.us"


def normalize_chat_id(raw: str) -> str:
    """A chat id as the API answers it: groups, channels, lids and broadcasts pass, phones get ``@c.us``."""
    text = raw.strip()
    if "@" in text and not text.endswith(("@c.us", "@s.whatsapp.net")):
        local, _, server = text.partition("@")
        if not local or server not in ("g.us", "lid", "newsletter", "broadcast"):
            raise StateError(400, "invalid_chat_id", f"'{raw}' is not a chat id")
        return text
    return normalize_contact_id(text)


def normalize_participant_id(raw: str) -> str:
    """A group participant id: ``@lid`` ids pass, phone numbers become ``@c.us``."""
    text = raw.strip()
    if text.endswith("@lid") and text[:-4].isdigit():
        return text
    return normalize_contact_id(text)


def group_invite_code(code_or_url: str) -> str:
    """``AbC...`` from ``https://chat.whatsapp.com/AbC...`` (or the bare code itself); 400 when malformed."""
    text = code_or_url.strip()
    for prefix in (GROUP_INVITE_PREFIX, "http://chat.whatsapp.com/", "chat.whatsapp.com/"):
        if text.startswith(prefix):
            text = text[len(prefix) :]
            break
    text = text.split("?", 1)[0].strip("/")
    if not text or not all(ch in INVITE_CODE_ALPHABET for ch in text):
        raise StateError(400, "invalid_invite_code", f"'{code_or_url}' is not a group invite code or link")
    return text


def channel_invite_code(value: str) -> str:
    """The code of a channel invite link (``https://whatsapp.com/channel/<code>``), or the text itself
    (a channel is also addressed by id, so anything else is looked up as given)."""
    text = value.strip()
    for prefix in (CHANNEL_INVITE_PREFIX, "https://www.whatsapp.com/channel/", "whatsapp.com/channel/"):
        if text.startswith(prefix):
            return text[len(prefix) :].split("?", 1)[0].strip("/")
    return text


def bare_message_id(message_id: str) -> str:
    """The RAWID part of ``true_<chat>_<RAWID>[_<participant>]`` (or the text itself when bare)."""
    parts = message_id.split("_")
    if len(parts) >= 3 and parts[0] in ("true", "false"):
        return parts[2]
    return message_id
