"""The command line: parse arguments, call the library, map outcomes to exit codes.

Nothing here knows how a date is resolved or a store is checked; each command is
a few lines over one library call. Exit codes: 0 clean, 1 findings, 2 usage or
unreadable input.
"""

from __future__ import annotations

import contextlib
import copy
import datetime as dt
import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import Any, NoReturn

import typer
import typer.core
import typer.main

from timeline import __version__


def _argument_type(self: typer.core.TyperArgument, ctx: Any) -> str | None:
    """An argument's help shows its metavar alone, as an option's does.

    Typer (0.29) prints an argument's Python type (`<list[str]>`) beside its
    metavar in the help; options with a metavar print only the metavar.
    """
    return None if self.metavar is not None else self.display_type(ctx)


typer.core.TyperArgument.display_type_rich = _argument_type  # type: ignore[method-assign,assignment]

app = typer.Typer(
    help="Build and check a sourced timeline of events from news in ro, bg, pl and pt.",
    no_args_is_help=True,
    add_completion=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


class Colour(StrEnum):
    auto = "auto"
    always = "always"
    never = "never"


def _colour(value: Colour | None) -> None:
    from timeline import colour

    if value is not None:
        colour.choose(value.value)


COLOR = typer.Option(
    None, "--color", callback=_colour, help="Colour: auto (a terminal), always or never."
)
"""`--color` on each command that prints text, as well as before the command."""

STORE = typer.Option(None, "--store", metavar="PATH", help="The store (default: data/events.yaml).")
"""`--store` on every command that reads or writes the store."""

SINCE = typer.Option(
    None, "--since", metavar="DATE", help="From: 2024, 2024-06, 2024-06-01 or words."
)
UNTIL = typer.Option(None, "--until", metavar="DATE", help="Up to (inclusive), in the same forms.")
"""`--since` and `--until` on every command that picks events by date (`query.window`)."""


class Prefer(StrEnum):
    past = "past"
    future = "future"


class ParseFormat(StrEnum):
    text = "text"
    json = "json"
    jsonl = "jsonl"


def fail(message: str, code: int = 2) -> NoReturn:
    """One line on standard error, then exit: no traceback ever reaches the user.

    The message may quote a file name or a store's text: control codes are shown as `<U+001B>`.
    """
    from timeline.terminal import clean

    typer.echo(f"timeline: error: {clean(message)}", err=True)
    raise typer.Exit(code)


def parse_ref(text: str | None, what: str = "--ref") -> dt.date:
    """A reference date from the command line: YYYY-MM-DD (a time of day is ignored)."""
    if text is None:
        return dt.date.today()
    from timeline.seeds import EARLIEST, LATEST

    try:
        day = dt.datetime.fromisoformat(text.strip()).date()
    except ValueError:
        fail(f"{what} {text!r} is not a date: write it as YYYY-MM-DD, e.g. 2025-07-13")
    if not EARLIEST <= day <= LATEST:
        fail(
            f"{what} {text!r} is outside the dates that can be resolved against "
            f"({EARLIEST.year} to {LATEST.year})"
        )
    return day


def _version(value: bool) -> None:
    if value:
        typer.echo(f"timeline {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Print the version and exit."
    ),
    color: Colour = typer.Option(
        Colour.auto, "--color", help="Colour: auto (a terminal), always or never."
    ),
) -> None:
    """Build and check a sourced timeline of events from news in ro, bg, pl and pt.

    NO_COLOR turns colour off and FORCE_COLOR on; --color overrides both.
    """
    _sane_environment()
    from timeline import colour

    colour.choose(color.value)


def _sane_environment() -> None:
    """Keep what the environment says within what the commands can honour.

    COLUMNS that is no width (0, -5, abc: 0 printed nothing) counts as 80, and one
    outside 40..1000 (100000000 hung) is brought within; text the output's encoding
    cannot hold (PYTHONIOENCODING=cp1252 and a Bulgarian quote) is written as escapes
    instead of failing.
    """
    columns = os.environ.get("COLUMNS")
    if columns is not None:
        digits = columns.strip()
        width = int(digits[:5]) if digits.isdigit() and int(digits[:5]) else 80
        width = 1000 if len(digits) > 5 else width
        os.environ["COLUMNS"] = str(min(max(width, 40), 1000))
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None and getattr(stream, "errors", "strict") == "strict":
            with contextlib.suppress(ValueError, OSError):
                reconfigure(errors="backslashreplace")


def _settings(path: Path | None = None) -> Any:
    """The settings file's values (`timeline.config`); a bad file is exit 2."""
    from timeline import config

    try:
        return config.load(path)
    except config.ConfigError as exc:
        fail(str(exc))


def _store(explicit: Path | None, settings: Any) -> Path:
    """The store to use; with none here or above, say how to start one."""
    from timeline.config import store_path

    path = store_path(explicit, settings)
    if explicit is None and settings.store is None and not path.exists():
        fail(
            f"no timeline here: no {path} in this folder or above; run `timeline init` "
            "to start one, or pass --store PATH"
        )
    return path


