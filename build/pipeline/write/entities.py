"""Entity pages, entity indexes and the district registers.

An entity earns a page of its own when a register holds it or two or more items name it
(link.py's Links.paged, widened by the id lock to every page once published). The others,
three in four, are named in one item only: each is an entry, with the sentence that names
it, on its district's register pages under an anchor that is its id, and links to it go there.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator

from ..link import EntityRef, Links, item_sort_key, pinyin_key
from ..model import BYLINE_ROLES, Bulletin, Item
from . import paging
from .html import esc, front_matter, md_heading
from .index_pages import TYPE_ZH, bulletin_sort_key, item_li
from .item_page import ENTITY_DIR, INFERRED_MARK, date_html, date_zh, display_title, with_legend, year_guessed
from .paging import (
    numbered,
    page_of,
    page_title,
    pager,
    span_label,
    split,
)

KIND_LABEL = {sub: label for _, sub, label in BYLINE_ROLES}


def district_key(did: str | None) -> str:
    return did or "unknown"


def district_chronology(L: Links) -> dict[str, list[Bulletin]]:
    """Each district's bulletins, oldest first: the order its pages are cut in."""
    return {district_key(did): sorted(bs, key=bulletin_sort_key) for did, bs in L.districts.items()}


def register_stem(did: str) -> str:
    return f"districts/{did}/names"


def item_entities(it: Item, L: Links) -> list[str]:
    """The ids of the entities an item names or credits, each once, in the order of its box."""
    ids = [e.id for e in [*it.people, *it.organizations, *it.places] if e.id]
    ids += [L.byline_ids[(it.id, n)] for role, _, _ in BYLINE_ROLES for n in getattr(it, role) if (it.id, n) in L.byline_ids]
    return list(dict.fromkeys(ids))


def place_entities(L: Links) -> None:
    """L.hrefs: where links to each entity go, from the site's root. An entity with a page: the
    page; one named in one item only: its entry on the register page of the item's district
    that covers the item's bulletin (the register is cut like a district page, by bulletins
    oldest first, so a new bulletin moves no entry but those of the front page)."""
    L.hrefs = {eid: f"{ENTITY_DIR[L.entities[eid].type]}/{eid}.html" for eid in L.paged}
    for did, chron in district_chronology(L).items():
        for n, b in enumerate(chron):
            page = numbered(register_stem(did), page_of(n, len(chron), paging.PER_REGISTER))
            for it in b.items:
                for eid in item_entities(it, L):
                    if eid not in L.hrefs:
                        L.hrefs[eid] = f"{page}.html#{eid}"


def href(L: Links, eid: str, prefix: str) -> str:
    return prefix + L.hrefs.get(eid, f"{ENTITY_DIR[L.entities[eid].type]}/{eid}.html")


def register_pages(L: Links, names: dict[str, str]) -> Iterator[tuple[str, str]]:
    """Each district's register: the people, organisations and places named in one of its
    items only, item by item, newest first, each with its sentence and an anchor (its id)."""
    for did, chron in district_chronology(L).items():
        stem = register_stem(did)
        front, pages = split(chron, paging.PER_REGISTER)
        title = f"{names.get(did, '地区不详')}：只见于一篇的名称"
        for k, chunk in [(0, front), *enumerate(pages, 1)]:
            prefix = "../../" if not k else "../../../"
            dates = [it.date for b in chunk for it in b.items if it.date]
            fm = {"title": page_title(title, k, span_label(min(dates, default=None), max(dates, default=None))),
                  "district": None if did == "unknown" else did, "hide": ["toc"], "search": {"exclude": True}}
            out = [front_matter(fm), f"# {md_heading(title)}\n\n"]
            out.append(f'<p class="gx-meta">只见于一篇文章的人物、机构与地点，逐篇列出，附提及的句子；见于两篇以上或入名录的各有专页，见'
                       f'<a href="{prefix}people/index.html">人物</a>、<a href="{prefix}organizations/index.html">机构</a>、'
                       f'<a href="{prefix}places/index.html">地点</a>。'
                       f'<a href="{prefix}districts/{did}.html">返回{esc(names.get(did, "地区不详"))}</a></p>\n\n')
            out.append(pager(k, len(pages), "names.html", "names"))
            for b in reversed(chunk):
                rows = []
                for it in b.items:
                    here = [eid for eid in item_entities(it, L) if L.hrefs.get(eid, "").startswith(f"{numbered(stem, k)}.html#")]
                    if here:
                        rows.append(f'<h3><a href="{prefix}items/{it.id}.html">{esc(display_title(it))}</a> '
                                    f'<span class="gx-li-meta">{date_html(it, b)}</span></h3>\n'
                                    f'<ul class="gx-list gx-register">{"".join(register_entry(L.entities[e], it, L) for e in here)}</ul>\n\n')
                if rows:
                    out.append(f'<h2><a href="{prefix}bulletins/{b.id}.html">{esc(b.label)}</a></h2>\n\n')
                    out.extend(rows)
            out.append(pager(k, len(pages), "names.html", "names"))
            yield f"{numbered(stem, k)}.md", with_legend("".join(out))


