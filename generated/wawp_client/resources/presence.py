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

        Only in Wawp v1: ``GET /presence/{chatId}`` (operation ``presenceGet``).

        Args:
            chat_id: Chat whose participants' presence to read.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v1", "presence.get")
        from .._api.api.presence import presence_get

        result: ChatPresences = self._client._call(
            presence_get._get_kwargs,
            cast_to=presence_get.RESULT,
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

        Only in Wawp v1: ``POST /presence`` (operation ``presenceSet``).

        Args:
            presence: Presence to show; `paused` ends a `typing` or `recording` shown before.
            chat_id: Chat the presence is shown in; required with typing, recording and paused, refused with
                online and offline.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v1", "presence.set")
        from .._api.api.presence import presence_set

        result: None = self._client._call(
            presence_set._get_kwargs,
            cast_to=presence_set.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            presence=presence,
            **given(chat_id=chat_id),
        )
        return result

    def subscribe(
        self,
        *,
        chat_id: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> None:
        """Subscribe to a contact's presence

        Only in Wawp v2: ``POST /v2/presence/{chatId}/subscribe`` (operation ``presenceSubscribe``).

        Args:
            chat_id: The contact's id.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v2", "presence.subscribe")
        from .._api.api.presence import presence_subscribe_v2

        result: None = self._client._call(
            presence_subscribe_v2._get_kwargs,
            cast_to=presence_subscribe_v2.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            chat_id=chat_id,
        )
        return result


class PresenceWithRawResponse:
    """``client.with_raw_response.presence``: the same methods, returning the HTTP response."""

    def __init__(self, resource: PresenceResource) -> None:
        self._resource = resource
        self.get = to_raw_response_wrapper(resource.get)
        self.set = to_raw_response_wrapper(resource.set)
        self.subscribe = to_raw_response_wrapper(resource.subscribe)


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

        Only in Wawp v1: ``GET /presence/{chatId}`` (operation ``presenceGet``).

        Args:
            chat_id: Chat whose participants' presence to read.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v1", "presence.get")
        from .._api.api.presence import presence_get

        result: ChatPresences = await self._client._call(
            presence_get._get_kwargs,
            cast_to=presence_get.RESULT,
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

        Only in Wawp v1: ``POST /presence`` (operation ``presenceSet``).

        Args:
            presence: Presence to show; `paused` ends a `typing` or `recording` shown before.
            chat_id: Chat the presence is shown in; required with typing, recording and paused, refused with
                online and offline.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v1", "presence.set")
        from .._api.api.presence import presence_set

        result: None = await self._client._call(
            presence_set._get_kwargs,
            cast_to=presence_set.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            presence=presence,
            **given(chat_id=chat_id),
        )
        return result

    async def subscribe(
        self,
        *,
        chat_id: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> None:
        """Subscribe to a contact's presence

        Only in Wawp v2: ``POST /v2/presence/{chatId}/subscribe`` (operation ``presenceSubscribe``).

        Args:
            chat_id: The contact's id.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v2", "presence.subscribe")
        from .._api.api.presence import presence_subscribe_v2

        result: None = await self._client._call(
            presence_subscribe_v2._get_kwargs,
            cast_to=presence_subscribe_v2.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            chat_id=chat_id,
        )
        return result


class AsyncPresenceWithRawResponse:
    """``client.with_raw_response.presence``: the same methods, returning the HTTP response."""

    def __init__(self, resource: AsyncPresenceResource) -> None:
        self._resource = resource
        self.get = async_to_raw_response_wrapper(resource.get)
        self.set = async_to_raw_response_wrapper(resource.set)
        self.subscribe = async_to_raw_response_wrapper(resource.subscribe)
