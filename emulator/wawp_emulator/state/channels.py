"""Channels (newsletters): your channels, following and muting, a public directory and its search.

- The public directory is a fixed, seeded catalogue (``CATALOGUE_SIZE`` channels) computed from the
  world seed alone, so every instance of a world sees the same channels, in the same order, with the
  same preview messages.
- ``POST /channels`` creates a channel you own (id ``1203630`` + 11 digits + ``@newsletter``, role
  ``OWNER``). Following a directory channel gives role ``SUBSCRIBER``; unfollowing removes it from
  ``GET /channels``. Muting is a flag on a channel you own or follow.
- A channel can be addressed by id, invite code or invite link. Unknown or deleted ones are
  ``StateError(404, "channel_not_found")``.
- Search (by view or by text, filtered by countries and categories) pages with ``limit`` and an
  opaque cursor: ``page.endCursor`` is the next page's ``startCursor``; on the last page it is
  ``null`` and ``hasNextPage`` is false. A cursor only fits the query it came from.
"""

from __future__ import annotations

import base64
import binascii
import functools
import hashlib
import random
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from wawp_emulator.errors import StateError
from wawp_emulator.ids import Ids
from wawp_emulator.jids import CHANNEL_INVITE_PREFIX, INVITE_CODE_ALPHABET, channel_invite_code

if TYPE_CHECKING:
    from collections.abc import Sequence

    from wawp_emulator.kernel import InstanceView, WorldView

__all__ = [
    "CATALOGUE_SIZE",
    "CATEGORIES",
    "COUNTRIES",
    "VIEWS",
    "ChannelsState",
    "PublicChannel",
    "catalogue",
]

CATALOGUE_SIZE = 150
# The directory "as of" this moment (2026-01-01T00:00:00Z): preview message times count back from it.
CATALOGUE_EPOCH = 1767225600

VIEWS: tuple[dict[str, str], ...] = (
    {"value": "RECOMMENDED", "name": "Explore"},
    {"value": "TRENDING", "name": "Trending"},
    {"value": "POPULAR", "name": "Popular"},
    {"value": "NEW", "name": "New"},
)
CATEGORIES: tuple[dict[str, str], ...] = (
    {"value": "BUSINESS", "name": "Business"},
    {"value": "ENTERTAINMENT", "name": "Entertainment"},
    {"value": "LIFESTYLE", "name": "Lifestyle"},
    {"value": "ORGANIZATIONS", "name": "Organizations"},
    {"value": "PEOPLE", "name": "People"},
    {"value": "SPORTS", "name": "Sports"},
)
COUNTRIES: tuple[dict[str, str], ...] = tuple(
    {"code": code, "name": name}
    for code, name in (
        ("AE", "United Arab Emirates"),
        ("AR", "Argentina"),
        ("AU", "Australia"),
        ("BR", "Brazil"),
        ("CA", "Canada"),
        ("CO", "Colombia"),
        ("DE", "Germany"),
        ("EG", "Egypt"),
        ("ES", "Spain"),
        ("FR", "France"),
        ("GB", "United Kingdom"),
        ("ID", "Indonesia"),
        ("IN", "India"),
        ("IT", "Italy"),
        ("JP", "Japan"),
        ("KE", "Kenya"),
        ("MA", "Morocco"),
        ("MX", "Mexico"),
        ("NG", "Nigeria"),
        ("NL", "Netherlands"),
        ("PH", "Philippines"),
        ("PK", "Pakistan"),
        ("PT", "Portugal"),
        ("SA", "Saudi Arabia"),
        ("TR", "Turkey"),
        ("US", "United States"),
        ("ZA", "South Africa"),
    )
)

_TOPICS: dict[str, tuple[str, ...]] = {
    "BUSINESS": ("Market Watch", "Startup Daily", "Finance Brief", "Trade Updates", "Crypto Pulse", "Deals Corner"),
    "ENTERTAINMENT": ("Movie Night", "Music News", "Series Spoilers", "Comedy Club", "Gaming Hub", "Celebrity Buzz"),
    "LIFESTYLE": ("Daily Recipes", "Travel Notes", "Fitness Tips", "Home & Garden", "Style Diary", "Mindful Minute"),
    "ORGANIZATIONS": (
        "City Council",
        "Red Crescent",
        "Open Source Foundation",
        "University News",
        "Public Library",
        "Weather Service",
    ),
    "PEOPLE": ("Creator Corner", "Chef's Table", "Photo Journal", "Coach Talks", "Poetry Daily", "Tech Reviewer"),
    "SPORTS": ("Football Live", "Cricket Scores", "Basketball Nation", "Tennis Tour", "Formula Fans", "Running Club"),
}
_DESCRIPTIONS = (
    "Daily updates about {topic}, straight to your phone.",
    "The best of {topic} every morning.",
    "Official {topic} channel. News, highlights and more.",
    "Breaking news and stories from {topic}.",
    "Tips, links and behind the scenes from {topic}.",
)
_POSTS = (
    "Good morning! Here is today's update.",
    "Big news today, read the full story in the link.",
    "Thank you for following, we just passed a new milestone!",
    "Poll results are in: you voted for option 2.",
    "Weekend highlights in one picture.",
    "Reminder: live session tonight at 8 pm.",
    "New episode out now.",
    "Quick tip of the day.",
)
_REACTIONS = ("👍", "❤️", "😂", "😮", "🙏", "🔥")
_MEDIA = (("image/jpeg", "jpg", "image"), ("video/mp4", "mp4", "video"), ("application/pdf", "pdf", "document"))


