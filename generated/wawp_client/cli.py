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
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from http.server import BaseHTTPRequestHandler, HTTPServer
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

from ._exceptions import (
    APIConnectionError,
    UnprocessableEntityError,
    WawpError,
    WebhookParseError,
    WebhookVerificationError,
)

if TYPE_CHECKING:
    from ._client import Wawp

__all__ = ["EXIT_CODES", "Runtime", "Settings", "cli", "main"]

EXIT_OK = 0
EXIT_API = 1
EXIT_USAGE = 2
EXIT_CONNECTION = 3
EXIT_NOT_READY = 4
EXIT_BAD_SIGNATURE = 5
EXIT_CODES = {
    EXIT_OK: "success",
    EXIT_API: "the API answered an error, or the client refused the call (the message says which)",
    EXIT_USAGE: "wrong command line (unknown option, missing argument, bad value)",
    EXIT_CONNECTION: "the API could not be reached, or did not answer in time",
    EXIT_NOT_READY: "the session is not linked: login timed out or failed, or `me` found no account",
    EXIT_BAD_SIGNATURE: "`webhooks listen --exit-on-bad-signature` received a delivery with a bad signature",
}
WORKING = "WORKING"
MAX_WEBHOOK_BODY = 10 * 1024 * 1024


@dataclass(frozen=True)
class Settings:
    """What the global options (or their environment variables) say about the client to build."""

    instance_id: str | None = field(default=None, repr=False)
    access_token: str | None = field(default=None, repr=False)
    base_url: str | None = None
    timeout: float | None = None


