"""Which events and candidates may be the same happening: overlapping periods, shared names.

A candidate is compared with every event of the store (rejected ones aside) and
every other candidate whose period overlaps its own and which shares at least
one name key (`timeline.names`). The score is

    names * dates
    names = max(shared / lighter side's weight, shared / (shared + EVIDENCE))
    dates = 0.6 + 0.4 * (days both periods cover / days either covers)

where `shared` is the weight of the keys both have
and a key weighs its inverse document frequency over everything compared (a
skeleton key half of it, `SKELETON_WEIGHT`): a
name that every event carries (Russia, in a timeline about Russia) counts for
little, a rare one (Belousov, Tianjin) for much. `names` is an overlap
coefficient, so an event told by many sources (many names) still scores high
against a candidate that shares the few names its one sentence has.

Why an inverted index by key and month: a build compares thousands of
candidates with a store of thousands of events; only those sharing a key in a
month both periods cover are ever scored, never all pairs, and at most
`NEAR_MAX` of them, reached through the rarest shared names first.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import math
from collections import Counter
from collections.abc import Iterable
from itertools import chain
from typing import NamedTuple

from timeline.names import SKELETON

LINK_MIN = 0.3
"""A suggestion scores at least this."""
LINK_MAX = 3
"""At most this many suggestions per candidate, best first."""
EVIDENCE = 5.0
"""Shared weight that counts as even odds however many names either side has: two
paragraphs full of names sharing five of them (Putin, Kim, Xi Jinping, Vladimir,
Moscow) are likely one story even when most of their names differ."""
NEAR_MAX = 8
"""Nodes scored per candidate at most, found through its rarest names first."""
SKELETON_WEIGHT = 0.75
"""A skeleton key (`names.skeleton`: consonants only) counts three quarters of a phonetic
key: alone it links Rosja with Rusia and Pjongjang with Phenian, more weakly than a shared
phonetic key would; beside one it changes little. Chosen on tests/test_linking.py's TUNED
pairs (0.5 linked 6 of 24, as without the rule; 0.75 and 1.0 all 24)."""
SCAN_MAX = 32
"""Nodes of one name and month looked at per candidate at most (those starting nearest)."""
LONG_SPAN = 62
"""Periods longer than this many days (a season, a year) are indexed by year, not by month."""


class Node(NamedTuple):
    """Something a candidate may be: an event or a candidate, its period, its name keys.

    (A named tuple: a build makes one per candidate.)
    """

    id: str
    start: dt.date
    end: dt.date
    names: frozenset[str]


def _buckets(start: dt.date, end: dt.date) -> list[tuple[int, int]]:
    """The months a period covers, or its years (month 0) when it is long."""
    if (end - start).days > LONG_SPAN:
        return [(y, 0) for y in range(start.year, end.year + 1)]
    out = []
    y, m = start.year, start.month
    while (y, m) <= (end.year, end.month):
        out.append((y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


@functools.lru_cache(maxsize=4096)
def _filed(start: dt.date, end: dt.date) -> tuple[tuple[int, int], ...]:
    """`_buckets`, remembered: a build's candidates share a few thousand periods."""
    return tuple(_buckets(start, end))


@functools.lru_cache(maxsize=4096)
def _searched(start: dt.date, end: dt.date) -> tuple[tuple[int, int], ...]:
    """The buckets `Index.near` looks in for a period: its own, and where the periods
    that may overlap it are filed (remembered, as `_filed`)."""
    buckets = _buckets(start, end)
    if (end - start).days > LONG_SPAN:  # a short period inside one of these years is filed by month
        return (*buckets, *((y, m) for y, _ in buckets for m in range(1, 13)))
    return (*buckets, *{(y, 0) for y, _ in buckets})  # long periods elsewhere under their years


def date_score(a: Node, b: Node) -> float:
    """0 when the periods do not overlap, else 0.6 plus 0.4 of their Jaccard index in days."""
    inter = (min(a.end, b.end) - max(a.start, b.start)).days + 1
    if inter <= 0:
        return 0.0
    union = (max(a.end, b.end) - min(a.start, b.start)).days + 1
    return 0.6 + 0.4 * inter / union


