"""What every handler module shares: the instance's backend and reading parameters (a ``StateError``
a handler lets through becomes the error envelope in ``registry.as_api_error``).

Parameters are read from the JSON body first and then from the query, so a handler serves the spec's
one transport for the operation whichever it is. Values arrive validated and coerced to the spec's
types; the helpers only pick the expected Python type (and accept the scalar-as-string forms older
clients send).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from wawp_emulator.registry import Reply, Request
from wawp_emulator.validation import missing

if TYPE_CHECKING:
    from wawp_emulator.backend import Backend

__all__ = [
    "backend",
    "body_dict",
    "done",
    "empty",
    "file_param",
    "ok",
    "param",
    "param_bool",
    "param_int",
    "param_list",
    "param_str",
    "required_str",
]


def backend(req: Request) -> Backend:
    """The authenticated instance's backend (only ``sessionCreate`` runs without an instance)."""
    assert req.instance is not None, f"{req.operation_id} ran without an instance"
    return req.instance.backend()


def ok() -> dict[str, Any]:
    return {"success": True}


def empty() -> Reply:
    """A 200 without a body: what WAHA answers where its controller returns nothing (``/star``, ``/sendSeen``...)."""
    return Reply(b"")


def done() -> dict[str, bool]:
    """``{"result": true}``: what WAHA's controllers answer for fire-and-forget actions (typing, label delete)."""
    return {"result": True}


def body_dict(req: Request) -> dict[str, Any]:
    return req.body if isinstance(req.body, dict) else {}


def param(req: Request, name: str) -> object:
    if isinstance(req.body, dict) and name in req.body:
        return req.body[name]
    return req.query.get(name)


def param_str(req: Request, name: str) -> str | None:
    value = param(req, name)
    if isinstance(value, list) and len(value) == 1:  # n8n wraps some scalars in a one-element array
        value = value[0]
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return value if isinstance(value, str) else None


def required_str(req: Request, name: str) -> str:
    value = param_str(req, name)
    if value is None or value == "":
        raise missing([name])
    return value


def param_bool(req: Request, name: str, default: bool = False) -> bool:
    value = param(req, name)
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.lower() in ("true", "false", "1", "0"):
        return value.lower() in ("true", "1")
    return default


def param_int(req: Request, name: str, default: int | None = None) -> int | None:
    value = param(req, name)
    if isinstance(value, bool):
        return default
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.lstrip("-").isdigit():
        return int(value)
    return default


def param_list(req: Request, *names: str) -> list[str]:
    for name in names:
        value = param(req, name)
        if isinstance(value, list):
            return [str(v) for v in value if v is not None]
        if isinstance(value, str) and value:
            return [v for v in value.split(",") if v]
    return []


def file_param(req: Request, default_mimetype: str, default_filename: str | None = None) -> dict[str, Any]:
    """``file[url]`` / ``file[filename]`` / ``file[mimetype]`` (query) or a ``file`` object (JSON)."""
    nested = param(req, "file")
    if isinstance(nested, dict):
        url, filename, mimetype, data = (nested.get(k) for k in ("url", "filename", "mimetype", "data"))
    else:
        url = param_str(req, "file[url]")
        filename = param_str(req, "file[filename]")
        mimetype = param_str(req, "file[mimetype]")
        data = param_str(req, "file[data]")
    if not url and not data:
        raise missing(["file[url]"])
    return {
        "url": url,
        "data": data,
        "filename": filename or default_filename,
        "mimetype": mimetype or default_mimetype,
    }
