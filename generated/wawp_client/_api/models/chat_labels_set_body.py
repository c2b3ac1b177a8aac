# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._models import Model

if TYPE_CHECKING:
    from ..models.label_ref import LabelRef


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class ChatLabelsSetBody(Model):
    """The complete label set of the chat.

    Attributes:
        labels (list[LabelRef]): Every label the chat should carry; labels not listed are removed.
    """

    labels: list[LabelRef] = _attrs_field(metadata={"wire": "labels"})
