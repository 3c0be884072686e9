"""Preset scenarios shipped with ustflow (TOML files; the format is documented in docs/scenarios.md)."""
