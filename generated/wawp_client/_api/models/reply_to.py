# Written by openapi-python-client 0.29.1 from spec/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReplyTo")


@_attrs_define
class ReplyTo:
    """The message this one quotes.

    Attributes:
        id (str): Raw id of the quoted message.
        participant (None | str | Unset): Sender of the quoted message.
        body (None | str | Unset): Text of the quoted message.
    """

    id: str
    participant: str | Unset | None = UNSET
    body: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        participant: str | Unset | None
        participant = UNSET if isinstance(self.participant, Unset) else self.participant

        body: str | Unset | None
        body = UNSET if isinstance(self.body, Unset) else self.body

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if participant is not UNSET:
            field_dict["participant"] = participant
        if body is not UNSET:
            field_dict["body"] = body

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_participant(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(str | Unset | None, data)

        participant = _parse_participant(d.pop("participant", UNSET))

        def _parse_body(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(str | Unset | None, data)

        body = _parse_body(d.pop("body", UNSET))

        reply_to = cls(
            id=id,
            participant=participant,
            body=body,
        )

        reply_to.additional_properties = d
        return reply_to

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
