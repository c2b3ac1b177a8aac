"""The control API under ``/_emulator`` (plus ``/openapi.json`` and ``/docs``), as a Starlette app.

The route table below is also the source of the control API's own OpenAPI document
(``GET /_emulator/openapi.json``), together with the registered control actions.
"""

from __future__ import annotations

import json
import re
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import jsonschema
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import Route

from wawp_emulator import __version__, safejson
from wawp_emulator.control.registry import CONTROL_ACTIONS
from wawp_emulator.docs import docs_html
from wawp_emulator.engines import ENGINE_NAMES, SEND_SHAPES
from wawp_emulator.faults import MAX_LATENCY_MS
from wawp_emulator.registry import ApiError, as_api_error, error_body
from wawp_emulator.validation import invalid
from wawp_emulator.webhooks import WebhookConfig

if TYPE_CHECKING:
    from wawp_emulator.emulator import Emulator

__all__ = ["CONTROL_ROUTES", "build_starlette", "control_openapi"]

Endpoint = Callable[["Emulator", Request, dict[str, Any]], Awaitable[Any]]


@dataclass
class ControlRoute:
    method: str
    path: str
    summary: str
    endpoint: Endpoint
    body: dict[str, Any] | None = None
    query: dict[str, dict[str, Any]] = field(default_factory=dict)
    tag: str = "emulator"


_LIMIT = re.compile(r"[0-9]{1,9}")
MAX_ADVANCE_SECONDS = 100 * 365 * 86400
"""A century: more than any test needs, and far from float overflow."""

_ENGINE = {
    "type": "object",
    "properties": {
        "engine": {"enum": list(ENGINE_NAMES), "description": "GOWS (Wawp's engine), WEBJS or NOWEB"},
        "sendShape": {
            "enum": list(SEND_SHAPES),
            "description": "engine: the engine's raw message; wawp-ack: {sent: true, upstream_status: 201}",
        },
    },
    "additionalProperties": False,
    "minProperties": 1,
}
_SEED = {"type": "object", "properties": {"seed": {"type": "integer"}}, "additionalProperties": False}
_WEBHOOK = {
    "type": "object",
    "required": ["url"],
    "properties": {
        "url": {"type": "string", "pattern": "^https?://"},
        "events": {"type": "array", "items": {"type": "string", "minLength": 1}, "minItems": 1},
        "hmac": {
            "type": ["object", "null"],
            "properties": {"key": {"type": "string", "minLength": 1}, "algorithm": {"enum": ["sha512", "sha256"]}},
            "required": ["key"],
        },
        "retries": {
            "type": "object",
            "properties": {
                "attempts": {"type": "integer", "minimum": 1, "maximum": 100},
                "delaySeconds": {"type": "number", "minimum": 0, "maximum": 3600},
                "policy": {"enum": ["constant", "linear", "exponential"]},
            },
        },
        "customHeaders": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["name", "value"],
                "properties": {"name": {"type": "string", "minLength": 1}, "value": {"type": "string"}},
            },
        },
        "duplicates": {
            "type": "object",
            "description": "At-least-once delivery, to test that consumers are idempotent.",
            "properties": {
                "copies": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 10,
                    "description": "deliveries of each event, all with the same event id (default 1)",
                },
                "sameRequestId": {
                    "type": "boolean",
                    "description": "copies repeat the first X-Webhook-Request-Id, not fresh ones (default false)",
                },
                "lidCopies": {
                    "type": "boolean",
                    "description": "also deliver inbound message / message.any with the sender as a @lid id "
                    "(own event id), as newer engines do (default false)",
                },
            },
            "additionalProperties": False,
        },
    },
}
_FAULT = {
    "type": "object",
    "properties": {
        "id": {"type": "string", "minLength": 1},
        "operation": {"type": "string", "description": "glob on operationId, e.g. send*"},
        "route": {"type": "string", "description": "glob on the path after /wp-json/awp/v1"},
        "method": {"type": "string"},
        "instance_id": {"type": ["string", "null"]},
        "status": {"type": ["integer", "null"], "minimum": 400, "maximum": 599},
        "code": {"type": ["string", "null"]},
        "message": {"type": ["string", "null"]},
        "latency_ms": {"type": "number", "minimum": 0, "maximum": MAX_LATENCY_MS},
        "probability": {"type": "number", "minimum": 0, "maximum": 1},
        "times": {"type": ["integer", "null"], "minimum": 0},
        "retry_after": {"type": ["number", "null"], "minimum": 0},
    },
    "additionalProperties": False,
}


