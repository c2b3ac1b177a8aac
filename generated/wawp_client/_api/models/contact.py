# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._models import Model


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class Contact(Model):
    """A WhatsApp contact, with the fields its engine sends: GOWS only `id`, `name` and `pushname`; NOWEB Baileys'
    contact (`id`, and `name` and `pushname` when known); WEBJS the whatsapp-web.js contact with its flags
    (`number`, `shortName`, `isMe`, `isBlocked`, ...).

    Attributes:
        id (str): Contact id, e.g. 201234567890@c.us.
        number (str, optional): Phone number, digits only.
        name (str | None, optional): Name saved in the address book.
        pushname (str | None, optional): Name the contact set for themselves.
        short_name (str | None, optional): Short form of the saved name.
        is_me (bool, optional): True for the connected account.
        is_group (bool, optional): True for group ids.
        is_wa_contact (bool, optional): True when the number uses WhatsApp.
        is_my_contact (bool, optional): True when saved in the address book.
        is_blocked (bool, optional): True when blocked.
    """

    id: str = _attrs_field(metadata={"wire": "id"})
    number: str | None = _attrs_field(default=None, metadata={"wire": "number"})
    name: str | None = _attrs_field(default=None, metadata={"wire": "name", "nullable": True})
    pushname: str | None = _attrs_field(default=None, metadata={"wire": "pushname", "nullable": True})
    short_name: str | None = _attrs_field(default=None, metadata={"wire": "shortName", "nullable": True})
    is_me: bool | None = _attrs_field(default=None, metadata={"wire": "isMe"})
    is_group: bool | None = _attrs_field(default=None, metadata={"wire": "isGroup"})
    is_wa_contact: bool | None = _attrs_field(default=None, metadata={"wire": "isWAContact"})
    is_my_contact: bool | None = _attrs_field(default=None, metadata={"wire": "isMyContact"})
    is_blocked: bool | None = _attrs_field(default=None, metadata={"wire": "isBlocked"})
