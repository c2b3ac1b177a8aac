"""The event bus: what an event becomes once something happened, an envelope in the event log and
the webhook deliveries queued for it.

It lives below the backend (which announces what the stores return) and works on the world's log and
outbox through :class:`Hub`, so announcing an event calls nothing above the backend. ``World.emit``
is the same call for the control actions.
"""

from __future__ import annotations

import json
import logging
from collections import deque
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Protocol

from wawp_emulator.kernel import InstanceView
from wawp_emulator.state.sessions import SessionState
from wawp_emulator.webhooks import PendingDelivery, WebhookConfig

if TYPE_CHECKING:
    from wawp_emulator.changes import Changes
    from wawp_emulator.clock import Clock
    from wawp_emulator.ids import Ids

__all__ = ["OUTBOX_LIMIT", "WAHA_VERSION", "Hub", "Subscribed", "emit"]

WAHA_VERSION = "2026.2.1"
OUTBOX_LIMIT = 10000
log = logging.getLogger("wawp_emulator")


class Hub(Protocol):
    """What the bus keeps its work in (``world.World``): ids and time, the event log, the outbox."""

    @property
    def ids(self) -> Ids: ...
    @property
    def clock(self) -> Clock: ...
    @property
    def events(self) -> deque[dict[str, Any]]: ...
    @property
    def outbox(self) -> list[PendingDelivery]: ...
    @property
    def on_outbox(self) -> Callable[[], None] | None: ...
    @property
    def changes(self) -> Changes: ...


class Subscribed(InstanceView, Protocol):
    """An instance as the bus sees it: its webhooks too."""

    @property
    def webhooks(self) -> Sequence[WebhookConfig]: ...


def emit(
    hub: Hub, instance: Subscribed, event: str, payload: Any, *, lid_payload: Callable[[], Any] | None = None
) -> dict[str, Any]:
    """Build the webhook envelope for ``event`` and queue its deliveries to every matching webhook.

    ``lid_payload`` builds the same event with the sender as a ``@lid`` id, the second report newer
    engines make of an inbound message (``None`` from it: no such report). It is called only when a
    webhook has ``duplicates.lidCopies``, which alone gets it, as an envelope of its own (a fresh
    event id); the event log keeps the original alone.
    """
    name, me, metadata = _envelope_facts(instance)
    envelope = {
        "id": hub.ids.event_id(),
        "timestamp": round(hub.clock.now() * 1000),
        "event": event,
        "session": name,
        "metadata": metadata,
        "me": me,
        "payload": payload,
        "engine": instance.engine,
        "environment": {"version": WAHA_VERSION, "engine": instance.engine, "tier": "PLUS", "browser": None},
    }
    # The log keeps the event as JSON, what was sent: a payload may share objects with the state (a
    # message's location), while an event says what was sent then, whatever the state becomes (and the
    # state file's row stores that very text, ``changes.events``).
    noted = hub.changes.active
    text = json.dumps(
        {"instance_id": instance.id, **envelope}, ensure_ascii=False, separators=(",", ":"), allow_nan=not noted
    )
    hub.events.append(json.loads(text))
    if noted:
        hub.changes.events.append(text)
    matching = [hook for hook in instance.webhooks if hook.matches(event)]
    if not matching:
        return envelope
    original = [(str(envelope["id"]), _encode(envelope))]
    twin: list[tuple[str, bytes]] = []
    twin_payload = None
    if lid_payload is not None and any(hook.duplicates.lid_copies for hook in matching):
        twin_payload = lid_payload()
    if twin_payload is not None:
        lid_envelope = {**envelope, "id": hub.ids.event_id(), "payload": twin_payload}
        twin = [(str(lid_envelope["id"]), _encode(lid_envelope))]
    for hook in matching:
        for event_id, body in original + (twin if hook.duplicates.lid_copies else []):
            _queue(hub, instance, event, hook, (event_id, int(envelope["timestamp"])), body)
    if hub.on_outbox is not None:
        hub.on_outbox()
    return envelope


def _queue(
    hub: Hub, instance: Subscribed, event: str, hook: WebhookConfig, stamp: tuple[str, int], body: bytes
) -> None:
    """Queue ``hook.duplicates.copies`` deliveries of one envelope (request ids per ``sameRequestId``).

    ``stamp`` is the envelope's event id and ``timestamp``: the copies share both, and the timestamp is
    the ``X-Webhook-Timestamp`` header, so header and signed body tell one time.
    """
    event_id, timestamp_ms = stamp
    request_id = ""
    for copy in range(1, hook.duplicates.copies + 1):
        if len(hub.outbox) >= OUTBOX_LIMIT:
            log.warning("webhook outbox full (%d): dropped a %s delivery", OUTBOX_LIMIT, event)
            return
        if copy == 1 or not hook.duplicates.same_request_id:
            request_id = hub.ids.request_id()
        hub.outbox.append(PendingDelivery(request_id, instance.id, event_id, event, hook, body, timestamp_ms, copy))


def _envelope_facts(instance: InstanceView) -> tuple[str, Any, dict[str, Any]]:
    """A webhook envelope's ``session``, ``me`` and ``metadata``: the session's when it exists (it is
    not created for this: creating it starts its status machine). The access token is left out of
    ``metadata``: webhook bodies go to third-party URLs and into the event journal."""
    session = instance.peek_state(SessionState)
    if session is not None:
        name, me, metadata = str(session.name), session.me_json(), dict(session.metadata())
    else:
        account = instance.account
        name, me = instance.name or f"wawp-{instance.id.lower()}", None
        metadata = {
            "user_id": account.user_id,
            "display_name": account.display_name,
            "user_email": account.user_email,
            "instance_id": instance.id,
        }
    metadata.pop("access_token", None)
    return name, me, metadata


def _encode(envelope: dict[str, Any]) -> bytes:
    """The exact bytes delivered (and signed)."""
    return json.dumps(envelope, ensure_ascii=False, separators=(",", ":")).encode()