def _check(schema: Mapping[str, Any] | None, body: Any) -> None:
    if schema is None:
        return
    errors = list(jsonschema.Draft202012Validator(schema).iter_errors(body))
    if errors:
        raise invalid({(".".join(str(p) for p in e.absolute_path) or "body"): e.message for e in errors[:10]})


# --------------------------------------------------------------------------- endpoints


async def _health(emu: Emulator, request: Request, body: dict[str, Any]) -> Any:
    return {
        "status": "ok",
        "version": __version__,
        "instances": len(emu.world.instances),
        "clock": emu.world.clock.now(),
        "strict": emu.strict,
        "violations": len(emu.violations),
    }


async def _reset(emu: Emulator, request: Request, body: dict[str, Any]) -> Any:
    emu.reset(body.get("seed"))
    return {"reset": True, "seed": emu.world.seed}


async def _seed(emu: Emulator, request: Request, body: dict[str, Any]) -> Any:
    if "seed" not in body:
        raise invalid({"seed": "seed is required."})
    emu.reseed(int(body["seed"]))
    return {"seed": emu.world.seed}


async def _clock(emu: Emulator, request: Request, body: dict[str, Any]) -> Any:
    clock = emu.world.clock
    return {
        "now": clock.now(),
        "kind": type(clock).__name__,
        "manual": emu.manual_clock,
        "pending": emu.world.scheduler.pending()[:100],
    }


async def _advance(emu: Emulator, request: Request, body: dict[str, Any]) -> Any:
    if not emu.manual_clock:
        raise ApiError(409, "clock_not_manual", "The clock follows real time; start with a manual clock to advance it")
    ran = emu.advance(float(body["seconds"]))
    return {"now": emu.world.clock.now(), "ran": ran}


def _instance_id(request: Request) -> str:
    return str(request.path_params["instance_id"])


async def _webhooks_get(emu: Emulator, request: Request, body: dict[str, Any]) -> Any:
    return [h.to_json() for h in emu.webhooks(_instance_id(request))]


async def _webhooks_post(emu: Emulator, request: Request, body: dict[str, Any]) -> Any:
    try:
        hook = WebhookConfig.from_json(body)
    except (ValueError, KeyError, TypeError) as exc:
        raise invalid({"body": str(exc)}) from None
    return emu.add_webhook_config(hook, _instance_id(request)).to_json()


async def _webhooks_delete(emu: Emulator, request: Request, body: dict[str, Any]) -> Any:
    webhook_id = request.query_params.get("id")
    return {"removed": emu.remove_webhooks(_instance_id(request), webhook_id)}


async def _faults_get(emu: Emulator, request: Request, body: dict[str, Any]) -> Any:
    return [f.to_json() for f in emu.faults]


async def _faults_post(emu: Emulator, request: Request, body: dict[str, Any]) -> Any:
    try:
        return emu.add_fault(body).to_json()
    except (ValueError, TypeError) as exc:
        raise invalid({"body": str(exc)}) from None


async def _faults_delete(emu: Emulator, request: Request, body: dict[str, Any]) -> Any:
    rule_id = request.query_params.get("id")
    if rule_id:
        if not emu.remove_fault(rule_id):
            raise ApiError(404, "unknown_fault", f"No fault {rule_id!r}")
        return {"removed": 1}
    count = len(emu.faults)
    emu.clear_faults()
    return {"removed": count}


def _limit(request: Request) -> int | None:
    raw = request.query_params.get("limit")
    if raw is None:
        return None
    if not _LIMIT.fullmatch(raw):  # not str.isdigit: it takes "²", which int() refuses
        raise invalid({"limit": "limit must be an integer from 0 to 999999999."})
    return int(raw)


async def _journal_requests(emu: Emulator, request: Request, body: dict[str, Any]) -> Any:
    return emu.journal.to_json(request.query_params.get("operationId"), _limit(request))


async def _journal_requests_clear(emu: Emulator, request: Request, body: dict[str, Any]) -> Any:
    emu.journal.clear()
    return {"cleared": True}


