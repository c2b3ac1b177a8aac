"""The ASGI application: the emulated API under ``/wp-json/awp/v1``, ``/openapi.json``, ``/docs``
and the control API under ``/_emulator``.

Per API request: route -> auth -> validate -> fault injection -> handler -> response validation ->
journal. The API path is a plain ASGI function (no framework objects per request); the rest is a
Starlette app.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import Awaitable, Callable, MutableMapping
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from wawp_emulator import __version__
from wawp_emulator.clock import RealClock
from wawp_emulator.control.guard import ControlGuard
from wawp_emulator.fallback import SOURCE_HEADER
from wawp_emulator.faults import MAX_LATENCY_MS
from wawp_emulator.registry import ApiError, Handler, Reply, Request, as_api_error, error_body, handle
from wawp_emulator.spec import OperationSpec
from wawp_emulator.validation import parse_query_string, resolve

if TYPE_CHECKING:
    from starlette.applications import Starlette

    from wawp_emulator.emulator import Emulator
    from wawp_emulator.world import Account, Instance, World

__all__ = ["ContractViolation", "EmulatorApp"]

log = logging.getLogger("wawp_emulator")

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

MAX_BODY = 8 * 1024 * 1024
TICK_SECONDS = 0.05
_JSON = b"application/json"
_SERVER_HEADER = (b"x-wawp-emulator", __version__.encode())


class ContractViolation(AssertionError):
    """The emulator was about to send a response its own spec forbids (strict mode)."""

    def __init__(self, operation_id: str, status: int, problems: list[str]) -> None:
        super().__init__(f"{operation_id} -> {status}: " + "; ".join(problems))
        self.operation_id = operation_id
        self.status = status
        self.problems = problems


def _dumps(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode()


class _Answer:
    __slots__ = ("body", "error_code", "fault", "headers", "media_type", "obj", "status")

    def __init__(
        self,
        status: int,
        obj: Any,
        *,
        body: bytes | None = None,
        media_type: str = "application/json",
        headers: dict[str, str] | None = None,
        error_code: str | None = None,
    ) -> None:
        self.status = status
        self.obj = obj
        self.body = body
        self.media_type = media_type
        self.headers = headers or {}
        self.error_code = error_code
        self.fault: str | None = None

    @classmethod
    def error(cls, err: ApiError) -> _Answer:
        return cls(err.status, err.body(), headers=dict(err.headers), error_code=err.code)


@dataclass(frozen=True, slots=True)
class _Call:
    """An API request read and parsed, ready for its handler (what the world thread is handed)."""

    op: OperationSpec
    handler: Handler
    world: World
    """The world its credentials were checked in (a reset since then replaces it)."""
    account: Account | None
    instance: Instance | None
    pairs: list[tuple[str, str]]
    query: dict[str, Any]
    path: dict[str, Any]
    body: Any
    headers: dict[str, str]
    route: str


class EmulatorApp:
    """ASGI entry point; ``.emulator`` is the :class:`~wawp_emulator.emulator.Emulator` behind it."""

    def __init__(self, emulator: Emulator) -> None:
        self.emulator = emulator
        self.prefix = emulator.spec.base_path
        self._prefix_bytes = self.prefix.encode()
        self._compiled = emulator.compiled
        self._starlette: Starlette | None = None
        self._guarded: ControlGuard | None = None

    @property
    def starlette(self) -> Starlette:
        if self._starlette is None:
            from wawp_emulator.control.routes import build_starlette

            self._starlette = build_starlette(self.emulator, lifespan=self._lifespan)
        return self._starlette

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            path: str = scope["path"]
            if path.startswith(self.prefix) and (len(path) == len(self.prefix) or path[len(self.prefix)] == "/"):
                await self.api(scope, receive, send)
                return
        if self._guarded is None:
            self._guarded = ControlGuard(self.starlette, token=self.emulator.control_token)
        await self._guarded(scope, receive, send)

    # ---- lifespan: the real-time ticker and orderly shutdown

    @asynccontextmanager
    async def _lifespan(self, app: object) -> Any:
        ticker = asyncio.get_running_loop().create_task(self._tick()) if self._ticks() else None
        try:
            yield
        finally:
            if ticker is not None:
                ticker.cancel()
            await asyncio.get_running_loop().run_in_executor(None, self.emulator.shutdown)

    def _ticks(self) -> bool:
        return isinstance(self.emulator.world.clock, RealClock)

    async def _tick(self) -> None:
        while True:
            await asyncio.sleep(TICK_SECONDS)
            try:
                await self.emulator.in_world(self.emulator.run_due)
            except Exception:
                log.exception("scheduler tick failed")

    # ---- the API

    async def api(self, scope: Scope, receive: Receive, send: Send) -> None:
        started = time.perf_counter()
        emu = self.emulator
        method: str = scope["method"]
        raw_path: bytes = scope.get("raw_path") or scope["path"].encode()
        raw_path = raw_path.split(b"?", 1)[0]
        sub = raw_path[len(self._prefix_bytes) :]
        pairs: list[tuple[str, str]] = []
        op: OperationSpec | None = None
        try:
            pairs = parse_query_string(scope.get("query_string", b""))
            op, values = resolve(emu.spec, method, sub)  # (HEAD wherever GET exists: the GET, without body)
            answer = await self._operation(scope, receive, op, values, pairs)
        except ApiError as err:
            answer = _Answer.error(err)
        except Exception:
            log.exception("unexpected error handling %s %s", method, scope.get("path"))
            answer = _Answer(
                500,
                error_body(500, "emulator_internal_error", "The emulator failed; see its log."),
                error_code="emulator_internal_error",
            )
        if op is not None and emu.strict and answer.fault is None:
            answer = self._enforce_contract(op, answer)
        await self._send(send, answer, head=method == "HEAD")
        duration = (time.perf_counter() - started) * 1000
        emu.journal.record(
            time=emu.world.clock.now(),
            method=method,
            path=scope["path"],
            operation_id=op.operation_id if op is not None else None,
            pairs=pairs,
            status=answer.status,
            duration_ms=duration,
            error_code=answer.error_code,
            fault=answer.fault,
            extra={"source": source} if (source := answer.headers.get(SOURCE_HEADER)) else None,
        )

    async def _operation(
        self, scope: Scope, receive: Receive, op: OperationSpec, values: list[str], pairs: list[tuple[str, str]]
    ) -> _Answer:
        emu = self.emulator
        world = emu.world
        compiled = self._compiled[op.operation_id]
        account, instance = _authenticate(world, op, pairs)
        query = compiled.parse_query(pairs)
        path = compiled.parse_path(values) if values else {}
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", ())}
        body = None
        if op.body is not None:
            raw = await _read_body(receive, headers)
            body = compiled.parse_body(headers.get("content-type"), raw)
        decision = None
        if world.faults.rules:
            route = scope["path"][len(self.prefix) :] or "/"
            iid = instance.id if instance is not None else None
            decision = await emu.in_world(emu.roll_faults, op.operation_id, op.method, route, iid)
        if decision is not None:
            if decision.latency_ms:  # several rules add up; the sum is capped like each rule
                await asyncio.sleep(min(decision.latency_ms, MAX_LATENCY_MS) / 1000)
            rule = decision.rule
            if rule is not None:
                extra = {"Retry-After": _retry_after(rule.retry_after)} if rule.retry_after is not None else {}
                answer = _Answer.error(
                    ApiError(int(rule.status or 500), rule.error_code, rule.error_message, headers=extra)
                )
                answer.fault = rule.id
                return answer
        handler = emu.handlers.get(op.operation_id)
        if handler is None:
            if emu.fallback is None:
                raise ApiError(501, "emulator_not_implemented", f"{op.operation_id} has no handler in this emulator")
            return self._answer(op, emu.fallback.answer(op))
        call = _Call(op, handler, world, account, instance, pairs, query, path, body, headers, scope["path"])
        return await emu.in_world(self._run, call)

    def _run(self, call: _Call) -> _Answer:
        """The handler, as one unit of change on the world the request names when it runs. A reset while
        the body arrived (or while the unit waited for the world thread) made a new world: the request
        runs there, its credentials checked in it, so it never mixes the old world and the new."""
        emu = self.emulator
        op = call.op
        with emu.locked_world() as world:
            account, instance = call.account, call.instance
            if world is not call.world:
                account, instance = _authenticate(world, op, call.pairs)
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
                call.route[len(self.prefix) :],
            )
            with emu.logged(emu.log_request(request)):  # (logged before the answer is sent)
                if not emu.manual_clock:
                    emu.run_due_locked()
                try:
                    result = handle(call.handler, request)
                except Exception as exc:
                    err = as_api_error(exc)
                    if err is None:
                        raise
                    return _Answer.error(_documented(op, err))
        return self._answer(op, result)

    def _answer(self, op: OperationSpec, result: Any) -> _Answer:
        if isinstance(result, Reply):
            status, headers, media, payload = result.status, dict(result.headers), result.media_type, result.body
        else:
            status, headers, media, payload = 200, {}, None, result
        if isinstance(payload, bytes | bytearray | memoryview):
            if media is None:
                declared = op.response_for(status)
                if declared is not None and declared.media_type:
                    media = declared.media_type
                else:  # a documented empty 200 (WAHA's controllers that return nothing) has no content type
                    media = "" if not payload else "application/octet-stream"
            return _Answer(status, None, body=bytes(payload), media_type=media, headers=headers)
        return _Answer(status, payload, media_type=media or "application/json", headers=headers)

    def _enforce_contract(self, op: OperationSpec, answer: _Answer) -> _Answer:
        compiled = self._compiled[op.operation_id]
        obj = answer.obj if answer.body is None else None
        problems = compiled.check_response(answer.status, answer.media_type, obj)
        if problems and answer.body is None:
            try:  # tuples and other JSON-able shapes: check what the client will really see
                problems = compiled.check_response(answer.status, answer.media_type, json.loads(_dumps(obj)))
            except (TypeError, ValueError) as exc:
                problems = [f"{op.operation_id} {answer.status}: body is not JSON-serialisable ({exc})"]
        if not problems:
            return answer
        body = self.emulator.breach(op.operation_id, answer.status, problems, "the spec")
        return _Answer(500, body, error_code="emulator_contract_violation")

    async def _send(self, send: Send, answer: _Answer, *, head: bool = False) -> None:
        body = answer.body
        media = answer.media_type
        if body is None:
            try:
                body = _dumps(answer.obj)
            except (TypeError, ValueError):
                log.exception("handler returned a body that is not JSON")
                answer.status = 500
                answer.error_code = "emulator_internal_error"
                body = _dumps(error_body(500, "emulator_internal_error", "The handler's body is not JSON"))
                media = "application/json"
            if media == "application/json":
                media = "application/json; charset=UTF-8"
        headers = [(b"content-type", media.encode("latin-1"))] if media else []
        headers += [(b"content-length", str(len(body)).encode()), _SERVER_HEADER]
        for name, value in answer.headers.items():
            headers.append((name.lower().encode("latin-1"), str(value).encode("latin-1")))
        await send({"type": "http.response.start", "status": answer.status, "headers": headers})
        await send({"type": "http.response.body", "body": b"" if head else body})


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


def _retry_after(seconds: float) -> str:
    return str(max(0, int(seconds + 0.999)))


async def _read_body(receive: Receive, headers: dict[str, str]) -> bytes:
    declared = headers.get("content-length")
    if declared is not None:
        try:
            if int(declared) > MAX_BODY:
                raise ApiError(400, "rest_invalid_json", f"The request body is larger than {MAX_BODY} bytes")
        except ValueError:
            raise ApiError(400, "rest_invalid_json", "Invalid Content-Length") from None
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > MAX_BODY:
            raise ApiError(400, "rest_invalid_json", f"The request body is larger than {MAX_BODY} bytes")
        chunks.append(chunk)
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


def _authenticate(
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
