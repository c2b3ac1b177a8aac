# Rendered by generator/generate.py from spec/openapi.yaml. Do not edit: regenerate with `nox -s generate`.
"""The ``client.sessions`` namespace: Create, start, stop and inspect sessions (WhatsApp instances)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from .._base_client import AsyncResource, SyncResource

if TYPE_CHECKING:
    from .._api.models.instance_status import InstanceStatus
    from .._api.models.me import Me
    from .._api.models.session import Session

__all__ = ["AsyncSessionsResource", "SessionsResource"]


class SessionsResource(SyncResource):
    """``client.sessions``: Create, start, stop and inspect sessions (WhatsApp instances)."""

    def create(
        self,
        *,
        name: str,
    ) -> Session:
        """Create a new session

        ``POST /createSession`` (operation ``sessionCreate``).

        Args:
            name: Name of the new session, shown in the dashboard.
        """
        from .._api.api.sessions import session_create as _op

        return cast("Session", self._client._call(_op.sync_detailed, name=name))

    def delete(
        self,
    ) -> Session:
        """Delete the session

        ``DELETE /session/delete`` (operation ``sessionDelete``).
        """
        from .._api.api.sessions import session_delete as _op

        return cast("Session", self._client._call(_op.sync_detailed))

    def info(
        self,
    ) -> Session:
        """Get session info

        ``GET /session/info`` (operation ``sessionInfo``).
        """
        from .._api.api.sessions import session_info as _op

        return cast("Session", self._client._call(_op.sync_detailed))

    def logout(
        self,
    ) -> Session:
        """Log the phone out

        ``POST /session/logout`` (operation ``sessionLogout``).
        """
        from .._api.api.sessions import session_logout as _op

        return cast("Session", self._client._call(_op.sync_detailed))

    def me(
        self,
    ) -> Me | None:
        """Get the connected account

        ``GET /session/me`` (operation ``sessionMe``).
        """
        from .._api.api.sessions import session_me as _op

        return cast("Me | None", self._client._call(_op.sync_detailed))

    def restart(
        self,
    ) -> Session:
        """Restart the session

        ``POST /session/restart`` (operation ``sessionRestart``).
        """
        from .._api.api.sessions import session_restart as _op

        return cast("Session", self._client._call(_op.sync_detailed))

    def start(
        self,
    ) -> Session:
        """Start the session

        ``POST /session/start`` (operation ``sessionStart``).
        """
        from .._api.api.sessions import session_start as _op

        return cast("Session", self._client._call(_op.sync_detailed))

    def status(
        self,
    ) -> InstanceStatus:
        """Check whether the instance is online

        ``GET /status`` (operation ``instanceStatus``).
        """
        from .._api.api.sessions import instance_status as _op

        return cast("InstanceStatus", self._client._call(_op.sync_detailed))

    def stop(
        self,
    ) -> Session:
        """Stop the session

        ``POST /session/stop`` (operation ``sessionStop``).
        """
        from .._api.api.sessions import session_stop as _op

        return cast("Session", self._client._call(_op.sync_detailed))


class AsyncSessionsResource(AsyncResource):
    """``client.sessions``: Create, start, stop and inspect sessions (WhatsApp instances)."""

    async def create(
        self,
        *,
        name: str,
    ) -> Session:
        """Create a new session

        ``POST /createSession`` (operation ``sessionCreate``).

        Args:
            name: Name of the new session, shown in the dashboard.
        """
        from .._api.api.sessions import session_create as _op

        return cast("Session", await self._client._call(_op.asyncio_detailed, name=name))

    async def delete(
        self,
    ) -> Session:
        """Delete the session

        ``DELETE /session/delete`` (operation ``sessionDelete``).
        """
        from .._api.api.sessions import session_delete as _op

        return cast("Session", await self._client._call(_op.asyncio_detailed))

    async def info(
        self,
    ) -> Session:
        """Get session info

        ``GET /session/info`` (operation ``sessionInfo``).
        """
        from .._api.api.sessions import session_info as _op

        return cast("Session", await self._client._call(_op.asyncio_detailed))

    async def logout(
        self,
    ) -> Session:
        """Log the phone out

        ``POST /session/logout`` (operation ``sessionLogout``).
        """
        from .._api.api.sessions import session_logout as _op

        return cast("Session", await self._client._call(_op.asyncio_detailed))

    async def me(
        self,
    ) -> Me | None:
        """Get the connected account

        ``GET /session/me`` (operation ``sessionMe``).
        """
        from .._api.api.sessions import session_me as _op

        return cast("Me | None", await self._client._call(_op.asyncio_detailed))

    async def restart(
        self,
    ) -> Session:
        """Restart the session

        ``POST /session/restart`` (operation ``sessionRestart``).
        """
        from .._api.api.sessions import session_restart as _op

        return cast("Session", await self._client._call(_op.asyncio_detailed))

    async def start(
        self,
    ) -> Session:
        """Start the session

        ``POST /session/start`` (operation ``sessionStart``).
        """
        from .._api.api.sessions import session_start as _op

        return cast("Session", await self._client._call(_op.asyncio_detailed))

    async def status(
        self,
    ) -> InstanceStatus:
        """Check whether the instance is online

        ``GET /status`` (operation ``instanceStatus``).
        """
        from .._api.api.sessions import instance_status as _op

        return cast("InstanceStatus", await self._client._call(_op.asyncio_detailed))

    async def stop(
        self,
    ) -> Session:
        """Stop the session

        ``POST /session/stop`` (operation ``sessionStop``).
        """
        from .._api.api.sessions import session_stop as _op

        return cast("Session", await self._client._call(_op.asyncio_detailed))
