"""The fields of an engine answer that carry meaning, read as patterns so two answers can be compared.

An engine fixture (``tests/fixtures/engine``) and the emulator's answer to the same scenario never share
ids (they are random), but they must agree on what each id says: whose message it is, in which kind of
chat, who sent it, how far it got. :func:`differences` compares every such field, by key path, as a
token: ids become patterns (``true_<pn@c.us>_<raw>_<me@c.us>``), the account's own number is told from
anyone else's, and booleans, numbers, kinds and states are kept as they are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

__all__ = ["MEANING_KEYS", "Me", "differences", "token"]

MEANING_KEYS = frozenset(
    {
        # message ids and who/where
        "id", "_serialized", "from", "to", "participant", "author", "fromMe", "remote", "remoteJid",
        "Chat", "Sender", "IsFromMe", "IsGroup", "chatId", "pn", "lid", "JID", "LID", "PhoneNumber",
        # delivery state and kinds
        "ack", "ackName", "status", "type", "Type", "MediaType", "hasMedia", "isStatus", "broadcast",
        # roles
        "IsAdmin", "IsSuperAdmin", "isAdmin", "isSuperAdmin", "admin", "numberExists",
    }
)  # fmt: skip
"""Keys whose values say something a user acts on (compared); every other key is compared by presence only."""

_RAW_ID = re.compile(r"^[0-9A-F]{16,32}$")
_SERIALIZED = re.compile(r"^(true|false)_([^_]+)_([0-9A-Za-z]+)(?:_([^_]+))?$")


@dataclass(frozen=True)
class Me:
    """The account an answer is rendered for: its number and its lid (``1093...@lid``)."""

    number: str
    lid: str


def _jid(value: str, me: Me) -> str | None:
    """``<me@c.us>``, ``<pn:device@s.whatsapp.net>``, ``<group>``... for an id; ``None`` for any other text."""
    if value in ("status@broadcast", "me"):
        return value
    user, at, server = value.partition("@")
    if not at:
        return None
    if server == "g.us":
        return "<group>"
    if server == "newsletter":
        return "<channel>"
    if server == "lid":
        return "<me@lid>" if value == me.lid else "<lid>"
    if server in ("c.us", "s.whatsapp.net"):
        number, colon, _device = user.partition(":")
        who = "me" if number == me.number else "pn"
        return f"<{who}{':device' if colon else ''}@{server}>"
    return f"<?@{server}>"


def token(value: Any, me: Me) -> Any:
    """What ``value`` means, as a comparable token (random parts of ids become placeholders)."""
    if not isinstance(value, str):
        return value
    serialized = _SERIALIZED.match(value)
    if serialized is not None:
        from_me, chat, _raw, sender = serialized.groups()
        tail = f"_{token(sender, me)}" if sender else ""
        return f"{from_me}_{token(chat, me)}_<raw>{tail}"
    if _RAW_ID.match(value):
        return "<raw>"
    found = _jid(value, me)
    return value if found is None else found


def _items(value: Any) -> list[Any] | None:
    """A list, or an object keyed by ids (NOWEB's groups, WEBJS' add results), as a list of its items."""
    if isinstance(value, list):
        return value
    if isinstance(value, dict) and value and all("@" in key for key in value):
        return list(value.values())
    return None


def _means(value: Any, me: Me) -> bool:
    """Whether ``value`` holds anything compared here: a meaningful key, or an id in a list."""
    if isinstance(value, dict):
        return any(key in MEANING_KEYS or _means(item, me) for key, item in value.items())
    if isinstance(value, list):
        return any(_means(item, me) for item in value)
    return isinstance(value, str) and token(value, me) != value


def differences(fixture: Any, ours: Any, fixture_me: Me, our_me: Me, path: str = "") -> dict[str, tuple[Any, Any]]:
    """Meaningful fields of ``fixture`` that ``ours`` says otherwise or lacks: key path -> (fixture's, ours).

    Each item of a list in the fixture needs one item of ours that agrees with it (lists are a chat's page,
    a group's members: their order and other items belong to the scenario, not to the engine); an id in a
    list (message ids read, say) is compared as a pattern."""
    if not _means(fixture, fixture_me):
        return {}
    if not isinstance(fixture, (dict, list)):
        return {} if token(fixture, fixture_me) == token(ours, our_me) else {path: (token(fixture, fixture_me), ours)}
    wanted = _items(fixture)
    if wanted is not None:
        candidates = _items(ours)
        if candidates is None:
            return {path or ".": ("a list", type(ours).__name__)}
        out: dict[str, tuple[Any, Any]] = {}
        for index, item in enumerate(wanted):
            tries = [differences(item, candidate, fixture_me, our_me, f"{path}[{index}]") for candidate in candidates]
            if not tries:
                out[f"{path}[{index}]"] = ("an item", "none")
            elif all(tries):
                out.update(min(tries, key=len))
        return out
    if not isinstance(ours, dict):
        return {path or ".": ("an object", type(ours).__name__)}
    out = {}
    for key, item in fixture.items():
        where = f"{path}.{key}"
        scalar = not isinstance(item, (dict, list))
        if key not in ours:  # (presence alone is the key-path test's business)
            if key in MEANING_KEYS:
                out[where] = (token(item, fixture_me) if scalar else "present", "<absent>")
        elif not scalar:
            out.update(differences(item, ours[key], fixture_me, our_me, where))
        elif key in MEANING_KEYS and token(item, fixture_me) != token(ours[key], our_me):
            out[where] = (token(item, fixture_me), token(ours[key], our_me))
    return out
