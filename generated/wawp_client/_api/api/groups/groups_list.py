from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.gows_group_info import GowsGroupInfo
from ...models.groups_list_sort_order import GroupsListSortOrder
from ...models.noweb_group_map import NowebGroupMap
from ...models.webjs_group_chat import WebjsGroupChat
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    sort_order: GroupsListSortOrder | Unset = UNSET,
    offset: int | Unset = 0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    json_sort_order: str | Unset = UNSET
    if not isinstance(sort_order, Unset):
        json_sort_order = sort_order.value

    params["sortOrder"] = json_sort_order

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/groups",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[GowsGroupInfo] | list[WebjsGroupChat] | NowebGroupMap | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> list[GowsGroupInfo] | list[WebjsGroupChat] | NowebGroupMap:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_engine_group_list_type_0 = []
                _componentsschemas_engine_group_list_type_0 = data
                for componentsschemas_engine_group_list_type_0_item_data in _componentsschemas_engine_group_list_type_0:
                    componentsschemas_engine_group_list_type_0_item = GowsGroupInfo.from_dict(
                        componentsschemas_engine_group_list_type_0_item_data
                    )

                    componentsschemas_engine_group_list_type_0.append(componentsschemas_engine_group_list_type_0_item)

                return componentsschemas_engine_group_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_engine_group_list_type_1 = []
                _componentsschemas_engine_group_list_type_1 = data
                for componentsschemas_engine_group_list_type_1_item_data in _componentsschemas_engine_group_list_type_1:
                    componentsschemas_engine_group_list_type_1_item = WebjsGroupChat.from_dict(
                        componentsschemas_engine_group_list_type_1_item_data
                    )

                    componentsschemas_engine_group_list_type_1.append(componentsschemas_engine_group_list_type_1_item)

                return componentsschemas_engine_group_list_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_engine_group_list_type_2 = NowebGroupMap.from_dict(data)

            return componentsschemas_engine_group_list_type_2

        response_200 = _parse_response_200(response.json())

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
) -> Response[Error | list[GowsGroupInfo] | list[WebjsGroupChat] | NowebGroupMap]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    sort_order: GroupsListSortOrder | Unset = UNSET,
    offset: int | Unset = 0,
) -> Response[Error | list[GowsGroupInfo] | list[WebjsGroupChat] | NowebGroupMap]:
    """List groups

     Returns the groups the account belongs to.

    Args:
        limit (int | Unset):
        sort_order (GroupsListSortOrder | Unset):
        offset (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status
            is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[GowsGroupInfo] | list[WebjsGroupChat] | NowebGroupMap]
    """

    kwargs = _get_kwargs(
        limit=limit,
        sort_order=sort_order,
        offset=offset,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    sort_order: GroupsListSortOrder | Unset = UNSET,
    offset: int | Unset = 0,
) -> Error | list[GowsGroupInfo] | list[WebjsGroupChat] | NowebGroupMap | None:
    """List groups

     Returns the groups the account belongs to.

    Args:
        limit (int | Unset):
        sort_order (GroupsListSortOrder | Unset):
        offset (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status
            is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[GowsGroupInfo] | list[WebjsGroupChat] | NowebGroupMap
    """

    return sync_detailed(
        client=client,
        limit=limit,
        sort_order=sort_order,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    sort_order: GroupsListSortOrder | Unset = UNSET,
    offset: int | Unset = 0,
) -> Response[Error | list[GowsGroupInfo] | list[WebjsGroupChat] | NowebGroupMap]:
    """List groups

     Returns the groups the account belongs to.

    Args:
        limit (int | Unset):
        sort_order (GroupsListSortOrder | Unset):
        offset (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status
            is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[GowsGroupInfo] | list[WebjsGroupChat] | NowebGroupMap]
    """

    kwargs = _get_kwargs(
        limit=limit,
        sort_order=sort_order,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    sort_order: GroupsListSortOrder | Unset = UNSET,
    offset: int | Unset = 0,
) -> Error | list[GowsGroupInfo] | list[WebjsGroupChat] | NowebGroupMap | None:
    """List groups

     Returns the groups the account belongs to.

    Args:
        limit (int | Unset):
        sort_order (GroupsListSortOrder | Unset):
        offset (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status
            is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[GowsGroupInfo] | list[WebjsGroupChat] | NowebGroupMap
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            sort_order=sort_order,
            offset=offset,
        )
    ).parsed
