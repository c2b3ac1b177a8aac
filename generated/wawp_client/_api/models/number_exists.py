# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._models import Model


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class NumberExists(Model):
    """Whether a phone number has a WhatsApp account.

    Attributes:
        number_exists (bool): True when the number is on WhatsApp.
        chat_id (str | None, optional): Chat id to use for the number, when it exists.
        pn (str | None, optional): Phone-number id of the account (GOWS adds it; it differs from `chatId`
            when WhatsApp answers with a privacy id).
    """

    number_exists: bool = _attrs_field(metadata={"wire": "numberExists"})
    chat_id: str | None = _attrs_field(default=None, metadata={"wire": "chatId", "nullable": True})
    pn: str | None = _attrs_field(default=None, metadata={"wire": "pn", "nullable": True})
