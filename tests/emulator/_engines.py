"""What a user reads from each engine's raw shapes: the serialized message id, a group's id, subject and members,
so the tours run unchanged on every engine profile."""

from __future__ import annotations

from typing import Any

from wawp_emulator.engines import ENGINE_NAMES, serialized_message_id

__all__ = ["ENGINE_NAMES", "chat_id", "group_id", "group_ids", "group_subject", "member_ids", "sent_id"]


def _cus(jid: str) -> str:
    return jid.replace("@s.whatsapp.net", "@c.us")


def sent_id(body: dict[str, Any]) -> str:
    """The serialized id of a send's answer, whatever the engine (never the Wawp ack here)."""
    found = serialized_message_id(body)
    assert found is not None, body
    return found


def _serialized(ident: Any) -> str:
    """A WEBJS ``Wid`` object's ``_serialized``, or the id string itself."""
    return str(ident["_serialized"] if isinstance(ident, dict) else ident)


def group_id(body: dict[str, Any]) -> str:
    """GOWS ``JID``, WEBJS ``id`` (a Wid; ``gid`` in the create answer), NOWEB ``id``."""
    if "JID" in body:
        return str(body["JID"])
    return _serialized(body["gid"] if "gid" in body else body["id"])


def group_ids(listing: Any) -> list[str]:
    """Ids of a group list: an array, or (NOWEB) an object keyed by group id."""
    return list(listing) if isinstance(listing, dict) else [group_id(g) for g in listing]


def chat_id(chat: dict[str, Any]) -> str:
    return _serialized(chat["id"])


def group_subject(body: dict[str, Any]) -> str:
    if "Name" in body:
        return str(body["Name"])
    return str(body["groupMetadata"]["subject"] if "groupMetadata" in body else body["subject"])


def member_ids(participants: list[dict[str, Any]]) -> list[str]:
    """``@c.us`` ids of a participant list (GOWS ``JID``, WEBJS ``id._serialized``, NOWEB ``id``)."""
    out = []
    for p in participants:
        out.append(_cus(_serialized(p["JID"] if "JID" in p else p["id"])))
    return out
