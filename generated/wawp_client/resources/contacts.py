# Rendered by generator/generate.py from spec/openapi.yaml. Do not edit: regenerate with `nox -s generate`.
"""The ``client.contacts`` namespace: Contacts, number checks and privacy-id mappings."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Literal

from .._base_client import AsyncResource, SyncResource
from .._facade import given, request_options
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from ..pagination import OffsetPaging

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx

    from .._api.models.contact import Contact
    from .._api.models.contact_about import ContactAbout
    from .._api.models.contact_profile_picture import ContactProfilePicture
    from .._api.models.count import Count
    from .._api.models.lid_mapping import LidMapping
    from .._api.models.number_exists import NumberExists
    from .._api.models.result import Result
    from ..pagination import AsyncPage, SyncPage

__all__ = [
    "AsyncContactsLidsResource",
    "AsyncContactsLidsWithRawResponse",
    "AsyncContactsResource",
    "AsyncContactsWithRawResponse",
    "ContactsLidsResource",
    "ContactsLidsWithRawResponse",
    "ContactsResource",
    "ContactsWithRawResponse",
]


class ContactsLidsResource(SyncResource):
    """``client.contacts.lids``: The ``contacts.lids`` operations."""

    def count(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Count:
        """Count privacy-id mappings

        ``GET /lids/count`` (operation ``lidsCount``).

        Args:
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.contacts import lids_count as _op

        result: Count = self._client._call(
            _op._get_kwargs, cast_to=_op.RESULT, options=request_options(timeout, extra_headers, extra_query)
        )
        return result

    def list(
        self,
        *,
        limit: int = 100,
        offset: int = 0,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> SyncPage[LidMapping]:
        """List privacy-id mappings

        ``GET /lids`` (operation ``lidsList``).

        Returns one page (one request); iterating over it gives its items, ``.iter_all()`` walks on.

        Args:
            limit: Maximum number of mappings to return.
            offset: Number of items to skip before the first one returned (a 64-bit integer, as the engines
                carry it).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.contacts import lids_list as _op

        result: SyncPage[LidMapping] = self._client._call(
            _op._get_kwargs,
            cast_to=_op.RESULT,
            paging=OffsetPaging(),
            options=request_options(timeout, extra_headers, extra_query),
            limit=limit,
            offset=offset,
        )
        return result


class ContactsLidsWithRawResponse:
    """``client.with_raw_response.contacts.lids``: the same methods, returning the HTTP response."""

    def __init__(self, resource: ContactsLidsResource) -> None:
        self._resource = resource
        self.count = to_raw_response_wrapper(resource.count)
        self.list = to_raw_response_wrapper(resource.list)


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
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> ContactAbout:
        """Get a contact's About

        ``GET /contacts/about`` (operation ``contactAbout``).

        Args:
            contact_id: Contact to act on: phone digits or a …@c.us id.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.contacts import contact_about as _op

        result: ContactAbout = self._client._call(
            _op._get_kwargs,
            cast_to=_op.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            contact_id=contact_id,
        )
        return result

    def block(
        self,
        *,
        contact_id: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> None:
        """Block a contact

        ``POST /contacts/block`` (operation ``contactBlock``).

        Args:
            contact_id: Contact to act on: phone digits or a …@c.us id.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.contacts import contact_block as _op

        result: None = self._client._call(
            _op._get_kwargs,
            cast_to=_op.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            contact_id=contact_id,
        )
        return result

    def check_exists(
        self,
        *,
        phone: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> NumberExists:
        """Check a number

        ``GET /contacts/check-exists`` (operation ``contactCheckExists``).

        Args:
            phone: Phone number to check, international format, digits only.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.contacts import contact_check_exists as _op

        result: NumberExists = self._client._call(
            _op._get_kwargs,
            cast_to=_op.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            phone=phone,
        )
        return result

    def get(
        self,
        *,
        contact_id: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Contact:
        """Get a contact

        ``GET /contacts`` (operation ``contactGet``).

        Args:
            contact_id: Contact to act on: phone digits or a …@c.us id.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.contacts import contact_get as _op

        result: Contact = self._client._call(
            _op._get_kwargs,
            cast_to=_op.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            contact_id=contact_id,
        )
        return result

    def list(
        self,
        *,
        limit: int | None = None,
        offset: int = 0,
        sort_by: Literal["id", "name"] | None = None,
        sort_order: Literal["ASC", "DESC"] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> SyncPage[Contact]:
        """List contacts

        ``GET /contacts/all`` (operation ``contactsList``).

        Returns one page (one request); iterating over it gives its items, ``.iter_all()`` walks on.

        Args:
            limit: Maximum number of items to return.
            offset: Number of items to skip before the first one returned (a 64-bit integer, as the engines
                carry it).
            sort_by: Field to sort by.
            sort_order: Sort direction.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.contacts import contacts_list as _op

        result: SyncPage[Contact] = self._client._call(
            _op._get_kwargs,
            cast_to=_op.RESULT,
            paging=OffsetPaging(),
            options=request_options(timeout, extra_headers, extra_query),
            offset=offset,
            **given(limit=limit, sort_by=sort_by, sort_order=sort_order),
        )
        return result

    def profile_picture(
        self,
        *,
        contact_id: str,
        refresh: bool = False,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> ContactProfilePicture:
        """Get a contact's picture

        ``GET /contacts/profile-picture`` (operation ``contactProfilePicture``).

        Args:
            contact_id: Contact to act on: phone digits or a …@c.us id.
            refresh: Bypass the 24-hour picture cache and fetch it again from WhatsApp.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.contacts import contact_profile_picture as _op

        result: ContactProfilePicture = self._client._call(
            _op._get_kwargs,
            cast_to=_op.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            contact_id=contact_id,
            refresh=refresh,
        )
        return result

    def unblock(
        self,
        *,
        contact_id: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> None:
        """Unblock a contact

        ``POST /contacts/unblock`` (operation ``contactUnblock``).

        Args:
            contact_id: Contact to act on: phone digits or a …@c.us id.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.contacts import contact_unblock as _op

        result: None = self._client._call(
            _op._get_kwargs,
            cast_to=_op.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            contact_id=contact_id,
        )
        return result

    def upsert(
        self,
        *,
        contact_id: str,
        first_name: str | None = None,
        last_name: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Result:
        """Save a contact

        ``PUT /contacts/{contactId}`` (operation ``contactUpsert``).

        Args:
            contact_id: Contact to save: phone digits or a …@c.us id.
            first_name: First name to save.
            last_name: Last name to save.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.contacts import contact_upsert as _op

        result: Result = self._client._call(
            _op._get_kwargs,
            cast_to=_op.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            contact_id=contact_id,
            **given(first_name=first_name, last_name=last_name),
        )
        return result


class ContactsWithRawResponse:
    """``client.with_raw_response.contacts``: the same methods, returning the HTTP response."""

    def __init__(self, resource: ContactsResource) -> None:
        self._resource = resource
        self.about = to_raw_response_wrapper(resource.about)
        self.block = to_raw_response_wrapper(resource.block)
        self.check_exists = to_raw_response_wrapper(resource.check_exists)
        self.get = to_raw_response_wrapper(resource.get)
        self.list = to_raw_response_wrapper(resource.list)
        self.profile_picture = to_raw_response_wrapper(resource.profile_picture)
        self.unblock = to_raw_response_wrapper(resource.unblock)
        self.upsert = to_raw_response_wrapper(resource.upsert)

    @cached_property
    def lids(self) -> ContactsLidsWithRawResponse:
        """``client.with_raw_response.contacts.lids``."""
        return ContactsLidsWithRawResponse(self._resource.lids)


class AsyncContactsLidsResource(AsyncResource):
    """``client.contacts.lids``: The ``contacts.lids`` operations."""

    async def count(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Count:
        """Count privacy-id mappings

        ``GET /lids/count`` (operation ``lidsCount``).

        Args:
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.contacts import lids_count as _op

        result: Count = await self._client._call(
            _op._get_kwargs, cast_to=_op.RESULT, options=request_options(timeout, extra_headers, extra_query)
        )
        return result

    async def list(
        self,
        *,
        limit: int = 100,
        offset: int = 0,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> AsyncPage[LidMapping]:
        """List privacy-id mappings

        ``GET /lids`` (operation ``lidsList``).

        Returns one page (one request); iterating over it gives its items, ``.iter_all()`` walks on.

        Args:
            limit: Maximum number of mappings to return.
            offset: Number of items to skip before the first one returned (a 64-bit integer, as the engines
                carry it).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.contacts import lids_list as _op

        result: AsyncPage[LidMapping] = await self._client._call(
            _op._get_kwargs,
            cast_to=_op.RESULT,
            paging=OffsetPaging(),
            options=request_options(timeout, extra_headers, extra_query),
            limit=limit,
            offset=offset,
        )
        return result


class AsyncContactsLidsWithRawResponse:
    """``client.with_raw_response.contacts.lids``: the same methods, returning the HTTP response."""

    def __init__(self, resource: AsyncContactsLidsResource) -> None:
        self._resource = resource
        self.count = async_to_raw_response_wrapper(resource.count)
        self.list = async_to_raw_response_wrapper(resource.list)


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
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> ContactAbout:
        """Get a contact's About

        ``GET /contacts/about`` (operation ``contactAbout``).

        Args:
            contact_id: Contact to act on: phone digits or a …@c.us id.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.contacts import contact_about as _op

        result: ContactAbout = await self._client._call(
            _op._get_kwargs,
            cast_to=_op.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            contact_id=contact_id,
        )
        return result

    async def block(
        self,
        *,
        contact_id: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> None:
        """Block a contact

        ``POST /contacts/block`` (operation ``contactBlock``).

        Args:
            contact_id: Contact to act on: phone digits or a …@c.us id.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.contacts import contact_block as _op

        result: None = await self._client._call(
            _op._get_kwargs,
            cast_to=_op.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            contact_id=contact_id,
        )
        return result

    async def check_exists(
        self,
        *,
        phone: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> NumberExists:
        """Check a number

        ``GET /contacts/check-exists`` (operation ``contactCheckExists``).

        Args:
            phone: Phone number to check, international format, digits only.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.contacts import contact_check_exists as _op

        result: NumberExists = await self._client._call(
            _op._get_kwargs,
            cast_to=_op.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            phone=phone,
        )
        return result

    async def get(
        self,
        *,
        contact_id: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Contact:
        """Get a contact

        ``GET /contacts`` (operation ``contactGet``).

        Args:
            contact_id: Contact to act on: phone digits or a …@c.us id.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.contacts import contact_get as _op

        result: Contact = await self._client._call(
            _op._get_kwargs,
            cast_to=_op.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            contact_id=contact_id,
        )
        return result

    async def list(
        self,
        *,
        limit: int | None = None,
        offset: int = 0,
        sort_by: Literal["id", "name"] | None = None,
        sort_order: Literal["ASC", "DESC"] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> AsyncPage[Contact]:
        """List contacts

        ``GET /contacts/all`` (operation ``contactsList``).

        Returns one page (one request); iterating over it gives its items, ``.iter_all()`` walks on.

        Args:
            limit: Maximum number of items to return.
            offset: Number of items to skip before the first one returned (a 64-bit integer, as the engines
                carry it).
            sort_by: Field to sort by.
            sort_order: Sort direction.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.contacts import contacts_list as _op

        result: AsyncPage[Contact] = await self._client._call(
            _op._get_kwargs,
            cast_to=_op.RESULT,
            paging=OffsetPaging(),
            options=request_options(timeout, extra_headers, extra_query),
            offset=offset,
            **given(limit=limit, sort_by=sort_by, sort_order=sort_order),
        )
        return result

    async def profile_picture(
        self,
        *,
        contact_id: str,
        refresh: bool = False,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> ContactProfilePicture:
        """Get a contact's picture

        ``GET /contacts/profile-picture`` (operation ``contactProfilePicture``).

        Args:
            contact_id: Contact to act on: phone digits or a …@c.us id.
            refresh: Bypass the 24-hour picture cache and fetch it again from WhatsApp.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.contacts import contact_profile_picture as _op

        result: ContactProfilePicture = await self._client._call(
            _op._get_kwargs,
            cast_to=_op.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            contact_id=contact_id,
            refresh=refresh,
        )
        return result

    async def unblock(
        self,
        *,
        contact_id: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> None:
        """Unblock a contact

        ``POST /contacts/unblock`` (operation ``contactUnblock``).

        Args:
            contact_id: Contact to act on: phone digits or a …@c.us id.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.contacts import contact_unblock as _op

        result: None = await self._client._call(
            _op._get_kwargs,
            cast_to=_op.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            contact_id=contact_id,
        )
        return result

    async def upsert(
        self,
        *,
        contact_id: str,
        first_name: str | None = None,
        last_name: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Result:
        """Save a contact

        ``PUT /contacts/{contactId}`` (operation ``contactUpsert``).

        Args:
            contact_id: Contact to save: phone digits or a …@c.us id.
            first_name: First name to save.
            last_name: Last name to save.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.contacts import contact_upsert as _op

        result: Result = await self._client._call(
            _op._get_kwargs,
            cast_to=_op.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            contact_id=contact_id,
            **given(first_name=first_name, last_name=last_name),
        )
        return result


class AsyncContactsWithRawResponse:
    """``client.with_raw_response.contacts``: the same methods, returning the HTTP response."""

    def __init__(self, resource: AsyncContactsResource) -> None:
        self._resource = resource
        self.about = async_to_raw_response_wrapper(resource.about)
        self.block = async_to_raw_response_wrapper(resource.block)
        self.check_exists = async_to_raw_response_wrapper(resource.check_exists)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.list = async_to_raw_response_wrapper(resource.list)
        self.profile_picture = async_to_raw_response_wrapper(resource.profile_picture)
        self.unblock = async_to_raw_response_wrapper(resource.unblock)
        self.upsert = async_to_raw_response_wrapper(resource.upsert)

    @cached_property
    def lids(self) -> AsyncContactsLidsWithRawResponse:
        """``client.with_raw_response.contacts.lids``."""
        return AsyncContactsLidsWithRawResponse(self._resource.lids)
