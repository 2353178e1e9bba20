"""What the reader made of each line of a bulletin (`edition.py show`): its role and its item.

Pure functions over a segmented bulletin; the command line does the reading and printing."""

from __future__ import annotations

from dataclasses import dataclass

from .model import Bulletin, Item, Line
from .text import CREDIT

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


def line_roles(lines: list[Line], b: Bulletin) -> list[LineRole]:
    """The role and item of every non-blank line, from a bulletin after segment and repair
    (its `lines` are passed apart: extract lets them go)."""
    roles: dict[int, tuple[str, int]] = {f.line: ("layout", 0) for f in b.fragments}
    for it in b.items:
        for p in it.paragraphs:
            for no in p.lines:
                roles.setdefault(no, ("section head" if p.head else "body", it.seq))
    out = []
    for ln in lines:
        if ln.no in roles:
            role, seq = roles[ln.no]
            out.append(LineRole(ln.no, ln.text, role, seq))
            continue
        found: tuple[int, str, int] | None = None  # (distance, role, seq)
        for it in b.items:
            heads = [(r, it.printed(r)) for r in ("kicker", "title", "subtitle")]
            signed = [x.strip() for x in it.byline.split("\n") if x.strip()]
            for role, text in heads:
                if text == ln.text:
                    cand = (_distance(it, ln.no), role, it.seq)
                    found = min(found, cand) if found else cand
            if ln.text in signed or any(ln.text.endswith(x) or x.endswith(ln.text) for x in signed):
                credit = CREDIT.search(ln.text) is not None and (it.kind == "photo" or ln.text.rstrip().endswith("摄"))
                cand = (_distance(it, ln.no), "credit" if credit else "byline", it.seq)
                found = min(found, cand) if found else cand
        out.append(LineRole(ln.no, ln.text, found[1], found[2]) if found else LineRole(ln.no, ln.text, "?", 0))
    return out


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
