"""Hostile text in every field of every output format gets through as text, and only as text.

Each format's output is parsed back the way its consumer reads it (the csv module,
json, CommonMark via markdown-it, an HTML parser for the page and for TimelineJS's
fields, which TimelineJS sets with innerHTML) and checked: no markup, link, formula,
control or invisible character that the store put there, and the text still shown.
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
import json
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from tests.conftest import Invoke
from timeline import escaping, html_page, render
from timeline.attribution import Citation
from timeline.model import Event, Source, day, month
from timeline.terminal import clean

HOSTILE = [
    "javascript:alert(1)",
    "</script><script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    '=HYPERLINK("http://evil","x")',
    "+1-2",
    "-2+3",
    "@SUM(1)",
    "\t=1",
    "\r=1",
    "a\u202eevil\u202c b",
    "\u2066isolate\u2069",
    "zero\u200bwidth\ufeff",
    "line\u2028sep\u2029",
    "c1\x85\x9b31m",
    "\x1b]8;;http://evil\x07link\x1b]8;;\x07",
    "\x1b[2J\x07",
    "` code` ``",
    "# heading",
    "1. list",
    "- item",
    "> quote",
    "[link](http://evil)",
    "![img](http://evil/x.png)",
    "<b>bold</b> &amp; &lt;",
    "*em* _em_ ~~del~~ | pipe | $math$",
    "Кремъл „Москва” “quote” 'single'",
]
INVISIBLE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f"
    + re.escape(escaping.BIDI + escaping.ZERO_WIDTH + escaping.SEPARATORS)
    + "]"
)
hostile = st.sampled_from(HOSTILE) | st.text(
    alphabet=st.sampled_from(list("ab =+-@#>*_`[]()<>&;\"'\\\t\r\n\x1b\x07\x85\u202e\u200b\u2028"))
    | st.characters(),
    max_size=40,
)


def _event(f: dict[str, str]) -> tuple[Event, dict[str, Citation]]:
    source = Source(f["seed"], f["lang"], f["expression"], month(2024, 6), f["quote"], f["dispute"])
    other = Source("plain.txt", "pt", None, day(dt.date(2024, 6, 3)), f["quote"])
    event = Event(
        f["id"],
        month(2024, 6),
        f["title"],
        "confirmed",
        [f["tag"], "x"],
        [source, other],
        f["note"],
    )
    cite = Citation(f["seed"], f["outlet"], f["url"], dt.date(2024, 6, 2), f["article"])
    return event, {f["seed"]: cite}


FIELDS = (
    "id", "title", "tag", "seed", "lang", "expression", "quote", "dispute", "note",
    "outlet", "url", "article",
)  # fmt: skip
fields = st.fixed_dictionaries({name: hostile for name in FIELDS})
PROPERTY = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


class Tags(HTMLParser):
    """Every start tag with its attributes, and the text, of an HTML fragment or page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse_html(text: str) -> Tags:
    parser = Tags()
    parser.feed(text)
    parser.close()
    return parser


PAGE_TAGS = {
    "html", "head", "meta", "title", "style", "body", "header", "p", "h1", "nav", "ol", "li",
    "a", "main", "section", "h2", "time", "span", "i", "div", "h3", "ul", "cite", "blockquote",
    "mark", "footer",
}  # fmt: skip
FRAGMENT_TAGS = {"p", "cite", "a", "time", "blockquote", "mark", "span"}


def assert_safe_html(parsed: Tags, allowed: set[str]) -> None:
    for tag, attrs in parsed.tags:
        assert tag in allowed, tag
        for name, value in attrs.items():
            assert not name.startswith("on"), (tag, name)
            if name == "href":
                assert escaping.http_url(value) == value, value
    assert not any(INVISIBLE.search(t.replace("\n", "")) for t in parsed.text)


def assert_shown(text: str, values: list[str]) -> None:
    """Each value appears in the output as a reader sees it (invisibles named)."""
    flat = " ".join(text.split())
    for value in values:
        shown = " ".join(clean(value).split())
        assert shown in flat, (value, shown)


