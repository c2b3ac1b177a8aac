"""A client library for accessing Wawp WhatsApp API (v1)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
