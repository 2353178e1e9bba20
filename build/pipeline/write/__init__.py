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
from .item_page import ENTITY_DIR, item_page
from .search_index import build_index

ABOUT = (Path(__file__).parent / "about.md").read_text(encoding="utf-8")
SEARCH = (Path(__file__).parent / "search.md").read_text(encoding="utf-8")


def district_names(registers: Registers) -> dict[str, str]:
    return {d.id: d.name for d in registers.districts.values()}


def neighbours(bulletins: list[Bulletin], L: Links) -> dict[str, dict[str, Item | None]]:
    nav: dict[str, dict[str, Item | None]] = {}
    for b in bulletins:
        for k, it in enumerate(b.items):
            nav[it.id] = {"prev": b.items[k - 1] if k else None, "next": b.items[k + 1] if k + 1 < len(b.items) else None}
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


def pages(bulletins: list[Bulletin], L: Links, registers: Registers, site_url: str = "/", jobs: int = 1) -> dict[str, str]:
    names = district_names(registers)
    files: dict[str, str] = {}
    _SHARED.update(
        L=L, names=names, nav=neighbours(bulletins, L), site_url=site_url,
        items=[(b, it) for b in bulletins for it in b.items],
        entities=[e for e in L.entities.values() if e.items],
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
        files[f"bulletins/{b.id}.md"] = bulletin_page(b, names)
    for old, new in sorted(L.redirects.items()):
        files[f"items/{old}.md"] = front_matter(
            {"title": "本页已迁移", "template": "redirect.html", "location": f"{new}.html", "search": {"exclude": True}}
        )
    files["index.md"] = home(bulletins, L, registers, names)
    files["bulletins/index.md"] = bulletins_index(bulletins, names)
    files["districts/index.md"] = districts_index(L, names)
    for did, bs in L.districts.items():
        files[f"districts/{did or 'unknown'}.md"] = district_page(did, bs, L, registers, names)
    index, year_pages = dates_index(L, names)
    files["dates/index.md"] = index
    files.update(year_pages)
    for kind, folder in ENTITY_DIR.items():
        files[f"{folder}/index.md"] = entities_index(kind, L, names)
    files["about.md"] = ABOUT
    files.update(export(bulletins, L))
    files["search.md"] = SEARCH
    files.update(build_index(bulletins, L, names, jobs))
    return files


MANIFEST = ".manifest.json"


def write_tree(files: dict[str, str], docs: Path) -> tuple[int, int]:
    """Write the whole tree beside docs/, then swap it in: a failed build leaves docs/ as it
    was. Files unchanged since the last build are hard-linked, not written again, so a
    rebuild after a small change writes only what changed. Returns (files, changed)."""
    docs = docs.resolve()
    docs.parent.mkdir(parents=True, exist_ok=True)
    try:
        old = json.loads((docs / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        old = {}
    tmp = Path(tempfile.mkdtemp(prefix=".docs-", dir=docs.parent))
    manifest, changed = {}, 0
    try:
        made: set[Path] = set()
        for rel, text in sorted(files.items()):
            data = text.encode("utf-8")
            digest = hashlib.sha1(data).hexdigest()
            manifest[rel] = digest
            path = tmp / rel
            if path.parent not in made:
                path.parent.mkdir(parents=True, exist_ok=True)
                made.add(path.parent)
            if old.get(rel) == digest and _link(docs / rel, path):
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
    return len(files), changed


def _link(src: Path, dst: Path) -> bool:
    try:
        os.link(src, dst)
        return True
    except OSError:
        return False
