"""Link stage: give bulletins and items their permanent ids (through the id lock) and build the
cross-references the pages need: districts, dates, people, organisations, places.

Ids are kept in a lock file the build extends and never rewrites: an item keeps its id
as long as its opening words are found again, whatever the parser later decides about
its title or its neighbours. Ids whose text moved into another item redirect there.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from pypinyin import lazy_pinyin

from .model import BYLINE_ROLES, Bulletin, Item, Registers
from .text import slug

FINGERPRINT = 40  # non-space characters of an item's opening that identify it


def flat(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


def fingerprint(item: Item) -> str:
    return flat(item.body)[:FINGERPRINT] or flat(item.byline) or flat(item.title or "")


def person_id(name: str, district: str | None) -> str:
    """A person no register holds: the same name in two districts is two people."""
    return f"{slug(name)}-{district or 'unknown'}"


@lru_cache(maxsize=65536)
def pinyin_key(text: str) -> str:
    return " ".join(lazy_pinyin(text)) + "\0" + text


@dataclass
class IdLock:
    """The committed id assignments: bulletin file -> id, item id -> (bulletin file, fingerprint)."""

    bulletins: dict[str, str] = field(default_factory=dict)
    items: dict[str, dict] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path) -> IdLock:
        if not path.exists():
            return cls()
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(bulletins=dict(data.get("bulletins") or {}), items=dict(data.get("items") or {}))

    def dump(self) -> str:
        data = {"bulletins": dict(sorted(self.bulletins.items())), "items": dict(sorted(self.items.items()))}
        head = "Permanent ids of the edition. The build adds to this file and never changes an entry."
        return json.dumps({"about": head, **data}, ensure_ascii=False, indent=1) + "\n"


def bulletin_base(b: Bulletin) -> str:
    district = b.district.value or "unknown"
    if b.date:
        return f"{district}-{b.date.replace('-', '')}"
    dates = sorted(it.date for it in b.items if it.date)
    if dates:
        return f"{district}-{dates[-1].replace('-', '')}"
    return f"{district}-{b.year.value or 'undated'}"


def assign_ids(bulletins: list[Bulletin], lock: IdLock) -> dict[str, str]:
    """Give every bulletin and item its id; return redirects {old item id: new item id}."""
    taken = set(lock.bulletins.values())
    for b in sorted(bulletins, key=lambda b: b.file):
        if b.file not in lock.bulletins:
            base, n = bulletin_base(b), 1
            cand = base
            while cand in taken:
                n += 1
                cand = f"{base}-{chr(ord('a') + n - 1)}" if n <= 26 else f"{base}-{n}"
            lock.bulletins[b.file] = cand
            taken.add(cand)
        b.id = lock.bulletins[b.file]
    redirects: dict[str, str] = {}
    by_file: dict[str, dict[str, str]] = defaultdict(dict)
    for iid, entry in lock.items.items():
        by_file[entry["file"]][iid] = entry["fp"]
    for b in bulletins:
        known = by_file.get(b.file, {})
        fps = [fingerprint(it) for it in b.items]
        bodies = [flat(it.body) for it in b.items]
        ids: list[str | None] = [None] * len(b.items)
        # 1. the same opening: the same item
        fp_to_id = {fp: iid for iid, fp in sorted(known.items(), reverse=True)}
        for k, fp in enumerate(fps):
            iid = fp_to_id.get(fp)
            if iid and iid not in ids:
                ids[k] = iid
        # 2. an opening the parser now reads differently (a dateline moved, a line
        # re-assigned): the item holding most of the old opening keeps the id
        for iid, fp in sorted(known.items()):
            if iid in ids:
                continue
            free = [k for k in range(len(b.items)) if ids[k] is None]
            scores = [(_shared(fp, bodies[k]), -k) for k in free]
            best = max(zip(scores, free, strict=True), default=None)
            if best and best[0][0] >= 0.6:
                ids[best[1]] = iid
        # 3. new items get new numbers; a number is never given twice
        numbers = [int(m.group(1)) for iid in known if (m := re.search(r"-(\d+)$", iid))]
        nxt = max(numbers, default=0) + 1
        for k, it in enumerate(b.items):
            if ids[k] is None:
                ids[k] = f"{b.id}-{nxt:02d}"
                nxt += 1
                lock.items[ids[k]] = {"file": b.file, "fp": fps[k]}
            it.id = ids[k]
        # 4. an id whose text now lies inside another item (a merge, a moved boundary)
        # redirects there; one whose text is gone redirects to its bulletin
        for iid, fp in sorted(known.items()):
            if iid in ids:
                continue
            scores = [(_shared(fp, body), -k) for k, body in enumerate(bodies)]
            best = max(zip(scores, range(len(bodies)), strict=True), default=None)
            redirects[iid] = b.items[best[1]].id if best and best[0][0] > 0 else f"../bulletins/{b.id}"
    return redirects


def _shared(fp: str, body: str, k: int = 8) -> float:
    """Share of the fingerprint's k-character windows found in body."""
    if len(fp) <= k:
        return 1.0 if fp and fp in body else 0.0
    windows = [fp[i : i + k] for i in range(len(fp) - k + 1)]
    return sum(w in body for w in windows) / len(windows)


