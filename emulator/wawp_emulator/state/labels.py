"""Labels (WhatsApp Business): the 20-colour palette, label CRUD and chat associations.

- Label ids are increasing numeric strings (``"1"``, ``"2"``, ...) and are never reused.
- A colour is a palette index ``color`` or a ``colorHex``. Through the API the spec's rules
  (``x-wawp-request-rules``) let only palette hex values through, and any number as ``color`` (WAHA's
  ``LabelBody`` has ``IsNumber``): it is kept as given, and :func:`to_hex` reads it back as WAHA's
  ``Label.toHex`` does. The phone (control API) may send any hex, which becomes the nearest of the 20 palette
  colours; a colorHex that is not ``#rrggbb`` there, or no colour at all, is ``StateError(400, "invalid_color")``.
- WAHA's controller, not the phone, refuses with 422 a label name any label already has (even the
  one being changed) and a 21st label: :meth:`LabelsState.ensure_name_free` and
  :meth:`LabelsState.ensure_room`, which the API handlers call.
- Creating or changing a label is announced as ``label.upsert``; deleting it as ``label.deleted``, and
  its chat associations silently go (like the phone does). The backend announces; the store returns.
- ``PUT /labels/chats/{chatId}`` replaces the chat's set; the :class:`ChatLabelsChanged` it returns gives
  one ``label.chat.added`` / ``label.chat.deleted`` per label that was added / removed.
- Associations key on the normalised chat id string, so no chat has to exist in the chats store.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from wawp_emulator.errors import StateError
from wawp_emulator.jids import normalize_chat_id

if TYPE_CHECKING:
    from collections.abc import Iterable

    from wawp_emulator.kernel import InstanceView, WorldView

__all__ = [
    "MAX_LABELS",
    "PALETTE",
    "ChatLabelsChanged",
    "Color",
    "Label",
    "LabelsState",
    "color_fields",
    "resolve_color",
    "to_hex",
]

PALETTE: tuple[str, ...] = (
    "#ff9485",
    "#64c4ff",
    "#ffd429",
    "#dfaef0",
    "#99b6c1",
    "#55ccb3",
    "#ff9dff",
    "#d3a91d",
    "#6d7cce",
    "#d7e752",
    "#00d0e2",
    "#ffc5c7",
    "#93ceac",
    "#f74848",
    "#00a0f2",
    "#83e422",
    "#ffaf04",
    "#b5ebff",
    "#9ba6ff",
    "#9368cf",
)


MAX_LABELS = 20
"""WAHA's controller refuses to create a label once this many exist."""


def _rgb(hex_colour: str) -> tuple[int, int, int] | None:
    digits = hex_colour.lstrip("#")
    if len(digits) != 6 or any(c not in "0123456789abcdefABCDEF" for c in digits):
        return None
    return int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16)


def _distance(a: tuple[int, int, int], b: tuple[int, int, int]) -> int:
    return sum((x - y) ** 2 for x, y in zip(a, b, strict=True))


Color = int | float
"""A label's ``color``: any JSON number WAHA's ``IsNumber`` takes, an integral one kept as an ``int``."""


def to_hex(color: Color) -> str | None:
    """WAHA's ``Label.toHex``: the palette entry at ``color``, ``#000000`` from 20 up, and nothing (the
    JavaScript ``undefined`` of an index that names no entry, so no ``colorHex`` key) for a negative or
    fractional ``color``."""
    if color >= len(PALETTE):
        return "#000000"
    if color < 0 or color != int(color):
        return None
    return PALETTE[int(color)]


def resolve_color(color: Color | None, color_hex: str | None) -> Color:
    """The ``color`` to keep for a request's ``color`` / ``colorHex`` (``color`` wins when both are given)."""
    if color is not None:
        return int(color) if color == int(color) else color
    if color_hex is not None:
        wanted = color_hex.strip().lower()
        if not wanted.startswith("#"):
            wanted = "#" + wanted
        if wanted in PALETTE:
            return PALETTE.index(wanted)
        rgb = _rgb(wanted)
        if rgb is None:
            raise StateError(400, "invalid_color", f"colorHex {color_hex} is not a #rrggbb colour")
        return min(range(len(PALETTE)), key=lambda i: _distance(rgb, _rgb(PALETTE[i]) or (0, 0, 0)))
    raise StateError(400, "invalid_color", "A label needs a color or a colorHex")


def color_fields(body: dict[str, Any]) -> tuple[Color | None, str | None]:
    """``(color, colorHex)`` of a label body, each ``None`` when absent or null (a body may give either)."""
    color = body.get("color")
    color_hex = body.get("colorHex")
    return (
        color if isinstance(color, int | float) and not isinstance(color, bool) else None,
        color_hex if isinstance(color_hex, str) else None,
    )


