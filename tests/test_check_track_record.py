"""`ustflow check` prints each verdict's record on the real articles it had never been tuned on (the blind
batches of the claims corpus), and those figures are the README's."""

from __future__ import annotations

import re
from pathlib import Path

from tests.helpers import run_cli
from ustflow.check.track_record import MEASURED, RECORD, note

REPO = Path(__file__).resolve().parents[1]


def test_the_check_table_ends_with_the_track_record_of_its_verdicts(loaded_home, tmp_path):
    art = tmp_path / "a.txt"
    art.write_text("Japan's holdings of US Treasuries fell to $1,050 billion in March 2025.", encoding="utf-8")
    out = run_cli(["check", art, "--date", "2025-05-20"], loaded_home)
    assert out.returncode == 0, out.stderr
    flat = " ".join(out.stdout.split())
    assert "contradicted" in flat and "1,130.8" in flat  # the figure itself is judged as before
    assert "Track record on real articles the checker was never tuned on" in flat
    for what, right, given in RECORD:
        assert f"{what} {right}/{given} ({right / given:.0%})" in flat


def test_the_record_is_the_readme_measurement():
    readme = " ".join((REPO / "README.md").read_text(encoding="utf-8").split())
    sec = readme[readme.index("**Measured accuracy**"):]
    sec = sec[:sec.index("### ")]
    for _, right, given in RECORD:
        assert re.search(rf"\b{right} times in {given}\b", sec), (right, given)
    commit = re.search(r"main at (\w+)", MEASURED).group(1)
    assert f"main at {commit}" in sec
    assert all(0 < r <= g for _, r, g in RECORD) and MEASURED in note()
