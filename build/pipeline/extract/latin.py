"""People printed in Latin letters inside Chinese text: the foreign expert, the player's
handle, a name's original beside its transliteration. The Chinese models read a Latin word
as one opaque token and rarely call it a person, so only what the page itself says counts:
a title printed just before it (设计师Ron), a form of address just after it (Berg先生), or
brackets right after a person's transliterated name (梅内兹（Menez）)."""

from __future__ import annotations

import re

from ..model import Person
from .people import TITLE_BEFORE

# a word of letters (a handle may carry digits: TH000), and up to two more capitalised words
# (John Smith; never the verb that follows a name)
WORD = r"[A-Za-z][A-Za-z0-9]*(?:['’][A-Za-z]+)?"
LATIN = re.compile(rf"(?<![A-Za-z0-9]){WORD}(?:[ .\-][A-Z][A-Za-z0-9]*){{0,2}}(?![A-Za-z0-9])")
ADDRESS_AFTER = re.compile("先生|女士|小姐|博士|教授|院士")
OPEN, CLOSE = "（(", "）)"
# titles and abbreviations that follow a title without being anyone (总裁CEO, 负责人APP)
NOT_NAMES = {"CEO", "CTO", "CFO", "COO", "CIO", "VP", "HR", "PR", "AI", "IT", "APP", "App", "app", "PPT", "VR", "AR"}


def mentions(text: str, name: str) -> list[tuple[int, int]]:
    """Where `name` is printed as a whole word (Moon, never the Moon of Moonlight)."""
    pattern = rf"(?<![A-Za-z0-9]){re.escape(name)}(?![A-Za-z0-9])"
    return [(m.start(), m.end()) for m in re.finditer(pattern, text)]


def _bracketed_after_person(text: str, a: int, b: int, people: list[Person]) -> bool:
    if a == 0 or text[a - 1] not in OPEN or text[b: b + 1] not in CLOSE:
        return False
    return any(end == a - 1 and any("\u4e00" <= c <= "\u9fff" for c in p.name) for p in people for _, end in p.mentions)


def latin_people(text: str, people: list[Person], exclude: set[str]) -> list[Person]:
    """People written in Latin letters that `people` (found otherwise) does not hold."""
    known = {p.name for p in people} | exclude
    out: dict[str, Person] = {}
    for m in LATIN.finditer(text):
        name, a, b = m.group(0), m.start(), m.end()
        if name in known or name in out or name in NOT_NAMES or len(name) < 2:
            continue
        titled = bool(TITLE_BEFORE.search(text[max(0, a - 8):a]))
        if titled or ADDRESS_AFTER.match(text, b) or _bracketed_after_person(text, a, b, people):
            out[name] = Person(name=name, mentions=mentions(text, name))
    return list(out.values())
