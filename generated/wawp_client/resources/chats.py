# Rendered by generator/generate.py from spec/openapi.yaml. Do not edit: regenerate with `nox -s generate`.
"""The ``client.chats`` namespace: Chats and the messages in them."""

from __future__ import annotations

import builtins
from functools import cached_property
from typing import TYPE_CHECKING, cast

from .._api.models.chat_message_pin_duration import ChatMessagePinDuration
from .._api.types import UNSET
from .._base_client import AsyncResource, SyncResource

if TYPE_CHECKING:
    from .._api.models.chat import Chat
    from .._api.models.chat_messages_list_filter_ack import ChatMessagesListFilterAck
    from .._api.models.chat_overview import ChatOverview
    from .._api.models.chat_picture import ChatPicture
    from .._api.models.chats_list_sort_by import ChatsListSortBy
    from .._api.models.chats_list_sort_order import ChatsListSortOrder
    from .._api.models.gows_sent_message import GowsSentMessage
    from .._api.models.message import Message
    from .._api.models.noweb_sent_message import NowebSentMessage
    from .._api.models.read_messages_result import ReadMessagesResult
    from .._api.models.result import Result
    from .._api.models.wawp_send_ack import WawpSendAck
    from .._api.models.webjs_chat import WebjsChat
    from .._api.models.webjs_sent_message import WebjsSentMessage
    from .._api.types import Unset

__all__ = ["AsyncChatsMessagesResource", "AsyncChatsResource", "ChatsMessagesResource", "ChatsResource"]