@dataclass(frozen=True)
class PublicChannel:
    id: str
    name: str
    description: str
    invite_code: str
    verified: bool
    subscribers: int
    country: str
    category: str
    created: int
    recommended_rank: int
    trending: float
    has_picture: bool

    @property
    def invite(self) -> str:
        return CHANNEL_INVITE_PREFIX + self.invite_code

    def picture_urls(self) -> tuple[str | None, str | None]:
        if not self.has_picture:
            return None, None
        tail = self.id.split("@", 1)[0]
        return (
            f"https://mmg.whatsapp.net/m1/v/t24/{tail}-preview?emulator=1",
            f"https://mmg.whatsapp.net/m1/v/t24/{tail}-full?emulator=1",
        )

    def public_json(self) -> dict[str, Any]:
        preview, picture = self.picture_urls()
        return {
            "id": self.id,
            "name": self.name,
            "description": self.description,
            "invite": self.invite,
            "preview": preview,
            "picture": picture,
            "verified": self.verified,
            "subscribersCount": self.subscribers,
        }


def _invite_code(rng: random.Random) -> str:
    return "0029Va" + "".join(rng.choice(INVITE_CODE_ALPHABET) for _ in range(18))


@functools.lru_cache(maxsize=8)
def catalogue(seed: int) -> tuple[PublicChannel, ...]:
    """The public directory of a world with this seed (pure: the same seed, the same channels)."""
    rng = random.Random(f"{seed}:channels:catalogue")
    out: list[PublicChannel] = []
    ids: set[str] = set()
    ranks = list(range(CATALOGUE_SIZE))
    rng.shuffle(ranks)
    categories = [c["value"] for c in CATEGORIES]
    countries = [c["code"] for c in COUNTRIES]
    for index in range(CATALOGUE_SIZE):
        category = categories[index % len(categories)]
        topic = rng.choice(_TOPICS[category])
        country = rng.choice(countries)
        name = f"{topic} {country}" if rng.random() < 0.5 else f"{topic} #{index + 1}"
        while True:
            cid = f"1203630{rng.randint(0, 10**11 - 1):011d}@newsletter"
            if cid not in ids:
                ids.add(cid)
                break
        out.append(
            PublicChannel(
                id=cid,
                name=name,
                description=rng.choice(_DESCRIPTIONS).format(topic=topic),
                invite_code=_invite_code(rng),
                verified=rng.random() < 0.2,
                subscribers=int(10 ** rng.uniform(2, 7)),
                country=country,
                category=category,
                created=CATALOGUE_EPOCH - rng.randint(1, 900) * 86400,
                recommended_rank=ranks[index],
                trending=rng.random(),
                has_picture=rng.random() < 0.85,
            )
        )
    return tuple(out)


def _view_order(channels: Sequence[PublicChannel], view: str) -> list[PublicChannel]:
    if view == "RECOMMENDED":
        return sorted(channels, key=lambda c: c.recommended_rank)
    if view == "TRENDING":
        return sorted((c for c in channels if c.trending >= 0.5), key=lambda c: (-c.trending, c.id))
    if view == "POPULAR":
        return sorted(channels, key=lambda c: (-c.subscribers, c.id))
    if view == "NEW":
        return sorted(
            (c for c in channels if c.created >= CATALOGUE_EPOCH - 365 * 86400), key=lambda c: (-c.created, c.id)
        )
    raise StateError(422, "invalid_view", f"Unknown view '{view}'; see /channels/search/views")


