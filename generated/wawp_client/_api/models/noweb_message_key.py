# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._models import Model


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class NowebMessageKey(Model):
    """A Baileys message key.

    Attributes:
        id (str): Raw message id, e.g. 3EB0C767D26A1D8A9C11.
        remote_jid (str, optional): Chat JID, e.g. 201234567890@s.whatsapp.net or status@broadcast.
        from_me (bool, optional): True for a message the connected account sent.
        participant (str | None, optional): Sender inside a group, when present.
    """

    id: str = _attrs_field(metadata={"wire": "id"})
    remote_jid: str | None = _attrs_field(default=None, metadata={"wire": "remoteJid"})
    from_me: bool | None = _attrs_field(default=None, metadata={"wire": "fromMe"})
    participant: str | None = _attrs_field(default=None, metadata={"wire": "participant", "nullable": True})
