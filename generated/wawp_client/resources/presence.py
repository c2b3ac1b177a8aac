# Rendered by generator/generate.py from spec/openapi.yaml. Do not edit: regenerate with `nox -s generate`.
"""The ``client.presence`` namespace: Online, typing and last-seen information."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from .._api.types import UNSET
from .._base_client import AsyncResource, SyncResource

if TYPE_CHECKING:
    from .._api.models.chat_presences import ChatPresences
    from .._api.models.presence_set_presence import PresenceSetPresence
    from .._api.types import Unset

__all__ = ["AsyncPresenceResource", "PresenceResource"]


class PresenceResource(SyncResource):
    """``client.presence``: Online, typing and last-seen information."""

    def get(
        self,
        *,
        chat_id: str,
    ) -> ChatPresences:
        """Get presence in a chat

        ``GET /presence/{chatId}`` (operation ``presenceGet``).

        Args:
            chat_id: Chat whose participants' presence to read.
        """
        from .._api.api.presence import presence_get as _op

        return cast("ChatPresences", self._client._call(_op.sync_detailed, chat_id=chat_id))

    def set(
        self,
        *,
        presence: PresenceSetPresence,
        chat_id: str | Unset = UNSET,
    ) -> Any:
        """Set your presence

        ``POST /presence`` (operation ``presenceSet``).

        Args:
            presence: Presence to show. The vendor client sends composing/unavailable, the engine also knows
                typing/offline; all are accepted.
            chat_id: Chat the presence is shown in; typing, recording and paused apply to one chat, online and
                offline to the account.
        """
        from .._api.api.presence import presence_set as _op

        return cast("Any", self._client._call(_op.sync_detailed, presence=presence, chat_id=chat_id))


class AsyncPresenceResource(AsyncResource):
    """``client.presence``: Online, typing and last-seen information."""

    async def get(
        self,
        *,
        chat_id: str,
    ) -> ChatPresences:
        """Get presence in a chat

        ``GET /presence/{chatId}`` (operation ``presenceGet``).

        Args:
            chat_id: Chat whose participants' presence to read.
        """
        from .._api.api.presence import presence_get as _op

        return cast("ChatPresences", await self._client._call(_op.asyncio_detailed, chat_id=chat_id))

    async def set(
        self,
        *,
        presence: PresenceSetPresence,
        chat_id: str | Unset = UNSET,
    ) -> Any:
        """Set your presence

        ``POST /presence`` (operation ``presenceSet``).

        Args:
            presence: Presence to show. The vendor client sends composing/unavailable, the engine also knows
                typing/offline; all are accepted.
            chat_id: Chat the presence is shown in; typing, recording and paused apply to one chat, online and
                offline to the account.
        """
        from .._api.api.presence import presence_set as _op

        return cast("Any", await self._client._call(_op.asyncio_detailed, presence=presence, chat_id=chat_id))