def default_client(settings: Settings) -> Wawp:
    """A plain :class:`~wawp_client.Wawp`: the library's own defaults wherever an option was not given."""
    from ._client import Wawp

    options: dict[str, Any] = {}
    if settings.timeout is not None:
        options["timeout"] = settings.timeout
    return Wawp(
        instance_id=settings.instance_id, access_token=settings.access_token, base_url=settings.base_url, **options
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
    """One run of ``wawp``: the runtime, the client settings and the output mode."""

    runtime: Runtime
    settings: Settings
    as_json: bool

    @contextmanager
    def client(self, instance_id: str | None = None) -> Iterator[Wawp]:
        """A client from the settings, closed after; ``instance_id`` replaces theirs (a session login just made)."""
        settings = replace(self.settings, instance_id=instance_id) if instance_id else self.settings
        client = self.runtime.client_factory(settings)
        try:
            yield client
        finally:
            client.close()

    def emit(self, data: Any, text: str) -> None:
        """``data`` as one JSON line under ``--json``, otherwise ``text``."""
        click.echo(json.dumps(plain(data), default=str, ensure_ascii=False) if self.as_json else text)


class CommandError(click.ClickException):
    """A failure printed as one ``Error: ...`` line on stderr; the class decides the exit code."""

    exit_code = EXIT_API


class Unreachable(CommandError):
    """The API could not be reached or did not answer in time: retrying later may help, unlike exit 1."""

    exit_code = EXIT_CONNECTION


class NotReady(CommandError):
    """The call worked but the session is not linked, which scripts waiting for a phone want to tell apart."""

    exit_code = EXIT_NOT_READY


class BadSignature(CommandError):
    """``webhooks listen --exit-on-bad-signature`` saw a forged or misconfigured delivery."""

    exit_code = EXIT_BAD_SIGNATURE


# ---- reading answers tolerantly


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
    segno.make(value, error="l").terminal(out=out, compact=True)
    return out.getvalue()


# ---- the command group


class _Group(click.Group):
    """Turns every client error into one line and an exit code, whichever command raised it."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except APIConnectionError as error:
            raise Unreachable(str(error)) from None
        except WawpError as error:
            raise CommandError(str(error)) from None


def _epilog() -> str:
    codes = "\n".join(f"  {code}  {meaning}" for code, meaning in EXIT_CODES.items())
    return f'\b\nExit codes:\n{codes}\n\nShell completion (bash): eval "$(_WAWP_COMPLETE=bash_source wawp)"'


@click.group(cls=_Group, epilog=_epilog(), context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--instance-id", envvar="WAWP_INSTANCE_ID", help="Instance to act on [env WAWP_INSTANCE_ID].")
@click.option("--access-token", envvar="WAWP_ACCESS_TOKEN", help="Access token [env WAWP_ACCESS_TOKEN].")
@click.option(
    "--base-url",
    envvar="WAWP_BASE_URL",
    help="API root, e.g. http://127.0.0.1:8787/wp-json/awp/v1 for the emulator [env WAWP_BASE_URL].",
)
@click.option("--request-timeout", type=click.FloatRange(min=0, min_open=True), help="Deadline of each call (s).")
@click.option("--json", "as_json", is_flag=True, help="One JSON document a line instead of text.")
@click.version_option(package_name="wawp-client", prog_name="wawp")
@click.pass_context
def cli(
    ctx: click.Context,
    instance_id: str | None,
    access_token: str | None,
    base_url: str | None,
    request_timeout: float | None,
    as_json: bool,
) -> None:
    """Link a WhatsApp account, send messages and watch webhooks through the Wawp API."""
    runtime = ctx.obj if isinstance(ctx.obj, Runtime) else Runtime()
    settings = Settings(instance_id or None, access_token or None, base_url or None, request_timeout)
    ctx.obj = Invocation(runtime, settings, as_json)


pass_invocation = click.make_pass_decorator(Invocation)


@cli.command()
@pass_invocation
def status(inv: Invocation) -> None:
    """Show the session's status (and the linked account once WORKING)."""
    with inv.client() as client:
        info = client.sessions.info()
    me = get(info, "me")
    state = status_of(info)
    inv.emit(info, f"{state} as {account_text(me)}" if me is not None and state == WORKING else state)


@cli.command()
@pass_invocation
def me(inv: Invocation) -> None:
    """Show the linked WhatsApp account; exit 4 when none is linked."""
    with inv.client() as client:
        account = client.sessions.me()
    if account is None or not id_text(get(account, "id")):
        raise NotReady("no WhatsApp account is linked to this session (run `wawp login`)")
    inv.emit(account, account_text(account))


@cli.command()
@pass_invocation
def logout(inv: Invocation) -> None:
    """Unlink the phone; a running session starts over with a fresh QR."""
    with inv.client() as client:
        session = client.sessions.logout()
    inv.emit(session, f"logged out; the session is {status_of(session)}")


@cli.command()
@click.option("--phone", help="Link with a pairing code for this number instead of a QR code.")
@click.option(
    "--name", default="wawp-cli", show_default=True, help="Name of the session created without an instance id."
)
@click.option(
    "--timeout",
    "wait",
    type=click.FloatRange(min=0),
    default=180.0,
    show_default=True,
    help="Seconds to wait for WORKING.",
)
@click.option(
    "--interval", type=click.FloatRange(min=0.1), default=1.0, show_default=True, help="Seconds between status checks."
)
@pass_invocation
def login(inv: Invocation, phone: str | None, name: str, wait: float, interval: float) -> None:
    """Link a phone: start the session, show its QR (or a pairing code) and wait until it is WORKING.

    Without an instance id a new session is created first, and its id printed (export it as
    WAWP_INSTANCE_ID for the next commands). The QR is redrawn each time it rotates.
    """
    digits = phone_digits(phone, "--phone") if phone is not None else None
    instance_id = inv.settings.instance_id
    if instance_id is None:
        with inv.client() as account:
            created = account.sessions.create(name=name)
        instance_id = get(created, "instance_id") or get(get(get(created, "config"), "metadata"), "instance_id")
        if not isinstance(instance_id, str) or not instance_id:
            raise CommandError("the API created a session but its answer carries no instance id")
        inv.emit(
            {"event": "created", "instance_id": instance_id},
            f"created session {name!r}; to use it: export WAWP_INSTANCE_ID={instance_id}",
        )
    deadline = inv.runtime.monotonic() + wait
    with inv.client(instance_id=instance_id) as client:
        state = status_of(client.sessions.info())
        if state in ("STOPPED", "FAILED"):
            state = status_of(client.sessions.start())
        shown: str | None = None
        while state != WORKING:
            if state == "FAILED":
                raise NotReady("the session FAILED (the QR was not scanned in time?); run `wawp login` again")
            if state == "SCAN_QR_CODE":
                shown = _show_login(inv, client, digits, shown)
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
        raise CommandError("the API gave no QR text; save the image with `wawp qr --out qr.png`")
    if value != shown:
        note = "Scan with WhatsApp: Linked devices > Link a device" if shown is None else "The QR rotated:"
        inv.emit({"event": "qr", "value": value}, f"{note}\n{qr_block(value)}")
    return value


@cli.command()
@click.option("--out", type=click.Path(dir_okay=False, writable=True), help="Save the QR as a PNG image here.")
@pass_invocation
def qr(inv: Invocation, out: str | None) -> None:
    """Print the current login QR in the terminal, or save it as a PNG with --out."""
    from .binary import save

    with inv.client() as client:
        if out is not None:
            path = save(client.auth.get_qr(), out)
            inv.emit({"saved": str(path)}, f"saved {path}")
            return
        value = get(client.auth.get_qr(format="raw"), "value")
    if not isinstance(value, str) or not value:
        raise CommandError("the API gave no QR text; save the image with --out qr.png")
    inv.emit({"value": value}, qr_block(value))


@cli.command()
@click.argument("text", required=False)
@click.option("--to", required=True, help="Phone number in international format, or a chat id (…@c.us, …@g.us).")
@click.option("--image", "image_url", metavar="URL", help="Send the image at URL (TEXT becomes its caption).")
@click.option("--file", "file_url", metavar="URL", help="Send the document at URL (TEXT becomes its caption).")
@click.option("--filename", help="File name shown to the recipient [default: the URL's last part].")
@click.option("--mimetype", help="Media type of the file [default: guessed from the file name].")
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


@cli.command()
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True, help="How many chats.")
@pass_invocation
def chats(inv: Invocation, limit: int) -> None:
    """List chats: id and name."""
    with inv.client() as client:
        found = list(itertools.islice(client.chats.list(limit=min(limit, 100)), limit))
    for chat in found:
        inv.emit(chat, f"{id_text(get(chat, 'id'))}\t{get(chat, 'name') or ''}")


