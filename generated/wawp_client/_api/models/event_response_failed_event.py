# Written by openapi-python-client 0.29.1 from spec/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_response_failed_event_environment import EventResponseFailedEventEnvironment
    from ..models.event_response_failed_event_metadata import EventResponseFailedEventMetadata
    from ..models.event_response_message import EventResponseMessage
    from ..models.me import Me


T = TypeVar("T", bound="EventResponseFailedEvent")


@_attrs_define
class EventResponseFailedEvent:
    """Webhook `event.response.failed`: an answer to an event invitation could not be decrypted.

    Attributes:
        id (str): Event id (evt_ + ULID); the same on every retry, so use it to de-duplicate.
        timestamp (int): When the event happened, in unix milliseconds.
        event (Literal['event.response.failed']): Always `event.response.failed`.
        session (str): Engine-side session name (not necessarily the instance id).
        payload (EventResponseMessage): A response to an event invitation.
        metadata (EventResponseFailedEventMetadata | Unset): The session's metadata, when it has any.
        me (Me | None | Unset): The connected account, or null before login.
        engine (str | Unset): Engine that produced the event (GOWS, NOWEB, WEBJS, WPP; more may be added).
        environment (EventResponseFailedEventEnvironment | Unset): Engine version information; Wawp's own examples omit
            it.
    """

    id: str
    timestamp: int
    event: Literal["event.response.failed"]
    session: str
    payload: EventResponseMessage
    metadata: EventResponseFailedEventMetadata | Unset = UNSET
    me: Me | Unset | None = UNSET
    engine: str | Unset = UNSET
    environment: EventResponseFailedEventEnvironment | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.me import Me

        id = self.id

        timestamp = self.timestamp

        event = self.event

        session = self.session

        payload = self.payload.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        me: dict[str, Any] | Unset | None
        if isinstance(self.me, Unset):
            me = UNSET
        elif isinstance(self.me, Me):
            me = self.me.to_dict()
        else:
            me = self.me

        engine = self.engine

        environment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.environment, Unset):
            environment = self.environment.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "timestamp": timestamp,
                "event": event,
                "session": session,
                "payload": payload,
            }
        )
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if me is not UNSET:
            field_dict["me"] = me
        if engine is not UNSET:
            field_dict["engine"] = engine
        if environment is not UNSET:
            field_dict["environment"] = environment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_response_failed_event_environment import EventResponseFailedEventEnvironment
        from ..models.event_response_failed_event_metadata import EventResponseFailedEventMetadata
        from ..models.event_response_message import EventResponseMessage
        from ..models.me import Me

        d = dict(src_dict)
        id = d.pop("id")

        timestamp = d.pop("timestamp")

        event = cast(Literal["event.response.failed"], d.pop("event"))
        if event != "event.response.failed":
            raise ValueError(f"event must match const 'event.response.failed', got '{event}'")

        session = d.pop("session")

        payload = EventResponseMessage.from_dict(d.pop("payload"))

        _metadata = d.pop("metadata", UNSET)
        metadata: EventResponseFailedEventMetadata | Unset
        metadata = UNSET if isinstance(_metadata, Unset) else EventResponseFailedEventMetadata.from_dict(_metadata)

        def _parse_me(data: object) -> Me | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                me_type_0 = Me.from_dict(data)

                return me_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Me | Unset | None, data)

        me = _parse_me(d.pop("me", UNSET))

        engine = d.pop("engine", UNSET)

        _environment = d.pop("environment", UNSET)
        environment: EventResponseFailedEventEnvironment | Unset
        if isinstance(_environment, Unset):
            environment = UNSET
        else:
            environment = EventResponseFailedEventEnvironment.from_dict(_environment)

        event_response_failed_event = cls(
            id=id,
            timestamp=timestamp,
            event=event,
            session=session,
            payload=payload,
            metadata=metadata,
            me=me,
            engine=engine,
            environment=environment,
        )

        event_response_failed_event.additional_properties = d
        return event_response_failed_event

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
