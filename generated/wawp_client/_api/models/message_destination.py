# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._models import Model


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class MessageDestination(Model):
    """Identifies a message: its id, chat and sender.

    Attributes:
        id (str): Message id.
        to (str, optional): Recipient.
        from_ (str, optional): Sender.
        from_me (bool, optional): True when sent by the connected account.
        participant (str | None, optional): Sender inside a group.
    """

    id: str = _attrs_field(metadata={"wire": "id"})
    to: str | None = _attrs_field(default=None, metadata={"wire": "to"})
    from_: str | None = _attrs_field(default=None, metadata={"wire": "from"})
    from_me: bool | None = _attrs_field(default=None, metadata={"wire": "fromMe"})
    participant: str | None = _attrs_field(default=None, metadata={"wire": "participant", "nullable": True})
