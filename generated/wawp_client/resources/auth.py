# Rendered by generator/generate.py from spec/openapi.yaml. Do not edit: regenerate with `nox -s generate`.
"""The ``client.auth`` namespace: Link a phone to a session: QR code, pairing code, screenshot."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from .._api.models.auth_get_qr_format import AuthGetQrFormat
from .._base_client import AsyncResource, SyncResource

if TYPE_CHECKING:
    from .._api.models.base_64_file import Base64File
    from .._api.models.pairing_code import PairingCode
    from .._api.models.qr_code_value import QRCodeValue
    from .._api.models.wawp_qr_code import WawpQRCode
    from .._api.types import Unset

__all__ = ["AsyncAuthResource", "AuthResource"]


class AuthResource(SyncResource):
    """``client.auth``: Link a phone to a session: QR code, pairing code, screenshot."""

    def get_qr(
        self,
        *,
        format: AuthGetQrFormat | Unset = AuthGetQrFormat.IMAGE,
    ) -> Base64File | QRCodeValue | WawpQRCode:
        """Get the login QR code

        ``GET /getQr`` (operation ``authGetQr``).

        Args:
            format: `raw` returns the QR payload text instead of a base64 PNG image.
        """
        from .._api.api.auth import auth_get_qr as _op

        return cast("Base64File | QRCodeValue | WawpQRCode", self._client._call(_op.sync_detailed, format_=format))

    def request_code(
        self,
        *,
        phone_number: str,
    ) -> PairingCode:
        """Request a pairing code

        ``POST /requestCode`` (operation ``authRequestCode``).

        Args:
            phone_number: Phone number to link, international format, digits only.
        """
        from .._api.api.auth import auth_request_code as _op

        return cast("PairingCode", self._client._call(_op.sync_detailed, phone_number=phone_number))

    def screenshot(
        self,
    ) -> Base64File:
        """Get a screenshot of the engine

        ``GET /getScreenshot`` (operation ``authScreenshot``).
        """
        from .._api.api.auth import auth_screenshot as _op

        return cast("Base64File", self._client._call(_op.sync_detailed))


class AsyncAuthResource(AsyncResource):
    """``client.auth``: Link a phone to a session: QR code, pairing code, screenshot."""

    async def get_qr(
        self,
        *,
        format: AuthGetQrFormat | Unset = AuthGetQrFormat.IMAGE,
    ) -> Base64File | QRCodeValue | WawpQRCode:
        """Get the login QR code

        ``GET /getQr`` (operation ``authGetQr``).

        Args:
            format: `raw` returns the QR payload text instead of a base64 PNG image.
        """
        from .._api.api.auth import auth_get_qr as _op

        return cast(
            "Base64File | QRCodeValue | WawpQRCode", await self._client._call(_op.asyncio_detailed, format_=format)
        )

    async def request_code(
        self,
        *,
        phone_number: str,
    ) -> PairingCode:
        """Request a pairing code

        ``POST /requestCode`` (operation ``authRequestCode``).

        Args:
            phone_number: Phone number to link, international format, digits only.
        """
        from .._api.api.auth import auth_request_code as _op

        return cast("PairingCode", await self._client._call(_op.asyncio_detailed, phone_number=phone_number))

    async def screenshot(
        self,
    ) -> Base64File:
        """Get a screenshot of the engine

        ``GET /getScreenshot`` (operation ``authScreenshot``).
        """
        from .._api.api.auth import auth_screenshot as _op

        return cast("Base64File", await self._client._call(_op.asyncio_detailed))