def check_text_output(f: dict[str, str]) -> None:
    event, cites = _event(f)
    out = render.plain(render.timeline_text([event], True, "", cites), width=10_000)
    assert not INVISIBLE.search(out.replace("\n", ""))
    assert_shown(out, [f["title"], f["quote"], f["outlet"] or f["seed"], f["expression"]])


def check_markdown_output(f: dict[str, str]) -> None:
    event, cites = _event(f)
    out = render.markdown([event], True, f["title"], f["note"], cites)
    tokens = MarkdownIt("commonmark").enable(["table", "strikethrough"]).parse(out)
    kinds = {t.type for t in tokens}
    assert not kinds & {"html_block", "code_block", "fence", "table_open", "hr"}
    headings = [t for t in tokens if t.type == "heading_open"]
    assert [h.tag for h in headings] == ["h1", "h2"]
    inline = [c for t in tokens if t.children for c in t.children]
    assert not {c.type for c in inline} & {"html_inline", "code_inline", "image", "s_open"}
    for c in inline:
        if c.type == "link_open":
            assert escaping.http_url(f["url"]) is not None
    html = MarkdownIt("commonmark").render(out)
    parsed = parse_html(html)
    assert_safe_html(parsed, {"h1", "h2", "ul", "li", "strong", "em", "p", "a", "blockquote"})
    assert_shown("".join(parsed.text), [f["title"], f["quote"], f["tag"], f["note"]])


def check_csv_output(f: dict[str, str]) -> None:
    event, cites = _event(f)
    rows = list(csv.reader(io.StringIO(render.csv_text([event], cites))))
    assert len(rows) == 2 and len(rows[1]) == len(render.CSV_COLUMNS)
    for cell in rows[1]:
        assert not re.search(r"[\x00-\x1f\x7f-\x9f]", cell), cell
        assert not cell.lstrip().startswith(("=", "+", "-", "@")), cell
    record = dict(zip(render.CSV_COLUMNS, rows[1], strict=True))
    assert record["title"] == escaping.csv_cell(f["title"])
    assert record["id"] == escaping.csv_cell(f["id"])


def check_json_output(f: dict[str, str]) -> None:
    event, cites = _event(f)
    text = render.json_text([event], cites)
    assert not re.search("[\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200b]", text)
    record = json.loads(text)["events"][0]
    assert (record["id"], record["title"], record["tags"][0], record["note"]) == (
        f["id"], f["title"], f["tag"], f["note"],
    )  # fmt: skip
    source = record["sources"][0]
    for key, name in (("seed", "seed"), ("quote", "quote"), ("outlet", "outlet"), ("url", "url")):
        assert source[key] == (f[name].strip() if key in ("outlet", "url") else f[name]) or (
            key in ("outlet", "url")
        )
    assert source["expression"] == f["expression"] and source["dispute"] == f["dispute"]


def check_timelinejs_output(f: dict[str, str]) -> None:
    event, cites = _event(f)
    doc = render.timelinejs([event], f["title"], f["note"], cites)
    text = escaping.json_dumps(doc, indent=2)
    assert not re.search("[\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200b]", text)
    item = json.loads(text)["events"][0]
    for value in (item["unique_id"], item["text"]["headline"]):
        assert parse_html(value).tags == []
    for value in (item["group"], item["display_date"]):  # decoded once, then innerHTML
        assert parse_html(html.unescape(value)).tags == []
    assert_shown("".join(parse_html(item["text"]["headline"]).text), [f["title"]])
    assert_shown("".join(parse_html(html.unescape(item["group"])).text), [f["tag"]])
    assert_shown("".join(parse_html(item["unique_id"]).text), [f["id"]])
    body = parse_html(item["text"]["text"])
    assert_safe_html(body, FRAGMENT_TAGS)
    assert_shown("".join(body.text), [f["quote"], f["tag"]])
    title = json.loads(text)["title"]["text"]
    assert parse_html(title["headline"]).tags == []
    assert_safe_html(parse_html(title["text"]), {"p"})


