"""Repair stage: undo what the page layout broke inside an item, without changing a character."""

from __future__ import annotations

import re
from itertools import pairwise

from .model import Bulletin, Item, Paragraph
from .text import ends_sentence

LATIN = re.compile(r"[A-Za-z]")  # letters only: digits cut by a column join without a space


def joiner(a: str, b: str) -> str:
    """What goes between two pieces of a broken sentence: Chinese needs no space at a join,
    nor a number the column cut (1 / 8.5% is 18.5%); two Latin words do. Looks at the two
    characters only (linear joins)."""
    return " " if LATIN.fullmatch(a[-1:]) and LATIN.fullmatch(b[:1]) else ""


def join_text(a: str, b: str) -> str:
    return a + joiner(a, b) + b


def join_breaks(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """Join a paragraph that stops mid-sentence with the paragraph that continues it.
    Runs of pieces are gathered and joined once: a bulletin of many broken lines costs
    linear, not quadratic, time."""
    runs: list[list[Paragraph]] = []
    for p in paragraphs:
        last = runs[-1][-1] if runs else None
        if last and not last.head and not p.head and not ends_sentence(last.text):
            runs[-1].append(p)
        else:
            runs.append([p])
    out = []
    for run in runs:
        if len(run) == 1:
            out.append(Paragraph(run[0].text, list(run[0].lines), run[0].head))
            continue
        parts = [run[0].text]
        for a, b in pairwise(run):
            parts += [joiner(a.text, b.text), b.text]
        out.append(Paragraph("".join(parts), [n for p in run for n in p.lines]))
    return out


def repair_item(item: Item) -> Item:
    item.paragraphs = join_breaks(item.paragraphs)
    body = [p for p in item.paragraphs if not p.head]
    # An article whose last paragraph stops mid-sentence was cut off by the page.
    item.truncated = item.kind == "article" and bool(body) and not ends_sentence(body[-1].text)
    return item


def repair(bulletin: Bulletin) -> Bulletin:
    bulletin.items = [repair_item(it) for it in bulletin.items]
    return bulletin
