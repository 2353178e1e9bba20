"""One page per item: headline, paragraphs with stable anchors, byline, corrections, entities."""

from __future__ import annotations

from ..link import Links
from ..model import BYLINE_ROLES, Bulletin, Item
from . import cite
from .html import correction_html, esc, front_matter, spans_html
from .mention_index import Mentions

KIND_ZH = {"article": "文章", "photo": "图片"}
ENTITY_DIR = {"person": "people", "organization": "organizations", "place": "places"}


def display_title(it: Item) -> str:
    if it.title:
        return it.title
    lead = it.body.replace("\n", "")[:24]
    return f"〔{KIND_ZH[it.kind]}〕{lead}…" if lead else f"〔{KIND_ZH[it.kind]}〕"


def date_zh(date: str | None) -> str:
    if not date:
        return "日期不详"
    y, m, d = date.split("-")
    return f"{int(y)}年{int(m)}月{int(d)}日"


def year_guessed(it: Item, b: Bulletin) -> bool:
    """The item's year is a guess from the text: not printed with the date, and neither a
    publication date nor a year the editors know (a sidecar year not marked inferred)."""
    return it.date_inferred and not b.date and b.year.inferred


# One small mark after an inferred date; the page explains it once (LEGEND).
INFERRED_MARK = '<sup class="gx-inf" title="年份据正文推断">*</sup>'
LEGEND = '<p class="gx-legend" id="gx-legend"><span class="gx-inf" aria-hidden="true">*</span> 年份据正文推断（原文只印月日），依据见所属公报页末。</p>'


def date_html(it: Item, b: Bulletin) -> str:
    """The item's date, escaped, with the inferred-year mark where the year is a guess."""
    return esc(date_zh(it.date)) + (INFERRED_MARK if it.date and year_guessed(it, b) else "")


def with_legend(html: str) -> str:
    """A page's HTML with the legend of the inferred-year mark, once, if the page uses it."""
    return html + ("\n\n" + LEGEND + "\n" if INFERRED_MARK in html else "")


def _rows(corrections: list, note: bool = True) -> str:
    return "".join(f'<li><del class="gx-sic">{esc(c.sic)}</del> → <ins class="gx-corr">{esc(c.corr)}</ins>'
                   + (f"（{esc(c.note)}）" if c.note and note else "") + "</li>" for c in corrections)


def entity_href(L: Links, eid: str) -> str:
    """Where an item page links an entity: its page, or its entry on a register page
    (L.hrefs, laid out by the write stage)."""
    return "../" + L.hrefs.get(eid, f"{ENTITY_DIR[L.entities[eid].type]}/{eid}.html" if eid in L.entities else f"people/{eid}.html")


def paragraph_html(it: Item, offset: int, text: str, linked: set[str], L: Links,
                   mentions: Mentions | None = None) -> str:
    spans = []
    for c in it.corrections:
        k = text.find(c.sic) if c.in_text else -1
        while k >= 0:
            spans.append((k, k + len(c.sic), correction_html(c.sic, c.corr), "\0"))
            k = text.find(c.sic, k + len(c.sic))
    # each entity linked once, at its first mention in the first paragraph that holds one
    for start, _, end, kind, e in (mentions or Mentions(it)).within(offset, offset + len(text)):
        if e.id and e.id not in linked:
            href = entity_href(L, e.id)
            spans.append((start - offset, end - offset, f'<a class="gx-entity gx-{kind}" href="{href}">', "</a>"))
            linked.add(e.id)
    return spans_html(text, spans)