async def _journal_webhooks(emu: Emulator, request: Request, body: dict[str, Any]) -> Any:
    if request.query_params.get("drain") == "true":
        await run_in_threadpool(emu.drain, 30.0)
    records = emu.delivery_journal.to_json()
    limit = _limit(request)
    return records[-limit:] if limit is not None else records


async def _journal_webhooks_clear(emu: Emulator, request: Request, body: dict[str, Any]) -> Any:
    emu.delivery_journal.clear()
    return {"cleared": True}


async def _journal_events(emu: Emulator, request: Request, body: dict[str, Any]) -> Any:
    events = emu.events
    limit = _limit(request)
    return events[-limit:] if limit is not None else events


async def _drain(emu: Emulator, request: Request, body: dict[str, Any]) -> Any:
    timeout = float(body.get("timeout", 10.0))
    done = await run_in_threadpool(emu.drain, timeout)
    return {"drained": done, "pending": emu.dispatcher.pending}


async def _state_instances(emu: Emulator, request: Request, body: dict[str, Any]) -> Any:
    return emu.state_summary()


async def _instances_post(emu: Emulator, request: Request, body: dict[str, Any]) -> Any:
    instance = emu.create_instance(body.get("name"), body.get("access_token"))
    return {"id": instance.id, "name": instance.name}


async def _engine_get(emu: Emulator, request: Request, body: dict[str, Any]) -> Any:
    return emu.engine_profile(_instance_id(request))


async def _engine_put(emu: Emulator, request: Request, body: dict[str, Any]) -> Any:
    return emu.set_engine(body.get("engine"), instance_id=_instance_id(request), send_shape=body.get("sendShape"))


async def _actions(emu: Emulator, request: Request, body: dict[str, Any]) -> Any:
    return emu.actions()


async def _act(emu: Emulator, request: Request, body: dict[str, Any]) -> Any:
    name = str(request.path_params["name"])
    if name not in CONTROL_ACTIONS:
        raise ApiError(404, "unknown_action", f"No control action {name!r}; see GET /_emulator/actions")
    return emu.act(_instance_id(request), name, body)


async def _violations(emu: Emulator, request: Request, body: dict[str, Any]) -> Any:
    return emu.violations


CONTROL_ROUTES: list[ControlRoute] = [
    ControlRoute("GET", "/_emulator/health", "Liveness, version, clock and contract-violation count", _health),
    ControlRoute(
        "POST",
        "/_emulator/reset",
        "Fresh world (optionally with a new seed); journals, faults cleared",
        _reset,
        body=_SEED,
    ),
    ControlRoute(
        "POST",
        "/_emulator/seed",
        "Reseed every random sequence (state is kept)",
        _seed,
        body={**_SEED, "required": ["seed"]},
    ),
    ControlRoute("GET", "/_emulator/clock", "The emulator clock and pending scheduled callbacks", _clock),
    ControlRoute(
        "POST",
        "/_emulator/clock/advance",
        "Advance the manual clock, running what falls due",
        _advance,
        body={
            "type": "object",
            "required": ["seconds"],
            "properties": {"seconds": {"type": "number", "minimum": 0, "maximum": MAX_ADVANCE_SECONDS}},
            "additionalProperties": False,
        },
    ),
    ControlRoute(
        "POST",
        "/_emulator/instances",
        "Create an instance (for an existing or new access token)",
        _instances_post,
        body={
            "type": "object",
            "properties": {"name": {"type": "string"}, "access_token": {"type": "string", "minLength": 1}},
        },
    ),
    ControlRoute("GET", "/_emulator/instances/{instance_id}/webhooks", "The instance's webhooks", _webhooks_get),
    ControlRoute(
        "POST",
        "/_emulator/instances/{instance_id}/webhooks",
        "Add a webhook (WAHA WebhookConfig shape)",
        _webhooks_post,
        body=_WEBHOOK,
    ),
    ControlRoute(
        "DELETE",
        "/_emulator/instances/{instance_id}/webhooks",
        "Remove the instance's webhooks (?id= one)",
        _webhooks_delete,
        query={"id": {"type": "string"}},
    ),
    ControlRoute(
        "GET",
        "/_emulator/instances/{instance_id}/engine",
        "The instance's engine profile: the engine its answers imitate and the shape of send answers",
        _engine_get,
    ),
    ControlRoute(
        "PUT",
        "/_emulator/instances/{instance_id}/engine",
        "Answer as another engine (GOWS, WEBJS, NOWEB), or send answers as the Wawp ack ({sent, upstream_status})",
        _engine_put,
        body=_ENGINE,
    ),
    ControlRoute("GET", "/_emulator/faults", "Fault rules", _faults_get),
    ControlRoute("POST", "/_emulator/faults", "Add a fault rule", _faults_post, body=_FAULT),
    ControlRoute(
        "DELETE",
        "/_emulator/faults",
        "Remove every fault rule (?id= one)",
        _faults_delete,
        query={"id": {"type": "string"}},
    ),
    ControlRoute(
        "GET",
        "/_emulator/journal/requests",
        "The request journal (credentials masked)",
        _journal_requests,
        query={"operationId": {"type": "string"}, "limit": {"type": "integer"}},
    ),
    ControlRoute("DELETE", "/_emulator/journal/requests", "Clear the request journal", _journal_requests_clear),
    ControlRoute(
        "GET",
        "/_emulator/journal/webhooks",
        "Webhook deliveries and their attempts (?drain=true waits)",
        _journal_webhooks,
        query={"drain": {"type": "boolean"}, "limit": {"type": "integer"}},
    ),
    ControlRoute("DELETE", "/_emulator/journal/webhooks", "Clear the delivery journal", _journal_webhooks_clear),
    ControlRoute(
        "GET",
        "/_emulator/journal/events",
        "Every event emitted (webhook envelopes)",
        _journal_events,
        query={"limit": {"type": "integer"}},
    ),
    ControlRoute(
        "POST",
        "/_emulator/webhooks/drain",
        "Wait until every queued delivery is final",
        _drain,
        body={"type": "object", "properties": {"timeout": {"type": "number", "minimum": 0}}},
    ),
    ControlRoute(
        "GET", "/_emulator/state/instances", "Instances, their webhooks and state summaries", _state_instances
    ),
    ControlRoute("GET", "/_emulator/violations", "Contract violations seen in strict mode", _violations),
    ControlRoute("GET", "/_emulator/actions", "Registered control actions and their body schemas", _actions),
    ControlRoute(
        "POST",
        "/_emulator/instances/{instance_id}/actions/{name}",
        "Run a control action (body validated against the action's schema)",
        _act,
        body={"type": "object"},
    ),
]


