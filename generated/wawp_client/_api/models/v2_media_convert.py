# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._models import Model

if TYPE_CHECKING:
    from ..models.v2_media_convert_file import V2MediaConvertFile


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class V2MediaConvert(Model):
    """The V2MediaConvert model.

    Attributes:
        file (V2MediaConvertFile)
        output_format (str, optional): Target format (e.g. ogg)
    """

    file: V2MediaConvertFile = _attrs_field(metadata={"wire": "file"})
    output_format: str | None = _attrs_field(default=None, metadata={"wire": "outputFormat"})
