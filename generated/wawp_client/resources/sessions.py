# Rendered by generator/generate.py from spec/openapi.yaml. Do not edit: regenerate with `nox -s generate`.
"""The ``client.sessions`` namespace: Create, start, stop and inspect sessions (WhatsApp instances)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._base_client import AsyncResource, SyncResource
from .._facade import request_options
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx

    from .._api.models.instance_status import InstanceStatus
    from .._api.models.me import Me
    from .._api.models.session import Session

__all__ = ["AsyncSessionsResource", "AsyncSessionsWithRawResponse", "SessionsResource", "SessionsWithRawResponse"]


class SessionsResource(SyncResource):
    """``client.sessions``: Create, start, stop and inspect sessions (WhatsApp instances)."""

    def create(
        self,
        *,
        name: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Session:
        """Create a new session

        ``POST /createSession`` (operation ``sessionCreate``).

        Args:
            name: Name of the new session, shown in the dashboard.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.sessions import session_create as _op

        result: Session = self._client._call(
            _op._get_kwargs, cast_to=_op.RESULT, options=request_options(timeout, extra_headers, extra_query), name=name
        )
        return result

    def delete(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Session:
        """Delete the session

        ``DELETE /session/delete`` (operation ``sessionDelete``).

        Args:
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.sessions import session_delete as _op

        result: Session = self._client._call(
            _op._get_kwargs, cast_to=_op.RESULT, options=request_options(timeout, extra_headers, extra_query)
        )
        return result

    def info(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Session:
        """Get session info

        ``GET /session/info`` (operation ``sessionInfo``).

        Args:
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.sessions import session_info as _op

        result: Session = self._client._call(
            _op._get_kwargs, cast_to=_op.RESULT, options=request_options(timeout, extra_headers, extra_query)
        )
        return result

    def logout(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Session:
        """Log the phone out

        ``POST /session/logout`` (operation ``sessionLogout``).

        Args:
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.sessions import session_logout as _op

        result: Session = self._client._call(
            _op._get_kwargs, cast_to=_op.RESULT, options=request_options(timeout, extra_headers, extra_query)
        )
        return result

    def me(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Me | None:
        """Get the connected account

        ``GET /session/me`` (operation ``sessionMe``).

        Args:
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.sessions import session_me as _op

        result: Me | None = self._client._call(
            _op._get_kwargs, cast_to=_op.RESULT, options=request_options(timeout, extra_headers, extra_query)
        )
        return result

    def restart(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Session:
        """Restart the session

        ``POST /session/restart`` (operation ``sessionRestart``).

        Args:
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.sessions import session_restart as _op

        result: Session = self._client._call(
            _op._get_kwargs, cast_to=_op.RESULT, options=request_options(timeout, extra_headers, extra_query)
        )
        return result

    def start(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Session:
        """Start the session

        ``POST /session/start`` (operation ``sessionStart``).

        Args:
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.sessions import session_start as _op

        result: Session = self._client._call(
            _op._get_kwargs, cast_to=_op.RESULT, options=request_options(timeout, extra_headers, extra_query)
        )
        return result

    def status(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> InstanceStatus:
        """Check whether the instance is online

        ``GET /status`` (operation ``instanceStatus``).

        Args:
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.sessions import instance_status as _op

        result: InstanceStatus = self._client._call(
            _op._get_kwargs, cast_to=_op.RESULT, options=request_options(timeout, extra_headers, extra_query)
        )
        return result

    def stop(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Session:
        """Stop the session

        ``POST /session/stop`` (operation ``sessionStop``).

        Args:
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.sessions import session_stop as _op

        result: Session = self._client._call(
            _op._get_kwargs, cast_to=_op.RESULT, options=request_options(timeout, extra_headers, extra_query)
        )
        return result


class SessionsWithRawResponse:
    """``client.with_raw_response.sessions``: the same methods, returning the HTTP response."""

    def __init__(self, resource: SessionsResource) -> None:
        self._resource = resource
        self.create = to_raw_response_wrapper(resource.create)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.info = to_raw_response_wrapper(resource.info)
        self.logout = to_raw_response_wrapper(resource.logout)
        self.me = to_raw_response_wrapper(resource.me)
        self.restart = to_raw_response_wrapper(resource.restart)
        self.start = to_raw_response_wrapper(resource.start)
        self.status = to_raw_response_wrapper(resource.status)
        self.stop = to_raw_response_wrapper(resource.stop)


class AsyncSessionsResource(AsyncResource):
    """``client.sessions``: Create, start, stop and inspect sessions (WhatsApp instances)."""

    async def create(
        self,
        *,
        name: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Session:
        """Create a new session

        ``POST /createSession`` (operation ``sessionCreate``).

        Args:
            name: Name of the new session, shown in the dashboard.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.sessions import session_create as _op

        result: Session = await self._client._call(
            _op._get_kwargs, cast_to=_op.RESULT, options=request_options(timeout, extra_headers, extra_query), name=name
        )
        return result

    async def delete(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Session:
        """Delete the session

        ``DELETE /session/delete`` (operation ``sessionDelete``).

        Args:
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.sessions import session_delete as _op

        result: Session = await self._client._call(
            _op._get_kwargs, cast_to=_op.RESULT, options=request_options(timeout, extra_headers, extra_query)
        )
        return result

    async def info(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Session:
        """Get session info

        ``GET /session/info`` (operation ``sessionInfo``).

        Args:
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.sessions import session_info as _op

        result: Session = await self._client._call(
            _op._get_kwargs, cast_to=_op.RESULT, options=request_options(timeout, extra_headers, extra_query)
        )
        return result

    async def logout(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Session:
        """Log the phone out

        ``POST /session/logout`` (operation ``sessionLogout``).

        Args:
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.sessions import session_logout as _op

        result: Session = await self._client._call(
            _op._get_kwargs, cast_to=_op.RESULT, options=request_options(timeout, extra_headers, extra_query)
        )
        return result

    async def me(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Me | None:
        """Get the connected account

        ``GET /session/me`` (operation ``sessionMe``).

        Args:
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.sessions import session_me as _op

        result: Me | None = await self._client._call(
            _op._get_kwargs, cast_to=_op.RESULT, options=request_options(timeout, extra_headers, extra_query)
        )
        return result

    async def restart(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Session:
        """Restart the session

        ``POST /session/restart`` (operation ``sessionRestart``).

        Args:
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.sessions import session_restart as _op

        result: Session = await self._client._call(
            _op._get_kwargs, cast_to=_op.RESULT, options=request_options(timeout, extra_headers, extra_query)
        )
        return result

    async def start(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Session:
        """Start the session

        ``POST /session/start`` (operation ``sessionStart``).

        Args:
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.sessions import session_start as _op

        result: Session = await self._client._call(
            _op._get_kwargs, cast_to=_op.RESULT, options=request_options(timeout, extra_headers, extra_query)
        )
        return result

    async def status(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> InstanceStatus:
        """Check whether the instance is online

        ``GET /status`` (operation ``instanceStatus``).

        Args:
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.sessions import instance_status as _op

        result: InstanceStatus = await self._client._call(
            _op._get_kwargs, cast_to=_op.RESULT, options=request_options(timeout, extra_headers, extra_query)
        )
        return result

    async def stop(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Session:
        """Stop the session

        ``POST /session/stop`` (operation ``sessionStop``).

        Args:
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.sessions import session_stop as _op

        result: Session = await self._client._call(
            _op._get_kwargs, cast_to=_op.RESULT, options=request_options(timeout, extra_headers, extra_query)
        )
        return result


class AsyncSessionsWithRawResponse:
    """``client.with_raw_response.sessions``: the same methods, returning the HTTP response."""

    def __init__(self, resource: AsyncSessionsResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response_wrapper(resource.create)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.info = async_to_raw_response_wrapper(resource.info)
        self.logout = async_to_raw_response_wrapper(resource.logout)
        self.me = async_to_raw_response_wrapper(resource.me)
        self.restart = async_to_raw_response_wrapper(resource.restart)
        self.start = async_to_raw_response_wrapper(resource.start)
        self.status = async_to_raw_response_wrapper(resource.status)
        self.stop = async_to_raw_response_wrapper(resource.stop)
