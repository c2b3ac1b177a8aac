# Rendered by generator/generate.py from spec/openapi.yaml. Do not edit: regenerate with `nox -s generate`.
"""``Wawp`` and ``AsyncWawp``: the entry points. Each tag of the spec is a namespace, imported on first use so
that ``import wawp_client`` stays cheap.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ._base_client import AsyncAPIClient, SyncAPIClient

if TYPE_CHECKING:
    from .resources.auth import AsyncAuthResource, AsyncAuthWithRawResponse, AuthResource, AuthWithRawResponse
    from .resources.calls import AsyncCallsResource, AsyncCallsWithRawResponse, CallsResource, CallsWithRawResponse
    from .resources.channels import (
        AsyncChannelsResource,
        AsyncChannelsWithRawResponse,
        ChannelsResource,
        ChannelsWithRawResponse,
    )
    from .resources.chats import AsyncChatsResource, AsyncChatsWithRawResponse, ChatsResource, ChatsWithRawResponse
    from .resources.contacts import (
        AsyncContactsResource,
        AsyncContactsWithRawResponse,
        ContactsResource,
        ContactsWithRawResponse,
    )
    from .resources.groups import AsyncGroupsResource, AsyncGroupsWithRawResponse, GroupsResource, GroupsWithRawResponse
    from .resources.labels import AsyncLabelsResource, AsyncLabelsWithRawResponse, LabelsResource, LabelsWithRawResponse
    from .resources.media import AsyncMediaResource, AsyncMediaWithRawResponse, MediaResource, MediaWithRawResponse
    from .resources.messages import (
        AsyncMessagesResource,
        AsyncMessagesWithRawResponse,
        MessagesResource,
        MessagesWithRawResponse,
    )
    from .resources.presence import (
        AsyncPresenceResource,
        AsyncPresenceWithRawResponse,
        PresenceResource,
        PresenceWithRawResponse,
    )
    from .resources.profile import (
        AsyncProfileResource,
        AsyncProfileWithRawResponse,
        ProfileResource,
        ProfileWithRawResponse,
    )
    from .resources.sessions import (
        AsyncSessionsResource,
        AsyncSessionsWithRawResponse,
        SessionsResource,
        SessionsWithRawResponse,
    )
    from .resources.status import AsyncStatusResource, AsyncStatusWithRawResponse, StatusResource, StatusWithRawResponse
    from .resources.webhook_settings import (
        AsyncWebhookSettingsResource,
        AsyncWebhookSettingsWithRawResponse,
        WebhookSettingsResource,
        WebhookSettingsWithRawResponse,
    )

__all__ = ["AsyncWawp", "AsyncWawpWithRawResponse", "Wawp", "WawpWithRawResponse"]


class WawpWithRawResponse:
    """``client.with_raw_response``: every namespace of :class:`Wawp`, whose methods return an ``APIResponse``
    (``status_code``, ``headers``, ``http_response``; ``.parse()`` gives what the plain call returns).
    """

    def __init__(self, client: Wawp) -> None:
        self._client = client

    @cached_property
    def sessions(self) -> SessionsWithRawResponse:
        """``client.with_raw_response.sessions``."""
        from .resources.sessions import SessionsWithRawResponse

        return SessionsWithRawResponse(self._client.sessions)

    @cached_property
    def auth(self) -> AuthWithRawResponse:
        """``client.with_raw_response.auth``."""
        from .resources.auth import AuthWithRawResponse

        return AuthWithRawResponse(self._client.auth)

    @cached_property
    def messages(self) -> MessagesWithRawResponse:
        """``client.with_raw_response.messages``."""
        from .resources.messages import MessagesWithRawResponse

        return MessagesWithRawResponse(self._client.messages)

    @cached_property
    def profile(self) -> ProfileWithRawResponse:
        """``client.with_raw_response.profile``."""
        from .resources.profile import ProfileWithRawResponse

        return ProfileWithRawResponse(self._client.profile)

    @cached_property
    def channels(self) -> ChannelsWithRawResponse:
        """``client.with_raw_response.channels``."""
        from .resources.channels import ChannelsWithRawResponse

        return ChannelsWithRawResponse(self._client.channels)

    @cached_property
    def presence(self) -> PresenceWithRawResponse:
        """``client.with_raw_response.presence``."""
        from .resources.presence import PresenceWithRawResponse

        return PresenceWithRawResponse(self._client.presence)

    @cached_property
    def status(self) -> StatusWithRawResponse:
        """``client.with_raw_response.status``."""
        from .resources.status import StatusWithRawResponse

        return StatusWithRawResponse(self._client.status)

    @cached_property
    def chats(self) -> ChatsWithRawResponse:
        """``client.with_raw_response.chats``."""
        from .resources.chats import ChatsWithRawResponse

        return ChatsWithRawResponse(self._client.chats)

    @cached_property
    def contacts(self) -> ContactsWithRawResponse:
        """``client.with_raw_response.contacts``."""
        from .resources.contacts import ContactsWithRawResponse

        return ContactsWithRawResponse(self._client.contacts)

    @cached_property
    def groups(self) -> GroupsWithRawResponse:
        """``client.with_raw_response.groups``."""
        from .resources.groups import GroupsWithRawResponse

        return GroupsWithRawResponse(self._client.groups)

    @cached_property
    def labels(self) -> LabelsWithRawResponse:
        """``client.with_raw_response.labels``."""
        from .resources.labels import LabelsWithRawResponse

        return LabelsWithRawResponse(self._client.labels)

    @cached_property
    def webhook_settings(self) -> WebhookSettingsWithRawResponse:
        """``client.with_raw_response.webhook_settings``."""
        from .resources.webhook_settings import WebhookSettingsWithRawResponse

        return WebhookSettingsWithRawResponse(self._client.webhook_settings)

    @cached_property
    def calls(self) -> CallsWithRawResponse:
        """``client.with_raw_response.calls``."""
        from .resources.calls import CallsWithRawResponse

        return CallsWithRawResponse(self._client.calls)

    @cached_property
    def media(self) -> MediaWithRawResponse:
        """``client.with_raw_response.media``."""
        from .resources.media import MediaWithRawResponse

        return MediaWithRawResponse(self._client.media)


class AsyncWawpWithRawResponse:
    """``client.with_raw_response``: every namespace of :class:`AsyncWawp`, whose methods return an ``APIResponse``
    (``status_code``, ``headers``, ``http_response``; ``.parse()`` gives what the plain call returns).
    """

    def __init__(self, client: AsyncWawp) -> None:
        self._client = client

    @cached_property
    def sessions(self) -> AsyncSessionsWithRawResponse:
        """``client.with_raw_response.sessions``."""
        from .resources.sessions import AsyncSessionsWithRawResponse

        return AsyncSessionsWithRawResponse(self._client.sessions)

    @cached_property
    def auth(self) -> AsyncAuthWithRawResponse:
        """``client.with_raw_response.auth``."""
        from .resources.auth import AsyncAuthWithRawResponse

        return AsyncAuthWithRawResponse(self._client.auth)

    @cached_property
    def messages(self) -> AsyncMessagesWithRawResponse:
        """``client.with_raw_response.messages``."""
        from .resources.messages import AsyncMessagesWithRawResponse

        return AsyncMessagesWithRawResponse(self._client.messages)

    @cached_property
    def profile(self) -> AsyncProfileWithRawResponse:
        """``client.with_raw_response.profile``."""
        from .resources.profile import AsyncProfileWithRawResponse

        return AsyncProfileWithRawResponse(self._client.profile)

    @cached_property
    def channels(self) -> AsyncChannelsWithRawResponse:
        """``client.with_raw_response.channels``."""
        from .resources.channels import AsyncChannelsWithRawResponse

        return AsyncChannelsWithRawResponse(self._client.channels)

    @cached_property
    def presence(self) -> AsyncPresenceWithRawResponse:
        """``client.with_raw_response.presence``."""
        from .resources.presence import AsyncPresenceWithRawResponse

        return AsyncPresenceWithRawResponse(self._client.presence)

    @cached_property
    def status(self) -> AsyncStatusWithRawResponse:
        """``client.with_raw_response.status``."""
        from .resources.status import AsyncStatusWithRawResponse

        return AsyncStatusWithRawResponse(self._client.status)

    @cached_property
    def chats(self) -> AsyncChatsWithRawResponse:
        """``client.with_raw_response.chats``."""
        from .resources.chats import AsyncChatsWithRawResponse

        return AsyncChatsWithRawResponse(self._client.chats)

    @cached_property
    def contacts(self) -> AsyncContactsWithRawResponse:
        """``client.with_raw_response.contacts``."""
        from .resources.contacts import AsyncContactsWithRawResponse

        return AsyncContactsWithRawResponse(self._client.contacts)

    @cached_property
    def groups(self) -> AsyncGroupsWithRawResponse:
        """``client.with_raw_response.groups``."""
        from .resources.groups import AsyncGroupsWithRawResponse

        return AsyncGroupsWithRawResponse(self._client.groups)

    @cached_property
    def labels(self) -> AsyncLabelsWithRawResponse:
        """``client.with_raw_response.labels``."""
        from .resources.labels import AsyncLabelsWithRawResponse

        return AsyncLabelsWithRawResponse(self._client.labels)

    @cached_property
    def webhook_settings(self) -> AsyncWebhookSettingsWithRawResponse:
        """``client.with_raw_response.webhook_settings``."""
        from .resources.webhook_settings import AsyncWebhookSettingsWithRawResponse

        return AsyncWebhookSettingsWithRawResponse(self._client.webhook_settings)

    @cached_property
    def calls(self) -> AsyncCallsWithRawResponse:
        """``client.with_raw_response.calls``."""
        from .resources.calls import AsyncCallsWithRawResponse

        return AsyncCallsWithRawResponse(self._client.calls)

    @cached_property
    def media(self) -> AsyncMediaWithRawResponse:
        """``client.with_raw_response.media``."""
        from .resources.media import AsyncMediaWithRawResponse

        return AsyncMediaWithRawResponse(self._client.media)


class Wawp(SyncAPIClient):
    """The synchronous client of the Wawp WhatsApp API (v1): one namespace per tag (``client.messages``...),
    ``with_raw_response`` for the HTTP answers.

    The constructor's arguments and the environment variables they fall back to: ``help(Wawp.__init__)``.
    """

    @cached_property
    def with_raw_response(self) -> WawpWithRawResponse:
        """The same namespaces and methods, returning the HTTP response (``.parse()`` for the result)."""
        return WawpWithRawResponse(self)

    @cached_property
    def sessions(self) -> SessionsResource:
        """Create, start, stop and inspect sessions (WhatsApp instances)."""
        from .resources.sessions import SessionsResource

        return SessionsResource(self)

    @cached_property
    def auth(self) -> AuthResource:
        """Link a phone to a session: QR code, pairing code, screenshot."""
        from .resources.auth import AuthResource

        return AuthResource(self)

    @cached_property
    def messages(self) -> MessagesResource:
        """Send messages of every kind and act on them (seen, typing, reactions, stars)."""
        from .resources.messages import MessagesResource

        return MessagesResource(self)

    @cached_property
    def profile(self) -> ProfileResource:
        """The connected account's own profile."""
        from .resources.profile import ProfileResource

        return ProfileResource(self)

    @cached_property
    def channels(self) -> ChannelsResource:
        """WhatsApp channels (newsletters): yours, and the public directory."""
        from .resources.channels import ChannelsResource

        return ChannelsResource(self)

    @cached_property
    def presence(self) -> PresenceResource:
        """Online, typing and last-seen information."""
        from .resources.presence import PresenceResource

        return PresenceResource(self)

    @cached_property
    def status(self) -> StatusResource:
        """24-hour statuses (stories)."""
        from .resources.status import StatusResource

        return StatusResource(self)

    @cached_property
    def chats(self) -> ChatsResource:
        """Chats and the messages in them."""
        from .resources.chats import ChatsResource

        return ChatsResource(self)

    @cached_property
    def contacts(self) -> ContactsResource:
        """Contacts, number checks and privacy-id mappings."""
        from .resources.contacts import ContactsResource

        return ContactsResource(self)

    @cached_property
    def groups(self) -> GroupsResource:
        """Groups, their settings, invite links and members."""
        from .resources.groups import GroupsResource

        return GroupsResource(self)

    @cached_property
    def labels(self) -> LabelsResource:
        """WhatsApp Business labels on chats."""
        from .resources.labels import LabelsResource

        return LabelsResource(self)

    @cached_property
    def webhook_settings(self) -> WebhookSettingsResource:
        """Configure which webhook URLs receive which events (paid plans)."""
        from .resources.webhook_settings import WebhookSettingsResource

        return WebhookSettingsResource(self)

    @cached_property
    def calls(self) -> CallsResource:
        """Incoming calls."""
        from .resources.calls import CallsResource

        return CallsResource(self)

    @cached_property
    def media(self) -> MediaResource:
        """Media conversion."""
        from .resources.media import MediaResource

        return MediaResource(self)