@app.command()
def parse(
    expressions: list[str] = typer.Argument(
        None,
        metavar="EXPRESSION",
        help="Expressions to resolve; '-' or none reads one per line from standard input.",
    ),
    lang: str = typer.Option(
        ..., "--lang", "-l", metavar="LANG", help="Language: ro, bg, pl or pt."
    ),
    ref: str = typer.Option(
        None, "--ref", metavar="DATE", help="Reference date, YYYY-MM-DD (default: today)."
    ),
    prefer: Prefer = typer.Option(
        Prefer.past, "--prefer", help="Direction of underspecified dates with no tense to go on."
    ),
    fmt: ParseFormat = typer.Option(ParseFormat.text, "--format", "-f", help="Output format."),
    color: Colour = COLOR,
) -> None:
    """Resolve date expressions against a reference date, at the precision their words carry.

    Example:

        timeline parse --lang pt --ref 2025-07-13 "no sábado" "em junho do ano passado"
    """
    from timeline import dates, escaping, records, render

    reference = parse_ref(ref)
    if lang not in dates.ALL:
        fail(f"unknown language {lang!r}: choose one of {', '.join(dates.SUPPORTED)}")
    if not expressions or expressions == ["-"]:
        from timeline.seeds import MAX_BYTES
        from timeline.streams import StreamError, stdin_lines

        try:
            texts = stdin_lines(MAX_BYTES)
        except StreamError as exc:
            fail(str(exc))
    else:
        texts = list(expressions)
    results = [(t, dates.resolve(t, lang, reference, prefer.value)) for t in texts]
    if fmt is ParseFormat.jsonl:
        out = sys.stdout
        for text, value in results:
            out.write(escaping.json_dumps(records.resolution(text, value)) + "\n")
    elif fmt is ParseFormat.json:
        doc = {
            "lang": lang,
            "ref": reference.isoformat(),
            "prefer": prefer.value,
            "results": [records.resolution(t, v) for t, v in results],
        }
        typer.echo(escaping.json_dumps(doc, indent=2))
    else:
        table = render.parse_table(results, lang, reference, prefer.value, ref is None)
        _emit(_render_text(table, None), None)


class ShowFormat(StrEnum):
    text = "text"
    markdown = "markdown"
    json = "json"
    csv = "csv"
    timelinejs = "timelinejs"
    html = "html"


@app.command()
def show(
    since: str = SINCE,
    until: str = UNTIL,
    status: list[str] = typer.Option(
        [],
        "--status",
        metavar="STATUS",
        help="candidate, confirmed (default), rejected (repeat or comma) or all.",
    ),
    lang: list[str] = typer.Option(
        [], "--lang", metavar="LANG", help="Only events with a source in LANG."
    ),
    ids: list[str] = typer.Option(
        [], "--id", metavar="ID", help="Only this event, any status unless --status (repeat)."
    ),
    limit: int = typer.Option(None, "--limit", metavar="N", min=1, help="The first N events."),
    no_pager: bool = typer.Option(
        False, "--no-pager", help="On a terminal too, write directly, not through $PAGER."
    ),
    tag: list[str] = typer.Option([], "--tag", metavar="TAG", help="Only events with this tag."),
    quotes: bool = typer.Option(False, "--quotes", help="Print each source's quote."),
    fmt: ShowFormat = typer.Option(ShowFormat.text, "--format", "-f", help="Output format."),
    output: Path = typer.Option(
        None, "--output", "-o", metavar="FILE", help="Write to FILE instead."
    ),
    store: Path = STORE,
    title: str = typer.Option(
        "Timeline",
        "--title",
        metavar="TEXT",
        help="Title of the html, markdown and timelinejs output.",
    ),
    description: str = typer.Option(
        "",
        "--description",
        metavar="TEXT",
        help="A line under the title (html, markdown, timelinejs).",
    ),
    color: Colour = COLOR,
) -> None:
    """Print the timeline: events under year headings, at the precision of their dates.

    Examples:

        timeline show --since 2024

        timeline show --status all --quotes --lang pt

        timeline show --id russia-north-korea-pact-2024 --quotes

        timeline show --format html --title "Russia and North Korea" --output timeline.html

        timeline show --format timelinejs --output timeline.json
    """
    from timeline import query
    from timeline.store import StoreError, load_events

    try:
        first, last = query.window(since, until)
        q = query.Query(
            since=first,
            until=last,
            statuses=query.statuses(status or (["all"] if ids else [])),
            langs=query.words(lang),
            tags=query.words(tag),
        )
    except query.QueryError as exc:
        fail(str(exc))
    path = _store(store, _settings())
    try:
        events = load_events(path)
        events = query.select(query.named(events, ids) if ids else events, q)
    except StoreError as exc:
        fail(str(exc) if exc.refusal else f"{exc} (run `timeline check` for every problem)")
    except query.QueryError as exc:
        fail(f"{path}: {exc}")
    total, events = len(events), events[:limit]
    cites = None
    if quotes or fmt is not ShowFormat.text:
        from timeline.attribution import citations
        from timeline.build import seeds_folder

        cites = citations(events, seeds_folder(None, path))
    if fmt is ShowFormat.text:
        from timeline import terminal

        shown = terminal.timeline(events, quotes, _footer(events, q, total), cites)
        if output is None:
            _page(shown, not no_pager)
            return
        text = _render_text(shown, output)
    elif fmt is ShowFormat.html:
        from timeline import html_page

        text = html_page.page(events, cites, title, description, sorted(q.statuses))
    else:
        text = _export(fmt, events, cites, title, description, quotes)
    _emit(text, _output(output, path), paged=not no_pager)


