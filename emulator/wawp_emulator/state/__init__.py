"""Per-instance state, one module per API group: plain Python, no HTTP, picklable."""
