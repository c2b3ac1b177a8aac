# Written by openapi-python-client 0.29.1 from spec/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import UNSET, Response, Unset


def _get_kwargs(
    contact_id: str,
    *,
    first_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["firstName"] = first_name

    params["lastName"] = last_name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/contacts/{contact_id}".format(
            contact_id=quote(str(contact_id), safe=""),
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
    contact_id: str,
    *,
    client: AuthenticatedClient | Client,
    first_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
) -> Response[httpx.Response]:
    """Save a contact

     Creates or updates a contact in the phone's address book.

    Args:
        contact_id (str):
        first_name (str | Unset):
        last_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status
            is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        contact_id=contact_id,
        first_name=first_name,
        last_name=last_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(response=response)


async def asyncio_detailed(
    contact_id: str,
    *,
    client: AuthenticatedClient | Client,
    first_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
) -> Response[httpx.Response]:
    """Save a contact

     Creates or updates a contact in the phone's address book.

    Args:
        contact_id (str):
        first_name (str | Unset):
        last_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status
            is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        contact_id=contact_id,
        first_name=first_name,
        last_name=last_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)