def _export(
    fmt: ShowFormat, events: list[Any], cites: Any, title: str, description: str, quotes: bool
) -> str:
    """`show` in Markdown, JSON, CSV or TimelineJS."""
    from timeline import escaping, render

    if fmt is ShowFormat.markdown:
        text = render.markdown(events, quotes, title, description, cites)
    elif fmt is ShowFormat.json:
        text = render.json_text(events, cites) + "\n"
    elif fmt is ShowFormat.csv:
        text = render.csv_text(events, cites)
    else:
        doc = render.timelinejs(events, title, description, cites)
        text = escaping.json_dumps(doc, indent=2) + "\n"
    return text


def _output(output: Path | None, store: Path) -> Path | None:
    """`--output`, refused when it would overwrite the store or an article; `-` is stdout."""
    if output is None or str(output) == "-":
        return None
    from timeline.check import default_seeds
    from timeline.streams import protected

    reason = protected(output, store, default_seeds(store))
    if reason:
        fail(f"{output}: {reason}: choose another --output file, or - for standard output")
    return output


@app.command()
def extract(
    files: list[str] = typer.Argument(
        ...,
        metavar="FILE",
        help="Article files, or archives (.jsonl, .jsonl.gz, .parquet); '-' reads stdin.",
    ),
    lang: str = typer.Option(
        None, "--lang", "-l", metavar="LANG", help="Language (default: front matter, or detected)."
    ),
    ref: str = typer.Option(
        None, "--ref", metavar="DATE", help="Reference date (default: front matter's published)."
    ),
    fmt: ParseFormat = typer.Option(
        None, "--format", "-f", help="Output format (default: text; jsonl for archives)."
    ),
    output: Path = typer.Option(
        None,
        "--output",
        "-o",
        metavar="FILE",
        help="Write to FILE (.parquet: Parquet); atomically.",
    ),
    jobs: int = typer.Option(
        None,
        "--jobs",
        "-j",
        min=1,
        metavar="N",
        help="Archives: worker processes (default: the cores).",
    ),
    unordered: bool = typer.Option(
        False, "--unordered", help="Archives: write rows as chunks finish, not in input order."
    ),
    field: list[str] = typer.Option(
        [], "--field", metavar="NAME=KEY", help="Archives: a field's key, e.g. text=body."
    ),
    dask: str = typer.Option(
        None, "--dask", metavar="ADDRESS", help="Archives: run on a Dask cluster ('local': here)."
    ),
    color: Colour = COLOR,
) -> None:
    """Find every date mention in articles, with its span, sentence and resolved value.

    Archives (JSONL or Parquet records with text, published, lang and optional id,
    url, outlet, title) are extracted on all cores; bad records are named, skipped,
    and make the exit code 1.

    Examples:

        timeline extract seeds/004_8969fe9032fab421.txt --format jsonl

        timeline extract archive.jsonl --output mentions.parquet --jobs 4
    """
    from timeline import dates, escaping, records, render
    from timeline import extract as ex
    from timeline.archive import reader
    from timeline.seeds import MAX_BYTES, ArticleError, parse_article, read_article
    from timeline.streams import StreamError, read_limited

    reference = parse_ref(ref) if ref else None
    if lang is not None and lang not in dates.SUPPORTED:
        fail(f"unknown language {lang!r}: choose one of {', '.join(dates.SUPPORTED)}")
    if any(reader.is_archive(name) for name in files):
        _extract_archives(files, lang, reference, fmt, output, jobs, unordered, field, dask)
    if jobs is not None or unordered or field or dask is not None:
        fail("--jobs, --unordered, --field and --dask are for archives (.jsonl, .parquet)")
    found = []
    for name in files:
        try:
            if name == "-":
                article = parse_article(read_limited("-", MAX_BYTES, "standard input"), "-")
            else:
                article = read_article(name)
            mentions = ex.find_mentions(article, lang, reference)
        except (ArticleError, StreamError) as exc:
            fail(str(exc))
        except ex.LanguageError as exc:
            fail(f"{name}: {exc}")
        found.append((name, mentions, reference or article.published))
    if fmt is None or fmt is ParseFormat.text:
        groups = [render.mentions_text(name, ms, when) for name, ms, when in found]
        _emit(_render_text(render.Group(*groups), output), output)
        return

    rows = [records.mention(name, m) for name, ms, _ in found for m in ms]
    if fmt is ParseFormat.jsonl:
        _emit("".join(escaping.json_dumps(r) + "\n" for r in rows), output)
    else:
        _emit(escaping.json_dumps(rows, indent=2) + "\n", output)


