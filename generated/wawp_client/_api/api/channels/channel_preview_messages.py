# Written by openapi-python-client 0.29.1 from spec/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    download_media: bool | Unset = False,
    limit: int | Unset = 10,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["downloadMedia"] = download_media

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/channels/{id}/messages/preview".format(
            id=quote(str(id), safe=""),
        ),
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
    id: str,
    *,
    client: AuthenticatedClient | Client,
    download_media: bool | Unset = False,
    limit: int | Unset = 10,
) -> Response[httpx.Response]:
    """Preview channel messages

     Returns recent messages of a public channel without following it.

    Args:
        id (str):
        download_media (bool | Unset):  Default: False.
        limit (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status
            is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        id=id,
        download_media=download_media,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(response=response)


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    download_media: bool | Unset = False,
    limit: int | Unset = 10,
) -> Response[httpx.Response]:
    """Preview channel messages

     Returns recent messages of a public channel without following it.

    Args:
        id (str):
        download_media (bool | Unset):  Default: False.
        limit (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status
            is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        id=id,
        download_media=download_media,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)
