# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._models import Model


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class Channel(Model):
    """A WhatsApp channel (newsletter). `role` is OWNER, ADMIN, SUBSCRIBER or GUEST; more may be added.

    Attributes:
        id (str): Channel id, e.g. 120363098765432109@newsletter.
        name (str): Channel name.
        description (str | None, optional): Channel description.
        invite (str, optional): Public link of the channel.
        preview (str | None, optional): Small preview image URL.
        picture (str | None, optional): Picture URL.
        verified (bool, optional): True for verified channels.
        role (str, optional): Your role in the channel (OWNER, ADMIN, SUBSCRIBER, GUEST).
        subscribers_count (int, optional): Number of followers.
    """

    id: str = _attrs_field(metadata={"wire": "id"})
    name: str = _attrs_field(metadata={"wire": "name"})
    description: str | None = _attrs_field(default=None, metadata={"wire": "description", "nullable": True})
    invite: str | None = _attrs_field(default=None, metadata={"wire": "invite"})
    preview: str | None = _attrs_field(default=None, metadata={"wire": "preview", "nullable": True})
    picture: str | None = _attrs_field(default=None, metadata={"wire": "picture", "nullable": True})
    verified: bool | None = _attrs_field(default=None, metadata={"wire": "verified"})
    role: str | None = _attrs_field(default=None, metadata={"wire": "role"})
    subscribers_count: int | None = _attrs_field(default=None, metadata={"wire": "subscribersCount"})
