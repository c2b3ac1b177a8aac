# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._models import Model


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class Media(Model):
    """Media attached to a message.

    Attributes:
        url (str, optional): Where to download the file from.
        mimetype (str, optional): Media type of the file.
        filename (str | None, optional): Original file name, when known.
        error (Any, optional): Download error, or null.
    """

    url: str | None = _attrs_field(default=None, metadata={"wire": "url"})
    mimetype: str | None = _attrs_field(default=None, metadata={"wire": "mimetype"})
    filename: str | None = _attrs_field(default=None, metadata={"wire": "filename", "nullable": True})
    error: Any = _attrs_field(default=None, metadata={"wire": "error"})