class Index:
    """Nodes by (name key, month or year), with the weight of every key."""

    def __init__(self, nodes: Iterable[Node]) -> None:
        self.nodes: list[Node] = list(nodes)
        df = Counter(chain.from_iterable(node.names for node in self.nodes))
        self.postings: dict[str, dict[tuple[int, int], list[int]]] = {name: {} for name in df}
        """Each key's nodes by month or year (a dict per key: `near` looks a key up once)."""
        postings = self.postings
        for i, node in enumerate(self.nodes):
            buckets = _filed(node.start, node.end)
            for name in node.names:
                by_bucket = postings[name]
                for bucket in buckets:
                    posting = by_bucket.get(bucket)
                    if posting is None:
                        by_bucket[bucket] = [i]
                    else:
                        posting.append(i)
        self.first = [node.start.toordinal() for node in self.nodes]
        self.last = [node.end.toordinal() for node in self.nodes]
        """Each node's first and last day as ordinals: `near` and `suggestions` compare and
        subtract tens of thousands of them, and ints cost a tenth of dates (no timedelta)."""
        first = self.first
        self.starts: dict[str, dict[tuple[int, int], list[int]]] = {}
        for name, by_bucket in self.postings.items():  # by start, for `near`'s bisection
            starts = self.starts[name] = {}
            for bucket, posting in by_bucket.items():
                posting.sort(key=first.__getitem__)
                starts[bucket] = [first[i] for i in posting]
        total = max(len(self.nodes), 1)
        self.weight = {
            name: math.log(1 + total / n) * (SKELETON_WEIGHT if name[0] == SKELETON else 1.0)
            for name, n in df.items()
        }
        weight = self.weight  # every indexed node's keys have a weight
        self.masses = [sum(map(weight.__getitem__, node.names)) for node in self.nodes]
        self._orders: dict[frozenset[str], list[str]] = {}
        self._place = {id(node): i for i, node in enumerate(self.nodes)}
        """Where each indexed node is (by identity): `suggestions` takes its mass from
        `masses` instead of summing its keys' weights again."""
        ranked = sorted(self.weight, key=lambda n: (-self.weight[n], n))
        self.rank = {name: r for r, name in enumerate(ranked)}
        """Each key's place, rarest first (names of one weight by their spelling): `near`
        orders a node's keys by it, one dict look-up per key instead of a tuple."""

    def mass(self, names: frozenset[str]) -> float:
        weight = self.weight
        return sum([weight[n] for n in names if n in weight])

    def score(
        self, a: Node, b: Node, a_mass: float | None = None, b_mass: float | None = None
    ) -> float:
        """How likely `a` and `b` are one happening, 0 to 1."""
        dates = date_score(a, b)
        shared = a.names & b.names
        if not dates or not shared:
            return 0.0
        common = self.mass(shared)
        lighter = min(
            self.mass(a.names) if a_mass is None else a_mass,
            self.mass(b.names) if b_mass is None else b_mass,
        )
        coefficient = min(1.0, common / lighter) if lighter else 0.0
        return max(coefficient, common / (common + EVIDENCE)) * dates

    def near(self, node: Node, cap: int = NEAR_MAX) -> list[int]:
        """Up to `cap` nodes sharing a name key with `node` in a month or year of its period.

        Keys are taken rarest first, so the nodes sharing the most telling names are
        the ones looked at: the work per candidate is bounded however many events
        share its common names. Only nodes whose period overlaps `node`'s count
        (the others would score 0): each posting is sorted by start, so bisection
        finds those starting by `node`'s end, and the latest `SCAN_MAX` of them
        are looked at.
        """
        buckets = _searched(node.start, node.end)
        postings, starts, last = self.postings, self.starts, self.last
        start, end = node.start.toordinal(), node.end.toordinal()
        found: dict[int, None] = {}
        # a name no indexed node has has no postings: only the others are ranked, and
        # names of one weight by their spelling (a set's order changes from run to run)
        for name in self._ranked(node.names):
            by_bucket, starts_by_bucket = postings[name], starts[name]
            for bucket in buckets:
                posting = by_bucket.get(bucket)
                if not posting:
                    continue
                # those starting by `end`, latest first: the ones still open at `start`
                stop = bisect.bisect_right(starts_by_bucket[bucket], end)
                for i in reversed(posting[stop - SCAN_MAX if stop > SCAN_MAX else 0 : stop]):
                    if last[i] >= start and i not in found:
                        found[i] = None
                        if len(found) > cap:
                            return list(found)
        return list(found)

    def _ranked(self, names: frozenset[str]) -> list[str]:
        """The indexed keys among `names`, rarest first (remembered: a paragraph's
        candidates share its names)."""
        ranked = self._orders.get(names)
        if ranked is None:
            rank = self.rank
            ranked = self._orders[names] = sorted(names & rank.keys(), key=rank.__getitem__)
        return ranked

    def suggestions(
        self, node: Node, exclude: frozenset[str] = frozenset(), minimum: float = LINK_MIN
    ) -> list[tuple[str, float]]:
        """The best `LINK_MAX` nodes `node` may be (ids and scores, best first).

        `score` written out in the loop (same arithmetic, same order of the sums): a
        build scores tens of thousands of pairs, and three calls per pair were a third
        of linking's time.
        """
        scored = []
        weight, masses, nodes = self.weight, self.masses, self.nodes
        first, last = self.first, self.last
        names, own_id = node.names, node.id
        start, end = node.start.toordinal(), node.end.toordinal()
        place = self._place.get(id(node))
        own = masses[place] if place is not None else self.mass(names)
        for i in self.near(node):
            other = nodes[i]
            if i == place or other.id == own_id or (exclude and other.id in exclude):
                continue
            other_start, other_end = first[i], last[i]
            inter = (end if end < other_end else other_end) - (
                start if start > other_start else other_start
            )
            if inter < 0:
                continue
            shared = names & other.names
            if not shared:
                continue
            union = (end if end > other_end else other_end) - (
                start if start < other_start else other_start
            )
            inter, union = inter + 1, union + 1
            common = sum(map(weight.__getitem__, shared))  # every indexed key has a weight
            lighter = masses[i] if masses[i] < own else own
            coefficient = (common / lighter if common < lighter else 1.0) if lighter else 0.0
            evidence = common / (common + EVIDENCE)
            s = (evidence if evidence > coefficient else coefficient) * (0.6 + 0.4 * inter / union)
            if s >= minimum:
                scored.append((other.id, round(s, 2)))
        scored.sort(key=lambda pair: (-pair[1], pair[0]))
        return scored[:LINK_MAX]
