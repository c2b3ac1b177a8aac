# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._models import Model


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class FileRef(Model):
    """A file given by URL, for JSON bodies.

    Attributes:
        url (str): Public URL Wawp downloads the file from.
        filename (str, optional): File name to show.
        mimetype (str, optional): Media type of the image, e.g. image/jpeg.
    """

    url: str = _attrs_field(metadata={"wire": "url"})
    filename: str | None = _attrs_field(default=None, metadata={"wire": "filename"})
    mimetype: str | None = _attrs_field(default=None, metadata={"wire": "mimetype"})
