# Written by openapi-python-client 0.29.1 from spec/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...types import UNSET, Response


def _get_kwargs(
    *,
    phone: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["phone"] = phone

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/contacts/check-exists",
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
    phone: str,
) -> Response[httpx.Response]:
    """Check a number

     Tells whether a phone number has a WhatsApp account and which chat id to use for it.

    Args:
        phone (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status
            is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        phone=phone,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    phone: str,
) -> Response[httpx.Response]:
    """Check a number

     Tells whether a phone number has a WhatsApp account and which chat id to use for it.

    Args:
        phone (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status
            is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        phone=phone,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)
