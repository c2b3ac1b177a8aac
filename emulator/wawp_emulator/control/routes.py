"""The control API under ``/_emulator`` (plus ``/``, ``/openapi.json`` and ``/docs``), as a Starlette app.

Control requests are routed, parsed and validated by the same machinery as the API
(:class:`~wawp_emulator.spec.Spec`'s router, :mod:`wawp_emulator.validation`), driven by the control
spec (``control/openapi.yaml``, served as ``/_emulator/openapi.json``); the endpoints below are
registered by operationId, and every action operation runs its registered control action.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import Route

from wawp_emulator import __version__
from wawp_emulator.control.registry import CONTROL_ENDPOINTS, ControlRequest, control_endpoint
from wawp_emulator.docs import docs_html
from wawp_emulator.registry import ApiError, as_api_error, error_body
from wawp_emulator.spec import HTTP_METHODS, OperationSpec
from wawp_emulator.validation import invalid, parse_query_string, resolve
from wawp_emulator.webhooks import WebhookConfig

if TYPE_CHECKING:
    from wawp_emulator.emulator import Emulator

__all__ = ["build_starlette"]


# --------------------------------------------------------------------------- endpoints, by operationId


@control_endpoint("getHealth")
async def _health(emu: Emulator, request: ControlRequest) -> object:
    return {
        "status": "ok",
        "version": __version__,
        "instances": len(emu.world.instances),
        "clock": emu.world.clock.now(),
        "strict": emu.strict,
        "violations": len(emu.violations),
    }


@control_endpoint("resetWorld")
async def _reset(emu: Emulator, request: ControlRequest) -> object:
    await emu.in_world(emu.reset, request.body.get("seed"))
    return {"reset": True, "seed": emu.world.seed}


@control_endpoint("reseedWorld")
async def _seed(emu: Emulator, request: ControlRequest) -> object:
    await emu.in_world(emu.reseed, int(request.body["seed"]))
    return {"seed": emu.world.seed}


@control_endpoint("getClock")
async def _clock(emu: Emulator, request: ControlRequest) -> object:
    clock = emu.world.clock
    return {
        "now": clock.now(),
        "kind": type(clock).__name__,
        "manual": emu.manual_clock,
        "pending": emu.world.scheduler.pending()[:100],
    }


@control_endpoint("advanceClock")
async def _advance(emu: Emulator, request: ControlRequest) -> object:
    if not emu.manual_clock:
        raise ApiError(409, "clock_not_manual", "The clock follows real time; start with a manual clock to advance it")
    ran = await emu.in_world(emu.advance, float(request.body["seconds"]))
    return {"now": emu.world.clock.now(), "ran": ran}


@control_endpoint("createInstance")
async def _create_instance(emu: Emulator, request: ControlRequest) -> object:
    instance = await emu.in_world(emu.create_instance, request.body.get("name"), request.body.get("access_token"))
    return {"id": instance.id, "name": instance.name}


@control_endpoint("describeInstances")
async def _describe_instances(emu: Emulator, request: ControlRequest) -> object:
    return await emu.in_world(emu.state_summary)


@control_endpoint("listActions")
async def _list_actions(emu: Emulator, request: ControlRequest) -> object:
    return emu.actions()


@control_endpoint("runAction")
async def _run_action(emu: Emulator, request: ControlRequest) -> object:
    return await emu.in_world(emu.act, request.path["instance_id"], request.path["name"], request.body)


@control_endpoint("getEngine")
async def _get_engine(emu: Emulator, request: ControlRequest) -> object:
    return emu.engine_profile(request.path["instance_id"])


@control_endpoint("setEngine")
async def _set_engine(emu: Emulator, request: ControlRequest) -> object:
    body = request.body
    change = functools.partial(
        emu.set_engine, body.get("engine"), instance_id=request.path["instance_id"], send_shape=body.get("sendShape")
    )
    return await emu.in_world(change)


@control_endpoint("listWebhooks")
async def _list_webhooks(emu: Emulator, request: ControlRequest) -> object:
    return [h.to_json() for h in emu.webhooks(request.path["instance_id"])]


@control_endpoint("addWebhook")
async def _add_webhook(emu: Emulator, request: ControlRequest) -> object:
    try:
        hook = WebhookConfig.from_json(request.body)
    except (ValueError, KeyError, TypeError) as exc:
        raise invalid({"body": str(exc)}) from None
    return (await emu.in_world(emu.add_webhook_config, hook, request.path["instance_id"])).to_json()


@control_endpoint("removeWebhooks")
async def _remove_webhooks(emu: Emulator, request: ControlRequest) -> object:
    return {"removed": await emu.in_world(emu.remove_webhooks, request.path["instance_id"], request.query.get("id"))}


@control_endpoint("drainWebhooks")
async def _drain(emu: Emulator, request: ControlRequest) -> object:
    done = await run_in_threadpool(emu.drain, float(request.body.get("timeout", 10.0)))
    return {"drained": done, "pending": emu.dispatcher.pending}


@control_endpoint("listFaults")
async def _list_faults(emu: Emulator, request: ControlRequest) -> object:
    return [f.to_json() for f in emu.faults]


@control_endpoint("addFault")
async def _add_fault(emu: Emulator, request: ControlRequest) -> object:
    try:
        return (await emu.in_world(emu.add_fault, request.body)).to_json()
    except (ValueError, TypeError) as exc:
        raise invalid({"body": str(exc)}) from None


@control_endpoint("removeFaults")
async def _remove_faults(emu: Emulator, request: ControlRequest) -> object:
    rule_id = request.query.get("id")
    if rule_id:
        if not await emu.in_world(emu.remove_fault, rule_id):
            raise ApiError(404, "unknown_fault", f"No fault {rule_id!r}")
        return {"removed": 1}
    count = len(emu.faults)
    await emu.in_world(emu.clear_faults)
    return {"removed": count}


def _last(records: list[Any], limit: int | None) -> list[Any]:
    return records[-limit:] if limit is not None else records


@control_endpoint("listRequests")
async def _list_requests(emu: Emulator, request: ControlRequest) -> object:
    return emu.journal.to_json(request.query.get("operationId"), request.query.get("limit"))


@control_endpoint("clearRequests")
async def _clear_requests(emu: Emulator, request: ControlRequest) -> object:
    emu.journal.clear()
    return {"cleared": True}


@control_endpoint("listDeliveries")
async def _list_deliveries(emu: Emulator, request: ControlRequest) -> object:
    if request.query.get("drain"):
        await run_in_threadpool(emu.drain, 30.0)
    return _last(emu.delivery_journal.to_json(), request.query.get("limit"))


@control_endpoint("clearDeliveries")
async def _clear_deliveries(emu: Emulator, request: ControlRequest) -> object:
    emu.delivery_journal.clear()
    return {"cleared": True}


@control_endpoint("listEvents")
async def _list_events(emu: Emulator, request: ControlRequest) -> object:
    return _last(await emu.in_world(lambda: emu.events), request.query.get("limit"))


@control_endpoint("listViolations")
async def _list_violations(emu: Emulator, request: ControlRequest) -> object:
    return emu.violations


# --------------------------------------------------------------------------- dispatch


def _json(status: int, payload: Any, headers: Mapping[str, str] | None = None) -> Response:
    return Response(
        json.dumps(payload, ensure_ascii=False, default=str).encode(),
        status_code=status,
        media_type="application/json",
        headers=dict(headers or {}),
    )


async def _dispatch(emu: Emulator, request: Request) -> Response:
    """Route, parse and validate one control request, run its endpoint or action, check the answer."""
    control = emu.control
    scope = request.scope
    op: OperationSpec | None = None
    try:
        raw_path: bytes = (scope.get("raw_path") or scope["path"].encode()).split(b"?", 1)[0]
        op, values = resolve(control.spec, scope["method"], raw_path)
        compiled = control.compiled[op.operation_id]
        query = compiled.parse_query(parse_query_string(scope.get("query_string", b"")))
        path = compiled.parse_path(values)
        body = compiled.parse_body(request.headers.get("content-type"), await request.body()) if op.body else None
        parsed = ControlRequest(op.operation_id, query, path, body if isinstance(body, dict) else {})
        action = control.action_of.get(op.operation_id)
        if action is not None:
            result = await emu.in_world(emu.run_action, path["instance_id"], action, parsed.body)
        else:
            result = await CONTROL_ENDPOINTS[op.operation_id](emu, parsed)
        status, payload, headers = 200, result, {}
    except Exception as exc:
        err = as_api_error(exc)
        if err is None:
            raise
        status, payload, headers = err.status, err.body(), err.headers
    if op is not None and emu.strict:
        problems = control.compiled[op.operation_id].check_response(
            status, "application/json", json.loads(json.dumps(payload, default=str))
        )
        if problems:
            status, headers, payload = 500, {}, emu.breach(op.operation_id, status, problems, "the control spec")
    return _json(status, payload, headers)


def build_starlette(emu: Emulator, *, lifespan: Any = None) -> Starlette:
    spec_bytes = emu.spec.json_bytes
    control_bytes = emu.control.spec.json_bytes

    async def openapi(request: Request) -> Response:
        return Response(spec_bytes, media_type="application/json")

    async def control_openapi(request: Request) -> Response:
        return Response(control_bytes, media_type="application/json")

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

    async def control(request: Request) -> Response:
        return await _dispatch(emu, request)

    routes = [
        Route("/", index, methods=["GET"]),
        Route("/openapi.json", openapi, methods=["GET"]),
        Route("/docs", docs, methods=["GET"]),
        Route("/_emulator", index, methods=["GET"]),
        Route("/_emulator/openapi.json", control_openapi, methods=["GET"]),
        Route("/_emulator/docs", control_docs, methods=["GET"]),
        Route("/_emulator/{rest:path}", control, methods=[m.upper() for m in HTTP_METHODS]),
    ]

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        code = "rest_no_route"
        headers = dict(exc.headers or {})
        message = "No route was found matching the URL and request method."
        return _json(exc.status_code, error_body(exc.status_code, code, message), headers)

    return Starlette(routes=routes, exception_handlers={HTTPException: http_error}, lifespan=lifespan)
