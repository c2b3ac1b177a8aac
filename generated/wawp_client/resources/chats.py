# Rendered by generator/generate.py from spec/openapi.yaml. Do not edit: regenerate with `nox -s generate`.
"""The ``client.chats`` namespace: Chats and the messages in them."""

from __future__ import annotations

import builtins
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal, overload

from .._api.types import UNSET
from .._base_client import AsyncResource, SyncResource
from .._facade import build_body, given, refuse_arguments, request_options
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
    from .._api.models.v2_chat_ref import V2ChatRef
    from .._api.models.webjs_chat import WebjsChat
    from .._api.types import Unset
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

    @overload
    def clear(
        self,
        *,
        chat_id: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> bool: ...

    @overload
    def clear(
        self,
        *,
        body: V2ChatRef | Mapping[str, Any],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> bool: ...

    def clear(
        self,
        *,
        chat_id: str | Unset = UNSET,
        body: V2ChatRef | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> bool:
        """Clear a chat

        v1: ``DELETE /chats/{chatId}/messages`` (operation ``chatMessagesClear``); v2: ``POST /v2/chats/clear``
        (operation ``chatMessagesClear``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            body: The whole JSON body instead of the keyword arguments: a ``V2ChatRef``, or a dict with its wire
                names (for fields the spec does not know yet).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        if self._client.api_version == "v1":
            from .._api.api.chats import chat_messages_clear

            refuse_arguments("chats.messages.clear", "v1", body=body)
            result: bool = self._client._call(
                chat_messages_clear._get_kwargs,
                cast_to=chat_messages_clear.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                chat_id=chat_id,
            )
        else:
            from .._api.api.chats import chat_messages_clear_v2
            from .._api.models.v2_chat_ref import V2ChatRef

            result = self._client._call(
                chat_messages_clear_v2._get_kwargs,
                cast_to=chat_messages_clear_v2.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                body=build_body(V2ChatRef, body, "chats.messages.clear", chat_id=chat_id),
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

        Only in Wawp v1: ``DELETE /chats/{chatId}/messages/{messageId}`` (operation ``chatMessageDelete``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            message_id: Serialized message id, e.g. true_201234567890@c.us_3EB0C767D26A1D8A9C11.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v1", "chats.messages.delete")
        from .._api.api.chats import chat_message_delete
        from .._union_models import SentMessage

        result: SentMessage = self._client._call(
            chat_message_delete._get_kwargs,
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

        Only in Wawp v1: ``PUT /chats/{chatId}/messages/{messageId}`` (operation ``chatMessageEdit``).

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
        self._client._only_in("v1", "chats.messages.edit")
        from .._api.api.chats import chat_message_edit
        from .._union_models import SentMessage

        result: SentMessage = self._client._call(
            chat_message_edit._get_kwargs,
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

        Only in Wawp v1: ``POST /chats/{chatId}/messages/{messageId}`` (operation ``chatMessageGet``).

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
        self._client._only_in("v1", "chats.messages.get")
        from .._api.api.chats import chat_message_get

        result: Message = self._client._call(
            chat_message_get._get_kwargs,
            cast_to=chat_message_get.RESULT,
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

        v1: ``GET /chats/{chatId}/messages`` (operation ``chatMessagesList``); v2: ``GET /v2/chats/messages``
        (operation ``chatMessagesList``).

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
        if self._client.api_version == "v1":
            from .._api.api.chats import chat_messages_list

            result: SyncPage[Message] = self._client._call(
                chat_messages_list._get_kwargs,
                cast_to=chat_messages_list.RESULT,
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
        else:
            from .._api.api.chats import chat_messages_list_v2

            refuse_arguments(
                "chats.messages.list",
                "v2",
                filter_timestamp_lte=filter_timestamp_lte,
                filter_timestamp_gte=filter_timestamp_gte,
                filter_from_me=filter_from_me,
                filter_ack=filter_ack,
            )
            result = self._client._call(
                chat_messages_list_v2._get_kwargs,
                cast_to=chat_messages_list_v2.RESULT,
                paging=OffsetPaging(),
                options=request_options(timeout, extra_headers, extra_query),
                chat_id=chat_id,
                offset=offset,
                download_media=download_media,
                **given(limit=limit),
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

        Only in Wawp v1: ``POST /chats/{chatId}/messages/{messageId}/pin`` (operation ``chatMessagePin``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            message_id: Serialized message id, e.g. true_201234567890@c.us_3EB0C767D26A1D8A9C11.
            duration: How long the pin lasts, in seconds (24 hours, 7 days or 30 days).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v1", "chats.messages.pin")
        from .._api.api.chats import chat_message_pin

        result: Result = self._client._call(
            chat_message_pin._get_kwargs,
            cast_to=chat_message_pin.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            chat_id=chat_id,
            message_id=message_id,
            duration=duration,
        )
        return result

    @overload
    def read(
        self,
        *,
        chat_id: str,
        messages: int | None = None,
        days: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> ReadMessagesResult: ...

    @overload
    def read(
        self,
        *,
        messages: int | None = None,
        days: int | None = None,
        body: V2ChatRef | Mapping[str, Any],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> ReadMessagesResult: ...

    def read(
        self,
        *,
        chat_id: str | Unset = UNSET,
        messages: int | None = None,
        days: int | None = None,
        body: V2ChatRef | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> ReadMessagesResult:
        """Mark a chat as read

        v1: ``POST /chats/{chatId}/messages/read`` (operation ``chatMessagesRead``); v2: ``POST /v2/chats/read``
        (operation ``chatMessagesRead``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            messages: How many of the newest messages to mark as read.
            days: Mark the messages of this many recent days as read.
            body: The whole JSON body instead of the keyword arguments: a ``V2ChatRef``, or a dict with its wire
                names (for fields the spec does not know yet).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        if self._client.api_version == "v1":
            from .._api.api.chats import chat_messages_read

            refuse_arguments("chats.messages.read", "v1", body=body)
            result: ReadMessagesResult = self._client._call(
                chat_messages_read._get_kwargs,
                cast_to=chat_messages_read.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                chat_id=chat_id,
                **given(messages=messages, days=days),
            )
        else:
            from .._api.api.chats import chat_messages_read_v2
            from .._api.models.v2_chat_ref import V2ChatRef

            refuse_arguments("chats.messages.read", "v2", messages=messages, days=days)
            result = self._client._call(
                chat_messages_read_v2._get_kwargs,
                cast_to=chat_messages_read_v2.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                body=build_body(V2ChatRef, body, "chats.messages.read", chat_id=chat_id),
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

        Only in Wawp v1: ``POST /chats/{chatId}/messages/{messageId}/unpin`` (operation ``chatMessageUnpin``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            message_id: Serialized message id, e.g. true_201234567890@c.us_3EB0C767D26A1D8A9C11.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v1", "chats.messages.unpin")
        from .._api.api.chats import chat_message_unpin

        result: Result = self._client._call(
            chat_message_unpin._get_kwargs,
            cast_to=chat_message_unpin.RESULT,
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

    @overload
    def archive(
        self,
        *,
        chat_id: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> bool: ...

    @overload
    def archive(
        self,
        *,
        body: V2ChatRef | Mapping[str, Any],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> bool: ...

    def archive(
        self,
        *,
        chat_id: str | Unset = UNSET,
        body: V2ChatRef | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> bool:
        """Archive a chat

        v1: ``POST /chats/{chatId}/archive`` (operation ``chatArchive``); v2: ``POST /v2/chats/archive`` (operation
        ``chatArchive``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            body: The whole JSON body instead of the keyword arguments: a ``V2ChatRef``, or a dict with its wire
                names (for fields the spec does not know yet).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        if self._client.api_version == "v1":
            from .._api.api.chats import chat_archive

            refuse_arguments("chats.archive", "v1", body=body)
            result: bool = self._client._call(
                chat_archive._get_kwargs,
                cast_to=chat_archive.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                chat_id=chat_id,
            )
        else:
            from .._api.api.chats import chat_archive_v2
            from .._api.models.v2_chat_ref import V2ChatRef

            result = self._client._call(
                chat_archive_v2._get_kwargs,
                cast_to=chat_archive_v2.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                body=build_body(V2ChatRef, body, "chats.archive", chat_id=chat_id),
            )
        return result

    @overload
    def delete(
        self,
        *,
        chat_id: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> bool: ...

    @overload
    def delete(
        self,
        *,
        body: V2ChatRef | Mapping[str, Any],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> bool: ...

    def delete(
        self,
        *,
        chat_id: str | Unset = UNSET,
        body: V2ChatRef | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> bool:
        """Delete a chat

        v1: ``DELETE /chats/{chatId}`` (operation ``chatDelete``); v2: ``DELETE /v2/chats/delete`` (operation
        ``chatDelete``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            body: The whole JSON body instead of the keyword arguments: a ``V2ChatRef``, or a dict with its wire
                names (for fields the spec does not know yet).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        if self._client.api_version == "v1":
            from .._api.api.chats import chat_delete

            refuse_arguments("chats.delete", "v1", body=body)
            result: bool = self._client._call(
                chat_delete._get_kwargs,
                cast_to=chat_delete.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                chat_id=chat_id,
            )
        else:
            from .._api.api.chats import chat_delete_v2
            from .._api.models.v2_chat_ref import V2ChatRef

            result = self._client._call(
                chat_delete_v2._get_kwargs,
                cast_to=chat_delete_v2.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                body=build_body(V2ChatRef, body, "chats.delete", chat_id=chat_id),
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

        v1: ``POST /chats`` (operation ``chatsList``); v2: ``GET /v2/chats`` (operation ``chatsList``).

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
        if self._client.api_version == "v1":
            from .._api.api.chats import chats_list

            result: SyncPage[Chat | WebjsChat] = self._client._call(
                chats_list._get_kwargs,
                cast_to=chats_list.RESULT,
                paging=OffsetPaging(),
                options=request_options(timeout, extra_headers, extra_query),
                offset=offset,
                **given(sort_by=sort_by, sort_order=sort_order, limit=limit),
            )
        else:
            from .._api.api.chats import chats_list_v2

            result = self._client._call(
                chats_list_v2._get_kwargs,
                cast_to=chats_list_v2.RESULT,
                paging=OffsetPaging(),
                options=request_options(timeout, extra_headers, extra_query),
                offset=offset,
                **given(sort_by=sort_by, sort_order=sort_order, limit=limit),
            )
        return result

    @overload
    def mark_unread(
        self,
        *,
        chat_id: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Result: ...

    @overload
    def mark_unread(
        self,
        *,
        body: V2ChatRef | Mapping[str, Any],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Result: ...

    def mark_unread(
        self,
        *,
        chat_id: str | Unset = UNSET,
        body: V2ChatRef | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Result:
        """Mark a chat as unread

        v1: ``POST /chats/{chatId}/unread`` (operation ``chatMarkUnread``); v2: ``POST /v2/chats/unread`` (operation
        ``chatMarkUnread``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            body: The whole JSON body instead of the keyword arguments: a ``V2ChatRef``, or a dict with its wire
                names (for fields the spec does not know yet).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        if self._client.api_version == "v1":
            from .._api.api.chats import chat_mark_unread

            refuse_arguments("chats.mark_unread", "v1", body=body)
            result: Result = self._client._call(
                chat_mark_unread._get_kwargs,
                cast_to=chat_mark_unread.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                chat_id=chat_id,
            )
        else:
            from .._api.api.chats import chat_mark_unread_v2
            from .._api.models.v2_chat_ref import V2ChatRef

            result = self._client._call(
                chat_mark_unread_v2._get_kwargs,
                cast_to=chat_mark_unread_v2.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                body=build_body(V2ChatRef, body, "chats.mark_unread", chat_id=chat_id),
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

        v1: ``GET /chats/overview`` (operation ``chatsOverview``); v2: ``GET /v2/chats/overview`` (operation
        ``chatsOverview``).

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
        if self._client.api_version == "v1":
            from .._api.api.chats import chats_overview

            result: SyncPage[ChatOverview] = self._client._call(
                chats_overview._get_kwargs,
                cast_to=chats_overview.RESULT,
                paging=OffsetPaging(),
                options=request_options(timeout, extra_headers, extra_query),
                offset=offset,
                **given(limit=limit, ids=ids),
            )
        else:
            from .._api.api.chats import chats_overview_v2

            result = self._client._call(
                chats_overview_v2._get_kwargs,
                cast_to=chats_overview_v2.RESULT,
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

        Only in Wawp v1: ``GET /chats/{chatId}/picture`` (operation ``chatPicture``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            refresh: Bypass the 24-hour picture cache and fetch it again from WhatsApp.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v1", "chats.picture")
        from .._api.api.chats import chat_picture

        result: ChatPicture = self._client._call(
            chat_picture._get_kwargs,
            cast_to=chat_picture.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            chat_id=chat_id,
            refresh=refresh,
        )
        return result

    @overload
    def unarchive(
        self,
        *,
        chat_id: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> bool: ...

    @overload
    def unarchive(
        self,
        *,
        body: V2ChatRef | Mapping[str, Any],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> bool: ...

    def unarchive(
        self,
        *,
        chat_id: str | Unset = UNSET,
        body: V2ChatRef | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> bool:
        """Unarchive a chat

        v1: ``POST /chats/{chatId}/unarchive`` (operation ``chatUnarchive``); v2: ``POST /v2/chats/unarchive``
        (operation ``chatUnarchive``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            body: The whole JSON body instead of the keyword arguments: a ``V2ChatRef``, or a dict with its wire
                names (for fields the spec does not know yet).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        if self._client.api_version == "v1":
            from .._api.api.chats import chat_unarchive

            refuse_arguments("chats.unarchive", "v1", body=body)
            result: bool = self._client._call(
                chat_unarchive._get_kwargs,
                cast_to=chat_unarchive.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                chat_id=chat_id,
            )
        else:
            from .._api.api.chats import chat_unarchive_v2
            from .._api.models.v2_chat_ref import V2ChatRef

            result = self._client._call(
                chat_unarchive_v2._get_kwargs,
                cast_to=chat_unarchive_v2.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                body=build_body(V2ChatRef, body, "chats.unarchive", chat_id=chat_id),
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

    @overload
    async def clear(
        self,
        *,
        chat_id: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> bool: ...

    @overload
    async def clear(
        self,
        *,
        body: V2ChatRef | Mapping[str, Any],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> bool: ...

    async def clear(
        self,
        *,
        chat_id: str | Unset = UNSET,
        body: V2ChatRef | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> bool:
        """Clear a chat

        v1: ``DELETE /chats/{chatId}/messages`` (operation ``chatMessagesClear``); v2: ``POST /v2/chats/clear``
        (operation ``chatMessagesClear``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            body: The whole JSON body instead of the keyword arguments: a ``V2ChatRef``, or a dict with its wire
                names (for fields the spec does not know yet).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        if self._client.api_version == "v1":
            from .._api.api.chats import chat_messages_clear

            refuse_arguments("chats.messages.clear", "v1", body=body)
            result: bool = await self._client._call(
                chat_messages_clear._get_kwargs,
                cast_to=chat_messages_clear.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                chat_id=chat_id,
            )
        else:
            from .._api.api.chats import chat_messages_clear_v2
            from .._api.models.v2_chat_ref import V2ChatRef

            result = await self._client._call(
                chat_messages_clear_v2._get_kwargs,
                cast_to=chat_messages_clear_v2.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                body=build_body(V2ChatRef, body, "chats.messages.clear", chat_id=chat_id),
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

        Only in Wawp v1: ``DELETE /chats/{chatId}/messages/{messageId}`` (operation ``chatMessageDelete``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            message_id: Serialized message id, e.g. true_201234567890@c.us_3EB0C767D26A1D8A9C11.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v1", "chats.messages.delete")
        from .._api.api.chats import chat_message_delete
        from .._union_models import SentMessage

        result: SentMessage = await self._client._call(
            chat_message_delete._get_kwargs,
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

        Only in Wawp v1: ``PUT /chats/{chatId}/messages/{messageId}`` (operation ``chatMessageEdit``).

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
        self._client._only_in("v1", "chats.messages.edit")
        from .._api.api.chats import chat_message_edit
        from .._union_models import SentMessage

        result: SentMessage = await self._client._call(
            chat_message_edit._get_kwargs,
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

        Only in Wawp v1: ``POST /chats/{chatId}/messages/{messageId}`` (operation ``chatMessageGet``).

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
        self._client._only_in("v1", "chats.messages.get")
        from .._api.api.chats import chat_message_get

        result: Message = await self._client._call(
            chat_message_get._get_kwargs,
            cast_to=chat_message_get.RESULT,
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

        v1: ``GET /chats/{chatId}/messages`` (operation ``chatMessagesList``); v2: ``GET /v2/chats/messages``
        (operation ``chatMessagesList``).

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
        if self._client.api_version == "v1":
            from .._api.api.chats import chat_messages_list

            result: AsyncPage[Message] = await self._client._call(
                chat_messages_list._get_kwargs,
                cast_to=chat_messages_list.RESULT,
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
        else:
            from .._api.api.chats import chat_messages_list_v2

            refuse_arguments(
                "chats.messages.list",
                "v2",
                filter_timestamp_lte=filter_timestamp_lte,
                filter_timestamp_gte=filter_timestamp_gte,
                filter_from_me=filter_from_me,
                filter_ack=filter_ack,
            )
            result = await self._client._call(
                chat_messages_list_v2._get_kwargs,
                cast_to=chat_messages_list_v2.RESULT,
                paging=OffsetPaging(),
                options=request_options(timeout, extra_headers, extra_query),
                chat_id=chat_id,
                offset=offset,
                download_media=download_media,
                **given(limit=limit),
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

        Only in Wawp v1: ``POST /chats/{chatId}/messages/{messageId}/pin`` (operation ``chatMessagePin``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            message_id: Serialized message id, e.g. true_201234567890@c.us_3EB0C767D26A1D8A9C11.
            duration: How long the pin lasts, in seconds (24 hours, 7 days or 30 days).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v1", "chats.messages.pin")
        from .._api.api.chats import chat_message_pin

        result: Result = await self._client._call(
            chat_message_pin._get_kwargs,
            cast_to=chat_message_pin.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            chat_id=chat_id,
            message_id=message_id,
            duration=duration,
        )
        return result

    @overload
    async def read(
        self,
        *,
        chat_id: str,
        messages: int | None = None,
        days: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> ReadMessagesResult: ...

    @overload
    async def read(
        self,
        *,
        messages: int | None = None,
        days: int | None = None,
        body: V2ChatRef | Mapping[str, Any],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> ReadMessagesResult: ...

    async def read(
        self,
        *,
        chat_id: str | Unset = UNSET,
        messages: int | None = None,
        days: int | None = None,
        body: V2ChatRef | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> ReadMessagesResult:
        """Mark a chat as read

        v1: ``POST /chats/{chatId}/messages/read`` (operation ``chatMessagesRead``); v2: ``POST /v2/chats/read``
        (operation ``chatMessagesRead``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            messages: How many of the newest messages to mark as read.
            days: Mark the messages of this many recent days as read.
            body: The whole JSON body instead of the keyword arguments: a ``V2ChatRef``, or a dict with its wire
                names (for fields the spec does not know yet).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        if self._client.api_version == "v1":
            from .._api.api.chats import chat_messages_read

            refuse_arguments("chats.messages.read", "v1", body=body)
            result: ReadMessagesResult = await self._client._call(
                chat_messages_read._get_kwargs,
                cast_to=chat_messages_read.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                chat_id=chat_id,
                **given(messages=messages, days=days),
            )
        else:
            from .._api.api.chats import chat_messages_read_v2
            from .._api.models.v2_chat_ref import V2ChatRef

            refuse_arguments("chats.messages.read", "v2", messages=messages, days=days)
            result = await self._client._call(
                chat_messages_read_v2._get_kwargs,
                cast_to=chat_messages_read_v2.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                body=build_body(V2ChatRef, body, "chats.messages.read", chat_id=chat_id),
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

        Only in Wawp v1: ``POST /chats/{chatId}/messages/{messageId}/unpin`` (operation ``chatMessageUnpin``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            message_id: Serialized message id, e.g. true_201234567890@c.us_3EB0C767D26A1D8A9C11.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v1", "chats.messages.unpin")
        from .._api.api.chats import chat_message_unpin

        result: Result = await self._client._call(
            chat_message_unpin._get_kwargs,
            cast_to=chat_message_unpin.RESULT,
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

    @overload
    async def archive(
        self,
        *,
        chat_id: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> bool: ...

    @overload
    async def archive(
        self,
        *,
        body: V2ChatRef | Mapping[str, Any],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> bool: ...

    async def archive(
        self,
        *,
        chat_id: str | Unset = UNSET,
        body: V2ChatRef | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> bool:
        """Archive a chat

        v1: ``POST /chats/{chatId}/archive`` (operation ``chatArchive``); v2: ``POST /v2/chats/archive`` (operation
        ``chatArchive``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            body: The whole JSON body instead of the keyword arguments: a ``V2ChatRef``, or a dict with its wire
                names (for fields the spec does not know yet).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        if self._client.api_version == "v1":
            from .._api.api.chats import chat_archive

            refuse_arguments("chats.archive", "v1", body=body)
            result: bool = await self._client._call(
                chat_archive._get_kwargs,
                cast_to=chat_archive.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                chat_id=chat_id,
            )
        else:
            from .._api.api.chats import chat_archive_v2
            from .._api.models.v2_chat_ref import V2ChatRef

            result = await self._client._call(
                chat_archive_v2._get_kwargs,
                cast_to=chat_archive_v2.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                body=build_body(V2ChatRef, body, "chats.archive", chat_id=chat_id),
            )
        return result

    @overload
    async def delete(
        self,
        *,
        chat_id: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> bool: ...

    @overload
    async def delete(
        self,
        *,
        body: V2ChatRef | Mapping[str, Any],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> bool: ...

    async def delete(
        self,
        *,
        chat_id: str | Unset = UNSET,
        body: V2ChatRef | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> bool:
        """Delete a chat

        v1: ``DELETE /chats/{chatId}`` (operation ``chatDelete``); v2: ``DELETE /v2/chats/delete`` (operation
        ``chatDelete``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            body: The whole JSON body instead of the keyword arguments: a ``V2ChatRef``, or a dict with its wire
                names (for fields the spec does not know yet).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        if self._client.api_version == "v1":
            from .._api.api.chats import chat_delete

            refuse_arguments("chats.delete", "v1", body=body)
            result: bool = await self._client._call(
                chat_delete._get_kwargs,
                cast_to=chat_delete.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                chat_id=chat_id,
            )
        else:
            from .._api.api.chats import chat_delete_v2
            from .._api.models.v2_chat_ref import V2ChatRef

            result = await self._client._call(
                chat_delete_v2._get_kwargs,
                cast_to=chat_delete_v2.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                body=build_body(V2ChatRef, body, "chats.delete", chat_id=chat_id),
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

        v1: ``POST /chats`` (operation ``chatsList``); v2: ``GET /v2/chats`` (operation ``chatsList``).

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
        if self._client.api_version == "v1":
            from .._api.api.chats import chats_list

            result: AsyncPage[Chat | WebjsChat] = await self._client._call(
                chats_list._get_kwargs,
                cast_to=chats_list.RESULT,
                paging=OffsetPaging(),
                options=request_options(timeout, extra_headers, extra_query),
                offset=offset,
                **given(sort_by=sort_by, sort_order=sort_order, limit=limit),
            )
        else:
            from .._api.api.chats import chats_list_v2

            result = await self._client._call(
                chats_list_v2._get_kwargs,
                cast_to=chats_list_v2.RESULT,
                paging=OffsetPaging(),
                options=request_options(timeout, extra_headers, extra_query),
                offset=offset,
                **given(sort_by=sort_by, sort_order=sort_order, limit=limit),
            )
        return result

    @overload
    async def mark_unread(
        self,
        *,
        chat_id: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Result: ...

    @overload
    async def mark_unread(
        self,
        *,
        body: V2ChatRef | Mapping[str, Any],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Result: ...

    async def mark_unread(
        self,
        *,
        chat_id: str | Unset = UNSET,
        body: V2ChatRef | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Result:
        """Mark a chat as unread

        v1: ``POST /chats/{chatId}/unread`` (operation ``chatMarkUnread``); v2: ``POST /v2/chats/unread`` (operation
        ``chatMarkUnread``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            body: The whole JSON body instead of the keyword arguments: a ``V2ChatRef``, or a dict with its wire
                names (for fields the spec does not know yet).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        if self._client.api_version == "v1":
            from .._api.api.chats import chat_mark_unread

            refuse_arguments("chats.mark_unread", "v1", body=body)
            result: Result = await self._client._call(
                chat_mark_unread._get_kwargs,
                cast_to=chat_mark_unread.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                chat_id=chat_id,
            )
        else:
            from .._api.api.chats import chat_mark_unread_v2
            from .._api.models.v2_chat_ref import V2ChatRef

            result = await self._client._call(
                chat_mark_unread_v2._get_kwargs,
                cast_to=chat_mark_unread_v2.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                body=build_body(V2ChatRef, body, "chats.mark_unread", chat_id=chat_id),
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

        v1: ``GET /chats/overview`` (operation ``chatsOverview``); v2: ``GET /v2/chats/overview`` (operation
        ``chatsOverview``).

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
        if self._client.api_version == "v1":
            from .._api.api.chats import chats_overview

            result: AsyncPage[ChatOverview] = await self._client._call(
                chats_overview._get_kwargs,
                cast_to=chats_overview.RESULT,
                paging=OffsetPaging(),
                options=request_options(timeout, extra_headers, extra_query),
                offset=offset,
                **given(limit=limit, ids=ids),
            )
        else:
            from .._api.api.chats import chats_overview_v2

            result = await self._client._call(
                chats_overview_v2._get_kwargs,
                cast_to=chats_overview_v2.RESULT,
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

        Only in Wawp v1: ``GET /chats/{chatId}/picture`` (operation ``chatPicture``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            refresh: Bypass the 24-hour picture cache and fetch it again from WhatsApp.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v1", "chats.picture")
        from .._api.api.chats import chat_picture

        result: ChatPicture = await self._client._call(
            chat_picture._get_kwargs,
            cast_to=chat_picture.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            chat_id=chat_id,
            refresh=refresh,
        )
        return result

    @overload
    async def unarchive(
        self,
        *,
        chat_id: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> bool: ...

    @overload
    async def unarchive(
        self,
        *,
        body: V2ChatRef | Mapping[str, Any],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> bool: ...

    async def unarchive(
        self,
        *,
        chat_id: str | Unset = UNSET,
        body: V2ChatRef | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> bool:
        """Unarchive a chat

        v1: ``POST /chats/{chatId}/unarchive`` (operation ``chatUnarchive``); v2: ``POST /v2/chats/unarchive``
        (operation ``chatUnarchive``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            body: The whole JSON body instead of the keyword arguments: a ``V2ChatRef``, or a dict with its wire
                names (for fields the spec does not know yet).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        if self._client.api_version == "v1":
            from .._api.api.chats import chat_unarchive

            refuse_arguments("chats.unarchive", "v1", body=body)
            result: bool = await self._client._call(
                chat_unarchive._get_kwargs,
                cast_to=chat_unarchive.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                chat_id=chat_id,
            )
        else:
            from .._api.api.chats import chat_unarchive_v2
            from .._api.models.v2_chat_ref import V2ChatRef

            result = await self._client._call(
                chat_unarchive_v2._get_kwargs,
                cast_to=chat_unarchive_v2.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                body=build_body(V2ChatRef, body, "chats.unarchive", chat_id=chat_id),
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
