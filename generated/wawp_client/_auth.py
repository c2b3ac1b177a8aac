# Copied from generator/runtime/_auth.py by `nox -s generate`.
# Do not edit this copy: edit generator/runtime/_auth.py.
"""Query-parameter authentication: ``instance_id`` and ``access_token`` on every request.

openapi-python-client ignores apiKey-in-query security schemes, so the client adds the credentials
itself and the caller never passes them. They are installed as the httpx client's default query
parameters, which httpx merges with each operation's own parameters in the one URL build it does
anyway (URL parsing is the largest cost httpx adds to a call, so a second rebuild per request in an
auth flow would double it). The ``httpx.Auth`` part then enforces the per-operation rule of the
spec: operations without ``InstanceId`` in their security (``sessionCreate``) send the token only.
"""

from __future__ import annotations

from collections.abc import Generator, Iterable

import httpx

from ._redact import MASK

__all__ = ["QueryAuth"]


class QueryAuth(httpx.Auth):
    """The credentials of one client; ``params`` go on the httpx client, the flow trims them per path."""

    def __init__(self, instance_id: str | None, access_token: str, *, token_only_paths: Iterable[str] = ()) -> None:
        self.params = {"access_token": access_token}
        if instance_id is not None:
            self.params["instance_id"] = instance_id
        self._token_only_paths = tuple(sorted(token_only_paths))

    def __repr__(self) -> str:
        return f"QueryAuth(instance_id={MASK!r}, access_token={MASK!r})"

    def install(self, client: httpx.Client | httpx.AsyncClient) -> None:
        """Make ``client`` send the credentials with every request."""
        client.params = client.params.merge(self.params)
        client.auth = self

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if self._token_only_paths and request.url.path.endswith(self._token_only_paths):
            request.url = request.url.copy_remove_param("instance_id")
        yield request
