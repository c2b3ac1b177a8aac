# Written by openapi-python-client 0.29.1 from spec/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SendPollBodyPoll")


@_attrs_define
class SendPollBodyPoll:
    """The poll to send.

    Attributes:
        name (str): The question.
        options (list[str]): Answer choices, 2 to 12.
        multiple_answers (bool | Unset): Allow choosing more than one option. Default: False.
    """

    name: str
    options: list[str]
    multiple_answers: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        options = self.options

        multiple_answers = self.multiple_answers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "options": options,
            }
        )
        if multiple_answers is not UNSET:
            field_dict["multipleAnswers"] = multiple_answers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        options = cast(list[str], d.pop("options"))

        multiple_answers = d.pop("multipleAnswers", UNSET)

        send_poll_body_poll = cls(
            name=name,
            options=options,
            multiple_answers=multiple_answers,
        )

        send_poll_body_poll.additional_properties = d
        return send_poll_body_poll

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
