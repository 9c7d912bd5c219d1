"""Regular expressions compiled once per machine instead of once in every process.

The rules of the four languages are some 3,000 regular expressions, many of them long
alternations of words; `re.compile` parses each in Python code and the readings of the
prefilter and of `leading` parse them again. That cost seconds at the start of every
command that resolves dates (`check`, `build`, `review`, `extract`), more than the dates
themselves. Here each pattern's compiled program (the list of codes Python's regex engine
runs, `re._compiler._code`) and each reading of a pattern are kept in one file under the
user's cache folder, and the next process hands the kept program to the engine's own
constructor (`_sre.compile`, what `re.compile` calls last) without parsing anything.

What is kept is keyed by the pattern's text and flags, so a pattern whose words changed is
simply not found and is compiled anew; the file's name holds a fingerprint of the Python
that wrote it and of the modules whose readings it keeps, so a new Python or an edited
reading starts a new file. A file that cannot be read, or is not what this module wrote,
is ignored; one that cannot be written is done without. Where any of this fails the
pattern is compiled as `re.compile` does: the cache can cost time, never a match
(`tests/dates/test_regexcache.py` compares cached and fresh patterns).

`TIMELINE_CACHE_DIR` names the folder (default `$XDG_CACHE_HOME/timeline`, else
`~/.cache/timeline`); set to the empty string it turns the cache off.
"""

from __future__ import annotations

import _sre
import atexit
import hashlib
import marshal
import os
import re
import sys
import tempfile
import time
from array import array
from collections.abc import Callable
from pathlib import Path
from re import _compiler as sre_compile  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any, TypeVar

T = TypeVar("T")

_READERS = ("prefilter.py", "leading.py", "tensedata.py", "regexcache.py")
"""The modules whose readings of patterns are kept: an edit to one starts a new file."""
_FORMAT = 1
"""The layout of the file's entries; raised when it changes."""
_KEEP_DAYS = 14
"""Files of other fingerprints (another Python, an older version) unused this long are removed."""
_MAX_ENTRIES = 20_000
"""Past this many entries (patterns of data edited many times over) a file keeps only
those the process writing it used: the rest are compiled again when next needed."""
_CODE_TYPE = next(t for t in "IL" if array(t).itemsize == _sre.CODESIZE)
"""The array type that holds the engine's codes at their size."""

Entry = tuple[Any, ...]


class _Store:
    """The kept entries of this Python and these readers, loaded on first use and written
    back when the process ends if it added any."""

    def __init__(self) -> None:
        self.entries: dict[Entry, Any] | None = None
        self.added: dict[Entry, Any] = {}
        self.used: set[Entry] = set()
        self.path: Path | None = None

    def get(self, key: Entry) -> Any:
        if self.entries is None:
            self.entries = self._load()
        found = self.entries.get(key)
        if found is not None:
            self.used.add(key)
        return found

    def put(self, key: Entry, value: Any) -> None:
        if self.entries is None:
            self.entries = self._load()
        if self.path is None:
            return
        if not self.added:
            _at_exit(self.save)
        self.entries[key] = value
        self.added[key] = value

    def _load(self) -> dict[Entry, Any]:
        self.path = _file()
        if self.path is None:
            return {}
        return _read(self.path)

    def save(self) -> None:
        """Write what this process added to the file, with what others wrote meanwhile,
        through a temporary file renamed over it: a reader sees the old file or the new,
        never half of one."""
        if self.path is None or not self.added:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            merged = _read(self.path)
            merged.update(self.added)
            if len(merged) > _MAX_ENTRIES:
                merged = {k: v for k, v in merged.items() if k in self.used or k in self.added}
            fd, temporary = tempfile.mkstemp(dir=self.path.parent, prefix=".regex-")
            try:
                with os.fdopen(fd, "wb") as out:
                    marshal.dump((_FORMAT, merged), out)
                os.replace(temporary, self.path)
            except BaseException:
                os.unlink(temporary)
                raise
            self.added = {}
            _prune(self.path)
        except (OSError, ValueError):  # a folder not writable, a disk full: done without
            return


def _at_exit(save: Callable[[], None]) -> None:
    """Run `save` when the process ends: at interpreter exit, and, in a worker process of
    `multiprocessing` (an archive's `extract --jobs`), when the worker ends, which skips
    `atexit` (`os._exit`) but runs the finalizers of `multiprocessing.util`."""
    atexit.register(save)
    if "multiprocessing" in sys.modules:
        from multiprocessing import parent_process, util

        if parent_process() is not None:
            util.Finalize(None, save, exitpriority=0)


_STORE = _Store()
_MADE: dict[tuple[str, int], re.Pattern[str]] = {}
"""Patterns this process compiled: the same object for the same text, as `re`'s own cache."""


def folder() -> Path | None:
    """The cache folder, None when `TIMELINE_CACHE_DIR` is set empty or there is no home
    folder to put it in (never a folder named "~" in the working directory)."""
    named = os.environ.get("TIMELINE_CACHE_DIR")
    if named is not None:
        return Path(named) if named else None
    base = os.environ.get("XDG_CACHE_HOME")
    if not base:
        home = os.path.expanduser("~")
        if home.startswith("~"):
            return None
        base = os.path.join(home, ".cache")
    return Path(base, "timeline")


