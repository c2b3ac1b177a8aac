"""The plumbing behind ``Wawp`` and ``AsyncWawp``: configuration, the attempt loop, error mapping.

The spec-derived part (one namespace per tag) is rendered into ``_client.py`` on top of these
classes. Every facade method ends in :meth:`SyncAPIClient._call`: ``_send`` runs the network layer
(``_request``: local checks, the request built from the generated ``_get_kwargs``, the attempt loop
with retries and the call's deadline, status errors) and wraps the answer in the generated layer's
``Response``; ``_parse`` reads that as the endpoint module's ``RESULT`` (``_parsing``, the generated attrs
models).

The loop calls ``http_client.send`` itself instead of hiding in a transport, so retries and the
deadline hold whatever carries the request: the default transport, the proxy transports httpx
mounts from the environment, a ``transport=`` or a whole ``http_client=`` of the caller's.

The API version (``api_version``: ``v1`` or ``v2``) is fixed per client; each facade method picks its route by
it (``client.api_version``), and a method the version lacks raises ``UnsupportedInVersion`` before anything is
sent (``_only_in``).

Credentials travel in the query string (or, on v2, in headers: ``_auth``), so every ``httpx.Request`` of a call
holds them. The errors raised here carry masked copies only, are raised outside ``except`` blocks (no
``__context__`` leading back to httpx's exception) and from frames that hold no request: the helper
frames that do (``_exchange``, ``_attempt``) return their outcome instead of raising it.
"""

from __future__ import annotations

import asyncio
import copy
import dataclasses
import functools
import logging
import os
import types
import typing
from collections.abc import Callable, Mapping
from http import HTTPStatus
from typing import Any, Literal, NamedTuple, Self

import httpx

from . import _retry, _spec
from ._api.types import Response
from ._auth import AUTH_STYLES, AuthStyle, CredentialAuth
from ._exceptions import (
    OPERATION_EXTENSION,
    APIError,
    APIResponseValidationError,
    UnsupportedInVersion,
    WawpError,
    status_error,
    unauthorized_hint,
)
from ._network import (
    ACCEPTED_ENCODINGS,
    DEFAULT_CONNECT_TIMEOUT,
    DEFAULT_MAX_RESPONSE_BYTES,
    DEFAULT_TIMEOUT,
    Attempts,
    CallTimeout,
    check_max_response_bytes,
    resolve_timeout,
)
from ._options import RequestOptions
from ._parsing import Invalid, parse_body
from ._redact import MASK, Secrets, configure_logging, forget_frames, redact
from ._response import raw_response, raw_response_requested
from .pagination import AsyncPage, Paging, SyncPage

__all__ = [
    "API_VERSIONS",
    "DEFAULT_MAX_RESPONSE_BYTES",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "ApiVersion",
    "AsyncAPIClient",
    "AsyncResource",
    "SyncAPIClient",
    "SyncResource",
]

DEFAULT_MAX_RETRIES = 2
ApiVersion = Literal["v1", "v2"]
API_VERSIONS = tuple(_spec.BASE_URLS)
_API_ROOTS = {version: httpx.URL(url).path for version, url in _spec.BASE_URLS.items()}
_EMULATOR_URL = "http://127.0.0.1:8787" + _API_ROOTS["v1"]

log = logging.getLogger("wawp_client")
configure_logging()