# --------------------------------------------------------------------------- the control API's OpenAPI


def control_openapi() -> dict[str, Any]:
    error_ref = {"$ref": "#/components/schemas/Error"}
    errors = {
        "400": {"description": "invalid body or parameter", "content": {"application/json": {"schema": error_ref}}},
        "404": {
            "description": "unknown instance, action or fault",
            "content": {"application/json": {"schema": error_ref}},
        },
    }
    paths: dict[str, Any] = {}

    def add(
        path: str,
        method: str,
        summary: str,
        body: dict[str, Any] | None,
        query: Mapping[str, Any],
        op_id: str,
        description: str = "",
    ) -> None:
        params = (
            [{"name": "instance_id", "in": "path", "required": True, "schema": {"type": "string"}}]
            if "{instance_id}" in path
            else []
        )
        params += [{"name": n, "in": "query", "required": False, "schema": s} for n, s in query.items()]
        op: dict[str, Any] = {
            "operationId": op_id,
            "summary": summary,
            "tags": ["actions" if "/actions/" in path else "emulator"],
            "responses": {"200": {"description": "OK", "content": {"application/json": {"schema": {}}}}, **errors},
        }
        if description:
            op["description"] = description
        if params:
            op["parameters"] = params
        if body is not None:
            op["requestBody"] = {"required": False, "content": {"application/json": {"schema": body}}}
        paths.setdefault(path, {})[method.lower()] = op

    for route in CONTROL_ROUTES:
        if route.path.endswith("/actions/{name}"):
            continue
        op_id = (
            "emulator_"
            + "_".join(p.strip("{}") for p in route.path.removeprefix("/_emulator/").split("/") if p).replace(".", "_")
            + "_"
            + route.method.lower()
        )
        add(route.path, route.method, route.summary, route.body, route.query, op_id)
    for action in sorted(CONTROL_ACTIONS.values(), key=lambda a: a.name):
        add(
            f"/_emulator/instances/{{instance_id}}/actions/{action.name}",
            "POST",
            action.summary,
            action.schema,
            {},
            "action_" + action.name.replace(".", "_"),
            action.description,
        )
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "wawp-emulator control API",
            "version": __version__,
            "description": "What the phone, the other people and the tester do: reset, seed, clock, webhooks, "
            "faults, journals and per-instance control actions. Not part of the Wawp API.",
        },
        "paths": paths,
        "components": {
            "schemas": {
                "Error": {
                    "type": "object",
                    "required": ["code", "message", "data"],
                    "properties": {
                        "code": {"type": "string"},
                        "message": {"type": "string"},
                        "data": {"type": "object", "properties": {"status": {"type": "integer"}}},
                    },
                }
            }
        },
    }


