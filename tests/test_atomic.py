"""ustflow.atomic: a reader sees the old file or the new one, never a half-written one."""

from __future__ import annotations

import json
import os

import pytest

from ustflow.atomic import atomic_write, atomic_write_json


def test_writes_bytes_and_text_and_creates_the_folder(tmp_path):
    p = atomic_write(tmp_path / "a" / "b" / "x.bin", b"\x00\x01")
    assert p.read_bytes() == b"\x00\x01"
    atomic_write(p, "¥ 100 million")
    assert p.read_text(encoding="utf-8") == "¥ 100 million"
    assert [q.name for q in p.parent.iterdir()] == ["x.bin"]  # no temp file left behind


def test_json_is_sorted_and_dates_become_strings(tmp_path):
    from datetime import date

    p = atomic_write_json(tmp_path / "state.json", {"b": date(2026, 4, 1), "a": 1})
    assert json.loads(p.read_text()) == {"a": 1, "b": "2026-04-01"}
    assert p.read_text().index('"a"') < p.read_text().index('"b"')


def test_a_failed_write_keeps_the_old_content_and_no_temp_file(tmp_path, monkeypatch):
    p = atomic_write(tmp_path / "x.json", b"old")

    def fail(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(OSError, match="No space left"):
        atomic_write(p, b"new", fsync=True)
    assert p.read_bytes() == b"old"
    assert sorted(q.name for q in tmp_path.iterdir()) == ["x.json"]
