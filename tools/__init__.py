"""The repository's own tooling, apart from the generator: the versioning rule (``release``), the
breaking-change report (``specdiff``), the tables in ``docs/`` derived from the spec (``docs_tables``) and
the client's benchmark (``bench``). Each runs as ``python -m tools.<name>`` from the repository root."""
