"""The one request pipeline of the API and the control API, whatever carried the request in.

Every request goes through the same steps, in this order, whichever surface (:mod:`wawp_emulator.surfaces`:
the API under ``/wp-json/awp/v1``, the control API under ``/_emulator``) it is addressed to:

1. **resolve**: the surface's spec names the operation (404 / 405 ``rest_no_route`` otherwise);
2. **authenticate**: the surface's credentials (the API's query; the control API's guard ran before);
3. **validate**: query, path and body against the operation (400 ``rest_invalid_param`` and kin);
4. **fault**: the fault rules may answer instead (the API only);
5. **run**: the handler, endpoint or action, as one unit of change where it changes the world;
6. **map errors**: a domain error becomes its HTTP error (:func:`~wawp_emulator.registry.as_api_error`),
   anything else a logged 500 ``emulator_internal_error``;
7. **strict check**: in strict mode the answer is checked against the operation's documented responses;
8. **journal**: the API's requests are recorded, credentials masked (:mod:`wawp_emulator.journal`).

The ASGI adapter (:mod:`wawp_emulator.app`) only picks the surface and sends the :class:`Answer`. What
the pipeline needs of the emulator is :class:`Host`, a protocol: the pipeline never imports the
``Emulator`` it serves.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import Awaitable, Callable, Mapping, MutableMapping
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from wawp_emulator.fallback import SOURCE_HEADER
from wawp_emulator.faults import MAX_LATENCY_MS
from wawp_emulator.registry import ApiError, Reply, as_api_error, error_body
from wawp_emulator.validation import parse_query_string, resolve

if TYPE_CHECKING:
    from wawp_emulator.fallback import SpecFallback
    from wawp_emulator.faults import FaultDecision
    from wawp_emulator.journal import RequestJournal
    from wawp_emulator.registry import Handler, Request
    from wawp_emulator.spec import OperationSpec, Spec
    from wawp_emulator.validation import CompiledOperation
    from wawp_emulator.world import Account, Instance, World

__all__ = ["Answer", "Call", "ClientGone", "ContractViolation", "Host", "Outcome", "Pipeline", "Surface", "read_body"]

log = logging.getLogger("wawp_emulator")

T = TypeVar("T")
Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]

CLIENT_GONE = 499
"""The status a request is journaled with when its client left (or was too slow) before its body
arrived in full: nobody is answered, and nothing of it ran."""


class ContractViolation(AssertionError):
    """The emulator was about to send a response its own spec forbids (strict mode)."""

    def __init__(self, operation_id: str, status: int, problems: list[str]) -> None:
        super().__init__(f"{operation_id} -> {status}: " + "; ".join(problems))
        self.operation_id = operation_id
        self.status = status
        self.problems = problems


class ClientGone(Exception):
    """The request's body did not arrive in full: the client closed the connection, or the server's body
    timeout dropped it (:mod:`wawp_emulator.connections`). The request must not run on what did arrive."""


class Host(Protocol):
    """What the pipeline sees of the emulator it serves (``Emulator`` implements it; mypy checks that)."""

    world: World
    strict: bool
    fallback: SpecFallback | None
    journal: RequestJournal

    @property
    def handlers(self) -> Mapping[str, Handler]: ...

    @property
    def manual_clock(self) -> bool: ...

    async def in_world(self, fn: Callable[..., T], *args: Any) -> T:
        """``fn(*args)`` where world work runs (the world thread with a state file)."""
        ...

    async def run_unit(self, fn: Callable[..., T], *args: Any) -> T:
        """An API request's unit ``fn(*args)``: on the event loop if nothing would make it wait, else
        where :meth:`in_world` runs work."""
        ...

    def locked_world(self) -> AbstractContextManager[World]:
        """The current world, locked (a reset that replaced it meanwhile is seen)."""
        ...

    def logged(self, entry: dict[str, Any]) -> AbstractContextManager[dict[str, Any]]:
        """One unit of change: acknowledged only once stored."""
        ...

    def log_request(self, request: Request) -> dict[str, Any]: ...

    def run_due_locked(self) -> int: ...

    def read_world(self, fn: Callable[..., T], *args: Any) -> T:
        """A plain read of the world, locked, refused (503) while the world is being reloaded from the file."""
        ...

    def roll_faults(
        self, operation_id: str, method: str, route: str, instance_id: str | None
    ) -> FaultDecision | None: ...

    def run_action(self, instance_id: str | None, name: str, body: dict[str, Any]) -> Any: ...

    def breach(self, operation_id: str, status: int, problems: list[str], document: str) -> dict[str, Any]: ...


@dataclass(slots=True)
class Answer:
    """What the adapter sends: a JSON-able ``obj`` (encoded by the surface) or raw ``body`` bytes."""

    status: int
    obj: Any
    body: bytes | None = None
    media_type: str | None = None
    """``None``: the surface's JSON media type."""
    headers: dict[str, str] = field(default_factory=dict)
    error_code: str | None = None
    fault: str | None = None
    """The fault rule that answered instead of the operation (never strict-checked)."""

    @classmethod
    def error(cls, err: ApiError) -> Answer:
        return cls(err.status, err.body(), headers=dict(err.headers), error_code=err.code)

    @classmethod
    def of(cls, op: OperationSpec, result: Any) -> Answer:
        """The answer of what an operation's code returned: a JSON-able 200 body, ``bytes`` (the media
        type the spec declares, none for a documented empty 200), or a :class:`Reply`."""
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
            return cls(status, None, body=bytes(payload), media_type=media, headers=headers)
        return cls(status, payload, media_type=media, headers=headers)