# --------------------------------------------------------------------------- Starlette wiring


def _json(status: int, payload: Any, headers: Mapping[str, str] | None = None) -> Response:
    return Response(
        json.dumps(payload, ensure_ascii=False, default=str).encode(),
        status_code=status,
        media_type="application/json",
        headers=dict(headers or {}),
    )


def _wrap(emu: Emulator, route: ControlRoute) -> Callable[[Request], Awaitable[Response]]:
    async def endpoint(request: Request) -> Response:
        try:
            body: Any = {}
            if route.method in ("POST", "PUT", "PATCH", "DELETE"):
                raw = await request.body()
                if raw.strip():
                    try:
                        body = safejson.loads(raw.decode("utf-8"))
                    except UnicodeDecodeError:
                        raise ApiError(400, "rest_invalid_json", "The body is not valid UTF-8") from None
                    except safejson.UnsafeJson as exc:
                        raise ApiError(400, "rest_invalid_json", f"The body is not storable JSON: {exc}") from None
            if not isinstance(body, dict):
                raise invalid({"body": "the body must be a JSON object"})
            _check(route.body, body)
            result = await route.endpoint(emu, request, body)
            return _json(200, result)
        except Exception as exc:
            err = as_api_error(exc)
            if err is None:
                raise
            return _json(err.status, err.body(), err.headers)

    return endpoint


def build_starlette(emu: Emulator, *, lifespan: Any = None) -> Starlette:
    spec_bytes = emu.spec.json_bytes

    async def openapi(request: Request) -> Response:
        return Response(spec_bytes, media_type="application/json")

    async def control_spec(request: Request) -> Response:
        return _json(200, control_openapi())

    async def docs(request: Request) -> Response:
        return HTMLResponse(docs_html("/openapi.json", emu.spec.base_path, "Wawp API (emulated)"))

    async def control_docs(request: Request) -> Response:
        return HTMLResponse(docs_html("/_emulator/openapi.json", "", "wawp-emulator control API"))

    async def index(request: Request) -> Response:
        return _json(
            200,
            {
                "name": "wawp-emulator",
                "version": __version__,
                "api": emu.spec.base_path,
                "spec": "/openapi.json",
                "docs": "/docs",
                "control": "/_emulator",
                "controlSpec": "/_emulator/openapi.json",
                "controlDocs": "/_emulator/docs",
            },
        )

    routes = [
        Route("/", index, methods=["GET"]),
        Route("/openapi.json", openapi, methods=["GET"]),
        Route("/docs", docs, methods=["GET"]),
        Route("/_emulator", index, methods=["GET"]),
        Route("/_emulator/openapi.json", control_spec, methods=["GET"]),
        Route("/_emulator/docs", control_docs, methods=["GET"]),
    ]
    grouped: dict[str, list[ControlRoute]] = {}
    for route in CONTROL_ROUTES:
        grouped.setdefault(route.path, []).append(route)
    for path, group in grouped.items():
        by_method = {r.method: _wrap(emu, r) for r in group}

        def make(
            by_method: dict[str, Callable[[Request], Awaitable[Response]]],
        ) -> Callable[[Request], Awaitable[Response]]:
            async def endpoint(request: Request) -> Response:
                # Starlette adds HEAD to every GET route; it is answered as the GET (body dropped by Starlette)
                method = "GET" if request.method == "HEAD" else request.method
                return await by_method[method](request)

            return endpoint

        routes.append(Route(path, make(by_method), methods=list(by_method)))

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        code = "rest_no_route"
        headers = dict(exc.headers or {})
        message = "No route was found matching the URL and request method."
        return _json(exc.status_code, error_body(exc.status_code, code, message), headers)

    return Starlette(routes=routes, exception_handlers={HTTPException: http_error}, lifespan=lifespan)
