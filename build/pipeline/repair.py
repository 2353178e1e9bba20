"""Repair stage: undo what the page layout broke inside an item, without changing a character."""

from __future__ import annotations

import re

from .model import Bulletin, Item, Paragraph
from .text import ends_sentence


def join_text(a: str, b: str) -> str:
    # Chinese needs no space at a join, nor a number the column cut (1 / 8.5% is 18.5%);
    # two Latin words do.
    if re.search(r"[A-Za-z]$", a) and re.match(r"[A-Za-z]", b):
        return a + " " + b
    return a + b


def join_breaks(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """Join a paragraph that stops mid-sentence with the paragraph that continues it."""
    out: list[Paragraph] = []
    for p in paragraphs:
        prev = out[-1] if out else None
        if prev and not prev.head and not p.head and not ends_sentence(prev.text):
            out[-1] = Paragraph(join_text(prev.text, p.text), prev.lines + p.lines)
        else:
            out.append(Paragraph(p.text, list(p.lines), p.head))
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
