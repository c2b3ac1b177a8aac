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
class ChannelCreateBody(Model):
    """The channel to create.

    Attributes:
        name (str): Channel name.
        description (str, optional): Channel description.
        picture (FileRef, optional): A file given by URL, for JSON bodies.
        type_ (str, optional): Channel type as the vendor client sends it; allowed values are not
            documented.
    """

    name: str = _attrs_field(metadata={"wire": "name"})
    description: str | None = _attrs_field(default=None, metadata={"wire": "description"})
    picture: FileRef | None = _attrs_field(default=None, metadata={"wire": "picture"})
    type_: str | None = _attrs_field(default=None, metadata={"wire": "type"})
