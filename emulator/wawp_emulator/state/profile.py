"""The instance's own WhatsApp profile: push name, About text and picture.

The profile belongs to the linked account (``SessionState.account``), so it survives stop/start
and is gone after logout; the backend hands that account in (``Backend.profile_account``: reading or
changing it needs a ``WORKING`` session). The push name is the one ``/session/me``
(``MeInfo.pushName``) and the webhook envelope's ``me`` show.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

from wawp_emulator.errors import StateError

if TYPE_CHECKING:
    from wawp_emulator.kernel import InstanceView, WorldView

__all__ = ["MAX_ABOUT", "ProfileAccount", "ProfileState"]

MAX_ABOUT = 139  # WhatsApp's About limit


class ProfileAccount(Protocol):
    """The linked WhatsApp account as the profile sees it (``state.sessions.Account``)."""

    id: str
    push_name: str
    about: str
    picture_version: int | None

    def picture_url(self) -> str | None: ...


class ProfileState:
    """The profile's rules (limits, picture versions); the data lives on the linked account."""

    def __init__(self, world: WorldView, instance: InstanceView) -> None:
        self.world = world
        self.instance = instance

    def get(self, account: ProfileAccount) -> dict[str, Any]:
        return {"id": account.id, "name": account.push_name, "picture": account.picture_url()}

    def set_name(self, account: ProfileAccount, name: str) -> None:
        # WAHA's IsNotEmpty refuses only "" (the spec's minLength): a blank name reaches the engine as sent, and
        # no source (ProfileNameRequest, the engines, whatsmeow) sets a length limit
        if not name:
            raise StateError(400, "invalid_name", "The name must not be empty")
        account.push_name = name

    def set_status(self, account: ProfileAccount, status: str) -> None:
        if len(status) > MAX_ABOUT:
            raise StateError(400, "invalid_status", f"The About text can have at most {MAX_ABOUT} characters")
        account.about = status

    def set_picture(self, account: ProfileAccount, file: dict[str, Any]) -> str:
        mimetype = str(file.get("mimetype") or "image/jpeg")
        if not mimetype.startswith("image/"):
            raise StateError(400, "invalid_file", f"A profile picture must be an image, not {mimetype}")
        if not (file.get("url") or file.get("data")):
            raise StateError(400, "invalid_file", "The picture needs file[url] (or base64 data)")
        account.picture_version = (account.picture_version or 0) + 1
        url = account.picture_url()
        assert url is not None
        return url

    def delete_picture(self, account: ProfileAccount) -> None:
        account.picture_version = None