_CONSTRUCTOR_DOC = f"""Configure a {{kind}} client of the Wawp API; every argument falls back to the environment.

Args:
    instance_id: The WhatsApp instance to act on (12 hex characters). Default: ``WAWP_INSTANCE_ID``.
        Only ``sessions.create`` (v2: ``sessions.provision``) works without one; any other call raises
        ``WawpError`` saying so before anything is sent.
    access_token: Your Wawp access token (required). Default: ``WAWP_ACCESS_TOKEN``.
    base_url: The API root, ``{_spec.DEFAULT_BASE_URL}`` for v1 or ``{_spec.BASE_URLS["v2"]}`` for v2
        (default: ``WAWP_BASE_URL``, else the root of ``api_version``); for the emulator
        ``{_EMULATOR_URL}`` or ``http://127.0.0.1:8787/v2``. A value without ``http(s)://`` and a host
        is refused at once; another path is allowed (a proxy may remap it), and a ``404`` that looks
        like a wrong root then carries a hint.
    api_version: ``"v1"`` (Wawp's legacy API, the default, as before) or ``"v2"``. Default:
        ``WAWP_API_VERSION``, else what ``base_url`` ends with (``{_API_ROOTS["v1"]}`` or
        ``{_API_ROOTS["v2"]}``), else v1; a base URL ending with the other version's root is refused.
        ``client.api_version`` says which one the client speaks. The methods are the same on both;
        one that exists in only one version raises ``UnsupportedInVersion`` on the other.
    auth_style: Where the credentials go: ``"query"`` (``instance_id`` and ``access_token`` query
        parameters, both versions, the default), or on v2 only ``"header"`` (an ``access-token``
        header) or ``"bearer"`` (``Authorization: Bearer`` and ``X-Instance-ID``). Default:
        ``WAWP_AUTH_STYLE``, else ``"query"``. They are masked the same way whatever the style.
    timeout: The overall deadline of each call, in seconds: connecting, sending, every read of the
        answer and all retries together. Default {DEFAULT_TIMEOUT:g} s, of which at most
        {DEFAULT_CONNECT_TIMEOUT:g} s to connect, so a hanging server ends a call after
        {DEFAULT_TIMEOUT:g} s. An ``httpx.Timeout`` keeps httpx's meaning instead (a limit per phase
        of each attempt, so that a timed-out read can be retried), and the call as a whole is then
        bounded by {DEFAULT_TIMEOUT:g} s or by its largest limit if longer. Per call: ``timeout=``.
    max_response_bytes: The largest body, decoded, the client reads (default
        {DEFAULT_MAX_RESPONSE_BYTES // 1024 // 1024} MiB). It is counted while the body arrives and
        decompresses, so a small compressed answer that would expand to gigabytes stops there with
        ``ResponseTooLargeError``, within the deadline and without holding more than the limit.
    max_retries: Retries after a failed attempt (default {DEFAULT_MAX_RETRIES}; ``0`` turns them off).
        GET/PUT/DELETE retry on connection errors, 408, 429 and 5xx; POST (sends a message) only
        where it cannot go out twice: 429 and errors before the request left. Waits back off from
        0.5 s with jitter, ``Retry-After`` wins, and no wait runs past the deadline. Each retry is
        logged at INFO on the ``wawp_client`` logger.
    strict_response_validation: Raise ``APIResponseValidationError`` when a success body does not
        match the spec (default off: answers are read tolerantly). Default:
        ``WAWP_STRICT_RESPONSE_VALIDATION`` (``1``/``true``/``yes``/``on``).
    trust_env: Read ``HTTPS_PROXY``/``HTTP_PROXY``/``ALL_PROXY``/``NO_PROXY``, ``SSL_CERT_FILE`` and
        ``.netrc`` from the environment, as httpx does (default ``True``). It applies to the client
        built here; a ``transport`` or an ``http_client`` of yours keeps its own settings.
    http_client: Your own ``httpx.{{http}}`` (e.g. built with ``proxy=``, ``verify=`` or limits). It
        gets the credentials as default query parameters and this base URL if it has none; retries
        and the deadline still apply, and ``close()`` leaves it open.
    transport: A transport for the client built here (tests: ``httpx.MockTransport``; the
        emulator's in-process transport).

Environment: ``WAWP_INSTANCE_ID``, ``WAWP_ACCESS_TOKEN``, ``WAWP_BASE_URL``, ``WAWP_API_VERSION``,
``WAWP_AUTH_STYLE``, ``WAWP_STRICT_RESPONSE_VALIDATION``, ``WAWP_LOG`` (``debug``/``info``: level of the ``wawp_client``
logger, whose lines mask the credentials), and httpx's proxy variables (see ``trust_env``).
"""


