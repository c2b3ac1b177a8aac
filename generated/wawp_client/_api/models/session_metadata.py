# Written by openapi-python-client 0.29.1 from spec/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._redact import mask_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="SessionMetadata")


@_attrs_define
class SessionMetadata:
    """Key/value metadata Wawp stores on the session (owner user id, display name, e-mail, the instance id). Values are
    strings; other keys may appear.

        Attributes:
            instance_id (str | Unset): The instance id of this session (for createSession, the id of the new instance).
            user_id (str | Unset): Wawp user id of the account owner.
            display_name (str | Unset): Display name of the account owner.
            user_email (str | Unset): E-mail of the account owner.
            access_token (str | Unset): The account token echoed back by Wawp (a secret; do not log it).
    """

    instance_id: str | Unset = _attrs_field(default=UNSET, repr=mask_repr)
    user_id: str | Unset = UNSET
    display_name: str | Unset = UNSET
    user_email: str | Unset = UNSET
    access_token: str | Unset = _attrs_field(default=UNSET, repr=mask_repr)
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        instance_id = self.instance_id

        user_id = self.user_id

        display_name = self.display_name

        user_email = self.user_email

        access_token = self.access_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if instance_id is not UNSET:
            field_dict["instance_id"] = instance_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if user_email is not UNSET:
            field_dict["user_email"] = user_email
        if access_token is not UNSET:
            field_dict["access_token"] = access_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        instance_id = d.pop("instance_id", UNSET)

        user_id = d.pop("user_id", UNSET)

        display_name = d.pop("display_name", UNSET)

        user_email = d.pop("user_email", UNSET)

        access_token = d.pop("access_token", UNSET)

        session_metadata = cls(
            instance_id=instance_id,
            user_id=user_id,
            display_name=display_name,
            user_email=user_email,
            access_token=access_token,
        )

        session_metadata.additional_properties = d
        return session_metadata

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
