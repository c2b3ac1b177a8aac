# Rendered by generator/generate.py from spec/openapi.yaml. Do not edit: regenerate with `nox -s generate`.
"""The ``client.presence`` namespace: Online, typing and last-seen information."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from .._base_client import AsyncResource, SyncResource
from .._facade import given, request_options
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx

    from .._api.models.chat_presences import ChatPresences

__all__ = ["AsyncPresenceResource", "AsyncPresenceWithRawResponse", "PresenceResource", "PresenceWithRawResponse"]


class PresenceResource(SyncResource):
    """``client.presence``: Online, typing and last-seen information."""

    def get(
        self,
        *,
        chat_id: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> ChatPresences:
        """Get presence in a chat

        ``GET /presence/{chatId}`` (operation ``presenceGet``).

        Args:
            chat_id: Chat whose participants' presence to read.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.presence import presence_get as _op

        result: ChatPresences = self._client._call(
            _op._get_kwargs,
            cast_to=_op.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            chat_id=chat_id,
        )
        return result

    def set(
        self,
        *,
        presence: Literal["offline", "online", "paused", "recording", "typing"],
        chat_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> None:
        """Set your presence

        ``POST /presence`` (operation ``presenceSet``).

        Args:
            presence: Presence to show; `paused` ends a `typing` or `recording` shown before.
            chat_id: Chat the presence is shown in; required with typing, recording and paused, refused with
                online and offline.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.presence import presence_set as _op

        result: None = self._client._call(
            _op._get_kwargs,
            cast_to=_op.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            presence=presence,
            **given(chat_id=chat_id),
        )
        return result


class PresenceWithRawResponse:
    """``client.with_raw_response.presence``: the same methods, returning the HTTP response."""

    def __init__(self, resource: PresenceResource) -> None:
        self._resource = resource
        self.get = to_raw_response_wrapper(resource.get)
        self.set = to_raw_response_wrapper(resource.set)


class AsyncPresenceResource(AsyncResource):
    """``client.presence``: Online, typing and last-seen information."""

    async def get(
        self,
        *,
        chat_id: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> ChatPresences:
        """Get presence in a chat

        ``GET /presence/{chatId}`` (operation ``presenceGet``).

        Args:
            chat_id: Chat whose participants' presence to read.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.presence import presence_get as _op

        result: ChatPresences = await self._client._call(
            _op._get_kwargs,
            cast_to=_op.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            chat_id=chat_id,
        )
        return result

    async def set(
        self,
        *,
        presence: Literal["offline", "online", "paused", "recording", "typing"],
        chat_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> None:
        """Set your presence

        ``POST /presence`` (operation ``presenceSet``).

        Args:
            presence: Presence to show; `paused` ends a `typing` or `recording` shown before.
            chat_id: Chat the presence is shown in; required with typing, recording and paused, refused with
                online and offline.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.presence import presence_set as _op

        result: None = await self._client._call(
            _op._get_kwargs,
            cast_to=_op.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            presence=presence,
            **given(chat_id=chat_id),
        )
        return result


class AsyncPresenceWithRawResponse:
    """``client.with_raw_response.presence``: the same methods, returning the HTTP response."""

    def __init__(self, resource: AsyncPresenceResource) -> None:
        self._resource = resource
        self.get = async_to_raw_response_wrapper(resource.get)
        self.set = async_to_raw_response_wrapper(resource.set)