def _extract_archives(
    files: list[str],
    lang: str | None,
    ref: dt.date | None,
    fmt: ParseFormat | None,
    output: Path | None,
    jobs: int | None,
    unordered: bool,
    field: list[str],
    dask: str | None,
) -> NoReturn:
    """`extract` over archives: rows to --output or standard output, the report on stderr."""
    from timeline.archive import runner
    from timeline.archive.reader import ArchiveError
    from timeline.terminal import clean

    if fmt not in (None, ParseFormat.jsonl):
        fail("archives are extracted as jsonl (or Parquet with --output FILE.parquet)")
    try:
        settings = runner.settings(files, field, lang, ref)
        if dask is not None:
            from timeline.archive import cluster

            summary = cluster.extract(files, settings, output, dask, jobs, not unordered)
        else:
            summary = runner.extract(files, settings, output, jobs or runner.cores(), not unordered)
    except ArchiveError as exc:
        fail(str(exc))
    except BrokenPipeError:  # `| head`: the reader has what it wanted
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise typer.Exit(1) from None
    for line in summary.lines():
        typer.echo(f"timeline: {clean(line)}", err=True)
    raise typer.Exit(1 if summary.bad_count else 0)


def _footer(events: list[Any], q: Any, total: int | None = None) -> str:
    from timeline.words import part_of

    n = len(events)
    shown = ", ".join(sorted(q.statuses))
    return f"{part_of(n, n if total is None else total, 'event')} ({shown})"


def _render_text(renderable: Any, output: Path | None, capture: bool = False) -> str | None:
    """Print to a terminal in colour; plain, stable text for a file or a pipe.

    Paragraphs (`timeline.layout`, a list) are laid out without importing rich
    whenever there is no colour to print and their characters allow it. With `capture`,
    coloured output is returned (for the pager) instead of printed."""
    from timeline import colour, layout

    coloured = output is None and colour.enabled(sys.stdout)
    if isinstance(renderable, list):
        text = None if coloured else layout.plain(renderable, layout.width(False))
        if text is not None:
            return text
        from timeline.render import rich_paragraphs

        renderable = rich_paragraphs(renderable)
    from timeline import render

    if coloured:
        console = render.console()
        if not capture:
            console.print(renderable)
            return None
        with console.capture() as captured:
            console.print(renderable)
        return captured.get()
    return render.plain(renderable)


def _emit(text: str | None, output: Path | None, paged: bool = False) -> None:
    from timeline.streams import StreamError, write_output

    if text is None:
        return
    if output is None:
        if paged:
            from timeline import pager

            pager.page(text)
        else:
            sys.stdout.write(text)
        return
    try:
        write_output(output, text)
    except StreamError as exc:
        fail(str(exc))


@app.command("build")
def build_command(
    seeds: Path = typer.Option(
        None,
        "--seeds",
        metavar="DIR",
        help="The articles (default: seeds/ beside the store's folder).",
    ),
    store: Path = STORE,
    dry_run: bool = typer.Option(
        False, "--dry-run", help="Print what would change as a diff; write nothing."
    ),
) -> None:
    """Propose every date mention of the seeds not yet in the store as a candidate event.

    Curated events, comments and layout are never changed; a mention already
    cited by any event (even a rejected one) is not proposed again.

    Examples:

        timeline build --dry-run

        timeline build --seeds seeds --store data/events.yaml
    """
    from timeline import build as builder
    from timeline.store import StoreError

    settings = _settings()
    path = _store(store, settings)
    seeds = seeds if seeds is not None else settings.seeds
    try:
        report = builder.build(path, builder.seeds_folder(seeds, path), dry_run, progress=True)
    except builder.BuildError as exc:
        fail(str(exc))
    except StoreError as exc:
        fail(str(exc) if exc.refusal else f"{exc} (run `timeline check` for every problem)")
    if dry_run:
        sys.stdout.write(builder.diff(report))
    typer.echo(report.summary() + (" (dry run: nothing written)" if dry_run else ""))
    for line in report.changed:
        typer.echo(f"  changed: {line}")


