# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._models import Model


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class V2MediaSendFile(Model):
    """The V2MediaSendFile model.

    Attributes:
        url (str): A URL, or a base64 data URL for a local file.
        filename (str, optional)
        mimetype (str, optional)
    """

    url: str = _attrs_field(metadata={"wire": "url"})
    filename: str | None = _attrs_field(default=None, metadata={"wire": "filename"})
    mimetype: str | None = _attrs_field(default=None, metadata={"wire": "mimetype"})