@dataclass
class EntityRef:
    id: str
    name: str
    type: str  # person | organization | place
    district: str | None
    registered: bool
    subtype: str = ""
    wikidata: str | None = None
    items: list[str] = field(default_factory=list)  # item ids, newest first
    roles: list[tuple[str | None, str, str]] = field(default_factory=list)  # (date, role, item id)


@dataclass
class Links:
    items: dict[str, Item] = field(default_factory=dict)
    bulletin_of: dict[str, Bulletin] = field(default_factory=dict)
    districts: dict[str | None, list[Bulletin]] = field(default_factory=dict)
    entities: dict[str, EntityRef] = field(default_factory=dict)
    byline_ids: dict[tuple[str, str], str] = field(default_factory=dict)  # (item id, byline name) -> entity id
    redirects: dict[str, str] = field(default_factory=dict)


def item_sort_key(b: Bulletin, it: Item) -> tuple:
    return (it.date or b.date or "", b.id, it.seq)


def link(bulletins: list[Bulletin], registers: Registers, redirects: dict[str, str]) -> Links:
    L = Links(redirects=redirects)
    for b in sorted(bulletins, key=lambda b: b.id):
        L.districts.setdefault(b.district.value, []).append(b)
        for it in b.items:
            L.items[it.id] = it
            L.bulletin_of[it.id] = b
    for reg, kind in ((registers.people, "person"), (registers.organizations, "organization"), (registers.places, "place")):
        for e in reg.values():
            L.entities[e.id] = EntityRef(e.id, e.name, kind, e.district, True, e.subtype, e.wikidata)
    registered = {(e.name, e.district): e.id for e in registers.people.values()}
    newest_first = sorted(L.items.values(), key=lambda it: item_sort_key(L.bulletin_of[it.id], it), reverse=True)
    for it in newest_first:
        b = L.bulletin_of[it.id]
        for p in it.people:
            eid = p.id or person_id(p.name, b.district.value)
            if eid not in L.entities:
                L.entities[eid] = EntityRef(eid, p.name, "person", b.district.value, False)
            p.id = eid
            _mention(L, eid, it, [(it.date, r, it.id) for r in p.roles])
        for e in it.organizations + it.places:
            if e.id not in L.entities:  # found by the tool, in no register
                L.entities[e.id] = EntityRef(e.id, e.name, e.type, None, False, "company" if e.type == "organization" else "")
            _mention(L, e.id, it, [])
        # reporters, correspondents and photographers are people of their own kind
        for role, kind, label in BYLINE_ROLES:
            for name in getattr(it, role):
                eid = registered.get((name, b.district.value)) or person_id(name, b.district.value)
                if eid not in L.entities:
                    L.entities[eid] = EntityRef(eid, name, "person", b.district.value, False, kind)
                L.byline_ids[(it.id, name)] = eid
                _mention(L, eid, it, [(it.date, label, it.id)])
    return L


def _mention(L: Links, eid: str, it: Item, roles: list) -> None:
    ref = L.entities[eid]
    if it.id not in ref.items:
        ref.items.append(it.id)
    ref.roles += roles
