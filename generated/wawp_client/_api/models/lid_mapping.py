# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._models import Model


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class LidMapping(Model):
    """Mapping between a privacy id (…@lid) and a phone-number id (…@c.us).

    Attributes:
        lid (str | None, optional): Privacy id, e.g. 109321234567890@lid.
        pn (str | None, optional): Phone-number id, e.g. 201234567890@c.us.
    """

    lid: str | None = _attrs_field(default=None, metadata={"wire": "lid", "nullable": True})
    pn: str | None = _attrs_field(default=None, metadata={"wire": "pn", "nullable": True})
