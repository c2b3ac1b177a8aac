# Rendered by generator/generate.py from spec/openapi.yaml. Do not edit: regenerate with `nox -s generate`.
"""The ``client.labels`` namespace: WhatsApp Business labels on chats."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any, cast

from .._base_client import AsyncResource, SyncResource

if TYPE_CHECKING:
    from .._api.models.action_result import ActionResult
    from .._api.models.chat import Chat
    from .._api.models.chat_labels_set_body import ChatLabelsSetBody
    from .._api.models.label import Label
    from .._api.models.label_request import LabelRequest
    from .._api.models.webjs_chat import WebjsChat

__all__ = ["AsyncLabelsResource", "LabelsResource"]


class LabelsResource(SyncResource):
    """``client.labels``: WhatsApp Business labels on chats."""

    def chats(
        self,
        *,
        label_id: str,
    ) -> builtins.list[Chat] | builtins.list[WebjsChat]:
        """List chats with a label

        ``GET /labels/{labelId}/chats`` (operation ``labelChatsList``).

        Args:
            label_id: Label id.
        """
        from .._api.api.labels import label_chats_list as _op

        return cast(
            "builtins.list[Chat] | builtins.list[WebjsChat]", self._client._call(_op.sync_detailed, label_id=label_id)
        )

    def create(
        self,
        *,
        body: LabelRequest | dict[str, Any],
    ) -> Label:
        """Create a label

        ``POST /labels`` (operation ``labelCreate``).

        Args:
            body: The JSON request body: a ``LabelRequest``, or a dict of the same shape.
        """
        from .._api.api.labels import label_create as _op

        return cast("Label", self._client._call(_op.sync_detailed, body=body))

    def delete(
        self,
        *,
        label_id: str,
    ) -> ActionResult:
        """Delete a label

        ``DELETE /labels/{labelId}`` (operation ``labelDelete``).

        Args:
            label_id: Label id.
        """
        from .._api.api.labels import label_delete as _op

        return cast("ActionResult", self._client._call(_op.sync_detailed, label_id=label_id))

    def for_chat(
        self,
        *,
        chat_id: str,
    ) -> builtins.list[Label]:
        """Get a chat's labels

        ``GET /labels/chats/{chatId}`` (operation ``chatLabelsGet``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
        """
        from .._api.api.labels import chat_labels_get as _op

        return cast("builtins.list[Label]", self._client._call(_op.sync_detailed, chat_id=chat_id))

    def list(
        self,
    ) -> builtins.list[Label]:
        """List labels

        ``GET /labels`` (operation ``labelsList``).
        """
        from .._api.api.labels import labels_list as _op

        return cast("builtins.list[Label]", self._client._call(_op.sync_detailed))

    def set_for_chat(
        self,
        *,
        chat_id: str,
        body: ChatLabelsSetBody | dict[str, Any],
    ) -> Any:
        """Set a chat's labels

        ``PUT /labels/chats/{chatId}`` (operation ``chatLabelsSet``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            body: The JSON request body: a ``ChatLabelsSetBody``, or a dict of the same shape.
        """
        from .._api.api.labels import chat_labels_set as _op

        return cast("Any", self._client._call(_op.sync_detailed, chat_id=chat_id, body=body))

    def update(
        self,
        *,
        label_id: str,
        body: LabelRequest | dict[str, Any],
    ) -> Label:
        """Update a label

        ``PUT /labels/{labelId}`` (operation ``labelUpdate``).

        Args:
            label_id: Label id.
            body: The JSON request body: a ``LabelRequest``, or a dict of the same shape.
        """
        from .._api.api.labels import label_update as _op

        return cast("Label", self._client._call(_op.sync_detailed, label_id=label_id, body=body))


class AsyncLabelsResource(AsyncResource):
    """``client.labels``: WhatsApp Business labels on chats."""

    async def chats(
        self,
        *,
        label_id: str,
    ) -> builtins.list[Chat] | builtins.list[WebjsChat]:
        """List chats with a label

        ``GET /labels/{labelId}/chats`` (operation ``labelChatsList``).

        Args:
            label_id: Label id.
        """
        from .._api.api.labels import label_chats_list as _op

        return cast(
            "builtins.list[Chat] | builtins.list[WebjsChat]",
            await self._client._call(_op.asyncio_detailed, label_id=label_id),
        )

    async def create(
        self,
        *,
        body: LabelRequest | dict[str, Any],
    ) -> Label:
        """Create a label

        ``POST /labels`` (operation ``labelCreate``).

        Args:
            body: The JSON request body: a ``LabelRequest``, or a dict of the same shape.
        """
        from .._api.api.labels import label_create as _op

        return cast("Label", await self._client._call(_op.asyncio_detailed, body=body))

    async def delete(
        self,
        *,
        label_id: str,
    ) -> ActionResult:
        """Delete a label

        ``DELETE /labels/{labelId}`` (operation ``labelDelete``).

        Args:
            label_id: Label id.
        """
        from .._api.api.labels import label_delete as _op

        return cast("ActionResult", await self._client._call(_op.asyncio_detailed, label_id=label_id))

    async def for_chat(
        self,
        *,
        chat_id: str,
    ) -> builtins.list[Label]:
        """Get a chat's labels

        ``GET /labels/chats/{chatId}`` (operation ``chatLabelsGet``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
        """
        from .._api.api.labels import chat_labels_get as _op

        return cast("builtins.list[Label]", await self._client._call(_op.asyncio_detailed, chat_id=chat_id))

    async def list(
        self,
    ) -> builtins.list[Label]:
        """List labels

        ``GET /labels`` (operation ``labelsList``).
        """
        from .._api.api.labels import labels_list as _op

        return cast("builtins.list[Label]", await self._client._call(_op.asyncio_detailed))

    async def set_for_chat(
        self,
        *,
        chat_id: str,
        body: ChatLabelsSetBody | dict[str, Any],
    ) -> Any:
        """Set a chat's labels

        ``PUT /labels/chats/{chatId}`` (operation ``chatLabelsSet``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            body: The JSON request body: a ``ChatLabelsSetBody``, or a dict of the same shape.
        """
        from .._api.api.labels import chat_labels_set as _op

        return cast("Any", await self._client._call(_op.asyncio_detailed, chat_id=chat_id, body=body))

    async def update(
        self,
        *,
        label_id: str,
        body: LabelRequest | dict[str, Any],
    ) -> Label:
        """Update a label

        ``PUT /labels/{labelId}`` (operation ``labelUpdate``).

        Args:
            label_id: Label id.
            body: The JSON request body: a ``LabelRequest``, or a dict of the same shape.
        """
        from .._api.api.labels import label_update as _op

        return cast("Label", await self._client._call(_op.asyncio_detailed, label_id=label_id, body=body))
