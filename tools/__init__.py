"""The repository's own tooling, apart from the generator: the versioning rule (``release``), the
breaking-change report (``specdiff``), the v1 -> v2 migration report (``migration``), the tables in ``docs/``
(and the README's migration table) derived from the specs (``docs_tables``) and the client's benchmark
(``bench``). Each runs as ``python -m tools.<name>`` from the repository root."""
