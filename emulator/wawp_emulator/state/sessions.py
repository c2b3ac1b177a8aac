"""Sessions and login: the instance's WhatsApp session, its status machine, QR codes and pairing codes.

The status machine follows WAHA (the engine under Wawp), as read from its session manager:

``STOPPED --start--> STARTING --(starting_delay)--> SCAN_QR_CODE --(scan / code, login_delay)--> WORKING``

- ``start`` on a session that is already running is a no-op (WAHA Plus / Wawp behaviour).
- ``stop`` goes to ``STOPPED`` and keeps the pairing: the next ``start`` reconnects straight to
  ``WORKING`` after ``starting_delay``, without a QR.
- ``restart`` is ``stop`` then ``start``.
- ``logout`` wipes the pairing; a running session restarts at once and shows a fresh QR
  (``STARTING -> SCAN_QR_CODE``), a stopped one stays ``STOPPED``.
- while ``SCAN_QR_CODE`` the QR value rotates every ``qr_interval`` seconds (each rotation emits
  ``session.status`` ``SCAN_QR_CODE`` again); an unscanned session fails by itself after
  ``qr_timeout`` seconds (WAHA >= 2025.3.2: "emulates real WhatsApp Web").
- the phone unlinking the device (control ``session.unlink``) logs out: ``FAILED``, no reconnect,
  pairing gone. ``session.fail`` is an engine failure: ``FAILED`` with the pairing kept, so a
  restart recovers to ``WORKING``.

Every status change (and every QR rotation) is a :class:`StatusChanged` the changing method returns,
with the last three status points (the backend announces it as ``session.status``), and every delay a
``scheduler.Due`` it returns (the backend schedules it and hands it back to :meth:`SessionState.on_due`
when it falls due). The store calls nothing above it.

Timing comes from :class:`Timing`: library defaults, then the world's configuration (an attribute
or key ``timing`` holding a mapping or object, or top-level keys of the same names on
``world.config``), then per-instance overrides (control action ``session.configure``). A delay of 0
makes the step happen synchronously.
"""

from __future__ import annotations

import base64
import io
import random
import struct
import zlib
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from typing import TYPE_CHECKING, Any

import segno

from wawp_emulator.errors import StateError
from wawp_emulator.ids import derived_rng
from wawp_emulator.scheduler import Due

if TYPE_CHECKING:
    from wawp_emulator.kernel import InstanceView, WorldView

__all__ = [
    "FAILED",
    "PAIRING_ALPHABET",
    "RUNNING",
    "SCAN_QR_CODE",
    "STARTING",
    "STATUSES",
    "STOPPED",
    "WORKING",
    "Account",
    "SessionFact",
    "SessionState",
    "SessionStatusError",
    "StatusChanged",
    "Timing",
    "now_ms",
    "png_image",
    "qr_png",
    "timing_for",
]

STOPPED = "STOPPED"
STARTING = "STARTING"
SCAN_QR_CODE = "SCAN_QR_CODE"
WORKING = "WORKING"
FAILED = "FAILED"
STATUSES = (STOPPED, STARTING, SCAN_QR_CODE, WORKING, FAILED)
RUNNING = (STARTING, SCAN_QR_CODE, WORKING)

# Baileys' bytesToCrockford alphabet: no 0, I, O or U
PAIRING_ALPHABET = "123456789ABCDEFGHJKLMNPQRSTVWXYZ"
_HISTORY_IN_EVENTS = 3


class SessionStatusError(StateError):
    """422: the session is not in a status the call needs (WAHA's status gate, with its facts in ``data``)."""

    def __init__(self, code: str, message: str, *, session: str, status: str, expected: tuple[str, ...]) -> None:
        super().__init__(
            422, code, message, data={"session": session, "sessionStatus": status, "expected": list(expected)}
        )


