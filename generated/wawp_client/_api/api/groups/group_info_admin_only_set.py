# Written by openapi-python-client 0.29.1 from spec/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import UNSET, Response


def _get_kwargs(
    id: str,
    *,
    admins_only: bool,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["adminsOnly"] = admins_only

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/groups/{id}/settings/security/info-admin-only".format(
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
    admins_only: bool,
) -> Response[httpx.Response]:
    """Restrict editing group info

     Chooses whether only admins may change the group's name, picture and description.

    Args:
        id (str):
        admins_only (bool):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status
            is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        id=id,
        admins_only=admins_only,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(response=response)


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    admins_only: bool,
) -> Response[httpx.Response]:
    """Restrict editing group info

     Chooses whether only admins may change the group's name, picture and description.

    Args:
        id (str):
        admins_only (bool):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status
            is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        id=id,
        admins_only=admins_only,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)
