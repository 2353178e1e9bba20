"""People printed in Latin letters inside Chinese text: the foreign expert, the player's
handle, a name's original beside its transliteration. The Chinese models read a Latin word
as one opaque token and rarely call it a person, so only what the page itself says counts:
a title printed just before it (设计师Ron) or a form of address just after it (Berg先生). In
brackets right after a person's transliterated name (梅内兹（Menez）) it is that person again."""

from __future__ import annotations

import re

from ..model import Person
from .mentions import leftmost, occurrences
from .people import DESCRIBED_BEFORE, TITLE_BEFORE

# a word of letters (a handle may carry digits: TH000), and up to two more capitalised words
# (John Smith; never the verb that follows a name)
WORD = r"[A-Za-z][A-Za-z0-9]*(?:['’][A-Za-z]+)?"
# (a hyphened given name keeps its lower-case half: Park Ji-hoon)
# (and a surname's particles: Jan de Vries, Ludwig van der Berg)
LATIN = re.compile(rf"(?<![A-Za-z0-9]){WORD}(?:[ .\-](?:(?:de|van|von|der|den|del|da|di|du|le|la|dos|bin) )*[A-Z][A-Za-z0-9]*(?:-[a-z]+)?){{0,2}}(?![A-Za-z0-9])")
# who a person is, printed before the name, in a noun no title list holds (化学家Oliver Grant, 设计师Ana)
PERSON_NOUN = re.compile(r"(?:家|师|员|专家|学者|代表)$")
ADDRESS_AFTER = re.compile("先生|女士|小姐|博士|教授|院士")
OPEN, CLOSE = "（(", "）)"
# titles and abbreviations that follow a title without being anyone (总裁CEO, 负责人APP)
NOT_NAMES = {"CEO", "CTO", "CFO", "COO", "CIO", "VP", "HR", "PR", "AI", "IT", "APP", "App", "app", "PPT", "VR", "AR"}


def _whole_words(text: str, name: str, starts: list[int]) -> list[tuple[int, int]]:
    """`name`'s starts that are whole words (Moon, never the Moon of Moonlight), as spans."""
    def edge(k: int) -> bool:
        return 0 <= k < len(text) and (text[k].isascii() and text[k].isalnum())

    return leftmost([k for k in starts if not edge(k - 1) and not edge(k + len(name))], len(name))


def mentions(text: str, name: str) -> list[tuple[int, int]]:
    """Where `name` is printed as a whole word."""
    return _whole_words(text, name, occurrences(text, {name})[name])


def latin_people(text: str, people: list[Person], exclude: set[str]) -> list[Person]:
    """People written in Latin letters that `people` (found otherwise) does not hold."""
    known = {p.name for p in people} | exclude
    # where a person with a Chinese name ends: brackets right after hold the original name,
    # which is the same person printed again (卢卡斯·布伦纳（Lukas Brenner）): a mention of that
    # person, added to its mentions, not a person of its own
    han_ends = {end: p for p in people if any("\u4e00" <= c <= "\u9fff" for c in p.name) for _, end in p.mentions}
    found: list[str] = []
    for m in LATIN.finditer(text):
        name, a, b = m.group(0), m.start(), m.end()
        if name in NOT_NAMES or len(name) < 2:
            continue
        if a > 0 and text[a - 1] in OPEN and text[b: b + 1] in CLOSE and (p := han_ends.get(a - 1)) is not None:
            if (a, b) not in p.mentions:
                p.mentions = sorted([*p.mentions, (a, b)])
            continue
        if name in known or name in found:
            continue
        if TITLE_BEFORE.search(text[max(0, a - 8):a]) or DESCRIBED_BEFORE.search(text[max(0, a - 8):a]) or ADDRESS_AFTER.match(text, b) \
                or PERSON_NOUN.search(text[max(0, a - 4):a]):
            found.append(name)
    starts = occurrences(text, set(found))  # all names' mentions at once: never a scan per name
    return [Person(name=n, mentions=_whole_words(text, n, starts[n])) for n in found]
