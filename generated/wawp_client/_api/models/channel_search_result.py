# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._models import Model

if TYPE_CHECKING:
    from ..models.channel import Channel
    from ..models.channel_search_page import ChannelSearchPage


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class ChannelSearchResult(Model):
    """One page of channel search results.

    Attributes:
        page (ChannelSearchPage): Cursor information of a channel search page.
        channels (list[Channel]): Channels found on this page.
    """

    page: ChannelSearchPage = _attrs_field(metadata={"wire": "page"})
    channels: list[Channel] = _attrs_field(metadata={"wire": "channels"})
