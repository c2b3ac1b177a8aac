# Written by openapi-python-client 0.29.1 from spec/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.gows_message import GowsMessage


T = TypeVar("T", bound="GowsSentMessage")


@_attrs_define
class GowsSentMessage:
    """A send's reply on the GOWS engine (WAHA's `messageResponse`). `id` is built from the message key the engine
    returned; `_data` is the message whatsmeow sent (`Info` and `Message`), or null when the engine returned none.

        Attributes:
            id (str): Serialized id of the new message, e.g. true_201234567890@c.us_3EB0C767D26A1D8A9C11 (in a group or
                on a
                status the sender follows: true_120363012345678901@g.us_3EB0..._201000000001@c.us).
            field_data (GowsMessage | None): The sent message as whatsmeow describes it, or null.
    """

    id: str
    field_data: GowsMessage | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.gows_message import GowsMessage

        id = self.id

        field_data: dict[str, Any] | None
        field_data = self.field_data.to_dict() if isinstance(self.field_data, GowsMessage) else self.field_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "_data": field_data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.gows_message import GowsMessage

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_field_data(data: object) -> GowsMessage | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                field_data_type_0 = GowsMessage.from_dict(data)

                return field_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GowsMessage | None, data)

        field_data = _parse_field_data(d.pop("_data"))

        gows_sent_message = cls(
            id=id,
            field_data=field_data,
        )

        gows_sent_message.additional_properties = d
        return gows_sent_message

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
