"""Linking across languages on sentence pairs written for it: each pair tells one happening in
two languages, and the only names they share are spelled differently (an exonym, a vowel
shift, a case ending). `TUNED` was written first and the skeleton rule (`names.skeleton`)
and its weight were chosen on it; `HELD` was written after, with other names and words.

Each pair sits on its own day; each look-alike (`*_OTHERS`: another happening whose name has
the same consonants) on the day of one pair. Before the skeleton rule: TUNED 6/24 partners
suggested with 2 wrong suggestions, HELD 4/16 with 2 wrong.
"""

from __future__ import annotations

import datetime as dt

from timeline import linking
from timeline.names import names

TUNED = [
    (
        "Пхенян обяви нови мита върху вноса на стомана.",
        "Pyongyang anunciou novas tarifas sobre a importação de aço.",
    ),
    (
        "Ministrul de externe al Rusiei a aterizat la Phenian.",
        "Minister spraw zagranicznych Rosji wylądował w Pjongjangu.",
    ),
    (
        "Rosja zamknęła przejście graniczne na cały tydzień.",
        "Русия затвори граничния пункт за цяла седмица.",
    ),
    ("A Rússia suspendeu as exportações de trigo.", "Rosja wstrzymała eksport pszenicy."),
    (
        "Ambasadorul Rusiei la Phenian a fost convocat.",
        "O embaixador da Rússia em Pyongyang foi convocado.",
    ),
    ("Делегация от Пхенян пристигна с влак.", "Delegacja z Pjongjangu przyjechała pociągiem."),
    ("Rusia și-a retras diplomații.", "Русия изтегли дипломатите си."),
    (
        "Władze Rosji ogłosiły mobilizację rezerwistów.",
        "As autoridades da Rússia anunciaram a mobilização de reservistas.",
    ),
    ("Pyongyang realizou um desfile noturno.", "Phenianul a organizat o paradă de noapte."),
    ("В Пхенян беше открит нов стадион.", "Um novo estádio foi inaugurado em Pyongyang."),
    (
        "Rosji zarzucono atak hakerski na banki.",
        "Rusia a fost acuzată de un atac informatic asupra băncilor.",
    ),
    (
        "Phenianul a testat o rachetă cu combustibil solid.",
        "Pjongjang przetestował rakietę na paliwo stałe.",
    ),
]
TUNED_OTHERS = [
    (2, "Общината на Русе откри нов мост."),
    (4, "Dilma Rousseff visitou o porto de Santos."),
    (6, "Echipa din Rosiori a câștigat campionatul."),
    (8, "Piński sąd skazał przemytników."),
    (0, "O ministro Pinheiro apresentou o orçamento."),
    (3, "Rossi wygrał wyścig w Misano."),
]
HELD = [
    ("Seul wezwał ambasadora na rozmowę.", "Seoul convocou o embaixador para uma conversa."),
    ("Сеул обяви учения в морето.", "Seulul a anunțat exerciții pe mare."),
    ("Nad Kijowem zestrzelono drony.", "Drones foram abatidos sobre Kyiv."),
    ("Киев поиска още системи за ПВО.", "Kievul a cerut mai multe sisteme antiaeriene."),
    ("Pequim recebeu o enviado especial.", "Pekin przyjął specjalnego wysłannika."),
    ("Teerã enviou drones ao aliado.", "Teheranul a trimis drone aliatului."),
    ("Tokio a protestat față de lansare.", "Tokio zaprotestowało przeciwko wystrzeleniu."),
    ("Розовата долина беше засадена.", "O vale das rosas foi plantado."),
]
HELD_OTHERS = [
    (0, "A atriz Sol Sala ganhou o prémio."),
    (2, "Kowal z Kielc otworzył kuźnię."),
    (4, "Pakin a câștigat cursa."),
    (5, "Тера Нова отплава."),
]


def suggested(
    pairs: list[tuple[str, str]], others: list[tuple[int, str]]
) -> tuple[set[int], set[tuple[str, str]]]:
    """The pairs whose partner is suggested (either way), and every wrong suggestion."""
    day = dt.date(2025, 5, 1)
    nodes = []
    for i, pair in enumerate(pairs):
        when = day + dt.timedelta(days=i)
        a, b = pair
        nodes += [
            linking.Node(f"{i}a", when, when, names(a)),
            linking.Node(f"{i}b", when, when, names(b)),
        ]
    for j, (i, text) in enumerate(others):
        when = day + dt.timedelta(days=i)
        nodes.append(linking.Node(f"other{j}", when, when, names(text)))
    index = linking.Index(nodes)
    partners, wrong = set(), set()
    for node in nodes:
        for target, _ in index.suggestions(node):
            if node.id[:-1] == target[:-1] and not node.id.startswith("other"):
                partners.add(int(node.id[:-1]))
            else:
                wrong.add((node.id, target))
    return partners, wrong


def test_the_tuned_pairs_all_meet() -> None:
    partners, wrong = suggested(TUNED, TUNED_OTHERS)
    assert partners == set(range(len(TUNED)))
    # the cost: a one-name sentence about Ruse (Русе) or Rossi has Russia's consonants
    assert wrong == {
        ("2a", "other0"), ("2b", "other0"), ("other0", "2a"), ("other0", "2b"),
        ("3a", "other5"), ("3b", "other5"), ("other5", "3a"), ("other5", "3b"),
    }  # fmt: skip


def test_the_held_out_pairs() -> None:
    partners, wrong = suggested(HELD, HELD_OTHERS)
    # Seul/Seoul, Сеул/Seulul, Киев/Kievul, Tokio. Not Kijowem/Kyiv (they meet, but their
    # other capitalised words, Nad and Drones, outweigh it), the exonyms Pequim/Pekin and
    # Teerã/Teheran (no rule joins them), nor the rosas (no name)
    assert partners == {0, 1, 3, 6}
    assert wrong == {
        ("0a", "other0"), ("other0", "0a"),  # Seul, Sala
        ("4b", "other2"), ("other2", "4b"),  # Pekin, Pakin
        ("5a", "other3"), ("other3", "5a"),  # Teerã, Тера (phonetic key, before the rule too)
    }  # fmt: skip
