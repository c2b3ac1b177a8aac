"""HTTP handlers of the ``sessions`` tag, backed by the session store (the phone's side: ``control.sessions``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from wawp_emulator.handlers._common import backend, required_str
from wawp_emulator.registry import ApiError, Reply, Request, operation

if TYPE_CHECKING:
    from wawp_emulator.backend import Backend


def _create(req: Request, name: str) -> Backend:
    """A new instance of the calling account, its session beginning under ``name``."""
    if req.account is None:
        raise ApiError(401, "invalid_access_token", "The access token is not valid.")
    b = req.world.create_instance(req.account, name=name).backend()
    b.apply(b.sessions.begin_new(name))
    return b


@operation("sessionCreate")
def session_create(req: Request) -> object:
    return _create(req, required_str(req, "name")).session_info()


@operation("sessionProvision")
def session_provision(req: Request) -> object:
    """v2's create: no name is given (the engine-side name is made up, ``wawp-`` and 8 digits from the
    seeded generator); 201 with the new instance's id, its session name and the server (this emulator)."""
    name = f"wawp-{req.world.rng.randrange(10**8):08d}"
    instance = _create(req, name).instance
    return Reply({"instance_id": instance.id, "session_name": name, "server_name": "wawp-emulator"}, status=201)


@operation("sessionStart")
def session_start(req: Request) -> object:
    b = backend(req)
    b.apply(b.sessions.start())
    return b.session_info()


@operation("sessionStop")
def session_stop(req: Request) -> object:
    b = backend(req)
    b.apply(b.sessions.stop())
    return b.session_info()


@operation("sessionRestart")
def session_restart(req: Request) -> object:
    b = backend(req)
    b.apply(b.sessions.restart())
    return b.session_info()


@operation("sessionLogout")
def session_logout(req: Request) -> object:
    b = backend(req)
    b.apply(b.sessions.logout())
    return {**b.session_info(), "instance_id": b.instance.id}


@operation("sessionDelete")
def session_delete(req: Request) -> object:
    b = backend(req)
    b.apply(b.sessions.stop())
    req.world.delete_instance(b.instance)
    return {"name": b.sessions.name, "status": "DELETED", "instance_id": b.instance.id}


@operation("sessionInfo")
def session_info(req: Request) -> object:
    return backend(req).session_info()


@operation("sessionMe")
def session_me(req: Request) -> object:
    return backend(req).sessions.me_json()


@operation("instanceStatus")
def instance_status(req: Request) -> object:
    """Wawp's own health check (its WordPress plugin treats ``Online`` as connected)."""
    session = backend(req).sessions
    return {"status": "Online" if session.is_working else "Offline", "session": session.status}
