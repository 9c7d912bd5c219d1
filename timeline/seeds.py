"""Reading articles: YAML front matter (the curated metadata) and the body, kept byte for byte.

An article file is

    ---
    published: 2025-07-13      # the reference date of its relative expressions
    lang: pt
    title: ...
    sha256: <hex digest of the body>
    ---
    <the article's text, exactly as it was given>

The body's sha256 lets `check` notice a later edit of the article that would
invalidate quotes and resolved dates.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import stat
import string
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any, BinaryIO

import yaml

FRONT_MATTER_KEYS = ("published", "lang", "title", "outlet", "url", "note", "sha256")
MAX_BYTES = 8 * 1024 * 1024
"""Articles larger than this (a news article is a few kB) are refused, never read whole."""
EARLIEST = dt.date(1000, 1, 1)
LATEST = dt.date(8999, 12, 31)
"""The reference dates the resolver can count from: 999 years either way stay in the
calendar Python knows (years 1 to 9999); 0001-01-01 or 9999-12-31 would overflow."""


class ArticleError(Exception):
    """An article that cannot be read; `str()` is a one-line message naming file and line."""

    def __init__(self, path: str, message: str, line: int = 0) -> None:
        where = f"{path}:{line}" if line else path
        super().__init__(f"{where}: {message}")
        self.path = path
        self.line = line


@dataclass(slots=True)
class Article:
    """One saved article: its metadata and its text."""

    path: str
    body: str
    body_bytes: bytes = field(repr=False)
    meta: dict[str, Any] = field(default_factory=dict)
    body_line: int = 1
    """1-based line of the file on which the body starts."""

    @property
    def name(self) -> str:
        """The file's name: what sources cite as `seed` (a build asks it several times per
        article, so without building a `Path`)."""
        return os.path.basename(self.path)

    @property
    def lang(self) -> str | None:
        value = self.meta.get("lang")
        return str(value) if value else None

    @property
    def published(self) -> dt.date | None:
        value = self.meta.get("published")
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        return None

    @property
    def declared_sha256(self) -> str | None:
        value = self.meta.get("sha256")
        return str(value) if value else None

    @property
    def sha256(self) -> str:
        return body_sha256(self.body_bytes)


def body_sha256(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()


def read_article(path: str | Path) -> Article:
    """Read an article file; raise `ArticleError` with a one-line reason when it cannot be."""
    name = str(path)
    try:
        info = Path(path).stat()
        if not stat.S_ISREG(info.st_mode):
            raise ArticleError(name, "not a regular file (a device, pipe or folder)")
        if info.st_size > MAX_BYTES:
            raise ArticleError(name, too_large(info.st_size))
        with open(path, "rb") as handle:
            data = handle.read(MAX_BYTES + 1)
        if len(data) > MAX_BYTES:
            raise ArticleError(name, too_large(len(data)))
    except OSError as exc:
        raise ArticleError(name, f"cannot read: {exc.strerror or exc}") from exc
    return parse_article(data, name)


def too_large(size: int) -> str:
    mb = size / (1024 * 1024)
    return (
        f"{mb:.0f} MB is too large for an article (at most {MAX_BYTES // (1024 * 1024)} MB): "
        "split it or check that it is the right file"
    )


def read_stream(stream: BinaryIO, name: str = "-") -> Article:
    """An article from a stream such as standard input, read only up to the size limit."""
    data = stream.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise ArticleError(name, too_large(len(data)))
    return parse_article(data, name)


def parse_article(data: bytes, name: str) -> Article:
    """Split front matter from body and decode both; the body keeps its exact bytes."""
    if not data.strip():
        raise ArticleError(name, "the file is empty: save the article's text in it")
    text = decode(data, name)
    if text.startswith("\ufeff"):
        text = text[1:]  # a byte order mark is the encoding's, not the article's
    meta: dict[str, Any] = {}
    body_start = 0
    body_line = 1
    if text.startswith("---\n") or text.startswith("---\r\n"):
        meta, body_start, body_line = _front_matter(text, name)
    body = text[body_start:]
    return Article(name, body, body.encode("utf-8"), meta, body_line)


def decode(data: bytes, name: str) -> str:
    """UTF-8 text or a clear error saying what the bytes look like instead."""
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ArticleError(name, "this is a binary file, not text: save the article as UTF-8 text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        guess = guess_encoding(data)
        raise ArticleError(
            name,
            f"not UTF-8 (byte 0x{data[exc.start]:02x}; it looks like {guess}): "
            f"convert it, e.g. iconv -f {guess} -t UTF-8",
            line,
        ) from exc


_LETTERS = {
    "CP1251": "абвгдежзийклмнопрстуфхцчшщъьюяѝ",
    "CP1252": "ãõçáéíóúâêôàü" + string.ascii_lowercase,
    "CP1250": "ąćęłńóśźżăâîșşțţ" + string.ascii_lowercase,
    "ISO-8859-2": "ąćęłńóśźżăâîșşțţ" + string.ascii_lowercase,
}
"""The letters each legacy encoding would be writing in our languages: Bulgarian in
CP1251; Portuguese in CP1252 (a superset of Latin-1); Polish and Romanian in CP1250 or
ISO-8859-2. Ties go to the first."""
_ORDINALS = frozenset(("º", "ª"))
"""Portuguese ordinal marks ("21.º"): a word of their own, never inside one."""
_NEUTRAL = frozenset("0123456789–—„”“’‘«»…€°·")
_TOKEN = re.compile(r"[^\x00-\x2f\x3a-\x40\x5b-\x60\x7b-\x7f]+")
"""A run of characters between ASCII spaces and punctuation: a word, as the encoding
under test decodes it (its own punctuation stays inside: "przyj№ж" is no word)."""


def guess_encoding(data: bytes) -> str:
    """A best guess among the legacy encodings of our languages' newsrooms.

    Each candidate decodes the text; the one under which the most words holding a byte
    beyond ASCII are words of its languages wins. Every byte from 0xC0 up is a Cyrillic
    letter in CP1251, so counting letters alone took Portuguese ("decisão" read as
    "decisгo", a word no one writes) for Bulgarian.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "UTF-16"
    sample = data[:65536]
    if sample.isascii():
        return "ASCII"
    words = [w for w in _TOKEN.findall(sample.decode("latin-1")) if not w.isascii()]
    best, score = "CP1250", -1
    for encoding, letters in _LETTERS.items():
        allowed = _NEUTRAL | set(letters)
        decoded = (w.encode("latin-1").decode(encoding, errors="replace").lower() for w in words)
        good = sum(1 for w in decoded if set(w) <= allowed or w in _ORDINALS)
        if good > score:
            best, score = encoding, good
    return best


