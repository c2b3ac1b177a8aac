# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._models import Model


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class V2TempLink(Model):
    """The V2TempLink model.

    Attributes:
        link (str | None): The QR-code page, valid 30 minutes; null when no link is active.
    """

    link: str | None = _attrs_field(metadata={"wire": "link", "nullable": True})