class _Config:
    """Arguments shared by the sync and async clients, resolved against the environment.

    The checks that can fail come before the credentials are read from the environment, so that no
    frame of a constructor's error holds a token the caller did not pass in person.
    """

    def __init__(
        self,
        instance_id: str | None,
        access_token: str | None,
        base_url: str | None,
        timeout: float | httpx.Timeout,
        max_response_bytes: int,
        strict_response_validation: bool | None,
        api_version: str | None = None,
        auth_style: str | None = None,
    ) -> None:
        given_url = base_url or os.environ.get("WAWP_BASE_URL")
        checked_url = None if given_url is None else _check_base_url(given_url)
        self.api_version = _api_version(api_version, checked_url)
        self.base_url = checked_url or _spec.BASE_URLS[self.api_version]
        self.at_api_root = httpx.URL(self.base_url).path.endswith(_API_ROOTS[self.api_version])
        style = _auth_style(auth_style if auth_style is not None else os.environ.get("WAWP_AUTH_STYLE"))
        if style != "query" and self.api_version != "v2":
            raise WawpError(
                f"auth_style={style!r} is v2's: v1 takes the credentials in the query only"
                " (use api_version='v2', or auth_style='query')."
            )
        self.timeout = resolve_timeout(timeout)
        self.max_response_bytes = check_max_response_bytes(max_response_bytes)
        self.instance_id = instance_id if instance_id is not None else os.environ.get("WAWP_INSTANCE_ID")
        token = access_token if access_token is not None else os.environ.get("WAWP_ACCESS_TOKEN")
        if not token:
            raise WawpError("No access token: pass access_token=... or set WAWP_ACCESS_TOKEN.")
        self.access_token = token
        # Where each credential came from, for the hint of a 401 (never the value).
        self.token_from = "the access_token argument" if access_token is not None else "WAWP_ACCESS_TOKEN"
        self.instance_from = "the instance_id argument" if instance_id is not None else "WAWP_INSTANCE_ID"
        # Masked wherever they show up while this client (or a with_options copy) lives; see _redact.
        self.secrets = Secrets((self.instance_id, token, httpx.URL(self.base_url).password))
        self.auth = CredentialAuth(self.instance_id, token, style=style, token_only_paths=_spec.TOKEN_ONLY_PATHS)
        if strict_response_validation is None:
            flag = os.environ.get("WAWP_STRICT_RESPONSE_VALIDATION", "").strip().lower()
            strict_response_validation = flag in {"1", "true", "yes", "on"}
        # Off by default: a real answer that differs from the spec must not break a program; tests turn it on.
        self.strict_response_validation = strict_response_validation
        self.headers = {"User-Agent": f"wawp-python/{_spec.PACKAGE_VERSION}", "Accept-Encoding": ACCEPTED_ENCODINGS}

    def repr(self, cls: str) -> str:
        return (
            f"{cls}(instance_id={MASK!r}, access_token={MASK!r}, base_url={redact(self.base_url)!r},"
            f" api_version={self.api_version!r}, auth_style={self.auth.style!r})"
        )


def _version_of_url(base_url: str) -> str | None:
    """The API version whose root ``base_url`` ends with, if any (a proxy's own prefix says nothing)."""
    path = httpx.URL(base_url).path.rstrip("/")
    return next((version for version, root in _API_ROOTS.items() if path.endswith(root)), None)


def _api_version(api_version: str | None, base_url: str | None) -> str:
    """The client's API version: the argument, else ``WAWP_API_VERSION``, else the base URL's, else v1."""
    source = "api_version" if api_version is not None else "WAWP_API_VERSION"
    chosen = api_version if api_version is not None else (os.environ.get("WAWP_API_VERSION") or None)
    if chosen is not None:
        chosen = chosen.strip().lower()
        if chosen not in API_VERSIONS:
            raise WawpError(f"{source} {chosen!r} is not a Wawp API version: use one of {', '.join(API_VERSIONS)}.")
    inferred = None if base_url is None else _version_of_url(base_url)
    if chosen is not None and inferred is not None and chosen != inferred:
        raise WawpError(
            f"{source} says {chosen} but base_url {redact(base_url or '')!r} ends with {inferred}'s root"
            f" {_API_ROOTS[inferred]}: drop one of them, or make them agree (v2's root is {_spec.BASE_URLS['v2']})."
        )
    return chosen or inferred or "v1"


def _auth_style(style: str | None) -> AuthStyle:
    chosen = (style or "query").strip().lower()
    for known in AUTH_STYLES:
        if chosen == known:
            return known
    raise WawpError(f"auth_style {chosen!r} is not one of {', '.join(AUTH_STYLES)}.")