def _front_matter(text: str, name: str) -> tuple[dict[str, Any], int, int]:
    first_nl = text.index("\n") + 1
    end = text.find("\n---", first_nl - 1)
    while end != -1:
        after = end + 4
        if after == len(text) or text[after] in "\r\n":
            break
        end = text.find("\n---", after)
    if end == -1:
        raise ArticleError(name, "front matter opened with '---' is never closed by '---'", 1)
    raw = text[first_nl : end + 1]
    close_end = end + 4
    if text.startswith("\r\n", close_end):
        close_end += 2
    elif text.startswith("\n", close_end):
        close_end += 1
    try:
        _refuse_aliases(raw, name)
        meta = yaml.load(raw, Loader=_Loader) if raw.strip() else {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark is not None else 1
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise ArticleError(name, f"front matter: {problem}", line) from exc
    except (ValueError, OverflowError) as exc:  # a timestamp YAML matched but no calendar has
        raise ArticleError(name, f"front matter: not a date or time: {exc}", 2) from exc
    if not isinstance(meta, dict):
        raise ArticleError(name, "front matter must be a mapping of keys to values", 2)
    _check_meta(meta, raw, name)
    body_line = text.count("\n", 0, close_end) + 1
    return meta, close_end, body_line


MAX_FRONT_MATTER = 64 * 1024
"""Front matter is a few lines; more is a paste gone wrong (or a bomb)."""


def _refuse_aliases(raw: str, name: str) -> None:
    """Anchors and aliases are refused, as in the store: a few lines of aliases expand to
    gigabytes ("billion laughs"), and front matter is plain data."""
    if len(raw) > MAX_FRONT_MATTER:
        raise ArticleError(name, f"front matter longer than {MAX_FRONT_MATTER // 1024} KB", 2)
    for event in yaml.parse(raw, Loader=_Loader):
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            raise ArticleError(
                name,
                "front matter: anchors (&name) and aliases (*name) are refused: "
                "write the values out",
                event.start_mark.line + 2 if event.start_mark else 2,
            )


def _line_of(raw: str, key: str) -> int:
    """The file's line of `key:` in the front matter (the opening --- is line 1)."""
    for number, line in enumerate(raw.split("\n"), start=2):
        if line.startswith(f"{key}:"):
            return number
    return 2


def _check_meta(meta: dict[str, Any], raw: str, name: str) -> None:
    """`published` a date (quoted or not) within what can be resolved; `lang` a code."""
    published = meta.get("published")
    if isinstance(published, str):
        try:
            published = meta["published"] = dt.datetime.fromisoformat(published.strip()).date()
        except ValueError:
            raise ArticleError(
                name,
                f"published: {published!r} is not a date: write it as YYYY-MM-DD",
                _line_of(raw, "published"),
            ) from None
    if isinstance(published, dt.datetime):
        published = published.date()
    if published is not None and not isinstance(published, dt.date):
        raise ArticleError(
            name,
            f"published: {published!r} is not a date: write it as YYYY-MM-DD",
            _line_of(raw, "published"),
        )
    if isinstance(published, dt.date) and not EARLIEST <= published <= LATEST:
        raise ArticleError(
            name,
            f"published: {published.isoformat()} is outside the dates that can be resolved "
            f"against ({EARLIEST.year} to {LATEST.year}): correct it",
            _line_of(raw, "published"),
        )
    lang = meta.get("lang")
    if lang is not None:
        from timeline.dates import ALL, SUPPORTED

        if not isinstance(lang, str) or lang not in ALL:
            raise ArticleError(
                name,
                f"lang: {lang!r} is not a supported language: write one of {', '.join(SUPPORTED)}",
                _line_of(raw, "lang"),
            )


_Loader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def front_matter_text(meta: dict[str, Any]) -> str:
    """Front matter in the canonical key order, as `timeline add` writes it."""
    ordered = {k: meta[k] for k in FRONT_MATTER_KEYS if k in meta and meta[k] is not None}
    ordered.update({k: v for k, v in meta.items() if k not in ordered and v is not None})
    dumped = yaml.safe_dump(ordered, allow_unicode=True, sort_keys=False, width=1000)
    return f"---\n{dumped}---\n"


def outside(path: Path, folder: Path) -> bool:
    """Whether `path` (in `folder`) is a link, or under one, that leads out of `folder`.

    An article must be inside the seeds folder: a link to `/etc/passwd` or to a private
    file elsewhere would be read and quoted into a timeline that gets published.
    """
    try:
        return not path.resolve().is_relative_to(folder.resolve())
    except (OSError, RuntimeError):  # RuntimeError: a loop of links
        return True


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def unsafe_seed(seed: str) -> str:
    """Why a seed's name may not be used as a path inside seeds/, or "" when it may.

    `check` asks it of every source's `seed:` and `build` of every file it reads, so a
    build never writes a name that check refuses (a file named with an escape or a
    newline, `a\\b.txt`).
    """
    if not seed.strip():
        return "it is empty"
    if _CONTROL.search(seed):
        return "it holds control characters"
    if "\\" in seed or re.match(r"^[A-Za-z]:/", seed):
        return "write a name inside seeds/ with forward slashes, not a Windows path"
    if "/" not in seed and seed != "..":  # a file's name (a build asks of each): no path to
        return ""  # read, so neither absolute, nor "~/", nor ".." (a tenth of a build's listing)
    path = PurePosixPath(seed)
    if path.is_absolute() or re.match(r"^~[^/]*/", seed):  # "~.txt" is a name, "~/x" is not
        return "absolute paths are refused: write the file's name inside seeds/"
    if ".." in path.parts:
        return "'..' is refused: the article must be inside seeds/"
    return ""


Stamp = tuple[int, int, int, int]
"""What tells that a file changed: inode, size, modification and status-change times."""


def stamps(paths: list[Path]) -> dict[Path, Stamp | None]:
    """Each file's `Stamp` (None: gone), taken before reading them, so that a command can
    tell under the store's lock which articles changed since (an atomic write makes a new
    inode; an editor saving in place changes the size or the times)."""
    out: dict[Path, Stamp | None] = {}
    for path in paths:
        try:
            info = path.stat()
        except OSError:
            out[path] = None
        else:
            out[path] = (info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns)
    return out


def list_articles(folder: str | Path) -> list[Path]:
    """The article files of a seeds folder, in name order (README and hidden files skipped).

    Read with `os.scandir`, whose entries know from the directory listing whether they
    are files (a `stat` per link only): a build lists the folder twice, before reading
    and again under the store's lock, and a thousand `stat`s were a tenth of its own cost.
    """
    root = Path(folder)
    with os.scandir(root) as entries:
        names = [
            entry.name
            for entry in entries
            if not entry.name.startswith(".")
            and entry.name.endswith((".txt", ".md"))
            and entry.name.lower() != "readme.md"
            and entry.is_file()
        ]
    return [root / name for name in sorted(names)]
