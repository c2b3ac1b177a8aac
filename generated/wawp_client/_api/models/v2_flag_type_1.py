# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from typing import Literal

V2FlagType1 = Literal["false", "true"]

V2_FLAG_TYPE_1_VALUES: set[V2FlagType1] = {
    "false",
    "true",
}


def check_v2_flag_type_1(value: str) -> V2FlagType1:
    if value in V2_FLAG_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {V2_FLAG_TYPE_1_VALUES!r}")