class ChatsMessagesResource(SyncResource):
    """``client.chats.messages``: The ``chats.messages`` operations."""

    def clear(
        self,
        *,
        chat_id: str,
    ) -> bool:
        """Clear a chat

        ``DELETE /chats/{chatId}/messages`` (operation ``chatMessagesClear``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
        """
        from .._api.api.chats import chat_messages_clear as _op

        return cast("bool", self._client._call(_op.sync_detailed, chat_id=chat_id))

    def delete(
        self,
        *,
        chat_id: str,
        message_id: str,
    ) -> GowsSentMessage | NowebSentMessage | WawpSendAck | WebjsSentMessage:
        """Delete a message

        ``DELETE /chats/{chatId}/messages/{messageId}`` (operation ``chatMessageDelete``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            message_id: Serialized message id, e.g. true_201234567890@c.us_3EB0C767D26A1D8A9C11.
        """
        from .._api.api.chats import chat_message_delete as _op

        return cast(
            "GowsSentMessage | NowebSentMessage | WawpSendAck | WebjsSentMessage",
            self._client._call(_op.sync_detailed, chat_id=chat_id, message_id=message_id),
        )

    def edit(
        self,
        *,
        chat_id: str,
        message_id: str,
        text: str,
        link_preview: bool | Unset = True,
        link_preview_high_quality: bool | Unset = False,
    ) -> GowsSentMessage | NowebSentMessage | WawpSendAck | WebjsSentMessage:
        """Edit a message

        ``PUT /chats/{chatId}/messages/{messageId}`` (operation ``chatMessageEdit``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            message_id: Serialized message id, e.g. true_201234567890@c.us_3EB0C767D26A1D8A9C11.
            text: New text of the message.
            link_preview: Generate a preview for the first link in the text.
            link_preview_high_quality: Upload a high-quality preview image (slower).
        """
        from .._api.api.chats import chat_message_edit as _op

        return cast(
            "GowsSentMessage | NowebSentMessage | WawpSendAck | WebjsSentMessage",
            self._client._call(
                _op.sync_detailed,
                chat_id=chat_id,
                message_id=message_id,
                text=text,
                link_preview=link_preview,
                link_preview_high_quality=link_preview_high_quality,
            ),
        )

    def get(
        self,
        *,
        chat_id: str,
        message_id: str,
        download_media: bool | Unset = False,
    ) -> Message:
        """Get a message of a chat

        ``POST /chats/{chatId}/messages/{messageId}`` (operation ``chatMessageGet``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            message_id: Serialized message id, e.g. true_201234567890@c.us_3EB0C767D26A1D8A9C11.
            download_media: Download media and include its URL in the result.
        """
        from .._api.api.chats import chat_message_get as _op

        return cast(
            "Message",
            self._client._call(
                _op.sync_detailed, chat_id=chat_id, message_id=message_id, download_media=download_media
            ),
        )

    def list(
        self,
        *,
        chat_id: str,
        download_media: bool | Unset = False,
        limit: int | Unset = UNSET,
        offset: int | Unset = 0,
        filter_timestamp_lte: int | Unset = UNSET,
        filter_timestamp_gte: int | Unset = UNSET,
        filter_from_me: bool | Unset = UNSET,
        filter_ack: ChatMessagesListFilterAck | Unset = UNSET,
    ) -> builtins.list[Message]:
        """List messages of a chat

        ``GET /chats/{chatId}/messages`` (operation ``chatMessagesList``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            download_media: Download media and include its URL in the result.
            limit: Maximum number of items to return.
            offset: Number of items to skip before the first one returned.
            filter_timestamp_lte: Only messages sent at or before this unix time (seconds).
            filter_timestamp_gte: Only messages sent at or after this unix time (seconds).
            filter_from_me: Only messages you sent (true) or received (false).
            filter_ack: Only messages in this delivery state.
        """
        from .._api.api.chats import chat_messages_list as _op

        return cast(
            "builtins.list[Message]",
            self._client._call(
                _op.sync_detailed,
                chat_id=chat_id,
                download_media=download_media,
                limit=limit,
                offset=offset,
                filter_timestamp_lte=filter_timestamp_lte,
                filter_timestamp_gte=filter_timestamp_gte,
                filter_from_me=filter_from_me,
                filter_ack=filter_ack,
            ),
        )

    def pin(
        self,
        *,
        chat_id: str,
        message_id: str,
        duration: ChatMessagePinDuration | Unset = ChatMessagePinDuration.VALUE_86400,
    ) -> Result:
        """Pin a message

        ``POST /chats/{chatId}/messages/{messageId}/pin`` (operation ``chatMessagePin``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            message_id: Serialized message id, e.g. true_201234567890@c.us_3EB0C767D26A1D8A9C11.
            duration: How long the pin lasts, in seconds (24 hours, 7 days or 30 days).
        """
        from .._api.api.chats import chat_message_pin as _op

        return cast(
            "Result", self._client._call(_op.sync_detailed, chat_id=chat_id, message_id=message_id, duration=duration)
        )

    def read(
        self,
        *,
        chat_id: str,
        messages: int | Unset = UNSET,
        days: int | Unset = UNSET,
    ) -> ReadMessagesResult:
        """Mark a chat as read

        ``POST /chats/{chatId}/messages/read`` (operation ``chatMessagesRead``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            messages: How many of the newest messages to mark as read.
            days: Mark the messages of this many recent days as read.
        """
        from .._api.api.chats import chat_messages_read as _op

        return cast(
            "ReadMessagesResult", self._client._call(_op.sync_detailed, chat_id=chat_id, messages=messages, days=days)
        )

    def unpin(
        self,
        *,
        chat_id: str,
        message_id: str,
    ) -> Result:
        """Unpin a message

        ``POST /chats/{chatId}/messages/{messageId}/unpin`` (operation ``chatMessageUnpin``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            message_id: Serialized message id, e.g. true_201234567890@c.us_3EB0C767D26A1D8A9C11.
        """
        from .._api.api.chats import chat_message_unpin as _op

        return cast("Result", self._client._call(_op.sync_detailed, chat_id=chat_id, message_id=message_id))


