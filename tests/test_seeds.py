"""The seed articles: original bodies byte for byte, and their curated metadata."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEEDS
from timeline.seeds import ArticleError, parse_article, read_article

# sha256 of each original article as given in shared/seeds, and its curated metadata.
ORIGINALS = {
    "000_70c3e496522568a5.txt": ("ro", dt.date(2025, 9, 3)),
    "001_6d008dd6f1349301.txt": ("bg", dt.date(2025, 9, 3)),
    "002_df6dc53cd25a6e55.txt": ("pl", dt.date(2023, 9, 13)),
    "003_b11bf649713d4806.txt": ("pt", dt.date(2024, 12, 1)),
    "004_8969fe9032fab421.txt": ("pt", dt.date(2025, 7, 13)),
}
SHA256 = {
    "000_70c3e496522568a5.txt": "7007a2f15d13c6edddba8be9e88954b6b4dd99511438af57480b301e0ab8c29e",
    "001_6d008dd6f1349301.txt": "884a38183fdc07d8ac44997df0216d1350dcb11448fd8fc708d69c2ab5d9ba95",
    "002_df6dc53cd25a6e55.txt": "99404bcca7cd46b2a7ce5bcb4195492d41f3dea8e05885492c61a0c866636b26",
    "003_b11bf649713d4806.txt": "c7c3c54d587293eba412af60d02ad24cd981e9f334dc620a65cdea4b5d7efdfb",
    "004_8969fe9032fab421.txt": "fbd1947bcaec49181936bda8253921644877ed2f44ca47ed37301471af401d7d",
}
SHARED = ROOT.parent / "shared" / "seeds"


def test_exactly_the_five_seeds() -> None:
    assert sorted(p.name for p in SEEDS.glob("*.txt")) == sorted(ORIGINALS)


@pytest.mark.parametrize("name", sorted(ORIGINALS))
def test_body_is_the_original_byte_for_byte(name: str) -> None:
    article = read_article(SEEDS / name)
    assert hashlib.sha256(article.body_bytes).hexdigest() == SHA256[name]
    assert article.declared_sha256 == SHA256[name]
    raw = (SEEDS / name).read_bytes()
    assert raw.endswith(article.body_bytes)
    if SHARED.is_dir():
        assert article.body_bytes == (SHARED / name).read_bytes()


@pytest.mark.parametrize("name", sorted(ORIGINALS))
def test_curated_metadata(name: str) -> None:
    article = read_article(SEEDS / name)
    lang, published = ORIGINALS[name]
    assert (article.lang, article.published) == (lang, published)
    assert article.meta["title"]
    assert article.meta["note"]
    assert article.body_line == (10 if name.startswith("003") else 8)


def test_not_utf8_names_the_encoding(tmp_path: Path) -> None:
    path = tmp_path / "cp1250.txt"
    path.write_bytes("Wizyta w środę".encode("cp1250"))
    with pytest.raises(ArticleError) as err:
        read_article(path)
    assert str(err.value).startswith(f"{path}:1: not UTF-8")
    assert "CP1250" in str(err.value)


def test_cyrillic_legacy_encoding_guessed(tmp_path: Path) -> None:
    path = tmp_path / "cp1251.txt"
    path.write_bytes("Срещата се проведе в сряда в Пекин".encode("cp1251"))
    with pytest.raises(ArticleError, match="CP1251"):
        read_article(path)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "the file is empty"),
        (b"\x00\x01\x02binary", "binary file"),
        (b"---\nlang: [pl\n---\ntext", "front matter"),
        (b"---\nlang: pl\ntext without a closing line", "never closed"),
        (b"---\n- a\n- b\n---\ntext", "must be a mapping"),
    ],
)
def test_bad_articles_are_one_line_errors(data: bytes, message: str) -> None:
    with pytest.raises(ArticleError) as err:
        parse_article(data, "a.txt")
    assert message in str(err.value)
    assert "\n" not in str(err.value)
    assert str(err.value).startswith("a.txt")


def test_front_matter_error_names_its_line() -> None:
    with pytest.raises(ArticleError) as err:
        parse_article(b"---\nlang: pl\npublished: [2023\n---\nbody", "x.txt")
    assert str(err.value).startswith("x.txt:")
    line = int(str(err.value).split(":")[1])
    assert 3 <= line <= 4


def test_article_without_front_matter_is_all_body() -> None:
    article = parse_article("W środę Putin powitał Kima.".encode(), "x.txt")
    assert article.meta == {} and article.published is None and article.body_line == 1
