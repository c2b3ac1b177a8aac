# Rendered by generator/generate.py from spec/openapi.yaml. Do not edit: regenerate with `nox -s generate`.
"""``Wawp`` and ``AsyncWawp``: the entry points. Each tag of the spec is a namespace, imported on first use so
that ``import wawp_client`` stays cheap.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ._base_client import AsyncAPIClient, SyncAPIClient

if TYPE_CHECKING:
    from .resources.auth import AsyncAuthResource, AuthResource
    from .resources.channels import AsyncChannelsResource, ChannelsResource
    from .resources.chats import AsyncChatsResource, ChatsResource
    from .resources.contacts import AsyncContactsResource, ContactsResource
    from .resources.groups import AsyncGroupsResource, GroupsResource
    from .resources.labels import AsyncLabelsResource, LabelsResource
    from .resources.messages import AsyncMessagesResource, MessagesResource
    from .resources.presence import AsyncPresenceResource, PresenceResource
    from .resources.profile import AsyncProfileResource, ProfileResource
    from .resources.sessions import AsyncSessionsResource, SessionsResource
    from .resources.status import AsyncStatusResource, StatusResource

__all__ = ["AsyncWawp", "Wawp"]


class Wawp(SyncAPIClient):
    """The synchronous client of the Wawp WhatsApp API (v1).

    Arguments fall back to the environment variables ``WAWP_INSTANCE_ID``, ``WAWP_ACCESS_TOKEN`` and
    ``WAWP_BASE_URL``; ``timeout`` defaults to 30 s (5 s to connect) and ``max_retries`` to 2.
    """

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


class AsyncWawp(AsyncAPIClient):
    """The asyncio client of the Wawp WhatsApp API (v1).

    Arguments fall back to the environment variables ``WAWP_INSTANCE_ID``, ``WAWP_ACCESS_TOKEN`` and
    ``WAWP_BASE_URL``; ``timeout`` defaults to 30 s (5 s to connect) and ``max_retries`` to 2.
    """

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
