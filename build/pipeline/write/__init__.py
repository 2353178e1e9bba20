"""Write stage: every page and data file as {relative path: text}, then onto disk in one move."""

from __future__ import annotations

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

ABOUT = (Path(__file__).parent / "about.md").read_text(encoding="utf-8")


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


def userdict(registers: Registers, L: Links) -> str:
    """jieba user dictionary: every name the edition knows, so search keeps names whole."""
    words = set()
    for reg in (registers.people, registers.organizations, registers.places):
        for e in reg.values():
            words.update([e.name, *e.aliases])
    for d in registers.districts.values():
        words.update([d.name, d.city, *d.names, *d.clues])
    words.update(e.name for e in L.entities.values())
    return "".join(f"{w} 20000\n" for w in sorted(w for w in words if len(w) >= 2 and " " not in w))


def pages(bulletins: list[Bulletin], L: Links, registers: Registers, site_url: str = "/") -> dict[str, str]:
    names = district_names(registers)
    files: dict[str, str] = {}
    nav = neighbours(bulletins, L)
    for b in bulletins:
        files[f"bulletins/{b.id}.md"] = bulletin_page(b, names)
        for it in b.items:
            files[f"items/{it.id}.md"] = item_page(b, it, L, names, nav[it.id], site_url)
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
    for e in L.entities.values():
        if e.items:
            files[f"{ENTITY_DIR[e.type]}/{e.id}.md"] = entity_page(e, L, names)
    files["about.md"] = ABOUT
    files.update(export(bulletins, L))
    files[".userdict.txt"] = userdict(registers, L)
    return files


def write_tree(files: dict[str, str], docs: Path) -> int:
    """Write the whole tree beside docs/, then swap it in: a failed build leaves docs/ as it was."""
    docs = docs.resolve()
    docs.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".docs-", dir=docs.parent))
    try:
        for rel, text in sorted(files.items()):
            path = tmp / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8", newline="\n")
        old = docs.with_name(docs.name + ".old")
        if old.exists():
            shutil.rmtree(old)
        if docs.exists():
            os.replace(docs, old)
        os.replace(tmp, docs)
        if old.exists():
            shutil.rmtree(old)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return len(files)