def register_entry(e: EntityRef, it: Item, L: Links) -> str:
    kind = KIND_LABEL.get(e.subtype, TYPE_ZH[e.type])
    credit = [label for role, _, label in BYLINE_ROLES if e.name in getattr(it, role) and L.byline_ids.get((it.id, e.name)) == e.id]
    ctx = context(it, e.name) if not credit or any(p.id == e.id for p in it.people) else ""
    what = f'<span class="gx-credit">署名：{esc("、".join(credit))}</span>' if credit else ""
    quote = f'<blockquote class="gx-ctx">{ctx}</blockquote>' if ctx else ""
    label = "" if credit else f' <span class="gx-li-meta">{esc(kind)}</span>'
    return f'<li id="{e.id}"><strong>{esc(e.name)}</strong>{label} {what}{quote}</li>'


def entity_paths(e: EntityRef) -> list[str]:
    """The files of an entity's page: the front page and its numbered pages."""
    stem = f"{ENTITY_DIR[e.type]}/{e.id}"
    return [f"{stem}.md"] + [f"{stem}/{k}.md" for k in range(1, len(split(e.items, paging.PER_ENTITY)[1]) + 1)]


def credits(e: EntityRef, L: Links) -> dict[str, list[str]]:
    """{item id: the byline roles (记者, 通讯员, 摄影) under which the item credits this entity}."""
    out: dict[str, list[str]] = {}
    for iid in e.items:
        it = L.items[iid]
        roles = [label for role, _, label in BYLINE_ROLES if e.name in getattr(it, role) and L.byline_ids.get((iid, e.name)) == e.id]
        if roles:
            out[iid] = roles
    return out


def periods(e: EntityRef, credited: dict[str, list[str]], L: Links) -> list[tuple[str, str | None, str | None, list[str]]]:
    """The printed titles merged: (title, first date, last date, item ids oldest first), by
    first date; the byline roles, which say who wrote an item, are not titles."""
    by_role: dict[str, set[str]] = defaultdict(set)
    for _, role, iid in e.roles:
        if role not in credited.get(iid, []):
            by_role[role].add(iid)
    rows = []
    for role, iids in by_role.items():
        ordered = sorted(iids, key=lambda i: item_sort_key(L.bulletin_of[i], L.items[i]))
        dates = [L.items[i].date for i in ordered if L.items[i].date]
        rows.append((role, dates[0] if dates else None, dates[-1] if dates else None, ordered))
    rows.sort(key=lambda r: (r[1] or "9999", r[0]))
    return rows


ROLE_LINKS = 10  # items linked from a title's row: the first and last ones when there are more


def entity_page(e: EntityRef, L: Links, names: dict[str, str]) -> list[tuple[str, str]]:
    """An entity's page, its items newest first, cut into pages of paging.PER_ENTITY items: the front
    page (its URL unchanged) holds the newest with the titles and who is named together."""
    paths = entity_paths(e)
    front, pages = split(e.items[::-1], paging.PER_ENTITY)  # e.items is newest first
    credited = credits(e, L)
    kind = KIND_LABEL.get(e.subtype, TYPE_ZH[e.type])
    meta = [kind, names.get(e.district or "", "地区不详"), f"见于 {len(e.items)} 篇"]
    if not e.registered:
        meta.append("未入名录（自动识别）")
    out = []
    for k, chunk in [(0, front), *enumerate(pages, 1)]:
        prefix = "../" if not k else "../../"
        fm = {"title": page_title(e.name, k), "id": e.id, "type": e.type, "district": e.district, "registered": e.registered,
              "wikidata": e.wikidata, "items": len(e.items)}
        if k:
            fm["page"] = k
        page = [front_matter(fm), f"# {md_heading(e.name)}\n\n", f'<p class="gx-meta">{esc(" · ".join(meta))}</p>\n\n']
        if not k:
            page.append(titles_html(e, credited, L))
        page.append(pager(k, len(pages), f"{e.id}.html", e.id))
        newest = chunk[::-1]
        if any(i in credited for i in newest):
            page.append("## 署名的文章与图片\n\n")
            rows = [item_li(L.items[i], L.bulletin_of[i], prefix, names, extra=f' <span class="gx-credit">{esc("、".join(credited[i]))}</span>')
                    for i in newest if i in credited]
            page.append(f'<ul class="gx-list gx-credits">{"".join(rows)}</ul>\n\n')
        mentioned = [i for i in newest if i not in credited or any(e.id == p.id for p in L.items[i].people)]
        if mentioned:
            page.append("## 提及的文章\n\n")
            rows = [item_li(L.items[i], L.bulletin_of[i], prefix, names,
                            extra=f'<blockquote class="gx-ctx">{context(L.items[i], e.name)}</blockquote>') for i in mentioned]
            page.append(f'<ul class="gx-list">{"".join(rows)}</ul>\n\n')
        if pages:
            page.append(pager(k, len(pages), f"{e.id}.html", e.id))
        if not k:
            page.append(together_html(e, L))
        out.append((paths[k], with_legend("".join(page))))
    return out


