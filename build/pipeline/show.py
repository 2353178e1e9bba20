"""What the reader made of each line of a bulletin (`edition.py show`): its role and its item.

Pure functions over a segmented bulletin; the command line does the reading and printing."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise

from .marks import LEAD_MARK
from .model import Bulletin, Item, Line
from .text import MARK, credit_search

LONE_MARK = re.compile(rf"{MARK}")

ROLES = ("kicker", "title", "subtitle", "section head", "body", "byline", "credit", "layout")
# ANSI colours per role (a terminal only; NO_COLOR turns them off)
COLOURS = {"kicker": "36", "title": "1;33", "subtitle": "33", "section head": "1;32", "body": "0",
           "byline": "35", "credit": "35", "layout": "2", "?": "31"}


@dataclass(frozen=True, slots=True)
class LineRole:
    no: int
    text: str
    role: str  # one of ROLES, or '?' for a line the reading lost (never expected)
    item: int  # seq of the item it belongs to; 0 for layout text


def _distance(it: Item, no: int) -> int:
    return 0 if it.first_line <= no <= it.last_line else min(abs(no - it.first_line), abs(no - it.last_line))


def line_roles(lines: Sequence[Line], b: Bulletin) -> list[LineRole]:
    """The role and item of every non-blank line, from a bulletin after segment and repair
    (its `lines` are passed apart: extract lets them go). A line in no paragraph or fragment
    (a headline or byline line) goes to the nearest item that printed it; the items that did
    are found by its text in an index, not by looking at every item for every line (which was
    quadratic in a bulletin of many items)."""
    # a mark lifted off a headline or a brief (●) shares its line with them: it claims no line
    # (and a jump set at the end of a line of text, 企业董事长（下转第6版）, leaves it to the text)
    roles: dict[int, tuple[str, int]] = {}
    for it in b.items:
        for p in it.paragraphs:
            for no in p.lines:
                roles.setdefault(no, ("section head" if p.head else "body", it.seq))
    for f in b.fragments:
        if not LONE_MARK.fullmatch(f.text):
            roles.setdefault(f.line, ("layout", 0))
    ordered = all(it.first_line <= it.last_line for it in b.items) and all(
        x.last_line < y.first_line for x, y in pairwise(b.items))
    heads = _Index(b.items, ordered)  # printed headline text -> its items, with the role
    signed = _Index(b.items, ordered)  # a signed line -> its items
    tails = _Index(b.items, ordered)  # a tail of a signed line (the whole too) -> its items
    for k, it in enumerate(b.items):
        for r in ("kicker", "title", "subtitle"):
            text = it.printed(r)
            if isinstance(text, str):
                heads.add(text, k, r)
        for x in it.byline.split("\n"):
            x = x.strip()
            if x:
                signed.add(x, k, "")
                for i in range(len(x)):
                    tails.add(x[i:], k, "")
    sizes = sorted({len(x) for x in signed.texts()})
    out = []
    for ln in lines:
        if ln.no in roles:
            role, seq = roles[ln.no]
            out.append(LineRole(ln.no, ln.text, role, seq))
            continue
        found: tuple[int, str, int] | None = None  # (distance, role, seq)
        for k, role in heads.near(ln.text, ln.no) or heads.near(LEAD_MARK.sub("", ln.text).strip(), ln.no):
            it = b.items[k]
            cand = (_distance(it, ln.no), role, it.seq)
            found = min(found, cand) if found else cand
        # signed by the item: the line is one of its byline lines, the end of one, or ends with one
        by = {k for k, _ in tails.near(ln.text, ln.no)}
        for n in sizes:
            if n <= len(ln.text):
                by.update(k for k, _ in signed.near(ln.text[len(ln.text) - n:], ln.no))
        for k in by:
            it = b.items[k]
            credit = credit_search(ln.text) is not None and (it.kind == "photo" or ln.text.rstrip().endswith("摄"))
            cand = (_distance(it, ln.no), "credit" if credit else "byline", it.seq)
            found = min(found, cand) if found else cand
        out.append(LineRole(ln.no, ln.text, found[1], found[2]) if found else LineRole(ln.no, ln.text, "?", 0))
    return out


class _Index:
    """Text -> the items (by index) that printed it, each with a role, and of those the ones
    that can be nearest to a line. Items in line order that do not overlap (what segment
    makes: `ordered`) are nearer the closer they are in that order, so the last one starting
    at or before the line and the first one after it are enough; otherwise all are returned."""

    def __init__(self, items: list[Item], ordered: bool):
        self.items, self.ordered = items, ordered
        self.by: dict[str, tuple[list[int], list[int], list[list[str]]]] = {}  # text -> (first lines, items, roles)

    def add(self, text: str, k: int, role: str) -> None:
        firsts, ks, roles = self.by.setdefault(text, ([], [], []))
        if ks and ks[-1] == k:  # items are added in order; one item may print a text twice
            if role not in roles[-1]:
                roles[-1].append(role)
            return
        firsts.append(self.items[k].first_line)
        ks.append(k)
        roles.append([role])

    def texts(self) -> Iterable[str]:
        return self.by.keys()

    def near(self, text: str, no: int) -> list[tuple[int, str]]:
        got = self.by.get(text)
        if got is None:
            return []
        firsts, ks, roles = got
        at = bisect_right(firsts, no)
        picks = range(len(ks)) if not self.ordered else [j for j in (at - 1, at) if 0 <= j < len(ks)]
        return [(ks[j], r) for j in picks for r in roles[j]]


def item_of_line(roles: list[LineRole], no: int) -> int:
    """The item (seq) a source line belongs to; 0 if it is layout text or blank."""
    return next((r.item for r in roles if r.no == no), 0)


def render(roles: list[LineRole], total: int, items: dict[int, str], colour: bool) -> str:
    """The bulletin with its line numbers (blank lines too, so they can be counted), each
    line's role and item; `items` maps seq to a label (the item id once the lock gives one)."""
    by_no = {r.no: r for r in roles}
    width = len(str(total))
    out = []
    for no in range(1, total + 1):
        r = by_no.get(no)
        if r is None:
            out.append(f"{no:>{width}} │")
            continue
        label = items.get(r.item, "") if r.item else ""
        cell = f"{r.role:<12} {label:<24}"
        if colour:
            code = COLOURS.get(r.role, "0")
            cell = f"\x1b[{code}m{r.role:<12}\x1b[0m {label:<24}"
            text = f"\x1b[{code}m{r.text}\x1b[0m"
        else:
            text = r.text
        out.append(f"{no:>{width}} │ {cell} │ {text}")
    return "\n".join(out)
