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
    files: list[str] = typer.Argument(..., help="Article files; '-' reads standard input."),
    lang: str = typer.Option(
        None, "--lang", "-l", help="Language (default: front matter, else detected)."
    ),
    ref: str = typer.Option(
        None, "--ref", help="Reference date (default: the front matter's published)."
    ),
    fmt: ParseFormat = typer.Option(ParseFormat.text, "--format", "-f", help="Output format."),
) -> None:
    """Find every date mention in articles, with its span, sentence and resolved value.

    Example:

        timeline extract seeds/004_8969fe9032fab421.txt --format jsonl
    """
    from timeline import dates, records, render
    from timeline import extract as ex
    from timeline.seeds import ArticleError, read_article, read_stream

    reference = parse_ref(ref) if ref else None
    if lang is not None and lang not in dates.SUPPORTED:
        fail(f"unknown language {lang!r}: choose one of {', '.join(dates.SUPPORTED)}")
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
    if fmt is ParseFormat.text:
        groups = [render.mentions_text(name, ms, when) for name, ms, when in found]
        _emit(_render_text(render.Group(*groups), None), None)
        return
    rows = [records.mention(name, m) for name, ms, _ in found for m in ms]
    if fmt is ParseFormat.jsonl:
        sys.stdout.write("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
    else:
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))


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
    articles: list[str] = typer.Argument(..., help="Article text files; '-' reads standard input."),
    published: str = typer.Option(
        None, "--published", help="Publication date, YYYY-MM-DD: the reference of relative dates."
    ),
    lang: str = typer.Option(None, "--lang", "-l", help="ro, bg, pl or pt (default: detected)."),
    title: str = typer.Option(None, "--title", help="The article's title."),
    outlet: str = typer.Option(None, "--outlet", help="Where it was published."),
    url: str = typer.Option(None, "--url", help="Where it can be read."),
    seeds: Path = typer.Option(None, "--seeds", help="The seeds folder (default: seeds/)."),
) -> None:
    """Copy articles into the seeds with their front matter (sha256, language, date).

    Each gets a stable name, NNN_<first 16 hex of its sha256>.txt; a text already
    in the seeds, or one that is not UTF-8 text, is refused and nothing is added.

    Example:

        timeline add article.txt --published 2025-07-13 --outlet "KCNA" --lang pt
    """
    from timeline import add as adder
    from timeline import build as builder
    from timeline.render import clean
    from timeline.store import find_store

    options = adder.Options(
        published=parse_ref(published, "--published") if published else None,
        lang=lang,
        title=title,
        outlet=outlet,
        url=url,
    )
    folder = seeds if seeds is not None else builder.seeds_folder(None, find_store(None))
    inputs = []
    for name in articles:
        try:
            data = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
        except OSError as exc:
            fail(f"{name}: cannot read: {exc.strerror or exc}")
        inputs.append((name, data))
    if options.published is not None and len(inputs) == 1:  # an article already in: its date
        try:
            digest = adder.prepare(inputs[0][1], inputs[0][0], options)[0]["sha256"]
            known = adder.existing(folder) if folder.is_dir() else {}
        except adder.AddError as exc:
            fail(str(exc))
        if digest in known:
            _set_date(known[digest], options.published, folder, None)
            return
    try:
        added = adder.add(inputs, folder, options)
    except adder.AddError as exc:
        fail(str(exc))
    except OSError as exc:
        fail(f"{folder}: cannot write: {exc.strerror or exc}")
    for item in added:
        for note in item.warnings:
            typer.echo(f"timeline: warning: {clean(note)}", err=True)
        when = item.published.isoformat() if item.published else "no publication date"
        typer.echo(f"added {clean(str(item.path))} ({item.lang}, {when})")


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


# --- curating: list, confirm, reject, merge, edit, review, seed set-date (timeline/curate.py) ---


def _decide(store: Path | None, action: Any) -> None:
    """Run one decision (`curate.decide`) and print its line; refusals exit 2 with one line."""
    from timeline import curate
    from timeline.render import clean
    from timeline.store import StoreError, find_store

    try:
        outcome = curate.decide(find_store(store), action)
    except curate.CurateError as exc:
        fail(str(exc))
    except StoreError as exc:
        fail(f"{exc} (run `timeline check` for every problem)")
    typer.echo(clean(outcome.message))


