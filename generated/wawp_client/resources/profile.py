# Rendered by generator/generate.py from spec/openapi.yaml. Do not edit: regenerate with `nox -s generate`.
"""The ``client.profile`` namespace: The connected account's own profile."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from .._base_client import AsyncResource, SyncResource

if TYPE_CHECKING:
    from .._api.models.profile import Profile
    from .._api.models.result import Result

__all__ = ["AsyncProfileResource", "ProfileResource"]


class ProfileResource(SyncResource):
    """``client.profile``: The connected account's own profile."""

    def delete_picture(
        self,
    ) -> Result:
        """Delete the profile picture

        ``DELETE /profile/picture`` (operation ``profileDeletePicture``).
        """
        from .._api.api.profile import profile_delete_picture as _op

        return cast("Result", self._client._call(_op.sync_detailed))

    def get(
        self,
    ) -> Profile:
        """Get your profile

        ``GET /profile`` (operation ``profileGet``).
        """
        from .._api.api.profile import profile_get as _op

        return cast("Profile", self._client._call(_op.sync_detailed))

    def set_name(
        self,
        *,
        name: str,
    ) -> Result:
        """Set the display name

        ``PUT /profile/nameRequest`` (operation ``profileSetName``).

        Args:
            name: New display name.
        """
        from .._api.api.profile import profile_set_name as _op

        return cast("Result", self._client._call(_op.sync_detailed, name=name))

    def set_picture(
        self,
        *,
        file_url: str,
        file_filename: str,
        file_mimetype: str,
    ) -> Result:
        """Set the profile picture

        ``PUT /profile/picture`` (operation ``profileSetPicture``).

        Args:
            file_url: Public http(s) URL Wawp downloads the file from.
            file_filename: File name shown to the recipient.
            file_mimetype: Media type of the file; must be image/….
        """
        from .._api.api.profile import profile_set_picture as _op

        return cast(
            "Result",
            self._client._call(
                _op.sync_detailed, fileurl=file_url, filefilename=file_filename, filemimetype=file_mimetype
            ),
        )

    def set_status(
        self,
        *,
        status: str,
    ) -> Result:
        """Set the About text

        ``PUT /profile/status`` (operation ``profileSetStatus``).

        Args:
            status: New About text.
        """
        from .._api.api.profile import profile_set_status as _op

        return cast("Result", self._client._call(_op.sync_detailed, status=status))


class AsyncProfileResource(AsyncResource):
    """``client.profile``: The connected account's own profile."""

    async def delete_picture(
        self,
    ) -> Result:
        """Delete the profile picture

        ``DELETE /profile/picture`` (operation ``profileDeletePicture``).
        """
        from .._api.api.profile import profile_delete_picture as _op

        return cast("Result", await self._client._call(_op.asyncio_detailed))

    async def get(
        self,
    ) -> Profile:
        """Get your profile

        ``GET /profile`` (operation ``profileGet``).
        """
        from .._api.api.profile import profile_get as _op

        return cast("Profile", await self._client._call(_op.asyncio_detailed))

    async def set_name(
        self,
        *,
        name: str,
    ) -> Result:
        """Set the display name

        ``PUT /profile/nameRequest`` (operation ``profileSetName``).

        Args:
            name: New display name.
        """
        from .._api.api.profile import profile_set_name as _op

        return cast("Result", await self._client._call(_op.asyncio_detailed, name=name))

    async def set_picture(
        self,
        *,
        file_url: str,
        file_filename: str,
        file_mimetype: str,
    ) -> Result:
        """Set the profile picture

        ``PUT /profile/picture`` (operation ``profileSetPicture``).

        Args:
            file_url: Public http(s) URL Wawp downloads the file from.
            file_filename: File name shown to the recipient.
            file_mimetype: Media type of the file; must be image/….
        """
        from .._api.api.profile import profile_set_picture as _op

        return cast(
            "Result",
            await self._client._call(
                _op.asyncio_detailed, fileurl=file_url, filefilename=file_filename, filemimetype=file_mimetype
            ),
        )

    async def set_status(
        self,
        *,
        status: str,
    ) -> Result:
        """Set the About text

        ``PUT /profile/status`` (operation ``profileSetStatus``).

        Args:
            status: New About text.
        """
        from .._api.api.profile import profile_set_status as _op

        return cast("Result", await self._client._call(_op.asyncio_detailed, status=status))
