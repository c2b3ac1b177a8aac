"""The plumbing behind ``Wawp`` and ``AsyncWawp``: configuration, the httpx client, error mapping.

The spec-derived part (one namespace per tag) is rendered into ``_client.py`` on top of these
classes. Every facade method ends in :meth:`SyncAPIClient._call`, which runs a generated
``*_detailed`` function and turns transport failures and bad bodies into typed exceptions; status
errors are raised earlier, by a response hook, so the generated parsers only ever see successes.
"""

from __future__ import annotations

import functools
import logging
import os
from collections.abc import Awaitable, Callable
from typing import Any, Self

import httpx

from . import _spec
from ._api.client import AuthenticatedClient
from ._api.types import Response
from ._auth import QueryAuth
from ._exceptions import APIConnectionError, APIResponseValidationError, APITimeoutError, WawpError, status_error
from ._options import RequestOptions
from ._parsing import Invalid, parse_body
from ._redact import MASK, configure_logging, redact
from ._response import raw_response, raw_response_requested
from ._retry import AsyncRetryTransport, RetryPolicy, RetryTransport
from .pagination import AsyncPage, Paging, SyncPage

__all__ = ["DEFAULT_MAX_RETRIES", "DEFAULT_TIMEOUT", "AsyncAPIClient", "AsyncResource", "SyncAPIClient", "SyncResource"]

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
_PARSE_ERRORS = (KeyError, TypeError, ValueError, AttributeError)

log = logging.getLogger("wawp_client")
configure_logging()


class _Config:
    """Arguments shared by the sync and async clients, resolved against the environment."""

    def __init__(
        self,
        instance_id: str | None,
        access_token: str | None,
        base_url: str | None,
        timeout: float | httpx.Timeout,
        max_retries: int,
        strict_response_validation: bool | None,
    ) -> None:
        self.instance_id = instance_id if instance_id is not None else os.environ.get("WAWP_INSTANCE_ID")
        token = access_token if access_token is not None else os.environ.get("WAWP_ACCESS_TOKEN")
        if not token:
            raise WawpError("No access token: pass access_token=... or set WAWP_ACCESS_TOKEN.")
        self.access_token = token
        self.base_url = (base_url or os.environ.get("WAWP_BASE_URL") or _spec.DEFAULT_BASE_URL).rstrip("/")
        self.timeout = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
        if max_retries < 0:
            raise ValueError("max_retries must be >= 0")
        self.max_retries = max_retries
        if strict_response_validation is None:
            flag = os.environ.get("WAWP_STRICT_RESPONSE_VALIDATION", "").strip().lower()
            strict_response_validation = flag in {"1", "true", "yes", "on"}
        # Off by default: a real answer that differs from the spec must not break a program; tests turn it on.
        self.strict_response_validation = strict_response_validation
        self.auth = QueryAuth(self.instance_id, token, token_only_paths=_spec.TOKEN_ONLY_PATHS)
        self.headers = {"User-Agent": f"wawp-python/{_spec.PACKAGE_VERSION}"}

    def api(self) -> AuthenticatedClient:
        # The token is unused: auth is the QueryAuth on the httpx client we hand over.
        return AuthenticatedClient(base_url=self.base_url, token="", raise_on_unexpected_status=False)

    def repr(self, cls: str) -> str:
        return f"{cls}(instance_id={MASK!r}, access_token={MASK!r}, base_url={redact(self.base_url)!r})"


def _log_request(request: httpx.Request) -> None:
    if log.isEnabledFor(logging.DEBUG):
        log.debug("request: %s %s", request.method, redact(str(request.url)))


def _check(response: httpx.Response) -> None:
    """Response hook: raise the typed error for any status >= 400."""
    if log.isEnabledFor(logging.DEBUG):
        log.debug("response: %s %s -> %s", response.request.method, redact(str(response.url)), response.status_code)
    if response.status_code >= 400:
        response.read()
        raise status_error(response)