def item_page(b: Bulletin, it: Item, L: Links, district_names: dict[str, str], nav: dict, site_url: str) -> list[str]:
    """The page in pieces, written one after another: a huge article is never copied into
    one string with the rest of its page."""
    url = f"{site_url}items/{it.id}.html"
    facts = cite.facts(b, it, url, f"{site_url}bulletins/{b.id}.html")
    fm = {
        "id": it.id,
        "title": display_title(it),
        "headline": {"title": it.title, "kicker": it.kicker, "subtitle": it.subtitle},
        "kind": it.kind,
        "date": it.date,
        "date_inferred": it.date_inferred,
        "district": b.district.value,
        "bulletin": b.id,
        "source_file": b.file,
        "position": it.seq,
        "reporters": it.reporters,
        "correspondents": it.correspondents,
        "photographers": it.photographers,
        "truncated": it.truncated,
        "hide": ["toc"],
        # <meta name="description">: the lead, or none at all, since Zotero files any
        # description as the abstract and a headline there would be an invented abstract
        "description": facts["abstract"] or None,
        "head_html": cite.head_html(facts, it, district_names.get(b.district.value or "")),
    }
    out = [front_matter(fm)]
    head = ['<header class="gx-headline">']
    if it.kicker:
        head.append(f'<p class="gx-kicker">{esc(it.kicker)}</p>')
    cls = "" if it.title else ' class="gx-untitled"'
    head.append(f'<h1 id="title"{cls}>{esc(display_title(it))}</h1>')
    if it.subtitle:
        head.append(f'<p class="gx-subtitle">{esc(it.subtitle)}</p>')
    district = district_names.get(b.district.value or "", "地区不详")
    dhref = f"../districts/{b.district.value}.html" if b.district.value else "../districts/index.html"
    meta = [
        f'<span class="gx-kind">{KIND_ZH[it.kind]}</span>',
        f'<time datetime="{esc(it.date or "")}">{date_html(it, b)}</time>',
        f'<a href="{dhref}">{esc(district)}</a>',
        f'<a href="../bulletins/{b.id}.html#{it.id}">{esc(bulletin_label(b, district_names))} 第{it.seq}篇</a>',
    ]
    head.append(f'<p class="gx-meta">{" · ".join(meta)}</p>')
    head.append(f'<p class="gx-permalink">永久链接：<a href="{esc(url)}">{esc(url)}</a></p>')
    head.append("</header>")
    out.append("\n".join(head) + "\n\n")
    body: list[list[str]] = [['<div class="gx-body">']]
    offset, linked, mentions = 0, set(), Mentions(it)
    for n, p in enumerate(it.paragraphs, 1):
        inner = paragraph_html(it, offset, p.text, linked, L, mentions)
        anchor = f'<a class="gx-anchor" href="#p{n}" aria-label="第{n}段链接">¶</a>'  # edition.js adds its title
        tag = "h2" if p.head else "p"
        body.append([f'<{tag} id="p{n}" class="gx-{"head" if p.head else "p"}">', inner, f"{anchor}</{tag}>"])
        offset += len(p.text) + 2
    if it.truncated:
        body.append(['<p class="gx-note gx-truncated">（原文至此中断：版面截断，后文未见于本期公报。）</p>'])
    if it.byline:
        lines = "<br>".join(esc(x) for x in it.byline.split("\n"))
        body.append([f'<p class="gx-byline">{lines}</p>'])
    body.append(["</div>"])
    for k, pieces in enumerate(body):
        out += pieces
        out.append("\n" if k + 1 < len(body) else "\n\n")
    if edits := [c for c in it.corrections if c.in_text]:
        out.append(f'<aside class="gx-box gx-corrections"><h2>勘误</h2><p>正文保留原刊文字，编者更正标注于旁。</p><ul>{_rows(edits)}</ul></aside>\n\n')
    if announced := [c for c in it.corrections if c.by == "notice"]:
        out.append('<aside class="gx-box gx-corrections gx-errata"><h2>本则启事所作更正</h2><p>由程序从启事文字读出，未经编者核对；'
                   f'启事本身的文字如实照录。</p><ul>{_rows(announced)}</ul></aside>\n\n')
    if misread := [c for c in it.corrections if c.by == "ocr"]:
        out.append('<aside class="gx-box gx-corrections gx-suspects"><h2>疑似识别错误</h2><p>程序按字形相近、词语不通提示，未经编者核对；'
                   f'正文照录原文，不作改动。</p><ul>{_rows(misread, note=False)}</ul></aside>\n\n')
    if it.decisions:
        out.append(decisions_box(it) + "\n\n")
    out.append(entities_box(it, L) + "\n\n" if (it.people or it.organizations or it.places or it.reporters) else "")
    out.append(related_box(nav["related"], L) + "\n\n" if nav.get("related") else "")
    out.append(cite_box(facts) + "\n\n")
    out.append(nav_box(nav) + "\n")
    if any(INFERRED_MARK in piece for piece in out):  # the mark's legend, once
        out.append("\n\n" + LEGEND + "\n")
    return out


