# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._models import Model


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class WawpSendAck(Model):
    """Wawp's own acknowledgement of a send, which the vendor's WordPress plugin treats as success: whether the
    message went out and the HTTP status the engine answered. It carries no message id.

    Attributes:
        sent (bool): True when the engine accepted the message.
        upstream_status (int, optional): HTTP status of the engine's reply, e.g. 201.
    """

    sent: bool = _attrs_field(metadata={"wire": "sent"})
    upstream_status: int | None = _attrs_field(default=None, metadata={"wire": "upstream_status"})
