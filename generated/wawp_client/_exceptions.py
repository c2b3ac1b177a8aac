# Copied from generator/runtime/_exceptions.py by `nox -s generate`.
# Do not edit this copy: edit generator/runtime/_exceptions.py.
"""The exception hierarchy every call raises instead of returning an error model or ``None``.

The generated functions return documented error statuses as parsed models and crash on bodies that
are not JSON; the client maps every status >= 400 to one of these classes before the generated
code sees the response, so callers write ``except wawp_client.NotFoundError`` and never check types.
"""

from __future__ import annotations

import re
from typing import Any

import httpx

from . import _json
from ._redact import MASK, redact, redact_value

__all__ = [
    "KEPT_BODY",
    "APIConnectionError",
    "APIError",
    "APIRedirectError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InternalServerError",
    "NotFoundError",
    "NotImplementedByEngineError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseTooLargeError",
    "UnprocessableEntityError",
    "UnsupportedInVersion",
    "WawpError",
    "WebhookParseError",
    "WebhookVerificationError",
    "unauthorized_hint",
]

_REQUEST_ID_HEADERS = ("x-request-id", "x-wawp-request-id", "cf-ray")
_EMULATOR_HEADER = "x-wawp-emulator"
OPERATION_EXTENSION = "wawp_operation"
"""The httpx request extension the client stores the call's operationId in (for the errors it raises)."""
_ENGINE_NAMED = re.compile(r"not implemented by '([A-Za-z0-9_-]+)' engine")
_CREDENTIAL_HEADERS = frozenset(
    {"authorization", "proxy-authorization", "cookie", "set-cookie", "access-token", "x-instance-id"}
)
KEPT_BODY = 64 * 1024
"""Bytes of a body an error keeps (``body``); a longer one is cut there, with a marker saying how long it was."""


class WawpError(Exception):
    """The root of everything this package raises on purpose."""


class UnsupportedInVersion(WawpError):
    """The call (or one of its arguments) exists only in the other Wawp API version; nothing was sent.

    ``method`` is the facade name (``messages.send_list``), ``api_version`` the client's version, ``available_in``
    the version that has it, and ``replacement`` the facade name that takes its place in the client's version,
    where the v2 description names one (``groups.join_by_link`` for v1's ``groups.join``).
    """

    def __init__(
        self, message: str, *, method: str, api_version: str, available_in: str, replacement: str | None = None
    ) -> None:
        super().__init__(message)
        self.method = method
        self.api_version = api_version
        self.available_in = available_in
        self.replacement = replacement


class APIError(WawpError):
    """A call to the Wawp API failed; every attribute is already free of credentials.

    ``request`` is a copy of the request that failed with ``instance_id`` and ``access_token``
    masked in its URL (method, URL and headers only): the original request, which httpx keeps on
    its own exceptions and responses, is never reachable from these errors.
    """

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        self.message = redact(message)
        self.request = None if request is None else masked_request(request)
        super().__init__(self.message)


class APIConnectionError(APIError):
    """The request never produced a response (DNS, refused connection, reset, TLS, proxy, ...)."""

    def __init__(self, message: str = "Connection error.", *, request: httpx.Request | None = None) -> None:
        super().__init__(message, request=request)


class APITimeoutError(APIConnectionError):
    """The call did not complete within its timeout (the overall deadline, or one phase's limit)."""

    def __init__(self, message: str = "Request timed out.", *, request: httpx.Request | None = None) -> None:
        super().__init__(message, request=request)


class APIResponseValidationError(APIError):
    """A success response whose body does not match the documented schema (strict mode)."""

    def __init__(
        self, message: str, *, status_code: int | None, body: object, request: httpx.Request | None = None
    ) -> None:
        super().__init__(message, request=request)
        self.status_code = status_code
        self.body = redact_value(kept_body(body))


class ResponseTooLargeError(APIError):
    """The answer's body, decoded, grew past the client's ``max_response_bytes``; reading stopped there."""

    def __init__(self, message: str, *, status_code: int, limit: int, request: httpx.Request | None = None) -> None:
        super().__init__(message, request=request)
        self.status_code = status_code
        self.limit = limit


class APIStatusError(APIError):
    """The API answered with a status >= 400; fields come from either Wawp error envelope.

    ``message`` is the server's own message (or the start of a non-JSON body, or the HTTP reason
    phrase when the body says nothing); ``str(error)`` adds the status and the code, as in
    ``404 group_not_found: Group not found``, plus a ``hint`` when the client can tell what is
    likely wrong on the caller's side.
    """

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        code: str | None,
        headers: httpx.Headers,
        request_id: str | None,
        body: object,
        request: httpx.Request | None = None,
    ) -> None:
        super().__init__(message, request=request)
        self.status_code = status_code
        self.code = code
        self.headers = httpx.Headers([(name, redact(value)) for name, value in headers.multi_items()])
        self.request_id = request_id
        self.body = redact_value(kept_body(body))
        self.hint: str | None = None

    def __str__(self) -> str:
        head = f"{self.status_code} {self.code}" if self.code else str(self.status_code)
        text = f"{head}: {self.message}" if self.message else head
        return f"{text} (hint: {self.hint})" if self.hint else text


class APIRedirectError(APIStatusError):
    """3xx: the server pointed elsewhere (``location``, masked); the client follows no redirect, since
    the credentials would travel with it, so ``base_url`` most likely needs to be the final address."""

    @property
    def location(self) -> str | None:
        location: str | None = self.headers.get("location")
        return location


class BadRequestError(APIStatusError):
    """400: the parameters were rejected."""