FIELD_ZH = {"title": "标题", "kicker": "引题", "subtitle": "副题", "kind": "类型", "date": "日期", "reporters": "记者",
            "correspondents": "通讯员", "photographers": "摄影", "truncated": "版面截断",
            "merged": "合并"}


def _reading(value: object) -> str:
    if value is None or value == []:
        return "（无）"
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, list):
        return "、".join(map(str, value))
    return KIND_ZH.get(str(value), str(value))


def decisions_box(it: Item) -> str:
    """The editor's decisions on this item, each with the reading of the page it replaces."""
    rows = "".join(
        f'<li>{FIELD_ZH.get(d.field, d.field)}：原刊（据版面读取）<del class="gx-sic">{esc(_reading(d.printed))}</del>'
        f' → 编者<ins class="gx-corr">{esc(_reading(d.value))}</ins>' + (f"（{esc(d.note)}）" if d.note else "") + "</li>"
        for d in it.decisions)
    return (f'<aside class="gx-box gx-corrections gx-decisions"><h2>编者处理</h2><p>以下各项由编者决定；原刊文字不改，'
            f"据版面读出的结果列于旁。</p><ul>{rows}</ul></aside>")


def cite_box(f: dict) -> str:
    styles = [
        ("gbt", "GB/T 7714—2015", cite.gbt7714(f, online=False)),
        ("gbt-ol", "GB/T 7714—2015（网络）", cite.gbt7714(f, online=True)),
        ("apa", "APA 第7版", cite.apa(f)),
        ("chicago", "Chicago 第18版（注释—书目体系，书目条目）", cite.chicago(f)),
    ]
    rows = []
    access = '<span class="gx-access" title="引用日期，由浏览器按今天填写">引用日期</span>'
    for key, label, text in styles:
        shown = esc(text).replace(esc(cite.ACCESS), access)
        # edition.js adds a copy button after each (it could not copy without the script)
        rows.append(f'<dt>{label}</dt><dd><span class="gx-cite-text" id="cite-{key}">{shown}</span></dd>')
    # The BibTeX, RIS and CSL-JSON downloads are made by the page's script (edition.js) from
    # the citation meta tags in the head, with the reader's access date: the page carries the
    # facts once, not three percent-encoded files (9 bytes a Chinese character) in data: links.
    # The two flags below are what the tags do not say (cite.facts_from_head reads them too).
    flags = (" data-circa" if f["year_inferred"] else "") + ("" if f["abstract"] else " data-no-abstract")
    notes = []
    if f["year_inferred"]:
        notes.append("出版年据正文推断，各体例按其规定标注：GB/T 7714 加方括号，APA 作 ca.，Chicago 作 [年?]")
    if not f["newspaper"]:
        notes.append(f"报纸名称未有记录，标作{cite.NO_PAPER}")
    if not f["date"]:
        notes.append("出版日期（月日）未有记录")
    note = f'<p class="gx-meta gx-cite-missing">{esc("；".join(notes))}。</p>' if notes else ""
    return (f'<aside class="gx-box gx-cite" id="cite"{flags}><h2>引用本文</h2><dl>{"".join(rows)}</dl>{note}'
            f'<p class="gx-meta gx-dls">下载（含引用日期）：<a href="../api/items/{esc(f["id"])}.json">数据（JSON）</a></p></aside>')


RELATED_SCAN = 60  # items looked at per entity: keeps the box linear in the archive's size