class ChatsResource(SyncResource):
    """``client.chats``: Chats and the messages in them."""

    @cached_property
    def messages(self) -> ChatsMessagesResource:
        """``client.chats.messages``."""
        return ChatsMessagesResource(self._client)

    def archive(
        self,
        *,
        chat_id: str,
    ) -> bool:
        """Archive a chat

        ``POST /chats/{chatId}/archive`` (operation ``chatArchive``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
        """
        from .._api.api.chats import chat_archive as _op

        return cast("bool", self._client._call(_op.sync_detailed, chat_id=chat_id))

    def delete(
        self,
        *,
        chat_id: str,
    ) -> bool:
        """Delete a chat

        ``DELETE /chats/{chatId}`` (operation ``chatDelete``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
        """
        from .._api.api.chats import chat_delete as _op

        return cast("bool", self._client._call(_op.sync_detailed, chat_id=chat_id))

    def list(
        self,
        *,
        sort_by: ChatsListSortBy | Unset = UNSET,
        sort_order: ChatsListSortOrder | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = 0,
    ) -> builtins.list[Chat] | builtins.list[WebjsChat]:
        """List chats

        ``POST /chats`` (operation ``chatsList``).

        Args:
            sort_by: Field to sort by.
            sort_order: Sort direction.
            limit: Maximum number of items to return.
            offset: Number of items to skip before the first one returned.
        """
        from .._api.api.chats import chats_list as _op

        return cast(
            "builtins.list[Chat] | builtins.list[WebjsChat]",
            self._client._call(_op.sync_detailed, sort_by=sort_by, sort_order=sort_order, limit=limit, offset=offset),
        )

    def mark_unread(
        self,
        *,
        chat_id: str,
    ) -> Result:
        """Mark a chat as unread

        ``POST /chats/{chatId}/unread`` (operation ``chatMarkUnread``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
        """
        from .._api.api.chats import chat_mark_unread as _op

        return cast("Result", self._client._call(_op.sync_detailed, chat_id=chat_id))

    def overview(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = 0,
        ids: builtins.list[str] | Unset = UNSET,
    ) -> builtins.list[ChatOverview]:
        """Get a chat overview

        ``GET /chats/overview`` (operation ``chatsOverview``).

        Args:
            limit: Maximum number of items to return.
            offset: Number of items to skip before the first one returned.
            ids: Only these chats.
        """
        from .._api.api.chats import chats_overview as _op

        return cast(
            "builtins.list[ChatOverview]", self._client._call(_op.sync_detailed, limit=limit, offset=offset, ids=ids)
        )

    def picture(
        self,
        *,
        chat_id: str,
        refresh: bool | Unset = False,
    ) -> ChatPicture:
        """Get a chat's picture

        ``GET /chats/{chatId}/picture`` (operation ``chatPicture``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            refresh: Bypass the 24-hour picture cache and fetch it again from WhatsApp.
        """
        from .._api.api.chats import chat_picture as _op

        return cast("ChatPicture", self._client._call(_op.sync_detailed, chat_id=chat_id, refresh=refresh))

    def unarchive(
        self,
        *,
        chat_id: str,
    ) -> bool:
        """Unarchive a chat

        ``POST /chats/{chatId}/unarchive`` (operation ``chatUnarchive``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
        """
        from .._api.api.chats import chat_unarchive as _op

        return cast("bool", self._client._call(_op.sync_detailed, chat_id=chat_id))


