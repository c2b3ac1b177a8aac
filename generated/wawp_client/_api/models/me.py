# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._models import Model


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class Me(Model):
    """The WhatsApp account connected to the instance.

    Attributes:
        id (str): Phone-number id of the account, e.g. 201234567890@c.us.
        lid (str, optional): Privacy (linked) id of the account, e.g. 109321234567890@lid.
        jid (str, optional): Id including the device number, e.g. 201234567890:12@s.whatsapp.net.
        push_name (str, optional): Display name of the account.
    """

    id: str = _attrs_field(metadata={"wire": "id"})
    lid: str | None = _attrs_field(default=None, metadata={"wire": "lid"})
    jid: str | None = _attrs_field(default=None, metadata={"wire": "jid"})
    push_name: str | None = _attrs_field(default=None, metadata={"wire": "pushName"})
