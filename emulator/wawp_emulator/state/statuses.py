"""24-hour statuses (stories): text, image, voice and video posts in ``status@broadcast``.

Each post is an outgoing message of the chat ``status@broadcast`` (id
``true_status@broadcast_3EB0...``), so it also shows in that chat's messages and fires
``message.any``. A post lives 24 hours of world clock; deleting it (by full id or by the bare key
id the send result returns) revokes it, and a deleted or expired post answers 404
``status_not_found``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from wawp_emulator.clock import seconds
from wawp_emulator.errors import StateError
from wawp_emulator.jids import STATUS_CHAT, bare_message_id
from wawp_emulator.state.messages import Message, MessagesState, require_working

if TYPE_CHECKING:
    from wawp_emulator.world import Instance, World

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
    def __init__(self, world: World, instance: Instance) -> None:
        self.world = world
        self.instance = instance
        self.posts: dict[str, StatusPost] = {}  # raw id -> post

    @property
    def messages(self) -> MessagesState:
        return self.instance.state(MessagesState)

    def _post(self, kind: str, message: Message, contacts: list[str] | None) -> None:
        self.posts[message.raw_id] = StatusPost(message.id, message.raw_id, kind, message.timestamp, contacts)

    def text(
        self,
        text: str,
        *,
        background_color: str | None = None,
        font: int | None = None,
        link_preview: bool = True,
        contacts: list[str] | None = None,
    ) -> Message:
        """A text status; WhatsApp's background colour and font are checked (the emulator keeps the text)."""
        require_working(self.instance)
        argb = _argb(background_color)
        chosen_font = 0 if font is None else font
        if chosen_font not in _FONTS:
            raise StateError(400, "invalid_font", f"Font must be 0-9, not {font}")
        style = {"backgroundArgb": argb, "font": chosen_font}
        message = self.messages.send(STATUS_CHAT, type="chat", body=text, text_style=style)
        self._post("text", message, contacts)
        return message

    def media(
        self,
        kind: str,
        file: dict[str, Any],
        *,
        caption: str | None = None,
        as_note: bool = False,
        contacts: list[str] | None = None,
    ) -> Message:
        """An image, voice or video status."""
        require_working(self.instance)
        types = {"image": "image", "voice": "ptt", "video": "video"}
        message = self.messages.send(
            STATUS_CHAT,
            type=types[kind],
            body=caption,
            media=file,
            is_note=(kind == "voice" or as_note),
        )
        self._post(kind, message, contacts)
        return message

    def delete(self, status_id: str) -> Message:
        """Revoke a post by full id or key id; 404 once deleted or expired. Returns the revoke message sent."""
        raw = bare_message_id(status_id.strip())
        post = self.posts.get(raw)
        if post is None or post.expires_at() <= seconds(self.world.clock):
            raise StateError(404, "status_not_found", f"Status {status_id} not found")
        require_working(self.instance)
        del self.posts[raw]
        try:
            return self.messages.delete(STATUS_CHAT, post.message_id)
        except StateError:  # the chat was cleared meanwhile: the post is gone either way, the revoke still goes out
            gone = Message(
                post.message_id, raw, STATUS_CHAT, True, self.messages.own_id, post.timestamp, 0, "chat", None
            )
            return self.messages.protocol_message("revoke", gone, by_me=True)
