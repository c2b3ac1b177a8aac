# Written by openapi-python-client 0.29.1 from spec/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PollVote")


@_attrs_define
class PollVote:
    """A poll vote, keyed as the engine keys it: on GOWS like any message (`from` the chat, `to` and `participant` the
    voter in a group, null otherwise); on NOWEB and WEBJS `from` the voter in a group and the chat otherwise, `to` the
    group or, in a direct chat, "me" (NOWEB) or your id (WEBJS, whose vote id carries the poll's raw id).

        Attributes:
            id (str): Message id.
            to (None | str | Unset): Recipient (null on GOWS outside groups).
            from_ (str | Unset): Sender.
            from_me (bool | Unset): True when sent by the connected account.
            participant (None | str | Unset): The voter inside a group (GOWS; null otherwise).
            selected_options (list[str] | None | Unset): Options chosen; in poll.vote.failed empty (NOWEB) or null
                (GOWS).
            timestamp (int | Unset): When the vote was cast: unix milliseconds (NOWEB's failed votes: unix seconds).
    """

    id: str
    to: str | Unset | None = UNSET
    from_: str | Unset = UNSET
    from_me: bool | Unset = UNSET
    participant: str | Unset | None = UNSET
    selected_options: list[str] | Unset | None = UNSET
    timestamp: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        to: str | Unset | None
        to = UNSET if isinstance(self.to, Unset) else self.to

        from_ = self.from_

        from_me = self.from_me

        participant: str | Unset | None
        participant = UNSET if isinstance(self.participant, Unset) else self.participant

        selected_options: list[str] | Unset | None
        if isinstance(self.selected_options, Unset):
            selected_options = UNSET
        elif isinstance(self.selected_options, list):
            selected_options = self.selected_options

        else:
            selected_options = self.selected_options

        timestamp = self.timestamp

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
        if selected_options is not UNSET:
            field_dict["selectedOptions"] = selected_options
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_to(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(str | Unset | None, data)

        to = _parse_to(d.pop("to", UNSET))

        from_ = d.pop("from", UNSET)

        from_me = d.pop("fromMe", UNSET)

        def _parse_participant(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(str | Unset | None, data)

        participant = _parse_participant(d.pop("participant", UNSET))

        def _parse_selected_options(data: object) -> list[str] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                selected_options_type_0 = cast(list[str], data)

                return selected_options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | Unset | None, data)

        selected_options = _parse_selected_options(d.pop("selectedOptions", UNSET))

        timestamp = d.pop("timestamp", UNSET)

        poll_vote = cls(
            id=id,
            to=to,
            from_=from_,
            from_me=from_me,
            participant=participant,
            selected_options=selected_options,
            timestamp=timestamp,
        )

        poll_vote.additional_properties = d
        return poll_vote

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
