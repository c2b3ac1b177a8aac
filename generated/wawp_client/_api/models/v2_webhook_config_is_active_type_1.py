# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from typing import Literal

V2WebhookConfigIsActiveType1 = Literal[0, 1]

V2_WEBHOOK_CONFIG_IS_ACTIVE_TYPE_1_VALUES: set[V2WebhookConfigIsActiveType1] = {
    0,
    1,
}


def check_v2_webhook_config_is_active_type_1(value: int) -> V2WebhookConfigIsActiveType1:
    if value in V2_WEBHOOK_CONFIG_IS_ACTIVE_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {V2_WEBHOOK_CONFIG_IS_ACTIVE_TYPE_1_VALUES!r}")
