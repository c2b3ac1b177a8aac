# Written by openapi-python-client 0.29.1 from spec/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.label import Label


T = TypeVar("T", bound="LabelChatAssociation")


@_attrs_define
class LabelChatAssociation:
    """A label put on or taken off a chat.

    Attributes:
        label_id (str): Label id.
        chat_id (str): Chat id.
        label (Label | None | Unset): The label, or null when not known.
    """

    label_id: str
    chat_id: str
    label: Label | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.label import Label

        label_id = self.label_id

        chat_id = self.chat_id

        label: dict[str, Any] | Unset | None
        if isinstance(self.label, Unset):
            label = UNSET
        elif isinstance(self.label, Label):
            label = self.label.to_dict()
        else:
            label = self.label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "labelId": label_id,
                "chatId": chat_id,
            }
        )
        if label is not UNSET:
            field_dict["label"] = label

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.label import Label

        d = dict(src_dict)
        label_id = d.pop("labelId")

        chat_id = d.pop("chatId")

        def _parse_label(data: object) -> Label | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                label_type_0 = Label.from_dict(data)

                return label_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Label | Unset | None, data)

        label = _parse_label(d.pop("label", UNSET))

        label_chat_association = cls(
            label_id=label_id,
            chat_id=chat_id,
            label=label,
        )

        label_chat_association.additional_properties = d
        return label_chat_association

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