@app.command("add")
def add_command(
    articles: list[str] = typer.Argument(
        None, metavar="FILE", help="Article text files; '-' reads standard input."
    ),
    published: str = typer.Option(
        None,
        "--published",
        metavar="DATE",
        help="Publication date, YYYY-MM-DD: the reference of relative dates.",
    ),
    lang: str = typer.Option(
        None, "--lang", "-l", metavar="LANG", help="ro, bg, pl or pt (default: detected)."
    ),
    title: str = typer.Option(None, "--title", metavar="TEXT", help="The article's title."),
    outlet: str = typer.Option(None, "--outlet", metavar="TEXT", help="Where it was published."),
    url: str = typer.Option(None, "--url", metavar="URL", help="Where it can be read."),
    seeds: Path = typer.Option(
        None, "--seeds", metavar="DIR", help="The seeds folder (default: seeds/)."
    ),
    from_jsonl: str = typer.Option(
        None, "--from-jsonl", metavar="FILE", help="Add every record of an archive (.jsonl)."
    ),
) -> None:
    """Copy articles into the seeds with their front matter (sha256, language, date).

    Each gets a stable name, NNN_<first 16 hex of its sha256>.txt; a text already
    in the seeds, or one that is not UTF-8 text, is refused and nothing is added.

    Example:

        timeline add article.txt --published 2025-07-13 --outlet "KCNA" --lang pt
    """
    from timeline import add as adder
    from timeline import build as builder
    from timeline.store import find_store

    options = adder.Options(
        published=parse_ref(published, "--published") if published else None,
        lang=lang,
        title=title,
        outlet=outlet,
        url=url,
    )
    from timeline.seeds import MAX_BYTES
    from timeline.store import StoreError
    from timeline.streams import StreamError, read_limited

    settings = _settings()
    seeds = seeds if seeds is not None else settings.seeds
    store = find_store(settings.store)
    folder = seeds if seeds is not None else builder.seeds_folder(None, store)
    if from_jsonl is not None:
        _add_records(from_jsonl, articles, options, folder, store)
    if not articles:
        fail("name the article files to add (or --from-jsonl FILE)")
    inputs = []
    for name in articles:
        try:
            inputs.append((name, read_limited(name, MAX_BYTES, "text")))
        except StreamError as exc:
            fail(str(exc))
    if options.published is not None and len(inputs) == 1:  # an article already in: its date
        try:
            digest = adder.prepare(inputs[0][1], inputs[0][0], options)[0]["sha256"]
            known = adder.existing(folder) if folder.is_dir() else {}
        except adder.AddError as exc:
            fail(str(exc))
        if digest in known:
            _set_date(known[digest], options.published, folder, store)
            return
    try:
        added = adder.add(inputs, folder, options, lock=store)
    except (adder.AddError, StoreError) as exc:
        fail(str(exc))
    except OSError as exc:
        fail(f"{folder}: cannot write: {exc.strerror or exc}")
    _report_added(added)


def _report_added(added: list[Any]) -> None:
    from timeline.terminal import clean

    for item in added:
        for note in item.warnings:
            typer.echo(f"timeline: warning: {clean(note)}", err=True)
        when = item.published.isoformat() if item.published else "no publication date"
        typer.echo(f"added {clean(str(item.path))} ({item.lang}, {when})")


def _add_records(
    name: str, articles: list[str] | None, options: Any, folder: Path, store: Path
) -> NoReturn:
    """`add --from-jsonl`: the records' own metadata; the command line's may not mix in.
    The store's lock is held while they are numbered and written, as for `add FILE`."""
    from timeline import add as adder
    from timeline.archive import reader, select
    from timeline.archive.work import Settings
    from timeline.store import StoreError

    given = [k for k in ("published", "lang", "title", "outlet", "url") if getattr(options, k)]
    if articles or given:
        fail(
            "--from-jsonl takes each article and its metadata from the records: "
            "give no article files and no --published, --lang, --title, --outlet or --url"
        )
    try:
        added = select.add(name, Settings(), folder, lock=store)
    except (adder.AddError, reader.ArchiveError, StoreError) as exc:
        fail(str(exc))
    except OSError as exc:
        fail(f"{folder}: cannot write: {exc.strerror or exc}")
    _report_added(added)
    raise typer.Exit(0)


class CheckFormat(StrEnum):
    text = "text"
    parsable = "parsable"
    github = "github"
    json = "json"
    sarif = "sarif"


@app.command()
def check(
    store: Path = STORE,
    seeds: Path = typer.Option(
        None,
        "--seeds",
        metavar="DIR",
        help="The articles (default: seeds/ beside the store's folder).",
    ),
    fmt: CheckFormat = typer.Option(CheckFormat.text, "--format", "-f", help="Output format."),
    quiet: bool = typer.Option(
        False, "--quiet", "-q", help="Print the problems only: no summary, no notes."
    ),
    config: Path = typer.Option(
        None,
        "--config",
        metavar="FILE",
        help="Settings file (default: .timeline.yaml or pyproject.toml, found upwards).",
    ),
    select: list[str] = typer.Option(
        [], "--select", metavar="RULE", help="Run only these rules or families (repeat or comma)."
    ),
    ignore: list[str] = typer.Option(
        [], "--ignore", metavar="RULE", help="Also skip these rules or families (repeat or comma)."
    ),
    color: Colour = COLOR,
    strict: bool = typer.Option(
        False, "--strict", help="Fail on warnings too; undecided candidates become errors."
    ),
    fix: bool = typer.Option(
        False, "--fix", help="Restore the chronological order in place (comments kept)."
    ),
) -> None:
    """Check the store and the provenance of every source; exit 1 on errors, 2 if unreadable.

    Examples:

        timeline check

        timeline check --format github --strict

        timeline check --format sarif > timeline.sarif

        timeline check --fix

    Settings (rules to select or ignore, rule options, paths) come from
    .timeline.yaml or [tool.timeline] in pyproject.toml; `timeline rule RULE`
    explains a rule, and `# timeline: ignore[RULE]` on an event silences it there.
    """
    from timeline import check as checker
    from timeline.check import reporters
    from timeline.terminal import clean

    settings = _settings(config)
    path = _store(store, settings)
    seeds = seeds if seeds is not None else settings.seeds
    where = str(settings.path) if settings.path else "the settings"
    chosen_ids = _ids(select) or settings.select
    try:
        if select or ignore:
            checker.select_rules(_ids(select) or None, _ids(ignore), where="the command line")
        chosen = checker.select_rules(
            chosen_ids, (*settings.ignore, *_ids(ignore)), settings.rules, where
        )
        note = checker.fix_order(path, seeds) if fix else ""
        report = checker.run(path, seeds, strict, settings=chosen)
    except checker.SettingsError as exc:
        fail(str(exc))
    except checker.Unreadable as exc:
        fail(clean(str(exc)))
    if note and not quiet:
        typer.echo(f"timeline: {clean(note)}", err=True)
    if fmt is CheckFormat.text:
        _emit(_render_text(reporters.text(report, quiet), None), None)
    else:
        sys.stdout.write(reporters.MACHINE[fmt.value](report))
        if fmt not in (CheckFormat.json, CheckFormat.sarif) and not quiet:
            typer.echo(report.summary(), err=True)
    raise typer.Exit(checker.exit_code(report))


