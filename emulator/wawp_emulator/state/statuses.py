"""24-hour statuses (stories): text, image, voice and video posts in ``status@broadcast``.

Each post is an outgoing message of the chat ``status@broadcast`` (id
``true_status@broadcast_3EB0...``), so it also shows in that chat's messages and fires
``message.any`` (``Backend.status_text``/``status_media`` send it; this store keeps the posts). A
post lives 24 hours of world clock; deleting it (by full id or by the bare key id the send result
returns) revokes it, and a deleted or expired post answers 404 ``status_not_found``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from wawp_emulator.clock import seconds
from wawp_emulator.errors import StateError
from wawp_emulator.jids import bare_message_id

if TYPE_CHECKING:
    from wawp_emulator.kernel import InstanceView, WorldView

__all__ = ["STATUS_LIFETIME", "StatusPost", "StatusesState"]

STATUS_LIFETIME = 24 * 3600
_FONTS = range(0, 10)


def _argb(colour: str | None) -> int:
    """``#38b42f`` -> the opaque ARGB integer WhatsApp stores (``backgroundArgb``)."""
    text = (colour or "#38b42f").lstrip("#")
    try:
        rgb = int(text[:6], 16)
    except ValueError:
        raise StateError(400, "invalid_color", f"'{colour}' is not a #rrggbb colour") from None
    if len(text) != 6:
        raise StateError(400, "invalid_color", f"'{colour}' is not a #rrggbb colour")
    return 0xFF000000 | rgb


@dataclass
class StatusPost:
    message_id: str
    raw_id: str
    kind: str  # text | image | voice | video
    timestamp: int
    contacts: list[str] | None

    def expires_at(self) -> int:
        return self.timestamp + STATUS_LIFETIME


class StatusesState:
    def __init__(self, world: WorldView, instance: InstanceView) -> None:
        self.world = world
        self.instance = instance
        self.posts: dict[str, StatusPost] = {}  # raw id -> post

    @staticmethod
    def text_style(background_color: str | None, font: int | None) -> dict[str, int]:
        """A text status' ``backgroundArgb`` and font, as WhatsApp checks them (the emulator keeps the text)."""
        argb = _argb(background_color)
        chosen_font = 0 if font is None else font
        if chosen_font not in _FONTS:
            raise StateError(400, "invalid_font", f"Font must be 0-9, not {font}")
        return {"backgroundArgb": argb, "font": chosen_font}

    def record(self, kind: str, message_id: str, raw_id: str, timestamp: int, contacts: list[str] | None) -> None:
        """Keep a post just sent (``kind``: text | image | voice | video)."""
        self.posts[raw_id] = StatusPost(message_id, raw_id, kind, timestamp, contacts)

    def live(self, status_id: str) -> StatusPost:
        """The post by full id or key id; 404 ``status_not_found`` once deleted or expired."""
        post = self.posts.get(bare_message_id(status_id.strip()))
        if post is None or post.expires_at() <= seconds(self.world.clock):
            raise StateError(404, "status_not_found", f"Status {status_id} not found")
        return post

    def forget(self, post: StatusPost) -> None:
        del self.posts[post.raw_id]
