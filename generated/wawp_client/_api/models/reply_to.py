# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._models import Model


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class ReplyTo(Model):
    """The message this one quotes.

    Attributes:
        id (str): Raw id of the quoted message.
        participant (str | None, optional): Sender of the quoted message.
        body (str | None, optional): Text of the quoted message.
    """

    id: str = _attrs_field(metadata={"wire": "id"})
    participant: str | None = _attrs_field(default=None, metadata={"wire": "participant", "nullable": True})
    body: str | None = _attrs_field(default=None, metadata={"wire": "body", "nullable": True})
