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


def param(req: Request, name: str) -> object:
    """A parameter of the operation's one transport (JSON body, else query), as validation left it."""
    if isinstance(req.body, dict) and name in req.body:
        return req.body[name]
    return req.query.get(name)


def param_str(req: Request, name: str) -> str | None:
    value = param(req, name)
    return value if isinstance(value, str) else None


def required_str(req: Request, name: str) -> str:
    """A required string: validation saw to its presence; an empty one is refused here (``minLength`` is
    not in the spec for every such parameter)."""
    value = param_str(req, name)
    if not value:
        raise missing([name])
    return value


def param_bool(req: Request, name: str, default: bool = False) -> bool:
    """A flag; ``"true"`` / ``"false"`` too (v2's bodies, ``V2Flag``, send flags as text)."""
    value = param(req, name)
    if isinstance(value, str) and value in ("true", "false"):
        return value == "true"
    return value if isinstance(value, bool) else default


def param_int(req: Request, name: str, default: int | None = None) -> int | None:
    """An integer; a string of digits too (v2's text status sends its font so)."""
    value = param(req, name)
    if isinstance(value, str) and value.isascii() and value.isdigit():
        return int(value)
    return value if isinstance(value, int) and not isinstance(value, bool) else default


def param_list(req: Request, name: str) -> list[str]:
    """An array parameter (``ids[]``), or a comma-separated string one (``contacts``)."""
    value = param(req, name)
    if isinstance(value, list):
        return [str(v) for v in value]
    return [v for v in value.split(",") if v] if isinstance(value, str) else []


def file_param(req: Request, default_mimetype: str, default_filename: str) -> dict[str, Any]:
    """``file[url]`` (required by the spec) with ``file[filename]`` and ``file[mimetype]`` or their defaults."""
    return {
        "url": param_str(req, "file[url]"),
        "filename": param_str(req, "file[filename]") or default_filename,
        "mimetype": param_str(req, "file[mimetype]") or default_mimetype,
    }
