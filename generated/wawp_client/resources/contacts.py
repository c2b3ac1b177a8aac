# Rendered by generator/generate.py from spec/openapi.yaml. Do not edit: regenerate with `nox -s generate`.
"""The ``client.contacts`` namespace: Contacts, number checks and privacy-id mappings."""

from __future__ import annotations

import builtins
from functools import cached_property
from typing import TYPE_CHECKING, Any, cast

from .._api.types import UNSET
from .._base_client import AsyncResource, SyncResource

if TYPE_CHECKING:
    from .._api.models.contact import Contact
    from .._api.models.contact_about import ContactAbout
    from .._api.models.contact_profile_picture import ContactProfilePicture
    from .._api.models.contacts_list_sort_by import ContactsListSortBy
    from .._api.models.contacts_list_sort_order import ContactsListSortOrder
    from .._api.models.count import Count
    from .._api.models.lid_mapping import LidMapping
    from .._api.models.number_exists import NumberExists
    from .._api.models.result import Result
    from .._api.types import Unset

__all__ = ["AsyncContactsLidsResource", "AsyncContactsResource", "ContactsLidsResource", "ContactsResource"]


class ContactsLidsResource(SyncResource):
    """``client.contacts.lids``: The ``contacts.lids`` operations."""

    def count(
        self,
    ) -> Count:
        """Count privacy-id mappings

        ``GET /lids/count`` (operation ``lidsCount``).
        """
        from .._api.api.contacts import lids_count as _op

        return cast("Count", self._client._call(_op.sync_detailed))

    def list(
        self,
        *,
        limit: int | Unset = 100,
        offset: int | Unset = 0,
    ) -> builtins.list[LidMapping]:
        """List privacy-id mappings

        ``GET /lids`` (operation ``lidsList``).

        Args:
            limit: Maximum number of mappings to return.
            offset: Number of items to skip before the first one returned.
        """
        from .._api.api.contacts import lids_list as _op

        return cast("builtins.list[LidMapping]", self._client._call(_op.sync_detailed, limit=limit, offset=offset))


class ContactsResource(SyncResource):
    """``client.contacts``: Contacts, number checks and privacy-id mappings."""

    @cached_property
    def lids(self) -> ContactsLidsResource:
        """``client.contacts.lids``."""
        return ContactsLidsResource(self._client)

    def about(
        self,
        *,
        contact_id: str,
    ) -> ContactAbout:
        """Get a contact's About

        ``GET /contacts/about`` (operation ``contactAbout``).

        Args:
            contact_id: Contact to act on: phone digits or a …@c.us id.
        """
        from .._api.api.contacts import contact_about as _op

        return cast("ContactAbout", self._client._call(_op.sync_detailed, contact_id=contact_id))

    def block(
        self,
        *,
        contact_id: str,
    ) -> Any:
        """Block a contact

        ``POST /contacts/block`` (operation ``contactBlock``).

        Args:
            contact_id: Contact to act on: phone digits or a …@c.us id.
        """
        from .._api.api.contacts import contact_block as _op

        return cast("Any", self._client._call(_op.sync_detailed, contact_id=contact_id))

    def check_exists(
        self,
        *,
        phone: str,
    ) -> NumberExists:
        """Check a number

        ``GET /contacts/check-exists`` (operation ``contactCheckExists``).

        Args:
            phone: Phone number to check, international format, digits only.
        """
        from .._api.api.contacts import contact_check_exists as _op

        return cast("NumberExists", self._client._call(_op.sync_detailed, phone=phone))

    def get(
        self,
        *,
        contact_id: str,
    ) -> Contact:
        """Get a contact

        ``GET /contacts`` (operation ``contactGet``).

        Args:
            contact_id: Contact to act on: phone digits or a …@c.us id.
        """
        from .._api.api.contacts import contact_get as _op

        return cast("Contact", self._client._call(_op.sync_detailed, contact_id=contact_id))

    def list(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = 0,
        sort_by: ContactsListSortBy | Unset = UNSET,
        sort_order: ContactsListSortOrder | Unset = UNSET,
    ) -> builtins.list[Contact]:
        """List contacts

        ``GET /contacts/all`` (operation ``contactsList``).

        Args:
            limit: Maximum number of items to return.
            offset: Number of items to skip before the first one returned.
            sort_by: Field to sort by.
            sort_order: Sort direction.
        """
        from .._api.api.contacts import contacts_list as _op

        return cast(
            "builtins.list[Contact]",
            self._client._call(_op.sync_detailed, limit=limit, offset=offset, sort_by=sort_by, sort_order=sort_order),
        )

    def profile_picture(
        self,
        *,
        contact_id: str,
        refresh: bool | Unset = False,
    ) -> ContactProfilePicture:
        """Get a contact's picture

        ``GET /contacts/profile-picture`` (operation ``contactProfilePicture``).

        Args:
            contact_id: Contact to act on: phone digits or a …@c.us id.
            refresh: Bypass the 24-hour picture cache and fetch it again from WhatsApp.
        """
        from .._api.api.contacts import contact_profile_picture as _op

        return cast(
            "ContactProfilePicture", self._client._call(_op.sync_detailed, contact_id=contact_id, refresh=refresh)
        )

    def unblock(
        self,
        *,
        contact_id: str,
    ) -> Any:
        """Unblock a contact

        ``POST /contacts/unblock`` (operation ``contactUnblock``).

        Args:
            contact_id: Contact to act on: phone digits or a …@c.us id.
        """
        from .._api.api.contacts import contact_unblock as _op

        return cast("Any", self._client._call(_op.sync_detailed, contact_id=contact_id))

    def upsert(
        self,
        *,
        contact_id: str,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
    ) -> Result:
        """Save a contact

        ``PUT /contacts/{contactId}`` (operation ``contactUpsert``).

        Args:
            contact_id: Contact to save: phone digits or a …@c.us id.
            first_name: First name to save.
            last_name: Last name to save.
        """
        from .._api.api.contacts import contact_upsert as _op

        return cast(
            "Result",
            self._client._call(_op.sync_detailed, contact_id=contact_id, first_name=first_name, last_name=last_name),
        )