def _rule_ids(incomplete: str) -> list[str]:
    """Shell completion of rule ids."""
    from timeline.check import REGISTRY

    return [r for r in REGISTRY if r.startswith(incomplete)]


def _ids(values: list[str]) -> tuple[str, ...]:
    """Rule ids from repeated or comma-separated options."""
    return tuple(v.strip() for value in values for v in value.split(",") if v.strip())


@app.command("rule")
def rule_command(
    rule_id: str = typer.Argument(
        None, metavar="RULE", help="A rule id, e.g. order.", autocompletion=_rule_ids
    ),
    all_rules: bool = typer.Option(False, "--all", help="List every rule with its level."),
) -> None:
    """Explain a rule of `timeline check`: why it exists, a store that passes, one that fails.

    Examples:

        timeline rule future-after-report

        timeline rule --all
    """
    from timeline.check import REGISTRY
    from timeline.check.reporters import rule_help, rule_list
    from timeline.check.rules import did_you_mean

    if all_rules:
        typer.echo(rule_list(), nl=False)
        return
    if rule_id is None:
        fail("name a rule (e.g. `timeline rule order`) or list them with `timeline rule --all`")
    if rule_id not in REGISTRY:
        hint = did_you_mean(rule_id, REGISTRY) or ": `timeline rule --all` lists them"
        fail(f"unknown rule {rule_id!r}{hint}")
    typer.echo(rule_help(REGISTRY[rule_id]), nl=False)


@app.command("init")
def init_command(
    folder: Path = typer.Argument(
        Path("."), metavar="DIR", help="Where to start the timeline (default: here)."
    ),
) -> None:
    """Start a timeline: seeds/, data/events.yaml and a sample .pre-commit-config.yaml.

    Files that exist are kept as they are.

    Example:

        timeline init my-timeline
    """
    from timeline import init as starter
    from timeline.terminal import clean

    try:
        done = starter.init(folder)
    except starter.InitError as exc:
        fail(str(exc))
    for path in done.written:
        typer.echo(f"wrote {clean(str(path))}")
    for path in done.kept:
        typer.echo(f"kept {clean(str(path))} (it exists)")
    typer.echo("next: timeline add ARTICLE --published DATE, then timeline build")


@app.command()
def schema() -> None:
    """Print the store's JSON Schema, for editors that validate YAML as you type.

    Example:

        timeline schema > events.schema.json
    """
    import json

    from timeline.schema import json_schema

    typer.echo(json.dumps(json_schema(), ensure_ascii=False, indent=2))


# --- curating: list, confirm, reject, merge, edit, review, seed set-date (timeline/curate.py) ---


def _decide(store: Path | None, action: Any, command: str) -> None:
    """Run one decision (`curate.decide`) and print its line; refusals exit 2 with one line."""
    from timeline import curate
    from timeline.store import StoreError, find_store
    from timeline.terminal import clean

    try:
        outcome = curate.decide(find_store(store), action, command)
    except curate.CurateError as exc:
        fail(str(exc))
    except StoreError as exc:
        fail(f"{exc} (run `timeline check` for every problem)")
    typer.echo(clean(outcome.message))


@app.command("list")
def list_command(
    ids: list[str] = typer.Argument(
        None, metavar="[ID]...", help="Events to show in full, with every source."
    ),
    status: list[str] = typer.Option(
        ["candidate"],
        "--status",
        metavar="STATUS",
        help="candidate (default), confirmed, rejected or all.",
    ),
    seed: str = typer.Option(
        None, "--seed", metavar="SEED", help="Only events citing this seed (name or number)."
    ),
    since: str = SINCE,
    until: str = UNTIL,
    text: str = typer.Option(
        None, "--text", metavar="TEXT", help="Only events whose id, title or quotes hold it."
    ),
    kind: str = typer.Option(
        None, "--kind", metavar="KIND", help="Only candidates marked so (dateline, quoted)."
    ),
    limit: int = typer.Option(None, "--limit", metavar="N", min=1, help="Show at most N events."),
    no_pager: bool = typer.Option(
        False, "--no-pager", help="On a terminal too, write directly, not through $PAGER."
    ),
    store: Path = STORE,
) -> None:
    """List events with their ids (candidates by default), or show some in full.

    Examples:

        timeline list

        timeline list --seed 004 --status all

        timeline list 2024-anul-trecut-000
    """
    from timeline import listing, query
    from timeline.store import StoreError, find_store, load_events

    try:
        first, last = query.window(since, until)
        wanted = listing.Filter(
            statuses=query.statuses(status),
            seed=seed,
            since=first,
            until=last,
            text=text,
            kind=kind,
        )
        events = load_events(find_store(store))
    except query.QueryError as exc:
        fail(str(exc))
    except StoreError as exc:
        fail(f"{exc} (run `timeline check` for every problem)")
    if ids:
        known = {e.id: e for e in events}
        missing = [i for i in ids if i not in known]
        if missing:
            fail(f"no event with the id {missing[0]!r} (`timeline list --status all` shows ids)")
        chosen = [known[i] for i in ids]
    else:
        chosen = listing.select(events, wanted)
    _page(listing.listing(events, chosen, limit, detail=bool(ids)), not no_pager)


