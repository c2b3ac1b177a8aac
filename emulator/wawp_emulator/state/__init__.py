"""Per-instance state, one module per API group: plain Python, no HTTP, storable in the state file's snapshot."""