async def _acheck(response: httpx.Response) -> None:
    if log.isEnabledFor(logging.DEBUG):
        log.debug("response: %s %s -> %s", response.request.method, redact(str(response.url)), response.status_code)
    if response.status_code >= 400:
        await response.aread()
        raise status_error(response)


async def _alog_request(request: httpx.Request) -> None:
    _log_request(request)


def _connection_error(error: httpx.TransportError) -> APIConnectionError:
    """The typed error; raised ``from None`` because httpx's messages and reprs may carry the URL."""
    if isinstance(error, httpx.TimeoutException):
        return APITimeoutError()
    return APIConnectionError(f"Connection error: {error}" if str(error) else "Connection error.")


def _validation_error(error: Exception) -> APIResponseValidationError:
    return APIResponseValidationError(
        f"Response does not match the documented schema: {error!r}", status_code=None, body=None
    )


class _BaseAPIClient:
    """What the sync and async clients share: configuration, retry policy and their public view."""

    def __init__(
        self,
        instance_id: str | None,
        access_token: str | None,
        base_url: str | None,
        timeout: float | httpx.Timeout,
        max_retries: int,
        strict_response_validation: bool | None,
        owns_http: bool,
    ) -> None:
        self._config = _Config(instance_id, access_token, base_url, timeout, max_retries, strict_response_validation)
        self.retry_policy = RetryPolicy(max_retries=max_retries)
        self._owns_http = owns_http

    def _adopt(self, http_client: httpx.Client | httpx.AsyncClient, hooks: tuple[Any, Any]) -> None:
        """Give ``http_client`` the credentials and the logging/error hooks (and a base URL if it has none)."""
        if not str(http_client.base_url):
            http_client.base_url = httpx.URL(self._config.base_url)
        self._config.auth.install(http_client)
        request_hook, response_hook = hooks
        http_client.event_hooks = {
            "request": [*http_client.event_hooks["request"], request_hook],
            "response": [*http_client.event_hooks["response"], response_hook],
        }

    def _parse(self, response: Response[Any], *, cast_to: Any, page: Callable[[Any], Any] | None) -> Any:
        """The result of a successful answer (``page`` wraps a paged call's), read as ``cast_to``."""
        result = parse_body(
            response.content, response.status_code, cast_to, strict=self._config.strict_response_validation
        )
        if isinstance(result, Invalid):
            error = result.error(response.status_code)
            # The traceback must not reach the request's URL, nor a body that echoes it: no frame keeps them.
            del response, result
            raise error
        return result if page is None else page(result)

    @property
    def base_url(self) -> str:
        return self._config.base_url

    @property
    def instance_id(self) -> str | None:
        return self._config.instance_id

    def __repr__(self) -> str:
        return self._config.repr(type(self).__name__)


