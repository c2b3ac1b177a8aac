"""``wawp``: the command line on top of the client (install the ``cli`` extra: ``pip install "wawp-client[cli]"``).

Only the ``wawp`` console script imports this module, so ``import wawp_client`` never pays for click or
segno. Every command builds a :class:`~wawp_client.Wawp` from the same environment variables and
options as the library, reads the answers tolerantly (an engine may answer a shape the spec does not
name, which arrives as a plain dict), and turns a client error into one line on stderr and a documented
exit code (:data:`EXIT_CODES`). Commands take what they cannot choose themselves (the client factory,
sleeping, the clock, a hook called once the webhook listener is up) from click's ``obj``, a
:class:`Runtime`, so that tests run them against the in-process emulator with a virtual clock.
"""

from __future__ import annotations

import io
import itertools
import json
import mimetypes
import re
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import PurePosixPath
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urlsplit

try:
    import click
    import segno
except ImportError as missing:  # the console script exists whenever the package is installed, the extra may not
    raise SystemExit(
        f'wawp: {missing.name} is missing; install the command line with: pip install "wawp-client[cli]"'
    ) from None

from ._auth import AUTH_STYLES, AuthStyle
from ._base_client import API_VERSIONS, ApiVersion
from ._exceptions import (
    APIConnectionError,
    APIStatusError,
    AuthenticationError,
    UnprocessableEntityError,
    WawpError,
    unauthorized_hint,
)
from ._redact import MASK, redact

if TYPE_CHECKING:
    from ._client import Wawp

__all__ = ["EXIT_CODES", "Runtime", "Settings", "cli", "main"]

EXIT_OK = 0
EXIT_API = 1
EXIT_USAGE = 2
EXIT_CONNECTION = 3
EXIT_NOT_READY = 4
EXIT_BAD_SIGNATURE = 5
EXIT_CANNOT_LISTEN = 6
EXIT_CODES = {
    EXIT_OK: "success",
    EXIT_API: "the API answered an error, or the client refused the call (the message says which)",
    EXIT_USAGE: "wrong command line (unknown option, missing argument, bad value)",
    EXIT_CONNECTION: "the API could not be reached, or did not answer in time",
    EXIT_NOT_READY: "the session is not linked: login timed out or failed, or `me` found no account",
    EXIT_BAD_SIGNATURE: "`webhooks listen --exit-on-bad-signature` received a delivery with a bad signature",
    EXIT_CANNOT_LISTEN: "`webhooks listen` cannot listen on that address (port in use, no permission)",
}
WORKING = "WORKING"
EMULATOR_HEADER = "x-wawp-emulator"
_SECRET_FIELDS = frozenset({"accesstoken", "instanceid", "token", "secret", "password", "apikey"})
"""JSON keys whose text values are masked in output, compared without case, ``_`` or ``-``."""


@dataclass(frozen=True)
class Settings:
    """What the global options (or their environment variables) say about the client to build.

    ``token_from`` and ``instance_from`` name where the credentials came from (``--access-token`` or
    ``WAWP_ACCESS_TOKEN``...), so that a 401 can say which one to check.
    """

    instance_id: str | None = field(default=None, repr=False)
    access_token: str | None = field(default=None, repr=False)
    base_url: str | None = None
    timeout: float | None = None
    api_version: ApiVersion | None = None
    auth_style: AuthStyle | None = None
    token_from: str = "WAWP_ACCESS_TOKEN"
    instance_from: str = "WAWP_INSTANCE_ID"


def default_client(settings: Settings) -> Wawp:
    """A plain :class:`~wawp_client.Wawp`: the library's own defaults wherever an option was not given."""
    from ._client import Wawp

    options: dict[str, Any] = {}
    if settings.timeout is not None:
        options["timeout"] = settings.timeout
    return Wawp(
        instance_id=settings.instance_id,
        access_token=settings.access_token,
        base_url=settings.base_url,
        api_version=settings.api_version,
        auth_style=settings.auth_style,
        **options,
    )