class AsyncChatsMessagesResource(AsyncResource):
    """``client.chats.messages``: The ``chats.messages`` operations."""

    async def clear(
        self,
        *,
        chat_id: str,
    ) -> bool:
        """Clear a chat

        ``DELETE /chats/{chatId}/messages`` (operation ``chatMessagesClear``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
        """
        from .._api.api.chats import chat_messages_clear as _op

        return cast("bool", await self._client._call(_op.asyncio_detailed, chat_id=chat_id))

    async def delete(
        self,
        *,
        chat_id: str,
        message_id: str,
    ) -> GowsSentMessage | NowebSentMessage | WawpSendAck | WebjsSentMessage:
        """Delete a message

        ``DELETE /chats/{chatId}/messages/{messageId}`` (operation ``chatMessageDelete``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            message_id: Serialized message id, e.g. true_201234567890@c.us_3EB0C767D26A1D8A9C11.
        """
        from .._api.api.chats import chat_message_delete as _op

        return cast(
            "GowsSentMessage | NowebSentMessage | WawpSendAck | WebjsSentMessage",
            await self._client._call(_op.asyncio_detailed, chat_id=chat_id, message_id=message_id),
        )

    async def edit(
        self,
        *,
        chat_id: str,
        message_id: str,
        text: str,
        link_preview: bool | Unset = True,
        link_preview_high_quality: bool | Unset = False,
    ) -> GowsSentMessage | NowebSentMessage | WawpSendAck | WebjsSentMessage:
        """Edit a message

        ``PUT /chats/{chatId}/messages/{messageId}`` (operation ``chatMessageEdit``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            message_id: Serialized message id, e.g. true_201234567890@c.us_3EB0C767D26A1D8A9C11.
            text: New text of the message.
            link_preview: Generate a preview for the first link in the text.
            link_preview_high_quality: Upload a high-quality preview image (slower).
        """
        from .._api.api.chats import chat_message_edit as _op

        return cast(
            "GowsSentMessage | NowebSentMessage | WawpSendAck | WebjsSentMessage",
            await self._client._call(
                _op.asyncio_detailed,
                chat_id=chat_id,
                message_id=message_id,
                text=text,
                link_preview=link_preview,
                link_preview_high_quality=link_preview_high_quality,
            ),
        )

    async def get(
        self,
        *,
        chat_id: str,
        message_id: str,
        download_media: bool | Unset = False,
    ) -> Message:
        """Get a message of a chat

        ``POST /chats/{chatId}/messages/{messageId}`` (operation ``chatMessageGet``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            message_id: Serialized message id, e.g. true_201234567890@c.us_3EB0C767D26A1D8A9C11.
            download_media: Download media and include its URL in the result.
        """
        from .._api.api.chats import chat_message_get as _op

        return cast(
            "Message",
            await self._client._call(
                _op.asyncio_detailed, chat_id=chat_id, message_id=message_id, download_media=download_media
            ),
        )

    async def list(
        self,
        *,
        chat_id: str,
        download_media: bool | Unset = False,
        limit: int | Unset = UNSET,
        offset: int | Unset = 0,
        filter_timestamp_lte: int | Unset = UNSET,
        filter_timestamp_gte: int | Unset = UNSET,
        filter_from_me: bool | Unset = UNSET,
        filter_ack: ChatMessagesListFilterAck | Unset = UNSET,
    ) -> builtins.list[Message]:
        """List messages of a chat

        ``GET /chats/{chatId}/messages`` (operation ``chatMessagesList``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            download_media: Download media and include its URL in the result.
            limit: Maximum number of items to return.
            offset: Number of items to skip before the first one returned.
            filter_timestamp_lte: Only messages sent at or before this unix time (seconds).
            filter_timestamp_gte: Only messages sent at or after this unix time (seconds).
            filter_from_me: Only messages you sent (true) or received (false).
            filter_ack: Only messages in this delivery state.
        """
        from .._api.api.chats import chat_messages_list as _op

        return cast(
            "builtins.list[Message]",
            await self._client._call(
                _op.asyncio_detailed,
                chat_id=chat_id,
                download_media=download_media,
                limit=limit,
                offset=offset,
                filter_timestamp_lte=filter_timestamp_lte,
                filter_timestamp_gte=filter_timestamp_gte,
                filter_from_me=filter_from_me,
                filter_ack=filter_ack,
            ),
        )

    async def pin(
        self,
        *,
        chat_id: str,
        message_id: str,
        duration: ChatMessagePinDuration | Unset = ChatMessagePinDuration.VALUE_86400,
    ) -> Result:
        """Pin a message

        ``POST /chats/{chatId}/messages/{messageId}/pin`` (operation ``chatMessagePin``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            message_id: Serialized message id, e.g. true_201234567890@c.us_3EB0C767D26A1D8A9C11.
            duration: How long the pin lasts, in seconds (24 hours, 7 days or 30 days).
        """
        from .._api.api.chats import chat_message_pin as _op

        return cast(
            "Result",
            await self._client._call(_op.asyncio_detailed, chat_id=chat_id, message_id=message_id, duration=duration),
        )

    async def read(
        self,
        *,
        chat_id: str,
        messages: int | Unset = UNSET,
        days: int | Unset = UNSET,
    ) -> ReadMessagesResult:
        """Mark a chat as read

        ``POST /chats/{chatId}/messages/read`` (operation ``chatMessagesRead``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            messages: How many of the newest messages to mark as read.
            days: Mark the messages of this many recent days as read.
        """
        from .._api.api.chats import chat_messages_read as _op

        return cast(
            "ReadMessagesResult",
            await self._client._call(_op.asyncio_detailed, chat_id=chat_id, messages=messages, days=days),
        )

    async def unpin(
        self,
        *,
        chat_id: str,
        message_id: str,
    ) -> Result:
        """Unpin a message

        ``POST /chats/{chatId}/messages/{messageId}/unpin`` (operation ``chatMessageUnpin``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            message_id: Serialized message id, e.g. true_201234567890@c.us_3EB0C767D26A1D8A9C11.
        """
        from .._api.api.chats import chat_message_unpin as _op

        return cast("Result", await self._client._call(_op.asyncio_detailed, chat_id=chat_id, message_id=message_id))


