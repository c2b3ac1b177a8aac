# Written by openapi-python-client 0.29.1 from spec/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.auth_get_qr_format import AuthGetQrFormat
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    format_: AuthGetQrFormat | Unset = "image",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_

    params["format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/getQr",
        "params": params,
    }

    return _kwargs


def _build_response(*, response: httpx.Response) -> Response[httpx.Response]:
    # ``parsed`` carries the httpx response itself: the facade (wawp_client._parsing) builds the result
    # from it, tolerantly or strictly as the client is set up, or hands it out through with_raw_response.
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=response,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    format_: AuthGetQrFormat | Unset = "image",
) -> Response[httpx.Response]:
    """Get the login QR code

     While the session is in SCAN_QR_CODE, returns the QR code to scan with WhatsApp > Linked devices: a
    base64 PNG by default, or the raw text with `format=raw`. The code rotates every few tens of
    seconds.

    Args:
        format_ (AuthGetQrFormat | Unset):  Default: 'image'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status
            is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        format_=format_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    format_: AuthGetQrFormat | Unset = "image",
) -> Response[httpx.Response]:
    """Get the login QR code

     While the session is in SCAN_QR_CODE, returns the QR code to scan with WhatsApp > Linked devices: a
    base64 PNG by default, or the raw text with `format=raw`. The code rotates every few tens of
    seconds.

    Args:
        format_ (AuthGetQrFormat | Unset):  Default: 'image'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status
            is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        format_=format_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)