@dataclass
class Runtime:
    """What the commands take from their caller (click's ``obj``); the defaults are the real world."""

    client_factory: Callable[[Settings], Wawp] = default_client
    sleep: Callable[[float], None] = time.sleep
    monotonic: Callable[[], float] = time.monotonic
    now: Callable[[], float] = time.time
    """Unix seconds a webhook's signed timestamp is checked against (the emulator's virtual clock in tests)."""
    on_listening: Callable[[str], None] | None = None
    """Called with the listener's URL once ``webhooks listen`` accepts deliveries (tests send them then)."""


@dataclass
class Invocation:
    """One run of ``wawp``: the runtime, the client settings and the output mode.

    ``as_json`` and ``show_secrets`` are set by ``--json`` and ``--show-secrets`` given before or after the
    command's name; ``hidden`` are the exact values masked in every line printed, whatever their key.
    """

    runtime: Runtime
    settings: Settings
    as_json: bool = False
    show_secrets: bool = False
    hidden: list[str] = field(default_factory=list, repr=False)

    @contextmanager
    def client(self, instance_id: str | None = None) -> Iterator[Wawp]:
        """A client from the settings, closed after; ``instance_id`` replaces theirs (a session login just made)."""
        settings = replace(self.settings, instance_id=instance_id) if instance_id else self.settings
        client = self.runtime.client_factory(settings)
        try:
            yield client
        finally:
            client.close()

    def emit(self, data: Any, text: str, *, reveal: bool = False) -> None:
        """``data`` as one JSON line under ``--json``, otherwise ``text``; credentials masked.

        ``reveal`` is for the one value a command exists to print (the id of a session ``login`` created);
        ``--show-secrets`` reveals everything.
        """
        show = self.show_secrets or reveal
        if self.as_json:
            # (the client refuses answers nested deeper than it can decode, so any it returns prints)
            data = plain(data) if show else masked(plain(data), self.hidden)
            click.echo(json.dumps(data, default=str, ensure_ascii=False))
        else:
            click.echo(text if show else mask_text(text, self.hidden))


class CommandError(click.ClickException):
    """A failure printed as ``Error: ...`` on stderr, with a ``Hint: ...`` line when one helps; the class
    decides the exit code."""

    exit_code = EXIT_API

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.hint = hint

    def format_message(self) -> str:
        return f"{self.message}\nHint: {self.hint}" if self.hint else self.message


class Unreachable(CommandError):
    """The API could not be reached or did not answer in time: retrying later may help, unlike exit 1."""

    exit_code = EXIT_CONNECTION


class NotReady(CommandError):
    """The call worked but the session is not linked, which scripts waiting for a phone want to tell apart."""

    exit_code = EXIT_NOT_READY


class Usage(CommandError):
    """The command line itself is wrong (an unknown option or command, a bad value): click's message on one
    line and the help command on the next, instead of click's usage block; click's exit code for it."""

    exit_code = click.UsageError.exit_code

    @classmethod
    def of(cls, error: click.UsageError) -> Usage:
        path = error.ctx.command_path if error.ctx is not None else "wawp"
        return cls(error.format_message(), hint=f"{path} --help")


class BadSignature(CommandError):
    """``webhooks listen --exit-on-bad-signature`` saw a forged or misconfigured delivery."""

    exit_code = EXIT_BAD_SIGNATURE


class CannotListen(CommandError):
    """``webhooks listen`` could not bind its address: a setup problem, not the API's."""

    exit_code = EXIT_CANNOT_LISTEN


# ---- output: plain data, credentials masked


def plain(value: Any) -> Any:
    """JSON-ready data of a result model, an event, a dict or a list (models give the body as received)."""
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return plain(to_dict())
    if isinstance(value, Mapping):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    return value


def _secret_field(key: str, parent: str) -> bool:
    name = key.lower().replace("_", "").replace("-", "")
    return name in _SECRET_FIELDS or (name == "key" and parent.lower() == "hmac")


