"""The README's reliability section links each promise to tests: every test it names exists."""

from __future__ import annotations

import re

from tests.conftest import ROOT


def test_every_test_the_reliability_section_names_exists() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Reliability: what is promised", 1)[1].split("\n## ", 1)[0]
    named = set(re.findall(r"`(test_\w+)`", section))
    files = set(re.findall(r"`(tests/[\w/]+\.py)`", section))
    assert len(named) >= 20, named
    defined = {
        name
        for path in (ROOT / "tests").rglob("test_*.py")
        for name in re.findall(r"(?m)^def (test_\w+)\(", path.read_text(encoding="utf-8"))
    }
    assert sorted(named - defined) == []
    assert sorted(f for f in files if not (ROOT / f).is_file()) == []
    for benchmark in re.findall(r"`(benchmarks/\w+\.py)`", section):
        assert (ROOT / benchmark).is_file(), benchmark
