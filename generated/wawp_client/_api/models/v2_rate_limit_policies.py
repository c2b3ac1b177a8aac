# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._models import Model

if TYPE_CHECKING:
    from ..models.v2_rate_limit_policy import V2RateLimitPolicy


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class V2RateLimitPolicies(Model):
    """The session's policy and the policies it may choose. Field names as the page's prose gives them; their nesting
    is not shown.

    Attributes:
        has_active_plan (bool, optional): True on a paid plan, which may choose any policy.
        policies (list[V2RateLimitPolicy], optional)
        free_policies (list[V2RateLimitPolicy], optional): The policies a free plan may choose (typically
            strict and standard_policy).
    """

    has_active_plan: bool | None = _attrs_field(default=None, metadata={"wire": "has_active_plan"})
    policies: list[V2RateLimitPolicy] | None = _attrs_field(default=None, metadata={"wire": "policies"})
    free_policies: list[V2RateLimitPolicy] | None = _attrs_field(default=None, metadata={"wire": "free_policies"})
