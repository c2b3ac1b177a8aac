# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._models import Model


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class VCardContact(Model):
    """A contact to share: either the structured fields or a ready vCard text.

    Attributes:
        full_name (str, optional): Full name.
        organization (str, optional): Company.
        phone_number (str, optional): Phone number as shown on the card.
        whatsapp_id (str, optional): WhatsApp number, digits only.
        vcard (str, optional): A complete vCard text, instead of the fields above.
    """

    full_name: str | None = _attrs_field(default=None, metadata={"wire": "fullName"})
    organization: str | None = _attrs_field(default=None, metadata={"wire": "organization"})
    phone_number: str | None = _attrs_field(default=None, metadata={"wire": "phoneNumber"})
    whatsapp_id: str | None = _attrs_field(default=None, metadata={"wire": "whatsappId"})
    vcard: str | None = _attrs_field(default=None, metadata={"wire": "vcard"})
