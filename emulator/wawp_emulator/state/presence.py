"""Presence: what the instance knows of others' presence, and the check of its own (online, typing...).

Values are WAHA's ``online | offline | typing | recording | paused``. Setting the account's own
presence takes only those (WAHA's engines fail on any other value); others' presence, reported through
the control API, also takes the engines' own names ``composing`` (typing), ``unavailable`` (offline)
and ``available`` (online). Others' presence comes from the control action ``presence.update``, which emits
``presence.update`` with the ``ChatPresences`` shape ``{id, presences: [{participant,
lastKnownPresence, lastSeen}]}``. A contact nobody reported on is ``offline`` with an unknown
``lastSeen`` (``null``), which is what WhatsApp shows for hidden last-seen.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from wawp_emulator.clock import seconds
from wawp_emulator.errors import StateError
from wawp_emulator.jids import normalize_chat_id

if TYPE_CHECKING:
    from wawp_emulator.kernel import InstanceView, WorldView

__all__ = ["PRESENCES", "PresenceState", "normalize_presence"]

PRESENCES = ("online", "offline", "typing", "recording", "paused")
_ALIASES = {"composing": "typing", "unavailable": "offline", "available": "online", "recording_audio": "recording"}


def normalize_presence(value: str) -> str:
    text = value.strip().lower()
    text = _ALIASES.get(text, text)
    if text not in PRESENCES:
        raise StateError(400, "invalid_presence", f"Invalid presence '{value}'; use one of {', '.join(PRESENCES)}")
    return text


@dataclass
class PresencePoint:
    participant: str
    presence: str
    last_seen: int | None

    def to_json(self) -> dict[str, Any]:
        return {"participant": self.participant, "lastKnownPresence": self.presence, "lastSeen": self.last_seen}


class PresenceState:
    def __init__(self, world: WorldView, instance: InstanceView) -> None:
        self.world = world
        self.instance = instance
        self.others: dict[str, dict[str, PresencePoint]] = {}  # chat id -> participant -> point

    # ---- own presence: checked, not kept (neither WAHA nor Wawp lets anyone read it back)

    @staticmethod
    def set_own(presence: str, chat_id: str | None = None) -> str:
        """``online``/``offline`` for the account, or ``typing``/``recording``/``paused`` in ``chat_id``.

        Which presence takes a ``chatId`` is a rule of the spec (``x-wawp-request-rules`` of
        ``presenceSet``), checked before any handler runs; here only the value and the chat id are.
        """
        if presence not in PRESENCES:
            raise StateError(
                400, "invalid_presence", f"Invalid presence '{presence}'; use one of {', '.join(PRESENCES)}"
            )
        if chat_id:
            normalize_chat_id(chat_id)
        return presence

    # ---- others

    def get(self, chat_id: str) -> dict[str, Any]:
        """``ChatPresences`` of a person or group chat."""
        cid = normalize_chat_id(chat_id)
        known = self.others.get(cid)
        if known:
            points = list(known.values())
        elif cid.endswith("@g.us"):
            points = []
        else:
            points = [PresencePoint(cid, "offline", None)]
        return {"id": cid, "presences": [p.to_json() for p in points]}

    def update(
        self, chat_id: str, presence: str, *, participant: str | None = None, last_seen: int | None = None
    ) -> dict[str, Any]:
        """Control: someone is online, typing... in ``chat_id``; returns ``ChatPresences`` of that one point
        (what ``presence.update`` reports)."""
        cid = normalize_chat_id(chat_id)
        value = normalize_presence(presence)
        if cid.endswith("@g.us"):
            if not participant:
                raise StateError(400, "participant_required", "A group presence needs the participant")
            who = normalize_chat_id(participant)
        else:
            who = cid
        points = self.others.setdefault(cid, {})
        previous = points.get(who)
        if last_seen is None:
            if value == "offline":
                last_seen = seconds(self.world.clock)
            elif previous is not None:
                last_seen = previous.last_seen
        point = PresencePoint(who, value, last_seen)
        points[who] = point
        return {"id": cid, "presences": [point.to_json()]}
