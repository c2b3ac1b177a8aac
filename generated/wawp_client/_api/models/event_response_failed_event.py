# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._models import Model

if TYPE_CHECKING:
    from ..models.event_response import EventResponse
    from ..models.me import Me


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class EventResponseFailedEvent(Model):
    """Webhook `event.response.failed`: an answer to an event invitation could not be decrypted.

    Attributes:
        id (str): Event id (evt_ + ULID); the same on every retry, so use it to de-duplicate.
        timestamp (int): When the event happened, in unix milliseconds.
        event (Literal['event.response.failed']): Always `event.response.failed`.
        session (str): Engine-side session name (not necessarily the instance id).
        payload (EventResponse): A response to an event invitation.
        metadata (dict[str, str], optional): The session's metadata, when it has any.
        me (Me | None, optional): The connected account, or null before login.
        engine (str, optional): Engine that produced the event (GOWS, NOWEB, WEBJS, WPP; more may be added).
        environment (dict[str, Any], optional): Engine version information; Wawp's own examples omit it.
    """

    id: str = _attrs_field(metadata={"wire": "id"})
    timestamp: int = _attrs_field(metadata={"wire": "timestamp"})
    event: Literal["event.response.failed"] = _attrs_field(metadata={"wire": "event"})
    session: str = _attrs_field(metadata={"wire": "session"})
    payload: EventResponse = _attrs_field(metadata={"wire": "payload"})
    metadata: dict[str, str] | None = _attrs_field(default=None, metadata={"wire": "metadata"})
    me: Me | None = _attrs_field(default=None, metadata={"wire": "me", "nullable": True})
    engine: str | None = _attrs_field(default=None, metadata={"wire": "engine"})
    environment: dict[str, Any] | None = _attrs_field(default=None, metadata={"wire": "environment"})
