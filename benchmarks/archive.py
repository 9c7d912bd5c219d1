"""Archive extraction on all cores: `--jobs 2` against `--jobs 1` on generated news archives.

A JSONL archive of N articles (default 100,000) is generated in the four languages:
paragraphs of sentences drawn from the seeds and from the blind evaluation sets
(benchmarks/extract_eval), mixed with sentences made from templates that put the
date phrases of those sets into other words, 8 to 45 sentences an article (about
1 to 7 kB, like news). `timeline extract ARCHIVE --jobs J --output FILE` runs as a
subprocess for J = 1 and 2 at N/10 and N articles while the resident memory of its
whole process tree (the command and every worker) is sampled.

Goals (exit 1 when one is missed): at N articles `--jobs 2` extracts at least 1.7
times as many articles a second as `--jobs 1` (on a machine with two free cores);
the peak memory of the tree stays under 500 MB at both sizes; `--jobs 2` writes
exactly the bytes of `--jobs 1`.

    .venv/bin/python benchmarks/archive.py [--articles 100000] [--keep DIR]
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LANGS = ("ro", "bg", "pl", "pt")
SPEEDUP = 1.7
MEMORY_MB = 500

TEMPLATES = {
    "ro": [
        "{name} a declarat {when} că situația din {place} rămâne tensionată.",
        "Întâlnirea de la {place} a avut loc {when}, potrivit agenției {outlet}.",
        "Guvernul a anunțat {when} noi măsuri pentru regiunea {place}.",
        "Potrivit lui {name}, negocierile vor continua {when} la {place}.",
    ],
    "bg": [
        "{name} заяви {when}, че положението в {place} остава напрегнато.",
        "Срещата в {place} се състоя {when}, съобщи агенция {outlet}.",
        "Правителството обяви {when} нови мерки за района на {place}.",
        "Според {name} преговорите ще продължат {when} в {place}.",
    ],
    "pl": [
        "{name} powiedział {when}, że sytuacja w {place} pozostaje napięta.",
        "Spotkanie w {place} odbyło się {when}, podała agencja {outlet}.",
        "Rząd ogłosił {when} nowe środki dla regionu {place}.",
        "Według {name} negocjacje będą kontynuowane {when} w {place}.",
    ],
    "pt": [
        "{name} disse {when} que a situação em {place} continua tensa.",
        "A reunião em {place} aconteceu {when}, informou a agência {outlet}.",
        "O governo anunciou {when} novas medidas para a região de {place}.",
        "Segundo {name}, as negociações continuarão {when} em {place}.",
    ],
}
PLAIN = {
    "ro": [
        "Delegația a sosit la {place}, iar {name} nu a făcut nicio declarație.",
        "Analiștii spun că relația dintre cele două țări s-a schimbat profund.",
        "{name} a discutat cu oficialii de la {place} despre cooperarea economică.",
        "Agenția {outlet} nu a oferit alte detalii despre acord.",
        "Oficialii de la {place} au refuzat să comenteze informațiile.",
    ],
    "bg": [
        "Делегацията пристигна в {place}, а {name} не направи изявление.",
        "Анализаторите смятат, че отношенията между двете страни са се променили.",
        "{name} обсъди с официалните лица в {place} икономическото сътрудничество.",
        "Агенция {outlet} не даде повече подробности за споразумението.",
        "Официални лица в {place} отказаха да коментират информацията.",
    ],
    "pl": [
        "Delegacja przybyła do {place}, a {name} nie złożył oświadczenia.",
        "Analitycy uważają, że relacje między oboma krajami głęboko się zmieniły.",
        "{name} rozmawiał z urzędnikami w {place} o współpracy gospodarczej.",
        "Agencja {outlet} nie podała dalszych szczegółów porozumienia.",
        "Urzędnicy w {place} odmówili komentarza.",
    ],
    "pt": [
        "A delegação chegou a {place}, e {name} não fez nenhuma declaração.",
        "Analistas dizem que a relação entre os dois países mudou profundamente.",
        "{name} discutiu com autoridades em {place} a cooperação econômica.",
        "A agência {outlet} não deu mais detalhes sobre o acordo.",
        "Autoridades em {place} se recusaram a comentar as informações.",
    ],
}
"""Sentences with no date: most of a news article's sentences carry none."""
NAMES = ["Kim Jong-un", "Vladimir Putin", "Serghei Lavrov", "Andrei Belousov", "Xi Jinping"]
PLACES = {
    "ro": ["Phenian", "Moscova", "Beijing", "Kursk", "Vladivostok"],
    "bg": ["Пхенян", "Москва", "Пекин", "Курск", "Владивосток"],
    "pl": ["Pjongjangu", "Moskwie", "Pekinie", "Kursku", "Władywostoku"],
    "pt": ["Pyongyang", "Moscou", "Pequim", "Kursk", "Vladivostok"],
}
OUTLETS = ["KCNA", "TASS", "Reuters", "AP", "Yonhap", "AFP"]


Pools = dict[str, dict[str, list[str]]]


def pools() -> Pools:
    """Seed sentences, evaluation sentences and date phrases of each language."""
    from timeline.extract import sentences
    from timeline.seeds import list_articles, read_article

    found: Pools = {kind: {lang: [] for lang in LANGS} for kind in ("seeds", "eval", "when")}
    for path in list_articles(ROOT / "seeds"):
        article = read_article(path)
        lang = article.lang or ""
        if lang in LANGS:
            texts = [s.text for s in sentences(article.body, lang) if len(s.text) > 40]
            found["seeds"][lang] += texts
    for path in sorted((ROOT / "benchmarks" / "extract_eval").glob("*.jsonl")):
        lang = path.name[:2]
        for line in path.read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            found["eval"][lang].append(item["text"])
            words = [m["text"] for m in item.get("mentions", []) if m["text"][:1].islower()]
            found["when"][lang] += words
    return found


