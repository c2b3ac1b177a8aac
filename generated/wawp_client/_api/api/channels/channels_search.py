# Written by openapi-python-client 0.29.1 from spec/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    view: str | Unset = UNSET,
    countries: list[str] | Unset = UNSET,
    categories: list[str] | Unset = UNSET,
    limit: int | Unset = 50,
    start_cursor: str | Unset = UNSET,
    text: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["view"] = view

    json_countries: list[str] | Unset = UNSET
    if not isinstance(countries, Unset):
        json_countries = countries

    params["countries[]"] = json_countries

    json_categories: list[str] | Unset = UNSET
    if not isinstance(categories, Unset):
        json_categories = categories

    params["categories[]"] = json_categories

    params["limit"] = limit

    params["startCursor"] = start_cursor

    params["text"] = text

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/channels/search",
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
    view: str | Unset = UNSET,
    countries: list[str] | Unset = UNSET,
    categories: list[str] | Unset = UNSET,
    limit: int | Unset = 50,
    start_cursor: str | Unset = UNSET,
    text: str | Unset = UNSET,
) -> Response[httpx.Response]:
    """Search public channels

     Searches the channel directory either by view (`view`) or by text (`text`), filtered by countries
    and categories, one page at a time (`limit`, `startCursor`).

    Args:
        view (str | Unset):
        countries (list[str] | Unset):
        categories (list[str] | Unset):
        limit (int | Unset):  Default: 50.
        start_cursor (str | Unset):
        text (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status
            is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        view=view,
        countries=countries,
        categories=categories,
        limit=limit,
        start_cursor=start_cursor,
        text=text,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    view: str | Unset = UNSET,
    countries: list[str] | Unset = UNSET,
    categories: list[str] | Unset = UNSET,
    limit: int | Unset = 50,
    start_cursor: str | Unset = UNSET,
    text: str | Unset = UNSET,
) -> Response[httpx.Response]:
    """Search public channels

     Searches the channel directory either by view (`view`) or by text (`text`), filtered by countries
    and categories, one page at a time (`limit`, `startCursor`).

    Args:
        view (str | Unset):
        countries (list[str] | Unset):
        categories (list[str] | Unset):
        limit (int | Unset):  Default: 50.
        start_cursor (str | Unset):
        text (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status
            is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        view=view,
        countries=countries,
        categories=categories,
        limit=limit,
        start_cursor=start_cursor,
        text=text,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)
