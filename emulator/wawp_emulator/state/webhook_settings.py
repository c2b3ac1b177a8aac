"""Wawp v2's session webhooks (``/v2/session/webhook``, ``/v2/webhook/{set,update,delete}``) as the API
configured them: each entry's URL, events, ``is_active`` flag, retries and secret, paused ones included.
Delivering to the active ones is the instance's webhooks' business (the handlers keep both in step);
this store keeps what GET answers and the rules on the list (one entry per URL)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from wawp_emulator.errors import StateError

if TYPE_CHECKING:
    from wawp_emulator.kernel import InstanceView, WorldView

__all__ = ["WebhookSettingsState"]


class WebhookSettingsState:
    """The session's configured webhook entries, in the order they were set."""

    def __init__(self, world: WorldView, instance: InstanceView) -> None:
        self.world = world
        self.instance = instance
        self.entries: list[dict[str, Any]] = []

    def replace(self, entries: list[dict[str, Any]]) -> None:
        """The whole list (the session webhook POST): a URL twice is 400 ``webhook_url_twice``."""
        urls = [entry["url"] for entry in entries]
        if len(set(urls)) != len(urls):
            raise StateError(400, "webhook_url_twice", "Each webhook URL can be configured once")
        self.entries = [dict(entry) for entry in entries]

    def put(self, entry: dict[str, Any]) -> None:
        """Add ``entry``, or replace the entry of its URL in place."""
        for i, existing in enumerate(self.entries):
            if existing["url"] == entry["url"]:
                self.entries[i] = dict(entry)
                return
        self.entries.append(dict(entry))

    def update(self, changes: dict[str, Any]) -> dict[str, Any]:
        """Merge ``changes`` into the entry of its URL (404 ``webhook_not_found`` when none)."""
        for i, existing in enumerate(self.entries):
            if existing["url"] == changes["url"]:
                self.entries[i] = {**existing, **changes}
                return self.entries[i]
        raise StateError(404, "webhook_not_found", "No webhook is configured for this URL")

    def remove(self, url: str) -> None:
        """Drop the entry of ``url`` (404 ``webhook_not_found`` when none)."""
        kept = [entry for entry in self.entries if entry["url"] != url]
        if len(kept) == len(self.entries):
            raise StateError(404, "webhook_not_found", "No webhook is configured for this URL")
        self.entries = kept
