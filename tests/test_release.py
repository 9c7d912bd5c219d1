"""Releases: the distribution's name, a version from git tags, a changelog that agrees."""

from __future__ import annotations

import re
import tomllib
from importlib.metadata import distribution, version

from packaging.version import Version

from tests.conftest import ROOT, Invoke
from timeline.init import DISTRIBUTION, RELEASE

CHANGELOG = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_the_distribution_is_sourced_timeline_and_the_command_timeline() -> None:
    assert PYPROJECT["project"]["name"] == DISTRIBUTION == "sourced-timeline"
    assert PYPROJECT["project"]["scripts"] == {"timeline": "timeline.cli:main"}
    assert {e.name for e in distribution(DISTRIBUTION).entry_points} >= {"timeline"}


def test_the_version_comes_from_git_tags_with_a_fallback() -> None:
    assert PYPROJECT["project"]["dynamic"] == ["version"]
    assert "version" not in PYPROJECT["project"]
    scm = PYPROJECT["tool"]["setuptools_scm"]
    assert Version(scm["fallback_version"])
    assert "setuptools-scm>=8" in PYPROJECT["build-system"]["requires"]


def test_the_version_is_pep_440_and_what_version_prints(cli: Invoke) -> None:
    import timeline

    installed = version(DISTRIBUTION)
    assert Version(installed)
    assert timeline.__version__ == installed
    assert cli("--version").stdout == f"timeline {installed}\n"


def test_the_changelog_follows_keep_a_changelog() -> None:
    assert CHANGELOG.startswith("# Changelog\n")
    assert "## [Unreleased]" in CHANGELOG
    releases = re.findall(r"^## \[(\d+\.\d+\.\d+)\] - (\d{4}-\d\d-\d\d)$", CHANGELOG, re.M)
    assert releases, "no release heading"
    versions = [Version(v) for v, _ in releases]
    assert versions == sorted(versions, reverse=True)
    sections = set(re.findall(r"^### (\w+)$", CHANGELOG, re.M))
    assert sections <= {"Added", "Changed", "Deprecated", "Removed", "Fixed", "Security"}


def test_the_pinned_release_is_the_newest_in_the_changelog_and_the_readme() -> None:
    newest = re.search(r"^## \[(\d+\.\d+\.\d+)\]", CHANGELOG, re.M)
    assert newest is not None and newest.group(1) == RELEASE
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert re.findall(r"^    rev: (\S+)$", readme, re.M) == [f"v{RELEASE}"]
    assert f"pip install {DISTRIBUTION}=={RELEASE}" in readme
