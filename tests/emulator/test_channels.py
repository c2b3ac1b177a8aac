"""The ``channels`` tag over HTTP: the seeded directory and its paged search, following, muting, own channels."""

from __future__ import annotations

from typing import Any

import httpx
from _sessions_world import error, ok, open_emulator
from wawp_emulator.state.channels import CATALOGUE_SIZE


def _search_all(http: httpx.Client, **params: Any) -> list[str]:
    ids: list[str] = []
    cursor = None
    for _ in range(100):  # bounded: the directory is small
        page = ok(http.get("/channels/search", params={**params, **({"startCursor": cursor} if cursor else {})}))
        ids += [c["id"] for c in page["channels"]]
        if not page["page"]["hasNextPage"]:
            assert page["page"]["endCursor"] is None
            return ids
        cursor = page["page"]["endCursor"]
    raise AssertionError("search never ended")


def test_search_pages_cover_the_directory_once() -> None:
    with open_emulator() as emu, emu.client() as http:
        paged = _search_all(http, view="RECOMMENDED", limit=7)
        whole = [
            c["id"] for c in ok(http.get("/channels/search", params={"view": "RECOMMENDED", "limit": 100}))["channels"]
        ]
        assert len(paged) == len(set(paged)) == CATALOGUE_SIZE  # RECOMMENDED lists the whole directory
        assert whole == paged[:100]
        views = ok(http.get("/channels/search/views"))
        assert views and all("value" in v for v in views)
        assert ok(http.get("/channels/search/countries")) and ok(http.get("/channels/search/categories"))
        error(http.get("/channels/search", params={"view": "RECOMMENDED", "startCursor": "bm90LWEtY3Vyc29y"}), 422)
        assert emu.violations == []


def test_follow_mute_unfollow_and_own_channel_lifecycle() -> None:
    with open_emulator() as emu, emu.client() as http:
        public = ok(http.get("/channels/search", params={"view": "RECOMMENDED", "limit": 1}))["channels"][0]["id"]
        assert ok(http.get("/channels")) == []
        ok(http.post(f"/channels/{public}/follow"))
        [followed] = ok(http.get("/channels", params={"role": "SUBSCRIBER"}))
        assert followed["id"] == public and followed["muted"] is False
        ok(http.post(f"/channels/{public}/mute"))
        assert ok(http.get(f"/channels/{public}"))["muted"] is True
        ok(http.post(f"/channels/{public}/unmute"))
        ok(http.post(f"/channels/{public}/unfollow"))
        assert ok(http.get("/channels")) == []
        assert ok(http.get(f"/channels/{public}/messages/preview", params={"limit": 2}))

        mine = ok(http.post("/channels", json={"name": "Release notes", "description": "What shipped"}))
        assert mine["role"] == "OWNER" and mine["id"].endswith("@newsletter")
        assert [c["id"] for c in ok(http.get("/channels", params={"role": "OWNER"}))] == [mine["id"]]
        error(http.post(f"/channels/{mine['id']}/unfollow"), 422, "not_allowed_for_owner")
        error(http.delete(f"/channels/{mine['id']}"), 501, "wawp_upstream_error")  # GOWS deletes no channel
        emu.set_engine("NOWEB")  # (Baileys does)
        error(http.delete(f"/channels/{public}"), 422, "not_channel_owner")
        ok(http.delete(f"/channels/{mine['id']}"))
        error(http.get(f"/channels/{mine['id']}"), 404, "channel_not_found")
        error(http.delete(f"/channels/{mine['id']}"), 404, "channel_not_found")
