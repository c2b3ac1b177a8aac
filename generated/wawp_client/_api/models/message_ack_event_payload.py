# Written by openapi-python-client 0.29.1 from spec/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MessageAckEventPayload")


@_attrs_define
class MessageAckEventPayload:
    """A message's new delivery state.

    Attributes:
        id (str): Message id.
        ack (int | None): New delivery state (-1 ERROR … 4 PLAYED; GOWS never sends 1 SERVER here).
        ack_name (str): New delivery state by name.
        from_ (str | Unset): GOWS and NOWEB: the chat of the message. WEBJS: its sender, as in Message.
        to (None | str | Unset): GOWS: null (it sends receipts from groups as `message.ack.group`); NOWEB and WEBJS: as
            in Message.
        participant (None | str | Unset): Group member who read it (NOWEB and WEBJS; null on GOWS).
        from_me (bool | Unset): True for your own messages.
        field_data (Any | Unset): Raw data of the WhatsApp engine, do not rely on it: on GOWS the whatsmeow receipt, on
            WEBJS the message's raw model (WEBJS sends the whole message, as in Message), absent on NOWEB.
    """

    id: str
    ack: int | None
    ack_name: str
    from_: str | Unset = UNSET
    to: str | Unset | None = UNSET
    participant: str | Unset | None = UNSET
    from_me: bool | Unset = UNSET
    field_data: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        ack: int | None
        ack = self.ack

        ack_name = self.ack_name

        from_ = self.from_

        to: str | Unset | None
        to = UNSET if isinstance(self.to, Unset) else self.to

        participant: str | Unset | None
        participant = UNSET if isinstance(self.participant, Unset) else self.participant

        from_me = self.from_me

        field_data = self.field_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "ack": ack,
                "ackName": ack_name,
            }
        )
        if from_ is not UNSET:
            field_dict["from"] = from_
        if to is not UNSET:
            field_dict["to"] = to
        if participant is not UNSET:
            field_dict["participant"] = participant
        if from_me is not UNSET:
            field_dict["fromMe"] = from_me
        if field_data is not UNSET:
            field_dict["_data"] = field_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_ack(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        ack = _parse_ack(d.pop("ack"))

        ack_name = d.pop("ackName")

        from_ = d.pop("from", UNSET)

        def _parse_to(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(str | Unset | None, data)

        to = _parse_to(d.pop("to", UNSET))

        def _parse_participant(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(str | Unset | None, data)

        participant = _parse_participant(d.pop("participant", UNSET))

        from_me = d.pop("fromMe", UNSET)

        field_data = d.pop("_data", UNSET)

        message_ack_event_payload = cls(
            id=id,
            ack=ack,
            ack_name=ack_name,
            from_=from_,
            to=to,
            participant=participant,
            from_me=from_me,
            field_data=field_data,
        )

        message_ack_event_payload.additional_properties = d
        return message_ack_event_payload

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