def related(it: Item, L: Links, limit: int = 5) -> list[Item]:
    """Items sharing the most entities with this one (newest first among equals)."""
    shared: dict[str, int] = {}
    for e in [*it.people, *it.organizations, *it.places]:
        ref = L.entities.get(e.id or "")
        for other in ref.items[:RELATED_SCAN] if ref else []:
            if other != it.id:
                shared[other] = shared.get(other, 0) + 1
    ranked = sorted(shared, key=lambda iid: iid)
    ranked.sort(key=lambda iid: L.items[iid].date or "", reverse=True)
    ranked.sort(key=lambda iid: shared[iid], reverse=True)
    return [L.items[iid] for iid in ranked[:limit]]


def related_box(items: list[Item], L: Links) -> str:
    rows = [f'<li><a href="{o.id}.html">{esc(display_title(o))}</a> <span class="gx-li-meta">{date_html(o, L.bulletin_of[o.id])}</span></li>'
            for o in items]
    return f'<aside class="gx-box gx-related"><h2>相关文章</h2><ul>{"".join(rows)}</ul></aside>' if rows else ""


def bulletin_label(b: Bulletin, district_names: dict[str, str]) -> str:
    """A bulletin's name for lists and citations: the newspaper (else the district's bulletin)
    and the publication date (else the latest date it reports, said so; else its year),
    with the page where known. `label_bulletins` makes the labels of an edition unique."""
    if b.label:
        return b.label
    return _label(b, district_names)


def paper_name(b: Bulletin, district_names: dict[str, str]) -> str:
    if b.meta.get("newspaper"):
        return b.meta["newspaper"]
    district = district_names.get(b.district.value or "")
    return f"{district}公报" if district else "高新区公报（地区不详）"


def latest_date(b: Bulletin) -> str | None:
    return max((it.date for it in b.items if it.date), default=None)


def _label(b: Bulletin, district_names: dict[str, str]) -> str:
    if b.date:
        when = date_zh(b.date)
    elif latest_date(b):
        when = f"记事至{date_zh(latest_date(b))}"
    else:
        when = f"{b.year.value}年" if b.year.value else "年份不详"
    page = f" {b.meta['page']}" if b.meta.get("page") else ""
    return f"{paper_name(b, district_names)} {when}{page}"


NUMBERS = "一二三四五六七八九十"


def label_bulletins(bulletins: list[Bulletin], district_names: dict[str, str]) -> None:
    """Give every bulletin its label (Bulletin.label); two that would read alike are told
    apart by their order of ids (之一, 之二…), so no two bulletins share a label."""
    groups: dict[str, list[Bulletin]] = {}
    for b in bulletins:
        groups.setdefault(_label(b, district_names), []).append(b)
    for label, bs in groups.items():
        for n, b in enumerate(sorted(bs, key=lambda b: b.id), 1):
            b.label = label if len(bs) == 1 else f"{label}（之{NUMBERS[n - 1] if n <= 10 else n}）"


def entities_box(it: Item, L: Links) -> str:
    rows = []
    for label, ents in (("人物", it.people), ("机构", it.organizations), ("地点", it.places)):
        if ents:
            links = "、".join(f'<a href="{entity_href(L, e.id)}">{esc(e.name)}</a>' for e in ents)
            rows.append(f"<dt>{label}</dt><dd>{links}</dd>")
    for role, _, label in BYLINE_ROLES:
        names = getattr(it, role)
        if names:
            links = "、".join(f'<a href="{entity_href(L, L.byline_ids[(it.id, n)])}">{esc(n)}</a>' for n in names)
            rows.append(f"<dt>{label}</dt><dd>{links}</dd>")
    return f'<aside class="gx-box gx-entities"><h2>本篇所见</h2><dl>{"".join(rows)}</dl></aside>'


def nav_box(nav: dict) -> str:
    parts = []
    for key, label in (("prev", "上一篇（本期）"), ("next", "下一篇（本期）"), ("dprev", "较早（本区）"), ("dnext", "较新（本区）")):
        other = nav.get(key)
        if other is not None:
            parts.append(f'<li><span>{label}</span> <a href="{other.id}.html">{esc(display_title(other))}</a></li>')
    return f'<nav class="gx-box gx-itemnav" aria-label="相邻文章"><ul>{"".join(parts)}</ul></nav>'
