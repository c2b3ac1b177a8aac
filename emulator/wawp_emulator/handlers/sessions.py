"""HTTP handlers of the ``sessions`` tag, backed by ``state.sessions`` (the phone's side: ``control.sessions``)."""

from __future__ import annotations

from wawp_emulator.handlers._common import param_str, state_of
from wawp_emulator.registry import ApiError, Request, operation
from wawp_emulator.state.sessions import SessionState
from wawp_emulator.validation import missing


@operation("sessionCreate")
def session_create(req: Request) -> object:
    name = param_str(req, "name")
    if not name:
        raise missing(["name"])
    if req.account is None:
        raise ApiError(401, "invalid_access_token", "The access token is not valid.")
    instance = req.world.create_instance(req.account, name=name)
    session = instance.state(SessionState)
    session.begin_new(name)
    return session.info_json()


@operation("sessionStart")
def session_start(req: Request) -> object:
    session = state_of(req, SessionState)
    session.start()
    return session.info_json()


@operation("sessionStop")
def session_stop(req: Request) -> object:
    session = state_of(req, SessionState)
    session.stop()
    return session.info_json()


@operation("sessionRestart")
def session_restart(req: Request) -> object:
    session = state_of(req, SessionState)
    session.restart()
    return session.info_json()


@operation("sessionLogout")
def session_logout(req: Request) -> object:
    session = state_of(req, SessionState)
    session.logout()
    return {**session.info_json(), "instance_id": str(session.instance.id)}


@operation("sessionDelete")
def session_delete(req: Request) -> object:
    session = state_of(req, SessionState)
    session.stop()
    req.world.delete_instance(session.instance)
    return {"name": session.name, "status": "DELETED", "instance_id": session.instance.id}


@operation("sessionInfo")
def session_info(req: Request) -> object:
    return state_of(req, SessionState).info_json()


@operation("sessionMe")
def session_me(req: Request) -> object:
    return state_of(req, SessionState).me_json()


@operation("instanceStatus")
def instance_status(req: Request) -> object:
    """Wawp's own health check (its WordPress plugin treats ``Online`` as connected)."""
    session = state_of(req, SessionState)
    return {"status": "Online" if session.is_working else "Offline", "session": session.status}