class AsyncWawp(AsyncAPIClient):
    """The asyncio client of the Wawp WhatsApp API (v1): one namespace per tag (``client.messages``...),
    ``with_raw_response`` for the HTTP answers.

    The constructor's arguments and the environment variables they fall back to: ``help(AsyncWawp.__init__)``.
    """

    @cached_property
    def with_raw_response(self) -> AsyncWawpWithRawResponse:
        """The same namespaces and methods, returning the HTTP response (``.parse()`` for the result)."""
        return AsyncWawpWithRawResponse(self)

    @cached_property
    def sessions(self) -> AsyncSessionsResource:
        """Create, start, stop and inspect sessions (WhatsApp instances)."""
        from .resources.sessions import AsyncSessionsResource

        return AsyncSessionsResource(self)

    @cached_property
    def auth(self) -> AsyncAuthResource:
        """Link a phone to a session: QR code, pairing code, screenshot."""
        from .resources.auth import AsyncAuthResource

        return AsyncAuthResource(self)

    @cached_property
    def messages(self) -> AsyncMessagesResource:
        """Send messages of every kind and act on them (seen, typing, reactions, stars)."""
        from .resources.messages import AsyncMessagesResource

        return AsyncMessagesResource(self)

    @cached_property
    def profile(self) -> AsyncProfileResource:
        """The connected account's own profile."""
        from .resources.profile import AsyncProfileResource

        return AsyncProfileResource(self)

    @cached_property
    def channels(self) -> AsyncChannelsResource:
        """WhatsApp channels (newsletters): yours, and the public directory."""
        from .resources.channels import AsyncChannelsResource

        return AsyncChannelsResource(self)

    @cached_property
    def presence(self) -> AsyncPresenceResource:
        """Online, typing and last-seen information."""
        from .resources.presence import AsyncPresenceResource

        return AsyncPresenceResource(self)

    @cached_property
    def status(self) -> AsyncStatusResource:
        """24-hour statuses (stories)."""
        from .resources.status import AsyncStatusResource

        return AsyncStatusResource(self)

    @cached_property
    def chats(self) -> AsyncChatsResource:
        """Chats and the messages in them."""
        from .resources.chats import AsyncChatsResource

        return AsyncChatsResource(self)

    @cached_property
    def contacts(self) -> AsyncContactsResource:
        """Contacts, number checks and privacy-id mappings."""
        from .resources.contacts import AsyncContactsResource

        return AsyncContactsResource(self)

    @cached_property
    def groups(self) -> AsyncGroupsResource:
        """Groups, their settings, invite links and members."""
        from .resources.groups import AsyncGroupsResource

        return AsyncGroupsResource(self)

    @cached_property
    def labels(self) -> AsyncLabelsResource:
        """WhatsApp Business labels on chats."""
        from .resources.labels import AsyncLabelsResource

        return AsyncLabelsResource(self)

    @cached_property
    def webhook_settings(self) -> AsyncWebhookSettingsResource:
        """Configure which webhook URLs receive which events (paid plans)."""
        from .resources.webhook_settings import AsyncWebhookSettingsResource

        return AsyncWebhookSettingsResource(self)

    @cached_property
    def calls(self) -> AsyncCallsResource:
        """Incoming calls."""
        from .resources.calls import AsyncCallsResource

        return AsyncCallsResource(self)

    @cached_property
    def media(self) -> AsyncMediaResource:
        """Media conversion."""
        from .resources.media import AsyncMediaResource

        return AsyncMediaResource(self)