def _file() -> Path | None:
    where = folder()
    if where is None:
        return None
    return where / f"regex-{_fingerprint()}.marshal"


def _fingerprint() -> str:
    """Python's version and regex engine, and the source of every module whose readings
    are kept."""
    digest = hashlib.sha256(f"{sys.version}|{_sre.MAGIC}|{_FORMAT}".encode())
    here = Path(__file__).resolve().parent
    for name in _READERS:
        try:
            digest.update((here / name).read_bytes())
        except OSError:
            digest.update(name.encode())
    return digest.hexdigest()[:16]


def _read(path: Path) -> dict[Entry, Any]:
    """The file's entries; none when it is missing, unreadable or not of this layout."""
    try:
        with path.open("rb") as kept:
            found = marshal.load(kept)
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    if not (isinstance(found, tuple) and len(found) == 2 and found[0] == _FORMAT):
        return {}
    entries = found[1]
    return entries if isinstance(entries, dict) else {}


def _prune(kept: Path) -> None:
    """Remove other fingerprints' files nobody has used for `_KEEP_DAYS`, and temporary
    files a process stopped before renaming (older than a day)."""
    now = time.time()
    for other in kept.parent.glob("regex-*.marshal"):
        try:
            if other != kept and other.stat().st_atime < now - _KEEP_DAYS * 86400:
                other.unlink()
        except OSError:
            continue
    for stopped in kept.parent.glob(".regex-*"):
        try:
            if stopped.stat().st_mtime < now - 86400:
                stopped.unlink()
        except OSError:
            continue


def compile(source: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(source, flags)`, from the kept program when there is one. Raises
    `re.error` for a pattern that does not compile, as `re.compile` does."""
    flags = int(flags)
    made = _MADE.get((source, flags))
    if made is None:
        key: Entry = ("re", source, flags)
        kept = _STORE.get(key)
        made = None if kept is None else _from_program(source, kept)
        if made is None:
            made = _compiled(key, source, sre_parse.parse(source, flags), flags)
        _MADE[source, flags] = made
    return made


def derived(
    kind: str, pattern: re.Pattern[str], rewrite: Callable[[re.Pattern[str]], Any]
) -> re.Pattern[str]:
    """A pattern made from `pattern` by `rewrite`, which returns the parsed tree to compile
    (`re._parser.parse`, then rewritten) or None to keep the pattern as it is; kept under
    `kind` and the pattern's text and flags, so that the rewrite runs once per machine. A
    rewrite or a compilation that fails keeps the pattern as it is (an unfamiliar
    construct runs unchanged)."""
    key: Entry = (kind, pattern.pattern, pattern.flags)
    kept = _STORE.get(key)
    if kept is False:
        return pattern
    if kept is not None:
        made = _from_program(None, kept)
        if made is not None:
            return made
    try:
        tree = rewrite(pattern)
        if tree is not None:
            return _compiled(key, None, tree, pattern.flags)
    except Exception:
        pass
    _STORE.put(key, False)
    return pattern


def _compiled(key: Entry, source: str | None, parsed: Any, flags: int) -> re.Pattern[str]:
    """Compile a parsed tree as `re._compiler.compile` does, keeping its program."""
    code = sre_compile._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    program = (
        flags | parsed.state.flags,
        array(_CODE_TYPE, code).tobytes(),
        parsed.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )
    made = _from_program(source, program)
    if made is None:  # an engine this module does not know: compiled the usual way
        return (
            re.compile(source, flags) if source is not None else sre_compile.compile(parsed, flags)
        )
    _STORE.put(key, program)
    return made


def _from_program(source: str | None, program: Any) -> re.Pattern[str] | None:
    """The engine's pattern object for a kept program, None when the engine refuses it."""
    try:
        flags, code, groups, groupindex, indexgroup = program
        made: re.Pattern[str] = _sre.compile(
            source, flags, array(_CODE_TYPE, code).tolist(), groups, groupindex, indexgroup
        )
    except (TypeError, ValueError, RuntimeError):
        return None
    return made


def reading(
    kind: str,
    pattern: re.Pattern[str] | str,
    read: Callable[[], T],
    encode: Callable[[T], Any] = lambda value: value,
    decode: Callable[[Any], T] = lambda value: value,
    extra: tuple[Any, ...] = (),
) -> T:
    """What `read` finds in a pattern (its required words, whether it starts the text),
    kept under `kind`, the pattern's text and flags and `extra` (the other arguments the
    reading depends on). `encode` turns the value into what `marshal` keeps (tuples,
    frozensets, strings, numbers), `decode` turns that back."""
    source, flags = (pattern, 0) if isinstance(pattern, str) else (pattern.pattern, pattern.flags)
    key: Entry = (kind, source, flags, *extra)
    kept = _STORE.get(key)
    if kept is not None:
        try:
            return decode(kept[0])
        except Exception:  # a file of another layout: read the pattern again
            pass
    value = read()
    _STORE.put(key, (encode(value),))
    return value
