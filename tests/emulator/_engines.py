"""What a user reads from each engine's raw shapes, so the tours run unchanged on every engine profile."""

from __future__ import annotations

from typing import Any

from wawp_emulator.engines import ENGINE_NAMES
from wawp_emulator.engines.read import chat_id, group_id, group_ids, group_subject, member_roles, message_id

__all__ = ["ENGINE_NAMES", "chat_id", "group_id", "group_ids", "group_subject", "member_ids", "sent_id"]


def sent_id(body: dict[str, Any]) -> str:
    """The serialized id of a send's answer, whatever the engine (never the Wawp ack here)."""
    found = message_id(body)
    assert found is not None, body
    return found


def member_ids(participants: list[dict[str, Any]]) -> list[str]:
    return list(member_roles(participants))
