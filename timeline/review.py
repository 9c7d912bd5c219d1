"""`timeline review`: read a candidate, decide, move on; every decision written at once.

The loop shows one undecided candidate at a time (the quote with its date words
highlighted, the resolved date and its precision, the article's outlet and date,
the suggestions `build` linked) and takes one key:

    c confirm (asks for an English title and tags)
    1-3 merge into that suggestion      m merge into any event (search by title)
    r reject (asks for a note)          s skip      u undo the last decision      q quit

Each decision is one `timeline.curate` command, run under the store's lock and
written atomically. Why a writer thread: on a store of 10,000 events reading,
verifying and writing the store takes about a second, and a curator should not
wait for it; the next candidate is shown from memory at once while the decision
is written, in order, behind it. Quitting (or undoing) waits for the writes, so
quitting loses nothing, and a decision the writer could not make is shown and
ends the session. Resuming is starting again: decided candidates are no longer
candidates; skipped ones come back.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.rule import Rule
from rich.text import Text

from timeline import curate
from timeline.model import Event, Source
from timeline.render import clean, highlighted_quote, safe

KEYS = "[c]onfirm [1-3] merge into suggestion [m]erge… [r]eject [s]kip [u]ndo [q]uit"
SEARCH_LIMIT = 5


class ReviewError(Exception):
    """The session cannot go on: the message says why and what to do."""


@dataclass(slots=True)
class Done:
    """A decision made in this session, for undo."""

    candidate: str
    outcome: curate.Outcome | None = None


class Writer:
    """Decisions written one after another by a thread, in the order they were made."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.jobs: queue.Queue[tuple[Done, Callable[[curate.Loaded], tuple[str, str]]] | None]
        self.jobs = queue.Queue()
        self.error: str | None = None
        self.thread = threading.Thread(target=self._run, name="timeline-review-writer", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        while True:
            job = self.jobs.get()
            try:
                if job is None:
                    return
                done, action = job
                if self.error is None:
                    try:
                        done.outcome = curate.decide(self.path, action, "review")
                    except curate.CurateError as exc:
                        self.error = str(exc)
                    except Exception as exc:  # reported to the user, never a traceback
                        self.error = f"{self.path}: {exc}"
            finally:
                self.jobs.task_done()

    def submit(self, done: Done, action: Callable[[curate.Loaded], tuple[str, str]]) -> None:
        self.jobs.put((done, action))

    def wait(self) -> None:
        self.jobs.join()

    def close(self) -> None:
        self.wait()
        self.jobs.put(None)
        self.thread.join()


@dataclass
class Session:
    """The candidates to go through, the events to merge into, and what was decided."""

    path: Path
    seeds: Path
    console: Console
    ask: Callable[[str], str]
    events: dict[str, Event] = field(default_factory=dict)
    todo: list[str] = field(default_factory=list)
    history: list[Done] = field(default_factory=list)
    articles: dict[str, Any] = field(default_factory=dict)
    writer: Writer | None = None
    decided: int = 0
    merged: dict[str, str] = field(default_factory=dict)
    """Candidates merged in this session, and the event each went into."""
    skipped: list[str] = field(default_factory=list)
    """Candidates skipped in this session: they come last, in the order skipped."""

    @classmethod
    def open(cls, path: Path, seeds: Path, console: Console, ask: Callable[[str], str]) -> Session:
        session = cls(path, seeds, console, ask)
        session.reload()
        session.writer = Writer(path)
        return session

    def reload(self, first: str | None = None) -> None:
        events = self._read()
        self.events = {e.id: e for e in events}
        self.todo = [e.id for e in events if e.status == "candidate" and e.id not in self.skipped]
        self.todo += [i for i in self.skipped if i in self.events and i not in self.todo]
        self.skipped = [i for i in self.skipped if i in self.todo]
        if first in self.todo:
            self.todo.remove(first)
            self.todo.insert(0, first)

    def _read(self) -> list[Event]:
        """The store's events, read once for the session and for its writer: the regions the
        writer's first decision starts from are kept (`timeline.regions`), so no decision
        reads the whole store again while the curator waits for the next candidate. The
        session's events are its own (it marks them as decided), not the regions'."""
        from timeline import regions
        from timeline.store import event_from_item, load_events, read_text

        text = read_text(self.path)
        cut = regions.Regions.read(text, str(self.path))
        if cut is None:
            return load_events(self.path)
        regions.keep(self.path, cut)
        return [event_from_item(item, str(self.path)) for item in cut.items]

    # --- showing --------------------------------------------------------------------

    def article(self, seed: str) -> Any:
        if seed not in self.articles:
            from timeline.seeds import ArticleError, read_article

            try:
                self.articles[seed] = read_article(self.seeds / seed)
            except ArticleError:
                self.articles[seed] = None
        return self.articles[seed]

    def card(self, event: Event, left: int) -> RenderableType:
        """One candidate as the curator sees it (fits 80 columns)."""
        parts: list[RenderableType] = [
            Rule(Text(f" {clean(event.id)} · {left} left ", style="bold"), align="left")
        ]
        when = Text(event.date.display(), style="bold green")
        when.append(f" ({event.date.precision}, {event.date.store_value()})", style="green")
        parts.append(when)
        if not any((s.quote or "").startswith(event.title.rstrip("…")) for s in event.sources):
            parts.append(Padding(safe(event.title, "dim"), (0, 0, 0, 2), expand=False))
        for source in event.sources:
            parts += self._source(source)
        if event.kind:
            from timeline.happenings import KINDS

            mark = Text("marked ", style="yellow").append(clean(event.kind))
            parts.append(mark.append(f": {KINDS.get(event.kind, '')}"))
        for n, (named, score) in enumerate(event.may_be[:3], 1):
            target = self.merged.get(named, named)
            other = self.events.get(target)
            line = Text(f"{n} ", style="bold magenta")
            line.append(f"may be {clean(target)} ({score:.2f})")
            parts.append(line)
            if other is not None:
                line.append(f" · {other.date.display()} · {clean(other.status)}")
                parts.append(Padding(safe(other.title, "dim"), (0, 0, 0, 4), expand=False))
        parts.append(Text(KEYS, style="cyan"))
        return Group(*parts)

    def _source(self, source: Source) -> list[RenderableType]:
        article = self.article(source.seed)
        head = Text(clean(source.lang or "??"), style="cyan")
        head.append(f" · {clean(source.seed)}")
        if article is not None:
            outlet = article.meta.get("outlet")
            if outlet:
                head.append(f" · {clean(str(outlet))}")
            published = article.published
            head.append(f" · published {published.isoformat() if published else 'no date'}")
        out: list[RenderableType] = [Padding(head, (0, 0, 0, 2), expand=False)]
        words = f"“{clean(source.expression)}”" if source.expression else "publication date"
        resolved = source.resolved.store_value() if source.resolved else "?"
        out.append(Padding(Text(f"{words} → {resolved}"), (0, 0, 0, 4), expand=False))
        if source.quote:
            quote = Text("“").append_text(
                highlighted_quote(source.quote, source.expression, "bold reverse")
            )
            out.append(Padding(quote.append("”"), (0, 0, 0, 4), expand=False))
        return out

    # --- deciding -------------------------------------------------------------------

    def run(self) -> int:
        """Go through the candidates until none is left or the curator quits."""
        try:
            while self.todo:
                event = self.events[self.todo[0]]
                self.console.print(self.card(event, len(self.todo)))
                try:
                    if not self.step(event):
                        break
                except EOFError:  # the input ended: as quitting
                    break
                self._check_writer()
            else:
                self.console.print("No candidate left to review.")
        finally:
            self._close()
        self.console.print(f"{self.decided} decision{'s' if self.decided != 1 else ''} written.")
        return self.decided

    def _check_writer(self) -> None:
        if self.writer is not None and self.writer.error:
            raise ReviewError(f"{self.writer.error} (decisions before it were written)")

    def _close(self) -> None:
        if self.writer is not None:
            self.writer.close()
            error = self.writer.error
            self.writer = None
            if error:
                raise ReviewError(f"{error} (decisions before it were written)")

    def step(self, event: Event) -> bool:
        """One key; False to quit."""
        key = self.ask("decide").strip().lower()
        if key in ("q", "quit"):
            return False
        if key in ("s", "skip", ""):
            skipped = self.todo.pop(0)
            if self.todo:  # the last one left: skipping it ends the session
                self.todo.append(skipped)
                self.skipped = [*(i for i in self.skipped if i != skipped), skipped]
            return True
        if key in ("u", "undo"):
            self.undo()
            return True
        if key in ("c", "confirm"):
            self.confirm(event)
        elif key in ("r", "reject"):
            self.reject(event)
        elif key in ("1", "2", "3"):
            n = int(key)
            if n > len(event.may_be):
                self.console.print(f"There is no suggestion {n}.")
            else:
                named = event.may_be[n - 1][0]
                self.merge(event, self.merged.get(named, named))
        elif key in ("m", "merge"):
            target = self.search(event)
            if target:
                self.merge(event, target)
        else:
            self.console.print(f"Unknown key {clean(key)!r}: {KEYS}")
        return True

    def _submit(self, event: Event, action: Callable[[curate.Loaded], tuple[str, str]]) -> None:
        done = Done(event.id)
        assert self.writer is not None
        self.writer.submit(done, action)
        self.history.append(done)
        self.todo.remove(event.id)
        self.decided += 1

    def confirm(self, event: Event) -> None:
        title = " ".join(self.ask("English title").split())
        if not title:
            self.console.print("No title: nothing decided.")
            return
        tags = curate.tag_list([self.ask("tags (comma-separated)")])
        event.title, event.status, event.tags = title, "confirmed", tags
        self._submit(event, lambda s: curate.confirm(s, event.id, title, tags))
        self.console.print(f"confirmed {clean(event.id)}")

    def reject(self, event: Event) -> None:
        note = " ".join(self.ask("why (note)").split())
        if not note:
            self.console.print("No note: nothing decided.")
            return
        event.status = "rejected"
        self._submit(event, lambda s: curate.reject(s, [event.id], note))
        self.console.print(f"rejected {clean(event.id)}")

    def merge(self, event: Event, into: str) -> None:
        target = self.events.get(into)
        if target is None or target.status == "rejected" or into == event.id:
            self.console.print(f"{clean(into)} cannot take it: choose another event.")
            return
        sources = [*target.sources, *event.sources]
        dispute: str | None = None
        date = curate.fitting_date(target.date, sources)
        if date is None:
            self.console.print(curate.date_problem(target.date, sources))
            dispute = " ".join(self.ask("dispute: why the date differs (empty: cancel)").split())
            if not dispute:
                self.console.print("Nothing decided.")
                return
            date = target.date
        target.sources.extend(event.sources)
        target.date = date
        event.status = "merged"
        self.merged[event.id] = into
        self._submit(event, lambda s: curate.merge(s, event.id, into, dispute))
        self.console.print(f"merged {clean(event.id)} into {clean(into)}")

    def search(self, event: Event) -> str | None:
        """An event chosen by fuzzy search over titles and ids (rapidfuzz's token set ratio: the
        words given, in any order, found among a title's), or None."""
        from rapidfuzz import fuzz, process, utils

        words = self.ask("search titles").strip()
        if not words:
            return None
        ids = [
            e.id
            for e in self.events.values()
            if e.status in ("candidate", "confirmed") and e.id != event.id
        ]
        titles = [f"{self.events[i].title} {i}" for i in ids]
        found = process.extract(
            words,
            titles,
            scorer=fuzz.token_set_ratio,
            processor=utils.default_process,
            limit=SEARCH_LIMIT,
        )
        if not found:
            self.console.print("No event matches.")
            return None
        for n, (_, score, k) in enumerate(found, 1):
            other = self.events[ids[k]]
            line = Text(f"{n} ", style="bold magenta")
            line.append(f"{clean(other.id)} · {other.date.display()} · {score:.0f}")
            self.console.print(line)
            self.console.print(Padding(safe(other.title, "dim"), (0, 0, 0, 4), expand=False))
        pick = self.ask("merge into (number, empty: cancel)").strip()
        if pick.isdigit() and 1 <= int(pick) <= len(found):
            return ids[found[int(pick) - 1][2]]
        return None

    def undo(self) -> None:
        """Put the store back as it was before the last decision of this session."""
        from timeline.store import StoreError, editing

        if not self.history:
            self.console.print("Nothing to undo.")
            return
        assert self.writer is not None
        self.writer.wait()
        self._check_writer()
        done = self.history.pop()
        outcome = done.outcome
        assert outcome is not None
        try:
            with editing(self.path, "review") as edit:
                if edit.text != outcome.after:
                    raise ReviewError(
                        f"{self.path}: changed since the last decision: undo it by hand"
                    )
                edit.write(outcome.before)
        except StoreError as exc:
            raise ReviewError(str(exc)) from exc
        self.decided -= 1
        self.merged.pop(done.candidate, None)
        self.reload(first=done.candidate)
        self.console.print(f"undone: {clean(outcome.message)}")


def review(path: Path, seeds: Path, console: Console, ask: Callable[[str], str]) -> int:
    """The interactive loop; returns how many decisions were written."""
    return Session.open(path, seeds, console, ask).run()
