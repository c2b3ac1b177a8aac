# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._models import Model

if TYPE_CHECKING:
    from ..models.file_ref import FileRef


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class GroupPictureSetBody(Model):
    """The new picture.

    Attributes:
        file (FileRef): A file given by URL, for JSON bodies.
    """

    file: FileRef = _attrs_field(metadata={"wire": "file"})