@app.command("list")
def list_command(
    ids: list[str] = typer.Argument(None, help="Events to show in full, with every source."),
    status: list[str] = typer.Option(
        ["candidate"], "--status", help="candidate (default), confirmed, rejected or all."
    ),
    seed: str = typer.Option(None, "--seed", help="Only events citing this seed (name or number)."),
    since: str = typer.Option(None, "--since", help="From: 2024, 2024-06, 2024-06-01 or words."),
    until: str = typer.Option(None, "--until", help="Up to (inclusive), in the same forms."),
    text: str = typer.Option(None, "--text", help="Only events whose id, title or quotes hold it."),
    kind: str = typer.Option(None, "--kind", help="Only candidates marked so (dateline, quoted)."),
    limit: int = typer.Option(None, "--limit", min=1, help="Show at most N events."),
    store: Path = typer.Option(None, "--store", help="The store (default: data/events.yaml)."),
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
        wanted = listing.Filter(
            statuses=query.statuses(status),
            seed=seed,
            since=query.window_bound(since, "--since").start if since else None,
            until=query.window_bound(until, "--until").end if until else None,
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
    _page(listing.listing(events, chosen, limit, detail=bool(ids)))


def _page(renderable: Any) -> None:
    """On a terminal, through rich's pager when longer than the screen; else plain text."""
    from timeline import render

    if sys.stdout.isatty() and not os.environ.get("NO_COLOR"):
        console = render.console()
        lines = console.render_lines(renderable, console.options, pad=False)
        if len(lines) > console.height:
            os.environ.setdefault("LESS", "-R")  # less shows the colours, not their codes
            with console.pager(styles=True):
                console.print(renderable)
        else:
            console.print(renderable)
        return
    sys.stdout.write(render.plain(renderable))


@app.command()
def confirm(
    event_id: str = typer.Argument(..., metavar="ID", help="The candidate to confirm."),
    title: str = typer.Option(..., "--title", help="An English title a reader understands."),
    tag: list[str] = typer.Option([], "--tag", help="A tag (repeat or comma-separate)."),
    date: str = typer.Option(None, "--date", help="EDTF date, within every source's."),
    store: Path = typer.Option(None, "--store", help="The store (default: data/events.yaml)."),
) -> None:
    """Confirm a candidate: give it an English title and tags (and a date).

    Example:

        timeline confirm 2025-07-12-no-sabado-004 --title "Kim receives Lavrov" --tag diplomacy
    """
    from timeline import curate

    tags = curate.tag_list(tag)
    _decide(store, lambda s: curate.confirm(s, event_id, title, tags, date))


@app.command()
def reject(
    ids: list[str] = typer.Argument(None, metavar="[ID]...", help="Candidates to reject."),
    note: str = typer.Option(..., "--note", help="Why: boilerplate, no event, a duplicate..."),
    all_from: str = typer.Option(None, "--all-from", help="Every candidate citing this seed."),
    kind: str = typer.Option(None, "--kind", help="Every candidate marked so (dateline, quoted)."),
    text: str = typer.Option(None, "--text", help="Every candidate whose title or quotes hold it."),
    store: Path = typer.Option(None, "--store", help="The store (default: data/events.yaml)."),
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

    _decide(store, action)


@app.command()
def merge(
    event_id: str = typer.Argument(..., metavar="ID", help="The candidate to merge."),
    into: str = typer.Option(..., "--into", help="The event it is the same happening as."),
    dispute: str = typer.Option(
        None, "--dispute", help="Why its date differs, when the event's date is kept."
    ),
    store: Path = typer.Option(None, "--store", help="The store (default: data/events.yaml)."),
) -> None:
    """Move a candidate's sources under an event and delete the candidate.

    Example:

        timeline merge 2024-ot-2024-g-001 --into russia-north-korea-pact-2024
    """
    from timeline import curate

    _decide(store, lambda s: curate.merge(s, event_id, into, dispute))


@app.command()
def edit(
    event_id: str = typer.Argument(..., metavar="ID", help="The event to change."),
    date: str = typer.Option(None, "--date", help="EDTF date, within every source's."),
    title: str = typer.Option(None, "--title", help="A new title."),
    tag: list[str] = typer.Option(None, "--tag", help="The tags (repeat or comma-separate)."),
    store: Path = typer.Option(None, "--store", help="The store (default: data/events.yaml)."),
) -> None:
    """Change an event's date (it moves to its place in the chronology), title or tags.

    Example:

        timeline edit russia-north-korea-pact-2024 --date 2024-06
    """
    from timeline import curate

    tags = curate.tag_list(tag) if tag else None
    _decide(store, lambda s: curate.edit(s, event_id, date, title, tags))


@app.command()
def review(
    store: Path = typer.Option(None, "--store", help="The store (default: data/events.yaml)."),
    seeds: Path = typer.Option(
        None, "--seeds", help="The articles (default: seeds/ beside the store's folder)."
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
    seeds: Path = typer.Option(None, "--seeds", help="The seeds folder (default: seeds/)."),
    store: Path = typer.Option(None, "--store", help="The store (default: data/events.yaml)."),
) -> None:
    """Set an article's publication date, resolve its mentions again and say what changed.

    Example:

        timeline seed set-date 005 2025-07-16
    """
    _set_date(seed, parse_ref(published, "DATE"), seeds, store)


def _set_date(seed: str, published: dt.date, seeds: Path | None, store: Path | None) -> None:
    from timeline import build as builder
    from timeline import curate, mend
    from timeline.render import clean
    from timeline.store import StoreError, find_store

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
    app()