@dataclass(slots=True)
class Outcome:
    """A request through steps 1 to 7: the operation it named (``None``: none), its query and its answer."""

    op: OperationSpec | None
    pairs: list[tuple[str, str]] = field(repr=False)
    """The query as sent, credentials included (masked by the journal; never in a repr)."""
    answer: Answer


@dataclass(frozen=True, slots=True)
class Call:
    """A request resolved, authenticated and validated: what the run step (and the world thread) is handed."""

    op: OperationSpec
    method: str
    route: str
    """The path below the surface's prefix (``/session/info``)."""
    pairs: list[tuple[str, str]] = field(repr=False)
    """The query as sent, credentials included (never in a repr)."""
    query: dict[str, Any]
    path: dict[str, Any]
    body: Any
    headers: dict[str, str] = field(repr=False)
    world: World
    """The world its credentials were checked in (a reset since then replaces it)."""
    account: Account | None
    instance: Instance | None


class Surface(Protocol):
    """What differs between the API and the control API (:mod:`wawp_emulator.surfaces`)."""

    spec: Spec
    compiled: dict[str, CompiledOperation]
    prefix: str
    document: str
    """How a strict-mode violation names the document broken (``the spec``)."""
    json_media_type: str
    max_body: int | None
    journaled: bool
    faults: bool

    def authenticate(
        self, world: World, op: OperationSpec, pairs: list[tuple[str, str]], headers: Mapping[str, str]
    ) -> tuple[Account | None, Instance | None]: ...

    async def run(self, host: Host, call: Call) -> Answer: ...

    def finish(self, answer: Answer) -> Answer:
        """The answer in this surface's own dialect (v2's error envelope)."""
        ...

    def encode(self, obj: Any) -> bytes: ...


