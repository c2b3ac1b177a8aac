# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._models import Model


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class WawpQRCode(Model):
    """The QR image as a data URI, as the vendor documents it.

    Attributes:
        qr (str): A data:image/png;base64,... URI of the QR image.
    """

    qr: str = _attrs_field(metadata={"wire": "qr"})
