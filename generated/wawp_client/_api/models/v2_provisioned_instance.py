# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._models import Model


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class V2ProvisionedInstance(Model):
    """A newly provisioned instance.

    Attributes:
        instance_id (str): The 12-character instance id.
        session_name (str, optional): Engine-side session name.
        server_name (str, optional): Server the instance runs on (keep it for support requests).
    """

    instance_id: str = _attrs_field(metadata={"wire": "instance_id"})
    session_name: str | None = _attrs_field(default=None, metadata={"wire": "session_name"})
    server_name: str | None = _attrs_field(default=None, metadata={"wire": "server_name"})
