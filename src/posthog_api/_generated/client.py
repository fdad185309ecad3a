# Generated from openapi/posthog.yaml by `make generate` (codegen/). Do not edit by hand.
import ssl
from types import TracebackType
from typing import Any, Self

import httpx
from attrs import define, evolve, field


@define
class Client:
    """Holds the ``httpx.AsyncClient`` that every generated endpoint function sends through.

    Authentication, retries, scope checks and rate limits are not done here: they live in the
    transport stack of the ``httpx.AsyncClient`` (``AsyncPostHog`` builds one; see
    ``posthog_api._transport``). Give an ``AsyncPostHog``'s ``http`` attribute to a generated
    function to get all of them.

    Keyword arguments used when the ``httpx.AsyncClient`` is built here (ignored once one is set
    with ``set_async_httpx_client``): ``base_url``, ``headers``, ``timeout``, ``verify_ssl``,
    ``follow_redirects`` and ``httpx_args`` (passed to ``httpx.AsyncClient``).

    Attributes:
        raise_on_unexpected_status: raise ``errors.UnexpectedStatus`` for a status the spec does
            not document, instead of returning ``None``.
    """

    raise_on_unexpected_status: bool = field(default=False, kw_only=True)
    _base_url: str = field(alias="base_url")
    _headers: dict[str, str] = field(factory=dict, kw_only=True, alias="headers", repr=False)
    _timeout: httpx.Timeout | None = field(default=None, kw_only=True, alias="timeout")
    _verify_ssl: str | bool | ssl.SSLContext = field(default=True, kw_only=True, alias="verify_ssl")
    _follow_redirects: bool = field(default=False, kw_only=True, alias="follow_redirects")
    _httpx_args: dict[str, Any] = field(factory=dict, kw_only=True, alias="httpx_args", repr=False)
    _async_client: httpx.AsyncClient | None = field(default=None, init=False, repr=False)

    def _auth_headers(self) -> dict[str, str]:
        return {}

    def with_headers(self, headers: dict[str, str]) -> Self:
        """A copy of this client with additional headers."""
        if self._async_client is not None:
            self._async_client.headers.update(headers)
        return evolve(self, headers={**self._headers, **headers})

    def with_timeout(self, timeout: httpx.Timeout) -> Self:
        """A copy of this client with another timeout."""
        if self._async_client is not None:
            self._async_client.timeout = timeout
        return evolve(self, timeout=timeout)

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Use ``async_client`` for every request (its own settings then apply, not this object's)."""
        self._async_client = async_client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The ``httpx.AsyncClient`` in use, built on first use unless one was set."""
        if self._async_client is None:
            self._async_client = httpx.AsyncClient(
                base_url=self._base_url,
                headers={**self._headers, **self._auth_headers()},
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                **self._httpx_args,
            )
        return self._async_client

    async def __aenter__(self) -> Self:
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.get_async_httpx_client().__aexit__(exc_type, exc, tb)


@define
class AuthenticatedClient(Client):
    """A ``Client`` that sends ``Authorization: <prefix> <token>`` itself.

    The token is kept out of ``repr()``. ``AsyncPostHog`` does not use this class: its transport
    stack adds the header, so that a caller-supplied ``httpx.AsyncClient`` is authenticated too.
    """

    token: str = field(default="", kw_only=True, repr=False)
    prefix: str = field(default="Bearer", kw_only=True)
    auth_header_name: str = field(default="Authorization", kw_only=True)

    def _auth_headers(self) -> dict[str, str]:
        return {self.auth_header_name: f"{self.prefix} {self.token}" if self.prefix else self.token}
