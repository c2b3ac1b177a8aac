# Rendered by generator/generate.py from spec/openapi.yaml. Do not edit: regenerate with `nox -s generate`.
"""The ``client.profile`` namespace: The connected account's own profile."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._base_client import AsyncResource, SyncResource
from .._facade import request_options
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx

    from .._api.models.profile import Profile
    from .._api.models.result import Result

__all__ = ["AsyncProfileResource", "AsyncProfileWithRawResponse", "ProfileResource", "ProfileWithRawResponse"]


class ProfileResource(SyncResource):
    """``client.profile``: The connected account's own profile."""

    def delete_picture(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Result:
        """Delete the profile picture

        Only in Wawp v1: ``DELETE /profile/picture`` (operation ``profileDeletePicture``).

        Args:
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v1", "profile.delete_picture")
        from .._api.api.profile import profile_delete_picture

        result: Result = self._client._call(
            profile_delete_picture._get_kwargs,
            cast_to=profile_delete_picture.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
        )
        return result

    def get(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Profile:
        """Get your profile

        Only in Wawp v1: ``GET /profile`` (operation ``profileGet``).

        Args:
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v1", "profile.get")
        from .._api.api.profile import profile_get

        result: Profile = self._client._call(
            profile_get._get_kwargs,
            cast_to=profile_get.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
        )
        return result

    def set_name(
        self,
        *,
        name: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Result:
        """Set the display name

        Only in Wawp v1: ``PUT /profile/nameRequest`` (operation ``profileSetName``).

        Args:
            name: New display name.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v1", "profile.set_name")
        from .._api.api.profile import profile_set_name

        result: Result = self._client._call(
            profile_set_name._get_kwargs,
            cast_to=profile_set_name.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            name=name,
        )
        return result

    def set_picture(
        self,
        *,
        file_url: str,
        file_filename: str,
        file_mimetype: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Result:
        """Set the profile picture

        Only in Wawp v1: ``PUT /profile/picture`` (operation ``profileSetPicture``).

        Args:
            file_url: Public http(s) URL Wawp downloads the file from.
            file_filename: File name shown to the recipient.
            file_mimetype: Media type of the file; must be image/….
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v1", "profile.set_picture")
        from .._api.api.profile import profile_set_picture

        result: Result = self._client._call(
            profile_set_picture._get_kwargs,
            cast_to=profile_set_picture.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            fileurl=file_url,
            filefilename=file_filename,
            filemimetype=file_mimetype,
        )
        return result

    def set_status(
        self,
        *,
        status: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Result:
        """Set the About text

        Only in Wawp v1: ``PUT /profile/status`` (operation ``profileSetStatus``).

        Args:
            status: New About text; it cannot be empty.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v1", "profile.set_status")
        from .._api.api.profile import profile_set_status

        result: Result = self._client._call(
            profile_set_status._get_kwargs,
            cast_to=profile_set_status.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            status=status,
        )
        return result


class ProfileWithRawResponse:
    """``client.with_raw_response.profile``: the same methods, returning the HTTP response."""

    def __init__(self, resource: ProfileResource) -> None:
        self._resource = resource
        self.delete_picture = to_raw_response_wrapper(resource.delete_picture)
        self.get = to_raw_response_wrapper(resource.get)
        self.set_name = to_raw_response_wrapper(resource.set_name)
        self.set_picture = to_raw_response_wrapper(resource.set_picture)
        self.set_status = to_raw_response_wrapper(resource.set_status)


class AsyncProfileResource(AsyncResource):
    """``client.profile``: The connected account's own profile."""

    async def delete_picture(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Result:
        """Delete the profile picture

        Only in Wawp v1: ``DELETE /profile/picture`` (operation ``profileDeletePicture``).

        Args:
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v1", "profile.delete_picture")
        from .._api.api.profile import profile_delete_picture

        result: Result = await self._client._call(
            profile_delete_picture._get_kwargs,
            cast_to=profile_delete_picture.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
        )
        return result

    async def get(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Profile:
        """Get your profile

        Only in Wawp v1: ``GET /profile`` (operation ``profileGet``).

        Args:
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v1", "profile.get")
        from .._api.api.profile import profile_get

        result: Profile = await self._client._call(
            profile_get._get_kwargs,
            cast_to=profile_get.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
        )
        return result

    async def set_name(
        self,
        *,
        name: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Result:
        """Set the display name

        Only in Wawp v1: ``PUT /profile/nameRequest`` (operation ``profileSetName``).

        Args:
            name: New display name.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v1", "profile.set_name")
        from .._api.api.profile import profile_set_name

        result: Result = await self._client._call(
            profile_set_name._get_kwargs,
            cast_to=profile_set_name.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            name=name,
        )
        return result

    async def set_picture(
        self,
        *,
        file_url: str,
        file_filename: str,
        file_mimetype: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Result:
        """Set the profile picture

        Only in Wawp v1: ``PUT /profile/picture`` (operation ``profileSetPicture``).

        Args:
            file_url: Public http(s) URL Wawp downloads the file from.
            file_filename: File name shown to the recipient.
            file_mimetype: Media type of the file; must be image/….
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v1", "profile.set_picture")
        from .._api.api.profile import profile_set_picture

        result: Result = await self._client._call(
            profile_set_picture._get_kwargs,
            cast_to=profile_set_picture.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            fileurl=file_url,
            filefilename=file_filename,
            filemimetype=file_mimetype,
        )
        return result

    async def set_status(
        self,
        *,
        status: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Result:
        """Set the About text

        Only in Wawp v1: ``PUT /profile/status`` (operation ``profileSetStatus``).

        Args:
            status: New About text; it cannot be empty.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v1", "profile.set_status")
        from .._api.api.profile import profile_set_status

        result: Result = await self._client._call(
            profile_set_status._get_kwargs,
            cast_to=profile_set_status.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            status=status,
        )
        return result


class AsyncProfileWithRawResponse:
    """``client.with_raw_response.profile``: the same methods, returning the HTTP response."""

    def __init__(self, resource: AsyncProfileResource) -> None:
        self._resource = resource
        self.delete_picture = async_to_raw_response_wrapper(resource.delete_picture)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.set_name = async_to_raw_response_wrapper(resource.set_name)
        self.set_picture = async_to_raw_response_wrapper(resource.set_picture)
        self.set_status = async_to_raw_response_wrapper(resource.set_status)
