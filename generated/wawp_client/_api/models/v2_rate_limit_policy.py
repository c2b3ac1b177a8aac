# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._models import Model

if TYPE_CHECKING:
    from ..models.v2_rate_limits import V2RateLimits


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class V2RateLimitPolicy(Model):
    """The V2RateLimitPolicy model.

    Attributes:
        slug (str, optional)
        available (bool, optional): Whether this account may choose the policy.
        limits (V2RateLimits, optional): Limits a policy enforces.
    """

    slug: str | None = _attrs_field(default=None, metadata={"wire": "slug"})
    available: bool | None = _attrs_field(default=None, metadata={"wire": "available"})
    limits: V2RateLimits | None = _attrs_field(default=None, metadata={"wire": "limits"})