@cli.command()
@click.argument("chat")
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True, help="How many messages.")
@pass_invocation
def messages(inv: Invocation, chat: str, limit: int) -> None:
    """List the messages of CHAT (a phone number or chat id): id, direction, text."""
    target = chat_id(chat)
    with inv.client() as client:
        found = list(itertools.islice(client.chats.messages.list(chat_id=target, limit=min(limit, 100)), limit))
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
    """Verify each delivery's signature (401 if wrong), answer 200 and print the typed event."""
    listener = _Listener(inv, secret, forward)
    with HTTPServer((host, port), listener.handler()) as server:
        url = f"http://{host}:{server.server_address[1]}/"
        click.echo(f"listening on {url} (Ctrl+C stops)", err=True)
        if inv.runtime.on_listening is not None:
            inv.runtime.on_listening(url)
        try:
            while not (max_events is not None and listener.events >= max_events):
                server.handle_request()
                if listener.rejected and exit_on_bad_signature:
                    raise BadSignature("a delivery had a bad signature (--exit-on-bad-signature)")
        except KeyboardInterrupt:
            click.echo("stopped", err=True)


class _Listener:
    """The state of ``webhooks listen``: verification, printing, forwarding and the counts the loop stops on."""

    def __init__(self, inv: Invocation, secret: str, forward: str | None) -> None:
        self.inv, self.secret, self.forward = inv, secret, forward
        self.events = 0
        self.rejected = 0
        self._pending: tuple[bytes, dict[str, str]] | None = None  # the delivery to forward after the reply

    def handler(self) -> type[BaseHTTPRequestHandler]:
        listener = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                status, reply = listener.receive(self)
                self.send_response(status)
                self.send_header("Content-Type", "text/plain; charset=utf-8")
                self.send_header("Content-Length", str(len(reply)))
                self.end_headers()
                self.wfile.write(reply)
                listener.after_reply()

            def log_message(self, format: str, *args: Any) -> None:
                """Silent: every delivery is reported by ``receive`` instead."""

        return Handler

    def receive(self, request: BaseHTTPRequestHandler) -> tuple[int, bytes]:
        from .webhooks import UnknownEvent, unwrap

        self._pending = None
        try:
            length = int(request.headers.get("Content-Length") or "0")
        except ValueError:
            return 400, b"bad Content-Length\n"
        if not 0 < length <= MAX_WEBHOOK_BODY:
            return 413 if length > 0 else 400, b"empty or too large\n"
        body = request.rfile.read(length)
        headers = dict(request.headers.items())
        try:
            event = unwrap(body, headers, self.secret, now=self.inv.runtime.now())
        except WebhookVerificationError as error:
            self.rejected += 1
            click.echo(f"rejected a delivery: {error}", err=True)
            return 401, b"bad signature\n"
        except WebhookParseError as error:
            click.echo(f"rejected a delivery: {error}", err=True)
            return 400, b"not a webhook\n"
        self.events += 1
        payload = get(event.raw if isinstance(event, UnknownEvent) else event, "payload")  # raw: any JSON
        kind = type(event).__name__
        self.inv.emit(
            {"event": event.event, "type": kind, "payload": payload},
            f"{event.event} {kind} {_summary(plain(payload))}",
        )
        self._pending = (body, headers)
        return 200, b"ok\n"

    def after_reply(self) -> None:
        """Forward the delivery just acknowledged (after the reply, so the sender never waits on it)."""
        if self.forward is None or self._pending is None:
            return
        import httpx

        body, headers = self._pending
        kept = {k: v for k, v in headers.items() if k.lower().startswith("x-") or k.lower() == "content-type"}
        try:
            answer = httpx.post(self.forward, content=body, headers=kept, timeout=10)
        except httpx.HTTPError as error:
            click.echo(f"forwarding to {self.forward} failed: {type(error).__name__}", err=True)
            return
        click.echo(f"forwarded to {self.forward}: {answer.status_code}", err=True)


def _summary(payload: Any) -> str:
    """The few payload fields that say what happened (status, sender, text, ack), as ``key=value``."""
    if not isinstance(payload, Mapping):
        return ""
    keys = ("status", "id", "from", "to", "body", "ackName")
    return " ".join(f"{key}={payload[key]!r}" for key in keys if payload.get(key) not in (None, ""))


def main() -> None:
    """The ``wawp`` console script."""
    cli.main(prog_name="wawp", obj=Runtime())
