# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._models import Model


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PollVote(Model):
    """A poll vote, keyed as the engine keys it: on GOWS like any message (`from` the chat, `to` and `participant`
    the voter in a group, null otherwise); on NOWEB and WEBJS `from` the voter in a group and the chat otherwise,
    `to` the group or, in a direct chat, "me" (NOWEB) or your id (WEBJS, whose vote id carries the poll's raw id).

    Attributes:
        id (str): Message id.
        to (str | None, optional): Recipient (null on GOWS outside groups).
        from_ (str, optional): Sender.
        from_me (bool, optional): True when sent by the connected account.
        participant (str | None, optional): The voter inside a group (GOWS; null otherwise).
        selected_options (list[str] | None, optional): Options chosen; in poll.vote.failed empty (NOWEB) or
            null (GOWS).
        timestamp (int, optional): When the vote was cast: unix milliseconds (NOWEB's failed votes: unix
            seconds).
    """

    id: str = _attrs_field(metadata={"wire": "id"})
    to: str | None = _attrs_field(default=None, metadata={"wire": "to", "nullable": True})
    from_: str | None = _attrs_field(default=None, metadata={"wire": "from"})
    from_me: bool | None = _attrs_field(default=None, metadata={"wire": "fromMe"})
    participant: str | None = _attrs_field(default=None, metadata={"wire": "participant", "nullable": True})
    selected_options: list[str] | None = _attrs_field(
        default=None, metadata={"wire": "selectedOptions", "nullable": True}
    )
    timestamp: int | None = _attrs_field(default=None, metadata={"wire": "timestamp"})
