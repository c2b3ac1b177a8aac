# Written by openapi-python-client 0.29.1 from spec/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.session_status_event_payload_statuses_item import SessionStatusEventPayloadStatusesItem


T = TypeVar("T", bound="SessionStatusEventPayload")


@_attrs_define
class SessionStatusEventPayload:
    """The session's new state.

    Attributes:
        name (str): Engine-side session name.
        status (str): New lifecycle state (STOPPED, STARTING, SCAN_QR_CODE, PASSKEY_REQUIRED,
            PASSKEY_CONFIRMATION_REQUIRED, WORKING, FAILED; more may be added).
        statuses (list[SessionStatusEventPayloadStatusesItem] | Unset): Recent state history, oldest first.
    """

    name: str
    status: str
    statuses: list[SessionStatusEventPayloadStatusesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        status = self.status

        statuses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.statuses, Unset):
            statuses = []
            for statuses_item_data in self.statuses:
                statuses_item = statuses_item_data.to_dict()
                statuses.append(statuses_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "status": status,
            }
        )
        if statuses is not UNSET:
            field_dict["statuses"] = statuses

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.session_status_event_payload_statuses_item import SessionStatusEventPayloadStatusesItem

        d = dict(src_dict)
        name = d.pop("name")

        status = d.pop("status")

        _statuses = d.pop("statuses", UNSET)
        statuses: list[SessionStatusEventPayloadStatusesItem] | Unset = UNSET
        if _statuses is not UNSET:
            statuses = []
            for statuses_item_data in _statuses:
                statuses_item = SessionStatusEventPayloadStatusesItem.from_dict(statuses_item_data)

                statuses.append(statuses_item)

        session_status_event_payload = cls(
            name=name,
            status=status,
            statuses=statuses,
        )

        session_status_event_payload.additional_properties = d
        return session_status_event_payload

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
