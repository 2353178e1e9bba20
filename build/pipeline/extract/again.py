"""People a page names in one item and again in another (a sidebar's 从拉毛草家的牛圈到才让多杰的
生产线 after the feature that introduced both): found where the page first shows them, known
wherever else the page prints them."""

from __future__ import annotations

from ..halfwidth import narrowed, widened
from ..model import Item, Person
from .mentions import leftmost, occurrences, unnested
from .names import PLACE_END, surname_len
from .statistical import INSTITUTION_NEXT, in_idiom, plausible, printed_as_name, role_of
from .words import everyday, load_jieba

# how a place's or a product's name ends, never a person's (金沙园, 坭兴陶): names.PLACE_END and more
_THING_END = PLACE_END | set("园湖山城厂店陶茶酒族")


def _carried(p: Person) -> bool:
    """A name worth looking for in the page's other items: one the dictionary holds as no
    word but a name (管委会 of 管委会主任 is the office); of two characters, no everyday word
    and introduced by a title or description (高原 is the word elsewhere as often as the
    name); of three or more, introduced so, or a surname and a given name no dictionary
    holds, ending as no place or product does."""
    if p.id or len(p.name) < 2:
        return False
    _, tags = load_jieba()
    if (tag := tags.get(p.name)) is not None and not str(tag).startswith("nr"):
        return False
    if len(p.name) == 2:
        return bool(p.roles) and not everyday(p.name, 50)
    return bool(p.roles) or (tag is None and surname_len(p.name) > 0 and p.name[-1] not in _THING_END)


def _extended(text: str, a: int, b: int) -> bool:
    """Is the name printed at a..b part of a longer one: a compound surname's first character
    before it (马骏 of 司马骏), or a foreign name's dot beside it (谢尔盖 of 谢尔盖·伊万诺维奇)?"""
    dots = "·・•"
    # (公司|马晓燕: 司 ends a word there, no 司马)
    compound = a > 0 and surname_len(text[a - 1:b]) == 2 and not (a > 1 and everyday(text[a - 2:a], 50))
    return compound or (a > 0 and text[a - 1] in dots) or text[b:b + 1] in tuple(dots)


def named_again(items: list[Item], wide: bool = False) -> None:
    """Each item gains the people another item of its page found, where its own text prints
    them as a name: not inside a longer name the page holds (巴雅尔 of 布仁巴雅尔), not a byline
    name, no institution's (安泰康 of 安泰康生物科技有限公司), and a person by the same tests the
    item's own names pass. `wide`: the page is a half-width copy, read (as people_in reads it)
    with its marks widened."""
    page = {p.name for it in items for p in it.people if _carried(p)}
    if not page:
        return
    every = {p.name for it in items for p in it.people} | {n for it in items for n in it.byline_names()}
    for item in items:
        body = widened(item.body) if wide else item.body
        have = {p.name for p in item.people} | set(item.byline_names())
        starts = occurrences(body, page - have)  # one pass for many names on a long page
        wanted = {n for n, at in starts.items() if at}
        if not wanted:
            continue
        longer = {n for n in every if len(n) > 2 and any(w in n and w != n for w in wanted)}
        starts |= occurrences(body, longer - wanted)
        held = [(k, k + len(n)) for n in longer for k in starts[n]]
        added: list[Person] = []
        for name in sorted(wanted, key=lambda n: starts[n][0]):
            where = printed_as_name(body, name, [(a, b) for a, b in leftmost(starts[name], len(name))
                                                 if not any(c <= a and b <= d for c, d in held)
                                                 and not in_idiom(body, a, b) and not _extended(body, a, b)])
            if not where or not plausible(body, name, where) \
                    or any(INSTITUTION_NEXT.match(body, k + len(name)) for k in starts[name]):
                continue
            person = Person(name=name, mentions=where)
            for a, b in where:
                person.roles += [r for r in map(narrowed, role_of(body, a, b)) if r not in person.roles]
            item.people.append(person)
            added.append(person)
        if added:
            item.people = unnested(item.people)
        item.people.sort(key=lambda p: (p.mentions[0][0] if p.mentions else 0, p.name))
