"""What a user reads from each engine's raw shapes: the serialized message id, a group's id, subject and members,
so the tours run unchanged on every engine profile."""

from __future__ import annotations

from typing import Any

from wawp_emulator.engines import ENGINE_NAMES, serialized_message_id

__all__ = ["ENGINE_NAMES", "group_id", "group_subject", "member_ids", "sent_id"]


def _cus(jid: str) -> str:
    return jid.replace("@s.whatsapp.net", "@c.us")


def sent_id(body: dict[str, Any]) -> str:
    """The serialized id of a send's answer, whatever the engine (never the Wawp ack here)."""
    found = serialized_message_id(body)
    assert found is not None, body
    return found


def group_id(body: dict[str, Any]) -> str:
    if "JID" in body:  # GOWS: whatsmeow GroupInfo
        return str(body["JID"])
    ident = body["id"]
    return str(ident["_serialized"] if isinstance(ident, dict) else ident)


def group_subject(body: dict[str, Any]) -> str:
    if "Name" in body:
        return str(body["Name"])
    return str(body["groupMetadata"]["subject"] if "groupMetadata" in body else body["subject"])


def member_ids(participants: list[dict[str, Any]]) -> list[str]:
    """``@c.us`` ids of a participant list (GOWS ``JID``, WEBJS ``id._serialized``, NOWEB ``id``)."""
    out = []
    for p in participants:
        ident = p["JID"] if "JID" in p else p["id"]
        out.append(_cus(str(ident["_serialized"] if isinstance(ident, dict) else ident)))
    return out
