from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.gows_group_info import GowsGroupInfo
from ...models.noweb_group_metadata import NowebGroupMetadata
from ...models.webjs_group_chat import WebjsGroupChat
from ...types import UNSET, Response


def _get_kwargs(
    *,
    code: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["code"] = code

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/groups/join-info",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | GowsGroupInfo | NowebGroupMetadata | WebjsGroupChat | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> GowsGroupInfo | NowebGroupMetadata | WebjsGroupChat:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_engine_group_type_0 = GowsGroupInfo.from_dict(data)

                return componentsschemas_engine_group_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_engine_group_type_1 = WebjsGroupChat.from_dict(data)

                return componentsschemas_engine_group_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_engine_group_type_2 = NowebGroupMetadata.from_dict(data)

            return componentsschemas_engine_group_type_2

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

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
) -> Response[Error | GowsGroupInfo | NowebGroupMetadata | WebjsGroupChat]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    code: str,
) -> Response[Error | GowsGroupInfo | NowebGroupMetadata | WebjsGroupChat]:
    """Inspect an invite

     Returns the group an invite code or link points to, without joining.

    Args:
        code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status
            is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | GowsGroupInfo | NowebGroupMetadata | WebjsGroupChat]
    """

    kwargs = _get_kwargs(
        code=code,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    code: str,
) -> Error | GowsGroupInfo | NowebGroupMetadata | WebjsGroupChat | None:
    """Inspect an invite

     Returns the group an invite code or link points to, without joining.

    Args:
        code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status
            is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | GowsGroupInfo | NowebGroupMetadata | WebjsGroupChat
    """

    return sync_detailed(
        client=client,
        code=code,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    code: str,
) -> Response[Error | GowsGroupInfo | NowebGroupMetadata | WebjsGroupChat]:
    """Inspect an invite

     Returns the group an invite code or link points to, without joining.

    Args:
        code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status
            is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | GowsGroupInfo | NowebGroupMetadata | WebjsGroupChat]
    """

    kwargs = _get_kwargs(
        code=code,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    code: str,
) -> Error | GowsGroupInfo | NowebGroupMetadata | WebjsGroupChat | None:
    """Inspect an invite

     Returns the group an invite code or link points to, without joining.

    Args:
        code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status
            is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | GowsGroupInfo | NowebGroupMetadata | WebjsGroupChat
    """

    return (
        await asyncio_detailed(
            client=client,
            code=code,
        )
    ).parsed
