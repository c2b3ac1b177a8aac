# Copied from generator/runtime/types.py by `nox -s generate`.
# Do not edit this copy: edit generator/runtime/types.py.
"""The generated layer's helper types: ``UNSET``/``Unset`` (an argument left out, as opposed to
``None``) and ``File`` (binary bodies)."""

from ._api.types import UNSET, File, Unset

__all__ = ["UNSET", "File", "Unset"]