def _check_base_url(base_url: str) -> str:
    """``base_url`` without a trailing slash, or a ``WawpError`` saying what it should look like.

    Only what cannot reach any HTTP server is refused here (no ``http(s)`` scheme, no host). A path
    other than the API root is accepted, because a reverse proxy or gateway may legitimately serve
    the API under another prefix; when such a root answers ``404`` without a Wawp error code (or
    with WordPress' ``rest_no_route``), the error carries a hint instead (see ``_outcome``).
    """
    base_url = base_url.strip().rstrip("/")
    try:
        url = httpx.URL(base_url)
    except httpx.InvalidURL:
        url = httpx.URL()
    if url.scheme not in ("http", "https") or not url.host:
        raise WawpError(
            f"base_url {redact(base_url)!r} cannot be the Wawp API: it needs http(s)://, a host and the API"
            f" root, like {_spec.DEFAULT_BASE_URL} or {_spec.BASE_URLS['v2']} (or {_EMULATOR_URL} for the"
            " local emulator)."
        )
    return base_url


class _Operation(NamedTuple):
    """What the network layer takes from a generated operation module, read once per operation."""

    get_kwargs: Callable[..., dict[str, Any]]
    scalars: dict[str, tuple[type, ...]]

    def check(self, kwargs: Mapping[str, Any]) -> None:
        """Refuse a value of the wrong type for a ``str`` parameter, naming it (``str(123)`` would go
        out silently as ``"123"``, and ``None`` would silently drop a required parameter)."""
        for name, value in kwargs.items():
            allowed = self.scalars.get(name)
            if allowed is not None and not isinstance(value, allowed):
                expected = " or ".join("None" if kind is type(None) else kind.__name__ for kind in allowed)
                raise TypeError(f"argument {name!r} must be {expected}, not {type(value).__name__}")


@functools.cache
def _operation(operation: Callable[..., Any]) -> _Operation:
    """A generated ``_get_kwargs`` and its ``str`` parameters."""
    scalars: dict[str, tuple[type, ...]] = {}
    for name, hint in typing.get_type_hints(operation).items():
        kinds = typing.get_args(hint) if typing.get_origin(hint) in (types.UnionType, typing.Union) else (hint,)
        if name not in ("client", "return") and str in kinds and all(isinstance(kind, type) for kind in kinds):
            scalars[name] = tuple(kinds)
    return _Operation(operation, scalars)


def _operation_id(operation: Callable[..., Any]) -> str:
    """The spec's operationId of a generated function (its module is the operationId in snake case, v2's with a
    ``_v2`` suffix: see ``generator/combine.py``)."""
    first, *rest = operation.__module__.rsplit(".", 1)[-1].split("_")
    return (first + "".join(word.capitalize() for word in rest)).removesuffix("V2")  # v2's: ``send_text_v2``


def _validation_error(error: Exception, response: httpx.Response) -> APIResponseValidationError:
    return APIResponseValidationError(
        f"Response does not match the documented schema: {error!r}",
        status_code=response.status_code,
        body=response.text,
        request=response.request,
    )


def _log_request(request: httpx.Request, attempt: int) -> None:
    if log.isEnabledFor(logging.DEBUG):
        log.debug("request: %s %s (attempt %d)", request.method, redact(str(request.url)), attempt + 1)


