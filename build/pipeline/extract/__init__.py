"""Extract stage: metadata (bylines, dates, district) and the people, organisations and places named."""

from __future__ import annotations

from ..model import Bulletin, Registers
from ..text import DATELINE_CREDIT, credit_names
from .dates import bulletin_year, item_date
from .district import infer_district
from .entities import find_entities
from .people import find_people
from .statistical import more_people, not_people
from .statistical import tagger as load


def extract(b: Bulletin, registers: Registers, tagger: str = "patterns") -> Bulletin:
    """`tagger` other than patterns adds the people a statistical tagger finds (statistical.py)."""
    text = "\n".join(line.text for line in b.lines)
    b.year = bulletin_year(b, text)
    b.district = infer_district(b, registers)
    district = b.district.value
    known_people = [e for e in registers.people.values() if e.district in (None, district)]
    others = not_people(registers) if tagger != "patterns" else set()
    for item in b.items:
        if item.paragraphs:
            m = DATELINE_CREDIT.match(item.paragraphs[0].text)
            if m:
                for role, names in credit_names(m.group(1)).items():
                    getattr(item, role).extend(n for n in names if n not in getattr(item, role))
        item_date(item, b.year, b.date)
        bylined = set(item.byline_names())
        item.people = find_people(item.body, bylined, known_people)
        if tagger != "patterns":
            extra = more_people(item.body, load(tagger), item.people, bylined, others)
            item.people = sorted(item.people + extra, key=lambda p: (p.mentions[0][0] if p.mentions else 0, p.name))
        item.organizations, item.places = find_entities(item.body, registers, district)
        for c in b.meta.get("corrections") or []:
            if c.sic in item.body or c.sic in (item.title or ""):
                item.corrections.append(c)
    for c in b.meta.get("corrections") or []:
        if not any(c in it.corrections for it in b.items):
            b.warnings.append(f"{c.source}: correction {c.sic!r} is in no item (it is layout text)")
    b.lines = []  # every character is in an item or a fragment now: the lines are not kept twice
    return b
