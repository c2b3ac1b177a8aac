"""Reading what every engine's raw shapes mean: a sent message's serialized id, a group's id, subject,
description and members, a chat's id. For code (tests above all) that handles the raw JSON of any engine
profile and wants what a user reads, as the client's ``SentMessage.id`` does for sends."""

from __future__ import annotations

from typing import Any

__all__ = ["chat_id", "group_description", "group_id", "group_ids", "group_subject", "member_roles", "message_id"]


def _cus(jid: str) -> str:
    """``…@s.whatsapp.net`` (whatsmeow, baileys) as the ``…@c.us`` ids WAHA answers."""
    return jid.replace("@s.whatsapp.net", "@c.us")


def _serialized(ident: Any) -> str:
    """A whatsapp-web.js ``Wid`` object's ``_serialized``, or the id string itself."""
    return str(ident["_serialized"] if isinstance(ident, dict) else ident)


def message_id(body: Any) -> str | None:
    """The ``{fromMe}_{chat}_{id}`` id a send answered, in any engine's shape; ``None`` for the Wawp ack.

    GOWS: ``id``; WEBJS: ``id._serialized``; NOWEB: built from baileys' ``key``.
    """
    if not isinstance(body, dict):
        return None
    key = body.get("key")
    if isinstance(key, dict) and {"remoteJid", "fromMe", "id"} <= set(key):
        return f"{str(bool(key['fromMe'])).lower()}_{_cus(str(key['remoteJid']))}_{key['id']}"
    ident = body.get("id")
    if isinstance(ident, dict):
        ident = ident.get("_serialized")
    return ident if isinstance(ident, str) else None


def group_id(body: dict[str, Any]) -> str:
    """GOWS ``JID``; WEBJS ``id`` (``gid`` in the create answer); NOWEB ``id``."""
    if "JID" in body:
        return str(body["JID"])
    return _serialized(body["gid"] if "gid" in body else body["id"])


def group_ids(listing: Any) -> list[str]:
    """Ids of a group list: an array, or (NOWEB) an object keyed by group id."""
    return list(listing) if isinstance(listing, dict) else [group_id(group) for group in listing]


def group_subject(body: dict[str, Any]) -> str:
    if "Name" in body:
        return str(body["Name"])
    return str(body["groupMetadata"]["subject"] if "groupMetadata" in body else body["subject"])


def group_description(body: dict[str, Any]) -> str | None:
    """GOWS ``Topic``, WEBJS ``groupMetadata.desc``, NOWEB ``desc`` (empty or absent: ``None``)."""
    found = body.get("Topic") if "JID" in body else (body.get("groupMetadata") or body).get("desc")
    return str(found) if found else None


def member_roles(participants: list[dict[str, Any]]) -> dict[str, str]:
    """``@c.us`` id -> ``superadmin`` / ``admin`` / ``participant``, from any engine's member list."""
    roles = {}
    for member in participants:
        if "JID" in member:  # GOWS
            ident, admin, superadmin = member["JID"], member.get("IsAdmin"), member.get("IsSuperAdmin")
        elif "admin" in member:  # NOWEB
            ident, admin, superadmin = member["id"], member["admin"] is not None, member["admin"] == "superadmin"
        else:  # WEBJS
            ident, admin, superadmin = member["id"], member.get("isAdmin"), member.get("isSuperAdmin")
        roles[_cus(_serialized(ident))] = "superadmin" if superadmin else "admin" if admin else "participant"
    return roles


def chat_id(chat: dict[str, Any]) -> str:
    return _serialized(chat["id"])
