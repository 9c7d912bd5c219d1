"""`timeline extract ARCHIVE`: JSONL and Parquet archives on all cores, bad records, Dask.

The archives are made from the real seeds and, for size, by the benchmark's own
generator (benchmarks/archive.py: sentences of the seeds and the blind sets).
"""

from __future__ import annotations

import gzip
import importlib.util
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import ROOT, SEEDS, Invoke
from timeline.archive import sink, work
from timeline.seeds import list_articles, read_article


def _benchmark() -> Any:
    spec = importlib.util.spec_from_file_location("bench_archive", ROOT / "benchmarks/archive.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """1,000 generated articles (five chunks), made once for the module."""
    path = tmp_path_factory.mktemp("archive") / "news.jsonl"
    _benchmark().generate(path, 1000)
    return path


def seed_records() -> list[dict[str, Any]]:
    """The shipped seeds as archive records."""
    out = []
    for path in list_articles(SEEDS):
        a = read_article(path)
        out.append(
            {
                "id": path.stem,
                "text": a.body,
                "published": a.published.isoformat() if a.published else None,
                "lang": a.lang,
                "title": a.meta.get("title"),
                "outlet": a.meta.get("outlet"),
                "url": a.meta.get("url"),
            }
        )
    return out


def write_jsonl(path: Path, records: list[Any]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
    return path


def rows(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines()]


def test_rows_are_the_mentions_of_extract_beside_the_article(cli: Invoke, project: Path) -> None:
    """Each row is `extract --format jsonl`'s record of the same text, with the article's fields."""
    archive = write_jsonl(project / "seeds.jsonl", seed_records())
    result = cli("extract", "seeds.jsonl", "--jobs", "1")
    assert result.exit_code == 0, result.output
    got = rows(result.stdout)
    expected = []
    pairs = zip(list_articles(SEEDS), seed_records(), strict=True)
    for number, (path, record) in enumerate(pairs, 1):
        plain = cli("extract", "--format", "jsonl", f"seeds/{path.name}")
        for row in rows(plain.stdout):
            article = {k: record[k] for k in ("id", "published", "lang", "url", "outlet", "title")}
            expected.append({**row, "file": str(archive.name), "record": number, **article})
    assert got == expected
    assert list(got[0]) == list(work.COLUMNS)
    assert result.stderr == "timeline: 5 records, 5 articles, 19 mentions, 0 records skipped\n"


def plain_loop(archive: Path) -> tuple[bytes, int]:
    """The rows of every record of `archive`, one record after another in this process (no
    chunks, no workers), and how many mentions: what any `--jobs` must write. Computed from
    the archive itself, so the test holds whatever the generator drew (its pools are the
    seeds and every blind set, and a new set changes which articles have no date)."""
    out: list[dict[str, Any]] = []
    lines = archive.read_bytes().splitlines()
    for number, line in enumerate(lines, 1):
        record = work.read_record(str(archive), number, json.loads(line), work.Settings())
        out += work.mention_rows(record, None)
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out).encode(), len(out)


def test_jobs_give_the_bytes_of_one_job_in_input_order(
    cli: Invoke, project: Path, generated: Path
) -> None:
    expected, mentions = plain_loop(generated)
    one = cli("extract", str(generated), "--jobs", "1", "--output", "one.jsonl")
    two = cli("extract", str(generated), "--jobs", "2", "--output", "two.jsonl")
    assert (one.exit_code, two.exit_code) == (0, 0)
    assert (project / "one.jsonl").read_bytes() == expected
    assert (project / "two.jsonl").read_bytes() == expected
    numbers = [r["record"] for r in rows(expected.decode())]
    assert numbers == sorted(numbers)
    assert len(set(numbers)) > 900  # most generated articles have a date: the test has teeth
    assert one.stderr == two.stderr
    assert one.stderr == (
        f"timeline: 1000 records, 1000 articles, {mentions} mentions, 0 records skipped\n"
    )


def test_unordered_writes_the_same_rows(cli: Invoke, project: Path, generated: Path) -> None:
    cli("extract", str(generated), "--jobs", "1", "--output", "one.jsonl")
    result = cli("extract", str(generated), "--jobs", "2", "--unordered", "-o", "any.jsonl")
    assert result.exit_code == 0
    ordered = (project / "one.jsonl").read_text("utf-8").splitlines()
    unordered = (project / "any.jsonl").read_text("utf-8").splitlines()
    assert sorted(unordered) == sorted(ordered)
    assert len(unordered) == len(ordered)


def test_parquet_round_trip(cli: Invoke, project: Path, generated: Path) -> None:
    """Parquet holds the JSONL rows, dates as dates, offsets as integers."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    cli("extract", str(generated), "--jobs", "1", "--output", "m.jsonl")
    result = cli("extract", str(generated), "--jobs", "2", "--output", "m.parquet")
    assert result.exit_code == 0
    table = pq.read_table(project / "m.parquet")
    assert table.schema.field("start").type == pa.date32()
    assert table.schema.field("record").type == pa.int64()
    back = [
        {k: v.isoformat() if hasattr(v, "isoformat") else v for k, v in row.items()}
        for row in table.to_pylist()
    ]
    assert back == rows((project / "m.jsonl").read_text("utf-8"))


def test_parquet_archive_with_field_names(cli: Invoke, project: Path) -> None:
    """A Parquet archive with its own column names (--field) gives the JSONL archive's rows."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    records = seed_records()
    write_jsonl(project / "a.jsonl", records)
    renamed = [{"body": r["text"], "date": r["published"], "language": r["lang"]} for r in records]
    pq.write_table(pa.Table.from_pylist(renamed), project / "a.parquet", row_group_size=2)
    fields = ["--field", "text=body", "--field", "published=date", "--field", "lang=language"]
    from_parquet = cli("extract", "a.parquet", *fields, "--jobs", "2")
    from_jsonl = cli("extract", "a.jsonl")
    assert from_parquet.exit_code == 0, from_parquet.output
    keep = ("record", "published", "lang", *work.MENTION_COLUMNS, "sentence")
    assert [{k: r[k] for k in keep} for r in rows(from_parquet.stdout)] == [
        {k: r[k] for k in keep} for r in rows(from_jsonl.stdout)
    ]


def test_gzip_archive(cli: Invoke, project: Path) -> None:
    write_jsonl(project / "a.jsonl", seed_records())
    (project / "a.jsonl.gz").write_bytes(gzip.compress((project / "a.jsonl").read_bytes()))
    plain = cli("extract", "a.jsonl")
    packed = cli("extract", "a.jsonl.gz")
    assert packed.exit_code == 0
    assert packed.stdout == plain.stdout.replace('"file": "a.jsonl"', '"file": "a.jsonl.gz"')


BAD_LINES = [
    (b'{"id": "no-text", "text": "", "lang": "pt"}', "no text (field 'text')"),
    (
        b'{"id": "bad-date", "text": "Ontem choveu em Lisboa.", "published": "2024-13-45"}',
        "published '2024-13-45' is not a date (write YYYY-MM-DD)",
    ),
    (
        b'{"id": 7, "text": "Wczoraj pada\xc5\x82o.", "lang": "xx"}',
        "unknown language 'xx': use ro, bg, pl, pt",
    ),
    (b'{"id": "bytes", "text": "Ontem \xff choveu."}', "not UTF-8 text (byte 32 of the line)"),
    (b'{"id": "cut", "text": "Ontem', "not JSON: Unterminated string starting at (column 23)"),
    (b"[1, 2]", "not a JSON object but a list"),
    (b'{"text": "Ontem \\ud800 choveu."}', "text is not valid Unicode (a lone surrogate escape)"),
    (
        b'{"text": "x", "published": 20240105}',
        "published 20240105 is not a date (write YYYY-MM-DD)",
    ),
    (b'{"text": 12}', "text is a number, not text"),
]


def test_bad_records_are_named_skipped_and_the_rest_is_complete(cli: Invoke, project: Path) -> None:
    good = [json.dumps(r, ensure_ascii=False).encode() for r in seed_records()]
    lines = [good[0], *(b for b, _ in BAD_LINES[:5]), good[1], b"", *(b for b, _ in BAD_LINES[5:])]
    lines += good[2:]
    (project / "mixed.jsonl").write_bytes(b"\n".join(lines) + b"\n")
    write_jsonl(project / "clean.jsonl", seed_records())
    result = cli("extract", "mixed.jsonl", "--jobs", "1")
    assert result.exit_code == 1
    numbers = [2, 3, 4, 5, 6, 9, 10, 11, 12]
    ids = ["no-text", "bad-date", "7", None, None, None, None, None, None]
    expected = [
        f"timeline: mixed.jsonl:{n}: record skipped{f' (id {i})' if i else ''}: {reason}"
        for n, i, (_, reason) in zip(numbers, ids, BAD_LINES, strict=True)
    ]
    assert result.stderr.splitlines() == [
        *expected,
        "timeline: 14 records, 5 articles, 19 mentions, 9 records skipped",
    ]
    clean = rows(cli("extract", "clean.jsonl").stdout)
    renumber = {1: 1, 7: 2, 13: 3, 14: 4, 15: 5}
    got = [
        {**r, "file": "clean.jsonl", "record": renumber[r["record"]]} for r in rows(result.stdout)
    ]
    assert got == clean


def test_many_bad_records_report_the_first_ten(cli: Invoke, project: Path) -> None:
    write_jsonl(project / "bad.jsonl", [{"id": i, "text": None} for i in range(25)])
    result = cli("extract", "bad.jsonl", "--jobs", "2")
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert lines[0] == "timeline: bad.jsonl:1: record skipped (id 0): no text (field 'text')"
    assert lines[9].startswith("timeline: bad.jsonl:10: ")
    assert lines[10:] == [
        "timeline: ... and 15 more records skipped",
        "timeline: 25 records, 0 articles, 0 mentions, 25 records skipped",
    ]
    assert result.stdout == ""


def test_a_line_longer_than_an_article_may_be_is_skipped_unread(cli: Invoke, project: Path) -> None:
    huge = b'{"text": "' + b"a" * (work.MAX_RECORD + 10) + b'"}\n'
    good = json.dumps(seed_records()[3], ensure_ascii=False).encode() + b"\n"
    (project / "huge.jsonl").write_bytes(huge + good)
    result = cli("extract", "huge.jsonl")
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == (
        "timeline: huge.jsonl:1: record skipped: longer than 8 MB: not read"
    )
    assert {r["record"] for r in rows(result.stdout)} == {2}


def test_language_detected_when_a_record_has_none(cli: Invoke, project: Path) -> None:
    records = seed_records()
    for r in records:
        r["lang"] = None
    write_jsonl(project / "a.jsonl", records)
    result = cli("extract", "a.jsonl")
    assert result.exit_code == 0
    assert [r["lang"] for r in rows(result.stdout)][:1] == ["ro"]
    assert {r["lang"] for r in rows(result.stdout)} == {"ro", "bg", "pl", "pt"}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["a.jsonl", "seeds/003_b11bf649713d4806.txt"], "seeds/003_b11bf649713d4806.txt: not an"),
        (["a.jsonl", "--field", "body"], "--field 'body': write NAME=KEY"),
        (["a.jsonl", "--field", "author=x"], "--field 'author=x': write NAME=KEY"),
        (["a.jsonl", "--format", "text"], "archives are extracted as jsonl"),
        (["missing.jsonl"], "missing.jsonl: cannot read: No such file or directory"),
        (["seeds/003_b11bf649713d4806.txt", "--jobs", "2"], "--jobs, --unordered, --field"),
        (["a.jsonl", "--output", "nowhere/m.jsonl"], "nowhere: no such folder for the output"),
    ],
)
def test_usage_errors(cli: Invoke, project: Path, args: list[str], message: str) -> None:
    write_jsonl(project / "a.jsonl", seed_records()[:1])
    result = cli("extract", *args)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"timeline: error: {message}")
    assert "Traceback" not in result.output


def test_unreadable_archive_leaves_no_output(cli: Invoke, project: Path) -> None:
    (project / "broken.parquet").write_bytes(b"PAR1 this is not parquet")
    result = cli("extract", "broken.parquet", "--output", "m.parquet")
    assert result.exit_code == 2
    assert result.stderr.startswith("timeline: error: broken.parquet: not a Parquet file")
    assert sorted(p.name for p in project.iterdir()) == ["broken.parquet", "data", "seeds"]


def test_output_is_renamed_into_place(cli: Invoke, project: Path) -> None:
    write_jsonl(project / "a.jsonl", seed_records())
    (project / "m.jsonl").write_text("old\n")
    assert cli("extract", "a.jsonl", "-o", "m.jsonl").exit_code == 0
    assert (project / "m.jsonl").read_text("utf-8").count("\n") == 19
    assert sorted(p.name for p in project.iterdir()) == ["a.jsonl", "data", "m.jsonl", "seeds"]


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner, max_size=3),
    max_leaves=6,
)
RECORDS = st.fixed_dictionaries(
    {},
    optional={
        "text": st.text() | JSON_VALUES,
        "published": st.dates().map(str) | st.text(max_size=12) | JSON_VALUES,
        "lang": st.sampled_from(["ro", "bg", "pl", "pt", "en", "", "xx"]) | JSON_VALUES,
        "id": st.text(max_size=8) | st.integers() | JSON_VALUES,
        "title": st.text(max_size=20) | JSON_VALUES,
    },
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(RECORDS | JSON_VALUES, min_size=1, max_size=6))
def test_any_record_is_used_or_skipped_never_a_crash(values: list[Any]) -> None:
    """Whatever a line holds, it becomes rows of valid UTF-8 JSON or a named bad record."""
    lines = [json.dumps(v).encode() for v in values]
    done = work.work(work.Chunk(0, "a.jsonl", 1, lines, 0), work.Settings())
    assert done.records == len(values)
    assert done.articles + done.bad_count == len(values)
    for line in done.payload.decode("utf-8").splitlines():
        assert list(json.loads(line)) == list(work.COLUMNS)
    for bad in done.bad:
        assert bad.reason and "\n" not in bad.reason


def test_add_from_jsonl_brings_records_into_the_seeds(cli: Invoke, project: Path) -> None:
    new = {
        "id": "x1",
        "text": "O presidente visitou Lisboa na quarta-feira, informou a agência.\n",
        "published": "2025-03-14",
        "lang": "pt",
        "title": "Visita",
        "outlet": "Lusa",
        "url": "https://news.example/pt/1",
    }
    write_jsonl(project / "chosen.jsonl", [new])
    result = cli("add", "--from-jsonl", "chosen.jsonl")
    assert result.exit_code == 0, result.output
    path = next(project.glob("seeds/005_*.txt"))
    assert result.stdout == f"added {path.relative_to(project)} (pt, 2025-03-14)\n"
    article = read_article(path)
    assert article.body == new["text"]
    assert {k: str(article.meta[k]) for k in ("published", "lang", "title", "outlet", "url")} == {
        k: new[k] for k in ("published", "lang", "title", "outlet", "url")
    }
    again = cli("add", "--from-jsonl", "chosen.jsonl")
    assert again.exit_code == 2
    assert f"already in the seeds as {path.name}" in again.stderr


def test_add_from_jsonl_adds_nothing_when_a_record_is_bad(cli: Invoke, project: Path) -> None:
    write_jsonl(
        project / "chosen.jsonl",
        [{"text": "O presidente visitou Lisboa na quarta-feira.", "lang": "pt"}, {"text": ""}],
    )
    result = cli("add", "--from-jsonl", "chosen.jsonl")
    assert result.exit_code == 2
    assert result.stderr == (
        "timeline: error: chosen.jsonl:2: no text (field 'text'): nothing added\n"
    )
    assert len(list((project / "seeds").iterdir())) == 5


# --- Dask ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def cluster() -> Any:
    """A Dask cluster of two workers in this process (threads: fast to start)."""
    from dask.distributed import LocalCluster

    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None
    ) as local:
        yield local


@pytest.fixture(scope="module")
def archive2000(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("dask") / "news.jsonl"
    _benchmark().generate(path, 2000, seed=16)
    return path


def test_dask_output_equals_the_serial_one(
    cli: Invoke, project: Path, cluster: Any, archive2000: Path
) -> None:
    import pyarrow.parquet as pq

    address = cluster.scheduler_address
    serial = cli("extract", str(archive2000), "--jobs", "1")
    streamed = cli("extract", str(archive2000), "--dask", address)
    assert streamed.exit_code == 0, streamed.output
    assert streamed.stdout == serial.stdout
    assert streamed.stderr == serial.stderr

    parts = cli("extract", str(archive2000), "--dask", address, "--output", "m.jsonl")
    assert parts.exit_code == 0
    files = sorted((project / "m.jsonl").iterdir())
    assert len(files) > 2  # cut into partitions
    assert b"".join(f.read_bytes() for f in files).decode() == serial.stdout

    result = cli("extract", str(archive2000), "--dask", address, "--output", "m.parquet")
    assert result.exit_code == 0
    assert [f.suffix for f in (project / "m.parquet").iterdir()] == [".parquet"] * len(files)
    assert pq.read_table(project / "m.parquet").equals(sink.batch(rows(serial.stdout)))


def test_dask_parquet_archive_and_bad_records(cli: Invoke, project: Path, cluster: Any) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    records = [*seed_records(), {"text": None, "id": "empty"}, {"text": "x", "lang": "en"}]
    pq.write_table(pa.Table.from_pylist(records * 3), project / "a.parquet", row_group_size=4)
    serial = cli("extract", "a.parquet")
    on_dask = cli("extract", "a.parquet", "--dask", cluster.scheduler_address, "--unordered")
    assert (serial.exit_code, on_dask.exit_code) == (1, 1)
    assert sorted(on_dask.stdout.splitlines()) == sorted(serial.stdout.splitlines())
    assert (
        on_dask.stderr.splitlines()[-1]
        == serial.stderr.splitlines()[-1]
        == ("timeline: 21 records, 15 articles, 57 mentions, 6 records skipped")
    )


def test_dask_refuses_an_existing_output(cli: Invoke, project: Path, cluster: Any) -> None:
    write_jsonl(project / "a.jsonl", seed_records())
    (project / "m.parquet").mkdir()
    result = cli("extract", "a.jsonl", "--dask", cluster.scheduler_address, "-o", "m.parquet")
    assert result.exit_code == 2
    assert result.stderr.startswith("timeline: error: m.parquet: already exists")


def test_dask_local_starts_worker_processes(cli: Invoke, project: Path) -> None:
    """`--dask local`: a cluster of worker processes on this machine, the serial rows."""
    write_jsonl(project / "a.jsonl", seed_records() * 4)
    serial = cli("extract", "a.jsonl", "--jobs", "1")
    local = cli("extract", "a.jsonl", "--dask", "local", "--jobs", "2", "-o", "m.parquet")
    assert local.exit_code == 0, local.output
    import pyarrow.parquet as pq

    assert pq.read_table(project / "m.parquet").equals(sink.batch(rows(serial.stdout)))
    assert local.stderr == serial.stderr


def test_progress_bar_counts_articles(capsys: pytest.CaptureFixture[str]) -> None:
    from timeline.archive.progress import Bar

    with Bar(1000, enabled=True) as bar:
        bar.advance(400, 120)
        bar.advance(600, 180)
    err = capsys.readouterr().err
    assert "100%" in err
    assert "300 articles" in err


def test_readme_recipe_picks_articles_and_add_brings_them_in(cli: Invoke, project: Path) -> None:
    """The README's DuckDB recipe, run as written, then `timeline add --from-jsonl`."""
    import re

    readme = (ROOT / "README.md").read_text("utf-8")
    (recipe,) = [b for b in re.findall(r"```python\n(.*?)```", readme, re.S) if "duckdb" in b]
    write_jsonl(project / "archive.jsonl", seed_records())
    assert cli("extract", "archive.jsonl", "-o", "mentions.parquet").exit_code == 0
    exec(compile(recipe, "README recipe", "exec"), {})
    chosen = rows((project / "chosen.jsonl").read_text("utf-8"))
    assert [r["id"] for r in chosen] == ["003_b11bf649713d4806"]
    result = cli("add", "--from-jsonl", "chosen.jsonl", "--seeds", "picked")
    assert result.exit_code == 0, result.output
    (added,) = (project / "picked").iterdir()
    original = read_article(SEEDS / "003_b11bf649713d4806.txt")
    assert added.name == f"000_{original.sha256[:16]}.txt"
    assert read_article(added).body == original.body
    assert read_article(added).meta["title"] == original.meta["title"]
    assert result.stdout == f"added picked/{added.name} (pt, 2024-12-01)\n"


def test_ref_and_lang_apply_to_every_record(cli: Invoke, project: Path) -> None:
    """--ref stands in for the records' published, --lang for their lang, as for articles."""
    record = seed_records()[3]  # pt, published 2024-12-01
    write_jsonl(project / "dated.jsonl", [record])
    write_jsonl(project / "bare.jsonl", [{"text": record["text"]}])
    dated = rows(cli("extract", "dated.jsonl").stdout)
    bare = cli("extract", "bare.jsonl", "--ref", "2024-12-01", "--lang", "pt")
    assert bare.exit_code == 0
    keep = (*work.MENTION_COLUMNS, "sentence")
    assert [{k: r[k] for k in keep} for r in rows(bare.stdout)] == [
        {k: r[k] for k in keep} for r in dated
    ]
    assert {(r["published"], r["lang"]) for r in rows(bare.stdout)} == {(None, "pt")}


def test_dask_task_failure_is_one_line(
    cli: Invoke, project: Path, cluster: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A task that fails on a worker (here: its block unreadable) ends the run with one line."""
    from timeline.archive import cluster as on_dask

    def unreadable(*_: Any) -> Any:
        raise OSError("the archive is not on this worker's file system")

    monkeypatch.setattr(on_dask, "_chunks", unreadable)
    write_jsonl(project / "a.jsonl", seed_records())
    result = cli("extract", "a.jsonl", "--dask", cluster.scheduler_address, "-o", "m.jsonl")
    assert result.exit_code == 2
    assert result.stderr == (
        f"timeline: error: --dask {cluster.scheduler_address}: a task failed: OSError: "
        "the archive is not on this worker's file system\n"
    )
    assert sorted(p.name for p in project.iterdir()) == ["a.jsonl", "data", "seeds"]


def test_dask_numbers_lines_as_a_serial_run(cli: Invoke, project: Path, cluster: Any) -> None:
    """Blank lines, CRLF, bad lines and a last line with no newline: the same rows and report."""
    good = [json.dumps(r, ensure_ascii=False).encode() for r in seed_records()]
    lines = [good[0] + b"\r", b"", *(b for b, _ in BAD_LINES), good[1], b"\r", *good[2:]]
    (project / "odd.jsonl").write_bytes(b"\n".join(lines))  # no newline at the end
    serial = cli("extract", "odd.jsonl", "--jobs", "1")
    on_dask = cli("extract", "odd.jsonl", "--dask", cluster.scheduler_address)
    assert serial.exit_code == on_dask.exit_code == 1
    assert on_dask.stdout == serial.stdout
    assert on_dask.stderr == serial.stderr
    assert serial.stderr.splitlines()[-1] == (
        "timeline: 14 records, 5 articles, 19 mentions, 9 records skipped"
    )
