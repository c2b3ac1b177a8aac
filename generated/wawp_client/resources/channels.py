# Rendered by generator/generate.py from spec/openapi.yaml. Do not edit: regenerate with `nox -s generate`.
"""The ``client.channels`` namespace: WhatsApp channels (newsletters): yours, and the public directory."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any, Literal, overload

from .._api.types import UNSET
from .._base_client import AsyncResource, SyncResource
from .._facade import build_body, given, refuse_arguments, request_options
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from ..pagination import CursorPaging

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx

    from .._api.models.channel import Channel
    from .._api.models.channel_category import ChannelCategory
    from .._api.models.channel_country import ChannelCountry
    from .._api.models.channel_create_body import ChannelCreateBody
    from .._api.models.channel_message import ChannelMessage
    from .._api.models.channel_view import ChannelView
    from .._api.models.file_ref import FileRef
    from .._api.types import Unset
    from ..pagination import AsyncPage, SyncPage

__all__ = ["AsyncChannelsResource", "AsyncChannelsWithRawResponse", "ChannelsResource", "ChannelsWithRawResponse"]


class ChannelsResource(SyncResource):
    """``client.channels``: WhatsApp channels (newsletters): yours, and the public directory."""

    @overload
    def create(
        self,
        *,
        name: str,
        description: str | None = None,
        picture: FileRef | Mapping[str, Any] | None = None,
        type_: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Channel: ...

    @overload
    def create(
        self,
        *,
        body: ChannelCreateBody | Mapping[str, Any],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Channel: ...

    def create(
        self,
        *,
        name: str | Unset = UNSET,
        description: str | None = None,
        picture: FileRef | Mapping[str, Any] | None = None,
        type_: str | None = None,
        body: ChannelCreateBody | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Channel:
        """Create a channel

        v1: ``POST /channels`` (operation ``channelCreate``); v2: ``POST /v2/channels`` (operation ``channelCreate``).

        Args:
            name: Channel name.
            description: Channel description.
            picture: A file given by URL, for JSON bodies.
            type_: Channel type as the vendor client sends it; allowed values are not documented.
            body: The whole JSON body instead of the keyword arguments: a ``ChannelCreateBody``, or a dict with
                its wire names (for fields the spec does not know yet).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        if self._client.api_version == "v1":
            from .._api.api.channels import channel_create
            from .._api.models.channel_create_body import ChannelCreateBody

            result: Channel = self._client._call(
                channel_create._get_kwargs,
                cast_to=channel_create.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                body=build_body(
                    ChannelCreateBody,
                    body,
                    "channels.create",
                    name=name,
                    description=description,
                    picture=picture,
                    type_=type_,
                ),
            )
        else:
            from .._api.api.channels import channel_create_v2
            from .._api.models.channel_create_body import ChannelCreateBody

            result = self._client._call(
                channel_create_v2._get_kwargs,
                cast_to=channel_create_v2.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                body=build_body(
                    ChannelCreateBody,
                    body,
                    "channels.create",
                    name=name,
                    description=description,
                    picture=picture,
                    type_=type_,
                ),
            )
        return result

    def delete(
        self,
        *,
        id: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> None:
        """Delete a channel

        Only in Wawp v1: ``DELETE /channels/{id}`` (operation ``channelDelete``).

        Args:
            id: Channel id, e.g. 120363098765432109@newsletter.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v1", "channels.delete")
        from .._api.api.channels import channel_delete

        result: None = self._client._call(
            channel_delete._get_kwargs,
            cast_to=channel_delete.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            id=id,
        )
        return result

    def follow(
        self,
        *,
        id: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Follow a channel

        Only in Wawp v1: ``POST /channels/{id}/follow`` (operation ``channelFollow``).

        Args:
            id: Channel id, e.g. 120363098765432109@newsletter.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v1", "channels.follow")
        from .._api.api.channels import channel_follow

        result: dict[str, Any] = self._client._call(
            channel_follow._get_kwargs,
            cast_to=channel_follow.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            id=id,
        )
        return result

    def get(
        self,
        *,
        id: str,
        name: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Channel:
        """Get a channel

        v1: ``GET /channels/{id}`` (operation ``channelGet``); v2: ``GET /v2/channels/{id}`` (operation
        ``channelGet``).

        Args:
            id: Channel id (…@newsletter) or invite code.
            name: Name to use.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        if self._client.api_version == "v1":
            from .._api.api.channels import channel_get

            result: Channel = self._client._call(
                channel_get._get_kwargs,
                cast_to=channel_get.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                id=id,
                **given(name=name),
            )
        else:
            from .._api.api.channels import channel_get_v2

            refuse_arguments("channels.get", "v2", name=name)
            result = self._client._call(
                channel_get_v2._get_kwargs,
                cast_to=channel_get_v2.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                id=id,
            )
        return result

    def list(
        self,
        *,
        role: Literal["ADMIN", "OWNER", "SUBSCRIBER"] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> builtins.list[Channel]:
        """List your channels

        v1: ``GET /channels`` (operation ``channelsList``); v2: ``GET /v2/channels`` (operation ``channelsList``).

        Args:
            role: Only channels where you have this role.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        if self._client.api_version == "v1":
            from .._api.api.channels import channels_list

            result: builtins.list[Channel] = self._client._call(
                channels_list._get_kwargs,
                cast_to=channels_list.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                **given(role=role),
            )
        else:
            from .._api.api.channels import channels_list_v2

            result = self._client._call(
                channels_list_v2._get_kwargs,
                cast_to=channels_list_v2.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                **given(role=role),
            )
        return result

    def mute(
        self,
        *,
        id: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Mute a channel

        v1: ``POST /channels/{id}/mute`` (operation ``channelMute``); v2: ``POST /v2/channels/{id}/mute`` (operation
        ``channelMute``).

        Args:
            id: Channel id, e.g. 120363098765432109@newsletter.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        if self._client.api_version == "v1":
            from .._api.api.channels import channel_mute

            result: dict[str, Any] = self._client._call(
                channel_mute._get_kwargs,
                cast_to=channel_mute.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                id=id,
            )
        else:
            from .._api.api.channels import channel_mute_v2

            result = self._client._call(
                channel_mute_v2._get_kwargs,
                cast_to=channel_mute_v2.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                id=id,
            )
        return result

    def preview_messages(
        self,
        *,
        id: str,
        download_media: bool = False,
        limit: int = 10,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> builtins.list[ChannelMessage]:
        """Preview channel messages

        Only in Wawp v1: ``GET /channels/{id}/messages/preview`` (operation ``channelPreviewMessages``).

        Args:
            id: Channel id, e.g. 120363098765432109@newsletter.
            download_media: Download media and include its URL in the result.
            limit: Maximum number of messages to return.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v1", "channels.preview_messages")
        from .._api.api.channels import channel_preview_messages

        result: builtins.list[ChannelMessage] = self._client._call(
            channel_preview_messages._get_kwargs,
            cast_to=channel_preview_messages.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            id=id,
            download_media=download_media,
            limit=limit,
        )
        return result

    def search(
        self,
        *,
        view: str | None = None,
        countries: builtins.list[str] | None = None,
        categories: builtins.list[str] | None = None,
        limit: int = 50,
        start_cursor: str | None = None,
        text: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> SyncPage[Channel]:
        """Search public channels

        Only in Wawp v1: ``GET /channels/search`` (operation ``channelsSearch``). On v2,
        ``client.channels.search_by_text()`` takes its place.

        Returns one page (one request); iterating over it gives its items, ``.iter_all()`` walks on.

        Args:
            view: Directory view to browse (values from /channels/search/views); give either `view` or `text`.
            countries: Only channels from these countries (ISO 3166 alpha-2 codes, see
                /channels/search/countries).
            categories: Only channels in these categories (values from /channels/search/categories).
            limit: Maximum number of channels per page.
            start_cursor: Cursor of the page to fetch: the previous page's `page.endCursor`; empty for the first
                page.
            text: Words to search channel names for; give either `view` or `text`.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v1", "channels.search", "channels.search_by_text")
        from .._api.api.channels import channels_search

        result: SyncPage[Channel] = self._client._call(
            channels_search._get_kwargs,
            cast_to=channels_search.RESULT,
            paging=CursorPaging("channels", "has_next_page", "end_cursor", "start_cursor"),
            options=request_options(timeout, extra_headers, extra_query),
            limit=limit,
            **given(view=view, countries=countries, categories=categories, start_cursor=start_cursor, text=text),
        )
        return result

    def search_by_text(
        self,
        *,
        text: str,
        categories: str | None = None,
        limit: int | None = None,
        start_cursor: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> SyncPage[Channel]:
        """Search channels by text

        Only in Wawp v2: ``GET /v2/channels/search/text`` (operation ``channelsSearchByText``).

        Returns one page (one request); iterating over it gives its items, ``.iter_all()`` walks on.

        Args:
            text: Words to search for.
            categories: Only channels of this category.
            limit: Channels per page.
            start_cursor: `nextCursor` of the previous page; empty for the first.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v2", "channels.search_by_text")
        from .._api.api.channels import channels_search_by_text_v2

        result: SyncPage[Channel] = self._client._call(
            channels_search_by_text_v2._get_kwargs,
            cast_to=channels_search_by_text_v2.RESULT,
            paging=CursorPaging("channels", "has_next_page", "end_cursor", "start_cursor"),
            options=request_options(timeout, extra_headers, extra_query),
            text=text,
            **given(categories=categories, limit=limit, start_cursor=start_cursor),
        )
        return result

    def search_categories(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> builtins.list[ChannelCategory]:
        """List channel search categories

        Only in Wawp v1: ``GET /channels/search/categories`` (operation ``channelsSearchCategories``).

        Args:
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v1", "channels.search_categories")
        from .._api.api.channels import channels_search_categories

        result: builtins.list[ChannelCategory] = self._client._call(
            channels_search_categories._get_kwargs,
            cast_to=channels_search_categories.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
        )
        return result

    def search_countries(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> builtins.list[ChannelCountry]:
        """List channel search countries

        Only in Wawp v1: ``GET /channels/search/countries`` (operation ``channelsSearchCountries``).

        Args:
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v1", "channels.search_countries")
        from .._api.api.channels import channels_search_countries

        result: builtins.list[ChannelCountry] = self._client._call(
            channels_search_countries._get_kwargs,
            cast_to=channels_search_countries.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
        )
        return result

    def search_views(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> builtins.list[ChannelView]:
        """List channel search views

        Only in Wawp v1: ``GET /channels/search/views`` (operation ``channelsSearchViews``).

        Args:
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v1", "channels.search_views")
        from .._api.api.channels import channels_search_views

        result: builtins.list[ChannelView] = self._client._call(
            channels_search_views._get_kwargs,
            cast_to=channels_search_views.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
        )
        return result

    def unfollow(
        self,
        *,
        id: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Unfollow a channel

        v1: ``POST /channels/{id}/unfollow`` (operation ``channelUnfollow``); v2: ``POST /v2/channels/{id}/unfollow``
        (operation ``channelUnfollow``).

        Args:
            id: Channel id, e.g. 120363098765432109@newsletter.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        if self._client.api_version == "v1":
            from .._api.api.channels import channel_unfollow

            result: dict[str, Any] = self._client._call(
                channel_unfollow._get_kwargs,
                cast_to=channel_unfollow.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                id=id,
            )
        else:
            from .._api.api.channels import channel_unfollow_v2

            result = self._client._call(
                channel_unfollow_v2._get_kwargs,
                cast_to=channel_unfollow_v2.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                id=id,
            )
        return result

    def unmute(
        self,
        *,
        id: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Unmute a channel

        Only in Wawp v1: ``POST /channels/{id}/unmute`` (operation ``channelUnmute``).

        Args:
            id: Channel id, e.g. 120363098765432109@newsletter.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v1", "channels.unmute")
        from .._api.api.channels import channel_unmute

        result: dict[str, Any] = self._client._call(
            channel_unmute._get_kwargs,
            cast_to=channel_unmute.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            id=id,
        )
        return result


class ChannelsWithRawResponse:
    """``client.with_raw_response.channels``: the same methods, returning the HTTP response."""

    def __init__(self, resource: ChannelsResource) -> None:
        self._resource = resource
        self.create = to_raw_response_wrapper(resource.create)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.follow = to_raw_response_wrapper(resource.follow)
        self.get = to_raw_response_wrapper(resource.get)
        self.list = to_raw_response_wrapper(resource.list)
        self.mute = to_raw_response_wrapper(resource.mute)
        self.preview_messages = to_raw_response_wrapper(resource.preview_messages)
        self.search = to_raw_response_wrapper(resource.search)
        self.search_by_text = to_raw_response_wrapper(resource.search_by_text)
        self.search_categories = to_raw_response_wrapper(resource.search_categories)
        self.search_countries = to_raw_response_wrapper(resource.search_countries)
        self.search_views = to_raw_response_wrapper(resource.search_views)
        self.unfollow = to_raw_response_wrapper(resource.unfollow)
        self.unmute = to_raw_response_wrapper(resource.unmute)


class AsyncChannelsResource(AsyncResource):
    """``client.channels``: WhatsApp channels (newsletters): yours, and the public directory."""

    @overload
    async def create(
        self,
        *,
        name: str,
        description: str | None = None,
        picture: FileRef | Mapping[str, Any] | None = None,
        type_: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Channel: ...

    @overload
    async def create(
        self,
        *,
        body: ChannelCreateBody | Mapping[str, Any],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Channel: ...

    async def create(
        self,
        *,
        name: str | Unset = UNSET,
        description: str | None = None,
        picture: FileRef | Mapping[str, Any] | None = None,
        type_: str | None = None,
        body: ChannelCreateBody | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Channel:
        """Create a channel

        v1: ``POST /channels`` (operation ``channelCreate``); v2: ``POST /v2/channels`` (operation ``channelCreate``).

        Args:
            name: Channel name.
            description: Channel description.
            picture: A file given by URL, for JSON bodies.
            type_: Channel type as the vendor client sends it; allowed values are not documented.
            body: The whole JSON body instead of the keyword arguments: a ``ChannelCreateBody``, or a dict with
                its wire names (for fields the spec does not know yet).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        if self._client.api_version == "v1":
            from .._api.api.channels import channel_create
            from .._api.models.channel_create_body import ChannelCreateBody

            result: Channel = await self._client._call(
                channel_create._get_kwargs,
                cast_to=channel_create.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                body=build_body(
                    ChannelCreateBody,
                    body,
                    "channels.create",
                    name=name,
                    description=description,
                    picture=picture,
                    type_=type_,
                ),
            )
        else:
            from .._api.api.channels import channel_create_v2
            from .._api.models.channel_create_body import ChannelCreateBody

            result = await self._client._call(
                channel_create_v2._get_kwargs,
                cast_to=channel_create_v2.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                body=build_body(
                    ChannelCreateBody,
                    body,
                    "channels.create",
                    name=name,
                    description=description,
                    picture=picture,
                    type_=type_,
                ),
            )
        return result

    async def delete(
        self,
        *,
        id: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> None:
        """Delete a channel

        Only in Wawp v1: ``DELETE /channels/{id}`` (operation ``channelDelete``).

        Args:
            id: Channel id, e.g. 120363098765432109@newsletter.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v1", "channels.delete")
        from .._api.api.channels import channel_delete

        result: None = await self._client._call(
            channel_delete._get_kwargs,
            cast_to=channel_delete.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            id=id,
        )
        return result

    async def follow(
        self,
        *,
        id: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Follow a channel

        Only in Wawp v1: ``POST /channels/{id}/follow`` (operation ``channelFollow``).

        Args:
            id: Channel id, e.g. 120363098765432109@newsletter.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v1", "channels.follow")
        from .._api.api.channels import channel_follow

        result: dict[str, Any] = await self._client._call(
            channel_follow._get_kwargs,
            cast_to=channel_follow.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            id=id,
        )
        return result

    async def get(
        self,
        *,
        id: str,
        name: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Channel:
        """Get a channel

        v1: ``GET /channels/{id}`` (operation ``channelGet``); v2: ``GET /v2/channels/{id}`` (operation
        ``channelGet``).

        Args:
            id: Channel id (…@newsletter) or invite code.
            name: Name to use.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        if self._client.api_version == "v1":
            from .._api.api.channels import channel_get

            result: Channel = await self._client._call(
                channel_get._get_kwargs,
                cast_to=channel_get.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                id=id,
                **given(name=name),
            )
        else:
            from .._api.api.channels import channel_get_v2

            refuse_arguments("channels.get", "v2", name=name)
            result = await self._client._call(
                channel_get_v2._get_kwargs,
                cast_to=channel_get_v2.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                id=id,
            )
        return result

    async def list(
        self,
        *,
        role: Literal["ADMIN", "OWNER", "SUBSCRIBER"] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> builtins.list[Channel]:
        """List your channels

        v1: ``GET /channels`` (operation ``channelsList``); v2: ``GET /v2/channels`` (operation ``channelsList``).

        Args:
            role: Only channels where you have this role.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        if self._client.api_version == "v1":
            from .._api.api.channels import channels_list

            result: builtins.list[Channel] = await self._client._call(
                channels_list._get_kwargs,
                cast_to=channels_list.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                **given(role=role),
            )
        else:
            from .._api.api.channels import channels_list_v2

            result = await self._client._call(
                channels_list_v2._get_kwargs,
                cast_to=channels_list_v2.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                **given(role=role),
            )
        return result

    async def mute(
        self,
        *,
        id: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Mute a channel

        v1: ``POST /channels/{id}/mute`` (operation ``channelMute``); v2: ``POST /v2/channels/{id}/mute`` (operation
        ``channelMute``).

        Args:
            id: Channel id, e.g. 120363098765432109@newsletter.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        if self._client.api_version == "v1":
            from .._api.api.channels import channel_mute

            result: dict[str, Any] = await self._client._call(
                channel_mute._get_kwargs,
                cast_to=channel_mute.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                id=id,
            )
        else:
            from .._api.api.channels import channel_mute_v2

            result = await self._client._call(
                channel_mute_v2._get_kwargs,
                cast_to=channel_mute_v2.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                id=id,
            )
        return result

    async def preview_messages(
        self,
        *,
        id: str,
        download_media: bool = False,
        limit: int = 10,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> builtins.list[ChannelMessage]:
        """Preview channel messages

        Only in Wawp v1: ``GET /channels/{id}/messages/preview`` (operation ``channelPreviewMessages``).

        Args:
            id: Channel id, e.g. 120363098765432109@newsletter.
            download_media: Download media and include its URL in the result.
            limit: Maximum number of messages to return.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v1", "channels.preview_messages")
        from .._api.api.channels import channel_preview_messages

        result: builtins.list[ChannelMessage] = await self._client._call(
            channel_preview_messages._get_kwargs,
            cast_to=channel_preview_messages.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            id=id,
            download_media=download_media,
            limit=limit,
        )
        return result

    async def search(
        self,
        *,
        view: str | None = None,
        countries: builtins.list[str] | None = None,
        categories: builtins.list[str] | None = None,
        limit: int = 50,
        start_cursor: str | None = None,
        text: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> AsyncPage[Channel]:
        """Search public channels

        Only in Wawp v1: ``GET /channels/search`` (operation ``channelsSearch``). On v2,
        ``client.channels.search_by_text()`` takes its place.

        Returns one page (one request); iterating over it gives its items, ``.iter_all()`` walks on.

        Args:
            view: Directory view to browse (values from /channels/search/views); give either `view` or `text`.
            countries: Only channels from these countries (ISO 3166 alpha-2 codes, see
                /channels/search/countries).
            categories: Only channels in these categories (values from /channels/search/categories).
            limit: Maximum number of channels per page.
            start_cursor: Cursor of the page to fetch: the previous page's `page.endCursor`; empty for the first
                page.
            text: Words to search channel names for; give either `view` or `text`.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v1", "channels.search", "channels.search_by_text")
        from .._api.api.channels import channels_search

        result: AsyncPage[Channel] = await self._client._call(
            channels_search._get_kwargs,
            cast_to=channels_search.RESULT,
            paging=CursorPaging("channels", "has_next_page", "end_cursor", "start_cursor"),
            options=request_options(timeout, extra_headers, extra_query),
            limit=limit,
            **given(view=view, countries=countries, categories=categories, start_cursor=start_cursor, text=text),
        )
        return result

    async def search_by_text(
        self,
        *,
        text: str,
        categories: str | None = None,
        limit: int | None = None,
        start_cursor: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> AsyncPage[Channel]:
        """Search channels by text

        Only in Wawp v2: ``GET /v2/channels/search/text`` (operation ``channelsSearchByText``).

        Returns one page (one request); iterating over it gives its items, ``.iter_all()`` walks on.

        Args:
            text: Words to search for.
            categories: Only channels of this category.
            limit: Channels per page.
            start_cursor: `nextCursor` of the previous page; empty for the first.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v2", "channels.search_by_text")
        from .._api.api.channels import channels_search_by_text_v2

        result: AsyncPage[Channel] = await self._client._call(
            channels_search_by_text_v2._get_kwargs,
            cast_to=channels_search_by_text_v2.RESULT,
            paging=CursorPaging("channels", "has_next_page", "end_cursor", "start_cursor"),
            options=request_options(timeout, extra_headers, extra_query),
            text=text,
            **given(categories=categories, limit=limit, start_cursor=start_cursor),
        )
        return result

    async def search_categories(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> builtins.list[ChannelCategory]:
        """List channel search categories

        Only in Wawp v1: ``GET /channels/search/categories`` (operation ``channelsSearchCategories``).

        Args:
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v1", "channels.search_categories")
        from .._api.api.channels import channels_search_categories

        result: builtins.list[ChannelCategory] = await self._client._call(
            channels_search_categories._get_kwargs,
            cast_to=channels_search_categories.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
        )
        return result

    async def search_countries(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> builtins.list[ChannelCountry]:
        """List channel search countries

        Only in Wawp v1: ``GET /channels/search/countries`` (operation ``channelsSearchCountries``).

        Args:
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v1", "channels.search_countries")
        from .._api.api.channels import channels_search_countries

        result: builtins.list[ChannelCountry] = await self._client._call(
            channels_search_countries._get_kwargs,
            cast_to=channels_search_countries.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
        )
        return result

    async def search_views(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> builtins.list[ChannelView]:
        """List channel search views

        Only in Wawp v1: ``GET /channels/search/views`` (operation ``channelsSearchViews``).

        Args:
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v1", "channels.search_views")
        from .._api.api.channels import channels_search_views

        result: builtins.list[ChannelView] = await self._client._call(
            channels_search_views._get_kwargs,
            cast_to=channels_search_views.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
        )
        return result

    async def unfollow(
        self,
        *,
        id: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Unfollow a channel

        v1: ``POST /channels/{id}/unfollow`` (operation ``channelUnfollow``); v2: ``POST /v2/channels/{id}/unfollow``
        (operation ``channelUnfollow``).

        Args:
            id: Channel id, e.g. 120363098765432109@newsletter.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        if self._client.api_version == "v1":
            from .._api.api.channels import channel_unfollow

            result: dict[str, Any] = await self._client._call(
                channel_unfollow._get_kwargs,
                cast_to=channel_unfollow.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                id=id,
            )
        else:
            from .._api.api.channels import channel_unfollow_v2

            result = await self._client._call(
                channel_unfollow_v2._get_kwargs,
                cast_to=channel_unfollow_v2.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                id=id,
            )
        return result

    async def unmute(
        self,
        *,
        id: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Unmute a channel

        Only in Wawp v1: ``POST /channels/{id}/unmute`` (operation ``channelUnmute``).

        Args:
            id: Channel id, e.g. 120363098765432109@newsletter.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v1", "channels.unmute")
        from .._api.api.channels import channel_unmute

        result: dict[str, Any] = await self._client._call(
            channel_unmute._get_kwargs,
            cast_to=channel_unmute.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            id=id,
        )
        return result


class AsyncChannelsWithRawResponse:
    """``client.with_raw_response.channels``: the same methods, returning the HTTP response."""

    def __init__(self, resource: AsyncChannelsResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response_wrapper(resource.create)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.follow = async_to_raw_response_wrapper(resource.follow)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.list = async_to_raw_response_wrapper(resource.list)
        self.mute = async_to_raw_response_wrapper(resource.mute)
        self.preview_messages = async_to_raw_response_wrapper(resource.preview_messages)
        self.search = async_to_raw_response_wrapper(resource.search)
        self.search_by_text = async_to_raw_response_wrapper(resource.search_by_text)
        self.search_categories = async_to_raw_response_wrapper(resource.search_categories)
        self.search_countries = async_to_raw_response_wrapper(resource.search_countries)
        self.search_views = async_to_raw_response_wrapper(resource.search_views)
        self.unfollow = async_to_raw_response_wrapper(resource.unfollow)
        self.unmute = async_to_raw_response_wrapper(resource.unmute)
