"""The data export: docs/data/articles.jsonl, bulletins.jsonl, entities.jsonl (schema in the README)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from ..link import Links
from ..model import BYLINE_ROLES, Bulletin, Item


def item_record(b: Bulletin, it: Item, L: Links) -> dict:
    def ents(xs: list) -> list[dict]:
        return [{"id": e.id, "name": e.name, "mentions": [list(m) for m in e.mentions], "roles": list(e.roles)} for e in xs]

    return {
        "id": it.id,
        "url": f"items/{it.id}.html",
        "bulletin": b.file,
        "bulletin_id": b.id,
        "seq": it.seq,
        "kind": it.kind,
        "title": it.title,
        "kicker": it.kicker,
        "subtitle": it.subtitle,
        "date": it.date,
        "date_inferred": it.date_inferred,
        "date_evidence": it.date_evidence,
        "district": b.district.value,
        "district_inferred": b.district.inferred,
        **{role: [{"name": n, "id": L.byline_ids.get((it.id, n))} for n in getattr(it, role)] for role, _, _ in BYLINE_ROLES},
        "byline": it.byline,
        "people": ents(it.people),
        "organizations": ents(it.organizations),
        "places": ents(it.places),
        "body": it.body,
        "section_heads": [p.text for p in it.paragraphs if p.head],
        "truncated": it.truncated,
        # by: editor (a sidecar's, marked in the text), notice (what a correction notice announces)
        # or ocr (a likely misreading the tool proposes)
        "corrections": [{"sic": c.sic, "corr": c.corr, "note": c.note, "by": c.by} for c in it.corrections],
        # the reader's readings an editor replaced (sidecar `items`, corrections in a headline)
        "printed": {d.field: d.printed for d in it.decisions},
        "decisions": [{"field": d.field, "printed": d.printed, "value": d.value, "note": d.note, "source": d.source}
                      for d in it.decisions],
        "lines": [it.first_line, it.last_line],
    }


def bulletin_record(b: Bulletin) -> dict:
    return {
        "id": b.id,
        "label": b.label,
        "file": b.file,
        "sha256": b.sha,
        "district": b.district.value,
        "district_inferred": b.district.inferred,
        "district_evidence": b.district.evidence,
        "date": b.date,
        "year": b.year.value,
        "year_inferred": b.year.inferred,
        "year_evidence": b.year.evidence,
        "newspaper": b.meta.get("newspaper"),
        "page": b.meta.get("page"),
        "source": b.meta.get("source"),
        "items": [it.id for it in b.items],
        "fragments": [{"text": f.text, "line": f.line, "after_item": f.after_item} for f in b.fragments],
    }


# Characters that str.splitlines() and other readers take for line ends, which JSON leaves
# raw: escaped, so that one record stays one line whatever the text holds.
LINE_ENDS = str.maketrans({"\u2028": "\\u2028", "\u2029": "\\u2029", "\x85": "\\u0085"})


def jsonl(records: Iterable[dict]) -> Iterator[str]:
    """One line per record, produced as the writer takes them: the export is never held whole."""
    for r in records:
        line = json.dumps(r, ensure_ascii=False, sort_keys=False)
        yield line.translate(LINE_ENDS) if any(c in line for c in "\u2028\u2029\x85") else line
        yield "\n"


def export(bulletins: list[Bulletin], L: Links) -> dict[str, Iterator[str]]:
    bs = sorted(bulletins, key=lambda b: b.id)
    entities = (
        {"id": e.id, "name": e.name, "type": e.type, "subtype": e.subtype, "district": e.district,
         "registered": e.registered, "wikidata": e.wikidata, "items": e.items}
        for e in sorted(L.entities.values(), key=lambda e: e.id)
    )
    return {
        "data/articles.jsonl": jsonl(item_record(b, it, L) for b in bs for it in b.items),
        "data/bulletins.jsonl": jsonl(bulletin_record(b) for b in bs),
        "data/entities.jsonl": jsonl(entities),
    }
