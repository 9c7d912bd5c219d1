"""Throughput of the date resolver against dateparser, on the same phrases, in one run.

    .venv/bin/python benchmarks/parse.py [--rounds 5] [--min-ratio 10]

The phrases are this project's own news-style expressions in ro, bg, pl and pt
(dates, relative days, weeks, months, years, intervals, quarters, holidays and
not-dates), each with the reference date of a seed article in that language. Both
resolvers are warmed up (every phrase once: imports, caches, compiled patterns), then
timed over several rounds with time.perf_counter, taking turns round by round; the
best round counts, as with timeit. `timeline.dates.resolve` must be at least 10x faster
than `dateparser.parse` (settings RELATIVE_BASE = the reference, PREFER_DATES_FROM =
past).

It measures whatever rules exist: a language still being written resolves nothing
(fast), so the ratio is meaningful once all four languages have their rules.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from collections.abc import Callable, Sequence

GOAL = 10.0
"""The issue's budget: at least ten times dateparser's throughput."""

PHRASES: dict[str, tuple[dt.date, tuple[str, ...]]] = {
    "ro": (
        dt.date(2025, 9, 3),
        (
            "duminică", "luni", "marți", "miercuri", "joi", "vineri", "sâmbătă",
            "ieri", "azi", "astăzi", "mâine", "poimâine", "alaltăieri",
            "anul trecut", "Anul trecut", "anul acesta", "anul viitor",
            "luna trecută", "luna viitoare", "săptămâna trecută", "săptămâna viitoare",
            "în iunie", "în iunie anul trecut", "în martie 2022", "pe 3 septembrie 2025",
            "3 septembrie 2025", "1 decembrie", "24 februarie 2022", "pe 13 iulie",
            "acum trei zile", "acum două săptămâni", "acum o lună", "acum doi ani",
            "peste trei zile", "în 2024", "din 2022", "de 80 de ani", "recent", "mai mult",
            "luna mai", "în mai 2023", "15 mai", "trimestrul al doilea",
            "în primul trimestru al anului 2024", "03.09.2025", "3/9/2025", "2025-09-03",
            "vara trecută", "iarna aceasta", "de Crăciun", "de Paște", "Anul Nou",
            "duminica trecută", "vinerea viitoare", "între 13 și 15 iulie", "13-15 iulie",
            "2022 de persoane", "la ora 15:00",
        ),
    ),
    "bg": (
        dt.date(2025, 9, 3),
        (
            "в неделя", "в понеделник", "във вторник", "в сряда", "в четвъртък", "в петък",
            "в събота", "вчера", "днес", "утре", "вдругиден", "онзи ден",
            "миналата година", "тази година", "следващата година", "миналия месец",
            "следващия месец", "миналата седмица", "следващата седмица", "през юни",
            "през юни миналата година", "през март 2022 г.", "3 септември 2025 г.",
            "на 3 септември", "24 февруари 2022", "преди три дни", "преди две седмици",
            "преди месец", "преди две години", "след три дни", "от 2024 г.",
            "през 2022 година", "три години", "напоследък", "по-рано тази година",
            "03.09.2025", "2025-09-03", "първото тримесечие на 2024", "Коледа", "Великден",
            "Нова година", "миналата неделя", "следващия петък", "от 13 до 15 юли",
            "13-15 юли", "лятото на 2024", "миналото лято", "в 15:00 часа",
        ),
    ),
    "pl": (
        dt.date(2023, 9, 13),
        (
            "w środę", "we wtorek", "w poniedziałek", "w czwartek", "w piątek", "w sobotę",
            "w niedzielę", "dzisiaj", "dziś", "jutro", "pojutrze", "wczoraj", "przedwczoraj",
            "jutro o 15:00", "w zeszłym tygodniu", "w przyszłym tygodniu", "w tym tygodniu",
            "w zeszłym miesiącu", "w przyszłym miesiącu", "w tym roku", "ubiegłego roku",
            "w przyszłym roku", "w czerwcu", "w czerwcu ubiegłego roku", "we wrześniu 2025 r.",
            "3 września 2025 r.", "3.09.2025", "03/09/2025", "3 IX 2025", "2025-09-03",
            "12 września", "pierwszego października", "5 dni temu", "dwa tygodnie temu",
            "trzy miesiące temu", "dwa lata temu", "rok temu", "za 3 dni", "za tydzień",
            "od 13 do 15 lipca", "13-15 lipca", "od 29 listopada do 1 grudnia 2024",
            "w latach 2020-2022", "ostatnie 3 dni", "pierwszy kwartał",
            "w drugim kwartale 2024", "Boże Narodzenie", "Wigilia", "Wielkanoc 2024",
            "Nowy Rok", "Sylwester", "latem", "zeszłej zimy", "w weekend",
            "w zeszły piątek", "czwartek w przyszłym tygodniu", "się", "nie",
            "blisko 19 miesięcy", "w ostatnich tygodniach", "2022 osób", "o 15:00",
        ),
    ),
    "pt": (
        dt.date(2024, 12, 1),
        (
            "no sábado", "na quinta-feira", "no domingo", "na segunda-feira",
            "na terça-feira", "na quarta-feira", "na sexta-feira", "ontem", "hoje", "amanhã",
            "anteontem", "depois de amanhã", "em 30 de novembro", "30 de novembro de 2024",
            "em junho", "em abril", "em junho do ano passado", "em setembro passado",
            "no mês passado", "no próximo mês", "na semana passada", "na próxima semana",
            "no ano passado", "este ano", "no próximo ano", "em fevereiro de 2022",
            "há três dias", "há duas semanas", "há um mês", "há dois anos",
            "daqui a três dias", "em 2024", "desde 2022", "por 3 dias", "recentemente",
            "após a pandemia", "um", "ter", "01/12/2024", "2024-12-01",
            "no primeiro trimestre de 2024", "no segundo trimestre", "Natal", "Páscoa",
            "Ano Novo", "no verão passado", "neste inverno", "de 13 a 15 de julho",
            "entre 13 e 15 de julho", "no último sábado", "na próxima sexta-feira",
            "às 15h",
        ),
    ),
}  # fmt: skip

Job = tuple[str, str, dt.date]
Resolver = Callable[[Job], object]


def jobs() -> list[Job]:
    """Every (text, lang, reference) the benchmark resolves, in a fixed order."""
    return [(text, lang, ref) for lang, (ref, texts) in PHRASES.items() for text in texts]


def ours() -> Resolver:
    from timeline.dates import resolve

    def run(job: Job) -> object:
        text, lang, ref = job
        return resolve(text, lang, ref, "past")

    return run


def theirs() -> Resolver:
    import dateparser

    def run(job: Job) -> object:
        text, lang, ref = job
        base = dt.datetime(ref.year, ref.month, ref.day)
        settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"}
        return dateparser.parse(text, languages=[lang], settings=settings)

    return run


def best_throughputs(
    runs: Sequence[Resolver], work: Sequence[Job], rounds: int
) -> tuple[list[float], list[int]]:
    """Each resolver's phrases per second in its fastest round, the resolvers taking turns
    round by round (a burst of load on a shared machine falls on both sides of the ratio
    alike), after one warm-up pass each; and how many phrases each gave a date."""
    found = [sum(run(job) is not None for job in work) for run in runs]
    best = [float("inf")] * len(runs)
    for _ in range(rounds):
        for i, run in enumerate(runs):
            for job in work:
                run(job)  # untimed: its caches back after the other's turn (extract.py)
            start = time.perf_counter()
            for job in work:
                run(job)
            best[i] = min(best[i], time.perf_counter() - start)
    return [len(work) / b for b in best], found


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=5, help="timed rounds per resolver")
    parser.add_argument(
        "--min-ratio", type=float, default=GOAL, help="exit 1 when ours/dateparser is below this"
    )
    parser.add_argument("--by-lang", action="store_true", help="also time each language alone")
    args = parser.parse_args(argv)
    work = jobs()
    counts = ", ".join(f"{lang} {len(texts)}" for lang, (_, texts) in PHRASES.items())
    print(f"phrases: {len(work)} ({counts}); best of {args.rounds} warm rounds")
    (ours_rate, theirs_rate), (ours_found, theirs_found) = best_throughputs(
        [ours(), theirs()], work, args.rounds
    )
    print(f"timeline.dates.resolve: {ours_rate:12,.0f} phrases/s  ({ours_found} gave a date)")
    print(f"dateparser.parse:       {theirs_rate:12,.0f} phrases/s  ({theirs_found} gave a date)")
    ratio = ours_rate / theirs_rate
    print(f"ratio ours/dateparser:  {ratio:12.1f}x  (goal: at least {args.min_ratio:g}x)")
    if args.by_lang:
        for lang in PHRASES:
            part = [job for job in work if job[1] == lang]
            (mine, other), _ = best_throughputs([ours(), theirs()], part, args.rounds)
            print(f"  {lang}: {mine:10,.0f} vs {other:8,.0f} phrases/s = {mine / other:6.1f}x")
    if ratio < args.min_ratio:
        print(f"goal missed: {ratio:.1f}x < {args.min_ratio:g}x", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