@dataclass(frozen=True)
class Timing:
    """Delays (seconds of world clock) of everything the session and message machinery does by itself."""

    starting_delay: float = 2.0  # STARTING -> SCAN_QR_CODE (or -> WORKING with a saved pairing)
    qr_interval: float = 20.0  # QR value rotation while SCAN_QR_CODE
    qr_timeout: float | None = 180.0  # unscanned SCAN_QR_CODE -> FAILED; None: wait forever
    login_delay: float = 1.0  # QR scanned / pairing code entered -> WORKING
    ack_server: float | None = 1.0  # sent -> SERVER (one tick); None: stays PENDING
    ack_device: float | None = 2.0  # -> DEVICE (two ticks), counted from the previous step
    ack_read: float | None = 5.0  # -> READ (blue ticks), counted from the previous step
    ack_played: float | None = 3.0  # voice / video notes: -> PLAYED, counted from READ
    initial_status: str = WORKING  # status of an instance that exists before any API call

    @classmethod
    def fast(cls) -> Timing:
        """Everything immediate (unit tests that do not care about timing)."""
        return cls(
            starting_delay=0, qr_interval=20.0, login_delay=0, ack_server=0, ack_device=0, ack_read=0, ack_played=0
        )

    def with_overrides(self, values: Mapping[str, Any]) -> Timing:
        known = {f.name for f in fields(self)}
        picked = {k: v for k, v in values.items() if k in known}
        return replace(self, **picked) if picked else self


def _config_values(source: object) -> dict[str, Any]:
    if source is None:
        return {}
    if isinstance(source, Mapping):
        return dict(source)
    if isinstance(source, Timing):
        return {f.name: getattr(source, f.name) for f in fields(source)}
    return {f.name: getattr(source, f.name) for f in fields(Timing) if hasattr(source, f.name)}


def timing_for(world: WorldView) -> Timing:
    """The world's timing: library defaults overridden by the world configuration."""
    timing = Timing()
    config = getattr(world, "config", None)
    if config is not None:
        timing = timing.with_overrides(_config_values(config))
        nested = config.get("timing") if isinstance(config, Mapping) else getattr(config, "timing", None)
        timing = timing.with_overrides(_config_values(nested))
    return timing


def now_ms(world: WorldView) -> int:
    return round(world.clock.now() * 1000)


# --------------------------------------------------------------------------- images


def qr_png(value: str, *, scale: int = 6) -> bytes:
    """A scannable PNG of ``value`` (error correction L, 4-module quiet zone, as WhatsApp Web draws it)."""
    out = io.BytesIO()
    segno.make_qr(value, error="l", boost_error=False).save(out, kind="png", scale=scale, border=4)
    return out.getvalue()


