# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._models import Model


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class V2CallRef(Model):
    """The V2CallRef model.

    Attributes:
        call_id (str): Call id from the call.received event.
        from_ (str): Caller id from the call.received event.
    """

    call_id: str = _attrs_field(metadata={"wire": "callId"})
    from_: str = _attrs_field(metadata={"wire": "from"})