class AsyncChatsResource(AsyncResource):
    """``client.chats``: Chats and the messages in them."""

    @cached_property
    def messages(self) -> AsyncChatsMessagesResource:
        """``client.chats.messages``."""
        return AsyncChatsMessagesResource(self._client)

    async def archive(
        self,
        *,
        chat_id: str,
    ) -> bool:
        """Archive a chat

        ``POST /chats/{chatId}/archive`` (operation ``chatArchive``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
        """
        from .._api.api.chats import chat_archive as _op

        return cast("bool", await self._client._call(_op.asyncio_detailed, chat_id=chat_id))

    async def delete(
        self,
        *,
        chat_id: str,
    ) -> bool:
        """Delete a chat

        ``DELETE /chats/{chatId}`` (operation ``chatDelete``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
        """
        from .._api.api.chats import chat_delete as _op

        return cast("bool", await self._client._call(_op.asyncio_detailed, chat_id=chat_id))

    async def list(
        self,
        *,
        sort_by: ChatsListSortBy | Unset = UNSET,
        sort_order: ChatsListSortOrder | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = 0,
    ) -> builtins.list[Chat] | builtins.list[WebjsChat]:
        """List chats

        ``POST /chats`` (operation ``chatsList``).

        Args:
            sort_by: Field to sort by.
            sort_order: Sort direction.
            limit: Maximum number of items to return.
            offset: Number of items to skip before the first one returned.
        """
        from .._api.api.chats import chats_list as _op

        return cast(
            "builtins.list[Chat] | builtins.list[WebjsChat]",
            await self._client._call(
                _op.asyncio_detailed, sort_by=sort_by, sort_order=sort_order, limit=limit, offset=offset
            ),
        )

    async def mark_unread(
        self,
        *,
        chat_id: str,
    ) -> Result:
        """Mark a chat as unread

        ``POST /chats/{chatId}/unread`` (operation ``chatMarkUnread``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
        """
        from .._api.api.chats import chat_mark_unread as _op

        return cast("Result", await self._client._call(_op.asyncio_detailed, chat_id=chat_id))

    async def overview(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = 0,
        ids: builtins.list[str] | Unset = UNSET,
    ) -> builtins.list[ChatOverview]:
        """Get a chat overview

        ``GET /chats/overview`` (operation ``chatsOverview``).

        Args:
            limit: Maximum number of items to return.
            offset: Number of items to skip before the first one returned.
            ids: Only these chats.
        """
        from .._api.api.chats import chats_overview as _op

        return cast(
            "builtins.list[ChatOverview]",
            await self._client._call(_op.asyncio_detailed, limit=limit, offset=offset, ids=ids),
        )

    async def picture(
        self,
        *,
        chat_id: str,
        refresh: bool | Unset = False,
    ) -> ChatPicture:
        """Get a chat's picture

        ``GET /chats/{chatId}/picture`` (operation ``chatPicture``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            refresh: Bypass the 24-hour picture cache and fetch it again from WhatsApp.
        """
        from .._api.api.chats import chat_picture as _op

        return cast("ChatPicture", await self._client._call(_op.asyncio_detailed, chat_id=chat_id, refresh=refresh))

    async def unarchive(
        self,
        *,
        chat_id: str,
    ) -> bool:
        """Unarchive a chat

        ``POST /chats/{chatId}/unarchive`` (operation ``chatUnarchive``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
        """
        from .._api.api.chats import chat_unarchive as _op

        return cast("bool", await self._client._call(_op.asyncio_detailed, chat_id=chat_id))
