# Written by openapi-python-client 0.29.1 from spec/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.session_metadata import SessionMetadata


T = TypeVar("T", bound="SessionConfig")


@_attrs_define
class SessionConfig:
    """Session configuration as stored by the engine.

    Attributes:
        metadata (SessionMetadata | Unset): Key/value metadata Wawp stores on the session (owner user id, display name,
            e-mail, the instance id). Values are strings; other keys may appear.
        webhooks (Any | Unset): Webhooks configured on the engine (list of objects; Wawp sometimes shows an empty
            object).
        proxy (Any | Unset): Proxy settings, or null.
        debug (bool | Unset): Whether engine debug logging is on.
    """

    metadata: SessionMetadata | Unset = UNSET
    webhooks: Any | Unset = UNSET
    proxy: Any | Unset = UNSET
    debug: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        webhooks = self.webhooks

        proxy = self.proxy

        debug = self.debug

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if webhooks is not UNSET:
            field_dict["webhooks"] = webhooks
        if proxy is not UNSET:
            field_dict["proxy"] = proxy
        if debug is not UNSET:
            field_dict["debug"] = debug

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.session_metadata import SessionMetadata

        d = dict(src_dict)
        _metadata = d.pop("metadata", UNSET)
        metadata: SessionMetadata | Unset
        metadata = UNSET if isinstance(_metadata, Unset) else SessionMetadata.from_dict(_metadata)

        webhooks = d.pop("webhooks", UNSET)

        proxy = d.pop("proxy", UNSET)

        debug = d.pop("debug", UNSET)

        session_config = cls(
            metadata=metadata,
            webhooks=webhooks,
            proxy=proxy,
            debug=debug,
        )

        session_config.additional_properties = d
        return session_config

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
