"""timeline: build and check a sourced timeline of events from multilingual news.

As a library, two calls (dateparser's `parse` and `search_dates`, at the
precision the words carry):

    >>> import datetime as dt, timeline
    >>> timeline.resolve("em junho do ano passado", "pt", dt.date(2025, 7, 13))
    EdtfDate(value='2024-06', precision='month', ...)
    >>> [m.text for m in timeline.extract("Kim e Lavrov se conheceram no sábado.", "pt",
    ...                                   dt.date(2025, 7, 13))]
    ['no sábado']

Importing `timeline` is cheap: the resolver, its language rules and the
extractor are imported on the first call, never by `import timeline`.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import types
from typing import TYPE_CHECKING, Any, Literal

COMPILED = ("extract.py", "tense.py", "dates/core.py", "dates/leading.py")
"""The modules `make` compiles with mypyc (`timeline/_native.py`), relative to the package."""


def search_path(package: str, root: str = os.path.dirname(__file__)) -> list[str]:
    """The compiled modules' folder of `package` ("timeline", "timeline.dates") under the
    package folder `root`, when a build exists and every compiled source is still the size
    and age it was built from (`timeline/_native.py` writes the stamp); else none, and the
    engine runs as Python. A few `stat` calls: `import timeline` stays cheap."""
    stamp = os.path.join(root, "_native", "sources.txt")
    if os.environ.get("TIMELINE_PURE") or not os.path.isfile(stamp):
        return []
    try:
        with open(stamp, encoding="utf-8") as lines:
            built = dict(line.split(" ", 1) for line in lines.read().splitlines())
        for name in COMPILED:
            status = os.stat(os.path.join(root, name))
            if built.get(name) != f"{status.st_size} {status.st_mtime_ns}":
                return []
    except (OSError, ValueError):
        return []
    folder = os.path.join(root, "_native", "timeline", *package.split(".")[1:])
    return [folder] if os.path.isdir(folder) else []


__path__[:0] = search_path(__name__)  # the compiled engine, while it is current

if TYPE_CHECKING:
    from timeline.extract import Mention
    from timeline.model import EdtfDate

__all__ = ["EdtfDate", "Mention", "__version__", "extract", "resolve"]


def _version() -> str:
    """The version setuptools-scm derived from the git tag (written at install time)."""
    try:
        from timeline._version import version

        return str(version)
    except ImportError:
        from importlib.metadata import PackageNotFoundError
        from importlib.metadata import version as installed

        try:
            return installed("sourced-timeline")
        except PackageNotFoundError:
            return "0.0.0+unknown"


__version__ = _version()


def resolve(
    text: str,
    lang: str,
    ref: dt.date,
    prefer: Literal["past", "future"] = "past",
) -> EdtfDate | None:
    """The date one expression means against `ref`, at the precision its words carry.

    `lang` is ro, bg, pl, pt (or en). `prefer` is the direction of an
    underspecified date ("no sábado", "in June") when nothing else tells it.
    Returns an `EdtfDate` (`.value` in EDTF, `.precision`, `.start`, `.end`), or
    None when the text holds no date. Raises ValueError for an unknown language.

        >>> timeline.resolve("Anul trecut", "ro", dt.date(2025, 9, 3)).value
        '2024'
        >>> timeline.resolve("w środę", "pl", dt.date(2023, 9, 13), prefer="future").value
        '2023-09-20'
        >>> timeline.resolve("mai bine", "ro", dt.date(2025, 9, 3)) is None
        True
    """
    from timeline import dates

    _check_lang(lang, dates.ALL)
    if prefer not in ("past", "future"):
        raise ValueError(f"prefer must be 'past' or 'future', not {prefer!r}")
    return dates.resolve(text, lang, _day(ref), prefer)


class _Extract:
    # The package also has a module named `extract`. Python binds a submodule to
    # its package's attribute when the submodule is imported, which would replace
    # this call with the module; so the package keeps this object instead
    # (`_Package.__setattr__`), and this object hands every other attribute to the
    # module: `from timeline import extract; extract.find_mentions(...)` and
    # `timeline.extract("...", "pt", ref)` both work.

    __slots__ = ()

    def __call__(
        self, text: str, lang: str | None = None, ref: dt.date | None = None
    ) -> list[Mention]:
        """Every date mention of a text, in order, resolved against `ref` by each clause's tense.

        Each `Mention` has the exact words (`.text`), their span (`.start`, `.end`,
        offsets into `text`), the `.sentence` and the `.value` (an `EdtfDate`).
        `lang` None detects the language. With `ref` None, relative expressions
        ("no sábado") are found with `.value` None: they are never read against today.

            >>> ms = timeline.extract("Putin assinou o acordo em junho do ano passado.", "pt",
            ...                       dt.date(2025, 7, 13))
            >>> [(m.text, m.value.value) for m in ms]
            [('em junho do ano passado', '2024-06')]
        """
        from timeline import dates

        module = _module()
        if lang is None:
            lang = module.detect_language(text)
        _check_lang(lang, dates.SUPPORTED)
        return list(module.mentions_in(text, lang, _day(ref) if ref is not None else None))

    def __getattr__(self, name: str) -> Any:
        return getattr(_module(), name)

    def __repr__(self) -> str:
        return "<function timeline.extract(text, lang=None, ref=None)>"


def _module() -> Any:
    import importlib

    return importlib.import_module("timeline.extract")


_Extract.__doc__ = _Extract.__call__.__doc__
extract = _Extract()


class _Package(types.ModuleType):
    """The package module: `timeline.extract` stays the call when the submodule is imported."""

    def __setattr__(self, name: str, value: Any) -> None:
        if name == "extract" and isinstance(value, types.ModuleType):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package


def _check_lang(lang: str, known: tuple[str, ...]) -> None:
    if lang not in known:
        raise ValueError(f"unknown language {lang!r}: choose one of {', '.join(known)}")


def _day(ref: dt.date) -> dt.date:
    """A reference date (a datetime counts as its day)."""
    if isinstance(ref, dt.datetime):
        return ref.date()
    if not isinstance(ref, dt.date):
        raise TypeError(f"ref must be a datetime.date, not {type(ref).__name__}")
    return ref


def __getattr__(name: str) -> Any:
    """`timeline.EdtfDate` and `timeline.Mention`, imported when first used."""
    if name == "EdtfDate":
        from timeline.model import EdtfDate

        return EdtfDate
    if name == "Mention":
        return _module().Mention
    raise AttributeError(f"module 'timeline' has no attribute {name!r}")
