# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._models import Model


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class Base64File(Model):
    """A binary file carried as base64 in JSON (what the engine answers for images when JSON is asked for).

    Attributes:
        mimetype (str): Media type of the file, e.g. image/png.
        data (str): File content, base64-encoded.
    """

    mimetype: str = _attrs_field(metadata={"wire": "mimetype"})
    data: str = _attrs_field(metadata={"wire": "data"})