def check_html_page(f: dict[str, str]) -> None:
    event, cites = _event(f)
    out = html_page.page([event], cites, f["title"], f["note"])
    parsed = parse_html(out)
    assert_safe_html(parsed, PAGE_TAGS)
    assert [t for t, _ in parsed.tags].count("style") == 1
    assert "<script" not in out.lower()
    assert_shown("".join(parsed.text), [f["title"], f["quote"], f["tag"], f["outlet"] or f["seed"]])
    for tag, attrs in parsed.tags:
        if tag == "blockquote" and "lang" in attrs:
            assert re.fullmatch("[a-z]{2,3}", attrs["lang"] or "")


CHECKS = {
    "text": check_text_output,
    "markdown": check_markdown_output,
    "csv": check_csv_output,
    "json": check_json_output,
    "timelinejs": check_timelinejs_output,
    "html": check_html_page,
}


@pytest.mark.parametrize("fmt", CHECKS)
@PROPERTY
@given(fields)
def test_hostile_fields_in_every_format(fmt: str, f: dict[str, str]) -> None:
    CHECKS[fmt](f)


@pytest.mark.parametrize("fmt", CHECKS)
@pytest.mark.parametrize("value", HOSTILE)
def test_each_hostile_string_in_every_field(fmt: str, value: str) -> None:
    CHECKS[fmt](dict.fromkeys(FIELDS, value))


# --- each escaping function ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a\u202eb", "a<U+202E>b"),
        ("\u2067x\u2069", "<U+2067>x<U+2069>"),
        ("zw\u200bsp", "zw<U+200B>sp"),
        ("\x1b[31mred", "<U+001B>[31mred"),
        ("bell\x07", "bell<U+0007>"),
        ("c1\x9b", "c1<U+009B>"),
        ("l\u2028p\u2029", "l<U+2028>p<U+2029>"),
        ("tab\tnew\nline\r", "tab new line "),
        ("Кремъл „Москва”", "Кремъл „Москва”"),
    ],
)
def test_visible(text: str, expected: str) -> None:
    assert clean(text) == expected


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+1", "'+1"),
        ("-1", "'-1"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "' =1"),
        ("\r=1", "' =1"),
        ("  =1", "'  =1"),
        ("a\x1b]0;x\x07b", "a]0;xb"),
        ("2024-06", "2024-06"),
        ("Kim's visit", "Kim's visit"),
        (None, ""),
        (4, "4"),
    ],
)
def test_csv_cell(cell: object, expected: str) -> None:
    assert escaping.csv_cell(cell) == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://example.org/a?b=c#d", "https://example.org/a?b=c#d"),
        ("  http://example.org/  ", "http://example.org/"),
        ("HTTPS://EXAMPLE.ORG", "HTTPS://EXAMPLE.ORG"),
        ("javascript:alert(1)", None),
        ("JaVaScRiPt:alert(1)", None),
        ("data:text/html,<script>", None),
        ("//example.org/x", None),
        ("/relative", None),
        ("http://", None),
        ('https://example.org/"onmouseover="x', None),
        ("https://example.org/\u202egnp.exe", None),
        ("https://exa mple.org", None),
        (None, None),
        (42, None),
    ],
)
def test_http_url(url: object, expected: str | None) -> None:
    assert escaping.http_url(url) == expected


def test_json_dumps_escapes_invisibles_and_reads_back() -> None:
    value = {"t": "a\x85b\x9bc\u2028d\u2029e\u202ef\u200bg\x7fh\x00"}
    text = escaping.json_dumps(value)
    assert text == '{"t": "a\\u0085b\\u009bc\\u2028d\\u2029e\\u202ef\\u200bg\\u007fh\\u0000"}'
    assert json.loads(text) == value


def test_markdown_escapes_without_mangling_words() -> None:
    assert escaping.markdown("001_6d00.txt") == "001_6d00.txt"
    assert escaping.markdown("# h") == "\\# h"
    assert escaping.markdown("1. x") == "1\\. x"
    assert escaping.markdown("<b>&amp;</b>") == "\\<b\\>\\&amp;\\</b\\>"
    assert escaping.markdown("`x`") == "\\`x\\`"


# --- through the real CLI, from a hostile store and hostile front matter ------------