class _BaseAPIClient:
    """What the sync and async clients share: configuration, retry policy, local checks, outcomes."""

    _http: httpx.Client | httpx.AsyncClient

    def __init__(
        self,
        instance_id: str | None,
        access_token: str | None,
        base_url: str | None,
        timeout: float | httpx.Timeout,
        max_retries: int,
        max_response_bytes: int,
        strict_response_validation: bool | None,
        owns_http: bool,
        api_version: str | None = None,
        auth_style: str | None = None,
    ) -> None:
        self._config = _Config(
            instance_id,
            access_token,
            base_url,
            timeout,
            max_response_bytes,
            strict_response_validation,
            api_version,
            auth_style,
        )
        self.retry_policy = _retry.RetryPolicy(max_retries=_check_retries(max_retries))
        self._owns_http = owns_http

    def _adopt(self, http_client: httpx.Client | httpx.AsyncClient) -> None:
        """Give ``http_client`` the credentials (and this base URL if it has none)."""
        if not str(http_client.base_url):
            http_client.base_url = httpx.URL(self._config.base_url)
        http_client.headers["Accept-Encoding"] = ACCEPTED_ENCODINGS  # the encodings a size limit can bound
        self._config.auth.install(http_client)

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_response_bytes: int | None = None,
    ) -> Self:
        """A client with other defaults that shares this one's connection pool and credentials.

        ``client.with_options(timeout=5).messages.send_text(...)``: nothing is copied but the
        settings, so it is cheap enough to call per request. Closing the copy leaves the pool open;
        closing the original closes it for both.
        """
        clone = copy.copy(self)
        for klass in type(self).__mro__:  # namespaces cached on the original are bound to it: drop them
            for name, attribute in vars(klass).items():
                if isinstance(attribute, functools.cached_property):
                    clone.__dict__.pop(name, None)
        clone._config = copy.copy(self._config)
        if timeout is not None:
            clone._config.timeout = resolve_timeout(timeout)
        if max_retries is not None:
            clone.retry_policy = dataclasses.replace(self.retry_policy, max_retries=_check_retries(max_retries))
        if max_response_bytes is not None:
            clone._config.max_response_bytes = check_max_response_bytes(max_response_bytes)
        clone._owns_http = False
        return clone

    def _prepare(
        self, operation: Callable[..., Any], options: RequestOptions | None, kwargs: Mapping[str, Any]
    ) -> tuple[dict[str, Any], Attempts]:
        """The checks made before sending, the request's arguments, and the call's attempt state."""
        spec = _operation(operation)
        spec.check(kwargs)
        request_kwargs = {**spec.get_kwargs(**kwargs), "extensions": {OPERATION_EXTENSION: _operation_id(operation)}}
        if self._config.instance_id is None and not request_kwargs["url"].endswith(_spec.TOKEN_ONLY_PATHS):
            raise WawpError(
                "This call needs an instance id: pass instance_id=... to the client or set WAWP_INSTANCE_ID"
                " (only sessions.create, or sessions.provision on v2, works with the access token alone)."
            )
        timeout: CallTimeout = self._config.timeout
        max_retries = self.retry_policy.max_retries
        if options is not None:
            if options.timeout is not None:
                timeout = resolve_timeout(options.timeout)
            if options.max_retries is not None:
                max_retries = _check_retries(options.max_retries)
            if options.extra_headers or options.extra_query:
                request_kwargs = {
                    **request_kwargs,
                    "headers": {**request_kwargs.get("headers", {}), **(options.extra_headers or {})},
                    "params": {**request_kwargs.get("params", {}), **(options.extra_query or {})},
                }
        return request_kwargs, Attempts(self.retry_policy, max_retries, timeout, self._config.max_response_bytes)

    def _outcome(self, response: httpx.Response) -> httpx.Response | APIError:
        """A read answer: itself when it is a success, else its typed error (with a hint if one fits)."""
        if log.isEnabledFor(logging.DEBUG):
            log.debug("response: %s %s -> %s", response.request.method, redact(str(response.url)), response.status_code)
        if response.status_code < 300:
            return response
        error = status_error(response)  # a 3xx too: no redirect is followed, and ``None`` is no success
        if error.status_code == 404 and error.code in (None, "rest_no_route") and not self._config.at_api_root:
            version = self._config.api_version
            error.hint = (
                f"base_url {redact(self._config.base_url)!r} does not end with the API root {_API_ROOTS[version]}"
                f" ({version}'s); it usually looks like {_spec.BASE_URLS[version]}"
            )
        elif error.status_code == 401:
            error.hint = unauthorized_hint(
                error.code,
                token_from=self._config.token_from,
                instance_from=self._config.instance_from,
                headers=response.headers,
            )
        return error

    def _build(self, response: httpx.Response) -> Response[Any]:
        """The generated layer's ``Response`` of a successful answer (``parsed``: the httpx response itself)."""
        try:
            status = HTTPStatus(response.status_code)
        except ValueError as error:  # a 2xx that HTTP does not define
            failure = _validation_error(error, response)
        else:
            return Response(status_code=status, content=response.content, headers=response.headers, parsed=response)
        del response  # the traceback of the raise below must not reach the request's full URL
        raise failure

    def _parse(self, response: Response[Any], *, cast_to: Any, page: Callable[[Any], Any] | None) -> Any:
        """The result of a successful answer (``page`` wraps a paged call's), read as ``cast_to``."""
        strict = self._config.strict_response_validation
        result = parse_body(response.content, response.status_code, cast_to, strict=strict)
        if isinstance(result, Invalid):
            error = result.error(response.status_code, typing.cast(httpx.Response, response.parsed).request)
            # The traceback must not reach the request's URL, nor a body that echoes it: no frame keeps them.
            del response, result
            raise error
        return result if page is None else page(result)

    @property
    def base_url(self) -> str:
        return self._config.base_url

    @property
    def api_version(self) -> str:
        """``"v1"`` or ``"v2"``: the Wawp API version this client speaks (fixed when it is built)."""
        return self._config.api_version

    def _only_in(self, version: str, method: str, replacement: str | None = None) -> None:
        """Refuse, before anything is sent, a facade method that only ``version`` of the API has."""
        if self._config.api_version == version:
            return
        mine = self._config.api_version
        message = f"client.{method}() exists only in Wawp {version}; this client speaks {mine}."
        if replacement is not None:
            message += f" On {mine}, client.{replacement}() takes its place."
        elif version == "v2":
            message += " Build the client with api_version='v2' (or a v2 base URL) to use it."
        else:
            message += " Wawp v2's description has no such call yet; use a v1 client (api_version='v1') for it."
        raise UnsupportedInVersion(
            message, method=method, api_version=mine, available_in=version, replacement=replacement
        )

    @property
    def instance_id(self) -> str | None:
        return self._config.instance_id

    def __repr__(self) -> str:
        return self._config.repr(type(self).__name__)


