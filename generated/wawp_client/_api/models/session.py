# Written by openapi-python-client 0.29.1 from spec/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._redact import mask_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.me import Me
    from ..models.session_config import SessionConfig


T = TypeVar("T", bound="Session")


@_attrs_define
class Session:
    """A Wawp session (instance) as Wawp reports it after a session call. `status` is one of STOPPED, STARTING,
    SCAN_QR_CODE, WORKING, FAILED, and on GOWS also PASSKEY_REQUIRED (WhatsApp asks for a passkey to finish linking) and
    PASSKEY_CONFIRMATION_REQUIRED (a code must be confirmed on the phone); delete answers DELETED. Treat any other value
    as "not ready": the list grows.

        Attributes:
            name (str): Engine-side session name.
            status (str): Lifecycle state (STOPPED, STARTING, SCAN_QR_CODE, PASSKEY_REQUIRED,
                PASSKEY_CONFIRMATION_REQUIRED,
                WORKING, FAILED, DELETED; more may be added).
            instance_id (str | Unset): The instance the answer is about (delete and logout report it at the top level).
            config (SessionConfig | Unset): Session configuration as stored by the engine.
            me (Me | None | Unset): The connected account once the session is WORKING, otherwise null or absent.
            engine (Any | Unset): Engine details, e.g. the engine name (GOWS). The vendor's example shows an empty list
                here
                (a PHP empty array), so any JSON value is accepted.
    """

    name: str
    status: str
    instance_id: str | Unset = _attrs_field(default=UNSET, repr=mask_repr)
    config: SessionConfig | Unset = UNSET
    me: Me | Unset | None = UNSET
    engine: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.me import Me

        name = self.name

        status = self.status

        instance_id = self.instance_id

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        me: dict[str, Any] | Unset | None
        if isinstance(self.me, Unset):
            me = UNSET
        elif isinstance(self.me, Me):
            me = self.me.to_dict()
        else:
            me = self.me

        engine = self.engine

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "status": status,
            }
        )
        if instance_id is not UNSET:
            field_dict["instance_id"] = instance_id
        if config is not UNSET:
            field_dict["config"] = config
        if me is not UNSET:
            field_dict["me"] = me
        if engine is not UNSET:
            field_dict["engine"] = engine

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.me import Me
        from ..models.session_config import SessionConfig

        d = dict(src_dict)
        name = d.pop("name")

        status = d.pop("status")

        instance_id = d.pop("instance_id", UNSET)

        _config = d.pop("config", UNSET)
        config: SessionConfig | Unset
        config = UNSET if isinstance(_config, Unset) else SessionConfig.from_dict(_config)

        def _parse_me(data: object) -> Me | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                me_type_0 = Me.from_dict(data)

                return me_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Me | Unset | None, data)

        me = _parse_me(d.pop("me", UNSET))

        engine = d.pop("engine", UNSET)

        session = cls(
            name=name,
            status=status,
            instance_id=instance_id,
            config=config,
            me=me,
            engine=engine,
        )

        session.additional_properties = d
        return session

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