class AuthenticationError(APIStatusError):
    """401: missing or wrong instance id / access token."""


class PermissionDeniedError(APIStatusError):
    """403: the credentials are valid but not allowed to do this."""


class NotFoundError(APIStatusError):
    """404: unknown instance, chat, message, group, ..."""


class ConflictError(APIStatusError):
    """409: the resource is in a conflicting state."""


class UnprocessableEntityError(APIStatusError):
    """422: the session state forbids the call (e.g. not WORKING yet)."""


class RateLimitError(APIStatusError):
    """429: too many requests; retried automatically where safe."""


class InternalServerError(APIStatusError):
    """5xx: the API or a proxy in front of it failed."""


class NotImplementedByEngineError(InternalServerError):
    """501: the WhatsApp engine behind the instance does not implement this call (WAHA's own
    ``NotImplementedByEngineError``, passed through by Wawp). Retrying does not help; the spec's
    ``x-engine-refusals`` lists which engines refuse which calls.

    ``engine`` is the engine the answer names (``None`` when it names none), ``operation`` the
    operationId of the call (``None`` when the error was built from a bare response).
    """

    def __init__(self, message: str, *, engine: str | None, operation: str | None, **fields: Any) -> None:
        super().__init__(message, **fields)
        self.engine = engine
        self.operation = operation

    def __str__(self) -> str:
        engine = (
            f"the {self.engine} engine"
            if self.engine
            else "the engine behind this instance (the answer does not name it)"
        )
        call = self.operation or "This call"
        return f"{call} is not implemented by {engine}. {super().__str__()}"


class WebhookParseError(WawpError):
    """A webhook body that is not JSON, or (strict parsing only) one that does not match the spec.

    ``event`` is the documented event whose schema the body failed, ``None`` when it is not one.
    """

    def __init__(self, message: str, *, event: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.event = event


class WebhookVerificationError(WawpError):
    """A webhook whose signature or timestamp does not check out."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    **dict.fromkeys(range(300, 400), APIRedirectError),
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def _decode(response: httpx.Response) -> object:
    """The JSON body if there is one, else the text (an HTML error page from a proxy, say)."""
    try:
        return _json.loads(response.content)
    except ValueError:
        return response.text


def kept_body(body: object) -> object:
    """``body`` as an error keeps it: text and bytes beyond :data:`KEPT_BODY` cut, with a marker."""
    if not isinstance(body, str | bytes) or len(body) <= KEPT_BODY:
        return body
    marker = f"... [cut: {len(body)} in all, the first {KEPT_BODY} kept]"
    return body[:KEPT_BODY] + marker if isinstance(body, str) else body[:KEPT_BODY] + marker.encode()


def _envelope(body: object) -> tuple[str | None, str | None]:
    """``(code, message)`` from ``{code, message, data: {status}}``, ``{status: "error", message}`` or v2's
    ``{status, message, error}``."""
    if not isinstance(body, dict):
        return None, None
    code: Any = body.get("code")
    message: Any = body.get("message")
    if code is None and isinstance(body.get("error"), str):  # v2's ``{status, message, error}``
        code = body["error"]
    if code is None and body.get("status") == "error":
        code = "error"
    return (str(code) if code is not None else None), (str(message) if message is not None else None)


def masked_request(request: httpx.Request) -> httpx.Request:
    """A body-less copy of ``request`` whose URL and headers carry no credential."""
    headers = [
        (name, MASK if name.lower() in _CREDENTIAL_HEADERS else redact(value))
        for name, value in request.headers.multi_items()
    ]
    return httpx.Request(request.method, redact(str(request.url)), headers=headers)


def status_error(response: httpx.Response) -> APIStatusError:
    """The typed exception for an error response (the body must already be read)."""
    body = _decode(response) if len(response.content) <= KEPT_BODY else response.text
    code, detail = _envelope(body)
    if detail is None and isinstance(body, str) and body.strip():
        detail = " ".join(body[:1000].split())[:200]
    status = response.status_code
    if detail is None:
        detail = response.reason_phrase
    if status < 400:
        location = response.headers.get("location")
        where = f"pointed to {location}" if location else "sent no Location"
        detail = f"redirect not followed: the server {where} (set base_url to the final address)"
    request_id = next((response.headers[h] for h in _REQUEST_ID_HEADERS if h in response.headers), None)
    fields: dict[str, Any] = {
        "status_code": status,
        "code": code,
        "headers": response.headers,
        "request_id": request_id,
        "body": body,
        "request": response.request,
    }
    if status == 501:
        named = _ENGINE_NAMED.search(detail)
        operation = response.request.extensions.get(OPERATION_EXTENSION)
        return NotImplementedByEngineError(
            detail,
            engine=named.group(1) if named else None,
            operation=operation if isinstance(operation, str) else None,
            **fields,
        )
    cls = _BY_STATUS.get(status, InternalServerError if status >= 500 else APIStatusError)
    return cls(detail, **fields)


def unauthorized_hint(code: str | None, *, token_from: str, instance_from: str, headers: httpx.Headers) -> str:
    """What to check after a 401: the credential its code names, where that value came from (an option, a
    variable, an argument) and, against wawp-emulator (its answers carry a header), where its values are."""
    if code == "invalid_instance":
        hint = f"check the instance id (from {instance_from}): it must be one of this access token's instances"
    else:
        hint = f"check the access token (from {token_from})"
    if _EMULATOR_HEADER in headers:
        hint += "; this is wawp-emulator: use the access_token and instance_id its start-up banner printed"
    return hint
