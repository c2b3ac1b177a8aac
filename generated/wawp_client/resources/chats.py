# Rendered by generator/generate.py from spec/openapi.yaml. Do not edit: regenerate with `nox -s generate`.
"""The ``client.chats`` namespace: Chats and the messages in them."""

from __future__ import annotations

import builtins
from functools import cached_property
from typing import TYPE_CHECKING, Literal

from .._base_client import AsyncResource, SyncResource
from .._facade import given, request_options
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from ..pagination import OffsetPaging

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx

    from .._api.models.chat import Chat
    from .._api.models.chat_overview import ChatOverview
    from .._api.models.chat_picture import ChatPicture
    from .._api.models.message import Message
    from .._api.models.read_messages_result import ReadMessagesResult
    from .._api.models.result import Result
    from .._api.models.webjs_chat import WebjsChat
    from .._union_models import SentMessage
    from ..pagination import AsyncPage, SyncPage

__all__ = [
    "AsyncChatsMessagesResource",
    "AsyncChatsMessagesWithRawResponse",
    "AsyncChatsResource",
    "AsyncChatsWithRawResponse",
    "ChatsMessagesResource",
    "ChatsMessagesWithRawResponse",
    "ChatsResource",
    "ChatsWithRawResponse",
]


class ChatsMessagesResource(SyncResource):
    """``client.chats.messages``: The ``chats.messages`` operations."""

    def clear(
        self,
        *,
        chat_id: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> bool:
        """Clear a chat

        ``DELETE /chats/{chatId}/messages`` (operation ``chatMessagesClear``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.chats import chat_messages_clear as _op

        result: bool = self._client._call(
            _op._get_kwargs,
            cast_to=_op.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            chat_id=chat_id,
        )
        return result

    def delete(
        self,
        *,
        chat_id: str,
        message_id: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> SentMessage:
        """Delete a message

        ``DELETE /chats/{chatId}/messages/{messageId}`` (operation ``chatMessageDelete``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            message_id: Serialized message id, e.g. true_201234567890@c.us_3EB0C767D26A1D8A9C11.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.chats import chat_message_delete as _op
        from .._union_models import SentMessage

        result: SentMessage = self._client._call(
            _op._get_kwargs,
            cast_to=SentMessage,
            options=request_options(timeout, extra_headers, extra_query),
            chat_id=chat_id,
            message_id=message_id,
        )
        return result

    def edit(
        self,
        *,
        chat_id: str,
        message_id: str,
        text: str,
        link_preview: bool = True,
        link_preview_high_quality: bool = False,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> SentMessage:
        """Edit a message

        ``PUT /chats/{chatId}/messages/{messageId}`` (operation ``chatMessageEdit``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            message_id: Serialized message id, e.g. true_201234567890@c.us_3EB0C767D26A1D8A9C11.
            text: New text of the message.
            link_preview: Generate a preview for the first link in the text.
            link_preview_high_quality: Upload a high-quality preview image (slower).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.chats import chat_message_edit as _op
        from .._union_models import SentMessage

        result: SentMessage = self._client._call(
            _op._get_kwargs,
            cast_to=SentMessage,
            options=request_options(timeout, extra_headers, extra_query),
            chat_id=chat_id,
            message_id=message_id,
            text=text,
            link_preview=link_preview,
            link_preview_high_quality=link_preview_high_quality,
        )
        return result

    def get(
        self,
        *,
        chat_id: str,
        message_id: str,
        download_media: bool = False,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Message:
        """Get a message of a chat

        ``POST /chats/{chatId}/messages/{messageId}`` (operation ``chatMessageGet``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            message_id: Serialized message id, e.g. true_201234567890@c.us_3EB0C767D26A1D8A9C11, or the bare id
                the engine gave the message (`_data.Info.ID` of a GOWS send reply, e.g. 3EB0C767D26A1D8A9C11).
            download_media: Download media and include its URL in the result.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.chats import chat_message_get as _op

        result: Message = self._client._call(
            _op._get_kwargs,
            cast_to=_op.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            chat_id=chat_id,
            message_id=message_id,
            download_media=download_media,
        )
        return result

    def list(
        self,
        *,
        chat_id: str,
        download_media: bool = False,
        limit: int | None = None,
        offset: int = 0,
        filter_timestamp_lte: int | None = None,
        filter_timestamp_gte: int | None = None,
        filter_from_me: bool | None = None,
        filter_ack: Literal["DEVICE", "ERROR", "PENDING", "PLAYED", "READ", "SERVER"] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> SyncPage[Message]:
        """List messages of a chat

        ``GET /chats/{chatId}/messages`` (operation ``chatMessagesList``).

        Returns one page (one request); iterating over it gives its items, ``.iter_all()`` walks on.

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            download_media: Download media and include its URL in the result.
            limit: Maximum number of items to return.
            offset: Number of items to skip before the first one returned (a 64-bit integer, as the engines
                carry it).
            filter_timestamp_lte: Only messages sent at or before this unix time (seconds).
            filter_timestamp_gte: Only messages sent at or after this unix time (seconds).
            filter_from_me: Only messages you sent (true) or received (false).
            filter_ack: Only messages in this delivery state.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.chats import chat_messages_list as _op

        result: SyncPage[Message] = self._client._call(
            _op._get_kwargs,
            cast_to=_op.RESULT,
            paging=OffsetPaging(),
            options=request_options(timeout, extra_headers, extra_query),
            chat_id=chat_id,
            download_media=download_media,
            offset=offset,
            **given(
                limit=limit,
                filter_timestamp_lte=filter_timestamp_lte,
                filter_timestamp_gte=filter_timestamp_gte,
                filter_from_me=filter_from_me,
                filter_ack=filter_ack,
            ),
        )
        return result

    def pin(
        self,
        *,
        chat_id: str,
        message_id: str,
        duration: Literal[86400, 604800, 2592000] = 86400,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Result:
        """Pin a message

        ``POST /chats/{chatId}/messages/{messageId}/pin`` (operation ``chatMessagePin``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            message_id: Serialized message id, e.g. true_201234567890@c.us_3EB0C767D26A1D8A9C11.
            duration: How long the pin lasts, in seconds (24 hours, 7 days or 30 days).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.chats import chat_message_pin as _op

        result: Result = self._client._call(
            _op._get_kwargs,
            cast_to=_op.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            chat_id=chat_id,
            message_id=message_id,
            duration=duration,
        )
        return result

    def read(
        self,
        *,
        chat_id: str,
        messages: int | None = None,
        days: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> ReadMessagesResult:
        """Mark a chat as read

        ``POST /chats/{chatId}/messages/read`` (operation ``chatMessagesRead``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            messages: How many of the newest messages to mark as read.
            days: Mark the messages of this many recent days as read.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.chats import chat_messages_read as _op

        result: ReadMessagesResult = self._client._call(
            _op._get_kwargs,
            cast_to=_op.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            chat_id=chat_id,
            **given(messages=messages, days=days),
        )
        return result

    def unpin(
        self,
        *,
        chat_id: str,
        message_id: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Result:
        """Unpin a message

        ``POST /chats/{chatId}/messages/{messageId}/unpin`` (operation ``chatMessageUnpin``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            message_id: Serialized message id, e.g. true_201234567890@c.us_3EB0C767D26A1D8A9C11.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.chats import chat_message_unpin as _op

        result: Result = self._client._call(
            _op._get_kwargs,
            cast_to=_op.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            chat_id=chat_id,
            message_id=message_id,
        )
        return result


class ChatsMessagesWithRawResponse:
    """``client.with_raw_response.chats.messages``: the same methods, returning the HTTP response."""

    def __init__(self, resource: ChatsMessagesResource) -> None:
        self._resource = resource
        self.clear = to_raw_response_wrapper(resource.clear)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.edit = to_raw_response_wrapper(resource.edit)
        self.get = to_raw_response_wrapper(resource.get)
        self.list = to_raw_response_wrapper(resource.list)
        self.pin = to_raw_response_wrapper(resource.pin)
        self.read = to_raw_response_wrapper(resource.read)
        self.unpin = to_raw_response_wrapper(resource.unpin)


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
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> bool:
        """Archive a chat

        ``POST /chats/{chatId}/archive`` (operation ``chatArchive``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.chats import chat_archive as _op

        result: bool = self._client._call(
            _op._get_kwargs,
            cast_to=_op.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            chat_id=chat_id,
        )
        return result

    def delete(
        self,
        *,
        chat_id: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> bool:
        """Delete a chat

        ``DELETE /chats/{chatId}`` (operation ``chatDelete``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.chats import chat_delete as _op

        result: bool = self._client._call(
            _op._get_kwargs,
            cast_to=_op.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            chat_id=chat_id,
        )
        return result

    def list(
        self,
        *,
        sort_by: Literal["conversationTimestamp", "id", "name"] | None = None,
        sort_order: Literal["ASC", "DESC"] | None = None,
        limit: int | None = None,
        offset: int = 0,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> SyncPage[Chat | WebjsChat]:
        """List chats

        ``POST /chats`` (operation ``chatsList``).

        Returns one page (one request); iterating over it gives its items, ``.iter_all()`` walks on.

        Args:
            sort_by: Field to sort by.
            sort_order: Sort direction.
            limit: Maximum number of items to return.
            offset: Number of items to skip before the first one returned (a 64-bit integer, as the engines
                carry it).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.chats import chats_list as _op

        result: SyncPage[Chat | WebjsChat] = self._client._call(
            _op._get_kwargs,
            cast_to=_op.RESULT,
            paging=OffsetPaging(),
            options=request_options(timeout, extra_headers, extra_query),
            offset=offset,
            **given(sort_by=sort_by, sort_order=sort_order, limit=limit),
        )
        return result

    def mark_unread(
        self,
        *,
        chat_id: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Result:
        """Mark a chat as unread

        ``POST /chats/{chatId}/unread`` (operation ``chatMarkUnread``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.chats import chat_mark_unread as _op

        result: Result = self._client._call(
            _op._get_kwargs,
            cast_to=_op.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            chat_id=chat_id,
        )
        return result

    def overview(
        self,
        *,
        limit: int | None = None,
        offset: int = 0,
        ids: builtins.list[str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> SyncPage[ChatOverview]:
        """Get a chat overview

        ``GET /chats/overview`` (operation ``chatsOverview``).

        Returns one page (one request); iterating over it gives its items, ``.iter_all()`` walks on.

        Args:
            limit: Maximum number of items to return.
            offset: Number of items to skip before the first one returned (a 64-bit integer, as the engines
                carry it).
            ids: Only these chats.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.chats import chats_overview as _op

        result: SyncPage[ChatOverview] = self._client._call(
            _op._get_kwargs,
            cast_to=_op.RESULT,
            paging=OffsetPaging(),
            options=request_options(timeout, extra_headers, extra_query),
            offset=offset,
            **given(limit=limit, ids=ids),
        )
        return result

    def picture(
        self,
        *,
        chat_id: str,
        refresh: bool = False,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> ChatPicture:
        """Get a chat's picture

        ``GET /chats/{chatId}/picture`` (operation ``chatPicture``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            refresh: Bypass the 24-hour picture cache and fetch it again from WhatsApp.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.chats import chat_picture as _op

        result: ChatPicture = self._client._call(
            _op._get_kwargs,
            cast_to=_op.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            chat_id=chat_id,
            refresh=refresh,
        )
        return result

    def unarchive(
        self,
        *,
        chat_id: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> bool:
        """Unarchive a chat

        ``POST /chats/{chatId}/unarchive`` (operation ``chatUnarchive``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.chats import chat_unarchive as _op

        result: bool = self._client._call(
            _op._get_kwargs,
            cast_to=_op.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            chat_id=chat_id,
        )
        return result


class ChatsWithRawResponse:
    """``client.with_raw_response.chats``: the same methods, returning the HTTP response."""

    def __init__(self, resource: ChatsResource) -> None:
        self._resource = resource
        self.archive = to_raw_response_wrapper(resource.archive)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.list = to_raw_response_wrapper(resource.list)
        self.mark_unread = to_raw_response_wrapper(resource.mark_unread)
        self.overview = to_raw_response_wrapper(resource.overview)
        self.picture = to_raw_response_wrapper(resource.picture)
        self.unarchive = to_raw_response_wrapper(resource.unarchive)

    @cached_property
    def messages(self) -> ChatsMessagesWithRawResponse:
        """``client.with_raw_response.chats.messages``."""
        return ChatsMessagesWithRawResponse(self._resource.messages)


class AsyncChatsMessagesResource(AsyncResource):
    """``client.chats.messages``: The ``chats.messages`` operations."""

    async def clear(
        self,
        *,
        chat_id: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> bool:
        """Clear a chat

        ``DELETE /chats/{chatId}/messages`` (operation ``chatMessagesClear``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.chats import chat_messages_clear as _op

        result: bool = await self._client._call(
            _op._get_kwargs,
            cast_to=_op.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            chat_id=chat_id,
        )
        return result

    async def delete(
        self,
        *,
        chat_id: str,
        message_id: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> SentMessage:
        """Delete a message

        ``DELETE /chats/{chatId}/messages/{messageId}`` (operation ``chatMessageDelete``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            message_id: Serialized message id, e.g. true_201234567890@c.us_3EB0C767D26A1D8A9C11.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.chats import chat_message_delete as _op
        from .._union_models import SentMessage

        result: SentMessage = await self._client._call(
            _op._get_kwargs,
            cast_to=SentMessage,
            options=request_options(timeout, extra_headers, extra_query),
            chat_id=chat_id,
            message_id=message_id,
        )
        return result

    async def edit(
        self,
        *,
        chat_id: str,
        message_id: str,
        text: str,
        link_preview: bool = True,
        link_preview_high_quality: bool = False,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> SentMessage:
        """Edit a message

        ``PUT /chats/{chatId}/messages/{messageId}`` (operation ``chatMessageEdit``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            message_id: Serialized message id, e.g. true_201234567890@c.us_3EB0C767D26A1D8A9C11.
            text: New text of the message.
            link_preview: Generate a preview for the first link in the text.
            link_preview_high_quality: Upload a high-quality preview image (slower).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.chats import chat_message_edit as _op
        from .._union_models import SentMessage

        result: SentMessage = await self._client._call(
            _op._get_kwargs,
            cast_to=SentMessage,
            options=request_options(timeout, extra_headers, extra_query),
            chat_id=chat_id,
            message_id=message_id,
            text=text,
            link_preview=link_preview,
            link_preview_high_quality=link_preview_high_quality,
        )
        return result

    async def get(
        self,
        *,
        chat_id: str,
        message_id: str,
        download_media: bool = False,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Message:
        """Get a message of a chat

        ``POST /chats/{chatId}/messages/{messageId}`` (operation ``chatMessageGet``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            message_id: Serialized message id, e.g. true_201234567890@c.us_3EB0C767D26A1D8A9C11, or the bare id
                the engine gave the message (`_data.Info.ID` of a GOWS send reply, e.g. 3EB0C767D26A1D8A9C11).
            download_media: Download media and include its URL in the result.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.chats import chat_message_get as _op

        result: Message = await self._client._call(
            _op._get_kwargs,
            cast_to=_op.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            chat_id=chat_id,
            message_id=message_id,
            download_media=download_media,
        )
        return result

    async def list(
        self,
        *,
        chat_id: str,
        download_media: bool = False,
        limit: int | None = None,
        offset: int = 0,
        filter_timestamp_lte: int | None = None,
        filter_timestamp_gte: int | None = None,
        filter_from_me: bool | None = None,
        filter_ack: Literal["DEVICE", "ERROR", "PENDING", "PLAYED", "READ", "SERVER"] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> AsyncPage[Message]:
        """List messages of a chat

        ``GET /chats/{chatId}/messages`` (operation ``chatMessagesList``).

        Returns one page (one request); iterating over it gives its items, ``.iter_all()`` walks on.

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            download_media: Download media and include its URL in the result.
            limit: Maximum number of items to return.
            offset: Number of items to skip before the first one returned (a 64-bit integer, as the engines
                carry it).
            filter_timestamp_lte: Only messages sent at or before this unix time (seconds).
            filter_timestamp_gte: Only messages sent at or after this unix time (seconds).
            filter_from_me: Only messages you sent (true) or received (false).
            filter_ack: Only messages in this delivery state.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.chats import chat_messages_list as _op

        result: AsyncPage[Message] = await self._client._call(
            _op._get_kwargs,
            cast_to=_op.RESULT,
            paging=OffsetPaging(),
            options=request_options(timeout, extra_headers, extra_query),
            chat_id=chat_id,
            download_media=download_media,
            offset=offset,
            **given(
                limit=limit,
                filter_timestamp_lte=filter_timestamp_lte,
                filter_timestamp_gte=filter_timestamp_gte,
                filter_from_me=filter_from_me,
                filter_ack=filter_ack,
            ),
        )
        return result

    async def pin(
        self,
        *,
        chat_id: str,
        message_id: str,
        duration: Literal[86400, 604800, 2592000] = 86400,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Result:
        """Pin a message

        ``POST /chats/{chatId}/messages/{messageId}/pin`` (operation ``chatMessagePin``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            message_id: Serialized message id, e.g. true_201234567890@c.us_3EB0C767D26A1D8A9C11.
            duration: How long the pin lasts, in seconds (24 hours, 7 days or 30 days).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.chats import chat_message_pin as _op

        result: Result = await self._client._call(
            _op._get_kwargs,
            cast_to=_op.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            chat_id=chat_id,
            message_id=message_id,
            duration=duration,
        )
        return result

    async def read(
        self,
        *,
        chat_id: str,
        messages: int | None = None,
        days: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> ReadMessagesResult:
        """Mark a chat as read

        ``POST /chats/{chatId}/messages/read`` (operation ``chatMessagesRead``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            messages: How many of the newest messages to mark as read.
            days: Mark the messages of this many recent days as read.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.chats import chat_messages_read as _op

        result: ReadMessagesResult = await self._client._call(
            _op._get_kwargs,
            cast_to=_op.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            chat_id=chat_id,
            **given(messages=messages, days=days),
        )
        return result

    async def unpin(
        self,
        *,
        chat_id: str,
        message_id: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Result:
        """Unpin a message

        ``POST /chats/{chatId}/messages/{messageId}/unpin`` (operation ``chatMessageUnpin``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            message_id: Serialized message id, e.g. true_201234567890@c.us_3EB0C767D26A1D8A9C11.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.chats import chat_message_unpin as _op

        result: Result = await self._client._call(
            _op._get_kwargs,
            cast_to=_op.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            chat_id=chat_id,
            message_id=message_id,
        )
        return result


class AsyncChatsMessagesWithRawResponse:
    """``client.with_raw_response.chats.messages``: the same methods, returning the HTTP response."""

    def __init__(self, resource: AsyncChatsMessagesResource) -> None:
        self._resource = resource
        self.clear = async_to_raw_response_wrapper(resource.clear)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.edit = async_to_raw_response_wrapper(resource.edit)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.list = async_to_raw_response_wrapper(resource.list)
        self.pin = async_to_raw_response_wrapper(resource.pin)
        self.read = async_to_raw_response_wrapper(resource.read)
        self.unpin = async_to_raw_response_wrapper(resource.unpin)


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
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> bool:
        """Archive a chat

        ``POST /chats/{chatId}/archive`` (operation ``chatArchive``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.chats import chat_archive as _op

        result: bool = await self._client._call(
            _op._get_kwargs,
            cast_to=_op.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            chat_id=chat_id,
        )
        return result

    async def delete(
        self,
        *,
        chat_id: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> bool:
        """Delete a chat

        ``DELETE /chats/{chatId}`` (operation ``chatDelete``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.chats import chat_delete as _op

        result: bool = await self._client._call(
            _op._get_kwargs,
            cast_to=_op.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            chat_id=chat_id,
        )
        return result

    async def list(
        self,
        *,
        sort_by: Literal["conversationTimestamp", "id", "name"] | None = None,
        sort_order: Literal["ASC", "DESC"] | None = None,
        limit: int | None = None,
        offset: int = 0,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> AsyncPage[Chat | WebjsChat]:
        """List chats

        ``POST /chats`` (operation ``chatsList``).

        Returns one page (one request); iterating over it gives its items, ``.iter_all()`` walks on.

        Args:
            sort_by: Field to sort by.
            sort_order: Sort direction.
            limit: Maximum number of items to return.
            offset: Number of items to skip before the first one returned (a 64-bit integer, as the engines
                carry it).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.chats import chats_list as _op

        result: AsyncPage[Chat | WebjsChat] = await self._client._call(
            _op._get_kwargs,
            cast_to=_op.RESULT,
            paging=OffsetPaging(),
            options=request_options(timeout, extra_headers, extra_query),
            offset=offset,
            **given(sort_by=sort_by, sort_order=sort_order, limit=limit),
        )
        return result

    async def mark_unread(
        self,
        *,
        chat_id: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Result:
        """Mark a chat as unread

        ``POST /chats/{chatId}/unread`` (operation ``chatMarkUnread``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.chats import chat_mark_unread as _op

        result: Result = await self._client._call(
            _op._get_kwargs,
            cast_to=_op.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            chat_id=chat_id,
        )
        return result

    async def overview(
        self,
        *,
        limit: int | None = None,
        offset: int = 0,
        ids: builtins.list[str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> AsyncPage[ChatOverview]:
        """Get a chat overview

        ``GET /chats/overview`` (operation ``chatsOverview``).

        Returns one page (one request); iterating over it gives its items, ``.iter_all()`` walks on.

        Args:
            limit: Maximum number of items to return.
            offset: Number of items to skip before the first one returned (a 64-bit integer, as the engines
                carry it).
            ids: Only these chats.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.chats import chats_overview as _op

        result: AsyncPage[ChatOverview] = await self._client._call(
            _op._get_kwargs,
            cast_to=_op.RESULT,
            paging=OffsetPaging(),
            options=request_options(timeout, extra_headers, extra_query),
            offset=offset,
            **given(limit=limit, ids=ids),
        )
        return result

    async def picture(
        self,
        *,
        chat_id: str,
        refresh: bool = False,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> ChatPicture:
        """Get a chat's picture

        ``GET /chats/{chatId}/picture`` (operation ``chatPicture``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            refresh: Bypass the 24-hour picture cache and fetch it again from WhatsApp.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.chats import chat_picture as _op

        result: ChatPicture = await self._client._call(
            _op._get_kwargs,
            cast_to=_op.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            chat_id=chat_id,
            refresh=refresh,
        )
        return result

    async def unarchive(
        self,
        *,
        chat_id: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> bool:
        """Unarchive a chat

        ``POST /chats/{chatId}/unarchive`` (operation ``chatUnarchive``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.chats import chat_unarchive as _op

        result: bool = await self._client._call(
            _op._get_kwargs,
            cast_to=_op.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            chat_id=chat_id,
        )
        return result


class AsyncChatsWithRawResponse:
    """``client.with_raw_response.chats``: the same methods, returning the HTTP response."""

    def __init__(self, resource: AsyncChatsResource) -> None:
        self._resource = resource
        self.archive = async_to_raw_response_wrapper(resource.archive)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.list = async_to_raw_response_wrapper(resource.list)
        self.mark_unread = async_to_raw_response_wrapper(resource.mark_unread)
        self.overview = async_to_raw_response_wrapper(resource.overview)
        self.picture = async_to_raw_response_wrapper(resource.picture)
        self.unarchive = async_to_raw_response_wrapper(resource.unarchive)

    @cached_property
    def messages(self) -> AsyncChatsMessagesWithRawResponse:
        """``client.with_raw_response.chats.messages``."""
        return AsyncChatsMessagesWithRawResponse(self._resource.messages)
