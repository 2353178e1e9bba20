"""Link stage: give bulletins and items their permanent ids (through the id lock) and build the
cross-references the pages need: districts, dates, people, organisations, places.

Ids are kept in a lock file the build extends and never rewrites: an item keeps its id
as long as its opening words are found again, whatever the parser later decides about
its title or its neighbours. Ids whose text moved into another item redirect there.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from pypinyin import lazy_pinyin

from .model import BYLINE_ROLES, Bulletin, EditionError, Item, Registers, raise_all
from .text import slug

FINGERPRINT = 40  # non-space characters of an item's opening that identify it
# non-space characters kept to recognise an item whose opening the parser now reads
# differently: 40 are too few (two reports of one official open alike after the dateline)
SAMPLE = 160


def flat(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


def opening(item: Item, n: int) -> str:
    """flat(item.body)[:n], flattening no more of a huge body than that (a piece at a time:
    the paragraph breaks and white space flat removes never join two pieces)."""
    out, got = [], 0
    for p in item.paragraphs:
        for k in range(0, len(p.text), 4096):
            piece = flat(p.text[k: k + 4096])
            out.append(piece)
            got += len(piece)
            if got >= n:
                return "".join(out)[:n]
    return "".join(out)


def fingerprint(item: Item) -> str:
    return opening(item, FINGERPRINT) or flat(item.byline) or flat(item.title or "")


def person_id(name: str, district: str | None) -> str:
    """A person no register holds: the same name in two districts is two people."""
    return f"{slug(name)}-{district or 'unknown'}"


@lru_cache(maxsize=65536)
def pinyin_key(text: str) -> str:
    return " ".join(lazy_pinyin(text)) + "\0" + text


LOCK_ABOUT = ("Permanent ids of the edition, keyed by content: a bulletin's id follows its text (sha256) "
              "and, when the text is edited in place, its file. The build adds to this file and never "
              "changes an id; a bulletin or item that is gone keeps its entry, marked withdrawn.")
ENTITY_TYPES = ("person", "organization", "place")


@dataclass
class IdLock:
    """The committed id assignments.

    bulletins: id -> {"file", "sha"} (where the text was last seen), "withdrawn": date once gone;
    items: id -> {"bulletin": id, "fp": opening words, "sample": longer opening, "title", "date",
    "n": the item's place in the order ids were first given}, "withdrawn": date once gone.

    The lock is written sorted by id, so the order of assignment is kept as a number: the
    search index numbers its documents by it, and a number once given never moves, so a
    bulletin added or changed anywhere in the archive leaves every other item's number alone.
    """

    bulletins: dict[str, dict] = field(default_factory=dict)
    items: dict[str, dict] = field(default_factory=dict)
    # entity id -> {"type", "name"[, "district"]}: every entity page ever published, so that its
    # URL keeps resolving when the entity falls back to one item or out of the edition
    entities: dict[str, dict] = field(default_factory=dict)
    # a long list's front page (path without .md) -> the most numbered pages it ever had
    pages: dict[str, int] = field(default_factory=dict)
    name: str = "ids.lock.json"

    @classmethod
    def load(cls, path: Path, name: str = "ids.lock.json") -> IdLock:
        if not path.exists():
            return cls(name=name)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as e:
            raise EditionError(name, f"not a valid id lock: {e.msg} (restore it from version control)", e.lineno) from None
        except (OSError, UnicodeDecodeError) as e:
            raise EditionError(name, f"cannot read the id lock: {e}") from None
        if not isinstance(data, dict):
            raise EditionError(name, "not a valid id lock: not a JSON object (restore it from version control)", 1)
        return cls.parse(data, name)

    @classmethod
    def parse(cls, data: dict, name: str = "ids.lock.json") -> IdLock:
        def bad(why: str) -> EditionError:
            return EditionError(name, f"not a valid id lock: {why} (restore it from version control)")

        bulletins, items = data.get("bulletins") or {}, data.get("items") or {}
        if not isinstance(bulletins, dict) or not isinstance(items, dict):
            raise bad("'bulletins' and 'items' must be objects")
        if bulletins and all(isinstance(v, str) for v in bulletins.values()):
            # the first format: file -> id and item -> {file, fp}
            by_file = bulletins
            ids = list(by_file.values())
            if len(set(ids)) != len(ids):
                raise bad("one bulletin id given to two files")
            bulletins = {bid: {"file": f, "sha": ""} for f, bid in by_file.items()}
            try:
                items = {iid: {"bulletin": by_file[e["file"]], "fp": e["fp"]} for iid, e in items.items()}
            except (KeyError, TypeError):
                raise bad("an item names a file the lock does not know") from None
        seen_files: dict[str, str] = {}
        for bid, e in bulletins.items():
            if not isinstance(e, dict) or not isinstance(e.get("file"), str) or not isinstance(e.get("sha", ""), str):
                raise bad(f"bulletin {bid!r} needs a 'file' and a 'sha'")
            if e["file"] in seen_files and "withdrawn" not in e and "withdrawn" not in bulletins[seen_files[e["file"]]]:
                raise bad(f"{e['file']} has two ids ({seen_files[e['file']]}, {bid})")
            seen_files[e["file"]] = bid
        for iid, e in items.items():
            if not isinstance(e, dict) or e.get("bulletin") not in bulletins or not isinstance(e.get("fp"), str):
                raise bad(f"item {iid!r} needs a 'bulletin' the lock knows and an 'fp'")
            if "n" in e and (not isinstance(e["n"], int) or isinstance(e["n"], bool) or e["n"] < 0):
                raise bad(f"item {iid!r}: 'n' must be a whole number")
        entities = data.get("entities") or {}
        if not isinstance(entities, dict):
            raise bad("'entities' must be an object")
        for eid, e in entities.items():
            if not isinstance(e, dict) or e.get("type") not in ENTITY_TYPES or not isinstance(e.get("name"), str):
                raise bad(f"entity {eid!r} needs a 'type' (person, organization or place) and a 'name'")
        pages = data.get("pages") or {}
        if not isinstance(pages, dict) or not all(isinstance(n, int) and n > 0 for n in pages.values()):
            raise bad("'pages' must map a page to its count of numbered pages")
        return cls(bulletins=dict(bulletins), items=dict(items), entities=dict(entities), pages=dict(pages), name=name)

    def number(self) -> None:
        """Give every item without a number the next ones, oldest first (by date, then id: the
        same whatever order the items were found in). A number two branches gave to different
        items (merged locks) stays with the first id and the others get new ones."""
        seen: set[int] = set()
        todo = []
        for iid in sorted(self.items):
            n = self.items[iid].get("n")
            if n is None or n in seen:
                todo.append(iid)
            else:
                seen.add(n)
        nxt = max(seen, default=-1) + 1
        for iid in sorted(todo, key=lambda i: (self.items[i].get("date") or "", i)):
            self.items[iid]["n"] = nxt
            nxt += 1

    def sequence(self) -> dict[str, int]:
        """{item id: number in the order of assignment}."""
        return {iid: e["n"] for iid, e in self.items.items() if "n" in e}

    def dump(self) -> str:
        data = {"bulletins": dict(sorted(self.bulletins.items())), "items": dict(sorted(self.items.items()))}
        if self.entities:  # a lock from before entity pages were recorded stays byte-identical until one is
            data["entities"] = dict(sorted(self.entities.items()))
        if self.pages:
            data["pages"] = dict(sorted(self.pages.items()))
        return json.dumps({"about": LOCK_ABOUT, "version": 2, **data}, ensure_ascii=False, indent=1) + "\n"


def bulletin_base(b: Bulletin) -> str:
    district = b.district.value or "unknown"
    if b.date:
        return f"{district}-{b.date.replace('-', '')}"
    dates = sorted(it.date for it in b.items if it.date)
    if dates:
        return f"{district}-{dates[-1].replace('-', '')}"
    return f"{district}-{b.year.value or 'undated'}"


def today() -> str:
    """The date a withdrawal is recorded: SOURCE_DATE_EPOCH's if set, else today's (UTC).
    It is written into the lock once, so later builds of the same input agree."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    when = dt.datetime.fromtimestamp(int(epoch), dt.UTC) if epoch and epoch.isdigit() else dt.datetime.now(dt.UTC)
    return when.date().isoformat()


def assign_bulletin_ids(bulletins: list[Bulletin], lock: IdLock) -> None:
    """A bulletin keeps its id while its text (sha256) is the same, wherever the file moves;
    a file edited in place keeps its id when it still holds some of the items the lock
    knows. Two files with one text, or a file whose text is no longer the bulletin its name
    was locked to, are errors: an id is never silently given to other text."""
    errors: list[EditionError] = []
    by_sha: dict[str, str] = {}
    for b in sorted(bulletins, key=lambda b: b.file):
        if b.sha in by_sha:
            errors.append(EditionError(b.file, f"the same text as {by_sha[b.sha]}: remove one of the two"))
        by_sha.setdefault(b.sha, b.file)
    raise_all(errors)
    locked_sha = {e["sha"]: bid for bid, e in lock.bulletins.items() if e.get("sha")}
    locked_file = {e["file"]: bid for bid, e in sorted(lock.bulletins.items()) if "withdrawn" not in e}
    claimed: set[str] = set()
    pending = []
    for b in sorted(bulletins, key=lambda b: b.file):
        bid = locked_sha.get(b.sha)
        if bid:
            b.id = bid
            claimed.add(bid)
        else:
            pending.append(b)
    new = []
    for b in pending:
        bid = locked_file.get(b.file)
        if bid and bid not in claimed and lock.bulletins[bid].get("sha") not in by_sha:
            locked = [e for e in lock.items.values() if e["bulletin"] == bid]
            if locked and not _continues(locked, b):
                errors.append(EditionError(b.file, f"the text is no longer the bulletin locked to this file name ({bid}): "
                                                   "none of its items is in it; give a new bulletin a new file name"))
                continue
            b.id = bid
            claimed.add(bid)
        else:
            new.append(b)
    raise_all(errors)
    taken = set(lock.bulletins)
    for b in sorted(new, key=lambda b: (bulletin_base(b), b.sha)):  # by content, not by file name
        base, n = bulletin_base(b), 1
        cand = base
        while cand in taken:
            n += 1
            cand = f"{base}-{chr(ord('a') + n - 1)}" if n <= 26 else f"{base}-{n}"
        b.id = cand
        taken.add(cand)
    for b in bulletins:
        lock.bulletins[b.id] = {"file": b.file, "sha": b.sha}  # where the text is now; the id stays


def _continues(locked: list[dict], b: Bulletin, sample: int = 20) -> bool:
    """Does the bulletin still hold some of the items locked to it? An opening found again
    is enough; else a few old openings are looked for inside the items (bounded: a big
    bulletin that holds none of them is not compared item by item with every old one)."""
    if {e["fp"] for e in locked} & {fingerprint(it) for it in b.items}:
        return True
    bodies = (flat(it.body) for it in b.items)  # one at a time: a huge bulletin's text is not copied whole
    return any(_shared(_sample(e), body) >= MATCH for body in bodies for e in locked[:sample])


MATCH = 0.6  # share of an old opening's 8-character windows an item must hold to be it


def _sample(entry: dict) -> str:
    return entry.get("sample") or entry["fp"]


@dataclass
class Withdrawn:
    """A page that once was: what it showed, when and why it went, and where to go on."""

    id: str
    kind: str  # item | bulletin
    title: str | None
    opening: str
    bulletin: str
    file: str
    date: str | None
    withdrawn: str
    reason: str
    items: list[tuple[str, str | None]] = field(default_factory=list)  # a bulletin's items: (id, title)


def assign_ids(bulletins: list[Bulletin], lock: IdLock) -> tuple[dict[str, str], list[Withdrawn]]:
    """Give every bulletin and item its id; return redirects {old item id: new item id} and
    the tombstones of bulletins and items that are gone."""
    assign_bulletin_ids(bulletins, lock)
    present = {b.id for b in bulletins}
    redirects: dict[str, str] = {}
    by_bulletin: dict[str, dict[str, str]] = defaultdict(dict)
    for iid, entry in lock.items.items():
        by_bulletin[entry["bulletin"]][iid] = entry["fp"]
    missing: dict[str, list[str]] = {}  # bulletin id -> its lock items not found in it
    for b in bulletins:
        known = by_bulletin.get(b.id, {})
        fps = [fingerprint(it) for it in b.items]
        bodies: dict[int, str] = {}  # items' whole flat text, made only where an old opening is looked for

        def body(k: int, b: Bulletin = b, bodies: dict[int, str] = bodies) -> str:
            if k not in bodies:
                bodies[k] = flat(b.items[k].body)
            return bodies[k]
        ids: list[str | None] = [None] * len(b.items)
        # 1. the same opening: the same item; an item printed twice takes the ids in order
        by_fp: dict[str, list[str]] = defaultdict(list)
        for iid in sorted(known, key=_number):
            by_fp[known[iid]].append(iid)
        for k, fp in enumerate(fps):
            if by_fp.get(fp):
                ids[k] = by_fp[fp].pop(0)
        # 2. an opening the parser now reads differently (a dateline moved, a line
        # re-assigned): the item holding most of the old opening keeps the id
        for iid in sorted(known, key=_number):
            if iid in ids:
                continue
            free = [k for k in range(len(b.items)) if ids[k] is None]
            scores = [(_shared(_sample(lock.items[iid]), body(k)), -k) for k in free]
            best = max(zip(scores, free, strict=True), default=None)
            if best and best[0][0] >= MATCH:
                ids[best[1]] = iid
        # 3. new items get new numbers; a number is never given twice
        nxt = max((_number(iid) for iid in known), default=0) + 1
        for k, it in enumerate(b.items):
            if ids[k] is None:
                ids[k] = f"{b.id}-{nxt:02d}"
                nxt += 1
                lock.items[ids[k]] = {"bulletin": b.id, "fp": fps[k], "sample": opening(it, SAMPLE)}
            it.id = ids[k]
            entry = lock.items[it.id]
            entry.pop("withdrawn", None)  # a text that came back
            if "sample" not in entry:
                entry["sample"] = opening(it, SAMPLE)
            entry.setdefault("title", it.title)
            entry.setdefault("date", it.date or b.date)
        gone = [iid for iid in sorted(known, key=_number) if iid not in ids]
        if gone:
            missing[b.id] = gone
    for bid in sorted(set(by_bulletin) - present):
        missing[bid] = sorted(by_bulletin[bid], key=_number)
    # 4. an id whose text now lies inside another item (a merge, a moved boundary, a bulletin
    # split or renamed and edited) redirects there; one whose text is gone gets a tombstone
    where = {fingerprint(it): it.id for b in bulletins for it in reversed(b.items)}
    bulletin_of = {it.id: b for b in bulletins for it in b.items}
    stamp = today()
    tombs: list[Withdrawn] = []
    for bid, gone in sorted(missing.items()):
        landed = {bulletin_of[where[lock.items[i]["fp"]]].id for i in by_bulletin[bid] if lock.items[i]["fp"] in where}
        near = [b for b in bulletins if b.id == bid or b.id in landed]
        for iid in gone:
            fp = lock.items[iid]["fp"]
            target = where.get(fp)
            if target is None:
                sample = _sample(lock.items[iid])
                scores = [(_shared(sample, flat(it.body)), b.id == bid, -it.seq, it.id) for b in near for it in b.items]
                best = max(scores, default=None)
                if best and best[0] >= MATCH:
                    target = best[3]
            if target:
                redirects[iid] = target
                lock.items[iid].pop("withdrawn", None)
                continue
            entry = lock.items[iid]
            when = entry.setdefault("withdrawn", stamp)
            b_entry = lock.bulletins[bid]
            reason = ("本期公报的源文件已从本版来源中移除。" if bid not in present
                      else "本期公报的文本中已不再有这篇文字（源文件或其切分有变）。")
            tombs.append(Withdrawn(iid, "item", entry.get("title"), fp, bid, b_entry["file"], entry.get("date"), when, reason))
    for bid in sorted(set(lock.bulletins) - present):
        entry = lock.bulletins[bid]
        when = entry.setdefault("withdrawn", stamp)
        items = [lock.items[i] for i in sorted(by_bulletin.get(bid, {}), key=_number)]
        dates = sorted(e["date"] for e in items if e.get("date"))
        tombs.append(Withdrawn(bid, "bulletin", None, "", bid, entry["file"], dates[-1] if dates else None, when,
                               "源文件已从本版来源中移除。",
                               [(i, lock.items[i].get("title")) for i in sorted(by_bulletin.get(bid, {}), key=_number)]))
    for bid in present:
        lock.bulletins[bid].pop("withdrawn", None)
    lock.number()
    return redirects, tombs


def _number(iid: str) -> int:
    m = re.search(r"-(\d+)$", iid)
    return int(m.group(1)) if m else 0


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
    withdrawn: list[Withdrawn] = field(default_factory=list)
    # ids of the entities with a page of their own: registered ones and those named in two or
    # more items, and (after publish_entities) every one whose page was ever published
    paged: set[str] = field(default_factory=set)
    gone: dict[str, dict] = field(default_factory=dict)  # published pages of entities no longer here: id -> lock entry
    # every list's numbered pages ever published (the lock's 'pages'): front page -> count
    published_pages: dict[str, int] = field(default_factory=dict)
    # where links to each entity go, from the site's root: its page, or its entry on a register
    # page (set by the write stage, which lays the pages out)
    hrefs: dict[str, str] = field(default_factory=dict)
    seq: dict[str, int] = field(default_factory=dict)  # item id -> number in the lock's order (IdLock.sequence)


def item_sort_key(b: Bulletin, it: Item) -> tuple:
    return (it.date or b.date or "", b.id, it.seq)


def link(bulletins: list[Bulletin], registers: Registers, redirects: dict[str, str],
         withdrawn: list[Withdrawn] | None = None, seq: dict[str, int] | None = None) -> Links:
    """`seq`: the lock's numbers of the items (IdLock.sequence); without a lock, items are
    numbered oldest first, after any the lock numbers."""
    L = Links(redirects=redirects, withdrawn=withdrawn or [])
    for b in sorted(bulletins, key=lambda b: b.id):
        L.districts.setdefault(b.district.value, []).append(b)
        for it in b.items:
            L.items[it.id] = it
            L.bulletin_of[it.id] = b
    L.seq = {iid: n for iid, n in (seq or {}).items() if iid in L.items}
    nxt = max(L.seq.values(), default=-1) + 1
    for it in sorted(L.items.values(), key=lambda it: item_sort_key(L.bulletin_of[it.id], it)):
        if it.id not in L.seq:
            L.seq[it.id] = nxt
            nxt += 1
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
    # a page of its own when it earns one: most names appear once, and a page for each
    # cost more than the articles (a person page was 89% chrome); the others are listed
    # with their sentence on their district's register pages
    L.paged = {e.id for e in L.entities.values() if e.items and (e.registered or len(e.items) >= 2)}
    return L


def publish_pages(L: Links, lock: IdLock, sizes: dict[str, int]) -> None:
    """Record how many numbered pages each long list has (`sizes`, laid out by the write
    stage) where it is more than ever before: a list that gets shorter keeps its pages' URLs."""
    for stem, n in sizes.items():
        if n > lock.pages.get(stem, 0):
            lock.pages[stem] = n
    L.published_pages = dict(lock.pages)


def publish_entities(L: Links, lock: IdLock) -> None:
    """Record the entity pages this build publishes in the lock, and keep every page the lock
    records: once published, an entity's URL resolves for good (to its page, even if the
    entity is now named once, or to a page saying it is no longer in the edition)."""
    for eid in sorted(L.paged):
        e = L.entities[eid]
        lock.entities.setdefault(eid, {"type": e.type, "name": e.name, **({"district": e.district} if e.district else {})})
    for eid, rec in lock.entities.items():
        e = L.entities.get(eid)
        if e is not None and e.type == rec["type"]:
            L.paged.add(eid)
        else:
            L.gone[eid] = rec


def _mention(L: Links, eid: str, it: Item, roles: list) -> None:
    ref = L.entities[eid]
    # an item's mentions are linked together, so a repeat can only be the last entry
    # (a membership test on the whole list was quadratic in an entity's items)
    if not ref.items or ref.items[-1] != it.id:
        ref.items.append(it.id)
    ref.roles += roles
