"""The command line: parse arguments, call the library, map outcomes to exit codes.

Nothing here knows how a date is resolved or a store is checked; each command is
a few lines over one library call. Exit codes: 0 clean, 1 findings, 2 usage or
unreadable input.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import Any, NoReturn

import typer

from timeline import __version__

app = typer.Typer(
    help="Build and check a sourced timeline of events from news in ro, bg, pl and pt.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


class Prefer(StrEnum):
    past = "past"
    future = "future"


class ParseFormat(StrEnum):
    text = "text"
    json = "json"
    jsonl = "jsonl"


def fail(message: str, code: int = 2) -> NoReturn:
    """One line on standard error, then exit: no traceback ever reaches the user.

    The message may quote a file name or a store's text: control codes are dropped.
    """
    from timeline.render import clean

    typer.echo(f"timeline: error: {clean(message)}", err=True)
    raise typer.Exit(code)


def parse_ref(text: str | None, what: str = "--ref") -> dt.date:
    """A reference date from the command line: YYYY-MM-DD (a time of day is ignored)."""
    if text is None:
        return dt.date.today()
    try:
        return dt.datetime.fromisoformat(text.strip()).date()
    except ValueError:
        fail(f"{what} {text!r} is not a date: write it as YYYY-MM-DD, e.g. 2025-07-13")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"timeline {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Print the version and exit."
    ),
) -> None:
    """Build and check a sourced timeline of events from news in ro, bg, pl and pt."""


@app.command()
def parse(
    expressions: list[str] = typer.Argument(
        None, help="Expressions to resolve; '-' or none reads one per line from standard input."
    ),
    lang: str = typer.Option(..., "--lang", "-l", help="Language: ro, bg, pl or pt."),
    ref: str = typer.Option(None, "--ref", help="Reference date, YYYY-MM-DD (default: today)."),
    prefer: Prefer = typer.Option(
        Prefer.past, "--prefer", help="Direction of underspecified dates with no tense to go on."
    ),
    fmt: ParseFormat = typer.Option(ParseFormat.text, "--format", "-f", help="Output format."),
) -> None:
    """Resolve date expressions against a reference date, at the precision their words carry.

    Example:

        timeline parse --lang pt --ref 2025-07-13 "no sábado" "em junho do ano passado"
    """
    from timeline import dates, records, render

    reference = parse_ref(ref)
    if lang not in dates.ALL:
        fail(f"unknown language {lang!r}: choose one of {', '.join(dates.SUPPORTED)}")
    if not expressions or expressions == ["-"]:
        texts = [line.rstrip("\r\n") for line in sys.stdin]
    else:
        texts = list(expressions)
    results = [(t, dates.resolve(t, lang, reference, prefer.value)) for t in texts]
    if fmt is ParseFormat.jsonl:
        out = sys.stdout
        for text, value in results:
            out.write(json.dumps(records.resolution(text, value), ensure_ascii=False) + "\n")
    elif fmt is ParseFormat.json:
        doc = {
            "lang": lang,
            "ref": reference.isoformat(),
            "prefer": prefer.value,
            "results": [records.resolution(t, v) for t, v in results],
        }
        typer.echo(json.dumps(doc, ensure_ascii=False, indent=2))
    else:
        table = render.parse_table(results, lang, reference, prefer.value, ref is None)
        _emit(_render_text(table, None), None)


class ShowFormat(StrEnum):
    text = "text"
    markdown = "markdown"
    json = "json"
    csv = "csv"
    timelinejs = "timelinejs"


@app.command()
def show(
    since: str = typer.Option(None, "--since", help="From: 2024, 2024-06, 2024-06-01 or words."),
    until: str = typer.Option(None, "--until", help="Up to (inclusive), in the same forms."),
    status: list[str] = typer.Option(
        ["confirmed"], "--status", help="candidate, confirmed, rejected (repeat or comma) or all."
    ),
    lang: list[str] = typer.Option([], "--lang", help="Only events with a source in LANG."),
    tag: list[str] = typer.Option([], "--tag", help="Only events with this tag."),
    quotes: bool = typer.Option(False, "--quotes", help="Print each source's quote."),
    fmt: ShowFormat = typer.Option(ShowFormat.text, "--format", "-f", help="Output format."),
    output: Path = typer.Option(None, "--output", "-o", help="Write to FILE instead."),
    store: Path = typer.Option(None, "--store", help="The store (default: data/events.yaml)."),
) -> None:
    """Print the timeline: events under year headings, at the precision of their dates.

    Examples:

        timeline show --since 2024

        timeline show --status all --quotes --lang pt

        timeline show --format timelinejs --output timeline.json
    """
    from timeline import query, render
    from timeline.store import StoreError, find_store, load_events

    try:
        q = query.Query(
            since=query.window_bound(since, "--since").start if since else None,
            until=query.window_bound(until, "--until").end if until else None,
            statuses=query.statuses(status),
            langs=query.words(lang),
            tags=query.words(tag),
        )
    except query.QueryError as exc:
        fail(str(exc))
    path = find_store(store)
    try:
        events = query.select(load_events(path), q)
    except StoreError as exc:
        fail(f"{exc} (run `timeline check` for every problem)")
    if fmt is ShowFormat.text:
        text = _render_text(render.timeline_text(events, quotes, _footer(events, q)), output)
    elif fmt is ShowFormat.markdown:
        text = render.markdown(events, quotes)
    elif fmt is ShowFormat.json:
        text = render.json_text(events) + "\n"
    elif fmt is ShowFormat.csv:
        text = render.csv_text(events)
    else:
        text = json.dumps(render.timelinejs(events), ensure_ascii=False, indent=2) + "\n"
    _emit(text, output)


@app.command()
def extract(
    files: list[str] = typer.Argument(
        ..., help="Article files, or archives (.jsonl, .jsonl.gz, .parquet); '-' reads stdin."
    ),
    lang: str = typer.Option(
        None, "--lang", "-l", help="Language (default: front matter, else detected)."
    ),
    ref: str = typer.Option(
        None, "--ref", help="Reference date (default: the front matter's published)."
    ),
    fmt: ParseFormat = typer.Option(
        None, "--format", "-f", help="Output format (default: text; jsonl for archives)."
    ),
    output: Path = typer.Option(
        None, "--output", "-o", help="Write to FILE (.parquet: Parquet); atomically."
    ),
    jobs: int = typer.Option(
        None, "--jobs", "-j", min=1, help="Archives: worker processes (default: the cores)."
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
) -> None:
    """Find every date mention in articles, with its span, sentence and resolved value.

    Archives (JSONL or Parquet records with text, published, lang and optional id,
    url, outlet, title) are extracted on all cores; bad records are named, skipped,
    and make the exit code 1.

    Examples:

        timeline extract seeds/004_8969fe9032fab421.txt --format jsonl

        timeline extract archive.jsonl --output mentions.parquet --jobs 4
    """
    from timeline import dates, records, render
    from timeline import extract as ex
    from timeline.archive import reader
    from timeline.seeds import ArticleError, read_article, read_stream

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
            article = read_stream(sys.stdin.buffer, "-") if name == "-" else read_article(name)
            mentions = ex.find_mentions(article, lang, reference)
        except ArticleError as exc:
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
        _emit("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), output)
    else:
        _emit(json.dumps(rows, ensure_ascii=False, indent=2) + "\n", output)


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
    from timeline.render import clean

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


def _footer(events: list[Any], q: Any) -> str:
    n = len(events)
    shown = ", ".join(sorted(q.statuses))
    return f"{n} event{'s' if n != 1 else ''} ({shown})"


def _render_text(renderable: Any, output: Path | None) -> str | None:
    """Print to a terminal in colour; plain, stable text for a file or a pipe."""
    from timeline import render

    if output is None and sys.stdout.isatty() and not os.environ.get("NO_COLOR"):
        render.console().print(renderable)
        return None
    return render.plain(renderable)


def _emit(text: str | None, output: Path | None) -> None:
    from timeline.store import write_atomic

    if text is None:
        return
    if output is None:
        sys.stdout.write(text)
        return
    try:
        write_atomic(output, text)
    except OSError as exc:
        fail(f"{output}: cannot write: {exc.strerror or exc}")


@app.command("build")
def build_command(
    seeds: Path = typer.Option(
        None, "--seeds", help="The articles (default: seeds/ beside the store's folder)."
    ),
    store: Path = typer.Option(None, "--store", help="The store (default: data/events.yaml)."),
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
    from timeline.store import StoreError, find_store

    path = find_store(store)
    try:
        report = builder.build(path, builder.seeds_folder(seeds, path), dry_run, progress=True)
    except builder.BuildError as exc:
        fail(str(exc))
    except StoreError as exc:
        fail(f"{exc} (run `timeline check` for every problem)")
    if dry_run:
        sys.stdout.write(builder.diff(report))
    typer.echo(report.summary() + (" (dry run: nothing written)" if dry_run else ""))
    for line in report.changed:
        typer.echo(f"  changed: {line}")


@app.command("add")
def add_command(
    articles: list[str] = typer.Argument(
        None, help="Article text files; '-' reads standard input."
    ),
    published: str = typer.Option(
        None, "--published", help="Publication date, YYYY-MM-DD: the reference of relative dates."
    ),
    lang: str = typer.Option(None, "--lang", "-l", help="ro, bg, pl or pt (default: detected)."),
    title: str = typer.Option(None, "--title", help="The article's title."),
    outlet: str = typer.Option(None, "--outlet", help="Where it was published."),
    url: str = typer.Option(None, "--url", help="Where it can be read."),
    seeds: Path = typer.Option(None, "--seeds", help="The seeds folder (default: seeds/)."),
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
    folder = seeds if seeds is not None else builder.seeds_folder(None, find_store(None))
    if from_jsonl is not None:
        _add_records(from_jsonl, articles, options, folder)
    if not articles:
        fail("name the article files to add (or --from-jsonl FILE)")
    inputs = []
    for name in articles:
        try:
            data = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
        except OSError as exc:
            fail(f"{name}: cannot read: {exc.strerror or exc}")
        inputs.append((name, data))
    try:
        added = adder.add(inputs, folder, options)
    except adder.AddError as exc:
        fail(str(exc))
    except OSError as exc:
        fail(f"{folder}: cannot write: {exc.strerror or exc}")
    _report_added(added)


def _report_added(added: list[Any]) -> None:
    from timeline.render import clean

    for item in added:
        for note in item.warnings:
            typer.echo(f"timeline: warning: {clean(note)}", err=True)
        when = item.published.isoformat() if item.published else "no publication date"
        typer.echo(f"added {clean(str(item.path))} ({item.lang}, {when})")


def _add_records(name: str, articles: list[str] | None, options: Any, folder: Path) -> NoReturn:
    """`add --from-jsonl`: the records' own metadata; the command line's may not mix in."""
    from timeline import add as adder
    from timeline.archive import reader, select
    from timeline.archive.work import Settings

    given = [k for k in ("published", "lang", "title", "outlet", "url") if getattr(options, k)]
    if articles or given:
        fail(
            "--from-jsonl takes each article and its metadata from the records: "
            "give no article files and no --published, --lang, --title, --outlet or --url"
        )
    try:
        added = select.add(name, Settings(), folder)
    except (adder.AddError, reader.ArchiveError) as exc:
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


@app.command()
def check(
    store: Path = typer.Option(None, "--store", help="The store (default: data/events.yaml)."),
    seeds: Path = typer.Option(
        None, "--seeds", help="The articles (default: seeds/ beside the store's folder)."
    ),
    fmt: CheckFormat = typer.Option(CheckFormat.text, "--format", "-f", help="Output format."),
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

        timeline check --fix
    """
    from timeline import check as checker
    from timeline.check import reporters
    from timeline.render import clean
    from timeline.store import find_store

    path = find_store(store)
    try:
        note = checker.fix_order(path, seeds) if fix else ""
        report = checker.run(path, seeds, strict)
    except checker.Unreadable as exc:
        fail(clean(str(exc)))
    if note:
        typer.echo(f"timeline: {clean(note)}", err=True)
    if fmt is CheckFormat.text:
        from timeline import render

        render.console().print(reporters.text(report), soft_wrap=True)
    else:
        sys.stdout.write(reporters.MACHINE[fmt.value](report))
        if fmt is not CheckFormat.json:
            typer.echo(report.summary(), err=True)
    raise typer.Exit(checker.exit_code(report))


@app.command()
def schema() -> None:
    """Print the store's JSON Schema, for editors that validate YAML as you type.

    Example:

        timeline schema > events.schema.json
    """
    from timeline.schema import json_schema

    typer.echo(json.dumps(json_schema(), ensure_ascii=False, indent=2))


def main() -> None:
    app()
