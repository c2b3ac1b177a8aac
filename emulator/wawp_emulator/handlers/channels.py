"""HTTP handlers of the ``channels`` tag, backed by the channels store."""

from __future__ import annotations

from wawp_emulator.engines import render
from wawp_emulator.handlers._common import (
    backend,
    empty,
    param_bool,
    param_int,
    param_list,
    param_str,
)
from wawp_emulator.registry import Request, operation
from wawp_emulator.state.channels import CATEGORIES, COUNTRIES, VIEWS


@operation("channelsList", session="WORKING")
def channels_list(req: Request) -> object:
    return backend(req).channels.list_channels(param_str(req, "role"))


@operation("channelCreate", session="WORKING")
def channel_create(req: Request) -> object:
    body = req.body
    description = body.get("description")
    return backend(req).channels.create(
        body["name"],
        description if isinstance(description, str) else None,
        picture=isinstance(body.get("picture"), dict),
    )


@operation("channelGet", session="WORKING")
def channel_get(req: Request) -> object:
    return backend(req).channels.get(req.path["id"])


@operation("channelDelete", session="WORKING")
def channel_delete(req: Request) -> object:
    backend(req).channels.delete(req.path["id"])
    return empty()


@operation("channelPreviewMessages", session="WORKING")
def channel_preview_messages(req: Request) -> object:
    b = backend(req)
    posts = b.channels.preview(
        req.path["id"], limit=param_int(req, "limit", 50) or 0, download_media=param_bool(req, "downloadMedia")
    )
    return [{**post, "message": render.channel_post_body(b.instance, post["message"])} for post in posts]


@operation("channelFollow", session="WORKING")
def channel_follow(req: Request) -> object:
    backend(req).channels.follow(req.path["id"])
    return {}


@operation("channelUnfollow", session="WORKING")
def channel_unfollow(req: Request) -> object:
    backend(req).channels.unfollow(req.path["id"])
    return {}


@operation("channelMute", session="WORKING")
def channel_mute(req: Request) -> object:
    backend(req).channels.set_muted(req.path["id"], True)
    return {}


@operation("channelUnmute", session="WORKING")
def channel_unmute(req: Request) -> object:
    backend(req).channels.set_muted(req.path["id"], False)
    return {}


@operation("channelsSearch", session="WORKING")
def channels_search(req: Request) -> object:
    return backend(req).channels.search(
        view=param_str(req, "view"),
        text=param_str(req, "text"),
        countries=param_list(req, "countries[]"),
        categories=param_list(req, "categories[]"),
        limit=param_int(req, "limit", 50) or 50,
        start_cursor=param_str(req, "startCursor") or None,
    )


@operation("channelsSearchViews")
def channels_search_views(req: Request) -> object:
    return [dict(row) for row in VIEWS]


@operation("channelsSearchCountries")
def channels_search_countries(req: Request) -> object:
    return [dict(row) for row in COUNTRIES]


@operation("channelsSearchCategories")
def channels_search_categories(req: Request) -> object:
    return [dict(row) for row in CATEGORIES]