class Pipeline:
    """The steps above, for any :class:`Surface`, on one :class:`Host`."""

    def __init__(self, host: Host) -> None:
        self.host = host

    async def answer(self, surface: Surface, scope: Scope, receive: Receive) -> Outcome:
        """Steps 1 to 7 for one request."""
        op: OperationSpec | None = None
        pairs: list[tuple[str, str]] = []
        try:
            pairs = parse_query_string(scope.get("query_string", b""))
            raw_path: bytes = (scope.get("raw_path") or scope["path"].encode()).split(b"?", 1)[0]
            op, values = resolve(surface.spec, scope["method"], raw_path[len(surface.prefix) :])
            call = await self._validated(surface, scope, receive, op, values, pairs)
            answer = await self._fault(call) if surface.faults and call.world.faults.rules else None
            if answer is None:
                answer = await surface.run(self.host, call)
        except ClientGone:
            return Outcome(op, pairs, Answer(CLIENT_GONE, None, error_code="client_disconnected"))
        except Exception as exc:
            answer = self._mapped(exc, scope)
        answer = surface.finish(answer)
        if op is not None and self.host.strict and answer.fault is None:
            answer = self._checked(surface, op, answer)
        return Outcome(op, pairs, answer)

    def record(self, scope: Scope, outcome: Outcome, started: float) -> None:
        """Step 8: the journal (API requests; ``started``: ``time.perf_counter()`` when the request came)."""
        host, op, answer = self.host, outcome.op, outcome.answer
        host.journal.record(
            time=host.world.clock.now(),
            method=scope["method"],
            path=scope["path"],
            operation_id=op.operation_id if op is not None else None,
            pairs=outcome.pairs,
            status=answer.status,
            duration_ms=(time.perf_counter() - started) * 1000,
            error_code=answer.error_code,
            fault=answer.fault,
            extra={"source": source} if (source := answer.headers.get(SOURCE_HEADER)) else None,
        )

    async def _validated(
        self,
        surface: Surface,
        scope: Scope,
        receive: Receive,
        op: OperationSpec,
        values: list[str],
        pairs: list[tuple[str, str]],
    ) -> Call:
        world = self.host.world
        compiled = surface.compiled[op.operation_id]
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", ())}
        account, instance = surface.authenticate(world, op, pairs, headers)
        query = compiled.parse_query(pairs)
        path = compiled.parse_path(values) if values else {}
        body = None
        if op.body is not None:
            raw = await read_body(receive, headers, surface.max_body)
            body = compiled.parse_body(headers.get("content-type"), raw)
        route = scope["path"][len(surface.prefix) :]
        return Call(op, op.method, route, pairs, query, path, body, headers, world, account, instance)

    async def _fault(self, call: Call) -> Answer | None:
        """The fault rules' decision: added latency, or an answer instead of the operation's."""
        iid = call.instance.id if call.instance is not None else None
        host = self.host
        decision = await host.in_world(host.roll_faults, call.op.operation_id, call.method, call.route or "/", iid)
        if decision is None:
            return None
        if decision.latency_ms:  # several rules add up; the sum is capped like each rule
            await asyncio.sleep(min(decision.latency_ms, MAX_LATENCY_MS) / 1000)
        rule = decision.rule
        if rule is None:
            return None
        extra = {"Retry-After": _retry_after(rule.retry_after)} if rule.retry_after is not None else {}
        answer = Answer.error(ApiError(int(rule.status or 500), rule.error_code, rule.error_message, headers=extra))
        answer.fault = rule.id
        return answer

    @staticmethod
    def _mapped(exc: Exception, scope: Scope) -> Answer:
        err = as_api_error(exc)
        if err is not None:
            return Answer.error(err)
        log.exception("unexpected error handling %s %s", scope["method"], scope.get("path"))
        message = "The emulator failed; see its log."
        return Answer(500, error_body(500, "emulator_internal_error", message), error_code="emulator_internal_error")

    def _checked(self, surface: Surface, op: OperationSpec, answer: Answer) -> Answer:
        compiled = surface.compiled[op.operation_id]
        obj = answer.obj if answer.body is None else None
        media = answer.media_type or "application/json"
        problems = compiled.check_response(answer.status, media, obj)
        if problems and answer.body is None:
            try:  # tuples and other JSON-able shapes: check what the client will really see
                problems = compiled.check_response(answer.status, media, json.loads(surface.encode(obj)))
            except (TypeError, ValueError) as exc:
                problems = [f"{op.operation_id} {answer.status}: body is not JSON-serialisable ({exc})"]
        if not problems:
            return answer
        body = self.host.breach(op.operation_id, answer.status, problems, surface.document)
        return surface.finish(Answer(500, body, error_code="emulator_contract_violation"))


async def read_body(receive: Receive, headers: Mapping[str, str], limit: int | None) -> bytes:
    """The request body, at most ``limit`` bytes (400 ``rest_invalid_json`` beyond); :class:`ClientGone`
    if the client left before it ended, so that a request never runs on part of its body."""
    declared = headers.get("content-length")
    if declared is not None:
        try:
            size = int(declared)
        except ValueError:
            raise ApiError(400, "rest_invalid_json", "Invalid Content-Length") from None
        if limit is not None and size > limit:
            raise _too_large(limit)
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            raise ClientGone
        chunk = message.get("body", b"")
        size += len(chunk)
        if limit is not None and size > limit:
            raise _too_large(limit)
        chunks.append(chunk)
        if not message.get("more_body", False):
            return b"".join(chunks)


def _too_large(limit: int) -> ApiError:
    return ApiError(400, "rest_invalid_json", f"The request body is larger than {limit} bytes")


def _retry_after(seconds: float) -> str:
    return str(max(0, int(seconds + 0.999)))