def masked(value: Any, hidden: list[str], parent: str = "") -> Any:
    """Plain data with credential fields (``access_token``, ``instance_id``, an HMAC ``key``...) and every
    ``hidden`` value masked: session answers echo the credentials they were created with."""
    if isinstance(value, dict):
        return {
            key: MASK if isinstance(item, str) and item and _secret_field(key, parent) else masked(item, hidden, key)
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [masked(item, hidden, parent) for item in value]
    return mask_text(value, hidden) if isinstance(value, str) else value


def mask_text(text: str, hidden: list[str]) -> str:
    """``text`` with every ``hidden`` value masked, in any letter case (a session may be named after its id)."""
    for secret in sorted((s for s in hidden if len(s) >= 4), key=len, reverse=True):
        text = re.sub(re.escape(secret), MASK, text, flags=re.IGNORECASE)
    return text


# ---- reading answers tolerantly


def get(value: Any, *names: str) -> Any:
    """The first of ``names`` that ``value`` has, as an attribute (model) or a key (raw JSON); else ``None``."""
    for name in names:
        found = value.get(name) if isinstance(value, Mapping) else getattr(value, name, None)
        if found is not None:
            return found
    return None


def id_text(value: Any) -> str:
    """A chat or message id as text, whether the engine gave a string or an object (``_serialized``)."""
    if isinstance(value, str):
        return value
    serialized = get(value, "_serialized", "serialized")
    if isinstance(serialized, str):
        return serialized
    user, server = get(value, "user"), get(value, "server")
    return f"{user}@{server}" if user and server else ""


def status_of(session: Any) -> str:
    status = get(session, "status")
    return status if isinstance(status, str) and status else "UNKNOWN"


def account_text(me: Any) -> str:
    number = id_text(get(me, "id"))
    name = get(me, "push_name", "pushName")
    return f"{number} ({name})" if name else number


def phone_digits(text: str, option: str) -> str:
    """A phone number in international format as the API wants it: digits only (``+20 123-456`` -> ``20123456``)."""
    digits = text.strip().removeprefix("+").replace(" ", "").replace("-", "")
    if not digits.isdigit() or not 7 <= len(digits) <= 15:
        raise click.BadParameter(f"{text!r} is not a phone number in international format", param_hint=option)
    return digits


def chat_id(to: str) -> str:
    """``to`` as a chat id: kept when it has a server part (``@c.us``, ``@g.us``), else a phone number."""
    return to if "@" in to else f"{phone_digits(to, '--to')}@c.us"


def qr_block(value: str) -> str:
    """The QR code of ``value`` drawn with Unicode half blocks (two modules a character row), for any terminal."""
    out = io.StringIO()
    try:
        segno.make(value, error="l").terminal(out=out, compact=True)
    except segno.DataOverflowError:
        raise CommandError(
            f"the QR text ({len(value)} characters) is too long to draw as a QR code",
            hint="save the API's own image instead: wawp qr --out qr.png",
        ) from None
    return out.getvalue()


def session_info(client: Wawp) -> tuple[Any, bool]:
    """The session's info and whether the answer came from wawp-emulator (its responses carry a header)."""
    raw = client.with_raw_response.sessions.info()
    return raw.parse(), EMULATOR_HEADER in raw.headers


def scan_command(client: Wawp, instance_id: str) -> str:
    """The control call that plays the phone scanning the QR, on the emulator ``client`` talks to."""
    root = client.base_url.removesuffix("/wp-json/awp/v1").removesuffix("/v2")
    return (
        f"curl -X POST -H 'Content-Type: application/json' -d '{{}}' "
        f"{root}/_emulator/instances/{instance_id}/actions/session.scan_qr"
    )


# ---- the command group


class _Group(click.Group):
    """Turns every failure into one or two lines and an exit code, whichever command raised it."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        try:
            return super().parse_args(ctx, args)
        except click.exceptions.NoArgsIsHelpError:  # `wawp` alone: the help, as click prints it
            raise
        except click.UsageError as error:  # a wrong option before the command: `wawp --bogus status`
            raise Usage.of(error) from None

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except click.exceptions.NoArgsIsHelpError:  # a command group alone (`wawp webhooks`): its help
            raise
        except click.UsageError as error:
            raise Usage.of(error) from None
        except (click.ClickException, click.exceptions.Exit, click.exceptions.Abort):
            raise
        except APIConnectionError as error:
            base_url = ctx.obj.settings.base_url if isinstance(ctx.obj, Invocation) else None
            # redact: a password in the URL (http://user:pass@host) stays out of the hint, like the error's
            where = f"at {redact(base_url)}" if base_url else "(set WAWP_BASE_URL or --base-url for the emulator)"
            raise Unreachable(str(error), hint=f"check that the API is running {where}") from None
        except APIStatusError as error:
            raise _status_failure(error, ctx.obj) from None
        except WawpError as error:
            # A plain WawpError is the client refusing its configuration (no token, no instance id, a bad URL).
            raise CommandError(str(error), hint=_SETUP_HINT if type(error) is WawpError else None) from None
        except Exception as error:  # a bug: one line, and no traceback whose frames could show a credential
            raise CommandError(
                f"unexpected {type(error).__name__}", hint="this is a bug in wawp; please report it with the command"
            ) from None


_SETUP_HINT = (
    "give --access-token and --instance-id, or set WAWP_ACCESS_TOKEN and WAWP_INSTANCE_ID (WAWP_BASE_URL for the "
    "emulator; --api-version or WAWP_API_VERSION, matching the base URL, for v2)"
)


def _status_failure(error: APIStatusError, inv: Any) -> CommandError:
    """The API's error on one line and the client's hint on the next; a 401's hint names the option or
    variable the rejected credential came from (the client can only name its own arguments)."""
    if isinstance(error, AuthenticationError) and isinstance(inv, Invocation):
        error.hint = unauthorized_hint(
            error.code,
            token_from=inv.settings.token_from,
            instance_from=inv.settings.instance_from,
            headers=error.headers,
        )
    hint, error.hint = error.hint, None
    return CommandError(str(error), hint=hint)


def _epilog() -> str:
    codes = "\n".join(f"  {code}  {meaning}" for code, meaning in EXIT_CODES.items())
    return f'\b\nExit codes:\n{codes}\n\nShell completion (bash): eval "$(_WAWP_COMPLETE=bash_source wawp)"'


def _set_flag(name: str) -> Callable[[click.Context, click.Parameter, bool], None]:
    def callback(ctx: click.Context, param: click.Parameter, value: bool) -> None:
        inv = ctx.find_object(Invocation)
        if value and inv is not None:
            setattr(inv, name, True)

    return callback


_OUTPUT_FLAGS = (
    ("--json", "as_json", "One JSON document a line instead of text."),
    ("--show-secrets", "show_secrets", "Print access tokens, instance ids and HMAC keys in clear (masked by default)."),
)


def output_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """``--json`` and ``--show-secrets``, accepted after the command's name as well as before it."""
    for flag, attribute, meaning in reversed(_OUTPUT_FLAGS):
        option = click.option(flag, is_flag=True, expose_value=False, callback=_set_flag(attribute), help=meaning)
        command = option(command)
    return command


def waiting_options(timeout: float, meaning: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """``--timeout`` (passed as ``wait``) and ``--interval``, for the commands that poll the session's status."""

    def add(command: Callable[..., Any]) -> Callable[..., Any]:
        command = click.option(
            "--interval",
            type=click.FloatRange(min=0.1),
            default=1.0,
            show_default=True,
            help="Seconds between status checks.",
        )(command)
        return click.option(
            "--timeout", "wait", type=click.FloatRange(min=0), default=timeout, show_default=True, help=meaning
        )(command)

    return add


def _source(ctx: click.Context, parameter: str, option: str, variable: str) -> str:
    return option if ctx.get_parameter_source(parameter) is click.core.ParameterSource.COMMANDLINE else variable


@click.group(cls=_Group, epilog=_epilog(), context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--instance-id", envvar="WAWP_INSTANCE_ID", help="Instance to act on [env WAWP_INSTANCE_ID].")
@click.option("--access-token", envvar="WAWP_ACCESS_TOKEN", help="Access token [env WAWP_ACCESS_TOKEN].")
@click.option(
    "--base-url",
    envvar="WAWP_BASE_URL",
    help="API root, e.g. http://127.0.0.1:8787/wp-json/awp/v1 (or .../v2) for the emulator [env WAWP_BASE_URL].",
)
@click.option(
    "--api-version",
    type=click.Choice(API_VERSIONS),
    envvar="WAWP_API_VERSION",
    help="Wawp API version [env WAWP_API_VERSION; default: the base URL's, else v1].",
)
@click.option(
    "--auth-style",
    type=click.Choice(AUTH_STYLES),
    envvar="WAWP_AUTH_STYLE",
    help="Credentials in the query, or on v2 in headers (header, bearer) [env WAWP_AUTH_STYLE; default query].",
)
@click.option("--request-timeout", type=click.FloatRange(min=0, min_open=True), help="Deadline of each call (s).")
@click.option("--json", "as_json", is_flag=True, help="One JSON document a line instead of text.")
@click.option("--show-secrets", is_flag=True, help="Print credentials in clear (every command masks them otherwise).")
@click.version_option(package_name="wawp-client", prog_name="wawp")
@click.pass_context
def cli(
    ctx: click.Context,
    instance_id: str | None,
    access_token: str | None,
    base_url: str | None,
    api_version: ApiVersion | None,
    auth_style: AuthStyle | None,
    request_timeout: float | None,
    as_json: bool,
    show_secrets: bool,
) -> None:
    """Link a WhatsApp account, send messages and watch webhooks through the Wawp API.

    Credentials never appear in the output (access tokens, instance ids, HMAC keys are printed as ***)
    unless --show-secrets asks for them; `login` prints the id of a session it creates.
    """
    runtime = ctx.obj if isinstance(ctx.obj, Runtime) else Runtime()
    settings = Settings(
        instance_id or None,
        access_token or None,
        base_url or None,
        request_timeout,
        api_version or None,
        auth_style or None,
        token_from=_source(ctx, "access_token", "--access-token", "WAWP_ACCESS_TOKEN"),
        instance_from=_source(ctx, "instance_id", "--instance-id", "WAWP_INSTANCE_ID"),
    )
    hidden = [value for value in (instance_id, access_token) if value]
    ctx.obj = Invocation(runtime, settings, as_json, show_secrets, hidden)


pass_invocation = click.make_pass_decorator(Invocation)


@cli.command()
@output_options
@pass_invocation
def status(inv: Invocation) -> None:
    """Show the session's status (and the linked account once WORKING)."""
    with inv.client() as client:
        info = client.sessions.info()
    me = get(info, "me")
    state = status_of(info)
    inv.emit(info, f"{state} as {account_text(me)}" if me is not None and state == WORKING else state)


@cli.command()
@output_options
@pass_invocation
def me(inv: Invocation) -> None:
    """Show the linked WhatsApp account; exit 4 when none is linked."""
    with inv.client() as client:
        account = client.sessions.me()
    if account is None or not id_text(get(account, "id")):
        raise NotReady("no WhatsApp account is linked to this session", hint="link a phone with `wawp login`")
    inv.emit(account, account_text(account))


@cli.command()
@output_options
@pass_invocation
def logout(inv: Invocation) -> None:
    """Unlink the phone; a running session starts over with a fresh QR."""
    with inv.client() as client:
        session = client.sessions.logout()
    inv.emit(session, f"logged out; the session is {status_of(session)}")


@cli.command()
@click.option("--phone", help="Link with a pairing code for this number instead of a QR code.")
@click.option(
    "--name",
    default="wawp-cli",
    show_default=True,
    help="Name of the session created without an instance id (v1 only).",
)
@waiting_options(180.0, "Seconds to wait for WORKING.")
@output_options
@pass_invocation
def login(inv: Invocation, phone: str | None, name: str, wait: float, interval: float) -> None:
    """Link a phone: start the session, show its QR (or a pairing code) and wait until it is WORKING.

    Without an instance id a new session is created first, and its id printed (export it as
    WAWP_INSTANCE_ID for the next commands). The QR is redrawn each time it rotates. Against
    wawp-emulator, the command that plays the phone scanning the QR is printed too.
    """
    digits = phone_digits(phone, "--phone") if phone is not None else None
    instance_id = inv.settings.instance_id
    # The scan command names the id the way the user gave it: the variable when it came from the
    # environment (so the id itself is not printed), the value typed after --instance-id otherwise (the
    # variable may be unset, or name another instance), the new session's id when one is created.
    from_env = instance_id is not None and inv.settings.instance_from == "WAWP_INSTANCE_ID"
    if instance_id is None:
        with inv.client() as account:  # v2 provisions an instance without a name
            v2 = account.api_version == "v2"
            created = account.sessions.provision() if v2 else account.sessions.create(name=name)
        instance_id = get(created, "instance_id") or get(get(get(created, "config"), "metadata"), "instance_id")
        if not isinstance(instance_id, str) or not instance_id:
            raise CommandError("the API created a session but its answer carries no instance id")
        inv.emit(
            {"event": "created", "instance_id": instance_id},
            f"created session {name!r}; to use it: export WAWP_INSTANCE_ID={instance_id}",
            reveal=True,  # the one way to learn the new session's id
        )
    shown_id = "$WAWP_INSTANCE_ID" if from_env else instance_id
    deadline = inv.runtime.monotonic() + wait
    with inv.client(instance_id=instance_id) as client:
        info, emulator = session_info(client)
        state = status_of(info)
        if state in ("STOPPED", "FAILED"):
            state = status_of(client.sessions.start())
        shown: str | None = None
        while state != WORKING:
            if state == "FAILED":
                raise NotReady("the session FAILED (the QR was not scanned in time?)", hint="run `wawp login` again")
            if state == "SCAN_QR_CODE":
                first = shown is None
                shown = _show_login(inv, client, digits, shown)
                if first and shown is not None and emulator and digits is None:
                    command = scan_command(client, shown_id)
                    inv.emit(
                        {"event": "emulator_scan", "command": command},
                        f"On wawp-emulator, scan it with:\n  {command}",
                        reveal=True,
                    )
            if inv.runtime.monotonic() >= deadline:
                raise NotReady(f"the session is still {state} after {wait:g} s (--timeout)")
            inv.runtime.sleep(interval)
            state = status_of(client.sessions.info())
        me = get(client.sessions.info(), "me")
    inv.emit(
        {"event": "working", "status": WORKING, "me": me},
        f"WORKING: linked as {account_text(me)}" if me is not None else WORKING,
    )


def _show_login(inv: Invocation, client: Wawp, phone: str | None, shown: str | None) -> str | None:
    """Show the pairing code once, or the QR whenever it differs from the one shown; return what is shown."""
    try:
        if phone is not None:
            if shown is None:
                code = get(client.auth.request_code(phone_number=phone), "code")
                shown = str(code)
                inv.emit(
                    {"event": "pairing_code", "code": shown},
                    f"On the phone: Linked devices > Link a device > Link with phone number instead, enter {shown}",
                )
            return shown
        value = get(client.auth.get_qr(format="raw"), "value")
    except UnprocessableEntityError:
        # The status moved on between the check and this call, or the QR was scanned and the login is
        # completing (still SCAN_QR_CODE, no QR any more): the next status check tells.
        return shown
    if not isinstance(value, str) or not value:
        raise CommandError("the API gave no QR text", hint="save the image with `wawp qr --out qr.png`")
    if value != shown:
        note = "Scan with WhatsApp: Linked devices > Link a device" if shown is None else "The QR rotated:"
        inv.emit({"event": "qr", "value": value}, f"{note}\n{qr_block(value)}")
    return value


@cli.command()
@click.option("--out", type=click.Path(dir_okay=False, writable=True), help="Save the QR as a PNG image here.")
@waiting_options(30.0, "Seconds to wait while the session is STARTING.")
@output_options
@pass_invocation
def qr(inv: Invocation, out: str | None, wait: float, interval: float) -> None:
    """Print the current login QR in the terminal, or save it as a PNG with --out.

    A session still STARTING is waited for (up to --timeout); a linked one (WORKING) has no QR to show.
    """
    from .binary import save

    deadline = inv.runtime.monotonic() + wait
    with inv.client() as client:
        while True:
            _await_scan_qr_code(inv, client, deadline, wait, interval)
            try:
                if out is not None:
                    path = save(client.auth.get_qr(), out)
                    inv.emit({"saved": str(path)}, f"saved {path}")
                    return
                value = get(client.auth.get_qr(format="raw"), "value")
                break
            except UnprocessableEntityError:  # the QR expired or was scanned between the check and the call
                if inv.runtime.monotonic() >= deadline:
                    raise
                inv.runtime.sleep(interval)
    if not isinstance(value, str) or not value:
        raise CommandError("the API gave no QR text", hint="save the image with --out qr.png")
    inv.emit({"value": value}, qr_block(value))


def _await_scan_qr_code(inv: Invocation, client: Wawp, deadline: float, wait: float, interval: float) -> None:
    """Return once the session shows a QR; say why not (linked, stopped, failed) or wait while it starts."""
    told = False
    while True:
        info = client.sessions.info()
        state = status_of(info)
        if state == "SCAN_QR_CODE":
            return
        if state == WORKING:
            me = get(info, "me")
            linked = f" as {mask_text(account_text(me), inv.hidden)}" if me is not None else ""
            raise CommandError(
                f"the session is already linked (WORKING{linked}): there is no QR to scan",
                hint="`wawp logout` unlinks it, then `wawp qr` shows the new QR",
            )
        if state in ("STOPPED", "FAILED"):
            raise NotReady(f"the session is {state}: it shows no QR", hint="`wawp login` starts it and shows the QR")
        if inv.runtime.monotonic() >= deadline:
            raise NotReady(
                f"the session is still {state} after {wait:g} s (--timeout): no QR yet",
                hint="wait a little and run `wawp qr` again, or give a longer --timeout",
            )
        if not told:
            click.echo(f"the session is {state}; waiting for its QR (up to {wait:g} s)", err=True)
            told = True
        inv.runtime.sleep(interval)


@cli.command()
@click.argument("text", required=False)
@click.option("--to", required=True, help="Phone number in international format, or a chat id (…@c.us, …@g.us).")
@click.option("--image", "image_url", metavar="URL", help="Send the image at URL (TEXT becomes its caption).")
@click.option("--file", "file_url", metavar="URL", help="Send the document at URL (TEXT becomes its caption).")
@click.option("--filename", help="File name shown to the recipient [default: the URL's last part].")
@click.option("--mimetype", help="Media type of the file [default: guessed from the file name].")
@output_options
@pass_invocation
def send(
    inv: Invocation,
    text: str | None,
    to: str,
    image_url: str | None,
    file_url: str | None,
    filename: str | None,
    mimetype: str | None,
) -> None:
    """Send TEXT (or an image or document) and print the message id."""
    target = chat_id(to)
    if image_url and file_url:
        raise click.UsageError("give --image or --file, not both")
    url = image_url or file_url
    if url is None and not text:
        raise click.UsageError("nothing to send: give TEXT, --image URL or --file URL")
    with inv.client() as client:
        if url is None:
            sent = client.messages.send_text(chat_id=target, message=str(text))
        else:
            name = filename or PurePosixPath(unquote(urlsplit(url).path)).name or "file"
            kind = mimetype or mimetypes.guess_type(name)[0]
            if kind is None:
                raise click.BadParameter(f"cannot tell the media type of {name!r}", param_hint="--mimetype")
            media = client.messages.send_image if image_url else client.messages.send_file
            sent = media(chat_id=target, file_url=url, file_filename=name, file_mimetype=kind, caption=text)
    message_id = get(sent, "id")
    inv.emit(
        {"id": message_id, "chat_id": target, "response": sent},
        message_id if isinstance(message_id, str) else "sent (the API answered without a message id)",
    )


_PAGE_SIZE = 100
"""The most the list commands ask for in one request; ``--limit`` above it walks on, one request a page."""


@cli.command()
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True, help="How many chats.")
@output_options
@pass_invocation
def chats(inv: Invocation, limit: int) -> None:
    """List chats: id and name."""
    with inv.client() as client:
        page = client.chats.list(limit=min(limit, _PAGE_SIZE))
        found = list(itertools.islice(page.iter_all(), limit))
    for chat in found:
        inv.emit(chat, f"{id_text(get(chat, 'id'))}\t{get(chat, 'name') or ''}")


@cli.command()
@click.argument("chat")
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True, help="How many messages.")
@output_options
@pass_invocation
def messages(inv: Invocation, chat: str, limit: int) -> None:
    """List the messages of CHAT (a phone number or chat id): id, direction, text."""
    target = chat_id(chat)
    with inv.client() as client:
        page = client.chats.messages.list(chat_id=target, limit=min(limit, _PAGE_SIZE))
        found = list(itertools.islice(page.iter_all(), limit))
    for message in found:
        direction = "->" if get(message, "from_me", "fromMe") else "<-"
        inv.emit(message, f"{id_text(get(message, 'id'))}\t{direction}\t{get(message, 'body') or ''}")


@cli.group()
def webhooks() -> None:
    """Receive Wawp's webhooks locally."""


@webhooks.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option("--port", type=click.IntRange(0, 65535), default=9000, show_default=True, help="0 picks a free port.")
@click.option(
    "--secret", envvar="WAWP_WEBHOOK_SECRET", required=True, help="HMAC key of the webhook [env WAWP_WEBHOOK_SECRET]."
)
@click.option("--forward", metavar="URL", help="Also POST each verified delivery, unchanged, to URL.")
@click.option("--exit-on-bad-signature", is_flag=True, help="Stop with exit code 5 at the first bad signature.")
@click.option("--max-events", type=click.IntRange(min=1), help="Stop after this many verified events.")
@output_options
@pass_invocation
def listen(
    inv: Invocation,
    host: str,
    port: int,
    secret: str,
    forward: str | None,
    exit_on_bad_signature: bool,
    max_events: int | None,
) -> None:
    """Verify each delivery's signature (401 if wrong), answer 200 and print the typed event.

    Deliveries are served concurrently, each with its own timeouts, so a slow or idle sender delays no
    other; a body that is not a webhook gets 400.
    """
    from ._cli_listen import Listener, ListenServer, serve_in_background

    inv.hidden.append(secret)
    listener = Listener(
        secret,
        max_events=max_events,
        stop_on_bad_signature=exit_on_bad_signature,
        on_event=lambda event: _print_event(inv, event),
        on_reject=lambda reason: click.echo(f"rejected a delivery: {mask_text(reason, inv.hidden)}", err=True),
        after_reply=lambda delivery: _forward(forward, delivery.body, delivery.headers),
        now=inv.runtime.now,
    )
    try:
        server = ListenServer((host, port), listener)
    except OSError as error:
        reason = error.strerror or type(error).__name__
        raise CannotListen(
            f"cannot listen on {host}:{port}: {reason} (try another --port; 0 picks a free one)"
        ) from None
    with server:
        url = f"http://{host}:{server.server_address[1]}/"
        click.echo(f"listening on {url} (Ctrl+C stops)", err=True)
        serve_in_background(server)
        if inv.runtime.on_listening is not None:
            inv.runtime.on_listening(url)
        try:
            listener.stopped.wait()
        except KeyboardInterrupt:
            click.echo("stopped", err=True)
        finally:
            server.shutdown()
    if exit_on_bad_signature and listener.rejected:
        raise BadSignature("a delivery had a bad signature (--exit-on-bad-signature)")


def _print_event(inv: Invocation, event: Any) -> None:
    from .webhooks import UnknownEvent

    payload = get(event.raw if isinstance(event, UnknownEvent) else event, "payload")  # raw: any JSON
    kind = type(event).__name__
    inv.emit(
        {"event": event.event, "type": kind, "payload": payload},
        f"{event.event} {kind} {_summary(plain(payload))}",
    )


def _forward(forward: str | None, body: bytes, headers: Mapping[str, str]) -> None:
    """POST a delivery just acknowledged, unchanged, to ``forward`` (after the reply: the sender never waits)."""
    if forward is None:
        return
    import httpx

    kept = {k: v for k, v in headers.items() if k.lower().startswith("x-") or k.lower() == "content-type"}
    try:
        answer = httpx.post(forward, content=body, headers=kept, timeout=10)
    except httpx.HTTPError as error:
        click.echo(f"forwarding to {forward} failed: {type(error).__name__}", err=True)
        return
    click.echo(f"forwarded to {forward}: {answer.status_code}", err=True)


def _summary(payload: Any) -> str:
    """The few payload fields that say what happened (status, sender, text, ack), as ``key=value``."""
    if not isinstance(payload, Mapping):
        return ""
    keys = ("status", "id", "from", "to", "body", "ackName")
    return " ".join(f"{key}={payload[key]!r}" for key in keys if payload.get(key) not in (None, ""))


def main() -> None:
    """The ``wawp`` console script."""
    cli.main(prog_name="wawp", obj=Runtime())
