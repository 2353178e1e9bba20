"""Editorial decisions on single items (sidecar `items`) and corrections inside headlines.

They set the fields the pages, citations, export and search use, and keep the reader's own
reading beside them (Item.decisions): the source text is never rewritten. Pure functions
over a bulletin; errors carry the sidecar's file and line."""

from __future__ import annotations

import re

from .model import Bulletin, Decision, EditionError, Item, ItemFix, Paragraph, raise_all
from .read import HEADLINE_FIELDS
from .repair import repair_item
from .show import LineRole, item_of_line

ITEM_ID = re.compile(r"[a-z0-9][a-z0-9-]*-\d+")


def _flat(s: str | None) -> str:
    return re.sub(r"\s+", "", s or "")


def correct_headlines(it: Item) -> None:
    """An editor's correction whose printed text is in the kicker, title or subtitle applies
    there too (the printed headline is kept as the decision's reading)."""
    for c in it.corrections:
        if not c.in_text:
            continue
        for name in HEADLINE_FIELDS:
            value = getattr(it, name)
            if value and c.sic in value:
                it.decide(name, value.replace(c.sic, c.corr), c.note, c.source)


def resolve(b: Bulletin, roles: list[LineRole], fix: ItemFix) -> int | None:
    """The seq of the item a fix addresses by line or opening words; None for an item id
    (resolved once the lock has given ids)."""
    if isinstance(fix.address, int):
        numbered = {r.no for r in roles}
        if fix.address not in numbered:
            raise EditionError(fix.source, f"items: line {fix.address} of the bulletin is blank or beyond its end", fix.line)
        seq = item_of_line(roles, fix.address)
        if not seq:
            raise EditionError(fix.source, f"items: line {fix.address} is layout text, in no item "
                                           "(edition.py show lists the lines and their items)", fix.line)
        return seq
    if ITEM_ID.fullmatch(fix.address):
        return None
    words = _flat(fix.address)
    hits = [it.seq for it in b.items
            if any(_flat(str(it.printed(f) or "")).startswith(words) for f in HEADLINE_FIELDS) or _flat(it.body).startswith(words)]
    if len(hits) != 1:
        why = "no item opens with" if not hits else f"{len(hits)} items (#{', #'.join(map(str, hits))}) open with"
        raise EditionError(fix.source, f"items: {why} {fix.address!r}: address the item by a line number or its id", fix.line)
    return hits[0]


def merge_items(b: Bulletin, roles: list[LineRole]) -> None:
    """`merge_next: true`: the item and the one printed after it are one (an article the page
    cut in two, a caption read as its own item). The second's headline lines become section
    heads of the first, so every character stays in exactly one place."""
    errors: list[EditionError] = []
    targets: list[tuple[int, ItemFix]] = []
    for fix in b.meta.get("items") or []:
        if not fix.changes.get("merge_next"):
            continue
        try:
            seq = resolve(b, roles, fix)
        except EditionError as e:
            errors.append(e)
            continue
        if seq is None:
            errors.append(EditionError(fix.source, "items: merge_next needs the item addressed by a line number or its "
                                                   "opening words (an item id changes when items merge)", fix.line))
        elif seq >= len(b.items):
            errors.append(EditionError(fix.source, f"items: item #{seq} is the last of the bulletin: nothing follows "
                                                   "to merge with", fix.line))
        else:
            targets.append((seq, fix))
    raise_all(errors)
    for seq, fix in sorted(targets, key=lambda t: t[0], reverse=True):  # from the end: the numbers before stay
        first, second = b.items[seq - 1], b.items[seq]
        at = {r.role: r.no for r in roles if r.item == second.seq}
        heads = [Paragraph(text=text, lines=[at.get(name, second.first_line)], head=True)
                 for name in HEADLINE_FIELDS if (text := getattr(second, name))]
        printed = f"第{first.seq}篇、第{second.seq}篇"
        first.absorb(second, heads + second.paragraphs)
        repair_item(first)  # a sentence the page cut between the two is joined again
        first.decisions.append(Decision("merged", printed, "一篇", fix.note, f"{fix.source}:{fix.line}"))
        del b.items[seq]
        for f in b.fragments:
            if f.after_item >= second.seq:
                f.after_item -= 1
    for n, it in enumerate(b.items, 1):
        it.seq = n


def apply_fix(it: Item, fix: ItemFix) -> None:
    source = f"{fix.source}:{fix.line}"
    for name, value in fix.changes.items():
        if name == "merge_next":
            continue  # done before extraction (merge_items)
        it.decide(name, value, fix.note, source)
        if name == "date":
            it.date_inferred, it.date_evidence = False, f"编者据附注文件定（{source}）"


def apply_fixes(b: Bulletin, roles: list[LineRole]) -> None:
    """The fixes addressed by line or opening words; the others wait for the ids."""
    errors = []
    by_seq = {it.seq: it for it in b.items}
    for fix in b.meta.get("items") or []:
        try:
            fix.seq = resolve(b, roles, fix)
        except EditionError as e:
            errors.append(e)
            continue
        if fix.seq:
            apply_fix(by_seq[fix.seq], fix)
    raise_all(errors)


def apply_id_fixes(bulletins: list[Bulletin]) -> list[EditionError]:
    """The fixes addressed by item id, once assign_ids has given them."""
    errors = []
    for b in bulletins:
        by_id = {it.id: it for it in b.items}
        for fix in b.meta.get("items") or []:
            if fix.seq is not None or not isinstance(fix.address, str):
                continue
            it = by_id.get(fix.address)
            if it is None:
                errors.append(EditionError(fix.source, f"items: no item {fix.address!r} in this bulletin "
                                                       f"(its items: {', '.join(by_id) or 'none'})", fix.line))
            else:
                apply_fix(it, fix)
    return errors
