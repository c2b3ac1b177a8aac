# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._models import Model


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class SendPollBodyPoll(Model):
    """The poll to send.

    Attributes:
        name (str): The question.
        options (list[str]): Answer choices, 2 to 12.
        multiple_answers (bool, optional): Allow choosing more than one option.
    """

    name: str = _attrs_field(metadata={"wire": "name"})
    options: list[str] = _attrs_field(metadata={"wire": "options"})
    multiple_answers: bool | None = _attrs_field(default=False, metadata={"wire": "multipleAnswers"})
