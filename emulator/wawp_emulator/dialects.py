"""What v2 says differently from v1 for the same operation: where its inputs are, how its results and
its errors look. The handlers serve both versions unchanged (one handler per operationId, v1's
names); the v2 surface (:class:`~wawp_emulator.surfaces.V2ApiSurface`) translates on the way in and out.

- **Inputs.** v2 moved some of v1's path parameters into the body or the query (``POST /v2/chats/archive``
  takes ``chatId`` in its JSON body where v1's ``/chats/{chatId}/archive`` had it in the path) and renamed
  one (``PUT /v2/contacts/{chatId}`` for v1's ``{contactId}``). :func:`v1_path` gives a handler the path
  parameters v1's operation declares, found wherever the v2 operation carries them.
- **Results.** Where the v2 description documents another 200 body for the same operation (a group's
  participant changes answer ``{ok: true}``, not the engine's list), :data:`RESULTS` renders it.
- **Errors.** v2's envelope is ``{status, message, error, code}`` (``V2Error``), not WordPress's
  ``{code, message, data: {status}}``: :func:`v2_error` turns one into the other for every v2 answer.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from http import HTTPStatus
from typing import Any

__all__ = ["PATH_ALIASES", "RESULTS", "v1_path", "v2_error"]

PATH_ALIASES: Mapping[str, Mapping[str, str]] = {"contactUpsert": {"contactId": "chatId"}}
"""operationId -> {v1's path parameter: the v2 name of the same value}."""


def v1_path(
    operation_id: str,
    v1_names: list[str],
    path: Mapping[str, Any],
    query: Mapping[str, Any],
    body: Any,
) -> dict[str, Any]:
    """The path parameters v1's handler reads (``v1_names``), from the v2 request's path, body or query."""
    out = dict(path)
    aliases = PATH_ALIASES.get(operation_id, {})
    for name in v1_names:
        if name in out:
            continue
        v2_name = aliases.get(name, name)
        for source in (path, body if isinstance(body, Mapping) else {}, query):
            if v2_name in source:
                out[name] = source[v2_name]
                break
    return out


def _acknowledged(result: object) -> object:
    """``{ok: true}``: v2's answer to a change WhatsApp accepted (the handler raised otherwise)."""
    return {"ok": True}


RESULTS: Mapping[str, Callable[[object], object]] = {
    "groupParticipantsAdd": _acknowledged,
    "groupParticipantsRemove": _acknowledged,
    "groupAdminPromote": _acknowledged,
    "groupAdminDemote": _acknowledged,
}
"""operationId -> the v2 rendering of the handler's 200 body (the v2 description's ``V2Ok``)."""


def v2_error(body: Mapping[str, Any]) -> dict[str, Any]:
    """The v2 envelope of a WordPress error body: the status, the message, the status' reason phrase as
    ``error`` (the vendor export's ``ErrorResponse``) and the machine code as ``code``."""
    data = body.get("data")
    status = data.get("status") if isinstance(data, Mapping) else None
    out: dict[str, Any] = {"message": str(body.get("message", ""))}
    if isinstance(status, int):
        out["status"] = status
        try:
            out["error"] = HTTPStatus(status).phrase
        except ValueError:
            out["error"] = "Error"
    if isinstance(body.get("code"), str):
        out["code"] = body["code"]
    return out
