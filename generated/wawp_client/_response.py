# Copied from generator/runtime/_response.py by `nox -s generate`.
# Do not edit this copy: edit generator/runtime/_response.py.
"""``client.with_raw_response``: the HTTP response of a call, with the parsed result one ``.parse()`` away.

``to_raw_response_wrapper(method)`` keeps the method's parameters (``ParamSpec``) and changes only the
return type to ``APIResponse[T]``. The method runs as usual; a context variable tells the client's
``_call`` to hand back the response (with the parsing for later) instead of the parsed result, so the
facade has one code path.
"""

from __future__ import annotations

import contextvars
import functools
import typing
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, Generic, ParamSpec, TypeVar

import httpx

from . import _json
from ._exceptions import masked_request

if TYPE_CHECKING:
    from ._api.types import Response

__all__ = [
    "APIResponse",
    "async_to_raw_response_wrapper",
    "raw_response",
    "raw_response_requested",
    "to_raw_response_wrapper",
]

T = TypeVar("T")
P = ParamSpec("P")

_RAW: contextvars.ContextVar[bool] = contextvars.ContextVar("wawp_client_raw_response", default=False)


class APIResponse(Generic[T]):
    """A successful HTTP response and what the call would have returned (:meth:`parse`)."""

    def __init__(self, http_response: httpx.Response, parse: Callable[[], T]) -> None:
        self.http_response = http_response
        self._parse = parse
        self._parsed: tuple[T] | None = None

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def content(self) -> bytes:
        return self.http_response.content

    @property
    def text(self) -> str:
        return self.http_response.text

    def json(self) -> Any:
        """The body decoded as JSON, untouched by the models (``ValueError`` for one nested beyond reason)."""
        return _json.loads(self.http_response.content)

    def parse(self) -> T:
        """What the plain call returns (built once; tolerant or strict as the client is set up)."""
        if self._parsed is None:
            self._parsed = (self._parse(),)
        return self._parsed[0]

    def __repr__(self) -> str:
        request = self.http_response.request
        return f"<APIResponse [{self.status_code}] {request.method} {request.url.path}>"


def raw_response_requested() -> bool:
    """True inside a call made through ``with_raw_response``."""
    return _RAW.get()


def raw_response(response: Response[Any], parse: Callable[[Response[Any]], T]) -> APIResponse[T]:
    """The :class:`APIResponse` of a generated ``Response`` (whose ``parsed`` is the httpx response).

    The caller gets the response with a masked copy of its request: ``http_response.request`` and
    ``http_response.url`` show ``***`` where the credentials were.
    """
    http_response = typing.cast(httpx.Response, response.parsed)
    http_response.request = masked_request(http_response.request)
    return APIResponse(http_response, functools.partial(parse, response))


def to_raw_response_wrapper(method: Callable[P, T]) -> Callable[P, APIResponse[T]]:
    """``method`` returning the :class:`APIResponse` instead of the parsed result."""

    @functools.wraps(method)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> APIResponse[T]:
        token = _RAW.set(True)
        try:
            result: Any = method(*args, **kwargs)
        finally:
            _RAW.reset(token)
        return result  # type: ignore[no-any-return]

    return wrapped


def async_to_raw_response_wrapper(method: Callable[P, Awaitable[T]]) -> Callable[P, Awaitable[APIResponse[T]]]:
    """The async twin of :func:`to_raw_response_wrapper`."""

    @functools.wraps(method)
    async def wrapped(*args: P.args, **kwargs: P.kwargs) -> APIResponse[T]:
        token = _RAW.set(True)
        try:
            result: Any = await method(*args, **kwargs)
        finally:
            _RAW.reset(token)
        return result  # type: ignore[no-any-return]

    return wrapped
