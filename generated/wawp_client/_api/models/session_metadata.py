# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._models import Model


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class SessionMetadata(Model):
    """Key/value metadata Wawp stores on the session (owner user id, display name, e-mail, the instance id). Values
    are strings; other keys may appear.

    Attributes:
        instance_id (str, optional): The instance id of this session (for createSession, the id of the new
            instance).
        user_id (str, optional): Wawp user id of the account owner.
        display_name (str, optional): Display name of the account owner.
        user_email (str, optional): E-mail of the account owner.
        access_token (str, optional): The account token echoed back by Wawp (a secret; do not log it).
    """

    instance_id: str | None = _attrs_field(default=None, metadata={"wire": "instance_id"})
    user_id: str | None = _attrs_field(default=None, metadata={"wire": "user_id"})
    display_name: str | None = _attrs_field(default=None, metadata={"wire": "display_name"})
    user_email: str | None = _attrs_field(default=None, metadata={"wire": "user_email"})
    access_token: str | None = _attrs_field(default=None, metadata={"wire": "access_token"})