def titles_html(e: EntityRef, credited: dict[str, list[str]], L: Links) -> str:
    titles = periods(e, credited, L)
    if not titles:
        return ""
    rows = []
    for role, first, last, iids in titles:
        span = esc(date_zh(first)) if first == last else f"{esc(date_zh(first))}—{esc(date_zh(last))}"
        shown = list(enumerate(iids, 1))
        if len(shown) > ROLE_LINKS:  # bounded: a title held for years links its first and last items
            shown = [*shown[: ROLE_LINKS // 2], (0, ""), *shown[-ROLE_LINKS // 2:]]
        links = "、".join("…" if not i else
                         f'<a href="../items/{i}.html">{esc(date_zh(L.items[i].date)) if L.items[i].date else f"第{n}篇"}</a>'
                         for n, i in shown)
        if any(L.items[i].date and year_guessed(L.items[i], L.bulletin_of[i]) for i in iids):
            span += INFERRED_MARK
        rows.append(f'<li><strong>{esc(role)}</strong> <span class="gx-period">{span}</span> '
                    f'<span class="gx-li-meta">见于 {len(iids)} 篇：{links}</span></li>')
    return f'## 职务（按首见日期）\n\n<ul class="gx-list gx-roles">{"".join(rows)}</ul>\n\n'


def together_html(e: EntityRef, L: Links) -> str:
    together: dict[str, Counter] = {"person": Counter(), "organization": Counter(), "place": Counter()}
    for iid in e.items:
        it = L.items[iid]
        for p in it.people + it.organizations + it.places:
            if p.id and p.id != e.id and p.id in L.entities:
                together[L.entities[p.id].type][p.id] += 1
    if not any(together.values()):
        return ""
    out = ["## 常一同出现\n\n"]
    for kind_, label in (("person", "人物"), ("organization", "机构"), ("place", "地点")):
        if together[kind_]:
            rows = [f'<li><a href="{href(L, x, "../")}">{esc(L.entities[x].name)}</a> <span class="gx-li-meta">{n} 篇</span></li>'
                    for x, n in sorted(together[kind_].items(), key=lambda kv: (-kv[1], kv[0]))[:12]]
            out.append(f'### {label}\n\n<ul class="gx-list gx-columns gx-together-{kind_}">{"".join(rows)}</ul>\n\n')
    return "".join(out)


def gone_page(eid: str, rec: dict, names: dict[str, str]) -> tuple[str, str]:
    """The page of an entity once published whose items are gone or no longer name it: its
    URL stays, and says so."""
    name, kind = rec["name"], rec["type"]
    fm = {"title": name, "id": eid, "type": kind, "district": rec.get("district"), "items": 0, "search": {"exclude": True}}
    folder = ENTITY_DIR[kind]
    body = (f"# {md_heading(name)}\n\n"
            f'<p class="gx-meta">{esc(TYPE_ZH[kind])} · {esc(names.get(rec.get("district") or "", "地区不详"))}</p>\n\n'
            "<p>本版现有的文章中已不再提及这一名称（提及它的文章已撤下，或其文字有变）。本页地址保留，以免引用失效。</p>\n\n"
            f'<p><a href="index.html">全部{esc(TYPE_ZH[kind])}</a> · <a href="../search.html?q={esc(name)}">检索“{esc(name)}”</a></p>\n')
    return f"{folder}/{eid}.md", front_matter(fm) + body


def context(it: Item, name: str) -> str:
    """The sentence around the first mention, the name highlighted."""
    body = it.body
    k = body.find(name)
    if k < 0:
        return ""
    start = max(body.rfind(c, 0, k) for c in "。！？\n") + 1
    ends = [body.find(c, k) for c in "。！？\n"]
    end = min([x for x in ends if x >= 0], default=len(body))
    s = body[start:end + 1].strip()
    if len(s) > 120:
        j = s.find(name)
        s = ("…" if j > 50 else "") + s[max(0, j - 50): j + 70] + "…"
    return esc(s).replace(esc(name), f"<mark>{esc(name)}</mark>", 1)


def entities_index(kind: str, L: Links, names: dict[str, str]) -> Iterator[tuple[str, str]]:
    """The entities of a kind with a page: the front page says how many and links the pages
    of the list by pinyin (paging.PER_INDEX names each) and the hundred named most often."""
    label = TYPE_ZH[kind]
    folder = ENTITY_DIR[kind]
    ents = sorted((L.entities[x] for x in L.paged if L.entities[x].type == kind), key=lambda e: (pinyin_key(e.name), e.id))
    chunks = [ents[k:k + paging.PER_INDEX] for k in range(0, len(ents), paging.PER_INDEX)]
    out = [front_matter({"title": label}), f"# {label}\n\n"]
    out.append(f'<p class="gx-meta">共 {len(ents)} 个{label}有专页（入名录的，或见于两篇以上的）；只见于一篇的列在'
               f'<a href="../districts/index.html">各地区</a>的名称页上。按拼音排序；另见按提及次数排序。</p>\n\n')
    out.append("## 按拼音\n\n")
    if len(chunks) <= 1:
        out.append(letters_html(ents, "", names))
    else:
        rows = [f'<li><a href="index/{k}.html">{esc(c[0].name)} — {esc(c[-1].name)}</a> '
                f'<span class="gx-li-meta">{len(c)} 个</span></li>' for k, c in enumerate(chunks, 1)]
        out.append(f'<ul class="gx-list gx-columns">{"".join(rows)}</ul>\n\n')
    out.append("## 按提及次数\n\n")
    rows = [f'<li><a href="{e.id}.html">{esc(e.name)}</a> <span class="gx-li-meta">{len(e.items)} 篇</span></li>'
            for e in sorted(ents, key=lambda e: (-len(e.items), pinyin_key(e.name)))[:100]]
    out.append(f'<ol class="gx-list">{"".join(rows)}</ol>\n')
    yield f"{folder}/index.md", "".join(out)
    if len(chunks) <= 1:
        return
    for k, chunk in enumerate(chunks, 1):
        title = page_title(label, k, f"{chunk[0].name}—{chunk[-1].name}")
        page = [front_matter({"title": title, "search": {"exclude": True}}), f"# {md_heading(title)}\n\n"]
        nav = [f'<a href="{k - 1}.html">上一页</a>' if k > 1 else "", '<a href="../index.html">全部</a>',
               f'<a href="{k + 1}.html">下一页</a>' if k < len(chunks) else ""]
        bar = f'<nav class="gx-pager" aria-label="分页">{" · ".join(x for x in nav if x)}</nav>\n\n'
        page += [bar, letters_html(chunk, "../", names), bar]
        yield f"{folder}/index/{k}.md", "".join(page)


def letters_html(ents: list[EntityRef], prefix: str, names: dict[str, str]) -> str:
    groups: dict[str, list[EntityRef]] = defaultdict(list)
    for e in ents:
        groups[pinyin_key(e.name)[:1].upper()].append(e)
    out = []
    for letter in sorted(groups):
        rows = [f'<li><a href="{prefix}{e.id}.html">{esc(e.name)}</a> <span class="gx-li-meta">{esc(names.get(e.district or "", ""))} · {len(e.items)} 篇</span></li>'
                for e in groups[letter]]
        out.append(f"### {md_heading(letter)}\n\n<ul class=\"gx-list gx-columns\">{''.join(rows)}</ul>\n\n")
    return "".join(out)


def top_entities(did: str | None, L: Links, names: dict[str, str], limit: int = 30) -> str:
    """A district's most named people, organisations and places with a page (bounded)."""
    out = []
    for kind, label in (("person", "人物"), ("organization", "机构"), ("place", "地点")):
        ents = [L.entities[x] for x in sorted(L.paged) if L.entities[x].type == kind and L.entities[x].district == did and L.entities[x].items]
        if ents:
            rows = [f'<li><a href="../{ENTITY_DIR[e.type]}/{e.id}.html">{esc(e.name)}</a> <span class="gx-li-meta">{len(e.items)} 篇</span></li>'
                    for e in sorted(ents, key=lambda e: (-len(e.items), pinyin_key(e.name), e.id))[:limit]]
            more = f'<p>本区另有 {len(ents) - limit} 个，见<a href="../{ENTITY_DIR[kind]}/index.html">{label}索引</a></p>' if len(ents) > limit else ""
            out.append(f'## {label}\n\n<ul class="gx-list gx-columns">{"".join(rows)}</ul>{more}\n\n')
    return "".join(out)
