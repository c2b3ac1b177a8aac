# Rendered by generator/generate.py from spec/openapi.yaml. Do not edit: regenerate with `nox -s generate`.
"""The ``client.labels`` namespace: WhatsApp Business labels on chats."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any

from .._base_client import AsyncResource, SyncResource
from .._facade import request_options

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx

    from .._api.models.chat_labels_set_body import ChatLabelsSetBody
    from .._api.models.label_request import LabelRequest
    from .._outputs import Chat, Label, Result

__all__ = ["AsyncLabelsResource", "LabelsResource"]


class LabelsResource(SyncResource):
    """``client.labels``: WhatsApp Business labels on chats."""

    def chats(
        self,
        *,
        label_id: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> builtins.list[Chat]:
        """List chats with a label

        ``GET /labels/{labelId}/chats`` (operation ``labelChatsList``).

        Args:
            label_id: Label id.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.labels import label_chats_list as _op
        from .._outputs import Chat

        return self._client._call(
            _op.sync_detailed,
            cast_to=builtins.list[Chat],
            options=request_options(timeout, extra_headers, extra_query),
            label_id=label_id,
        )

    def create(
        self,
        *,
        body: LabelRequest | dict[str, Any],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Label:
        """Create a label

        ``POST /labels`` (operation ``labelCreate``).

        Args:
            body: The JSON request body: a ``LabelRequest``, or a dict of the same shape.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.labels import label_create as _op
        from .._outputs import Label

        return self._client._call(
            _op.sync_detailed, cast_to=Label, options=request_options(timeout, extra_headers, extra_query), body=body
        )

    def delete(
        self,
        *,
        label_id: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Result:
        """Delete a label

        ``DELETE /labels/{labelId}`` (operation ``labelDelete``).

        Args:
            label_id: Label id.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.labels import label_delete as _op
        from .._outputs import Result

        return self._client._call(
            _op.sync_detailed,
            cast_to=Result,
            options=request_options(timeout, extra_headers, extra_query),
            label_id=label_id,
        )

    def for_chat(
        self,
        *,
        chat_id: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> builtins.list[Label]:
        """Get a chat's labels

        ``GET /labels/chats/{chatId}`` (operation ``chatLabelsGet``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.labels import chat_labels_get as _op
        from .._outputs import Label

        return self._client._call(
            _op.sync_detailed,
            cast_to=builtins.list[Label],
            options=request_options(timeout, extra_headers, extra_query),
            chat_id=chat_id,
        )

    def list(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> builtins.list[Label]:
        """List labels

        ``GET /labels`` (operation ``labelsList``).

        Args:
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.labels import labels_list as _op
        from .._outputs import Label

        return self._client._call(
            _op.sync_detailed,
            cast_to=builtins.list[Label],
            options=request_options(timeout, extra_headers, extra_query),
        )

    def set_for_chat(
        self,
        *,
        chat_id: str,
        body: ChatLabelsSetBody | dict[str, Any],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Result:
        """Set a chat's labels

        ``PUT /labels/chats/{chatId}`` (operation ``chatLabelsSet``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            body: The JSON request body: a ``ChatLabelsSetBody``, or a dict of the same shape.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.labels import chat_labels_set as _op
        from .._outputs import Result

        return self._client._call(
            _op.sync_detailed,
            cast_to=Result,
            options=request_options(timeout, extra_headers, extra_query),
            chat_id=chat_id,
            body=body,
        )

    def update(
        self,
        *,
        label_id: str,
        body: LabelRequest | dict[str, Any],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Label:
        """Update a label

        ``PUT /labels/{labelId}`` (operation ``labelUpdate``).

        Args:
            label_id: Label id.
            body: The JSON request body: a ``LabelRequest``, or a dict of the same shape.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.labels import label_update as _op
        from .._outputs import Label

        return self._client._call(
            _op.sync_detailed,
            cast_to=Label,
            options=request_options(timeout, extra_headers, extra_query),
            label_id=label_id,
            body=body,
        )


class AsyncLabelsResource(AsyncResource):
    """``client.labels``: WhatsApp Business labels on chats."""

    async def chats(
        self,
        *,
        label_id: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> builtins.list[Chat]:
        """List chats with a label

        ``GET /labels/{labelId}/chats`` (operation ``labelChatsList``).

        Args:
            label_id: Label id.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.labels import label_chats_list as _op
        from .._outputs import Chat

        return await self._client._call(
            _op.asyncio_detailed,
            cast_to=builtins.list[Chat],
            options=request_options(timeout, extra_headers, extra_query),
            label_id=label_id,
        )

    async def create(
        self,
        *,
        body: LabelRequest | dict[str, Any],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Label:
        """Create a label

        ``POST /labels`` (operation ``labelCreate``).

        Args:
            body: The JSON request body: a ``LabelRequest``, or a dict of the same shape.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.labels import label_create as _op
        from .._outputs import Label

        return await self._client._call(
            _op.asyncio_detailed, cast_to=Label, options=request_options(timeout, extra_headers, extra_query), body=body
        )

    async def delete(
        self,
        *,
        label_id: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Result:
        """Delete a label

        ``DELETE /labels/{labelId}`` (operation ``labelDelete``).

        Args:
            label_id: Label id.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.labels import label_delete as _op
        from .._outputs import Result

        return await self._client._call(
            _op.asyncio_detailed,
            cast_to=Result,
            options=request_options(timeout, extra_headers, extra_query),
            label_id=label_id,
        )

    async def for_chat(
        self,
        *,
        chat_id: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> builtins.list[Label]:
        """Get a chat's labels

        ``GET /labels/chats/{chatId}`` (operation ``chatLabelsGet``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.labels import chat_labels_get as _op
        from .._outputs import Label

        return await self._client._call(
            _op.asyncio_detailed,
            cast_to=builtins.list[Label],
            options=request_options(timeout, extra_headers, extra_query),
            chat_id=chat_id,
        )

    async def list(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> builtins.list[Label]:
        """List labels

        ``GET /labels`` (operation ``labelsList``).

        Args:
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.labels import labels_list as _op
        from .._outputs import Label

        return await self._client._call(
            _op.asyncio_detailed,
            cast_to=builtins.list[Label],
            options=request_options(timeout, extra_headers, extra_query),
        )

    async def set_for_chat(
        self,
        *,
        chat_id: str,
        body: ChatLabelsSetBody | dict[str, Any],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Result:
        """Set a chat's labels

        ``PUT /labels/chats/{chatId}`` (operation ``chatLabelsSet``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            body: The JSON request body: a ``ChatLabelsSetBody``, or a dict of the same shape.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.labels import chat_labels_set as _op
        from .._outputs import Result

        return await self._client._call(
            _op.asyncio_detailed,
            cast_to=Result,
            options=request_options(timeout, extra_headers, extra_query),
            chat_id=chat_id,
            body=body,
        )

    async def update(
        self,
        *,
        label_id: str,
        body: LabelRequest | dict[str, Any],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Label:
        """Update a label

        ``PUT /labels/{labelId}`` (operation ``labelUpdate``).

        Args:
            label_id: Label id.
            body: The JSON request body: a ``LabelRequest``, or a dict of the same shape.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.labels import label_update as _op
        from .._outputs import Label

        return await self._client._call(
            _op.asyncio_detailed,
            cast_to=Label,
            options=request_options(timeout, extra_headers, extra_query),
            label_id=label_id,
            body=body,
        )