HOSTILE_EVENT: dict[str, Any] = {
    "id": 'x"><script>alert(1)</script>',
    "date": "2024-06",
    "title": "</script><img src=x onerror=alert(1)> \u202eevil\u202c =cmd|' /C calc'!A0",
    "status": "confirmed",
    "tags": ["<b onmouseover=alert(1)>war</b>", "=1+1"],
    "sources": [
        {
            "seed": "009_hostile.txt",
            "lang": "pt",
            "expression": "em junho",
            "resolved": "2024-06",
            "quote": "`](javascript:alert(1)) em junho <script>alert(2)</script>\u2066\x9b",
            "dispute": "# heading\n<iframe src=//evil>",
        }
    ],
}
HOSTILE_SEED = (
    "---\npublished: 2024-07-01\nlang: pt\n"
    'title: "<svg onload=alert(1)>"\n'
    'outlet: "@SUM(1) <a href=javascript:alert(1)>VTC</a>"\n'
    "url: \"javascript:alert('x')\"\n---\nem junho\n"
)


def hostile_project(project: Path) -> None:
    store = project / "data" / "events.yaml"
    doc = yaml.safe_load(store.read_text())
    doc["events"].append(HOSTILE_EVENT)
    store.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False))
    (project / "seeds" / "009_hostile.txt").write_text(HOSTILE_SEED)


@pytest.mark.parametrize("fmt", ["text", "markdown", "json", "csv", "timelinejs", "html"])
def test_hostile_store_through_the_cli(cli: Invoke, project: Path, fmt: str) -> None:
    hostile_project(project)
    result = cli("show", "--format", fmt, "--quotes", "--since", "2024-06", "--until", "2024-06")
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert not re.search("[\x1b\x9b\u202e\u2066]", out)
    if fmt in ("markdown", "timelinejs", "html"):  # read as markup by their consumers
        shown = MarkdownIt("commonmark").render(out) if fmt == "markdown" else out
        assert "<script" not in shown and "<img" not in shown and "<svg" not in shown
        assert 'href="javascript' not in shown and "<iframe" not in shown
    if fmt in ("text", "json"):  # the quote shown as text: literally
        assert "<script>alert(2)</script>" in out
    if fmt == "text":
        assert "<U+202E>evil<U+202C>" in out
    if fmt == "markdown":
        assert "> \\`\\](javascript:alert(1)) **em junho** \\<script\\>alert(2)" in out
    if fmt == "html":
        parsed = parse_html(out)
        assert_safe_html(parsed, PAGE_TAGS)
        assert 'href="javascript' not in out
        assert "&lt;script&gt;alert(2)&lt;/script&gt;&lt;U+2066&gt;&lt;U+009B&gt;" in out
    if fmt == "csv":
        row = next(r for r in csv.DictReader(io.StringIO(out)) if "script" in r["id"])
        assert row["title"].startswith("</script>")
        assert row["tags"] == "<b onmouseover=alert(1)>war</b>;=1+1"
        assert row["citations"].startswith("'@SUM(1) <a href=javascript:alert(1)>VTC</a>")
    if fmt == "json":
        event = next(e for e in json.loads(out)["events"] if "script" in e["id"])
        assert event["title"] == HOSTILE_EVENT["title"]
        assert event["sources"][0]["url"] == "javascript:alert('x')"


def test_parse_and_extract_jsonl_escape_invisibles(cli: Invoke, project: Path) -> None:
    result = cli("parse", "--lang", "pt", "--ref", "2025-07-13", "--format", "jsonl", "x\u202e\x85")
    assert json.loads(result.stdout)["input"] == "x\u202e\x85"
    assert result.stdout.startswith('{"input": "x\\u202e\\u0085", "value": null,')
    article = project / "a.txt"
    article.write_text("---\npublished: 2025-07-13\nlang: pt\n---\nEle chegou no sábado\u2028.\n")
    out = cli("extract", "--format", "jsonl", str(article)).stdout
    assert "\u2028" not in out and "\\u2028" in out
    assert json.loads(out)["sentence"] == "Ele chegou no sábado\u2028."
