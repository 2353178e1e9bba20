"""Write stage: every page and data file as {relative path: text}, then onto disk in one move."""

from __future__ import annotations

import hashlib
import json
import multiprocessing as mp
import os
import shutil
import tempfile
from pathlib import Path

from ..link import Links, item_sort_key
from ..model import Bulletin, Item, Registers
from . import data
from .export import export
from .html import front_matter
from .index_pages import (
    bulletin_page,
    bulletins_index,
    dates_index,
    district_page,
    districts_index,
    entities_index,
    entity_page,
    home,
)
from .item_page import ENTITY_DIR, bulletin_label, item_page, related
from .search_index import build_index

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
    return [(f"{ENTITY_DIR[e.type]}/{e.id}.md", entity_page(e, S["L"], S["names"])) for e in S["entities"][lo:hi]]


def _key(*parts: object) -> str:
    return hashlib.sha1(repr(parts).encode("utf-8")).hexdigest()


def page_keys(bulletins: list[Bulletin], L: Links, nav: dict, salt: str) -> dict[str, str]:
    """For each item and entity page, a hash of everything it shows: a page whose key did not
    change since the last build is not rendered again (its previous file is kept)."""
    ihash = {it.id: _key(b.id, b.file, b.meta, b.district, b.year, b.date, it) for b in bulletins for it in b.items}

    def brief(it: Item | None) -> tuple:
        return (it.id, it.title, it.kicker, it.body[:30], it.kind, it.date) if it else ()

    keys = {}
    for b in bulletins:
        for it in b.items:
            n = nav[it.id]
            keys[f"items/{it.id}.md"] = _key(salt, ihash[it.id], [brief(n.get(k)) for k in ("prev", "next", "dprev", "dnext")],
                                             [brief(o) for o in n["related"]],
                                             [L.byline_ids.get((it.id, x)) for x in it.byline_names()])
    for e in L.entities.values():
        if e.items:
            others = {x.id for i in e.items for x in [*L.items[i].people, *L.items[i].organizations, *L.items[i].places]}
            keys[f"{ENTITY_DIR[e.type]}/{e.id}.md"] = _key(salt, e, [ihash[i] for i in e.items],
                                                            sorted((x, L.entities[x].name) for x in others if x in L.entities))
    return keys


def pages(bulletins: list[Bulletin], L: Links, registers: Registers, site_url: str = "/", jobs: int = 1,
          previous: dict[str, str] | None = None, salt: str = "", tagger: str = "patterns") -> tuple[dict[str, str], dict[str, str]]:
    """All files of docs/ as {path: text}, and the input keys of the item and entity pages.
    Pages whose key is in `previous` ({path: key} of files still on disk) are left out of
    the texts: the writer keeps their previous file."""
    names = district_names(registers)
    files: dict[str, str] = {}
    nav = neighbours(bulletins, L)
    keys = page_keys(bulletins, L, nav, salt + site_url + repr(sorted(names.items())))
    previous = previous or {}

    def todo(rel: str) -> bool:
        return previous.get(rel) != keys[rel]

    _SHARED.update(
        L=L, names=names, nav=nav, site_url=site_url,
        items=[(b, it) for b in bulletins for it in b.items if todo(f"items/{it.id}.md")],
        entities=[e for e in L.entities.values() if e.items and todo(f"{ENTITY_DIR[e.type]}/{e.id}.md")],
    )
    try:
        jobs_list = [(k, lo, lo + 500) for k in ("items", "entities") for lo in range(0, len(_SHARED[k]), 500)]
        if jobs > 1 and len(_SHARED["items"]) > 1000 and "fork" in mp.get_all_start_methods():
            with mp.get_context("fork").Pool(jobs) as pool:
                chunks = pool.map(_render, jobs_list)
        else:
            chunks = [_render(j) for j in jobs_list]
    finally:
        _SHARED.clear()
    for chunk in chunks:
        files.update(chunk)
    for b in bulletins:
        files[f"bulletins/{b.id}.md"] = bulletin_page(b, names, site_url)
        files[f"tei/{b.id}.xml"] = data.tei(b, bulletin_label(b, names), names.get(b.district.value or ""), site_url, L.byline_ids)
        for it in b.items:
            files[f"api/items/{it.id}.json"] = data.item_json(b, it, L, site_url)
    files["data/articles.csv"] = data.articles_csv(sorted(bulletins, key=lambda b: b.id))
    files["data/entities.csv"] = data.entities_csv(L)
    files["feed.xml"] = data.atom(bulletins, {b.id: bulletin_label(b, names) for b in bulletins}, site_url)
    files["data.md"] = DATA_PAGE
    for old, new in sorted(L.redirects.items()):
        files[f"items/{old}.md"] = front_matter(
            {"title": "本页已迁移", "template": "redirect.html", "location": f"{new}.html", "search": {"exclude": True}}
        )
    files["index.md"] = home(bulletins, L, names)
    files["bulletins/index.md"] = bulletins_index(bulletins, names)
    files["districts/index.md"] = districts_index(L, names)
    for did, bs in L.districts.items():
        files[f"districts/{did or 'unknown'}.md"] = district_page(did, bs, L, registers, names)
    index, year_pages = dates_index(L, names)
    files["dates/index.md"] = index
    files.update(year_pages)
    for kind, folder in ENTITY_DIR.items():
        files[f"{folder}/index.md"] = entities_index(kind, L, names)
    files["about.md"] = ABOUT.replace("<!-- method -->", method_note(tagger))
    files.update(export(bulletins, L))
    files["search.md"] = SEARCH
    files.update(build_index(L, names, jobs))
    return files, keys


MANIFEST = ".manifest.json"


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


def write_tree(files: dict[str, str | bytes], docs: Path, keys: dict[str, str] | None = None) -> tuple[int, int]:
    """Write the whole tree beside docs/, then swap it in: a failed build leaves docs/ as it
    was. Files unchanged since the last build are hard-linked, not written again, and pages
    the build did not render (their key in `keys` is unchanged) are kept from the last build.
    Returns (files, files written)."""
    docs = docs.resolve()
    docs.parent.mkdir(parents=True, exist_ok=True)
    keys = keys or {}
    old = _manifest(docs)
    tmp = Path(tempfile.mkdtemp(prefix=".docs-", dir=docs.parent))
    manifest, changed = {}, 0
    try:
        made: set[Path] = set()
        kept = {rel for rel in keys if rel not in files}
        for rel in sorted(set(files) | kept):
            path = tmp / rel
            if path.parent not in made:
                path.parent.mkdir(parents=True, exist_ok=True)
                made.add(path.parent)
            if rel in kept:
                if not _link(docs / rel, path):
                    shutil.copyfile(docs / rel, path)
                manifest[rel] = [old[rel][0], keys[rel]]
                continue
            text = files[rel]
            data = text if isinstance(text, bytes) else text.encode("utf-8")
            digest = hashlib.sha1(data).hexdigest()
            manifest[rel] = [digest, keys.get(rel, "")]
            if old.get(rel, [None])[0] == digest and _link(docs / rel, path):
                continue
            path.write_bytes(data)
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


def _link(src: Path, dst: Path) -> bool:
    try:
        os.link(src, dst)
        return True
    except OSError:
        return False
