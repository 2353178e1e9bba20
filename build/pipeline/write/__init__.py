"""Write stage: every page and data file as {relative path: text}, then onto disk in one move."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import multiprocessing as mp
import os
import pickle
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from ..config import EPOCH
from ..link import Links, item_sort_key
from ..model import Bulletin, Item, Registers
from . import data
from .entities import entities_index, entity_page, entity_paths, gone_page, item_entities, place_entities, register_pages, top_entities
from .export import export
from .html import front_matter
from .index_pages import (
    bulletin_page,
    bulletins_index,
    dates_index,
    district_page,
    districts_index,
    home,
)
from .item_page import ENTITY_DIR, bulletin_label, item_page, label_bulletins, related, year_guessed
from .paging import emptied_page, list_sizes
from .search_index import build_index
from .tombstone import tombstone_page

ABOUT = (Path(__file__).parent / "about.md").read_text(encoding="utf-8")
# what the about page says when a statistical tagger added people (edition.py build --tagger)
MODEL_ZH = {"lac-crf": "LAC 词法分析与条件随机场", "lac": "LAC 词法分析", "lac-raw": "LAC 词法分析", "jieba": "jieba 词性标注"}


def method_note(tagger: str) -> str:
    if tagger == "patterns":
        return ""
    return (f"此外，统计模型（{MODEL_ZH[tagger]}）识别正文中未带职务的人名，登记表中的机构与地点、"
            "附近印出的公司简称及成语中的字不计为人名；这部分人名未经编者逐一核对，可能有误。")
SEARCH = (Path(__file__).parent / "search.md").read_text(encoding="utf-8")
DATA_PAGE = (Path(__file__).parent / "data.md").read_text(encoding="utf-8")


def district_names(registers: Registers) -> dict[str, str]:
    return {d.id: d.name for d in registers.districts.values()}


def neighbours(bulletins: list[Bulletin], L: Links) -> dict[str, dict]:
    """For each item: previous/next in its bulletin and its district's chronology, and
    related items (computed once here: both the page and its key need them)."""
    nav: dict[str, dict] = {}
    for b in bulletins:
        for k, it in enumerate(b.items):
            nav[it.id] = {"prev": b.items[k - 1] if k else None, "next": b.items[k + 1] if k + 1 < len(b.items) else None,
                          "related": related(it, L)}
    for bs in L.districts.values():
        chron = sorted((it for b in bs for it in b.items), key=lambda it: item_sort_key(L.bulletin_of[it.id], it))
        for k, it in enumerate(chron):
            nav[it.id]["dprev"] = chron[k - 1] if k else None
            nav[it.id]["dnext"] = chron[k + 1] if k + 1 < len(chron) else None
    return nav


_SHARED: dict = {}


def _render(job: tuple[str, int, int]) -> list[tuple[str, str]]:
    """Render a slice of the item or entity pages (in a worker that inherited _SHARED)."""
    kind, lo, hi = job
    S = _SHARED
    if kind == "items":
        return [(f"items/{it.id}.md", item_page(b, it, S["L"], S["names"], S["nav"][it.id], S["site_url"]))
                for b, it in S["items"][lo:hi]]
    if kind == "bulletins":
        return [f for b in S["bulletins"][lo:hi] for f in bulletin_files(b, S["L"], S["names"], S["site_url"])]
    return [page for e in S["entities"][lo:hi] for page in entity_page(e, S["L"], S["names"])]


def bulletin_files(b: Bulletin, L: Links, names: dict[str, str], site_url: str) -> Iterator[tuple[str, str]]:
    """A bulletin's page, its TEI and its items' JSON, one at a time."""
    yield f"bulletins/{b.id}.md", bulletin_page(b, names, site_url)
    yield f"tei/{b.id}.xml", data.tei(b, bulletin_label(b, names), names.get(b.district.value or ""), site_url, L.byline_ids,
                                      L.hrefs)
    for it in b.items:
        yield f"api/items/{it.id}.json", data.item_json(b, it, L, site_url)


def bulletin_paths(b: Bulletin) -> list[str]:
    """The files bulletin_files makes of a bulletin."""
    return [f"bulletins/{b.id}.md", f"tei/{b.id}.xml", *(f"api/items/{it.id}.json" for it in b.items)]


class _Hasher:
    """A file that hashes what is written to it: a bulletin pickled into it is never held whole."""

    def __init__(self, h: Any) -> None:
        self.h = h

    def write(self, data: bytes) -> int:
        self.h.update(data)
        return len(data)


def bulletin_keys(bulletins: list[Bulletin], L: Links, salt: str) -> dict[str, str]:
    """For each file of a bulletin's (page, TEI, item JSON), a hash of everything they show:
    the bulletin as read and linked (pickled: everything it holds, so nothing it shows is left
    out; a set pickled in another order only makes the files again), and what the links add,
    the byline names' person ids and the address of every entity named. Made again on every
    build, they were a quarter of a rebuild after one bulletin changed at N=1,000."""
    keys = {}
    for b in bulletins:
        h = hashlib.sha1(salt.encode("utf-8"))
        pickle.Pickler(_Hasher(h), protocol=pickle.HIGHEST_PROTOCOL).dump(b)
        ids = [(it.id, x, L.byline_ids.get((it.id, x))) for it in b.items for x in it.byline_names()]
        named = [x for it in b.items for x in item_entities(it, L)] + [i for *_, i in ids if isinstance(i, str)]
        h.update(repr((ids, [(x, L.hrefs.get(x)) for x in named])).encode("utf-8"))
        key = h.hexdigest()
        for rel in bulletin_paths(b):
            keys[rel] = key
    return keys


def _key(*parts: object) -> str:
    return hashlib.sha1(repr(parts).encode("utf-8")).hexdigest()


def _item_key(b: Bulletin, it: Item) -> str:
    """The key of an item with its bulletin, its paragraphs hashed a piece at a time: the repr
    of a huge article held it two or three times over (the pages stage's peak)."""
    h = hashlib.sha1(repr((b.id, b.file, b.label, b.meta, b.district, b.year, b.date,
                           dataclasses.replace(it, paragraphs=[]))).encode("utf-8"))
    for p in it.paragraphs:
        h.update(repr((p.head, len(p.text), p.lines)).encode("utf-8"))
        for k in range(0, len(p.text), CHUNK):
            h.update(p.text[k : k + CHUNK].encode("utf-8"))
    return h.hexdigest()


def page_keys(bulletins: list[Bulletin], L: Links, nav: dict, salt: str) -> dict[str, str]:
    """For each item and entity page, a hash of everything it shows: a page whose key did not
    change since the last build is not rendered again (its previous file is kept)."""
    ihash = {it.id: _item_key(b, it) for b in bulletins for it in b.items}

    def brief(it: Item | None) -> tuple:
        return (it.id, it.title, it.kicker, it.body[:30], it.kind, it.date, year_guessed(it, L.bulletin_of[it.id])) if it else ()

    keys = {}
    for b in bulletins:
        for it in b.items:
            n = nav[it.id]
            keys[f"items/{it.id}.md"] = _key(salt, ihash[it.id], [brief(n.get(k)) for k in ("prev", "next", "dprev", "dnext")],
                                             [brief(o) for o in n["related"]],
                                             [L.byline_ids.get((it.id, x)) for x in it.byline_names()],
                                             [L.hrefs.get(x) for x in item_entities(it, L)])  # a page or a register entry
    for eid in sorted(L.paged):
        e = L.entities[eid]
        others = {x.id for i in e.items for x in [*L.items[i].people, *L.items[i].organizations, *L.items[i].places]}
        key = _key(salt, e, [ihash[i] for i in e.items],
                   sorted((x, L.entities[x].name, L.hrefs.get(x)) for x in others if x in L.entities))
        for rel in entity_paths(e):  # the front page and the numbered ones: one input, all of it
            keys[rel] = key
    return keys


# A file of docs/: its text, its text in pieces (written as they come), or None for a page
# whose inputs did not change since the last build (its previous file is kept).
Content = str | bytes | Iterable[str] | None


def pages(bulletins: list[Bulletin], L: Links, registers: Registers, site_url: str = "/", jobs: int = 1,
          previous: dict[str, str] | None = None, salt: str = "",
          tagger: str = "patterns", search_cache: Path | None = None) -> tuple[Iterator[tuple[str, Content]], dict[str, str]]:
    """Every file of docs/ as (path, content), produced one at a time so that the writer puts
    each on disk before the next is made (memory stays bounded by the largest page, not the
    site), and the input keys of the item and entity pages. Pages whose key is in `previous`
    ({path: key} of files still on disk) come as (path, None): the writer keeps them.
    `search_cache`: a folder where the search index keeps its postings between builds."""
    names = district_names(registers)
    label_bulletins(bulletins, names)
    place_entities(L)
    nav = neighbours(bulletins, L)
    keys = page_keys(bulletins, L, nav, salt + site_url + repr(sorted(names.items())))
    keys.update(bulletin_keys(bulletins, L, salt + site_url + repr(sorted(names.items()))))
    return _files(bulletins, L, registers, site_url, jobs, previous or {}, keys, nav, names, tagger,
                  search_cache, salt), keys


def _files(bulletins: list[Bulletin], L: Links, registers: Registers, site_url: str, jobs: int,
           previous: dict[str, str], keys: dict[str, str], nav: dict, names: dict[str, str],
           tagger: str, search_cache: Path | None = None, salt: str = "") -> Iterator[tuple[str, Content]]:
    def todo(rel: str) -> bool:
        return previous.get(rel) != keys[rel]

    kept = {rel for rel in keys if not todo(rel)}
    yield from ((rel, None) for rel in sorted(kept))
    # a bulletin's files are made together: those of a bulletin with any file to make
    remade = [b for b in bulletins if any(todo(rel) for rel in bulletin_paths(b))]
    _SHARED.update(
        L=L, names=names, nav=nav, site_url=site_url,
        items=[(b, it) for b in bulletins for it in b.items if todo(f"items/{it.id}.md")],
        entities=[L.entities[x] for x in sorted(L.paged) if any(todo(rel) for rel in entity_paths(L.entities[x]))],
    )
    pooled = jobs > 1 and len(_SHARED["items"]) > 1000 and "fork" in mp.get_all_start_methods()
    try:
        jobs_list = [(k, lo, lo + 500) for k in ("items", "entities") for lo in range(0, len(_SHARED[k]), 500)]
        if pooled:
            # the bulletins' pages, TEI and item JSON too: made in the main process alone,
            # they kept one core idle for a seventh of a cold build
            _SHARED["bulletins"] = remade
            jobs_list += [("bulletins", lo, lo + 50) for lo in range(0, len(remade), 50)]
            with mp.get_context("fork").Pool(jobs) as pool:
                for chunk in pool.imap(_render, jobs_list):
                    yield from (f for f in chunk if f[0] not in kept)
        else:
            for job in jobs_list:
                yield from _render(job)
    finally:
        _SHARED.clear()
    del nav  # the item pages are written: their neighbours are not needed any more
    if not pooled:  # one file at a time: a huge bulletin's files are never all held at once
        for b in remade:
            yield from (f for f in bulletin_files(b, L, names, site_url) if f[0] not in kept)
    yield "data/articles.csv", data.articles_csv(sorted(bulletins, key=lambda b: b.id))
    yield "data/entities.csv", data.entities_csv(L)
    yield "feed.xml", data.atom(bulletins, {b.id: bulletin_label(b, names) for b in bulletins}, site_url)
    yield "data.md", DATA_PAGE
    for w in L.withdrawn:
        folder = "items" if w.kind == "item" else "bulletins"
        yield f"{folder}/{w.id}.md", tombstone_page(w, names, site_url)
    for old, new in sorted(L.redirects.items()):
        yield f"items/{old}.md", front_matter(
            {"title": "本页已迁移", "template": "redirect.html", "location": f"{new}.html", "search": {"exclude": True}}
        )
    yield "index.md", home(bulletins, L, names)
    yield from bulletins_index(bulletins, names)
    yield "districts/index.md", districts_index(L, names)
    for did, bs in L.districts.items():
        yield from district_page(did, bs, L, registers, names, top_entities(did, L, names))
    yield from register_pages(L, names)
    index, year_pages = dates_index(L, names)
    yield "dates/index.md", index
    yield from year_pages.items()
    for kind in ENTITY_DIR:
        yield from entities_index(kind, L, names)
    for eid, rec in sorted(L.gone.items()):
        yield gone_page(eid, rec, names)
    sizes = list_sizes(L)
    for stem, n in sorted(L.published_pages.items()):  # pages of lists now shorter than they were
        for k in range(sizes.get(stem, 0) + 1, n + 1):
            yield emptied_page(stem, k)
    yield "about.md", ABOUT.replace("<!-- method -->", method_note(tagger))
    yield from export(bulletins, L).items()
    yield "search.md", SEARCH
    yield from build_index(L, names, jobs, search_cache, salt, previous, keys)
    yield EPOCH, f"{content_epoch(bulletins, L)}\n"




def content_epoch(bulletins: list[Bulletin], L: Links) -> int:
    """The time the site's dated files (sitemap.xml and .gz) carry: the newest date in the
    edition (publication, item, withdrawal), never the clock, so a rebuild on another day is
    byte-identical. Midnight UTC; 0 when the edition holds no date."""
    dates = [d for b in bulletins for d in (b.date, *(it.date for it in b.items)) if d]
    dates += [w.withdrawn for w in L.withdrawn]
    if not dates:
        return 0
    return int(dt.datetime.fromisoformat(max(dates)).replace(tzinfo=dt.UTC).timestamp())


MANIFEST = ".manifest.json"
CHUNK = 1 << 20  # characters encoded at a time: a huge article is never held twice as bytes


def previous_keys(docs: Path) -> dict[str, str]:
    """{path: input key} of the last build's pages that are still on disk."""
    manifest = _manifest(docs)
    return {rel: v[1] for rel, v in manifest.items() if len(v) > 1 and v[1] and (docs / rel).exists()}


def _manifest(docs: Path) -> dict[str, list]:
    try:
        data = json.loads((docs / MANIFEST).read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def write_tree(files: Iterable[tuple[str, Content]] | dict[str, str], docs: Path,
               keys: dict[str, str] | None = None) -> tuple[int, int]:
    """Write the whole tree beside docs/, then swap it in: a failed build leaves docs/ as it
    was. Files come one at a time and go to disk at once. Files unchanged since the last
    build are hard-linked, not written again, and pages given as None (their key in `keys` is
    unchanged) are kept from the last build. Returns (files, files written)."""
    docs = docs.resolve()
    docs.parent.mkdir(parents=True, exist_ok=True)
    keys = keys or {}
    old = _manifest(docs)
    tmp = Path(tempfile.mkdtemp(prefix=".docs-", dir=docs.parent))
    manifest: dict[str, list] = {}
    changed = 0
    try:
        # paths as strings: pathlib's joins and conversions were a tenth of a rebuild's
        # write stage at N=1,000 (30,000 files kept, each linked)
        made: set[str] = set()
        src_root, dst_root = str(docs), str(tmp)
        for rel, content in (files.items() if isinstance(files, dict) else files):
            if rel in manifest:
                raise ValueError(f"two files for one path: {rel}")  # a bug, never an input problem
            src, path = f"{src_root}/{rel}", f"{dst_root}/{rel}"
            parent = os.path.dirname(path)
            if parent not in made:
                os.makedirs(parent, exist_ok=True)
                made.add(parent)
            if content is None:
                if not _link(src, path):
                    shutil.copyfile(src, path)
                manifest[rel] = [old[rel][0], keys[rel]]
                continue
            if isinstance(content, bytes) or (isinstance(content, str) and len(content) <= CHUNK):
                data = content if isinstance(content, bytes) else content.encode("utf-8")  # bytes: the raw bulletin
                digest = hashlib.sha1(data).hexdigest()
                manifest[rel] = [digest, keys.get(rel, "")]
                if old.get(rel, [None])[0] == digest and _link(src, path):
                    continue
                with open(path, "wb") as f:
                    f.write(data)
                changed += 1
                continue
            h = hashlib.sha1()  # a big file or one in pieces: written as it comes, a chunk at a time
            with open(path, "wb") as f:
                for piece in [content] if isinstance(content, str) else content:
                    for at in range(0, len(piece), CHUNK):
                        data = piece[at : at + CHUNK].encode("utf-8")
                        h.update(data)
                        f.write(data)
            manifest[rel] = [h.hexdigest(), keys.get(rel, "")]
            if old.get(rel, [None])[0] == manifest[rel][0]:
                _relink(src, path)
            else:
                changed += 1
        (tmp / MANIFEST).write_text(json.dumps(manifest, sort_keys=True, indent=0), encoding="utf-8")
        previous = docs.with_name(docs.name + ".old")
        if previous.exists():
            shutil.rmtree(previous)
        if docs.exists():
            os.replace(docs, previous)
        os.replace(tmp, docs)
        if previous.exists():
            shutil.rmtree(previous)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return len(manifest), changed


def _relink(src: str, dst: str) -> None:
    """Make dst, just written with the same bytes as src, a hard link to src (as unchanged
    files are); where linking fails the written copy stays."""
    spare = dst + ".link"
    if _link(src, spare):
        os.replace(spare, dst)


def _link(src: str, dst: str) -> bool:
    try:
        os.link(src, dst)
        return True
    except OSError:
        return False
