"""``wawp-emulator``: serve the emulator over HTTP with uvicorn."""

from __future__ import annotations

import argparse
import logging
import os
import signal
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import yaml

from wawp_emulator import __version__
from wawp_emulator.control.guard import is_loopback_host
from wawp_emulator.engines import DEFAULT_ENGINE, ENGINE_NAMES, engine_name
from wawp_emulator.repeats import RepeatFilter
from wawp_emulator.serving import DEFAULT_BODY_TIMEOUT, DEFAULT_HEADER_TIMEOUT, MOST_CONNECTIONS, Limits, server_config

if TYPE_CHECKING:
    from wawp_emulator.emulator import Emulator

__all__ = ["main", "parser"]

ENV_INSTANCE_ID = "WAWP_EMULATOR_INSTANCE_ID"
ENV_ACCESS_TOKEN = "WAWP_EMULATOR_ACCESS_TOKEN"
ENV_WEBHOOK_URL = "WAWP_EMULATOR_WEBHOOK_URL"
ENV_ENGINE = "WAWP_EMULATOR_ENGINE"
ENV_CONTROL_TOKEN = "WAWP_EMULATOR_CONTROL_TOKEN"


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="wawp-emulator",
        description="A stateful, spec-validated local emulator of the Wawp WhatsApp API.",
    )
    p.add_argument("--host", default="127.0.0.1", help="interface to bind (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8787, help="port (default 8787; 0 picks a free one)")
    p.add_argument("--seed", type=int, default=0, help="seed of every random choice and id (default 0)")
    p.add_argument("--state", metavar="FILE", help="persist the world in this SQLite file (loaded if present)")
    p.add_argument(
        "--engine",
        type=str.upper,
        choices=ENGINE_NAMES,
        default=None,
        help=f"the WAHA engine whose response and webhook shapes to imitate (env {ENV_ENGINE}; default "
        f"{DEFAULT_ENGINE}, the engine Wawp runs)",
    )
    p.add_argument(
        "--control-token",
        help=f"require this token (Authorization: Bearer) on /_emulator/*; needed to bind beyond loopback "
        f"(env {ENV_CONTROL_TOKEN})",
    )
    p.add_argument(
        "--spec",
        metavar="FILE",
        help="serve this OpenAPI document (YAML or JSON) instead of the bundled one, e.g. a regenerated spec",
    )
    p.add_argument(
        "--spec-fallback",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="answer operations without a stateful handler from the spec's examples and schemas "
        "(header X-Wawp-Emulator-Source); --no-spec-fallback answers them 501",
    )
    p.add_argument(
        "--coverage",
        action="store_true",
        help="list which operations have a stateful handler and which are served from the spec, then exit",
    )
    p.add_argument("--instance-id", help=f"default instance id (env {ENV_INSTANCE_ID})")
    p.add_argument("--access-token", help=f"default access token (env {ENV_ACCESS_TOKEN})")
    p.add_argument("--webhook-url", help=f"webhook for every event of the default instance (env {ENV_WEBHOOK_URL})")
    p.add_argument("--webhook-hmac-key", help="sign the --webhook-url deliveries with this key (HMAC-SHA512)")
    p.add_argument(
        "--strict",
        action=argparse.BooleanOptionalAction,
        default=False,
        help="validate every response against the spec; violations answer 500 emulator_contract_violation",
    )
    p.add_argument(
        "--manual-clock", action="store_true", help="virtual time, moved only by POST /_emulator/clock/advance"
    )
    p.add_argument(
        "--max-connections",
        type=_positive(int),
        metavar="N",
        help="connections open at once; one more closes the connection that waited longest for its request head "
        f"(default: what the open-file limit leaves room for, at most {MOST_CONNECTIONS})",
    )
    timeouts = (
        (
            "--header-timeout",
            DEFAULT_HEADER_TIMEOUT,
            "a connection has to send a complete request head, also between keep-alive requests",
        ),
        (
            "--body-timeout",
            DEFAULT_BODY_TIMEOUT,
            "a request body has to arrive in full once its head has; too slow: 408, connection closed",
        ),
    )
    for flag, seconds, what in timeouts:
        p.add_argument(
            flag, type=_positive(float), metavar="SECONDS", default=seconds, help=f"time {what} (default {seconds:g})"
        )
    p.add_argument("--log-level", default="info", choices=["critical", "error", "warning", "info", "debug"])
    p.add_argument("--version", action="version", version=f"wawp-emulator {__version__}")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    p = parser()
    args = p.parse_args(argv)
    try:
        engine = engine_name(args.engine or os.environ.get(ENV_ENGINE) or DEFAULT_ENGINE)
    except ValueError as exc:
        p.error(f"{ENV_ENGINE}: {exc}")
    control_token = args.control_token or os.environ.get(ENV_CONTROL_TOKEN) or None
    if control_token is None and not is_loopback_host(args.host):
        p.error(
            f"--host {args.host} exposes the control API (reset, webhooks, message bodies) beyond this machine: "
            f"give it a --control-token (or {ENV_CONTROL_TOKEN}), or bind 127.0.0.1"
        )
    logging.basicConfig(level=args.log_level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    if args.coverage:
        return _coverage(args.spec, args.spec_fallback)
    import uvicorn

    from wawp_emulator.clock import ManualClock, RealClock
    from wawp_emulator.emulator import Emulator
    from wawp_emulator.persistence import PersistenceError

    if args.state and hasattr(signal, "SIGXFSZ"):
        # A file-size limit (ulimit -f) then fails the write, which answers 503, instead of killing the process.
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    instance_id = args.instance_id or os.environ.get(ENV_INSTANCE_ID) or None
    access_token = args.access_token or os.environ.get(ENV_ACCESS_TOKEN) or None
    try:
        emulator = Emulator(
            seed=args.seed,
            clock=ManualClock() if args.manual_clock else RealClock(),
            strict=args.strict,
            state_file=args.state,
            engine=engine,
            control_token=control_token,
            spec_path=args.spec,
            spec_fallback=args.spec_fallback,
            instance_id=instance_id,
            access_token=access_token,
        )
    except (PersistenceError, *_SPEC_ERRORS) as exc:
        print(f"wawp-emulator: {exc}", file=sys.stderr)
        return 2
    webhook_url = args.webhook_url or os.environ.get(ENV_WEBHOOK_URL)
    if webhook_url and not any(h.url == webhook_url for h in emulator.webhooks()):
        emulator.add_webhook(webhook_url, hmac_key=args.webhook_hmac_key)

    limits = Limits.for_this_process(args.max_connections, args.header_timeout, args.body_timeout)
    config = server_config(emulator.app, args.host, args.port, limits, log_level=args.log_level)
    repeats = RepeatFilter()  # (after the config: uvicorn sets up its log handlers there)
    for name in ("", "uvicorn", "uvicorn.error", "wawp_emulator"):
        repeats.install(logging.getLogger(name).handlers)
    server = uvicorn.Server(config)
    original_startup = server.startup

    async def startup(sockets: object = None) -> None:
        await original_startup(sockets=sockets)  # type: ignore[arg-type]
        if server.started:
            _banner(emulator, server, Shown(instance_id is None, access_token is None))

    server.startup = startup  # type: ignore[method-assign]
    try:
        server.run()
    finally:
        emulator.close()
        repeats.report(logging.getLogger("wawp_emulator"))
    return 0 if server.started else 1


def _positive(kind: type[float] | type[int]) -> Callable[[str], float]:
    def parse(text: str) -> float:
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
        if not value > 0:
            raise argparse.ArgumentTypeError(f"must be more than 0: {text!r}")
        return value

    return parse


_SPEC_ERRORS = (OSError, ValueError, KeyError, TypeError, yaml.YAMLError)
"""What loading an unreadable or malformed ``--spec`` raises."""


def _coverage(spec_path: str | None, spec_fallback: bool) -> int:
    """``--coverage``: print how each operation of the spec is answered; no server, no world."""
    from wawp_emulator.fallback import SpecFallback, coverage, format_coverage
    from wawp_emulator.handlers import load_handlers
    from wawp_emulator.registry import HANDLERS
    from wawp_emulator.spec import load_spec

    load_handlers()
    try:
        spec = load_spec(spec_path)
        rows = coverage(spec, HANDLERS, SpecFallback(spec) if spec_fallback else None)
    except _SPEC_ERRORS as exc:
        print(f"wawp-emulator: cannot load the spec {spec_path or '(bundled)'}: {exc}", file=sys.stderr)
        return 2
    try:
        print(format_coverage(rows, spec_path or "the bundled spec"), flush=True)
    except BrokenPipeError:  # `| head`: the reader has enough; leave quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0


@dataclass(frozen=True)
class Shown:
    """Which credentials the banner may print: the emulator's own (made from the seed, documented, local
    to this machine), never ones the operator supplied, which may be a real account's and would end up in
    a terminal's scrollback or a CI log."""

    instance_id: bool
    access_token: bool

    def line(self, emulator: Emulator, name: str) -> str:
        """The banner's text for credential ``name``: its value, or where the operator's own came from."""
        if getattr(self, name):
            return str(getattr(emulator, name))
        return f"(yours, from --{name.replace('_', '-')} or {_ENV[name]}; not printed)"

    def export(self, emulator: Emulator, name: str) -> str:
        """The value of an ``export`` line: the credential, or the variable the operator's own came from."""
        return str(getattr(emulator, name)) if getattr(self, name) else f'"${_ENV[name]}"'


_ENV = {"instance_id": ENV_INSTANCE_ID, "access_token": ENV_ACCESS_TOKEN}


def _banner(emulator: object, server: object, shown: Shown) -> None:
    from wawp_emulator.emulator import Emulator
    from wawp_emulator.spec import V2_MOUNT

    assert isinstance(emulator, Emulator)
    servers = getattr(server, "servers", [])
    host, port = "127.0.0.1", 0
    for s in servers:
        for sock in s.sockets:
            host, port = sock.getsockname()[:2]
            break
    root = f"http://{host}:{port}"
    # The one place credentials are printed, and only the emulator's own (see Shown).
    lines = [
        f"wawp-emulator {__version__} listening on {root}",
        f"  API           {root}{emulator.spec.base_path}",
        f"  API v2        {root}{V2_MOUNT}   (spec: {root}/openapi-v2.json)",
        f"  docs          {root}/docs   (control API: {root}/_emulator/docs)",
        f"  spec          {emulator.spec.source} ({_served_from_spec(emulator)})",
        f"  instance_id   {shown.line(emulator, 'instance_id')}",
        f"  access_token  {shown.line(emulator, 'access_token')}",
        f"  seed {emulator.world.seed}, engine {emulator.engine}, strict {'on' if emulator.strict else 'off'}"
        + (f", state {emulator.persistence.path}" if emulator.persistence else ""),
        *_first_steps(emulator, root, shown),
    ]
    print("\n".join(lines), flush=True)


def _first_steps(emulator: Emulator, root: str, shown: Shown) -> list[str]:
    """What a new user needs next: the exports for ``wawp`` and the client, the ready-made instance's status
    (linked, so nothing to scan), and the one control call that scans a new session's QR. A credential the
    operator supplied stands in the exports as the variable it came from, never as its value."""
    from wawp_emulator.state.sessions import SessionState

    status = emulator.instance.state(SessionState).status
    authorization = f' -H "Authorization: Bearer ${ENV_CONTROL_TOKEN}"' if emulator.control_token else ""
    return [
        "",
        "Use it from the wawp command and Python:",
        f"  export WAWP_BASE_URL={root}{emulator.spec.base_path}"
        f" WAWP_ACCESS_TOKEN={shown.export(emulator, 'access_token')}",
        f"  export WAWP_INSTANCE_ID={shown.export(emulator, 'instance_id')}   # the ready-made instance, {status}"
        + (" (linked: nothing to scan)" if status == "WORKING" else ""),
        "Scan the QR of a session you create (play the phone):",
        f"  curl -X POST -H 'Content-Type: application/json'{authorization} -d '{{}}' "
        f"{root}/_emulator/instances/INSTANCE_ID/actions/session.scan_qr",
    ]


def _served_from_spec(emulator: Emulator) -> str:
    from wawp_emulator.fallback import SOURCE_STATEFUL

    canned = sum(1 for row in emulator.coverage() if row.source != SOURCE_STATEFUL)
    total = len(emulator.spec.operations)
    return f"{total} operations, {canned} served from the spec" if canned else f"{total} operations, all stateful"


if __name__ == "__main__":
    raise SystemExit(main())
