# Written by openapi-python-client 0.29.1 from spec/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.webjs_participant_add_result import WebjsParticipantAddResult


T = TypeVar("T", bound="WebjsParticipantsAdded")


@_attrs_define
class WebjsParticipantsAdded:
    """whatsapp-web.js' answer to adding members, keyed by participant id."""

    additional_properties: dict[str, WebjsParticipantAddResult] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webjs_participant_add_result import WebjsParticipantAddResult

        d = dict(src_dict)
        webjs_participants_added = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = WebjsParticipantAddResult.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        webjs_participants_added.additional_properties = additional_properties
        return webjs_participants_added

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> WebjsParticipantAddResult:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: WebjsParticipantAddResult) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
