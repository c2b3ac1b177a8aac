"""The generator: writes ``generated/`` (the ``wawp-client`` project) from ``spec/openapi.yaml``.

``python -m generator`` runs it (``generate.main``). openapi-python-client writes the endpoint modules,
the hand-written runtime in ``runtime/`` is copied next to them, and the facade and the spec-derived
tables are rendered by the modules of this package. ``runtime/`` is not part of this package: it is the
client's own code, type-checked where it runs, as ``wawp_client``.
"""
