# Rendered by generator/generate.py from spec/openapi.yaml. Do not edit: regenerate with `nox -s generate`.
"""The ``client.contacts`` namespace: Contacts, number checks and privacy-id mappings."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal, overload

from .._base_client import AsyncResource, SyncResource
from .._facade import build_body, given, refuse_arguments, request_options, require_arguments
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
    from .._api.models.v2_contact_name import V2ContactName
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

        v1: ``GET /lids/count`` (operation ``lidsCount``); v2: ``GET /v2/lids/count`` (operation ``lidsCount``).

        Args:
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        if self._client.api_version == "v1":
            from .._api.api.contacts import lids_count

            result: Count = self._client._call(
                lids_count._get_kwargs,
                cast_to=lids_count.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
            )
        else:
            from .._api.api.contacts import lids_count_v2

            result = self._client._call(
                lids_count_v2._get_kwargs,
                cast_to=lids_count_v2.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
            )
        return result

    def list(
        self,
        *,
        limit: int | None = None,
        offset: int = 0,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> SyncPage[LidMapping]:
        """List privacy-id mappings

        v1: ``GET /lids`` (operation ``lidsList``); v2: ``GET /v2/lids`` (operation ``lidsList``).

        Returns one page (one request); iterating over it gives its items, ``.iter_all()`` walks on.

        Args:
            limit: Maximum number of mappings to return.
            offset: Number of items to skip before the first one returned (a 64-bit integer, as the engines
                carry it).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        if self._client.api_version == "v1":
            from .._api.api.contacts import lids_list

            result: SyncPage[LidMapping] = self._client._call(
                lids_list._get_kwargs,
                cast_to=lids_list.RESULT,
                paging=OffsetPaging(),
                options=request_options(timeout, extra_headers, extra_query),
                offset=offset,
                **given(limit=limit),
            )
        else:
            from .._api.api.contacts import lids_list_v2

            result = self._client._call(
                lids_list_v2._get_kwargs,
                cast_to=lids_list_v2.RESULT,
                paging=OffsetPaging(),
                options=request_options(timeout, extra_headers, extra_query),
                offset=offset,
                **given(limit=limit),
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

        Only in Wawp v1: ``GET /contacts/about`` (operation ``contactAbout``).

        Args:
            contact_id: Contact to act on: phone digits or a …@c.us id.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v1", "contacts.about")
        from .._api.api.contacts import contact_about

        result: ContactAbout = self._client._call(
            contact_about._get_kwargs,
            cast_to=contact_about.RESULT,
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

        Only in Wawp v1: ``POST /contacts/block`` (operation ``contactBlock``).

        Args:
            contact_id: Contact to act on: phone digits or a …@c.us id.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v1", "contacts.block")
        from .._api.api.contacts import contact_block

        result: None = self._client._call(
            contact_block._get_kwargs,
            cast_to=contact_block.RESULT,
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

        v1: ``GET /contacts/check-exists`` (operation ``contactCheckExists``); v2: ``GET /v2/contacts/check-exists``
        (operation ``contactCheckExists``).

        Args:
            phone: Phone number to check, international format, digits only.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        if self._client.api_version == "v1":
            from .._api.api.contacts import contact_check_exists

            result: NumberExists = self._client._call(
                contact_check_exists._get_kwargs,
                cast_to=contact_check_exists.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                phone=phone,
            )
        else:
            from .._api.api.contacts import contact_check_exists_v2

            result = self._client._call(
                contact_check_exists_v2._get_kwargs,
                cast_to=contact_check_exists_v2.RESULT,
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

        v1: ``GET /contacts`` (operation ``contactGet``); v2: ``GET /v2/contacts`` (operation ``contactGet``).

        Args:
            contact_id: Contact to act on: phone digits or a …@c.us id.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        if self._client.api_version == "v1":
            from .._api.api.contacts import contact_get

            result: Contact = self._client._call(
                contact_get._get_kwargs,
                cast_to=contact_get.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                contact_id=contact_id,
            )
        else:
            from .._api.api.contacts import contact_get_v2

            result = self._client._call(
                contact_get_v2._get_kwargs,
                cast_to=contact_get_v2.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                contact_id=contact_id,
            )
        return result

    def lid_by_phone(
        self,
        *,
        number: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> LidMapping:
        """Find the LID of a phone number

        Only in Wawp v2: ``GET /v2/lids/pn/{number}`` (operation ``lidByPhone``).

        Args:
            number: Phone number, digits only.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v2", "contacts.lid_by_phone")
        from .._api.api.contacts import lid_by_phone_v2

        result: LidMapping = self._client._call(
            lid_by_phone_v2._get_kwargs,
            cast_to=lid_by_phone_v2.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            number=number,
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

        Only in Wawp v1: ``GET /contacts/all`` (operation ``contactsList``).

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
        self._client._only_in("v1", "contacts.list")
        from .._api.api.contacts import contacts_list

        result: SyncPage[Contact] = self._client._call(
            contacts_list._get_kwargs,
            cast_to=contacts_list.RESULT,
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

        Only in Wawp v1: ``GET /contacts/profile-picture`` (operation ``contactProfilePicture``).

        Args:
            contact_id: Contact to act on: phone digits or a …@c.us id.
            refresh: Bypass the 24-hour picture cache and fetch it again from WhatsApp.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v1", "contacts.profile_picture")
        from .._api.api.contacts import contact_profile_picture

        result: ContactProfilePicture = self._client._call(
            contact_profile_picture._get_kwargs,
            cast_to=contact_profile_picture.RESULT,
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

        Only in Wawp v1: ``POST /contacts/unblock`` (operation ``contactUnblock``).

        Args:
            contact_id: Contact to act on: phone digits or a …@c.us id.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v1", "contacts.unblock")
        from .._api.api.contacts import contact_unblock

        result: None = self._client._call(
            contact_unblock._get_kwargs,
            cast_to=contact_unblock.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            contact_id=contact_id,
        )
        return result

    @overload
    def upsert(
        self,
        *,
        contact_id: str | None = None,
        first_name: str | None = None,
        last_name: str | None = None,
        chat_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Result: ...

    @overload
    def upsert(
        self,
        *,
        contact_id: str | None = None,
        chat_id: str | None = None,
        body: V2ContactName | Mapping[str, Any],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Result: ...

    def upsert(
        self,
        *,
        contact_id: str | None = None,
        first_name: str | None = None,
        last_name: str | None = None,
        chat_id: str | None = None,
        body: V2ContactName | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Result:
        """Save a contact

        v1: ``PUT /contacts/{contactId}`` (operation ``contactUpsert``); v2: ``PUT /v2/contacts/{chatId}`` (operation
        ``contactUpsert``).

        Args:
            contact_id: Contact to save: phone digits or a …@c.us id.
            first_name: First name to save.
            last_name: Last name to save.
            chat_id: The contact's id.
            body: The whole JSON body instead of the keyword arguments: a ``V2ContactName``, or a dict with its
                wire names (for fields the spec does not know yet).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        if self._client.api_version == "v1":
            from .._api.api.contacts import contact_upsert

            refuse_arguments("contacts.upsert", "v1", chat_id=chat_id, body=body)
            require_arguments("contacts.upsert", "v1", contact_id=contact_id)
            result: Result = self._client._call(
                contact_upsert._get_kwargs,
                cast_to=contact_upsert.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                contact_id=contact_id,
                **given(first_name=first_name, last_name=last_name),
            )
        else:
            from .._api.api.contacts import contact_upsert_v2
            from .._api.models.v2_contact_name import V2ContactName

            refuse_arguments("contacts.upsert", "v2", contact_id=contact_id)
            require_arguments("contacts.upsert", "v2", chat_id=chat_id)
            result = self._client._call(
                contact_upsert_v2._get_kwargs,
                cast_to=contact_upsert_v2.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                chat_id=chat_id,
                body=build_body(V2ContactName, body, "contacts.upsert", first_name=first_name, last_name=last_name),
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
        self.lid_by_phone = to_raw_response_wrapper(resource.lid_by_phone)
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

        v1: ``GET /lids/count`` (operation ``lidsCount``); v2: ``GET /v2/lids/count`` (operation ``lidsCount``).

        Args:
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        if self._client.api_version == "v1":
            from .._api.api.contacts import lids_count

            result: Count = await self._client._call(
                lids_count._get_kwargs,
                cast_to=lids_count.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
            )
        else:
            from .._api.api.contacts import lids_count_v2

            result = await self._client._call(
                lids_count_v2._get_kwargs,
                cast_to=lids_count_v2.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
            )
        return result

    async def list(
        self,
        *,
        limit: int | None = None,
        offset: int = 0,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> AsyncPage[LidMapping]:
        """List privacy-id mappings

        v1: ``GET /lids`` (operation ``lidsList``); v2: ``GET /v2/lids`` (operation ``lidsList``).

        Returns one page (one request); iterating over it gives its items, ``.iter_all()`` walks on.

        Args:
            limit: Maximum number of mappings to return.
            offset: Number of items to skip before the first one returned (a 64-bit integer, as the engines
                carry it).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        if self._client.api_version == "v1":
            from .._api.api.contacts import lids_list

            result: AsyncPage[LidMapping] = await self._client._call(
                lids_list._get_kwargs,
                cast_to=lids_list.RESULT,
                paging=OffsetPaging(),
                options=request_options(timeout, extra_headers, extra_query),
                offset=offset,
                **given(limit=limit),
            )
        else:
            from .._api.api.contacts import lids_list_v2

            result = await self._client._call(
                lids_list_v2._get_kwargs,
                cast_to=lids_list_v2.RESULT,
                paging=OffsetPaging(),
                options=request_options(timeout, extra_headers, extra_query),
                offset=offset,
                **given(limit=limit),
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

        Only in Wawp v1: ``GET /contacts/about`` (operation ``contactAbout``).

        Args:
            contact_id: Contact to act on: phone digits or a …@c.us id.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v1", "contacts.about")
        from .._api.api.contacts import contact_about

        result: ContactAbout = await self._client._call(
            contact_about._get_kwargs,
            cast_to=contact_about.RESULT,
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

        Only in Wawp v1: ``POST /contacts/block`` (operation ``contactBlock``).

        Args:
            contact_id: Contact to act on: phone digits or a …@c.us id.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v1", "contacts.block")
        from .._api.api.contacts import contact_block

        result: None = await self._client._call(
            contact_block._get_kwargs,
            cast_to=contact_block.RESULT,
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

        v1: ``GET /contacts/check-exists`` (operation ``contactCheckExists``); v2: ``GET /v2/contacts/check-exists``
        (operation ``contactCheckExists``).

        Args:
            phone: Phone number to check, international format, digits only.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        if self._client.api_version == "v1":
            from .._api.api.contacts import contact_check_exists

            result: NumberExists = await self._client._call(
                contact_check_exists._get_kwargs,
                cast_to=contact_check_exists.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                phone=phone,
            )
        else:
            from .._api.api.contacts import contact_check_exists_v2

            result = await self._client._call(
                contact_check_exists_v2._get_kwargs,
                cast_to=contact_check_exists_v2.RESULT,
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

        v1: ``GET /contacts`` (operation ``contactGet``); v2: ``GET /v2/contacts`` (operation ``contactGet``).

        Args:
            contact_id: Contact to act on: phone digits or a …@c.us id.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        if self._client.api_version == "v1":
            from .._api.api.contacts import contact_get

            result: Contact = await self._client._call(
                contact_get._get_kwargs,
                cast_to=contact_get.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                contact_id=contact_id,
            )
        else:
            from .._api.api.contacts import contact_get_v2

            result = await self._client._call(
                contact_get_v2._get_kwargs,
                cast_to=contact_get_v2.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                contact_id=contact_id,
            )
        return result

    async def lid_by_phone(
        self,
        *,
        number: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> LidMapping:
        """Find the LID of a phone number

        Only in Wawp v2: ``GET /v2/lids/pn/{number}`` (operation ``lidByPhone``).

        Args:
            number: Phone number, digits only.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v2", "contacts.lid_by_phone")
        from .._api.api.contacts import lid_by_phone_v2

        result: LidMapping = await self._client._call(
            lid_by_phone_v2._get_kwargs,
            cast_to=lid_by_phone_v2.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            number=number,
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

        Only in Wawp v1: ``GET /contacts/all`` (operation ``contactsList``).

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
        self._client._only_in("v1", "contacts.list")
        from .._api.api.contacts import contacts_list

        result: AsyncPage[Contact] = await self._client._call(
            contacts_list._get_kwargs,
            cast_to=contacts_list.RESULT,
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

        Only in Wawp v1: ``GET /contacts/profile-picture`` (operation ``contactProfilePicture``).

        Args:
            contact_id: Contact to act on: phone digits or a …@c.us id.
            refresh: Bypass the 24-hour picture cache and fetch it again from WhatsApp.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v1", "contacts.profile_picture")
        from .._api.api.contacts import contact_profile_picture

        result: ContactProfilePicture = await self._client._call(
            contact_profile_picture._get_kwargs,
            cast_to=contact_profile_picture.RESULT,
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

        Only in Wawp v1: ``POST /contacts/unblock`` (operation ``contactUnblock``).

        Args:
            contact_id: Contact to act on: phone digits or a …@c.us id.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v1", "contacts.unblock")
        from .._api.api.contacts import contact_unblock

        result: None = await self._client._call(
            contact_unblock._get_kwargs,
            cast_to=contact_unblock.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            contact_id=contact_id,
        )
        return result

    @overload
    async def upsert(
        self,
        *,
        contact_id: str | None = None,
        first_name: str | None = None,
        last_name: str | None = None,
        chat_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Result: ...

    @overload
    async def upsert(
        self,
        *,
        contact_id: str | None = None,
        chat_id: str | None = None,
        body: V2ContactName | Mapping[str, Any],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Result: ...

    async def upsert(
        self,
        *,
        contact_id: str | None = None,
        first_name: str | None = None,
        last_name: str | None = None,
        chat_id: str | None = None,
        body: V2ContactName | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Result:
        """Save a contact

        v1: ``PUT /contacts/{contactId}`` (operation ``contactUpsert``); v2: ``PUT /v2/contacts/{chatId}`` (operation
        ``contactUpsert``).

        Args:
            contact_id: Contact to save: phone digits or a …@c.us id.
            first_name: First name to save.
            last_name: Last name to save.
            chat_id: The contact's id.
            body: The whole JSON body instead of the keyword arguments: a ``V2ContactName``, or a dict with its
                wire names (for fields the spec does not know yet).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        if self._client.api_version == "v1":
            from .._api.api.contacts import contact_upsert

            refuse_arguments("contacts.upsert", "v1", chat_id=chat_id, body=body)
            require_arguments("contacts.upsert", "v1", contact_id=contact_id)
            result: Result = await self._client._call(
                contact_upsert._get_kwargs,
                cast_to=contact_upsert.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                contact_id=contact_id,
                **given(first_name=first_name, last_name=last_name),
            )
        else:
            from .._api.api.contacts import contact_upsert_v2
            from .._api.models.v2_contact_name import V2ContactName

            refuse_arguments("contacts.upsert", "v2", contact_id=contact_id)
            require_arguments("contacts.upsert", "v2", chat_id=chat_id)
            result = await self._client._call(
                contact_upsert_v2._get_kwargs,
                cast_to=contact_upsert_v2.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                chat_id=chat_id,
                body=build_body(V2ContactName, body, "contacts.upsert", first_name=first_name, last_name=last_name),
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
        self.lid_by_phone = async_to_raw_response_wrapper(resource.lid_by_phone)
        self.list = async_to_raw_response_wrapper(resource.list)
        self.profile_picture = async_to_raw_response_wrapper(resource.profile_picture)
        self.unblock = async_to_raw_response_wrapper(resource.unblock)
        self.upsert = async_to_raw_response_wrapper(resource.upsert)

    @cached_property
    def lids(self) -> AsyncContactsLidsWithRawResponse:
        """``client.with_raw_response.contacts.lids``."""
        return AsyncContactsLidsWithRawResponse(self._resource.lids)
