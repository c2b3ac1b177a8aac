from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.gows_participant import GowsParticipant
from ...models.noweb_participant_update import NowebParticipantUpdate
from ...models.participants_request import ParticipantsRequest
from ...models.webjs_participants_change import WebjsParticipantsChange
from ...types import Response


def _get_kwargs(
    id: str,
    *,
    body: ParticipantsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/groups/{id}/admin/demote".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[GowsParticipant] | list[NowebParticipantUpdate] | WebjsParticipantsChange | None:
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> list[GowsParticipant] | list[NowebParticipantUpdate] | WebjsParticipantsChange:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_engine_participants_change_type_0 = []
                _componentsschemas_engine_participants_change_type_0 = data
                for (
                    componentsschemas_engine_participants_change_type_0_item_data
                ) in _componentsschemas_engine_participants_change_type_0:
                    componentsschemas_engine_participants_change_type_0_item = GowsParticipant.from_dict(
                        componentsschemas_engine_participants_change_type_0_item_data
                    )

                    componentsschemas_engine_participants_change_type_0.append(
                        componentsschemas_engine_participants_change_type_0_item
                    )

                return componentsschemas_engine_participants_change_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_engine_participants_change_type_1 = WebjsParticipantsChange.from_dict(data)

                return componentsschemas_engine_participants_change_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            componentsschemas_engine_participants_change_type_2 = []
            _componentsschemas_engine_participants_change_type_2 = data
            for (
                componentsschemas_engine_participants_change_type_2_item_data
            ) in _componentsschemas_engine_participants_change_type_2:
                componentsschemas_engine_participants_change_type_2_item = NowebParticipantUpdate.from_dict(
                    componentsschemas_engine_participants_change_type_2_item_data
                )

                componentsschemas_engine_participants_change_type_2.append(
                    componentsschemas_engine_participants_change_type_2_item
                )

            return componentsschemas_engine_participants_change_type_2

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
) -> Response[Error | list[GowsParticipant] | list[NowebParticipantUpdate] | WebjsParticipantsChange]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ParticipantsRequest,
) -> Response[Error | list[GowsParticipant] | list[NowebParticipantUpdate] | WebjsParticipantsChange]:
    """Demote admins

     Turns admins back into regular members.

    Args:
        id (str):
        body (ParticipantsRequest): The people a group participants call acts on.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status
            is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[GowsParticipant] | list[NowebParticipantUpdate] | WebjsParticipantsChange]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ParticipantsRequest,
) -> Error | list[GowsParticipant] | list[NowebParticipantUpdate] | WebjsParticipantsChange | None:
    """Demote admins

     Turns admins back into regular members.

    Args:
        id (str):
        body (ParticipantsRequest): The people a group participants call acts on.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status
            is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[GowsParticipant] | list[NowebParticipantUpdate] | WebjsParticipantsChange
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ParticipantsRequest,
) -> Response[Error | list[GowsParticipant] | list[NowebParticipantUpdate] | WebjsParticipantsChange]:
    """Demote admins

     Turns admins back into regular members.

    Args:
        id (str):
        body (ParticipantsRequest): The people a group participants call acts on.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status
            is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[GowsParticipant] | list[NowebParticipantUpdate] | WebjsParticipantsChange]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ParticipantsRequest,
) -> Error | list[GowsParticipant] | list[NowebParticipantUpdate] | WebjsParticipantsChange | None:
    """Demote admins

     Turns admins back into regular members.

    Args:
        id (str):
        body (ParticipantsRequest): The people a group participants call acts on.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status
            is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[GowsParticipant] | list[NowebParticipantUpdate] | WebjsParticipantsChange
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