def sentence(rng: random.Random, lang: str, pool: Pools) -> str:
    """One sentence: a seed's (40%), an evaluation set's (20%), a template's with a date
    phrase (15%) or without one (25%): about one date mention in two sentences."""
    draw = rng.random()
    if draw < 0.4:
        return rng.choice(pool["seeds"][lang])
    if draw < 0.6:
        return rng.choice(pool["eval"][lang])
    template = rng.choice(TEMPLATES[lang] if draw < 0.75 else PLAIN[lang])
    return template.format(
        name=rng.choice(NAMES),
        when=rng.choice(pool["when"][lang]),
        place=rng.choice(PLACES[lang]),
        outlet=rng.choice(OUTLETS),
    )


def generate(path: Path, n: int, seed: int = 15) -> None:
    """A JSONL archive of `n` articles, the same for the same `n` and `seed`."""
    pool = pools()
    rng = random.Random(seed)
    start = dt.date(2015, 1, 1).toordinal()
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            lang = LANGS[i % 4]
            paragraphs = []
            for _ in range(rng.randint(3, 12)):
                size = rng.randint(2, 4)
                paragraphs.append(" ".join(sentence(rng, lang, pool) for _ in range(size)))
            record = {
                "id": f"gen-{i:07d}",
                "url": f"https://news.example/{lang}/{i}",
                "outlet": rng.choice(OUTLETS),
                "title": paragraphs[0][:80],
                "published": dt.date.fromordinal(start + rng.randrange(4018)).isoformat(),
                "lang": lang,
                "text": "\n\n".join(paragraphs),
            }
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


def tree_sample(root: int, cpu: dict[int, float]) -> int:
    """Resident bytes of `root` and all its descendants (from /proc); each one's CPU seconds
    so far are recorded in `cpu` (workers are not children this process can wait for)."""
    parents: dict[int, int] = {}
    ticks: dict[int, float] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                fields = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            parents[int(entry)] = int(fields[1])
            ticks[int(entry)] = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    tree, frontier = {root}, [root]
    while frontier:
        pid = frontier.pop()
        kids = [p for p, parent in parents.items() if parent == pid and p not in tree]
        tree.update(kids)
        frontier += kids
    total = 0
    for pid in tree:
        cpu[pid] = max(cpu.get(pid, 0.0), ticks.get(pid, 0.0))
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1]) * 1024
        except OSError:
            continue
    return total


def run(archive: Path, jobs: int, output: Path) -> tuple[float, int, float]:
    """Seconds, peak tree memory (bytes) and CPU seconds of one extraction (exits on failure)."""
    command = [sys.executable, "-m", "timeline", "extract", str(archive)]
    command += ["--jobs", str(jobs), "--output", str(output)]
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=ROOT, stderr=subprocess.PIPE, text=True)
    peak = [0]
    cpu: dict[int, float] = {}

    def sample() -> None:
        while process.poll() is None:
            peak[0] = max(peak[0], tree_sample(process.pid, cpu))
            time.sleep(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, err = process.communicate()
    seconds = time.perf_counter() - start
    sampler.join()
    if process.returncode != 0:
        sys.exit(f"extract --jobs {jobs} failed ({process.returncode}): {err.strip()}")
    return seconds, peak[0], sum(cpu.values())


def digest(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, help="Keep the archives and outputs in DIR.")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="timeline-archive-"))
    folder.mkdir(parents=True, exist_ok=True)
    print(f"cores: {len(os.sched_getaffinity(0))}; load average: {os.getloadavg()[0]:.2f}")
    missed = []
    rates: dict[int, float] = {}
    sizes = sorted({max(args.articles // 10, 1), args.articles})
    for n in sizes:
        archive = folder / f"archive-{n}.jsonl"
        if not archive.exists():
            generate(archive, n)
        mb = archive.stat().st_size / 1e6
        print(f"\n{n:,} articles, {mb:,.0f} MB ({mb * 1000 / n:.1f} kB an article)")
        hashes = {}
        for jobs in (1, 2):
            out = folder / f"mentions-{n}-j{jobs}.jsonl"
            seconds, peak, cpu = run(archive, jobs, out)
            rates[jobs] = n / seconds
            hashes[jobs] = digest(out)
            rows = sum(1 for _ in out.open("rb"))
            print(
                f"  --jobs {jobs}: {seconds:7.1f} s  {n / seconds:7,.0f} articles/s  "
                f"peak memory {peak / 1e6:5.0f} MB  {rows:,} mentions  "
                f"CPU {cpu:6.1f} s ({n / max(cpu, 1e-9):,.0f} articles a CPU second, "
                f"{cpu / seconds:.2f} cores busy)"
            )
            if peak / 1e6 >= MEMORY_MB:
                missed.append(f"memory {peak / 1e6:.0f} MB at {n:,} articles, --jobs {jobs}")
        same = hashes[1] == hashes[2]
        print(f"  output identical: {'yes' if same else 'NO'}")
        if not same:
            missed.append(f"--jobs 2 output differs from --jobs 1 at {n:,} articles")
    speedup = rates[2] / rates[1]
    print(f"\nspeed-up --jobs 2 / --jobs 1 at {sizes[-1]:,} articles: {speedup:.2f}x (goal >= 1.7)")
    print(f"articles a second a core (--jobs 1): {rates[1]:,.0f}")
    largest = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"largest single process seen by getrusage: {largest:.0f} MB")
    if speedup < SPEEDUP:
        missed.append(f"speed-up {speedup:.2f}x < {SPEEDUP}x")
    for line in missed:
        print(f"GOAL MISSED: {line}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
