# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._models import Model

if TYPE_CHECKING:
    from ..models.v2_flag_type_1 import V2FlagType1


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class V2VoiceStatus(Model):
    """The V2VoiceStatus model.

    Attributes:
        fileurl (str)
        filemimetype (str)
        filefilename (str, optional)
        convert (bool | V2FlagType1, optional): A boolean, or its text as the pages' samples send it.
        caption (str, optional)
    """

    fileurl: str = _attrs_field(metadata={"wire": "file[url]"})
    filemimetype: str = _attrs_field(metadata={"wire": "file[mimetype]"})
    filefilename: str | None = _attrs_field(default=None, metadata={"wire": "file[filename]"})
    convert: bool | V2FlagType1 | None = _attrs_field(default=None, metadata={"wire": "convert"})
    caption: str | None = _attrs_field(default=None, metadata={"wire": "caption"})
