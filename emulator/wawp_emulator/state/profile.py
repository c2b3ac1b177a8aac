"""The instance's own WhatsApp profile: push name, About text and picture.

The profile belongs to the linked account (``SessionState.account``), so it survives stop/start
and is gone after logout. The push name is the one ``/session/me`` (``MeInfo.pushName``) and the
webhook envelope's ``me`` show. Reading or changing it needs a ``WORKING`` session.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from wawp_emulator.errors import StateError
from wawp_emulator.state.messages import require_working

if TYPE_CHECKING:
    from wawp_emulator.state.sessions import Account
    from wawp_emulator.world import Instance, World

__all__ = ["MAX_ABOUT", "MAX_NAME", "ProfileState"]

MAX_NAME = 25  # WhatsApp's push-name limit
MAX_ABOUT = 139  # WhatsApp's About limit


class ProfileState:
    def __init__(self, world: World, instance: Instance) -> None:
        self.world = world
        self.instance = instance

    def _account(self) -> Account:
        session = require_working(self.instance)
        assert session.account is not None
        return session.account

    def get(self) -> dict[str, Any]:
        account = self._account()
        return {"id": account.id, "name": account.push_name, "picture": account.picture_url()}

    def about(self) -> str:
        return self._account().about

    def set_name(self, name: str) -> None:
        text = name.strip()
        if not text or len(text) > MAX_NAME:
            raise StateError(400, "invalid_name", f"The name must be 1-{MAX_NAME} characters")
        self._account().push_name = text

    def set_status(self, status: str) -> None:
        if len(status) > MAX_ABOUT:
            raise StateError(400, "invalid_status", f"The About text can have at most {MAX_ABOUT} characters")
        self._account().about = status

    def set_picture(self, file: dict[str, Any]) -> str:
        mimetype = str(file.get("mimetype") or "image/jpeg")
        if not mimetype.startswith("image/"):
            raise StateError(400, "invalid_file", f"A profile picture must be an image, not {mimetype}")
        if not (file.get("url") or file.get("data")):
            raise StateError(400, "invalid_file", "The picture needs file[url] (or base64 data)")
        account = self._account()
        account.picture_version = (account.picture_version or 0) + 1
        url = account.picture_url()
        assert url is not None
        return url

    def delete_picture(self) -> None:
        self._account().picture_version = None
