"""Constants and spec helpers shared by the client tests (a uniquely named module, so that it
cannot collide with another directory's ``conftest``)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

SPEC_PATH = Path(__file__).resolve().parents[2] / "spec" / "openapi.yaml"
INSTANCE_ID = "A1B2C3D4E5F6"
ACCESS_TOKEN = "tok_SuperSecret_9f8e7d6c"
BASE_URL = "https://wawp.test/wp-json/awp/v1"


def operation(spec: dict[str, Any], operation_id: str) -> tuple[str, str, dict[str, Any]]:
    """``(method, path, operation)`` of an operationId."""
    for path, item in spec["paths"].items():
        for method, op in item.items():
            if isinstance(op, dict) and op.get("operationId") == operation_id:
                return method.upper(), path, op
    raise KeyError(operation_id)


def success_example(spec: dict[str, Any], operation_id: str) -> Any:
    """The documented 200 ``example`` of an operation."""
    return operation(spec, operation_id)[2]["responses"]["200"]["content"]["application/json"]["example"]


def recording_handler(
    spec: dict[str, Any], operation_id: str
) -> tuple[list[httpx.Request], Callable[[httpx.Request], httpx.Response]]:
    """A MockTransport handler answering the operation's success example, and the list of what it got."""
    sent: list[httpx.Request] = []
    example = success_example(spec, operation_id)

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json=example)

    return sent, handler
