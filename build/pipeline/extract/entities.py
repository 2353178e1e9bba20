"""Organisations and places from the registers, matched by name and alias within the district."""

from __future__ import annotations

import re
from bisect import bisect_right

from ..model import Entity, RegisterEntry, Registers
from ..text import slug
from .candidates import companies


def _match(text: str, entries: list[RegisterEntry]) -> list[Entity]:
    forms = {}
    for e in entries:
        for form in [e.name, *e.aliases]:
            if len(form) >= 2:
                forms.setdefault(form, e)
    if not forms:
        return []
    pattern = re.compile("|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)))
    found: dict[str, Entity] = {}
    for m in pattern.finditer(text):
        e = forms[m.group(0)]
        ent = found.setdefault(e.id, Entity(id=e.id, name=e.name, type=e.type))
        ent.mentions.append((m.start(), m.end()))
    return sorted(found.values(), key=lambda e: e.mentions[0])


def find_entities(text: str, registers: Registers, district: str | None) -> tuple[list[Entity], list[Entity]]:
    """Register organisations and places; and companies named by their legal suffix
    (有限公司…) that no register holds yet, marked as found by the tool (id prefix auto-)."""

    def local(entries: dict[str, RegisterEntry]) -> list[RegisterEntry]:
        return [e for e in entries.values() if e.district in (None, district)]

    orgs = _match(text, local(registers.organizations))
    # the register's mentions come from one scan, so they never overlap: only the last one
    # starting at or before a company can hold it (a test of every mention per company was
    # quadratic)
    taken = sorted(m for e in orgs for m in e.mentions)
    starts = [a for a, _ in taken]
    found: dict[str, Entity] = {}
    for start, end, name in companies(text):
        k = bisect_right(starts, start) - 1
        if k >= 0 and end <= taken[k][1]:
            continue
        ent = found.setdefault(name, Entity(id=f"auto-{slug(name)}", name=name, type="organization"))
        ent.mentions.append((start, end))
    return sorted(orgs + list(found.values()), key=lambda e: e.mentions[0]), _match(text, local(registers.places))