class AsyncContactsLidsResource(AsyncResource):
    """``client.contacts.lids``: The ``contacts.lids`` operations."""

    async def count(
        self,
    ) -> Count:
        """Count privacy-id mappings

        ``GET /lids/count`` (operation ``lidsCount``).
        """
        from .._api.api.contacts import lids_count as _op

        return cast("Count", await self._client._call(_op.asyncio_detailed))

    async def list(
        self,
        *,
        limit: int | Unset = 100,
        offset: int | Unset = 0,
    ) -> builtins.list[LidMapping]:
        """List privacy-id mappings

        ``GET /lids`` (operation ``lidsList``).

        Args:
            limit: Maximum number of mappings to return.
            offset: Number of items to skip before the first one returned.
        """
        from .._api.api.contacts import lids_list as _op

        return cast(
            "builtins.list[LidMapping]", await self._client._call(_op.asyncio_detailed, limit=limit, offset=offset)
        )


class AsyncContactsResource(AsyncResource):
    """``client.contacts``: Contacts, number checks and privacy-id mappings."""

    @cached_property
    def lids(self) -> AsyncContactsLidsResource:
        """``client.contacts.lids``."""
        return AsyncContactsLidsResource(self._client)

    async def about(
        self,
        *,
        contact_id: str,
    ) -> ContactAbout:
        """Get a contact's About

        ``GET /contacts/about`` (operation ``contactAbout``).

        Args:
            contact_id: Contact to act on: phone digits or a …@c.us id.
        """
        from .._api.api.contacts import contact_about as _op

        return cast("ContactAbout", await self._client._call(_op.asyncio_detailed, contact_id=contact_id))

    async def block(
        self,
        *,
        contact_id: str,
    ) -> Any:
        """Block a contact

        ``POST /contacts/block`` (operation ``contactBlock``).

        Args:
            contact_id: Contact to act on: phone digits or a …@c.us id.
        """
        from .._api.api.contacts import contact_block as _op

        return cast("Any", await self._client._call(_op.asyncio_detailed, contact_id=contact_id))

    async def check_exists(
        self,
        *,
        phone: str,
    ) -> NumberExists:
        """Check a number

        ``GET /contacts/check-exists`` (operation ``contactCheckExists``).

        Args:
            phone: Phone number to check, international format, digits only.
        """
        from .._api.api.contacts import contact_check_exists as _op

        return cast("NumberExists", await self._client._call(_op.asyncio_detailed, phone=phone))

    async def get(
        self,
        *,
        contact_id: str,
    ) -> Contact:
        """Get a contact

        ``GET /contacts`` (operation ``contactGet``).

        Args:
            contact_id: Contact to act on: phone digits or a …@c.us id.
        """
        from .._api.api.contacts import contact_get as _op

        return cast("Contact", await self._client._call(_op.asyncio_detailed, contact_id=contact_id))

    async def list(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = 0,
        sort_by: ContactsListSortBy | Unset = UNSET,
        sort_order: ContactsListSortOrder | Unset = UNSET,
    ) -> builtins.list[Contact]:
        """List contacts

        ``GET /contacts/all`` (operation ``contactsList``).

        Args:
            limit: Maximum number of items to return.
            offset: Number of items to skip before the first one returned.
            sort_by: Field to sort by.
            sort_order: Sort direction.
        """
        from .._api.api.contacts import contacts_list as _op

        return cast(
            "builtins.list[Contact]",
            await self._client._call(
                _op.asyncio_detailed, limit=limit, offset=offset, sort_by=sort_by, sort_order=sort_order
            ),
        )

    async def profile_picture(
        self,
        *,
        contact_id: str,
        refresh: bool | Unset = False,
    ) -> ContactProfilePicture:
        """Get a contact's picture

        ``GET /contacts/profile-picture`` (operation ``contactProfilePicture``).

        Args:
            contact_id: Contact to act on: phone digits or a …@c.us id.
            refresh: Bypass the 24-hour picture cache and fetch it again from WhatsApp.
        """
        from .._api.api.contacts import contact_profile_picture as _op

        return cast(
            "ContactProfilePicture",
            await self._client._call(_op.asyncio_detailed, contact_id=contact_id, refresh=refresh),
        )

    async def unblock(
        self,
        *,
        contact_id: str,
    ) -> Any:
        """Unblock a contact

        ``POST /contacts/unblock`` (operation ``contactUnblock``).

        Args:
            contact_id: Contact to act on: phone digits or a …@c.us id.
        """
        from .._api.api.contacts import contact_unblock as _op

        return cast("Any", await self._client._call(_op.asyncio_detailed, contact_id=contact_id))

    async def upsert(
        self,
        *,
        contact_id: str,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
    ) -> Result:
        """Save a contact

        ``PUT /contacts/{contactId}`` (operation ``contactUpsert``).

        Args:
            contact_id: Contact to save: phone digits or a …@c.us id.
            first_name: First name to save.
            last_name: Last name to save.
        """
        from .._api.api.contacts import contact_upsert as _op

        return cast(
            "Result",
            await self._client._call(
                _op.asyncio_detailed, contact_id=contact_id, first_name=first_name, last_name=last_name
            ),
        )
