# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._models import Model

if TYPE_CHECKING:
    from ..models.gows_message import GowsMessage


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class GowsSentMessage(Model):
    """A send's reply on the GOWS engine (WAHA's `messageResponse`). `id` is built from the message key the engine
    returned; `_data` is the message whatsmeow sent (`Info` and `Message`), or null when the engine returned none.

    Attributes:
        id (str): Serialized id of the new message, e.g. true_201234567890@c.us_3EB0C767D26A1D8A9C11 (in a
            group or on a status the sender follows: true_120363012345678901@g.us_3EB0..._201000000001@c.us).
        field_data (GowsMessage | None): The sent message as whatsmeow describes it, or null.
    """

    id: str = _attrs_field(metadata={"wire": "id"})
    field_data: GowsMessage | None = _attrs_field(metadata={"wire": "_data", "nullable": True})
