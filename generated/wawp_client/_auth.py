# Copied from generator/runtime/_auth.py by `nox -s generate`.
# Do not edit this copy: edit generator/runtime/_auth.py.
"""Authentication: where ``instance_id`` and ``access_token`` travel on every request.

openapi-python-client ignores the spec's security schemes, so the client adds the credentials itself and
the caller never passes them. Three placements, after the security schemes of the descriptions:

- ``query`` (v1 and v2): both as query parameters. They are installed as the httpx client's default query
  parameters, which httpx merges with each operation's own in the one URL build it does anyway (URL parsing
  is the largest cost httpx adds to a call, so a second rebuild per request in an auth flow would double it).
- ``header`` (v2 only): the token in an ``access-token`` header, the instance id in the query (the vendor's
  export and MCP server).
- ``bearer`` (v2 only): ``Authorization: Bearer <token>`` and an ``X-Instance-ID`` header (the vendor's SDK).

Headers are added per request in the auth flow, never to the httpx client's defaults, so that they live only
on the request being sent (which the client's errors never expose: see ``_exceptions.masked_request``). The
flow also enforces the per-operation rule of the spec: operations without an instance id in their security
(``sessionCreate``, v2's ``sessionProvision``) send the token only.
"""

from __future__ import annotations

from collections.abc import Generator, Iterable
from typing import Literal

import httpx

from ._redact import MASK

__all__ = ["AUTH_STYLES", "AuthStyle", "CredentialAuth"]

AuthStyle = Literal["query", "header", "bearer"]
AUTH_STYLES: tuple[AuthStyle, ...] = ("query", "header", "bearer")


class CredentialAuth(httpx.Auth):
    """The credentials of one client: ``params`` go on the httpx client, the flow adds headers and trims per path."""

    def __init__(
        self,
        instance_id: str | None,
        access_token: str,
        *,
        style: AuthStyle = "query",
        token_only_paths: Iterable[str] = (),
    ) -> None:
        self.style = style
        self.params: dict[str, str] = {}
        self._headers: dict[str, str] = {}
        if style == "query":
            self.params["access_token"] = access_token
        elif style == "header":
            self._headers["access-token"] = access_token
        else:
            self._headers["Authorization"] = f"Bearer {access_token}"
        self._instance_header = style == "bearer"
        if instance_id is not None:
            if self._instance_header:
                self._headers["X-Instance-ID"] = instance_id
            else:
                self.params["instance_id"] = instance_id
        self._token_only_paths = tuple(sorted(token_only_paths))

    def __repr__(self) -> str:
        return f"CredentialAuth(style={self.style!r}, instance_id={MASK!r}, access_token={MASK!r})"

    def install(self, client: httpx.Client | httpx.AsyncClient) -> None:
        """Make ``client`` send the credentials with every request."""
        client.params = client.params.merge(self.params)
        client.auth = self

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers.update(self._headers)
        if self._token_only_paths and request.url.path.endswith(self._token_only_paths):
            if self._instance_header:
                request.headers.pop("X-Instance-ID", None)
            else:
                request.url = request.url.copy_remove_param("instance_id")
        yield request
