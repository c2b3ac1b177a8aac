# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._models import Model


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class WebjsWid(Model):
    """A WhatsApp Web id object (`Wid`).

    Attributes:
        field_serialized (str): The whole id, e.g. 201234567890@c.us.
        server (str, optional): Id domain: c.us, g.us, lid, newsletter or broadcast.
        user (str, optional): Id part before the @, e.g. 201234567890.
    """

    field_serialized: str = _attrs_field(metadata={"wire": "_serialized"})
    server: str | None = _attrs_field(default=None, metadata={"wire": "server"})
    user: str | None = _attrs_field(default=None, metadata={"wire": "user"})
