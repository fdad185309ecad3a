"""Client settings: read from arguments or the environment and checked before anything is sent.

Each function raises ``ValueError`` with a message naming the setting (and its environment
variable) when the value cannot be used.
"""

from __future__ import annotations

import hmac
import ipaddress
import os
import re
import uuid
from collections.abc import Iterable, Mapping
from typing import Literal, NoReturn, final

import httpx

from ._scopes import validate_scopes

ENV_API_KEY = "POSTHOG_PERSONAL_API_KEY"
ENV_HOST = "POSTHOG_HOST"
ENV_PROJECT_ID = "POSTHOG_PROJECT_ID"
ENV_ORGANIZATION_ID = "POSTHOG_ORGANIZATION_ID"

HOST_ALIASES = {"us": "https://us.posthog.com", "eu": "https://eu.posthog.com"}
DEFAULT_HOST = HOST_ALIASES["us"]
CLOUD_HOSTS = frozenset({"us.posthog.com", "eu.posthog.com", "app.posthog.com"})
CURRENT = "@current"


def _from_env(value: str | None, variable: str, environ: Mapping[str, str]) -> str | None:
    if value is not None:
        return value
    found = environ.get(variable, "").strip()
    return found or None


@final
class SecretKey:
    """A personal API key that its repr, str and ``vars`` never show (tracebacks, logs, debuggers).

    ``reveal()`` gives the value, for the one place that needs it: the ``Authorization`` header.
    """

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        """The key itself."""
        return self._value

    def __repr__(self) -> str:
        return "SecretKey('phx_***')"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, SecretKey) and hmac.compare_digest(self._value, other._value)

    def __hash__(self) -> int:
        return hash(self._value)

    def __reduce__(self) -> NoReturn:
        raise TypeError("a SecretKey is not pickled: it would write the key out")


def resolve_api_key(api_key: str | None, environ: Mapping[str, str] = os.environ) -> str:
    key = _from_env(api_key, ENV_API_KEY, environ)
    if key is None:
        raise ValueError(
            f"api_key is not set: pass api_key= or set the {ENV_API_KEY} environment variable "
            "to a personal API key (it starts with phx_)"
        )
    if not isinstance(key, str) or not key.strip():
        raise ValueError("api_key must be a non-empty string")
    if key != key.strip() or any(c.isspace() or ord(c) < 32 for c in key):
        raise ValueError("api_key must not contain whitespace or control characters")
    if key.startswith("phc_"):
        raise ValueError(
            "api_key looks like a project API key (phc_...), which only sends events; the "
            "management API needs a personal API key (phx_...)"
        )
    return key


def is_loopback(host: str) -> bool:
    if host.lower() == "localhost" or host.lower().endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def resolve_host(
    host: str | None, *, allow_insecure_http: bool, environ: Mapping[str, str] = os.environ
) -> httpx.URL:
    """The base URL: ``host``, else ``POSTHOG_HOST``, else US cloud. ``us``/``eu`` are aliases."""
    raw = _from_env(host, ENV_HOST, environ) or DEFAULT_HOST
    if not isinstance(raw, str):
        raise ValueError(f"host must be a string, not {type(raw).__name__}")
    text = HOST_ALIASES.get(raw.strip().lower(), raw.strip())
    if "://" not in text:
        text = "https://" + text
    try:
        url = httpx.URL(text)
    except (httpx.InvalidURL, ValueError) as exc:
        raise ValueError(f"host {raw!r} is not a valid URL: {exc}") from None
    if url.scheme not in ("http", "https"):
        raise ValueError(f"host {raw!r} must use https:// (or http:// for loopback)")
    if not url.host:
        raise ValueError(f"host {raw!r} has no host name")
    if url.port is not None and not 0 < url.port < 65536:
        raise ValueError(f"host {raw!r} is not a valid URL: port {url.port} is out of range")
    if url.userinfo:
        raise ValueError("host must not contain a user name or password; pass the key as api_key")
    if url.query or url.fragment:
        raise ValueError(f"host {raw!r} must not contain a query or fragment")
    if url.scheme == "http" and not allow_insecure_http and not is_loopback(url.host):
        raise ValueError(
            f"host {raw!r} uses plain http://, which would send the API key unencrypted; use https://, "
            "or pass allow_insecure_http=True (http:// is allowed without it only for loopback hosts)"
        )
    path = url.path.rstrip("/")
    return url.copy_with(path=path or "/")


def is_cloud_host(url: httpx.URL) -> bool:
    return url.host in CLOUD_HOSTS


def resolve_project_id(value: int | str | None, *, setting: str = "project_id") -> str | None:
    """A project id as sent in paths: a positive number, or ``@current``."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise ValueError(f"{setting} must be a project number or '@current', not {type(value).__name__}")
    text = str(value).strip()
    if text == CURRENT or (re.fullmatch(r"[0-9]+", text) and int(text) > 0):
        return text
    raise ValueError(f"{setting} must be a project number or '@current', not {value!r}")


def resolve_organization_id(value: str | uuid.UUID | None, *, setting: str = "organization_id") -> str | None:
    """An organization id as sent in paths: a UUID, or ``@current``."""
    if value is None:
        return None
    text = str(value).strip()
    if text == CURRENT:
        return text
    try:
        return str(uuid.UUID(text))
    except ValueError:
        raise ValueError(f"{setting} must be an organization UUID or '@current', not {value!r}") from None


def resolve_scopes(scopes: Iterable[str] | Literal["auto"] | None) -> frozenset[str] | Literal["auto"] | None:
    if scopes is None or scopes == "auto":
        return scopes
    return validate_scopes(scopes)


def positive_number(name: str, value: float, *, allow_zero: bool = False) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or value != value:
        raise ValueError(f"{name} must be a number, not {value!r}")
    if value < 0 or (value == 0 and not allow_zero):
        raise ValueError(
            f"{name} must be {'zero or more' if allow_zero else 'more than zero'}, not {value!r}"
        )
    return float(value)


def retries(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"max_retries must be a whole number, zero or more, not {value!r}")
    return value


def flag(name: str, value: bool) -> bool:
    if not isinstance(value, bool):
        raise ValueError(f"{name} must be True or False, not {value!r}")
    return value
