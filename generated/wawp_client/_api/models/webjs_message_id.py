# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._models import Model


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class WebjsMessageId(Model):
    """A WhatsApp Web message key. `_serialized` is the serialized message id the rest of the API uses.

    Attributes:
        field_serialized (str): Serialized id, e.g. true_201234567890@c.us_3EB0C767D26A1D8A9C11.
        from_me (bool, optional): True when the connected account sent the message.
        remote (Any, optional): The chat, as an id string (e.g. 201234567890@c.us) or a WebjsWid object.
        id (str, optional): Raw message id.
        participant (Any, optional): Sender inside a group, when present.
    """

    field_serialized: str = _attrs_field(metadata={"wire": "_serialized"})
    from_me: bool | None = _attrs_field(default=None, metadata={"wire": "fromMe"})
    remote: Any = _attrs_field(default=None, metadata={"wire": "remote"})
    id: str | None = _attrs_field(default=None, metadata={"wire": "id"})
    participant: Any = _attrs_field(default=None, metadata={"wire": "participant"})
