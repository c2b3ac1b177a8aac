"""Contacts and LIDs: the instance's address book, WhatsApp registration and blocking.

Every instance starts with a small seeded address book (``SEED_CONTACTS`` people), created on
first use from a random generator derived from the world seed and the instance id, so the same
seed always gives the same people. Each person has a phone id (``<digits>@c.us``) and a privacy
id (``<15 digits>@lid``); ``/lids`` lists exactly those pairs.

Whether a number is on WhatsApp is deterministic: **a number whose last digit is even is
registered, an odd last digit is not**. Address-book contacts are always registered (their
numbers end in an even digit), and the control action ``contact.set_exists`` overrides the rule
per number.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from wawp_emulator.clock import seconds
from wawp_emulator.errors import StateError
from wawp_emulator.ids import derived_rng
from wawp_emulator.jids import normalize_contact_id, phone_digits
from wawp_emulator.paging import page

if TYPE_CHECKING:
    from wawp_emulator.kernel import InstanceView, WorldView

__all__ = [
    "PICTURE_CACHE_SECONDS",
    "SEED_CONTACTS",
    "Contact",
    "ContactsState",
    "is_registered_number",
]

SEED_CONTACTS = 6
PICTURE_CACHE_SECONDS = 24 * 3600

_FIRST_NAMES = (
    "Amira",
    "Omar",
    "Sofia",
    "Liam",
    "Yara",
    "Noah",
    "Layla",
    "Mateo",
    "Hana",
    "Karim",
    "Elena",
    "Jonas",
    "Nadia",
    "Lucas",
    "Maya",
    "Tariq",
    "Ines",
    "Felix",
    "Zara",
    "Adam",
)
_LAST_NAMES = (
    "Hassan",
    "Smith",
    "Garcia",
    "Müller",
    "Rossi",
    "Khan",
    "Silva",
    "Nakamura",
    "Dubois",
    "Novak",
    "Ali",
    "Johnson",
    "Fernandes",
    "Haddad",
    "Kowalski",
    "Moreau",
)
_ABOUTS = (
    "Hey there! I am using WhatsApp.",
    "Available",
    "Busy",
    "At work",
    "Urgent calls only",
    "In a meeting",
    "Battery about to die",
    "Can't talk, WhatsApp only",
)
# (country code, national number length) for generated numbers
_COUNTRIES = (("20", 10), ("44", 10), ("1", 10), ("49", 11), ("55", 11), ("91", 10), ("34", 9), ("971", 9))


# --------------------------------------------------------------------------- registration rule


def is_registered_number(digits: str) -> bool:
    """The default WhatsApp registration rule: a number is on WhatsApp when its last digit is even."""
    return digits[-1] in "02468"


def _stable_hex(*parts: str, length: int = 16) -> str:
    return hashlib.sha256(":".join(parts).encode()).hexdigest()[:length]


# --------------------------------------------------------------------------- model


@dataclass
class Contact:
    """One person this instance knows (address book or someone it has dealt with)."""

    id: str
    lid: str
    pushname: str | None
    name: str | None = None
    about: str | None = None
    picture_version: int | None = 1  # None: no profile picture
    is_my_contact: bool = True
    blocked: bool = False
    cached_picture: str | None = None
    cached_at: int | None = None

    @property
    def number(self) -> str:
        return self.id.split("@", 1)[0]

    @property
    def short_name(self) -> str | None:
        source = self.name or self.pushname
        return source.split(" ", 1)[0] if source else None

    def picture_url(self) -> str | None:
        if self.picture_version is None:
            return None
        digest = _stable_hex(self.id, str(self.picture_version), length=24)
        return f"https://pps.whatsapp.net/v/t61.24694-24/{digest}_n.jpg?emulator=1&v={self.picture_version}"

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "number": self.number,
            "name": self.name,
            "pushname": self.pushname,
            "shortName": self.short_name,
            "lid": self.lid,
            "isMe": False,
            "isGroup": False,
            "isWAContact": True,
            "isMyContact": self.is_my_contact,
            "isBlocked": self.blocked,
        }


_CONTACT_ORDERS: dict[str, Callable[[Contact], Any]] = {
    "name": lambda c: ((c.name or c.pushname or "").casefold(), c.id),
    "pushname": lambda c: ((c.pushname or "").casefold(), c.id),
    "id": lambda c: c.id,
}
"""``GET /contacts/all``'s ``sortBy`` values (others sort by id)."""


