"""The two surfaces the one pipeline (:mod:`wawp_emulator.pipeline`) serves: what differs between them.

- :class:`ApiSurface`, the emulated Wawp API: credentials in the query, fault rules, the handler as one
  unit of change (or the spec's answer for an operation without one), client errors kept to the
  statuses the operation documents, every request journaled.
- :class:`ControlSurface`, the control API: its guard (``control/guard.py``) checked the caller before;
  an action runs as a unit of change, an endpoint as registered (``@control_endpoint``): a plain read
  (a function, not a coroutine) on the world thread, locked, refused while the world is being reloaded
  from the state file, so it never shows a change that failed to be stored.
"""

from __future__ import annotations

import inspect
import json
from collections.abc import Awaitable
from typing import TYPE_CHECKING, Any, cast

from wawp_emulator.control.registry import CONTROL_ENDPOINTS, ControlRequest
from wawp_emulator.pipeline import Answer, Call, Host
from wawp_emulator.registry import ApiError, Request, as_api_error, handle

if TYPE_CHECKING:
    from wawp_emulator.control.registry import ControlSpec
    from wawp_emulator.spec import OperationSpec, Spec
    from wawp_emulator.validation import CompiledOperation
    from wawp_emulator.world import Account, Instance, World

__all__ = ["MAX_BODY", "ApiSurface", "ControlSurface", "authenticate"]

MAX_BODY = 8 * 1024 * 1024
"""The API's largest request body (the control API's guard caps its own at 1 MiB)."""


class ApiSurface:
    """The emulated API under the spec's base path."""

    document = "the spec"
    json_media_type = "application/json; charset=UTF-8"
    max_body: int | None = MAX_BODY
    journaled = True
    faults = True

    def __init__(self, spec: Spec, compiled: dict[str, CompiledOperation]) -> None:
        self.spec = spec
        self.compiled = compiled
        self.prefix = spec.base_path

    def authenticate(
        self, world: World, op: OperationSpec, pairs: list[tuple[str, str]]
    ) -> tuple[Account | None, Instance | None]:
        return authenticate(world, op, pairs)

    async def run(self, host: Host, call: Call) -> Answer:
        handler = host.handlers.get(call.op.operation_id)
        if handler is not None:
            return await host.in_world(self._unit, host, call)
        if host.fallback is None:
            raise ApiError(501, "emulator_not_implemented", f"{call.op.operation_id} has no handler in this emulator")
        return Answer.of(call.op, host.fallback.answer(call.op))

    def _unit(self, host: Host, call: Call) -> Answer:
        """The handler, as one unit of change on the world the request names when it runs. A reset while
        the body arrived (or while the unit waited for the world thread) made a new world: the request
        runs there, its credentials checked in it, so it never mixes the old world and the new."""
        op = call.op
        with host.locked_world() as world:
            account, instance = call.account, call.instance
            if world is not call.world:
                account, instance = authenticate(world, op, call.pairs)
            request = Request(
                op.operation_id,
                call.query,
                call.path,
                call.body,
                instance,
                account,
                world,
                call.headers,
                op.method,
                call.route,
            )
            with host.logged(host.log_request(request)):  # (stored before the answer is sent)
                if not host.manual_clock:
                    host.run_due_locked()
                try:
                    result = handle(host.handlers[op.operation_id], request)
                except Exception as exc:
                    err = as_api_error(exc)
                    if err is None:
                        raise
                    return Answer.error(_documented(op, err))
        return Answer.of(op, result)

    def encode(self, obj: Any) -> bytes:
        return json.dumps(obj, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode()


class ControlSurface:
    """The control API under ``/_emulator`` (its spec's paths are absolute: no prefix)."""

    document = "the control spec"
    json_media_type = "application/json"
    max_body: int | None = None
    """(The guard caps control bodies, answering 413.)"""
    journaled = False
    faults = False
    prefix = ""

    def __init__(self, control: ControlSpec) -> None:
        self.control = control
        self.spec = control.spec
        self.compiled = control.compiled

    def authenticate(
        self, world: World, op: OperationSpec, pairs: list[tuple[str, str]]
    ) -> tuple[Account | None, Instance | None]:
        return None, None

    async def run(self, host: Host, call: Call) -> Answer:
        body = call.body if isinstance(call.body, dict) else {}
        action = self.control.action_of.get(call.op.operation_id)
        if action is not None:
            result = await host.in_world(host.run_action, call.path["instance_id"], action, body)
        else:
            endpoint = CONTROL_ENDPOINTS[call.op.operation_id]
            request = ControlRequest(call.op.operation_id, call.query, call.path, body)
            if inspect.iscoroutinefunction(endpoint):
                result = await cast("Awaitable[object]", endpoint(host, request))
            else:  # a plain read: locked on the world thread, and refused while the world is reloaded
                result = await host.in_world(host.read_world, endpoint, host, request)
        return Answer(200, result)

    def encode(self, obj: Any) -> bytes:
        return json.dumps(obj, ensure_ascii=False, default=str).encode()


def _documented(op: OperationSpec, err: ApiError) -> ApiError:
    """A handler's client error with a status the spec does not document for ``op`` (say a 404 for an
    unknown group on an operation without a documented 404) answers 422 ("well-formed, but cannot be
    processed") where ``op`` documents it, else 400, keeping its code and message."""
    if not 400 < err.status < 500 or op.response_for(err.status) is not None:
        return err
    for status in (422, 400):
        if op.response_for(status) is not None:
            return ApiError(status, err.code, err.message, data=err.data, headers=err.headers)
    return err


def authenticate(
    world: World, op: OperationSpec, pairs: list[tuple[str, str]]
) -> tuple[Account | None, Instance | None]:
    """The account and instance named by the query credentials, per the operation's security."""
    token = instance_id = None
    for name, value in pairs:
        if name == "access_token":
            token = value
        elif name == "instance_id":
            instance_id = value
    if not op.security:
        account = world.account_for(token)
        instance = world.instance(instance_id) if instance_id and account is not None else None
        return account, instance if instance is not None and instance.account is account else None
    first_error: ApiError | None = None
    for alternative in op.security:
        names = {param for _, _, param in alternative}
        account = None
        instance = None
        error: ApiError | None = None
        if "access_token" in names:
            account = world.account_for(token)
            if account is None:
                error = ApiError(
                    401,
                    "invalid_access_token",
                    "Missing access_token." if not token else "The access token is not valid.",
                )
        if error is None and "instance_id" in names:
            found = world.instance(instance_id) if instance_id else None
            if found is None or (account is not None and found.account is not account):
                error = ApiError(
                    401,
                    "invalid_instance",
                    "Missing instance_id." if not instance_id else "The instance is not valid for this access token.",
                )
            else:
                instance = found
                account = account or found.account
        if error is None:
            return account, instance
        first_error = first_error or error
    assert first_error is not None
    raise first_error