def _check_retries(max_retries: int) -> int:
    if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
        raise ValueError(f"max_retries must be an integer >= 0, not {max_retries!r}")
    return max_retries


class SyncAPIClient(_BaseAPIClient):
    """Holds the httpx client, credentials, timeout and retry policy of a :class:`wawp_client.Wawp`."""

    _http: httpx.Client

    def __init__(
        self,
        instance_id: str | None = None,
        access_token: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        strict_response_validation: bool | None = None,
        api_version: ApiVersion | None = None,
        auth_style: AuthStyle | None = None,
        trust_env: bool = True,
        http_client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        super().__init__(
            instance_id,
            access_token,
            base_url,
            timeout,
            max_retries,
            max_response_bytes,
            strict_response_validation,
            http_client is None,
            api_version,
            auth_style,
        )
        if http_client is None:
            http_client = httpx.Client(
                base_url=self._config.base_url,
                timeout=self._config.timeout.phases,
                headers=self._config.headers,
                transport=transport,
                trust_env=trust_env,
            )
        self._adopt(http_client)
        self._http = http_client

    __init__.__doc__ = _CONSTRUCTOR_DOC.format(kind="synchronous", http="Client")

    def _call(
        self,
        operation: Callable[..., dict[str, Any]],
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
        try:
            if raw_response_requested():
                return raw_response(self._send(operation, options, kwargs), parse)
            return parse(self._send(operation, options, kwargs))  # no local holds the answer (see _parse)
        except BaseException as error:
            forget_frames(error)  # whatever it is, its frames must not hand the request to an error tracker
            raise

    def _send(
        self, operation: Callable[..., dict[str, Any]], options: RequestOptions | None, kwargs: dict[str, Any]
    ) -> Response[Any]:
        return self._build(self._request(operation, options, kwargs))

    def _request(
        self, operation: Callable[..., Any], options: RequestOptions | None, kwargs: Mapping[str, Any]
    ) -> httpx.Response:
        """The network layer: a successful, fully read ``httpx.Response``, or a typed error raised."""
        request_kwargs, attempts = self._prepare(operation, options, kwargs)
        outcome = self._exchange(request_kwargs, attempts)
        if isinstance(outcome, APIError):
            raise outcome
        return outcome

    def _exchange(self, request_kwargs: dict[str, Any], attempts: Attempts) -> httpx.Response | APIError:
        request = self._http.build_request(**request_kwargs)
        while (limits := attempts.limits()) is not None:
            request.extensions["timeout"] = limits
            outcome = self._attempt(request, attempts)
            if not isinstance(outcome, float):
                return outcome
            _retry.sleep(outcome)
        return attempts.failure(request, None)

    def _attempt(self, request: httpx.Request, attempts: Attempts) -> httpx.Response | APIError | float:
        """One attempt: the final outcome, or the seconds to wait before the next one."""
        _log_request(request, attempts.attempt)
        try:
            response = self._http.send(request, stream=True)
            try:
                wait = attempts.wait_after_status(response)
                if wait is not None:
                    return wait
                attempts.bound_body(response)
                refused = attempts.read(response)
                if refused is not None:
                    return refused
            finally:
                response.close()
        except httpx.RequestError as error:
            wait = attempts.wait_after_error(request, error)
            return attempts.failure(request, error) if wait is None else wait
        return self._outcome(response)

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

    _http: httpx.AsyncClient

    def __init__(
        self,
        instance_id: str | None = None,
        access_token: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        strict_response_validation: bool | None = None,
        api_version: ApiVersion | None = None,
        auth_style: AuthStyle | None = None,
        trust_env: bool = True,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        super().__init__(
            instance_id,
            access_token,
            base_url,
            timeout,
            max_retries,
            max_response_bytes,
            strict_response_validation,
            http_client is None,
            api_version,
            auth_style,
        )
        if http_client is None:
            http_client = httpx.AsyncClient(
                base_url=self._config.base_url,
                timeout=self._config.timeout.phases,
                headers=self._config.headers,
                transport=transport,
                trust_env=trust_env,
            )
        self._adopt(http_client)
        self._http = http_client

    __init__.__doc__ = _CONSTRUCTOR_DOC.format(kind="asyncio", http="AsyncClient")

    async def _call(
        self,
        operation: Callable[..., dict[str, Any]],
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
        try:
            if raw_response_requested():
                return raw_response(await self._send(operation, options, kwargs), parse)
            return parse(await self._send(operation, options, kwargs))
        except BaseException as error:
            forget_frames(error)
            raise

    async def _send(
        self,
        operation: Callable[..., dict[str, Any]],
        options: RequestOptions | None,
        kwargs: dict[str, Any],
    ) -> Response[Any]:
        return self._build(await self._request(operation, options, kwargs))

    async def _request(
        self, operation: Callable[..., Any], options: RequestOptions | None, kwargs: Mapping[str, Any]
    ) -> httpx.Response:
        """The network layer: a successful, fully read ``httpx.Response``, or a typed error raised."""
        request_kwargs, attempts = self._prepare(operation, options, kwargs)
        outcome = await self._exchange(request_kwargs, attempts)
        if isinstance(outcome, APIError):
            raise outcome
        return outcome

    async def _exchange(self, request_kwargs: dict[str, Any], attempts: Attempts) -> httpx.Response | APIError:
        """The sync loop, plus a cancellation at the deadline: an async read can be interrupted."""
        request = self._http.build_request(**request_kwargs)
        deadline = asyncio.get_running_loop().time() + attempts.remaining()
        try:
            async with asyncio.timeout_at(deadline):
                while (limits := attempts.limits()) is not None:
                    request.extensions["timeout"] = limits
                    outcome = await self._attempt(request, attempts)
                    if not isinstance(outcome, float):
                        return outcome
                    await _retry.asleep(outcome)
        except TimeoutError:
            pass
        return attempts.failure(request, None)

    async def _attempt(self, request: httpx.Request, attempts: Attempts) -> httpx.Response | APIError | float:
        """One attempt: the final outcome, or the seconds to wait before the next one."""
        _log_request(request, attempts.attempt)
        try:
            response = await self._http.send(request, stream=True)
            try:
                wait = attempts.wait_after_status(response)
                if wait is not None:
                    return wait
                refused = await attempts.aread(response)
                if refused is not None:
                    return refused
            finally:
                await response.aclose()
        except httpx.RequestError as error:
            wait = attempts.wait_after_error(request, error)
            return attempts.failure(request, error) if wait is None else wait
        return self._outcome(response)

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
