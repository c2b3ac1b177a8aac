# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._models import Model


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class ContactAbout(Model):
    """The "About" text of a contact, as `{about}` (WEBJS builds it from whatsapp-web.js' getAbout, which is null
    when hidden).

    Attributes:
        about (str | None): The About text, or null when hidden.
    """

    about: str | None = _attrs_field(metadata={"wire": "about", "nullable": True})
