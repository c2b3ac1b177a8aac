# Written by openapi-python-client 0.29.1 from spec/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MessageDestination")


@_attrs_define
class MessageDestination:
    """Identifies a message: its id, chat and sender.

    Attributes:
        id (str): Message id.
        to (str | Unset): Recipient.
        from_ (str | Unset): Sender.
        from_me (bool | Unset): True when sent by the connected account.
        participant (None | str | Unset): Sender inside a group.
    """

    id: str
    to: str | Unset = UNSET
    from_: str | Unset = UNSET
    from_me: bool | Unset = UNSET
    participant: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        to = self.to

        from_ = self.from_

        from_me = self.from_me

        participant: str | Unset | None
        participant = UNSET if isinstance(self.participant, Unset) else self.participant

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if to is not UNSET:
            field_dict["to"] = to
        if from_ is not UNSET:
            field_dict["from"] = from_
        if from_me is not UNSET:
            field_dict["fromMe"] = from_me
        if participant is not UNSET:
            field_dict["participant"] = participant

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        to = d.pop("to", UNSET)

        from_ = d.pop("from", UNSET)

        from_me = d.pop("fromMe", UNSET)

        def _parse_participant(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(str | Unset | None, data)

        participant = _parse_participant(d.pop("participant", UNSET))

        message_destination = cls(
            id=id,
            to=to,
            from_=from_,
            from_me=from_me,
            participant=participant,
        )

        message_destination.additional_properties = d
        return message_destination

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
