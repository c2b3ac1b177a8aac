"""Constants and spec helpers shared by the client tests (a uniquely named module, so that it
cannot collide with another directory's ``conftest``)."""

from __future__ import annotations

import importlib
import inspect
import types
import typing
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
from operation_inventory import OPERATIONS, Operation
from wawp_client._api.types import Unset

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
    """The documented 200 ``example`` of an operation (``None`` for a documented empty body)."""
    content = operation(spec, operation_id)[2]["responses"]["200"].get("content")
    return content["application/json"]["example"] if content else None


def recording_handler(
    spec: dict[str, Any], operation_id: str
) -> tuple[list[httpx.Request], Callable[[httpx.Request], httpx.Response]]:
    """A MockTransport handler answering the operation's success example, and the list of what it got."""
    sent: list[httpx.Request] = []
    example = success_example(spec, operation_id)

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200) if example is None else httpx.Response(200, json=example)

    return sent, handler


def facade_method(root: object, dotted: str) -> Callable[..., Any]:
    """``client.groups.participants.add`` from ``(client, "groups.participants.add")``."""
    target = root
    for part in dotted.split("."):
        target = getattr(target, part)
    assert callable(target)
    return target


def _value(annotation: Any, spec_example: Any = None) -> Any:
    """A plausible value of a generated parameter type (the first non-Unset member of a union)."""
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        members = [a for a in typing.get_args(annotation) if a not in (Unset, type(None))]
        return _value(members[0], spec_example)
    if typing.get_origin(annotation) is list:
        return [_value(typing.get_args(annotation)[0])]
    if typing.get_origin(annotation) is typing.Literal:
        return typing.get_args(annotation)[0]
    if hasattr(annotation, "from_dict"):
        return annotation.from_dict(spec_example)
    return {str: "120363012345678901@g.us", int: 1, float: 1.5, bool: True}[annotation]


def facade_arguments(
    spec: dict[str, Any], operation_id: str, operations: dict[str, Operation] = OPERATIONS
) -> dict[str, Any]:
    """Values for the required facade arguments, typed from the generated function (``operations``: the
    inventory of the version ``spec`` describes)."""
    entry = operations[operation_id]
    op = operation(spec, operation_id)[2]
    module = importlib.import_module(f"wawp_client._api.api.{entry.module}")
    hints = typing.get_type_hints(module._get_kwargs)
    signature = inspect.signature(module._get_kwargs).parameters
    body_example = op.get("requestBody", {}).get("content", {}).get("application/json", {}).get("example")
    return {
        name: _value(hints[generated], body_example)
        for name, generated in entry.arguments.items()
        if signature[generated].default is inspect.Parameter.empty
    }


def as_json(value: Any) -> Any:
    """What a facade result holds, as the JSON it was read from (pages give their first page's body)."""
    from wawp_client._models import Model
    from wawp_client.pagination import AsyncPage, SyncPage

    if isinstance(value, SyncPage | AsyncPage):
        return as_json(value.result)
    if isinstance(value, Model):
        return value.to_dict()
    if isinstance(value, list):
        return [as_json(item) for item in value]
    if isinstance(value, dict):
        return {key: as_json(item) for key, item in value.items()}
    return value
