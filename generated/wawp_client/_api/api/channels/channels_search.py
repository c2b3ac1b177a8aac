from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.channel_search_result import ChannelSearchResult
from ...models.error import Error
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


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChannelSearchResult | Error | None:
    if response.status_code == 200:
        response_200 = ChannelSearchResult.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 422:
        response_422 = Error.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if 500 <= response.status_code <= 599:
        response_5xx = Error.from_dict(response.json())

        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ChannelSearchResult | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
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
) -> Response[ChannelSearchResult | Error]:
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
        Response[ChannelSearchResult | Error]
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

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    view: str | Unset = UNSET,
    countries: list[str] | Unset = UNSET,
    categories: list[str] | Unset = UNSET,
    limit: int | Unset = 50,
    start_cursor: str | Unset = UNSET,
    text: str | Unset = UNSET,
) -> ChannelSearchResult | Error | None:
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
        ChannelSearchResult | Error
    """

    return sync_detailed(
        client=client,
        view=view,
        countries=countries,
        categories=categories,
        limit=limit,
        start_cursor=start_cursor,
        text=text,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    view: str | Unset = UNSET,
    countries: list[str] | Unset = UNSET,
    categories: list[str] | Unset = UNSET,
    limit: int | Unset = 50,
    start_cursor: str | Unset = UNSET,
    text: str | Unset = UNSET,
) -> Response[ChannelSearchResult | Error]:
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
        Response[ChannelSearchResult | Error]
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

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    view: str | Unset = UNSET,
    countries: list[str] | Unset = UNSET,
    categories: list[str] | Unset = UNSET,
    limit: int | Unset = 50,
    start_cursor: str | Unset = UNSET,
    text: str | Unset = UNSET,
) -> ChannelSearchResult | Error | None:
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
        ChannelSearchResult | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            view=view,
            countries=countries,
            categories=categories,
            limit=limit,
            start_cursor=start_cursor,
            text=text,
        )
    ).parsed
