# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._models import Model


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class ChannelSearchPage(Model):
    """Cursor information of a channel search page.

    Attributes:
        start_cursor (str | None, optional): Cursor of this page.
        end_cursor (str | None, optional): Pass as `startCursor` to fetch the next page.
        has_next_page (bool, optional): True when another page follows.
        has_previous_page (bool, optional): True when a page precedes this one.
    """

    start_cursor: str | None = _attrs_field(default=None, metadata={"wire": "startCursor", "nullable": True})
    end_cursor: str | None = _attrs_field(default=None, metadata={"wire": "endCursor", "nullable": True})
    has_next_page: bool | None = _attrs_field(default=None, metadata={"wire": "hasNextPage"})
    has_previous_page: bool | None = _attrs_field(default=None, metadata={"wire": "hasPreviousPage"})