@dataclass
class Label:
    id: str
    name: str
    color: Color

    @property
    def color_hex(self) -> str | None:
        return to_hex(self.color)

    def to_json(self) -> dict[str, Any]:
        body: dict[str, Any] = {"id": self.id, "name": self.name, "color": self.color}
        if self.color_hex is not None:
            body["colorHex"] = self.color_hex
        return body


@dataclass(frozen=True)
class ChatLabelsChanged:
    """The labels ``removed`` from and ``added`` to chat ``chat_id`` (label ids, in order)."""

    chat_id: str
    removed: tuple[str, ...]
    added: tuple[str, ...]


class LabelsState:
    """Labels of one instance and which chats carry them."""

    def __init__(self, world: WorldView, instance: InstanceView) -> None:
        self.world = world
        self.instance = instance
        self.labels: dict[str, Label] = {}
        self.last_id = 0
        self.chat_labels: dict[str, list[str]] = {}  # chat id -> label ids, in the order they were added

    # ------------------------------------------------------------------ labels

    def list_labels(self) -> list[Label]:
        return sorted(self.labels.values(), key=lambda label: int(label.id))

    def get(self, label_id: str) -> Label:
        label = self.labels.get(str(label_id).strip())
        if label is None:
            raise StateError(404, "label_not_found", f"Label {label_id} not found")
        return label

    def ensure_name_free(self, name: str) -> None:
        """422 when a label already has ``name`` (WAHA compares the exact text, and counts the label
        being changed too)."""
        taken = next((label for label in self.list_labels() if label.name == name), None)
        if taken is not None:
            raise StateError(422, "label_name_taken", f"A label named '{name}' already exists (id {taken.id})")

    def ensure_room(self) -> None:
        """422 once :data:`MAX_LABELS` labels exist."""
        if len(self.labels) >= MAX_LABELS:
            raise StateError(422, "too_many_labels", f"At most {MAX_LABELS} labels can exist")

    def create(self, name: str, *, color: Color | None = None, color_hex: str | None = None) -> Label:
        kept = resolve_color(color, color_hex)
        self.last_id += 1
        label = Label(id=str(self.last_id), name=name, color=kept)  # (LabelBody.name is IsString only)
        self.labels[label.id] = label
        return label

    def update(
        self, label_id: str, name: str | None, *, color: Color | None = None, color_hex: str | None = None
    ) -> Label:
        label = self.get(label_id)
        if name is not None:
            label.name = name
        if color is not None or color_hex is not None:
            label.color = resolve_color(color, color_hex)
        return label

    def delete(self, label_id: str) -> Label:
        label = self.get(label_id)
        del self.labels[label.id]
        for chat_id in list(self.chat_labels):
            ids = [lid for lid in self.chat_labels[chat_id] if lid != label.id]
            if ids:
                self.chat_labels[chat_id] = ids
            else:
                del self.chat_labels[chat_id]
        return label

    # ------------------------------------------------------------------ chat associations

    def for_chat(self, chat_id: str) -> list[Label]:
        cid = normalize_chat_id(chat_id)
        return [self.labels[lid] for lid in self.chat_labels.get(cid, []) if lid in self.labels]

    def set_for_chat(self, chat_id: str, label_ids: Iterable[str]) -> ChatLabelsChanged:
        """Replace the chat's labels; unknown label ids are 404 and change nothing."""
        cid = normalize_chat_id(chat_id)
        wanted: list[str] = []
        for raw in label_ids:
            label = self.get(raw)
            if label.id not in wanted:
                wanted.append(label.id)
        current = self.chat_labels.get(cid, [])
        removed = [lid for lid in current if lid not in wanted]
        added = [lid for lid in wanted if lid not in current]
        ordered = [lid for lid in current if lid in wanted] + added
        if ordered:
            self.chat_labels[cid] = ordered
        else:
            self.chat_labels.pop(cid, None)
        return ChatLabelsChanged(cid, tuple(removed), tuple(added))

    def add_to_chat(self, chat_id: str, label_id: str) -> ChatLabelsChanged:
        """Attach one label (phone side); nothing changes when it was already there."""
        cid = normalize_chat_id(chat_id)
        current = [existing.id for existing in self.for_chat(cid)]
        label = self.get(label_id)
        return self.set_for_chat(cid, current if label.id in current else [*current, label.id])

    def remove_from_chat(self, chat_id: str, label_id: str) -> ChatLabelsChanged:
        """Detach one label (phone side); nothing changes when the chat did not carry it."""
        cid = normalize_chat_id(chat_id)
        label = self.get(label_id)
        return self.set_for_chat(cid, [existing.id for existing in self.for_chat(cid) if existing.id != label.id])

    def chats_with(self, label_id: str) -> list[str]:
        """Ids of the chats carrying the label, in the order they got it first."""
        label = self.get(label_id)
        return [cid for cid, ids in self.chat_labels.items() if label.id in ids]