class SyncAPIClient(_BaseAPIClient):
    """Holds the httpx client, credentials, timeout and retry policy of a :class:`wawp_client.Wawp`."""

    def __init__(
        self,
        instance_id: str | None = None,
        access_token: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        strict_response_validation: bool | None = None,
        http_client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        super().__init__(
            instance_id,
            access_token,
            base_url,
            timeout,
            max_retries,
            strict_response_validation,
            http_client is None,
        )
        if http_client is None:
            http_client = httpx.Client(
                base_url=self._config.base_url,
                timeout=self._config.timeout,
                headers=self._config.headers,
                transport=RetryTransport(transport or httpx.HTTPTransport(), self.retry_policy),
            )
        else:  # a caller-supplied client keeps its own settings; retries are wrapped around its transport
            http_client._transport = RetryTransport(http_client._transport, self.retry_policy)
        self._adopt(http_client, (_log_request, _check))
        self._http = http_client
        self._api = self._config.api().set_httpx_client(http_client)

    def _call(
        self,
        operation: Callable[..., Response[Any]],
        /,
        *,
        options: RequestOptions | None = None,
        cast_to: Any = Any,
        paging: Paging | None = None,
        **kwargs: Any,
    ) -> Any:
        """Send one facade call (network layer: ``_send``) and parse its answer (parsing layer: ``_parse``).

        ``cast_to`` is the type of the body; with ``paging`` the result is a :class:`SyncPage` that
        fetches the following pages with the same arguments. Through ``with_raw_response`` the answer
        is an :class:`APIResponse` whose ``parse()`` runs the same parsing.
        """
        page = None
        if paging is not None:
            fetch = functools.partial(self._call, operation, options=options, cast_to=cast_to, paging=paging)
            page = functools.partial(SyncPage, paging=paging, arguments=kwargs, fetch=fetch)
        parse = functools.partial(self._parse, cast_to=cast_to, page=page)
        if raw_response_requested():
            return raw_response(self._send(operation, options, kwargs), parse)
        return parse(self._send(operation, options, kwargs))  # no local holds the answer (see _parse)

    def _send(
        self, operation: Callable[..., Response[Any]], options: RequestOptions | None, kwargs: dict[str, Any]
    ) -> Response[Any]:
        try:
            return operation(client=self._api, **kwargs)
        except httpx.TransportError as error:
            raise _connection_error(error) from None
        except _PARSE_ERRORS as error:
            raise _validation_error(error) from error

    def close(self) -> None:
        """Close the underlying httpx client if this object created it."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncAPIClient(_BaseAPIClient):
    """Holds the httpx client, credentials, timeout and retry policy of a :class:`wawp_client.AsyncWawp`."""

    def __init__(
        self,
        instance_id: str | None = None,
        access_token: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        strict_response_validation: bool | None = None,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        super().__init__(
            instance_id,
            access_token,
            base_url,
            timeout,
            max_retries,
            strict_response_validation,
            http_client is None,
        )
        if http_client is None:
            http_client = httpx.AsyncClient(
                base_url=self._config.base_url,
                timeout=self._config.timeout,
                headers=self._config.headers,
                transport=AsyncRetryTransport(transport or httpx.AsyncHTTPTransport(), self.retry_policy),
            )
        else:
            http_client._transport = AsyncRetryTransport(http_client._transport, self.retry_policy)
        self._adopt(http_client, (_alog_request, _acheck))
        self._http = http_client
        self._api = self._config.api().set_async_httpx_client(http_client)

    async def _call(
        self,
        operation: Callable[..., Awaitable[Response[Any]]],
        /,
        *,
        options: RequestOptions | None = None,
        cast_to: Any = Any,
        paging: Paging | None = None,
        **kwargs: Any,
    ) -> Any:
        """Send one facade call (network layer: ``_send``) and parse its answer (parsing layer: ``_parse``)."""
        page = None
        if paging is not None:
            fetch = functools.partial(self._call, operation, options=options, cast_to=cast_to, paging=paging)
            page = functools.partial(AsyncPage, paging=paging, arguments=kwargs, fetch=fetch)
        parse = functools.partial(self._parse, cast_to=cast_to, page=page)
        if raw_response_requested():
            return raw_response(await self._send(operation, options, kwargs), parse)
        return parse(await self._send(operation, options, kwargs))

    async def _send(
        self,
        operation: Callable[..., Awaitable[Response[Any]]],
        options: RequestOptions | None,
        kwargs: dict[str, Any],
    ) -> Response[Any]:
        try:
            return await operation(client=self._api, **kwargs)
        except httpx.TransportError as error:
            raise _connection_error(error) from None
        except _PARSE_ERRORS as error:
            raise _validation_error(error) from error

    async def close(self) -> None:
        """Close the underlying httpx client if this object created it."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()


class SyncResource:
    """A namespace of facade methods (``client.messages``) bound to one client."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client


class AsyncResource:
    """The async twin of :class:`SyncResource`."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client
