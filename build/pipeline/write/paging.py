"""Long lists cut into pages that do not grow with the archive.

A list is kept oldest first and cut from the oldest: numbered pages 1, 2, … hold `per`
entries each and never change while newer entries are added; the list's own page (its URL
unchanged since before lists were cut) holds the newest 1 to `per` entries. Adding a
bulletin therefore changes the front page and, once in `per` times, makes one new numbered
page; no other page moves. Numbered pages live in a folder named after the front page
(`districts/jiaozuo/3.md` beside `districts/jiaozuo.md`): ids never hold a '/', so a page
number can never be read as another id.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import TypeVar

from ..link import Links
from ..model import Bulletin, Item
from .html import esc, front_matter
from .item_page import ENTITY_DIR, date_zh

T = TypeVar("T")

# Entries per page: a full page stays near 100 KB of HTML with the theme's chrome (about 25 KB
# a page at N=100), far under the 200 KB any page may weigh, while the chrome is shared by
# enough entries (bench/archive.py; the README's figures).
PER_DISTRICT = 20  # bulletins (about 7 items each) on a district page
PER_REGISTER = 8  # bulletins whose once-named people, organisations and places share a register page
PER_DATES = 200  # items on a year page
PER_BULLETINS = 200  # bulletins on the bulletins index
PER_INDEX = 300  # entities on a page of an entity index (by pinyin)
PER_ENTITY = 100  # items on an entity's page


def split(seq: Sequence[T], per: int) -> tuple[list[T], list[list[T]]]:
    """(front: the newest 1..per entries, numbered pages oldest first) of seq, oldest first."""
    m = max(0, (len(seq) - 1) // per)
    return list(seq[m * per:]), [list(seq[k * per:(k + 1) * per]) for k in range(m)]


def count(total: int, per: int) -> int:
    """How many numbered pages a list of `total` entries has (the front page aside)."""
    return max(0, (total - 1) // per)


def item_year(it: Item, b: Bulletin) -> str:
    """The year page an item is listed on."""
    return it.date[:4] if it.date else (b.year.value or "unknown")


def list_sizes(L: Links) -> dict[str, int]:
    """{front page path without .md: its numbered pages} of every list cut into pages (those
    that have any): what the id lock records, so that a numbered page, once published, keeps
    resolving when its list gets shorter."""
    sizes = {"bulletins/index": count(sum(len(bs) for bs in L.districts.values()), PER_BULLETINS)}
    for did, bs in L.districts.items():
        sizes[f"districts/{did or 'unknown'}"] = count(len(bs), PER_DISTRICT)
        sizes[f"districts/{did or 'unknown'}/names"] = count(len(bs), PER_REGISTER)
    for year, n in Counter(item_year(it, L.bulletin_of[it.id]) for it in L.items.values()).items():
        sizes[f"dates/{year}"] = count(n, PER_DATES)
    kinds = Counter(L.entities[x].type for x in L.paged)
    for kind, folder in ENTITY_DIR.items():  # the index's pages are all numbered: 1 is not the front
        chunks = -(-kinds[kind] // PER_INDEX)
        sizes[f"{folder}/index"] = chunks if chunks > 1 else 0
    for eid in L.paged:
        e = L.entities[eid]
        sizes[f"{ENTITY_DIR[e.type]}/{eid}"] = count(len(e.items), PER_ENTITY)
    return {stem: n for stem, n in sorted(sizes.items()) if n}


def emptied_page(stem: str, k: int) -> tuple[str, str]:
    """A numbered page published once whose list is now shorter: its URL stays and leads on."""
    front = stem.rsplit("/", 1)[-1]
    fm = {"title": "本页已无内容", "search": {"exclude": True}}
    body = ("# 本页已无内容\n\n"
            f"<p>这一列表的条目因内容撤下或变动而减少，第{k}页已无条目。本页地址保留，以免引用失效。</p>\n\n"
            f'<p><a href="../{esc(front)}.html">返回列表首页</a></p>\n')
    return f"{stem}/{k}.md", front_matter(fm) + body


def page_of(index: int, total: int, per: int) -> int:
    """The numbered page (1…) holding entry `index` (oldest first) of `total`; 0: the front."""
    m = max(0, (total - 1) // per)
    return index // per + 1 if index < m * per else 0


def numbered(stem: str, k: int) -> str:
    """The path (without .md/.html) of page k of the list whose front page is `stem`; 0: the front."""
    return f"{stem}/{k}" if k else stem


def pager(k: int, m: int, front: str, folder: str) -> str:
    """Links to the newer and older page of page k of m numbered pages (k = 0: the front page),
    relative to that page. `front` is the front page's file name, `folder` the numbered pages'
    folder, both as seen from the front page's folder."""
    if not m:
        return ""
    here_front = k == 0
    to_front = front if here_front else f"../{front}"
    to = (lambda j: f"{folder}/{j}.html") if here_front else (lambda j: f"{j}.html")
    links = []
    newer = None if here_front else (to_front if k == m else to(k + 1))
    older = to(m) if here_front else (to(k - 1) if k > 1 else None)
    if newer:
        links.append(f'<a rel="prev" href="{newer}">较新</a>')
    if not here_front:
        links.append(f'<a href="{to_front}">最新</a>')
    if older:
        links.append(f'<a rel="next" href="{older}">较早</a>')
    if here_front:  # every page from the front, newest first: the way to any part of the list
        links.append('<span class="gx-pages">各页：' + " ".join(
            f'<a href="{to(j)}">{j}</a>' for j in range(m, 0, -1)) + "</span>")
    return f'<nav class="gx-pager" aria-label="分页">{" · ".join(links)}</nav>\n\n'


def page_title(title: str, k: int, span: str = "") -> str:
    """A numbered page's title: the list's, its number, and what it covers."""
    return f"{title}（第{k}页{'，' + span if span else ''}）" if k else title


def span_label(first: str | None, last: str | None) -> str:
    """'2024年3月1日—2024年5月2日' from two ISO dates (oldest, newest), escaped."""
    if not first and not last:
        return ""
    a, b = date_zh(first), date_zh(last)
    return esc(a if a == b else f"{a}—{b}")
