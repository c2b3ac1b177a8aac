# Written by openapi-python-client 0.29.1 from spec/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.message_destination import MessageDestination
    from ..models.poll_vote import PollVote


T = TypeVar("T", bound="PollVoteFailedEventPayload")


@_attrs_define
class PollVoteFailedEventPayload:
    """A poll vote that could not be decrypted.

    Attributes:
        vote (PollVote): A poll vote, keyed as the engine keys it: on GOWS like any message (`from` the chat, `to` and
            `participant` the voter in a group, null otherwise); on NOWEB and WEBJS `from` the voter in a group and the
            chat
            otherwise, `to` the group or, in a direct chat, "me" (NOWEB) or your id (WEBJS, whose vote id carries the
            poll's
            raw id).
        poll (MessageDestination): Identifies a message: its id, chat and sender.
        field_data (Any | Unset): Raw data of the WhatsApp engine; its shape differs per engine, so do not rely on it.
    """

    vote: PollVote
    poll: MessageDestination
    field_data: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        vote = self.vote.to_dict()

        poll = self.poll.to_dict()

        field_data = self.field_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "vote": vote,
                "poll": poll,
            }
        )
        if field_data is not UNSET:
            field_dict["_data"] = field_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.message_destination import MessageDestination
        from ..models.poll_vote import PollVote

        d = dict(src_dict)
        vote = PollVote.from_dict(d.pop("vote"))

        poll = MessageDestination.from_dict(d.pop("poll"))

        field_data = d.pop("_data", UNSET)

        poll_vote_failed_event_payload = cls(
            vote=vote,
            poll=poll,
            field_data=field_data,
        )

        poll_vote_failed_event_payload.additional_properties = d
        return poll_vote_failed_event_payload

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
