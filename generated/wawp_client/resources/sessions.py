# Rendered by generator/generate.py from spec/openapi.yaml. Do not edit: regenerate with `nox -s generate`.
"""The ``client.sessions`` namespace: Create, start, stop and inspect sessions (WhatsApp instances)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._base_client import AsyncResource, SyncResource
from .._facade import request_options
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx

    from .._api.models.instance_status import InstanceStatus
    from .._api.models.me import Me
    from .._api.models.session import Session
    from .._api.models.v2_provisioned_instance import V2ProvisionedInstance
    from .._api.models.v2_rate_limit_policies import V2RateLimitPolicies
    from .._api.models.v2_temp_link import V2TempLink

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

        Only in Wawp v1: ``POST /createSession`` (operation ``sessionCreate``). On v2, ``client.sessions.provision()``
        takes its place.

        Args:
            name: Name of the new session, shown in the dashboard.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v1", "sessions.create", "sessions.provision")
        from .._api.api.sessions import session_create

        result: Session = self._client._call(
            session_create._get_kwargs,
            cast_to=session_create.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            name=name,
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

        v1: ``DELETE /session/delete`` (operation ``sessionDelete``); v2: ``DELETE /v2/session/delete`` (operation
        ``sessionDelete``).

        Args:
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        if self._client.api_version == "v1":
            from .._api.api.sessions import session_delete

            result: Session = self._client._call(
                session_delete._get_kwargs,
                cast_to=session_delete.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
            )
        else:
            from .._api.api.sessions import session_delete_v2

            result = self._client._call(
                session_delete_v2._get_kwargs,
                cast_to=session_delete_v2.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
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

        v1: ``GET /session/info`` (operation ``sessionInfo``); v2: ``POST /v2/session/info`` (operation
        ``sessionInfo``).

        Args:
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        if self._client.api_version == "v1":
            from .._api.api.sessions import session_info

            result: Session = self._client._call(
                session_info._get_kwargs,
                cast_to=session_info.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
            )
        else:
            from .._api.api.sessions import session_info_v2

            result = self._client._call(
                session_info_v2._get_kwargs,
                cast_to=session_info_v2.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
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

        v1: ``POST /session/logout`` (operation ``sessionLogout``); v2: ``POST /v2/session/logout`` (operation
        ``sessionLogout``).

        Args:
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        if self._client.api_version == "v1":
            from .._api.api.sessions import session_logout

            result: Session = self._client._call(
                session_logout._get_kwargs,
                cast_to=session_logout.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
            )
        else:
            from .._api.api.sessions import session_logout_v2

            result = self._client._call(
                session_logout_v2._get_kwargs,
                cast_to=session_logout_v2.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
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

        v1: ``GET /session/me`` (operation ``sessionMe``); v2: ``GET /v2/session/me`` (operation ``sessionMe``).

        Args:
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        if self._client.api_version == "v1":
            from .._api.api.sessions import session_me

            result: Me | None = self._client._call(
                session_me._get_kwargs,
                cast_to=session_me.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
            )
        else:
            from .._api.api.sessions import session_me_v2

            result = self._client._call(
                session_me_v2._get_kwargs,
                cast_to=session_me_v2.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
            )
        return result

    def provision(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> V2ProvisionedInstance:
        """Create (provision) a new instance

        Only in Wawp v2: ``POST /v2/session/create`` (operation ``sessionProvision``).

        Args:
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v2", "sessions.provision")
        from .._api.api.sessions import session_provision_v2

        result: V2ProvisionedInstance = self._client._call(
            session_provision_v2._get_kwargs,
            cast_to=session_provision_v2.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
        )
        return result

    def rate_limit_get(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> V2RateLimitPolicies:
        """Read the session's rate-limit policy

        Only in Wawp v2: ``GET /v2/session/rate-limit`` (operation ``sessionRateLimitGet``).

        Args:
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v2", "sessions.rate_limit_get")
        from .._api.api.sessions import session_rate_limit_get_v2

        result: V2RateLimitPolicies = self._client._call(
            session_rate_limit_get_v2._get_kwargs,
            cast_to=session_rate_limit_get_v2.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
        )
        return result

    def rate_limit_set(
        self,
        *,
        policy_slug: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Choose the session's rate-limit policy

        Only in Wawp v2: ``PATCH /v2/session/rate-limit`` (operation ``sessionRateLimitSet``).

        Args:
            policy_slug: Slug of the policy to apply, one the GET answer marks `available` (for example `strict`
                or `standard_policy`).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v2", "sessions.rate_limit_set")
        from .._api.api.sessions import session_rate_limit_set_v2

        result: dict[str, Any] = self._client._call(
            session_rate_limit_set_v2._get_kwargs,
            cast_to=session_rate_limit_set_v2.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            policy_slug=policy_slug,
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

        v1: ``POST /session/restart`` (operation ``sessionRestart``); v2: ``POST /v2/session/restart`` (operation
        ``sessionRestart``).

        Args:
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        if self._client.api_version == "v1":
            from .._api.api.sessions import session_restart

            result: Session = self._client._call(
                session_restart._get_kwargs,
                cast_to=session_restart.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
            )
        else:
            from .._api.api.sessions import session_restart_v2

            result = self._client._call(
                session_restart_v2._get_kwargs,
                cast_to=session_restart_v2.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
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

        v1: ``POST /session/start`` (operation ``sessionStart``); v2: ``POST /v2/session/start`` (operation
        ``sessionStart``).

        Args:
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        if self._client.api_version == "v1":
            from .._api.api.sessions import session_start

            result: Session = self._client._call(
                session_start._get_kwargs,
                cast_to=session_start.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
            )
        else:
            from .._api.api.sessions import session_start_v2

            result = self._client._call(
                session_start_v2._get_kwargs,
                cast_to=session_start_v2.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
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

        Only in Wawp v1: ``GET /status`` (operation ``instanceStatus``).

        Args:
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v1", "sessions.status")
        from .._api.api.sessions import instance_status

        result: InstanceStatus = self._client._call(
            instance_status._get_kwargs,
            cast_to=instance_status.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
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

        v1: ``POST /session/stop`` (operation ``sessionStop``); v2: ``POST /v2/session/stop`` (operation
        ``sessionStop``).

        Args:
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        if self._client.api_version == "v1":
            from .._api.api.sessions import session_stop

            result: Session = self._client._call(
                session_stop._get_kwargs,
                cast_to=session_stop.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
            )
        else:
            from .._api.api.sessions import session_stop_v2

            result = self._client._call(
                session_stop_v2._get_kwargs,
                cast_to=session_stop_v2.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
            )
        return result

    def temp_link_create(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> V2TempLink:
        """Create a temporary access link

        Only in Wawp v2: ``POST /v2/session/temp-link`` (operation ``sessionTempLinkCreate``).

        Args:
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v2", "sessions.temp_link_create")
        from .._api.api.sessions import session_temp_link_create_v2

        result: V2TempLink = self._client._call(
            session_temp_link_create_v2._get_kwargs,
            cast_to=session_temp_link_create_v2.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
        )
        return result

    def temp_link_get(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> V2TempLink:
        """Read the active temporary access link

        Only in Wawp v2: ``GET /v2/session/temp-link`` (operation ``sessionTempLinkGet``).

        Args:
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v2", "sessions.temp_link_get")
        from .._api.api.sessions import session_temp_link_get_v2

        result: V2TempLink = self._client._call(
            session_temp_link_get_v2._get_kwargs,
            cast_to=session_temp_link_get_v2.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
        )
        return result

    def temp_link_revoke(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Revoke the temporary access links

        Only in Wawp v2: ``DELETE /v2/session/temp-link`` (operation ``sessionTempLinkRevoke``).

        Args:
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v2", "sessions.temp_link_revoke")
        from .._api.api.sessions import session_temp_link_revoke_v2

        result: dict[str, Any] = self._client._call(
            session_temp_link_revoke_v2._get_kwargs,
            cast_to=session_temp_link_revoke_v2.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
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
        self.provision = to_raw_response_wrapper(resource.provision)
        self.rate_limit_get = to_raw_response_wrapper(resource.rate_limit_get)
        self.rate_limit_set = to_raw_response_wrapper(resource.rate_limit_set)
        self.restart = to_raw_response_wrapper(resource.restart)
        self.start = to_raw_response_wrapper(resource.start)
        self.status = to_raw_response_wrapper(resource.status)
        self.stop = to_raw_response_wrapper(resource.stop)
        self.temp_link_create = to_raw_response_wrapper(resource.temp_link_create)
        self.temp_link_get = to_raw_response_wrapper(resource.temp_link_get)
        self.temp_link_revoke = to_raw_response_wrapper(resource.temp_link_revoke)


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

        Only in Wawp v1: ``POST /createSession`` (operation ``sessionCreate``). On v2, ``client.sessions.provision()``
        takes its place.

        Args:
            name: Name of the new session, shown in the dashboard.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v1", "sessions.create", "sessions.provision")
        from .._api.api.sessions import session_create

        result: Session = await self._client._call(
            session_create._get_kwargs,
            cast_to=session_create.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            name=name,
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

        v1: ``DELETE /session/delete`` (operation ``sessionDelete``); v2: ``DELETE /v2/session/delete`` (operation
        ``sessionDelete``).

        Args:
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        if self._client.api_version == "v1":
            from .._api.api.sessions import session_delete

            result: Session = await self._client._call(
                session_delete._get_kwargs,
                cast_to=session_delete.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
            )
        else:
            from .._api.api.sessions import session_delete_v2

            result = await self._client._call(
                session_delete_v2._get_kwargs,
                cast_to=session_delete_v2.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
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

        v1: ``GET /session/info`` (operation ``sessionInfo``); v2: ``POST /v2/session/info`` (operation
        ``sessionInfo``).

        Args:
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        if self._client.api_version == "v1":
            from .._api.api.sessions import session_info

            result: Session = await self._client._call(
                session_info._get_kwargs,
                cast_to=session_info.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
            )
        else:
            from .._api.api.sessions import session_info_v2

            result = await self._client._call(
                session_info_v2._get_kwargs,
                cast_to=session_info_v2.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
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

        v1: ``POST /session/logout`` (operation ``sessionLogout``); v2: ``POST /v2/session/logout`` (operation
        ``sessionLogout``).

        Args:
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        if self._client.api_version == "v1":
            from .._api.api.sessions import session_logout

            result: Session = await self._client._call(
                session_logout._get_kwargs,
                cast_to=session_logout.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
            )
        else:
            from .._api.api.sessions import session_logout_v2

            result = await self._client._call(
                session_logout_v2._get_kwargs,
                cast_to=session_logout_v2.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
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

        v1: ``GET /session/me`` (operation ``sessionMe``); v2: ``GET /v2/session/me`` (operation ``sessionMe``).

        Args:
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        if self._client.api_version == "v1":
            from .._api.api.sessions import session_me

            result: Me | None = await self._client._call(
                session_me._get_kwargs,
                cast_to=session_me.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
            )
        else:
            from .._api.api.sessions import session_me_v2

            result = await self._client._call(
                session_me_v2._get_kwargs,
                cast_to=session_me_v2.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
            )
        return result

    async def provision(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> V2ProvisionedInstance:
        """Create (provision) a new instance

        Only in Wawp v2: ``POST /v2/session/create`` (operation ``sessionProvision``).

        Args:
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v2", "sessions.provision")
        from .._api.api.sessions import session_provision_v2

        result: V2ProvisionedInstance = await self._client._call(
            session_provision_v2._get_kwargs,
            cast_to=session_provision_v2.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
        )
        return result

    async def rate_limit_get(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> V2RateLimitPolicies:
        """Read the session's rate-limit policy

        Only in Wawp v2: ``GET /v2/session/rate-limit`` (operation ``sessionRateLimitGet``).

        Args:
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v2", "sessions.rate_limit_get")
        from .._api.api.sessions import session_rate_limit_get_v2

        result: V2RateLimitPolicies = await self._client._call(
            session_rate_limit_get_v2._get_kwargs,
            cast_to=session_rate_limit_get_v2.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
        )
        return result

    async def rate_limit_set(
        self,
        *,
        policy_slug: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Choose the session's rate-limit policy

        Only in Wawp v2: ``PATCH /v2/session/rate-limit`` (operation ``sessionRateLimitSet``).

        Args:
            policy_slug: Slug of the policy to apply, one the GET answer marks `available` (for example `strict`
                or `standard_policy`).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v2", "sessions.rate_limit_set")
        from .._api.api.sessions import session_rate_limit_set_v2

        result: dict[str, Any] = await self._client._call(
            session_rate_limit_set_v2._get_kwargs,
            cast_to=session_rate_limit_set_v2.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            policy_slug=policy_slug,
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

        v1: ``POST /session/restart`` (operation ``sessionRestart``); v2: ``POST /v2/session/restart`` (operation
        ``sessionRestart``).

        Args:
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        if self._client.api_version == "v1":
            from .._api.api.sessions import session_restart

            result: Session = await self._client._call(
                session_restart._get_kwargs,
                cast_to=session_restart.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
            )
        else:
            from .._api.api.sessions import session_restart_v2

            result = await self._client._call(
                session_restart_v2._get_kwargs,
                cast_to=session_restart_v2.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
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

        v1: ``POST /session/start`` (operation ``sessionStart``); v2: ``POST /v2/session/start`` (operation
        ``sessionStart``).

        Args:
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        if self._client.api_version == "v1":
            from .._api.api.sessions import session_start

            result: Session = await self._client._call(
                session_start._get_kwargs,
                cast_to=session_start.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
            )
        else:
            from .._api.api.sessions import session_start_v2

            result = await self._client._call(
                session_start_v2._get_kwargs,
                cast_to=session_start_v2.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
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

        Only in Wawp v1: ``GET /status`` (operation ``instanceStatus``).

        Args:
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v1", "sessions.status")
        from .._api.api.sessions import instance_status

        result: InstanceStatus = await self._client._call(
            instance_status._get_kwargs,
            cast_to=instance_status.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
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

        v1: ``POST /session/stop`` (operation ``sessionStop``); v2: ``POST /v2/session/stop`` (operation
        ``sessionStop``).

        Args:
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        if self._client.api_version == "v1":
            from .._api.api.sessions import session_stop

            result: Session = await self._client._call(
                session_stop._get_kwargs,
                cast_to=session_stop.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
            )
        else:
            from .._api.api.sessions import session_stop_v2

            result = await self._client._call(
                session_stop_v2._get_kwargs,
                cast_to=session_stop_v2.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
            )
        return result

    async def temp_link_create(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> V2TempLink:
        """Create a temporary access link

        Only in Wawp v2: ``POST /v2/session/temp-link`` (operation ``sessionTempLinkCreate``).

        Args:
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v2", "sessions.temp_link_create")
        from .._api.api.sessions import session_temp_link_create_v2

        result: V2TempLink = await self._client._call(
            session_temp_link_create_v2._get_kwargs,
            cast_to=session_temp_link_create_v2.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
        )
        return result

    async def temp_link_get(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> V2TempLink:
        """Read the active temporary access link

        Only in Wawp v2: ``GET /v2/session/temp-link`` (operation ``sessionTempLinkGet``).

        Args:
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v2", "sessions.temp_link_get")
        from .._api.api.sessions import session_temp_link_get_v2

        result: V2TempLink = await self._client._call(
            session_temp_link_get_v2._get_kwargs,
            cast_to=session_temp_link_get_v2.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
        )
        return result

    async def temp_link_revoke(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Revoke the temporary access links

        Only in Wawp v2: ``DELETE /v2/session/temp-link`` (operation ``sessionTempLinkRevoke``).

        Args:
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v2", "sessions.temp_link_revoke")
        from .._api.api.sessions import session_temp_link_revoke_v2

        result: dict[str, Any] = await self._client._call(
            session_temp_link_revoke_v2._get_kwargs,
            cast_to=session_temp_link_revoke_v2.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
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
        self.provision = async_to_raw_response_wrapper(resource.provision)
        self.rate_limit_get = async_to_raw_response_wrapper(resource.rate_limit_get)
        self.rate_limit_set = async_to_raw_response_wrapper(resource.rate_limit_set)
        self.restart = async_to_raw_response_wrapper(resource.restart)
        self.start = async_to_raw_response_wrapper(resource.start)
        self.status = async_to_raw_response_wrapper(resource.status)
        self.stop = async_to_raw_response_wrapper(resource.stop)
        self.temp_link_create = async_to_raw_response_wrapper(resource.temp_link_create)
        self.temp_link_get = async_to_raw_response_wrapper(resource.temp_link_get)
        self.temp_link_revoke = async_to_raw_response_wrapper(resource.temp_link_revoke)
