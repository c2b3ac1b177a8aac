"""HTTP handlers of v2's session settings (tags ``sessions`` and ``webhook-settings``): rate-limit
policies, temporary access links and the session's webhooks.

Paid-only calls answer 403 ``subscription_required`` on a free plan (the account's ``plan``, set by the
control action ``account.plan``). The webhooks configured here are the instance's webhooks: they receive
the instance's events, signed with their ``hmac`` secret, through the same delivery as webhooks added
through the control API (``webhooks.py``); a paused one (``is_active`` 0) is kept but receives nothing.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from wawp_emulator.handlers._common import backend, required_str
from wawp_emulator.registry import ApiError, Request, operation
from wawp_emulator.validation import invalid
from wawp_emulator.webhooks import RetryPolicy, WebhookConfig

V2_HOOK = "v2-"
"""The id prefix of the webhooks configured through v2 (those added through the control API keep theirs)."""


def _require_paid(req: Request) -> None:
    if not backend(req).paid:
        raise ApiError(403, "subscription_required", "This endpoint requires a paid subscription")


# --------------------------------------------------------------------------- rate-limit policies


@operation("sessionRateLimitGet")
def rate_limit_get(req: Request) -> object:
    b = backend(req)
    return b.rate_limits.describe(b.paid)


@operation("sessionRateLimitSet")
def rate_limit_set(req: Request) -> object:
    b = backend(req)
    policy = b.rate_limits.choose(required_str(req, "policy_slug"), b.paid)
    return {"success": True, "policy": policy.slug, "limits": policy.limits()}


# --------------------------------------------------------------------------- temporary links


@operation("sessionTempLinkGet")
def temp_link_get(req: Request) -> object:
    return {"link": backend(req).temp_links.active()}


@operation("sessionTempLinkCreate")
def temp_link_create(req: Request) -> object:
    return {"link": backend(req).temp_links.create()}


@operation("sessionTempLinkRevoke")
def temp_link_revoke(req: Request) -> object:
    return {"success": True, "revoked": backend(req).temp_links.revoke()}


# --------------------------------------------------------------------------- the session's webhooks


def _active(entry: Mapping[str, Any]) -> bool:
    return entry.get("is_active", 1) not in (0, False)


def _config(entry: Mapping[str, Any], index: int) -> WebhookConfig:
    """The delivery configuration of one v2 webhook entry (400 for a URL nothing can be delivered to). Its
    retries are held to what the delivery does (1 to 100 attempts, at most an hour apart; v2's defaults:
    15 attempts, 2 seconds apart)."""
    retries = entry.get("retries") or {}
    try:
        return WebhookConfig(
            url=str(entry["url"]),
            events=[str(e) for e in entry.get("events") or ["*"]],
            hmac_key=str(entry["hmac"]) if entry.get("hmac") else None,
            retries=RetryPolicy(
                attempts=min(100, max(1, int(retries.get("attempts", 15)))),
                delay_seconds=min(3600.0, float(retries.get("delay", 2))),
            ),
            id=f"{V2_HOOK}{index}",
        )
    except ValueError as error:
        raise invalid({"url": str(error)}) from None


def _deliver(req: Request) -> None:
    """Deliver to the active configured entries from now on (other webhooks stay as they are)."""
    instance = req.instance
    assert instance is not None
    entries = backend(req).webhook_settings.entries
    configs = [_config(entry, i) for i, entry in enumerate(entries) if _active(entry)]
    instance.webhooks = [hook for hook in instance.webhooks if not hook.id.startswith(V2_HOOK)] + configs


def _shown(entry: Mapping[str, Any]) -> dict[str, Any]:
    """An entry as GET shows it: never its HMAC secret."""
    return {key: value for key, value in entry.items() if key != "hmac"}


@operation("sessionWebhookGet")
def session_webhook_get(req: Request) -> object:
    _require_paid(req)
    entries = backend(req).webhook_settings.entries
    return {"webhooks": [_shown(e) for e in entries], "systemConfig": {"enabled": False}}


@operation("sessionWebhookSet")
def session_webhook_set(req: Request) -> object:
    _require_paid(req)
    settings = backend(req).webhook_settings
    entries = list(req.body["webhooks"])
    for index, entry in enumerate(entries):
        _config(entry, index)  # (a URL nothing can be delivered to is refused before anything changes)
    settings.replace(entries)
    _deliver(req)
    return {"success": True, "webhooks": [_shown(e) for e in settings.entries]}


@operation("webhookSet")
def webhook_set(req: Request) -> object:
    """Add one URL, or replace its entry when it is already configured."""
    _require_paid(req)
    _config(req.body, 0)  # (refused before anything changes)
    backend(req).webhook_settings.put(dict(req.body))
    _deliver(req)
    return {"success": True, "webhook": _shown(req.body)}


@operation("webhookUpdate")
def webhook_update(req: Request) -> object:
    """Change a configured URL's entry; omitted fields keep their value."""
    _require_paid(req)
    entry = backend(req).webhook_settings.update(dict(req.body))
    _deliver(req)
    return {"success": True, "webhook": _shown(entry)}


@operation("webhookDelete")
def webhook_delete(req: Request) -> object:
    _require_paid(req)
    backend(req).webhook_settings.remove(required_str(req, "url"))
    _deliver(req)
    return {"success": True}