def png_image(width: int, height: int, rgb: tuple[int, int, int], *, band: tuple[int, int, int] | None = None) -> bytes:
    """A small valid RGB PNG: a solid colour with an optional header band (the "screenshot")."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    band_height = height // 6 if band else 0
    rows = bytearray()
    for y in range(height):
        colour = band if band is not None and y < band_height else rgb
        rows.append(0)  # filter: none
        rows.extend(bytes(colour) * width)
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(bytes(rows), 9))
        + chunk(b"IEND", b"")
    )


# --------------------------------------------------------------------------- model


@dataclass
class Account:
    """The WhatsApp account paired with the instance (the phone that scanned the QR)."""

    id: str  # 201234567890@c.us
    lid: str  # 109321234567890@lid
    device: int
    push_name: str
    about: str = "Hey there! I am using WhatsApp."
    picture_version: int | None = None  # None: no profile picture

    @property
    def number(self) -> str:
        return self.id.split("@", 1)[0]

    def me_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "lid": self.lid,
            "jid": f"{self.number}:{self.device}@s.whatsapp.net",
            "pushName": self.push_name,
        }

    def picture_url(self) -> str | None:
        if self.picture_version is None:
            return None
        return f"https://pps.whatsapp.net/v/t61.24694-24/{self.number}_{self.picture_version}_n.jpg?emulator=1"


@dataclass
class PairingRequest:
    code: str  # ABCDEFGH (no dash)
    phone: str  # digits
    generation: int

    @property
    def display(self) -> str:
        return f"{self.code[:4]}-{self.code[4:]}"


@dataclass
class StatusPoint:
    status: str
    timestamp: int  # unix ms

    def to_json(self) -> dict[str, Any]:
        return {"status": self.status, "timestamp": self.timestamp}


@dataclass(frozen=True)
class StatusChanged:
    """The session moved to ``status`` (or showed a new QR in ``SCAN_QR_CODE``); ``statuses`` are the last
    status points, oldest first, as ``session.status`` reports them."""

    name: str
    status: str
    statuses: tuple[StatusPoint, ...]


SessionFact = StatusChanged | Due
"""What a change of the session returns: what happened, and what falls due later."""


class SessionState:
    """Per-instance session: status machine, pairing, QR and the linked account."""

    def __init__(self, world: WorldView, instance: InstanceView) -> None:
        self.world = world
        self.instance = instance
        self.status = STOPPED
        self.history: list[StatusPoint] = []
        self.account: Account | None = None
        self.qr_value: str | None = None
        self.pairing: PairingRequest | None = None
        self.generation = 0  # bumped on every externally caused transition; stale timers check it
        self.timing_overrides: dict[str, Any] = {}
        self.name_override: str | None = None
        self.failure_reason: str | None = None
        initial = self.timing.initial_status
        if initial == WORKING:
            # an instance that exists before any call (CLI default credentials, fixtures) is linked and online
            self.account = self.default_account()
            self._record(WORKING)
        elif initial in STATUSES and initial != STOPPED:
            self.starts_on_first_use = True  # (no status point until it starts: STARTING is its first)
        else:
            self._record(STOPPED)

    starts_on_first_use: bool = False
    """Set for an instance configured to begin past ``STOPPED``: the backend starts it (:meth:`start`)
    the first time it reaches the session, since a constructor has no facts to hand on."""

    def first_use(self) -> list[SessionFact]:
        """What the session does when first reached: start, if it is configured to."""
        if not self.starts_on_first_use:
            return []
        self.starts_on_first_use = False
        return self.start()

    # ---- identity

    @property
    def timing(self) -> Timing:
        base = timing_for(self.world)
        return base.with_overrides(self.timing_overrides) if self.timing_overrides else base

    @property
    def name(self) -> str:
        """The engine-side session name (what ``createSession?name=`` gave, else ``wawp-<instance id>``)."""
        if self.name_override:
            return self.name_override
        given = getattr(self.instance, "name", None)
        if isinstance(given, str) and given:
            return given
        return f"wawp-{str(self.instance.id).lower()}"  # the core's envelope fallback, so both agree

    def _rng(self, purpose: str) -> random.Random:
        return derived_rng(self.world.seed, "session", str(self.instance.id), purpose)

    def default_account(self, phone: str | None = None, push_name: str | None = None) -> Account:
        """The account a scan links by default: a stable, registered number derived from the world seed."""
        rng = self._rng("account")
        digits = phone or (
            "2010" + "".join(str(rng.randint(0, 9)) for _ in range(7)) + str(rng.choice((0, 2, 4, 6, 8)))
        )
        lid = f"1{rng.randint(10**13, 10**14 - 1)}@lid"
        device = rng.randint(2, 60)
        name = push_name or self._display_name() or "Wawp Emulator"
        return Account(id=f"{digits}@c.us", lid=lid, device=device, push_name=name)

    def _display_name(self) -> str | None:
        for owner in (getattr(self.instance, "account", None), self.instance):
            value = getattr(owner, "display_name", None)
            if isinstance(value, str) and value:
                return value
        return None

    @property
    def own_id(self) -> str:
        """The instance's own ``@c.us`` id: the linked account's, else the one a scan would link."""
        return (self.account or self.default_account()).id

    @property
    def is_working(self) -> bool:
        return self.status == WORKING

    def me_json(self) -> dict[str, Any] | None:
        """``MeInfo`` while the session is connected, else ``None`` (WAHA answers null)."""
        if self.status != WORKING or self.account is None:
            return None
        return self.account.me_json()

    # ---- timers

    def _after(self, delay: float | None, kind: str, *key: Any) -> list[SessionFact]:
        """``kind`` falls due after ``delay`` (at once when 0, never when ``None``) for this generation."""
        if delay is None:
            return []
        return [Due(self.world.clock.now() + delay, str(self.instance.id), kind, (self.generation, *key))]

    def on_due(self, due: Due) -> list[SessionFact]:
        """A step of the status machine fell due (``session.started``, ``.qr_rotation``, ``.qr_timeout``,
        ``.logged_in``); a stale one (of an older generation) does nothing."""
        generation, *key = due.key
        if due.kind == "session.started":
            return self._on_started(generation)
        if due.kind == "session.qr_rotation":
            return self._on_qr_rotation(generation)
        if due.kind == "session.qr_timeout":
            return self._on_qr_timeout(generation)
        if due.kind == "session.logged_in":
            return self._on_logged_in(generation, *key)
        raise ValueError(f"not a session timer: {due.kind}")

    # ---- status bookkeeping

    def _record(self, status: str) -> None:
        self.status = status
        self.history.append(StatusPoint(status, now_ms(self.world)))
        del self.history[:-20]

    def _set(self, status: str) -> list[SessionFact]:
        """Move to ``status`` (or repeat it, for QR rotation)."""
        if status == WORKING and self.status == WORKING:
            return []  # WAHA suppresses consecutive WORKING
        self._record(status)
        return [StatusChanged(self.name, self.status, tuple(self.history[-_HISTORY_IN_EVENTS:]))]

    # ---- API operations

    def begin_new(self, name: str | None = None) -> list[SessionFact]:
        """A session just created by ``createSession``: unpaired, then started (``STARTING``)."""
        self.generation += 1
        self.account = None
        self._clear_login()
        self.history = []
        self.status = STOPPED
        self.starts_on_first_use = False
        if name:
            self.name_override = name
        return self.start()

    def start(self) -> list[SessionFact]:
        """``STOPPED``/``FAILED`` -> ``STARTING``; a running session is left alone."""
        if self.status in RUNNING:
            return []
        self.generation += 1
        self.failure_reason = None
        self._clear_login()
        return [*self._set(STARTING), *self._after(self.timing.starting_delay, "session.started")]

    def stop(self) -> list[SessionFact]:
        self.generation += 1
        self._clear_login()
        return self._set(STOPPED) if self.status != STOPPED else []

    def restart(self) -> list[SessionFact]:
        return [*self.stop(), *self.start()]

    def logout(self) -> list[SessionFact]:
        """Wipe the pairing; a running session restarts to show a fresh QR."""
        was_running = self.status in RUNNING
        stopped = self.stop()
        self.account = None
        return [*stopped, *self.start()] if was_running else stopped

    def _clear_login(self) -> None:
        self.qr_value = None
        self.pairing = None

    def _on_started(self, generation: int) -> list[SessionFact]:
        if generation != self.generation or self.status != STARTING:
            return []
        if self.account is not None:
            return self._set(WORKING)
        self._new_qr()
        timing = self.timing
        return [
            *self._set(SCAN_QR_CODE),
            *self._after(timing.qr_interval, "session.qr_rotation"),
            *self._after(timing.qr_timeout, "session.qr_timeout"),
        ]

    def _new_qr(self) -> None:
        rng = self.world.rng

        def b64(n: int) -> str:
            return base64.b64encode(bytes(rng.getrandbits(8) for _ in range(n))).decode()

        # WhatsApp Web's QR payload: ref, noise public key, identity public key, adv secret
        self.qr_value = f"2@{b64(66)},{b64(32)},{b64(32)},{b64(32)}"

    def _on_qr_rotation(self, generation: int) -> list[SessionFact]:
        if generation != self.generation or self.status != SCAN_QR_CODE:
            return []
        self._new_qr()
        return [*self._set(SCAN_QR_CODE), *self._after(self.timing.qr_interval, "session.qr_rotation")]

    def _on_qr_timeout(self, generation: int) -> list[SessionFact]:
        if generation != self.generation or self.status != SCAN_QR_CODE:
            return []
        self.generation += 1
        self.failure_reason = "QR code was not scanned in time"
        self._clear_login()
        return self._set(FAILED)

    # ---- auth

    def require_status(self, *expected: str, code: str = "session_status_unexpected") -> None:
        """422 unless the status is one of ``expected`` (WAHA: "Session status is not as expected")."""
        if self.status not in expected:
            raise SessionStatusError(
                code,
                "Session status is not as expected. Try again later or restart the session. "
                f"Status: {self.status}; expected: {', '.join(expected)}",
                session=self.name,
                status=self.status,
                expected=expected,
            )

    def qr(self) -> str:
        """The current QR value; 422 outside ``SCAN_QR_CODE``."""
        self.require_status(SCAN_QR_CODE)
        if self.qr_value is None:  # scanned: the status says SCAN_QR_CODE until the login completes
            raise StateError(422, "session_logging_in", "The QR code was scanned; the session is logging in")
        return self.qr_value

    def request_code(self, phone_number: str) -> str:
        """A pairing code ``XXXX-XXXX`` for ``phone_number``; only in ``SCAN_QR_CODE``."""
        if self.status != SCAN_QR_CODE:
            raise SessionStatusError(
                "session_status_unexpected",
                f"Can request code only in SCAN_QR_CODE status. The current status is {self.status}",
                session=self.name,
                status=self.status,
                expected=(SCAN_QR_CODE,),
            )
        digits = "".join(ch for ch in phone_number if ch.isdigit())
        if not 7 <= len(digits) <= 15:
            raise StateError(400, "invalid_phone", f"'{phone_number}' is not a phone number in international format")
        code = "".join(self.world.rng.choice(PAIRING_ALPHABET) for _ in range(8))
        self.pairing = PairingRequest(code=code, phone=digits, generation=self.generation)
        return self.pairing.display

    def screenshot_png(self) -> bytes:
        """What the linked browser shows: the QR page while ``SCAN_QR_CODE``, else a plain status frame."""
        if self.status == SCAN_QR_CODE and self.qr_value is not None:
            return qr_png(self.qr_value, scale=4)
        colours = {
            WORKING: ((240, 242, 245), (0, 168, 132)),
            STARTING: ((255, 255, 255), (0, 128, 105)),
            FAILED: ((255, 235, 235), (200, 40, 40)),
            STOPPED: ((230, 230, 230), (120, 120, 120)),
        }
        body, band = colours.get(self.status, ((255, 255, 255), (0, 0, 0)))
        return png_image(160, 96, body, band=band)

    # ---- what the phone does (control actions)

    def scan_qr(self, *, phone: str | None = None, push_name: str | None = None) -> list[SessionFact]:
        """The phone scans the current QR: ``WORKING`` after ``login_delay``."""
        self.require_status(SCAN_QR_CODE)
        if self.qr_value is None:
            raise StateError(409, "session_logging_in", "The QR code was already scanned; the session is logging in")
        digits = "".join(ch for ch in phone if ch.isdigit()) if phone else None
        return self._begin_login(self.default_account(digits, push_name))

    def enter_pairing_code(self, code: str, *, push_name: str | None = None) -> list[SessionFact]:
        """The phone types the pairing code from ``/requestCode``; a wrong or stale code is refused."""
        self.require_status(SCAN_QR_CODE)
        wanted = self.pairing
        typed = code.replace("-", "").replace(" ", "").upper()
        if wanted is None or wanted.generation != self.generation:
            raise StateError(409, "no_pairing_code", "No pairing code was requested for this connection attempt")
        if typed != wanted.code:
            raise StateError(400, "wrong_pairing_code", f"'{code}' is not the pairing code that was issued")
        return self._begin_login(self.default_account(wanted.phone, push_name))

    def _begin_login(self, account: Account) -> list[SessionFact]:
        self.generation += 1  # QR rotation and idle timeout stop
        self.qr_value = None
        self.pairing = None
        return self._after(self.timing.login_delay, "session.logged_in", account)

    def _on_logged_in(self, generation: int, account: Account) -> list[SessionFact]:
        if generation != self.generation or self.status != SCAN_QR_CODE:
            return []
        self.account = account
        return self._set(WORKING)

    def unlink(self) -> list[SessionFact]:
        """The phone removes the linked device: logged out, ``FAILED``, no reconnect."""
        if self.account is None:
            raise StateError(409, "not_linked", "The session has no linked phone to unlink from")
        self.generation += 1
        self.account = None
        self.failure_reason = "Logged out from the phone (device unlinked)"
        self._clear_login()
        return self._set(FAILED)

    def fail(self, reason: str | None = None) -> list[SessionFact]:
        """An engine failure: ``FAILED``; the pairing survives, so a restart recovers."""
        self.generation += 1
        self.failure_reason = reason or "Engine failure"
        self._clear_login()
        return self._set(FAILED)

    def summary(self) -> dict[str, Any]:
        """What the control API's state view shows of the session."""
        return {"status": self.status, "failureReason": self.failure_reason}

    # ---- JSON

    def metadata(self) -> dict[str, str]:
        """``config.metadata`` as Wawp stores it in the engine session (echoed in webhooks)."""
        account = getattr(self.instance, "account", None)

        def pick(owner: object, *names: str) -> str | None:
            for attr in names:
                value = getattr(owner, attr, None)
                if value is not None and value != "":
                    return str(value)
            return None

        return {
            "user_id": pick(account, "user_id", "id") or "1",
            "display_name": pick(account, "display_name", "name") or "Wawp Emulator",
            "user_email": pick(account, "user_email", "email") or "emulator@example.com",
            "access_token": pick(account, "access_token", "token") or pick(self.instance, "access_token") or "",
            "instance_id": str(self.instance.id),
        }

    def info_json(self, engine: dict[str, Any]) -> dict[str, Any]:
        """``SessionInfo``: name, status, config, me, and ``engine`` (what the instance's engine reports)."""
        return {
            "name": self.name,
            "status": self.status,
            "config": {"metadata": self.metadata(), "webhooks": [], "proxy": None, "debug": False},
            "me": self.me_json(),
            "engine": engine,
            "timestamps": {"activity": self.history[-1].timestamp if self.history else None},
        }
