"""Parsers: one module per publisher, one ``parse_*(raw: bytes, name: str) -> Parsed`` per file."""
