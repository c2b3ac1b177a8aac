# Rendered by generator/generate.py from spec/openapi.yaml. Do not edit: regenerate with `nox -s generate`.
"""The ``client.calls`` namespace: Incoming calls."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, overload

from .._api.types import UNSET
from .._base_client import AsyncResource, SyncResource
from .._facade import build_body, request_options
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx

    from .._api.models.v2_acknowledgement import V2Acknowledgement
    from .._api.models.v2_call_ref import V2CallRef
    from .._api.types import Unset

__all__ = ["AsyncCallsResource", "AsyncCallsWithRawResponse", "CallsResource", "CallsWithRawResponse"]


class CallsResource(SyncResource):
    """``client.calls``: Incoming calls."""

    @overload
    def reject(
        self,
        *,
        call_id: str,
        from_: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> V2Acknowledgement: ...

    @overload
    def reject(
        self,
        *,
        body: V2CallRef | Mapping[str, Any],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> V2Acknowledgement: ...

    def reject(
        self,
        *,
        call_id: str | Unset = UNSET,
        from_: str | Unset = UNSET,
        body: V2CallRef | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> V2Acknowledgement:
        """Reject an incoming call

        Only in Wawp v2: ``POST /v2/calls/reject`` (operation ``callReject``).

        Args:
            call_id: Call id from the call.received event.
            from_: Caller id from the call.received event.
            body: The whole JSON body instead of the keyword arguments: a ``V2CallRef``, or a dict with its wire
                names (for fields the spec does not know yet).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v2", "calls.reject")
        from .._api.api.calls import call_reject_v2
        from .._api.models.v2_call_ref import V2CallRef

        result: V2Acknowledgement = self._client._call(
            call_reject_v2._get_kwargs,
            cast_to=call_reject_v2.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            body=build_body(V2CallRef, body, "calls.reject", call_id=call_id, from_=from_),
        )
        return result


class CallsWithRawResponse:
    """``client.with_raw_response.calls``: the same methods, returning the HTTP response."""

    def __init__(self, resource: CallsResource) -> None:
        self._resource = resource
        self.reject = to_raw_response_wrapper(resource.reject)


class AsyncCallsResource(AsyncResource):
    """``client.calls``: Incoming calls."""

    @overload
    async def reject(
        self,
        *,
        call_id: str,
        from_: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> V2Acknowledgement: ...

    @overload
    async def reject(
        self,
        *,
        body: V2CallRef | Mapping[str, Any],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> V2Acknowledgement: ...

    async def reject(
        self,
        *,
        call_id: str | Unset = UNSET,
        from_: str | Unset = UNSET,
        body: V2CallRef | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> V2Acknowledgement:
        """Reject an incoming call

        Only in Wawp v2: ``POST /v2/calls/reject`` (operation ``callReject``).

        Args:
            call_id: Call id from the call.received event.
            from_: Caller id from the call.received event.
            body: The whole JSON body instead of the keyword arguments: a ``V2CallRef``, or a dict with its wire
                names (for fields the spec does not know yet).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v2", "calls.reject")
        from .._api.api.calls import call_reject_v2
        from .._api.models.v2_call_ref import V2CallRef

        result: V2Acknowledgement = await self._client._call(
            call_reject_v2._get_kwargs,
            cast_to=call_reject_v2.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            body=build_body(V2CallRef, body, "calls.reject", call_id=call_id, from_=from_),
        )
        return result


class AsyncCallsWithRawResponse:
    """``client.with_raw_response.calls``: the same methods, returning the HTTP response."""

    def __init__(self, resource: AsyncCallsResource) -> None:
        self._resource = resource
        self.reject = async_to_raw_response_wrapper(resource.reject)
