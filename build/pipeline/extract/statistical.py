"""People a statistical tagger finds beyond the patterns (`edition.py build --tagger lac-crf`).

The patterns find people by their printed titles; a model also finds the villager quoted or
the engineer visited, who print without one. Its names join the patterns' people unless the
bulletin shows they are something else: a register's organisation or place (明仁 the group),
the start of a company name printed nearby (卓立 of 卓立膜公司), or part of an idiom
(雷厉 of 雷厉风行)."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from ..model import Person, Registers
from ..text import HAN
from .people import TITLE_BEFORE, role_before

Tag = Callable[[str], list[tuple[int, int, str]]]
# what ends a company's or an institution's name a few characters after its short form
_ORG = "公司|集团|股份|科技|研究院|研究所|学院|大学|学校|医院|银行|协会|商会|产业园|工业园"
_NAME = re.compile(f"[{HAN}]{{2,4}}|[{HAN}]+(?:[·・][{HAN}]+)+")


@cache
def tagger(name: str) -> Tag:
    """One model per process: loading LAC takes about a second."""
    from .taggers import get

    return get(name)


@cache
def _jieba():
    import logging

    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    return jieba, jieba.posseg.dt.word_tag_tab


def _in_idiom(text: str, a: int, b: int) -> bool:
    """Whether the span lies inside an idiom or set phrase of jieba's dictionary (雷厉风行)."""
    jieba, tags = _jieba()
    start = max(0, a - 8)
    for w in jieba.cut(text[start: b + 8], HMM=False):
        if start <= a and b <= start + len(w) and len(w) > b - a and tags.get(w) in ("i", "l"):
            return True
        start += len(w)
    return False


def not_people(registers: Registers) -> set[str]:
    """Names and aliases of the registers' organisations and places."""
    return {f for reg in (registers.organizations, registers.places) for e in reg.values() for f in (e.name, *e.aliases)}


def more_people(text: str, tag: Tag, found: list[Person], exclude: set[str], not_people: set[str]) -> list[Person]:
    """The tagger's people in text that the patterns did not find (nor `exclude`, the byline
    names, nor `not_people`), with their mentions and, where a title prints right before a
    name, its role."""
    known = {p.name for p in found} | exclude
    out: dict[str, Person] = {}
    for a, b, t in tag(text):
        name = text[a:b]
        if t != "PER" or name in known or name in out or name in not_people:
            continue
        if not _NAME.fullmatch(name) or _in_idiom(text, a, b):
            continue
        if re.search(re.escape(name) + f"[{HAN}]{{0,3}}?(?:{_ORG})", text):
            continue
        roles = [role_before(text, a)] if TITLE_BEFORE.search(text[max(0, a - 8):a]) else []
        mentions = [(m.start(), m.end()) for m in re.finditer(re.escape(name), text)]
        out[name] = Person(name=name, roles=roles, mentions=mentions)
    return list(out.values())
