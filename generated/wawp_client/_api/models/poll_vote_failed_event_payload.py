# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._models import Model

if TYPE_CHECKING:
    from ..models.message_destination import MessageDestination
    from ..models.poll_vote import PollVote


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PollVoteFailedEventPayload(Model):
    """A poll vote that could not be decrypted.

    Attributes:
        vote (PollVote): A poll vote, keyed as the engine keys it: on GOWS like any message (`from` the
            chat, `to` and `participant` the voter in a group, null otherwise); on NOWEB and WEBJS `from` the
            voter in a group and the chat otherwise, `to` the group or, in a direct chat, "me" (NOWEB) or your
            id (WEBJS, whose vote id carries the poll's raw id).
        poll (MessageDestination): Identifies a message: its id, chat and sender.
        field_data (Any, optional): Raw data of the WhatsApp engine; its shape differs per engine, so do not
            rely on it.
    """

    vote: PollVote = _attrs_field(metadata={"wire": "vote"})
    poll: MessageDestination = _attrs_field(metadata={"wire": "poll"})
    field_data: Any = _attrs_field(default=None, metadata={"wire": "_data"})
