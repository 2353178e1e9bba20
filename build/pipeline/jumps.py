"""Articles continued on another page: （下转第6版） ends the first part, （上接第5版） opens the
second, and the items printed between the two stay where they are. The two parts are one item:
its body is the first part followed by the second (repair then joins a sentence the jump cut).
The second part's own headline lines (a repeated headline, the page's header) are layout."""

from __future__ import annotations

from bisect import bisect_right

from .model import Bulletin, Fragment, Item
from .show import line_roles
from .text import DATELINE, JUMP_FROM, JUMP_TO

HEADS = ("kicker", "title", "subtitle")


def pairs(b: Bulletin) -> list[tuple[Item, Item]]:
    """(first part, second part) of each continued article: a 上接 line takes the latest 下转
    line before it not yet taken, and the item printed right under it."""
    by_seq = {it.seq: it for it in b.items}
    open_jumps: list[Fragment] = []
    found: list[tuple[Item, Item]] = []
    for f in sorted(b.fragments, key=lambda f: f.line):
        if JUMP_TO.fullmatch(f.text):
            open_jumps.append(f)
        elif JUMP_FROM.match(f.text) and open_jumps:
            to = open_jumps.pop()
            first = by_seq.get(to.after_item)
            # (the item the 上接 line opens, or the one whose text it leads: （上接06版）大学毕业后…)
            part = next((it for it in b.items if it.first_line <= f.line <= it.last_line), None) \
                or next((it for it in b.items if it.first_line > f.line), None)
            # a part opening with a dateline is a report of its own, whatever the jump line says
            if first and part and part.seq > first.seq and first.kind == part.kind == "article" and \
                    part.paragraphs and not DATELINE.match(part.paragraphs[0].text) and \
                    all(part is not p for _, p in found) and all(first is not a for a, _ in found):
                found.append((first, part))
    return found


def join_jumps(b: Bulletin) -> Bulletin:
    found = pairs(b)
    if not found:
        return b
    roles = line_roles(b.lines, b)
    for first, part in found:
        heads = {r.role: r.no for r in roles if r.item == part.seq and r.role in HEADS}
        for name in HEADS:
            if text := getattr(part, name):
                b.fragments.append(Fragment(text, heads.get(name, part.first_line), part.seq - 1))
        first.absorb(part, part.paragraphs)
    gone = {id(part) for _, part in found}
    # fragments printed after a removed part now follow the item before it
    removed = sorted(part.seq for _, part in found)
    for f in b.fragments:
        f.after_item -= bisect_right(removed, f.after_item)
    b.items = [it for it in b.items if id(it) not in gone]
    for n, it in enumerate(b.items, 1):
        it.seq = n
    b.fragments.sort(key=lambda f: f.line)
    return b
