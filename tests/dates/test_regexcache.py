"""Patterns kept on disk are the very patterns `re` compiles, and a cache that is missing,
broken or unwritable costs time, never a match or an error (`timeline/dates/regexcache.py`)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import extract_seeds
from timeline import dates
from timeline.dates import leading, prefilter, regexcache

ROOT = Path(__file__).resolve().parent.parent.parent
LANGS = ("ro", "bg", "pl", "pt")


@pytest.fixture
def fresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty cache folder and a store that has read nothing yet."""
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(regexcache, "_STORE", regexcache._Store())
    monkeypatch.setattr(regexcache, "_MADE", {})
    return tmp_path / "cache"


def reopen(monkeypatch: pytest.MonkeyPatch) -> None:
    """What the next process sees: the file written, nothing compiled in memory."""
    regexcache._STORE.save()
    monkeypatch.setattr(regexcache, "_STORE", regexcache._Store())
    monkeypatch.setattr(regexcache, "_MADE", {})


def rule_patterns() -> list[re.Pattern[str]]:
    return [rule.pattern for lang in LANGS for rule in dates.language(lang).rules]


def test_every_rule_from_the_file_is_the_pattern_re_compiles(
    fresh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sources = [(p.pattern, p.flags) for p in rule_patterns()]
    for source, flags in sources:
        regexcache.compile(source, flags)
    reopen(monkeypatch)
    assert (fresh / next(os.walk(fresh))[2][0]).name.startswith("regex-")
    for source, flags in sources:
        kept = regexcache.compile(source, flags)
        assert ("re", source, flags) in regexcache._STORE.used
        # Pattern objects are equal when their text, flags and compiled program are.
        assert kept == re.compile(source, flags)
        assert kept.groupindex == re.compile(source, flags).groupindex
        assert kept.groups == re.compile(source, flags).groups


def test_grouped_patterns_from_the_file_are_the_rewrite_compiled(
    fresh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from re import _compiler as sre_compile  # type: ignore[attr-defined]

    patterns = rule_patterns()[::7]
    first = [leading.grouped(p) for p in patterns]
    reopen(monkeypatch)
    for pattern, made in zip(patterns, first, strict=True):
        kept = leading.grouped(pattern)
        tree = leading._grouped_tree(pattern)
        assert kept == made == sre_compile.compile(tree, pattern.flags)
        assert kept.groupindex == pattern.groupindex


def test_readings_from_the_file_are_the_readings(
    fresh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    patterns = rule_patterns()[::3]
    common = frozenset({"em", "de", "w"})
    first = [
        (
            prefilter.read(p, common),
            prefilter.starts_text(p),
            prefilter.digit_runs(p),
        )
        for p in patterns
    ]
    reopen(monkeypatch)
    again = [
        (prefilter.read(p, common), prefilter.starts_text(p), prefilter.digit_runs(p))
        for p in patterns
    ]
    assert again == first
    assert again == [
        (prefilter._read(p, common), prefilter._starts_text(p), prefilter._digit_runs(p))
        for p in patterns
    ]
    assert all(key[0].startswith("prefilter.") for key in regexcache._STORE.used)
    assert len(regexcache._STORE.used) == 3 * len(patterns)
    # Another set of common words is another reading, not the kept one.
    other = frozenset({"que"})
    assert prefilter.read(patterns[0], other) == prefilter._read(patterns[0], other)


@settings(max_examples=150, deadline=None)
@given(st.from_regex(r"[a-zăâîșțа-я0-9 ().,:/-]{0,12}", fullmatch=True), st.integers(0, 2))
def test_any_pattern_kept_matches_as_re_does(text: str, flag: int) -> None:
    """Text read as a pattern (most are), its escaped form, and a class of it: the kept
    program matches where `re`'s does, and a pattern that does not compile raises the same."""
    flags = (0, re.IGNORECASE, re.IGNORECASE | re.MULTILINE)[flag]
    for source in (text, re.escape(text), f"[{re.escape(text)}]+", f"(?P<x>{re.escape(text)})?"):
        try:
            expected = re.compile(source, flags)
        except re.error:
            with pytest.raises(re.error):
                regexcache.compile(source, flags)
            continue
        made = regexcache.compile(source, flags)
        assert made == expected
        sample = f"{text} Ab 12 ăȘ {text.upper()}"
        assert [m.span() for m in made.finditer(sample)] == [
            m.span() for m in expected.finditer(sample)
        ]


@pytest.mark.parametrize(
    "damage",
    [b"", b"not marshal at all", b"\x00" * 64, None],
    ids=["empty", "garbage", "zeros", "another layout"],
)
def test_a_broken_file_is_ignored(
    fresh: Path, monkeypatch: pytest.MonkeyPatch, damage: bytes | None
) -> None:
    import marshal

    source = r"(?<!\w)(?:ianuarie|februarie) \d{4}"
    regexcache.compile(source)
    reopen(monkeypatch)
    (kept,) = fresh.glob("regex-*.marshal")
    kept.write_bytes(marshal.dumps((99, {})) if damage is None else damage)
    assert regexcache.compile(source) == re.compile(source)
    assert regexcache._STORE.added  # compiled anew, to be written back
    reopen(monkeypatch)
    regexcache.compile(source)
    assert ("re", source, 0) in regexcache._STORE.used


def test_a_folder_that_cannot_be_written_is_done_without(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a file, not a folder"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(blocker / "cache"))
    monkeypatch.setattr(regexcache, "_STORE", regexcache._Store())
    monkeypatch.setattr(regexcache, "_MADE", {})
    assert regexcache.compile(r"\d+ lat") == re.compile(r"\d+ lat")
    regexcache._STORE.save()  # no error
    assert blocker.read_text(encoding="utf-8") == "x"


def test_an_empty_folder_name_turns_the_cache_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TIMELINE_CACHE_DIR", "")
    monkeypatch.setattr(regexcache, "_STORE", regexcache._Store())
    monkeypatch.setattr(regexcache, "_MADE", {})
    assert regexcache.compile(r"\d+ dni") == re.compile(r"\d+ dni")
    assert regexcache._STORE.added == {}
    assert regexcache.folder() is None


def test_the_default_folder_follows_xdg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("TIMELINE_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert regexcache.folder() == tmp_path / "timeline"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert regexcache.folder() == tmp_path / "home" / ".cache" / "timeline"
    monkeypatch.setattr(os.path, "expanduser", lambda path: path)  # no home folder known
    assert regexcache.folder() is None


def test_a_full_file_keeps_what_its_writer_used(
    fresh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(regexcache, "_MAX_ENTRIES", 5)
    old = [f"(?:stary|dawny) {n}" for n in range(6)]
    for source in old:
        regexcache.compile(source)
    reopen(monkeypatch)
    regexcache.compile(old[0])
    regexcache.compile("(?:nowy) wzór")
    reopen(monkeypatch)
    (kept,) = fresh.glob("regex-*.marshal")
    assert set(regexcache._read(kept)) == {("re", old[0], 0), ("re", "(?:nowy) wzór", 0)}


def run_extract(cache: Path | None, project: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "TIMELINE_CACHE_DIR": "" if cache is None else str(cache)}
    return extract_seeds(env, project / "seeds")


def test_a_warm_cache_finds_what_a_cold_one_and_none_find(tmp_path: Path) -> None:
    """Three real processes over the real seeds: no cache, a cold one, then the file it wrote."""
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    off = run_extract(None, tmp_path)
    cold = run_extract(tmp_path / "cache", tmp_path)
    (kept,) = (tmp_path / "cache").glob("regex-*.marshal")
    written = kept.stat().st_mtime_ns
    warm = run_extract(tmp_path / "cache", tmp_path)
    assert off.returncode == cold.returncode == warm.returncode == 0, off.stderr + cold.stderr
    assert off.stderr == cold.stderr == warm.stderr == ""
    assert '"text"' in off.stdout
    assert cold.stdout == off.stdout
    assert warm.stdout == off.stdout
    assert kept.stat().st_mtime_ns == written  # the warm run found everything: nothing to add
    assert list((tmp_path / "cache").glob(".regex-*")) == []


def test_the_rules_are_the_same_patterns_in_every_process() -> None:
    """No rule is built from a set's order, which changes from one process to the next
    (`PYTHONHASHSEED`): each process would miss the kept patterns and add its own."""
    probe = (
        "import hashlib, timeline.dates as d, timeline.tense as t;"
        "print(hashlib.sha256(repr([(r.name, r.pattern.pattern) for c in "
        f"{LANGS!r} for r in d.language(c).rules]).encode()).hexdigest())"
    )
    digests = {
        subprocess.run(
            [sys.executable, "-c", probe],
            env={**os.environ, "PYTHONHASHSEED": seed, "TIMELINE_CACHE_DIR": ""},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "2", "3")
    }
    assert len(digests) == 1, digests


def test_archive_workers_keep_what_they_compiled(tmp_path: Path) -> None:
    """Workers of `extract --jobs 2` end without `atexit` (`os._exit`): they write the
    file from `multiprocessing`'s finalizers, so the next run's workers start warm."""
    import json

    record = {"text": "W piątek rząd przyjął projekt. Sejm zbierze się 12 marca.", "lang": "pl"}
    archive = tmp_path / "archive.jsonl"
    archive.write_text(
        "".join(
            json.dumps({**record, "published": "2025-03-05", "id": str(n)}) + "\n"
            for n in range(3000)
        ),
        encoding="utf-8",
    )
    env = {**os.environ, "TIMELINE_CACHE_DIR": str(tmp_path / "cache")}
    run = subprocess.run(
        [sys.executable, "-m", "timeline", "extract", str(archive), "--jobs", "2", "-o", "x.jsonl"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    assert run.stderr == "timeline: 3000 records, 3000 articles, 6000 mentions, 0 records skipped\n"
    (kept,) = (tmp_path / "cache").glob("regex-*.marshal")
    assert any(key[0] == "leading.grouped" for key in regexcache._read(kept))


def test_processes_writing_at_once_leave_one_whole_file(tmp_path: Path) -> None:
    """Six processes compile patterns of their own and write the file at the same time: it
    is read whole afterwards (each wrote through a temporary file renamed over it) and no
    temporary file is left; what one missed a later process adds."""
    probe = (
        "import sys; from timeline.dates import regexcache as r;"
        "[r.compile(f'(?:wzor|padrao) {sys.argv[1]} {n}') for n in range(200)]"
    )
    env = {**os.environ, "TIMELINE_CACHE_DIR": str(tmp_path / "cache")}
    runs = [subprocess.Popen([sys.executable, "-c", probe, str(k)], env=env) for k in range(6)]
    assert [run.wait(timeout=120) for run in runs] == [0] * 6
    (kept,) = (tmp_path / "cache").glob("regex-*.marshal")
    entries = regexcache._read(kept)
    assert entries and all(key[0] == "re" for key in entries)
    assert list((tmp_path / "cache").glob(".regex-*")) == []
    for k in range(6):  # each process's patterns, compiled again where a race lost them
        subprocess.run([sys.executable, "-c", probe, str(k)], env=env, check=True)
    assert len(regexcache._read(kept)) == 6 * 200