def _page(renderable: Any, paged: bool = True) -> None:
    """Rendered in colour when `timeline.colour` says so, through the pager on a terminal
    (`timeline.pager`: never into a pipe); plain, stable text otherwise."""
    from timeline import pager

    text = _render_text(renderable, None, capture=True)
    if text is not None:
        pager.page(text, paged)


@app.command()
def confirm(
    event_id: str = typer.Argument(..., metavar="ID", help="The candidate to confirm."),
    title: str = typer.Option(
        ..., "--title", metavar="TEXT", help="An English title a reader understands."
    ),
    tag: list[str] = typer.Option(
        [], "--tag", metavar="TAG", help="A tag (repeat or comma-separate)."
    ),
    date: str = typer.Option(
        None, "--date", metavar="DATE", help="EDTF date, within every source's."
    ),
    store: Path = STORE,
) -> None:
    """Confirm a candidate: give it an English title and tags (and a date).

    Example:

        timeline confirm 2025-07-12-no-sabado-004 --title "Kim receives Lavrov" --tag diplomacy
    """
    from timeline import curate

    tags = curate.tag_list(tag)
    _decide(store, lambda s: curate.confirm(s, event_id, title, tags, date), "confirm")


@app.command()
def reject(
    ids: list[str] = typer.Argument(None, metavar="[ID]...", help="Candidates to reject."),
    note: str = typer.Option(
        ..., "--note", metavar="TEXT", help="Why: boilerplate, no event, a duplicate..."
    ),
    all_from: str = typer.Option(
        None, "--all-from", metavar="SEED", help="Every candidate citing this seed."
    ),
    kind: str = typer.Option(
        None, "--kind", metavar="KIND", help="Every candidate marked so (dateline, quoted)."
    ),
    text: str = typer.Option(
        None, "--text", metavar="TEXT", help="Every candidate whose title or quotes hold it."
    ),
    store: Path = STORE,
) -> None:
    """Reject candidates, saying why in a note: by id, or all from a seed, of a kind, with a text.

    Examples:

        timeline reject 2025-07-13-published-004 --note "the lead reports Saturday's meeting"

        timeline reject --all-from 007 --kind dateline --note "the page's date line"
    """
    from timeline import curate, listing

    def action(s: Any) -> tuple[str, str]:
        chosen = list(ids or [])
        if all_from or kind or text:
            wanted = listing.Filter(seed=all_from, kind=kind, text=text)
            chosen += [e.id for e in listing.select(s.events, wanted)]
        return curate.reject(s, chosen, note)

    _decide(store, action, "reject")


@app.command()
def merge(
    event_id: str = typer.Argument(..., metavar="ID", help="The candidate to merge."),
    into: str = typer.Option(
        ..., "--into", metavar="EVENT", help="The event it is the same happening as."
    ),
    dispute: str = typer.Option(
        None,
        "--dispute",
        metavar="TEXT",
        help="Why its date differs, when the event's date is kept.",
    ),
    store: Path = STORE,
) -> None:
    """Move a candidate's sources under an event and delete the candidate.

    Example:

        timeline merge 2024-ot-2024-g-001 --into russia-north-korea-pact-2024
    """
    from timeline import curate

    _decide(store, lambda s: curate.merge(s, event_id, into, dispute), "merge")


@app.command()
def edit(
    event_id: str = typer.Argument(..., metavar="ID", help="The event to change."),
    date: str = typer.Option(
        None, "--date", metavar="DATE", help="EDTF date, within every source's."
    ),
    title: str = typer.Option(None, "--title", metavar="TEXT", help="A new title."),
    tag: list[str] = typer.Option(
        None, "--tag", metavar="TAG", help="The tags (repeat or comma-separate)."
    ),
    store: Path = STORE,
) -> None:
    """Change an event's date (it moves to its place in the chronology), title or tags.

    Example:

        timeline edit russia-north-korea-pact-2024 --date 2024-06
    """
    from timeline import curate

    tags = curate.tag_list(tag) if tag else None
    _decide(store, lambda s: curate.edit(s, event_id, date, title, tags), "edit")


