# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._models import Model


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class V2WebhookRetries(Model):
    """The V2WebhookRetries model.

    Attributes:
        delay (int, optional): Seconds between attempts (default 2).
        attempts (int, optional): Attempts before giving up (default 15).
    """

    delay: int | None = _attrs_field(default=None, metadata={"wire": "delay"})
    attempts: int | None = _attrs_field(default=None, metadata={"wire": "attempts"})
