# Rendered by generator/generate.py from spec/openapi.yaml. Do not edit: regenerate with `nox -s generate`.
"""The ``client.webhook_settings`` namespace: Configure which webhook URLs receive which events (paid plans)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, overload

from .._api.types import UNSET
from .._base_client import AsyncResource, SyncResource
from .._facade import build_body, request_options
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx

    from .._api.models.v2_session_webhooks import V2SessionWebhooks
    from .._api.models.v2_webhook_config import V2WebhookConfig
    from .._api.models.v2_webhook_list import V2WebhookList
    from .._api.models.v2_webhook_retries import V2WebhookRetries
    from .._api.models.v2_webhook_set import V2WebhookSet
    from .._api.models.v2_webhook_update import V2WebhookUpdate
    from .._api.types import Unset

__all__ = [
    "AsyncWebhookSettingsResource",
    "AsyncWebhookSettingsWithRawResponse",
    "WebhookSettingsResource",
    "WebhookSettingsWithRawResponse",
]


class WebhookSettingsResource(SyncResource):
    """``client.webhook_settings``: Configure which webhook URLs receive which events (paid plans)."""

    def session_webhook_get(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> V2SessionWebhooks:
        """Read the session's webhooks

        Only in Wawp v2: ``GET /v2/session/webhook`` (operation ``sessionWebhookGet``).

        Args:
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v2", "webhook_settings.session_webhook_get")
        from .._api.api.webhook_settings import session_webhook_get_v2

        result: V2SessionWebhooks = self._client._call(
            session_webhook_get_v2._get_kwargs,
            cast_to=session_webhook_get_v2.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
        )
        return result

    @overload
    def session_webhook_set(
        self,
        *,
        webhooks: list[V2WebhookConfig | Mapping[str, Any]],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> dict[str, Any]: ...

    @overload
    def session_webhook_set(
        self,
        *,
        body: V2WebhookList | Mapping[str, Any],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> dict[str, Any]: ...

    def session_webhook_set(
        self,
        *,
        webhooks: list[V2WebhookConfig | Mapping[str, Any]] | Unset = UNSET,
        body: V2WebhookList | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Replace the session's webhooks

        Only in Wawp v2: ``POST /v2/session/webhook`` (operation ``sessionWebhookSet``).

        Args:
            body: The whole JSON body instead of the keyword arguments: a ``V2WebhookList``, or a dict with its
                wire names (for fields the spec does not know yet).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v2", "webhook_settings.session_webhook_set")
        from .._api.api.webhook_settings import session_webhook_set_v2
        from .._api.models.v2_webhook_list import V2WebhookList

        result: dict[str, Any] = self._client._call(
            session_webhook_set_v2._get_kwargs,
            cast_to=session_webhook_set_v2.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            body=build_body(V2WebhookList, body, "webhook_settings.session_webhook_set", webhooks=webhooks),
        )
        return result

    def webhook_delete(
        self,
        *,
        url: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Remove one webhook URL

        Only in Wawp v2: ``DELETE /v2/webhook/delete`` (operation ``webhookDelete``).

        Args:
            url: The exact webhook URL to remove.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v2", "webhook_settings.webhook_delete")
        from .._api.api.webhook_settings import webhook_delete_v2

        result: dict[str, Any] = self._client._call(
            webhook_delete_v2._get_kwargs,
            cast_to=webhook_delete_v2.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            url_query=url,
        )
        return result

    @overload
    def webhook_set(
        self,
        *,
        url: str,
        events: list[str],
        is_active: bool | Literal[0, 1] | None = None,
        retries: V2WebhookRetries | Mapping[str, Any] | None = None,
        hmac: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> dict[str, Any]: ...

    @overload
    def webhook_set(
        self,
        *,
        body: V2WebhookSet | Mapping[str, Any],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> dict[str, Any]: ...

    def webhook_set(
        self,
        *,
        url: str | Unset = UNSET,
        events: list[str] | Unset = UNSET,
        is_active: bool | Literal[0, 1] | None = None,
        retries: V2WebhookRetries | Mapping[str, Any] | None = None,
        hmac: str | None = None,
        body: V2WebhookSet | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Add or replace one webhook URL

        Only in Wawp v2: ``POST /v2/webhook/set`` (operation ``webhookSet``).

        Args:
            url: Where Wawp POSTs the events.
            events: Event names, as in the `webhooks` section (message, message.ack, group.v2.update, ...).
            is_active: 1 (or true) delivers, 0 (or false) pauses.
            hmac: Secret Wawp uses for the `X-Wawp-Signature` header.
            body: The whole JSON body instead of the keyword arguments: a ``V2WebhookSet``, or a dict with its
                wire names (for fields the spec does not know yet).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v2", "webhook_settings.webhook_set")
        from .._api.api.webhook_settings import webhook_set_v2
        from .._api.models.v2_webhook_set import V2WebhookSet

        result: dict[str, Any] = self._client._call(
            webhook_set_v2._get_kwargs,
            cast_to=webhook_set_v2.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            body=build_body(
                V2WebhookSet,
                body,
                "webhook_settings.webhook_set",
                url=url,
                events=events,
                is_active=is_active,
                retries=retries,
                hmac=hmac,
            ),
        )
        return result

    @overload
    def webhook_update(
        self,
        *,
        url: str,
        events: list[str] | None = None,
        is_active: bool | Literal[0, 1] | None = None,
        name: str | None = None,
        retries: V2WebhookRetries | Mapping[str, Any] | None = None,
        hmac: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> dict[str, Any]: ...

    @overload
    def webhook_update(
        self,
        *,
        body: V2WebhookUpdate | Mapping[str, Any],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> dict[str, Any]: ...

    def webhook_update(
        self,
        *,
        url: str | Unset = UNSET,
        events: list[str] | None = None,
        is_active: bool | Literal[0, 1] | None = None,
        name: str | None = None,
        retries: V2WebhookRetries | Mapping[str, Any] | None = None,
        hmac: str | None = None,
        body: V2WebhookUpdate | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Change one webhook URL

        Only in Wawp v2: ``PATCH /v2/webhook/update`` (operation ``webhookUpdate``).

        Args:
            url: Where Wawp POSTs the events.
            events: Event names, as in the `webhooks` section (message, message.ack, group.v2.update, ...).
            is_active: 1 (or true) delivers, 0 (or false) pauses.
            name: Display name of the webhook.
            hmac: Secret Wawp uses for the `X-Wawp-Signature` header.
            body: The whole JSON body instead of the keyword arguments: a ``V2WebhookUpdate``, or a dict with
                its wire names (for fields the spec does not know yet).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v2", "webhook_settings.webhook_update")
        from .._api.api.webhook_settings import webhook_update_v2
        from .._api.models.v2_webhook_update import V2WebhookUpdate

        result: dict[str, Any] = self._client._call(
            webhook_update_v2._get_kwargs,
            cast_to=webhook_update_v2.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            body=build_body(
                V2WebhookUpdate,
                body,
                "webhook_settings.webhook_update",
                url=url,
                events=events,
                is_active=is_active,
                name=name,
                retries=retries,
                hmac=hmac,
            ),
        )
        return result


class WebhookSettingsWithRawResponse:
    """``client.with_raw_response.webhook_settings``: the same methods, returning the HTTP response."""

    def __init__(self, resource: WebhookSettingsResource) -> None:
        self._resource = resource
        self.session_webhook_get = to_raw_response_wrapper(resource.session_webhook_get)
        self.session_webhook_set = to_raw_response_wrapper(resource.session_webhook_set)
        self.webhook_delete = to_raw_response_wrapper(resource.webhook_delete)
        self.webhook_set = to_raw_response_wrapper(resource.webhook_set)
        self.webhook_update = to_raw_response_wrapper(resource.webhook_update)


class AsyncWebhookSettingsResource(AsyncResource):
    """``client.webhook_settings``: Configure which webhook URLs receive which events (paid plans)."""

    async def session_webhook_get(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> V2SessionWebhooks:
        """Read the session's webhooks

        Only in Wawp v2: ``GET /v2/session/webhook`` (operation ``sessionWebhookGet``).

        Args:
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v2", "webhook_settings.session_webhook_get")
        from .._api.api.webhook_settings import session_webhook_get_v2

        result: V2SessionWebhooks = await self._client._call(
            session_webhook_get_v2._get_kwargs,
            cast_to=session_webhook_get_v2.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
        )
        return result

    @overload
    async def session_webhook_set(
        self,
        *,
        webhooks: list[V2WebhookConfig | Mapping[str, Any]],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> dict[str, Any]: ...

    @overload
    async def session_webhook_set(
        self,
        *,
        body: V2WebhookList | Mapping[str, Any],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> dict[str, Any]: ...

    async def session_webhook_set(
        self,
        *,
        webhooks: list[V2WebhookConfig | Mapping[str, Any]] | Unset = UNSET,
        body: V2WebhookList | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Replace the session's webhooks

        Only in Wawp v2: ``POST /v2/session/webhook`` (operation ``sessionWebhookSet``).

        Args:
            body: The whole JSON body instead of the keyword arguments: a ``V2WebhookList``, or a dict with its
                wire names (for fields the spec does not know yet).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v2", "webhook_settings.session_webhook_set")
        from .._api.api.webhook_settings import session_webhook_set_v2
        from .._api.models.v2_webhook_list import V2WebhookList

        result: dict[str, Any] = await self._client._call(
            session_webhook_set_v2._get_kwargs,
            cast_to=session_webhook_set_v2.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            body=build_body(V2WebhookList, body, "webhook_settings.session_webhook_set", webhooks=webhooks),
        )
        return result

    async def webhook_delete(
        self,
        *,
        url: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Remove one webhook URL

        Only in Wawp v2: ``DELETE /v2/webhook/delete`` (operation ``webhookDelete``).

        Args:
            url: The exact webhook URL to remove.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v2", "webhook_settings.webhook_delete")
        from .._api.api.webhook_settings import webhook_delete_v2

        result: dict[str, Any] = await self._client._call(
            webhook_delete_v2._get_kwargs,
            cast_to=webhook_delete_v2.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            url_query=url,
        )
        return result

    @overload
    async def webhook_set(
        self,
        *,
        url: str,
        events: list[str],
        is_active: bool | Literal[0, 1] | None = None,
        retries: V2WebhookRetries | Mapping[str, Any] | None = None,
        hmac: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> dict[str, Any]: ...

    @overload
    async def webhook_set(
        self,
        *,
        body: V2WebhookSet | Mapping[str, Any],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> dict[str, Any]: ...

    async def webhook_set(
        self,
        *,
        url: str | Unset = UNSET,
        events: list[str] | Unset = UNSET,
        is_active: bool | Literal[0, 1] | None = None,
        retries: V2WebhookRetries | Mapping[str, Any] | None = None,
        hmac: str | None = None,
        body: V2WebhookSet | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Add or replace one webhook URL

        Only in Wawp v2: ``POST /v2/webhook/set`` (operation ``webhookSet``).

        Args:
            url: Where Wawp POSTs the events.
            events: Event names, as in the `webhooks` section (message, message.ack, group.v2.update, ...).
            is_active: 1 (or true) delivers, 0 (or false) pauses.
            hmac: Secret Wawp uses for the `X-Wawp-Signature` header.
            body: The whole JSON body instead of the keyword arguments: a ``V2WebhookSet``, or a dict with its
                wire names (for fields the spec does not know yet).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v2", "webhook_settings.webhook_set")
        from .._api.api.webhook_settings import webhook_set_v2
        from .._api.models.v2_webhook_set import V2WebhookSet

        result: dict[str, Any] = await self._client._call(
            webhook_set_v2._get_kwargs,
            cast_to=webhook_set_v2.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            body=build_body(
                V2WebhookSet,
                body,
                "webhook_settings.webhook_set",
                url=url,
                events=events,
                is_active=is_active,
                retries=retries,
                hmac=hmac,
            ),
        )
        return result

    @overload
    async def webhook_update(
        self,
        *,
        url: str,
        events: list[str] | None = None,
        is_active: bool | Literal[0, 1] | None = None,
        name: str | None = None,
        retries: V2WebhookRetries | Mapping[str, Any] | None = None,
        hmac: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> dict[str, Any]: ...

    @overload
    async def webhook_update(
        self,
        *,
        body: V2WebhookUpdate | Mapping[str, Any],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> dict[str, Any]: ...

    async def webhook_update(
        self,
        *,
        url: str | Unset = UNSET,
        events: list[str] | None = None,
        is_active: bool | Literal[0, 1] | None = None,
        name: str | None = None,
        retries: V2WebhookRetries | Mapping[str, Any] | None = None,
        hmac: str | None = None,
        body: V2WebhookUpdate | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Change one webhook URL

        Only in Wawp v2: ``PATCH /v2/webhook/update`` (operation ``webhookUpdate``).

        Args:
            url: Where Wawp POSTs the events.
            events: Event names, as in the `webhooks` section (message, message.ack, group.v2.update, ...).
            is_active: 1 (or true) delivers, 0 (or false) pauses.
            name: Display name of the webhook.
            hmac: Secret Wawp uses for the `X-Wawp-Signature` header.
            body: The whole JSON body instead of the keyword arguments: a ``V2WebhookUpdate``, or a dict with
                its wire names (for fields the spec does not know yet).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v2", "webhook_settings.webhook_update")
        from .._api.api.webhook_settings import webhook_update_v2
        from .._api.models.v2_webhook_update import V2WebhookUpdate

        result: dict[str, Any] = await self._client._call(
            webhook_update_v2._get_kwargs,
            cast_to=webhook_update_v2.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            body=build_body(
                V2WebhookUpdate,
                body,
                "webhook_settings.webhook_update",
                url=url,
                events=events,
                is_active=is_active,
                name=name,
                retries=retries,
                hmac=hmac,
            ),
        )
        return result


class AsyncWebhookSettingsWithRawResponse:
    """``client.with_raw_response.webhook_settings``: the same methods, returning the HTTP response."""

    def __init__(self, resource: AsyncWebhookSettingsResource) -> None:
        self._resource = resource
        self.session_webhook_get = async_to_raw_response_wrapper(resource.session_webhook_get)
        self.session_webhook_set = async_to_raw_response_wrapper(resource.session_webhook_set)
        self.webhook_delete = async_to_raw_response_wrapper(resource.webhook_delete)
        self.webhook_set = async_to_raw_response_wrapper(resource.webhook_set)
        self.webhook_update = async_to_raw_response_wrapper(resource.webhook_update)
