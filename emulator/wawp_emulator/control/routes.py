"""The control API's endpoints, by operationId, and the pages around the APIs (a small Starlette app).

A control request goes through the same pipeline as an API request (:mod:`wawp_emulator.pipeline`,
the control surface in :mod:`wawp_emulator.surfaces`): routed, parsed and validated by the control
spec (``control/openapi.yaml``, served as ``/_emulator/openapi.json``), then the endpoint registered
here for its operation runs (an action operation runs its registered control action). An endpoint
that only reads the world is a plain function: the pipeline runs it on the world thread, with the
world locked, and refuses it (503) while the world is being reloaded from the state file, as it
refuses API requests, so a change that could not be stored is never shown. What the endpoints see of
the emulator is :class:`ControlHost`.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import Route

from wawp_emulator import __version__
from wawp_emulator.control.registry import ControlRequest, control_endpoint
from wawp_emulator.docs import docs_html
from wawp_emulator.registry import ApiError, error_body
from wawp_emulator.spec import V2_MOUNT
from wawp_emulator.validation import invalid
from wawp_emulator.webhooks import WebhookConfig

if TYPE_CHECKING:
    from wawp_emulator.faults import FaultRule
    from wawp_emulator.journal import RequestJournal
    from wawp_emulator.spec import Spec
    from wawp_emulator.webhooks import DeliveryJournal, WebhookDispatcher
    from wawp_emulator.world import Instance, World

__all__ = ["ControlHost", "build_starlette"]

T = TypeVar("T")


class ControlHost(Protocol):
    """What the control endpoints see of the emulator (``Emulator`` implements it; mypy checks that)."""

    world: World
    strict: bool
    violations: list[dict[str, Any]]
    journal: RequestJournal
    delivery_journal: DeliveryJournal
    dispatcher: WebhookDispatcher

    @property
    def manual_clock(self) -> bool: ...

    @property
    def faults(self) -> list[FaultRule]: ...

    @property
    def events(self) -> list[dict[str, Any]]: ...

    async def in_world(self, fn: Callable[..., T], *args: Any) -> T: ...

    def reset(self, seed: int | None = None) -> None: ...

    def reseed(self, seed: int) -> None: ...

    def advance(self, seconds: float) -> int: ...

    def create_instance(self, name: str | None = None, access_token: str | None = None) -> Instance: ...

    def state_summary(self) -> list[dict[str, Any]]: ...

    def actions(self) -> list[dict[str, Any]]: ...

    def act(
        self, instance_id: str | None, name: str, body: Mapping[str, Any] | None = None, /, **fields: Any
    ) -> Any: ...

    def engine_profile(self, instance_id: str | None = None) -> dict[str, Any]: ...

    def set_engine(
        self, engine: str | None = None, *, instance_id: str | None = None, send_shape: str | None = None
    ) -> dict[str, Any]: ...

    def webhooks(self, instance_id: str | None = None) -> list[WebhookConfig]: ...

    def add_webhook_config(self, hook: WebhookConfig, instance_id: str | None = None) -> WebhookConfig: ...

    def remove_webhooks(self, instance_id: str | None = None, webhook_id: str | None = None) -> int: ...

    def drain(self, timeout: float | None = 10.0) -> bool: ...

    def add_fault(self, rule: FaultRule | Mapping[str, Any] | None = None, **fields: Any) -> FaultRule: ...

    def remove_fault(self, rule_id: str) -> bool: ...

    def clear_faults(self) -> None: ...


# --------------------------------------------------------------------------- endpoints, by operationId


@control_endpoint("getHealth")
async def _health(emu: ControlHost, request: ControlRequest) -> object:
    return {
        "status": "ok",
        "version": __version__,
        "instances": len(emu.world.instances),
        "clock": emu.world.clock.now(),
        "strict": emu.strict,
        "violations": len(emu.violations),
    }


@control_endpoint("resetWorld")
async def _reset(emu: ControlHost, request: ControlRequest) -> object:
    await emu.in_world(emu.reset, request.body.get("seed"))
    return {"reset": True, "seed": emu.world.seed}


@control_endpoint("reseedWorld")
async def _seed(emu: ControlHost, request: ControlRequest) -> object:
    await emu.in_world(emu.reseed, int(request.body["seed"]))
    return {"seed": emu.world.seed}


@control_endpoint("getClock")
def _clock(emu: ControlHost, request: ControlRequest) -> object:
    clock = emu.world.clock
    return {
        "now": clock.now(),
        "kind": type(clock).__name__,
        "manual": emu.manual_clock,
        "pending": emu.world.scheduler.pending()[:100],
    }


@control_endpoint("advanceClock")
async def _advance(emu: ControlHost, request: ControlRequest) -> object:
    if not emu.manual_clock:
        raise ApiError(409, "clock_not_manual", "The clock follows real time; start with a manual clock to advance it")
    ran = await emu.in_world(emu.advance, float(request.body["seconds"]))
    return {"now": emu.world.clock.now(), "ran": ran}


@control_endpoint("createInstance")
async def _create_instance(emu: ControlHost, request: ControlRequest) -> object:
    instance = await emu.in_world(emu.create_instance, request.body.get("name"), request.body.get("access_token"))
    return {"id": instance.id, "name": instance.name}


@control_endpoint("describeInstances")
def _describe_instances(emu: ControlHost, request: ControlRequest) -> object:
    return emu.state_summary()


@control_endpoint("listActions")
async def _list_actions(emu: ControlHost, request: ControlRequest) -> object:
    return emu.actions()


@control_endpoint("runAction")
async def _run_action(emu: ControlHost, request: ControlRequest) -> object:
    return await emu.in_world(emu.act, request.path["instance_id"], request.path["name"], request.body)


@control_endpoint("getEngine")
def _get_engine(emu: ControlHost, request: ControlRequest) -> object:
    return emu.engine_profile(request.path["instance_id"])


@control_endpoint("setEngine")
async def _set_engine(emu: ControlHost, request: ControlRequest) -> object:
    body = request.body
    change = functools.partial(
        emu.set_engine, body.get("engine"), instance_id=request.path["instance_id"], send_shape=body.get("sendShape")
    )
    return await emu.in_world(change)


@control_endpoint("listWebhooks")
def _list_webhooks(emu: ControlHost, request: ControlRequest) -> object:
    return [h.to_json() for h in emu.webhooks(request.path["instance_id"])]


@control_endpoint("addWebhook")
async def _add_webhook(emu: ControlHost, request: ControlRequest) -> object:
    try:
        hook = WebhookConfig.from_json(request.body)
    except (ValueError, KeyError, TypeError) as exc:
        raise invalid({"body": str(exc)}) from None
    return (await emu.in_world(emu.add_webhook_config, hook, request.path["instance_id"])).to_json()


@control_endpoint("removeWebhooks")
async def _remove_webhooks(emu: ControlHost, request: ControlRequest) -> object:
    return {"removed": await emu.in_world(emu.remove_webhooks, request.path["instance_id"], request.query.get("id"))}


@control_endpoint("drainWebhooks")
async def _drain(emu: ControlHost, request: ControlRequest) -> object:
    done = await run_in_threadpool(emu.drain, float(request.body.get("timeout", 10.0)))
    return {"drained": done, "pending": emu.dispatcher.pending}


@control_endpoint("listFaults")
def _list_faults(emu: ControlHost, request: ControlRequest) -> object:
    return [f.to_json() for f in emu.faults]


@control_endpoint("addFault")
async def _add_fault(emu: ControlHost, request: ControlRequest) -> object:
    try:
        return (await emu.in_world(emu.add_fault, request.body)).to_json()
    except (ValueError, TypeError) as exc:
        raise invalid({"body": str(exc)}) from None


@control_endpoint("removeFaults")
async def _remove_faults(emu: ControlHost, request: ControlRequest) -> object:
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
async def _list_requests(emu: ControlHost, request: ControlRequest) -> object:
    return emu.journal.to_json(request.query.get("operationId"), request.query.get("limit"))


@control_endpoint("clearRequests")
async def _clear_requests(emu: ControlHost, request: ControlRequest) -> object:
    emu.journal.clear()
    return {"cleared": True}


@control_endpoint("listDeliveries")
async def _list_deliveries(emu: ControlHost, request: ControlRequest) -> object:
    if request.query.get("drain"):
        await run_in_threadpool(emu.drain, 30.0)
    return _last(emu.delivery_journal.to_json(), request.query.get("limit"))


@control_endpoint("clearDeliveries")
async def _clear_deliveries(emu: ControlHost, request: ControlRequest) -> object:
    emu.delivery_journal.clear()
    return {"cleared": True}


@control_endpoint("listEvents")
def _list_events(emu: ControlHost, request: ControlRequest) -> object:
    return _last(emu.events, request.query.get("limit"))


@control_endpoint("listViolations")
async def _list_violations(emu: ControlHost, request: ControlRequest) -> object:
    return emu.violations


# --------------------------------------------------------------------------- the pages


def _json(status: int, payload: Any, headers: Mapping[str, str] | None = None) -> Response:
    return Response(
        json.dumps(payload, ensure_ascii=False, default=str).encode(),
        status_code=status,
        media_type="application/json",
        headers=dict(headers or {}),
    )


def build_starlette(spec: Spec, control_spec: Spec, v2_spec: Spec, *, lifespan: Any = None) -> Starlette:
    """The pages around the APIs (index, specs, docs), the 404 and 405 of any other path, and the lifespan."""
    spec_bytes = spec.json_bytes
    control_bytes = control_spec.json_bytes
    v2_bytes = v2_spec.json_bytes

    async def openapi(request: Request) -> Response:
        return Response(spec_bytes, media_type="application/json")

    async def v2_openapi(request: Request) -> Response:  # (bundled: v1's shapes it shares are inlined)
        return Response(v2_bytes, media_type="application/json")

    async def control_openapi(request: Request) -> Response:
        return Response(control_bytes, media_type="application/json")

    async def docs(request: Request) -> Response:
        return HTMLResponse(docs_html("/openapi.json", spec.base_path, "Wawp API (emulated)"))

    async def control_docs(request: Request) -> Response:
        return HTMLResponse(docs_html("/_emulator/openapi.json", "", "wawp-emulator control API"))

    async def index(request: Request) -> Response:
        return _json(
            200,
            {
                "name": "wawp-emulator",
                "version": __version__,
                "api": spec.base_path,
                "spec": "/openapi.json",
                "docs": "/docs",
                "apiV2": V2_MOUNT,
                "specV2": "/openapi-v2.json",
                "control": "/_emulator",
                "controlSpec": "/_emulator/openapi.json",
                "controlDocs": "/_emulator/docs",
            },
        )

    routes = [
        Route("/", index, methods=["GET"]),
        Route("/openapi.json", openapi, methods=["GET"]),
        Route("/openapi-v2.json", v2_openapi, methods=["GET"]),
        Route("/docs", docs, methods=["GET"]),
        Route("/_emulator", index, methods=["GET"]),
        Route("/_emulator/openapi.json", control_openapi, methods=["GET"]),
        Route("/_emulator/docs", control_docs, methods=["GET"]),
    ]

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        code = "rest_no_route"
        headers = dict(exc.headers or {})
        message = "No route was found matching the URL and request method."
        return _json(exc.status_code, error_body(exc.status_code, code, message), headers)

    return Starlette(routes=routes, exception_handlers={HTTPException: http_error}, lifespan=lifespan)