@dataclass
class OwnChannel:
    id: str
    name: str
    description: str | None
    invite_code: str
    created: int
    picture_version: int | None

    def json(self) -> dict[str, Any]:
        tail = self.id.split("@", 1)[0]
        picture = (
            None
            if self.picture_version is None
            else f"https://mmg.whatsapp.net/m1/v/t24/{tail}-{self.picture_version}?emulator=1"
        )
        return {
            "id": self.id,
            "name": self.name,
            "description": self.description,
            "invite": CHANNEL_INVITE_PREFIX + self.invite_code,
            "preview": picture,
            "picture": picture,
            "verified": False,
            "subscribersCount": 0,
        }


@dataclass
class Membership:
    role: str
    muted: bool = False


class ChannelsState:
    """The channels one instance owns or follows."""

    def __init__(self, world: WorldView, instance: InstanceView) -> None:
        self.world = world
        self.instance = instance
        self.owned: dict[str, OwnChannel] = {}
        self.memberships: dict[str, Membership] = {}  # channel id -> your role there

    # ------------------------------------------------------------------ lookup

    def _catalogue(self) -> tuple[PublicChannel, ...]:
        return catalogue(int(self.world.seed))

    def _find(self, id_or_invite: str) -> tuple[str, dict[str, Any], PublicChannel | None]:
        """(id, public json, directory entry or None) of a channel by id, invite code or link."""
        key = id_or_invite.strip()
        if key.endswith("@newsletter"):
            own = self.owned.get(key)
            if own is not None:
                return own.id, own.json(), None
            for entry in self._catalogue():
                if entry.id == key:
                    return entry.id, entry.public_json(), entry
        else:
            code = channel_invite_code(key)
            for own in self.owned.values():
                if own.invite_code == code:
                    return own.id, own.json(), None
            for entry in self._catalogue():
                if entry.invite_code == code:
                    return entry.id, entry.public_json(), entry
        raise StateError(404, "channel_not_found", f"Channel {id_or_invite} not found")

    def _with_role(self, cid: str, body: dict[str, Any]) -> dict[str, Any]:
        membership = self.memberships.get(cid)
        return {
            **body,
            "role": membership.role if membership else "GUEST",
            "muted": membership.muted if membership else False,
        }

    # ------------------------------------------------------------------ reads

    def list_channels(self, role: str | None = None) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        for cid, membership in self.memberships.items():
            if role is not None and membership.role != role:
                continue
            _, body, _ = self._find(cid)
            out.append(self._with_role(cid, body))
        return out

    def get(self, id_or_invite: str) -> dict[str, Any]:
        cid, body, _ = self._find(id_or_invite)
        return self._with_role(cid, body)

    def preview(self, id_or_invite: str, *, limit: int, download_media: bool) -> list[dict[str, Any]]:
        """The channel's latest public posts, newest first (your own channels have none yet)."""
        cid, _, entry = self._find(id_or_invite)
        if entry is None:
            return []
        rng = random.Random(f"{self.world.seed}:channels:posts:{cid}")
        total = rng.randint(5, 60)
        out: list[dict[str, Any]] = []
        timestamp = CATALOGUE_EPOCH
        for index in range(min(total, max(limit, 0))):
            timestamp -= rng.randint(600, 86400)
            raw = "3EB0" + "".join(rng.choice("0123456789ABCDEF") for _ in range(16))
            media_kind = rng.choice(_MEDIA) if rng.random() < 0.3 else None
            media: dict[str, Any] | None = None
            if media_kind is not None and download_media:
                mimetype, ext, _kind = media_kind
                media = {
                    "url": f"https://mmg.whatsapp.net/emulator/{cid.split('@', 1)[0]}/{raw}.{ext}",
                    "mimetype": mimetype,
                    "filename": f"{raw}.{ext}",
                    "error": None,
                }
            reactions = {emoji: rng.randint(1, 500) for emoji in rng.sample(_REACTIONS, rng.randint(0, 3))}
            message = {
                "id": Ids.message_id(False, cid, raw),
                "timestamp": timestamp,
                "from": cid,
                "fromMe": False,
                "to": cid,
                "body": rng.choice(_POSTS) if media_kind is None or rng.random() < 0.6 else "",
                "hasMedia": media_kind is not None,
                "media": media,
                "ack": 3,
                "ackName": "READ",
                "source": "app",
                "_data": {"serverId": 100 + total - index},
            }
            out.append({"message": message, "reactions": reactions, "viewCount": rng.randint(50, 50000)})
        return out

    # ------------------------------------------------------------------ own actions

    def create(self, name: str, description: str | None, *, picture: bool) -> dict[str, Any]:
        taken = {c.id for c in self._catalogue()} | set(self.owned)
        while True:
            cid = self.world.ids.channel_id()
            if cid not in taken:
                break
        own = OwnChannel(
            id=cid,
            name=name,  # (WAHA's CreateChannelRequest has no validator: any name reaches the engine)
            description=description,
            invite_code=_invite_code(self.world.rng),
            created=int(self.world.clock.now()),
            picture_version=1 if picture else None,
        )
        self.owned[cid] = own
        self.memberships[cid] = Membership(role="OWNER")
        return self.get(cid)

    def delete(self, id_or_invite: str) -> dict[str, Any]:
        cid, _, _ = self._find(id_or_invite)
        membership = self.memberships.get(cid)
        if cid not in self.owned or membership is None or membership.role != "OWNER":
            raise StateError(422, "not_channel_owner", f"Only the owner can delete {cid}")
        body = self.get(cid)
        del self.owned[cid]
        del self.memberships[cid]
        return body

    def follow(self, id_or_invite: str) -> dict[str, Any]:
        cid, _, _ = self._find(id_or_invite)
        self.memberships.setdefault(cid, Membership(role="SUBSCRIBER"))
        return self.get(cid)

    def unfollow(self, id_or_invite: str) -> dict[str, Any]:
        cid, _, _ = self._find(id_or_invite)
        membership = self.memberships.get(cid)
        if membership is not None and membership.role == "OWNER":
            raise StateError(422, "not_allowed_for_owner", "The owner cannot unfollow their own channel")
        self.memberships.pop(cid, None)
        return self.get(cid)

    def set_muted(self, id_or_invite: str, muted: bool) -> dict[str, Any]:
        cid, _, _ = self._find(id_or_invite)
        membership = self.memberships.get(cid)
        if membership is None:
            raise StateError(422, "channel_not_followed", f"Follow {cid} before muting or unmuting it")
        membership.muted = muted
        return self.get(cid)

    def set_role(self, id_or_invite: str, role: str | None) -> dict[str, Any]:
        """Control: the owner of a directory channel makes you ADMIN / SUBSCRIBER, or removes you (None)."""
        cid, _, _ = self._find(id_or_invite)
        if cid in self.owned:
            raise StateError(400, "not_allowed_for_owner", "Your own channel always has role OWNER")
        if role is None:
            self.memberships.pop(cid, None)
        else:
            self.memberships.setdefault(cid, Membership(role=role)).role = role
        return self.get(cid)

    # ------------------------------------------------------------------ search

    def search(
        self,
        *,
        view: str | None,
        text: str | None,
        countries: Sequence[str] = (),
        categories: Sequence[str] = (),
        limit: int,
        start_cursor: str | None,
    ) -> dict[str, Any]:
        if text is not None and text.strip():
            terms = text.casefold().split()
            rows = [
                c
                for c in _view_order(self._catalogue(), "RECOMMENDED")
                if all(t in f"{c.name} {c.description}".casefold() for t in terms)
            ]
            mode = "text:" + " ".join(terms)
        else:
            chosen = (view or "RECOMMENDED").upper()
            rows = _view_order(self._catalogue(), chosen)
            mode = "view:" + chosen
        wanted_countries = {c.strip().upper() for c in countries if c.strip()}
        wanted_categories = {c.strip().upper() for c in categories if c.strip()}
        if wanted_countries:
            rows = [c for c in rows if c.country in wanted_countries]
        if wanted_categories:
            rows = [c for c in rows if c.category in wanted_categories]
        fingerprint = hashlib.sha256(
            "|".join((mode, ",".join(sorted(wanted_countries)), ",".join(sorted(wanted_categories)))).encode()
        ).hexdigest()[:12]
        offset = _decode_cursor(start_cursor, fingerprint) if start_cursor else 0
        page = rows[offset : offset + limit]
        has_next = offset + limit < len(rows)
        return {
            "page": {
                "startCursor": start_cursor or None,
                "endCursor": _encode_cursor(offset + limit, fingerprint) if has_next else None,
                "hasNextPage": has_next,
                "hasPreviousPage": offset > 0,
            },
            "channels": [c.public_json() for c in page],
        }


def _encode_cursor(offset: int, fingerprint: str) -> str:
    return base64.urlsafe_b64encode(f"wawp-emulator:{fingerprint}:{offset}".encode()).decode().rstrip("=")


def _decode_cursor(cursor: str, fingerprint: str) -> int:
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        magic, found, offset = base64.urlsafe_b64decode(padded.encode()).decode().split(":")
        value = int(offset)
    except (ValueError, UnicodeDecodeError, binascii.Error):
        raise StateError(422, "invalid_cursor", "startCursor is not a cursor this search returned") from None
    if magic != "wawp-emulator" or found != fingerprint or value < 0:
        raise StateError(422, "invalid_cursor", "startCursor belongs to a different search")
    return value
