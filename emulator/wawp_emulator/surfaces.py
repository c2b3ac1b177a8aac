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
from collections.abc import Awaitable, Mapping
from typing import TYPE_CHECKING, Any, cast

from wawp_emulator.control.registry import CONTROL_ENDPOINTS, ControlRequest
from wawp_emulator.dialects import RESULTS, v1_path, v2_error
from wawp_emulator.pipeline import Answer, Call, Host
from wawp_emulator.registry import ApiError, Reply, Request, as_api_error, handle
from wawp_emulator.spec import V2_MOUNT

if TYPE_CHECKING:
    from wawp_emulator.control.registry import ControlSpec
    from wawp_emulator.fallback import SpecFallback
    from wawp_emulator.spec import OperationSpec, Spec
    from wawp_emulator.validation import CompiledOperation
    from wawp_emulator.world import Account, Instance, World

__all__ = ["MAX_BODY", "ApiSurface", "ControlSurface", "V2ApiSurface", "authenticate"]

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
        self.mount = spec.base_path
        """The path below which the app sends requests here (v1: the spec's base path)."""

    def authenticate(
        self, world: World, op: OperationSpec, pairs: list[tuple[str, str]], headers: Mapping[str, str]
    ) -> tuple[Account | None, Instance | None]:
        return authenticate(world, op, pairs, headers)

    async def run(self, host: Host, call: Call) -> Answer:
        handler = host.handlers.get(call.op.operation_id)
        if handler is not None:
            return await host.run_unit(self._unit, host, call)
        fallback = self.fallback(host)
        if fallback is None:
            raise ApiError(501, "emulator_not_implemented", f"{call.op.operation_id} has no handler in this emulator")
        return Answer.of(call.op, fallback.answer(call.op))

    def fallback(self, host: Host) -> SpecFallback | None:
        """What answers an operation without a handler (the emulator's, built on this surface's spec)."""
        return host.fallback

    def handler_path(self, call: Call) -> dict[str, Any]:
        """The path parameters the handler reads (v1's names)."""
        return call.path

    def rendered(self, op: OperationSpec, result: object) -> object:
        """The handler's result as this surface's version answers it."""
        return result

    def finish(self, answer: Answer) -> Answer:
        """The answer as this surface's version sends it (v1: as the pipeline built it)."""
        return answer

    def _unit(self, host: Host, call: Call) -> Answer:
        """The handler, as one unit of change on the world the request names when it runs. A reset while
        the body arrived (or while the unit waited for the world thread) made a new world: the request
        runs there, its credentials checked in it, so it never mixes the old world and the new."""
        op = call.op
        with host.locked_world() as world:
            account, instance = call.account, call.instance
            if world is not call.world:
                account, instance = authenticate(world, op, call.pairs, call.headers)
            request = Request(
                op.operation_id,
                call.query,
                self.handler_path(call),
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
        return Answer.of(op, self.rendered(op, result))

    def encode(self, obj: Any) -> bytes:
        return json.dumps(obj, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode()


class V2ApiSurface(ApiSurface):
    """The emulated v2 API (paths under ``/v2``, which the v2 description's paths carry themselves): the same
    handlers as v1 on the same world, v2's credentials (query, ``access-token`` header, or bearer with
    ``X-Instance-ID``), v1's inputs found where v2 moved them, v2's results and its error envelope
    (:mod:`wawp_emulator.dialects`)."""

    def __init__(
        self, spec: Spec, compiled: dict[str, CompiledOperation], v1: Spec, fallback: SpecFallback | None
    ) -> None:
        super().__init__(spec, compiled)
        self.mount = V2_MOUNT
        self.v1 = v1
        self._fallback = fallback

    def fallback(self, host: Host) -> SpecFallback | None:
        return self._fallback if host.fallback is not None else None

    def handler_path(self, call: Call) -> dict[str, Any]:
        v1_op = self.v1.operations.get(call.op.operation_id)
        names = [p.name for p in v1_op.path_params] if v1_op is not None else []
        return v1_path(call.op.operation_id, names, call.path, call.query, call.body)

    def rendered(self, op: OperationSpec, result: object) -> object:
        render = RESULTS.get(op.operation_id)
        return render(result) if render is not None and not isinstance(result, Reply) else result

    def finish(self, answer: Answer) -> Answer:
        if answer.status >= 400 and isinstance(answer.obj, dict) and answer.body is None:
            answer.obj = v2_error(answer.obj)
        return answer


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
        self, world: World, op: OperationSpec, pairs: list[tuple[str, str]], headers: Mapping[str, str]
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

    def finish(self, answer: Answer) -> Answer:
        return answer

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


TOKEN_NAMES = frozenset({"access_token", "access-token", "authorization"})
"""Where a security scheme carries the access token: v1's query, v2's ``access-token`` header or bearer."""
INSTANCE_NAMES = frozenset({"instance_id", "x-instance-id"})
"""Where a security scheme carries the instance id: the query, or v2's ``X-Instance-ID`` header."""


def _credential(location: str, name: str, pairs: list[tuple[str, str]], headers: Mapping[str, str]) -> str | None:
    """The credential a scheme names, as sent (the last of repeated query parameters, as v1 reads them)."""
    if location == "header":
        value = headers.get(name.lower())
        if value is not None and name.lower() == "authorization":
            scheme, _, token = value.partition(" ")
            return token.strip() if scheme.lower() == "bearer" else ""
        return value
    found = None
    for key, value in pairs:
        if key == name:
            found = value
    return found


def authenticate(
    world: World, op: OperationSpec, pairs: list[tuple[str, str]], headers: Mapping[str, str] | None = None
) -> tuple[Account | None, Instance | None]:
    """The account and instance named by the credentials, per the operation's security alternatives (v1:
    the query; v2: the query, an ``access-token`` header, or a bearer token with ``X-Instance-ID``). When
    none holds, the error is that of the alternative the request came closest to using."""
    headers = headers or {}
    if not op.security:
        token = _credential("query", "access_token", pairs, headers)
        instance_id = _credential("query", "instance_id", pairs, headers)
        account = world.account_for(token)
        instance = world.instance(instance_id) if instance_id and account is not None else None
        return account, instance if instance is not None and instance.account is account else None
    best: tuple[int, ApiError] | None = None
    for alternative in op.security:
        token = instance_id = None
        wants_token = wants_instance = False
        for _, location, name in alternative:
            if name.lower() in TOKEN_NAMES:
                wants_token, token = True, _credential(location, name, pairs, headers)
            elif name.lower() in INSTANCE_NAMES:
                wants_instance, instance_id = True, _credential(location, name, pairs, headers)
        try:
            return _check(world, wants_token, token, wants_instance, instance_id)
        except ApiError as error:
            sent = (token is not None) + (instance_id is not None)
            if best is None or sent > best[0]:
                best = (sent, error)
    assert best is not None
    raise best[1]


def _check(
    world: World, wants_token: bool, token: str | None, wants_instance: bool, instance_id: str | None
) -> tuple[Account | None, Instance | None]:
    account = None
    if wants_token:
        account = world.account_for(token)
        if account is None:
            message = "Missing access_token." if not token else "The access token is not valid."
            raise ApiError(401, "invalid_access_token", message)
    if not wants_instance:
        return account, None
    found = world.instance(instance_id) if instance_id else None
    if found is None or (account is not None and found.account is not account):
        message = "Missing instance_id." if not instance_id else "The instance is not valid for this access token."
        raise ApiError(401, "invalid_instance", message)
    return account or found.account, found
