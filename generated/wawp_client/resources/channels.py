# Rendered by generator/generate.py from spec/openapi.yaml. Do not edit: regenerate with `nox -s generate`.
"""The ``client.channels`` namespace: WhatsApp channels (newsletters): yours, and the public directory."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any, cast

from .._api.types import UNSET
from .._base_client import AsyncResource, SyncResource

if TYPE_CHECKING:
    from .._api.models.channel import Channel
    from .._api.models.channel_category import ChannelCategory
    from .._api.models.channel_country import ChannelCountry
    from .._api.models.channel_create_body import ChannelCreateBody
    from .._api.models.channel_message import ChannelMessage
    from .._api.models.channel_search_result import ChannelSearchResult
    from .._api.models.channel_view import ChannelView
    from .._api.models.channels_list_role import ChannelsListRole
    from .._api.models.empty_object import EmptyObject
    from .._api.types import Unset

__all__ = ["AsyncChannelsResource", "ChannelsResource"]


class ChannelsResource(SyncResource):
    """``client.channels``: WhatsApp channels (newsletters): yours, and the public directory."""

    def create(
        self,
        *,
        body: ChannelCreateBody | dict[str, Any],
    ) -> Channel:
        """Create a channel

        ``POST /channels`` (operation ``channelCreate``).

        Args:
            body: The JSON request body: a ``ChannelCreateBody``, or a dict of the same shape.
        """
        from .._api.api.channels import channel_create as _op

        return cast("Channel", self._client._call(_op.sync_detailed, body=body))

    def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """Delete a channel

        ``DELETE /channels/{id}`` (operation ``channelDelete``).

        Args:
            id: Channel id, e.g. 120363098765432109@newsletter.
        """
        from .._api.api.channels import channel_delete as _op

        return cast("Any", self._client._call(_op.sync_detailed, id=id))

    def follow(
        self,
        *,
        id: str,
    ) -> EmptyObject:
        """Follow a channel

        ``POST /channels/{id}/follow`` (operation ``channelFollow``).

        Args:
            id: Channel id, e.g. 120363098765432109@newsletter.
        """
        from .._api.api.channels import channel_follow as _op

        return cast("EmptyObject", self._client._call(_op.sync_detailed, id=id))

    def get(
        self,
        *,
        id: str,
        name: str | Unset = UNSET,
    ) -> Channel:
        """Get a channel

        ``GET /channels/{id}`` (operation ``channelGet``).

        Args:
            id: Channel id (…@newsletter) or invite code.
            name: Name to use.
        """
        from .._api.api.channels import channel_get as _op

        return cast("Channel", self._client._call(_op.sync_detailed, id=id, name=name))

    def list(
        self,
        *,
        role: ChannelsListRole | Unset = UNSET,
    ) -> builtins.list[Channel]:
        """List your channels

        ``GET /channels`` (operation ``channelsList``).

        Args:
            role: Only channels where you have this role.
        """
        from .._api.api.channels import channels_list as _op

        return cast("builtins.list[Channel]", self._client._call(_op.sync_detailed, role=role))

    def mute(
        self,
        *,
        id: str,
    ) -> EmptyObject:
        """Mute a channel

        ``POST /channels/{id}/mute`` (operation ``channelMute``).

        Args:
            id: Channel id, e.g. 120363098765432109@newsletter.
        """
        from .._api.api.channels import channel_mute as _op

        return cast("EmptyObject", self._client._call(_op.sync_detailed, id=id))

    def preview_messages(
        self,
        *,
        id: str,
        download_media: bool | Unset = False,
        limit: int | Unset = 10,
    ) -> builtins.list[ChannelMessage]:
        """Preview channel messages

        ``GET /channels/{id}/messages/preview`` (operation ``channelPreviewMessages``).

        Args:
            id: Channel id, e.g. 120363098765432109@newsletter.
            download_media: Download media and include its URL in the result.
            limit: Maximum number of messages to return.
        """
        from .._api.api.channels import channel_preview_messages as _op

        return cast(
            "builtins.list[ChannelMessage]",
            self._client._call(_op.sync_detailed, id=id, download_media=download_media, limit=limit),
        )

    def search(
        self,
        *,
        view: str | Unset = UNSET,
        countries: builtins.list[str] | Unset = UNSET,
        categories: builtins.list[str] | Unset = UNSET,
        limit: int | Unset = 50,
        start_cursor: str | Unset = UNSET,
        text: str | Unset = UNSET,
    ) -> ChannelSearchResult:
        """Search public channels

        ``GET /channels/search`` (operation ``channelsSearch``).

        Args:
            view: Directory view to browse (values from /channels/search/views); give either `view` or `text`.
            countries: Only channels from these countries (ISO 3166 alpha-2 codes, see
                /channels/search/countries).
            categories: Only channels in these categories (values from /channels/search/categories).
            limit: Maximum number of channels per page.
            start_cursor: Cursor of the page to fetch: the previous page's `page.endCursor`; empty for the first
                page.
            text: Words to search channel names for; give either `view` or `text`.
        """
        from .._api.api.channels import channels_search as _op

        return cast(
            "ChannelSearchResult",
            self._client._call(
                _op.sync_detailed,
                view=view,
                countries=countries,
                categories=categories,
                limit=limit,
                start_cursor=start_cursor,
                text=text,
            ),
        )

    def search_categories(
        self,
    ) -> builtins.list[ChannelCategory]:
        """List channel search categories

        ``GET /channels/search/categories`` (operation ``channelsSearchCategories``).
        """
        from .._api.api.channels import channels_search_categories as _op

        return cast("builtins.list[ChannelCategory]", self._client._call(_op.sync_detailed))

    def search_countries(
        self,
    ) -> builtins.list[ChannelCountry]:
        """List channel search countries

        ``GET /channels/search/countries`` (operation ``channelsSearchCountries``).
        """
        from .._api.api.channels import channels_search_countries as _op

        return cast("builtins.list[ChannelCountry]", self._client._call(_op.sync_detailed))

    def search_views(
        self,
    ) -> builtins.list[ChannelView]:
        """List channel search views

        ``GET /channels/search/views`` (operation ``channelsSearchViews``).
        """
        from .._api.api.channels import channels_search_views as _op

        return cast("builtins.list[ChannelView]", self._client._call(_op.sync_detailed))

    def unfollow(
        self,
        *,
        id: str,
    ) -> EmptyObject:
        """Unfollow a channel

        ``POST /channels/{id}/unfollow`` (operation ``channelUnfollow``).

        Args:
            id: Channel id, e.g. 120363098765432109@newsletter.
        """
        from .._api.api.channels import channel_unfollow as _op

        return cast("EmptyObject", self._client._call(_op.sync_detailed, id=id))

    def unmute(
        self,
        *,
        id: str,
    ) -> EmptyObject:
        """Unmute a channel

        ``POST /channels/{id}/unmute`` (operation ``channelUnmute``).

        Args:
            id: Channel id, e.g. 120363098765432109@newsletter.
        """
        from .._api.api.channels import channel_unmute as _op

        return cast("EmptyObject", self._client._call(_op.sync_detailed, id=id))


class AsyncChannelsResource(AsyncResource):
    """``client.channels``: WhatsApp channels (newsletters): yours, and the public directory."""

    async def create(
        self,
        *,
        body: ChannelCreateBody | dict[str, Any],
    ) -> Channel:
        """Create a channel

        ``POST /channels`` (operation ``channelCreate``).

        Args:
            body: The JSON request body: a ``ChannelCreateBody``, or a dict of the same shape.
        """
        from .._api.api.channels import channel_create as _op

        return cast("Channel", await self._client._call(_op.asyncio_detailed, body=body))

    async def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """Delete a channel

        ``DELETE /channels/{id}`` (operation ``channelDelete``).

        Args:
            id: Channel id, e.g. 120363098765432109@newsletter.
        """
        from .._api.api.channels import channel_delete as _op

        return cast("Any", await self._client._call(_op.asyncio_detailed, id=id))

    async def follow(
        self,
        *,
        id: str,
    ) -> EmptyObject:
        """Follow a channel

        ``POST /channels/{id}/follow`` (operation ``channelFollow``).

        Args:
            id: Channel id, e.g. 120363098765432109@newsletter.
        """
        from .._api.api.channels import channel_follow as _op

        return cast("EmptyObject", await self._client._call(_op.asyncio_detailed, id=id))

    async def get(
        self,
        *,
        id: str,
        name: str | Unset = UNSET,
    ) -> Channel:
        """Get a channel

        ``GET /channels/{id}`` (operation ``channelGet``).

        Args:
            id: Channel id (…@newsletter) or invite code.
            name: Name to use.
        """
        from .._api.api.channels import channel_get as _op

        return cast("Channel", await self._client._call(_op.asyncio_detailed, id=id, name=name))

    async def list(
        self,
        *,
        role: ChannelsListRole | Unset = UNSET,
    ) -> builtins.list[Channel]:
        """List your channels

        ``GET /channels`` (operation ``channelsList``).

        Args:
            role: Only channels where you have this role.
        """
        from .._api.api.channels import channels_list as _op

        return cast("builtins.list[Channel]", await self._client._call(_op.asyncio_detailed, role=role))

    async def mute(
        self,
        *,
        id: str,
    ) -> EmptyObject:
        """Mute a channel

        ``POST /channels/{id}/mute`` (operation ``channelMute``).

        Args:
            id: Channel id, e.g. 120363098765432109@newsletter.
        """
        from .._api.api.channels import channel_mute as _op

        return cast("EmptyObject", await self._client._call(_op.asyncio_detailed, id=id))

    async def preview_messages(
        self,
        *,
        id: str,
        download_media: bool | Unset = False,
        limit: int | Unset = 10,
    ) -> builtins.list[ChannelMessage]:
        """Preview channel messages

        ``GET /channels/{id}/messages/preview`` (operation ``channelPreviewMessages``).

        Args:
            id: Channel id, e.g. 120363098765432109@newsletter.
            download_media: Download media and include its URL in the result.
            limit: Maximum number of messages to return.
        """
        from .._api.api.channels import channel_preview_messages as _op

        return cast(
            "builtins.list[ChannelMessage]",
            await self._client._call(_op.asyncio_detailed, id=id, download_media=download_media, limit=limit),
        )

    async def search(
        self,
        *,
        view: str | Unset = UNSET,
        countries: builtins.list[str] | Unset = UNSET,
        categories: builtins.list[str] | Unset = UNSET,
        limit: int | Unset = 50,
        start_cursor: str | Unset = UNSET,
        text: str | Unset = UNSET,
    ) -> ChannelSearchResult:
        """Search public channels

        ``GET /channels/search`` (operation ``channelsSearch``).

        Args:
            view: Directory view to browse (values from /channels/search/views); give either `view` or `text`.
            countries: Only channels from these countries (ISO 3166 alpha-2 codes, see
                /channels/search/countries).
            categories: Only channels in these categories (values from /channels/search/categories).
            limit: Maximum number of channels per page.
            start_cursor: Cursor of the page to fetch: the previous page's `page.endCursor`; empty for the first
                page.
            text: Words to search channel names for; give either `view` or `text`.
        """
        from .._api.api.channels import channels_search as _op

        return cast(
            "ChannelSearchResult",
            await self._client._call(
                _op.asyncio_detailed,
                view=view,
                countries=countries,
                categories=categories,
                limit=limit,
                start_cursor=start_cursor,
                text=text,
            ),
        )

    async def search_categories(
        self,
    ) -> builtins.list[ChannelCategory]:
        """List channel search categories

        ``GET /channels/search/categories`` (operation ``channelsSearchCategories``).
        """
        from .._api.api.channels import channels_search_categories as _op

        return cast("builtins.list[ChannelCategory]", await self._client._call(_op.asyncio_detailed))

    async def search_countries(
        self,
    ) -> builtins.list[ChannelCountry]:
        """List channel search countries

        ``GET /channels/search/countries`` (operation ``channelsSearchCountries``).
        """
        from .._api.api.channels import channels_search_countries as _op

        return cast("builtins.list[ChannelCountry]", await self._client._call(_op.asyncio_detailed))

    async def search_views(
        self,
    ) -> builtins.list[ChannelView]:
        """List channel search views

        ``GET /channels/search/views`` (operation ``channelsSearchViews``).
        """
        from .._api.api.channels import channels_search_views as _op

        return cast("builtins.list[ChannelView]", await self._client._call(_op.asyncio_detailed))

    async def unfollow(
        self,
        *,
        id: str,
    ) -> EmptyObject:
        """Unfollow a channel

        ``POST /channels/{id}/unfollow`` (operation ``channelUnfollow``).

        Args:
            id: Channel id, e.g. 120363098765432109@newsletter.
        """
        from .._api.api.channels import channel_unfollow as _op

        return cast("EmptyObject", await self._client._call(_op.asyncio_detailed, id=id))

    async def unmute(
        self,
        *,
        id: str,
    ) -> EmptyObject:
        """Unmute a channel

        ``POST /channels/{id}/unmute`` (operation ``channelUnmute``).

        Args:
            id: Channel id, e.g. 120363098765432109@newsletter.
        """
        from .._api.api.channels import channel_unmute as _op

        return cast("EmptyObject", await self._client._call(_op.asyncio_detailed, id=id))