@app.command()
def review(
    store: Path = STORE,
    seeds: Path = typer.Option(
        None,
        "--seeds",
        metavar="DIR",
        help="The articles (default: seeds/ beside the store's folder).",
    ),
) -> None:
    """Go through the undecided candidates one by one: confirm, merge, reject, skip, undo, quit.

    Each decision is written at once; quit at any time and run it again to resume.

    Example:

        timeline review
    """
    from timeline import build as builder
    from timeline import render
    from timeline import review as reviewer
    from timeline.store import StoreError, find_store

    path = find_store(store)
    console = render.console()

    def ask(prompt: str) -> str:
        return console.input(f"{prompt} › ")

    try:
        reviewer.review(path, builder.seeds_folder(seeds, path), console, ask)
    except reviewer.ReviewError as exc:
        fail(str(exc))
    except StoreError as exc:
        fail(f"{exc} (run `timeline check` for every problem)")


seed_app = typer.Typer(help="Mend the articles in seeds/.", no_args_is_help=True)
app.add_typer(seed_app, name="seed")


@seed_app.command("set-date")
def seed_set_date(
    seed: str = typer.Argument(..., help="The seed: its file name or its number (004)."),
    published: str = typer.Argument(..., metavar="DATE", help="Publication date, YYYY-MM-DD."),
    seeds: Path = typer.Option(
        None, "--seeds", metavar="DIR", help="The seeds folder (default: seeds/)."
    ),
    store: Path = STORE,
) -> None:
    """Set an article's publication date, resolve its mentions again and say what changed.

    Example:

        timeline seed set-date 005 2025-07-16
    """
    _set_date(seed, parse_ref(published, "DATE"), seeds, store)


def _set_date(seed: str, published: dt.date, seeds: Path | None, store: Path | None) -> None:
    from timeline import build as builder
    from timeline import curate, mend
    from timeline.store import StoreError, find_store
    from timeline.terminal import clean

    path = find_store(store)
    folder = seeds if seeds is not None else builder.seeds_folder(None, path)
    try:
        done = mend.set_date(folder, path, seed, published)
    except (mend.MendError, curate.CurateError) as exc:
        fail(str(exc))
    except StoreError as exc:
        fail(f"{exc} (run `timeline check` for every problem)")
    old = done.old.isoformat() if done.old else "no date"
    typer.echo(f"{clean(str(done.seed))}: published {old} → {published.isoformat()}")
    for line in done.changes or ["no mention resolves differently"]:
        typer.echo(f"  {clean(line)}")
    for line in done.notes:
        typer.echo(f"  store: {clean(line)}")
    typer.echo("run `timeline build` to propose mentions no event cites yet")


def main() -> None:
    """Run the command; an output that cannot be written (`> /dev/full`, a closed pipe) is
    one line on standard error and exit 2, never a traceback."""
    import errno

    try:
        invoked(sys.argv[1:])()
    except SystemExit as exc:
        code = exc.code
    except OSError as exc:
        if exc.errno not in (errno.EPIPE, errno.ENOSPC, errno.EIO, errno.EFBIG, errno.EDQUOT):
            raise
        code = _output_failed(exc)
    except ValueError as exc:
        if not _language_data_error(exc):
            raise
        sys.stderr.write(f"timeline: error: {exc}\n")
        code = 2
    else:
        code = 0
    try:
        sys.stdout.flush()
    except OSError as exc:
        code = _output_failed(exc)
    sys.exit(code)


def invoked(argv: list[str]) -> typer.Typer:
    """The app with only the command `argv` names, so that typer turns one command's
    parameters into click's, not all twenty (a tenth of `show`'s start).

    The root's help, completion, no command or anything unexpected before the
    command get the whole app, as does a name that is no command (click's "No such
    command" then lists them).
    """
    name = _command_name(argv)
    if name is None or os.environ.get("_TIMELINE_COMPLETE"):
        return app
    commands = [
        c
        for c in app.registered_commands
        if c.callback is not None
        and (c.name or typer.main.get_command_name(c.callback.__name__)) == name
    ]
    groups = [g for g in app.registered_groups if g.name == name]
    if not commands and not groups:
        return app
    only = copy.copy(app)
    only.registered_commands = commands
    only.registered_groups = groups
    return only


def _command_name(argv: list[str]) -> str | None:
    """The command named on the command line, past the root's options; None for none."""
    args = iter(argv)
    for arg in args:
        if arg == "--color":
            next(args, None)
        elif not arg.startswith("--color="):
            return None if arg.startswith("-") else arg
    return None


def _language_data_error(exc: ValueError) -> bool:
    """Whether the error is a language's data file that does not load (a language added or
    edited by hand: its message names the file, the rule or line, and the fix). The modules
    that raise it are looked up only once imported, so that a command that reads no date
    imports none of them."""
    kinds = [
        getattr(module, kind)
        for name, kind in (
            ("timeline.dates.data", "LanguageDataError"),
            ("timeline.dates.tensedata", "TenseDataError"),
        )
        if (module := sys.modules.get(name)) is not None
    ]
    return bool(kinds) and isinstance(exc, tuple(kinds))


def _output_failed(exc: OSError) -> int:
    """Say why standard output failed, and keep Python from failing again at exit."""
    import errno

    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)
    if exc.errno == errno.EPIPE:
        return 1  # the reader went away (`| head`): nothing to say
    with contextlib.suppress(OSError):
        sys.stderr.write(f"timeline: error: standard output: cannot write: {exc.strerror}\n")
    return 2