class ContactsState:
    """Per-instance address book, registration overrides and LID map."""

    def __init__(self, world: WorldView, instance: InstanceView) -> None:
        self.world = world
        self.instance = instance
        self.contacts: dict[str, Contact] = {}
        self.exists_overrides: dict[str, bool] = {}
        self._seeded = False

    # ---- seeding

    def _rng(self, purpose: str) -> random.Random:
        return derived_rng(self.world.seed, "contacts", str(self.instance.id), purpose)

    def _ensure_seeded(self) -> None:
        if self._seeded:
            return
        self._seeded = True
        rng = self._rng("address-book")
        used_names: set[str] = set()
        while len(self.contacts) < SEED_CONTACTS:
            code, length = rng.choice(_COUNTRIES)
            national = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(length - 2))
            digits = code + national + str(rng.choice((0, 2, 4, 6, 8)))  # registered by the parity rule
            name = f"{rng.choice(_FIRST_NAMES)} {rng.choice(_LAST_NAMES)}"
            if f"{digits}@c.us" in self.contacts or name in used_names:
                continue
            used_names.add(name)
            contact = self._new_contact(f"{digits}@c.us", rng)
            contact.name = name
            contact.pushname = name.split(" ", 1)[0] if rng.random() < 0.5 else name
            contact.picture_version = 1 if rng.random() < 0.8 else None
            contact.is_my_contact = True
            self.contacts[contact.id] = contact

    def _new_contact(self, contact_id: str, rng: random.Random | None = None) -> Contact:
        rng = rng or self._rng(contact_id)
        lid = self._unique_lid(rng)
        return Contact(
            id=contact_id,
            lid=lid,
            pushname=f"{rng.choice(_FIRST_NAMES)}",
            about=rng.choice(_ABOUTS),
            picture_version=1 if rng.random() < 0.7 else None,
            is_my_contact=False,
        )

    def _unique_lid(self, rng: random.Random) -> str:
        taken = {c.lid for c in self.contacts.values()}
        while True:
            lid = f"1{rng.randint(10**13, 10**14 - 1)}@lid"
            if lid not in taken:
                return lid

    # ---- registration

    def exists(self, phone: str) -> bool:
        """Whether ``phone`` (digits or ``@c.us``) is on WhatsApp under the documented rule."""
        digits = phone_digits(phone)
        self._ensure_seeded()
        if digits in self.exists_overrides:
            return self.exists_overrides[digits]
        if f"{digits}@c.us" in self.contacts:
            return True
        return is_registered_number(digits)

    def set_exists(self, phone: str, exists: bool | None) -> None:
        """Control: force ``phone`` to be (not) on WhatsApp; ``None`` restores the parity rule."""
        digits = phone_digits(phone)
        if exists is None:
            self.exists_overrides.pop(digits, None)
        else:
            self.exists_overrides[digits] = exists

    def check_exists(self, phone: str) -> dict[str, Any]:
        digits = phone_digits(phone)
        if self.exists(digits):
            return {"numberExists": True, "chatId": f"{digits}@c.us"}
        return {"numberExists": False}

    # ---- lookup

    def all(self) -> list[Contact]:
        self._ensure_seeded()
        return list(self.contacts.values())

    def find(self, contact_id: str) -> Contact | None:
        """The stored contact for a phone id or lid, or ``None``."""
        self._ensure_seeded()
        if contact_id.endswith("@lid"):
            return next((c for c in self.contacts.values() if c.lid == contact_id), None)
        return self.contacts.get(normalize_contact_id(contact_id))

    def get(self, contact_id: str) -> Contact:
        """A known contact, or a registered stranger (remembered from now on); 404 if not on WhatsApp."""
        found = self.find(contact_id)
        if found is not None:
            return found
        if contact_id.strip().endswith("@lid"):
            raise StateError(404, "contact_not_found", f"No contact is known with lid {contact_id}")
        cid = normalize_contact_id(contact_id)
        if not self.exists(cid):
            raise StateError(404, "contact_not_found", f"{cid} is not on WhatsApp")
        return self.remember(cid)

    def remember(self, contact_id: str) -> Contact:
        """Store a person this instance deals with (not in the address book) and give them a lid."""
        cid = normalize_contact_id(contact_id)
        self._ensure_seeded()
        if cid not in self.contacts:
            self.contacts[cid] = self._new_contact(cid)
        return self.contacts[cid]

    def lid_for(self, contact_id: str) -> str:
        """The lid of a phone id: the stored contact's, else the one :meth:`remember` would give them.

        Stores nothing, so asking (for a webhook's ``@lid`` copy, say) never changes ``/lids``.
        """
        found = self.find(contact_id)
        return found.lid if found is not None else self._unique_lid(self._rng(normalize_contact_id(contact_id)))

    def display_name(self, contact_id: str) -> str | None:
        """Address-book name, else push name, of a stored contact (for other modules' summaries)."""
        found = self.find(contact_id) if contact_id.endswith(("@c.us", "@lid")) else None
        return (found.name or found.pushname) if found else None

    # ---- API operations

    def list_contacts(
        self, *, limit: int | None, offset: int, sort_by: str | None, sort_order: str | None
    ) -> list[Contact]:
        key = (sort_by or "id").lower()
        descending = (sort_order or "ASC").upper() == "DESC"
        order = _CONTACT_ORDERS.get(key, _CONTACT_ORDERS["id"])
        return page(self.all(), order, descending=descending, offset=offset, limit=limit)

    def about(self, contact_id: str) -> dict[str, Any]:
        return {"about": self.get(contact_id).about}

    def profile_picture(self, contact_id: str, *, refresh: bool) -> str | None:
        """The picture URL, served from a 24 h cache unless ``refresh`` (like the real engine)."""
        contact = self.get(contact_id)
        now = seconds(self.world.clock)
        fresh = contact.cached_at is not None and now - contact.cached_at < PICTURE_CACHE_SECONDS
        if refresh or not fresh:
            contact.cached_picture = contact.picture_url()
            contact.cached_at = now
        return contact.cached_picture

    def set_blocked(self, contact_id: str, blocked: bool) -> Contact:
        contact = self.get(contact_id)
        contact.blocked = blocked
        return contact

    def upsert(self, contact_id: str, first_name: str | None, last_name: str | None) -> Contact:
        """Save a name in the phone's address book (``firstName lastName``), creating the entry; a lid names
        a known contact only (404 otherwise, as for the contact reads)."""
        contact = self.find(contact_id)
        if contact is None and contact_id.strip().endswith("@lid"):
            raise StateError(404, "contact_not_found", f"No contact is known with lid {contact_id}")
        contact = contact or self.remember(contact_id)
        name = " ".join(part.strip() for part in (first_name, last_name) if part and part.strip())
        if name:
            contact.name = name
        contact.is_my_contact = True
        return contact

    def update_profile(
        self,
        contact_id: str,
        *,
        pushname: str | None = None,
        about: str | None = None,
        picture: str | None = None,
    ) -> Contact:
        """Control: the person changes their own profile (``picture``: ``"new"`` or ``"remove"``)."""
        contact = self.find(contact_id) or self.remember(contact_id)
        if pushname is not None:
            contact.pushname = pushname
        if about is not None:
            contact.about = about
        if picture == "new":
            contact.picture_version = (contact.picture_version or 0) + 1
        elif picture == "remove":
            contact.picture_version = None
        return contact

    # ---- LIDs

    def lids(self, *, limit: int | None, offset: int) -> list[dict[str, str]]:
        rows = sorted(self.all(), key=lambda c: c.lid)[offset:]
        if limit is not None:
            rows = rows[:limit]
        return [{"lid": c.lid, "pn": c.id} for c in rows]

    def lids_count(self) -> int:
        return len(self.all())
