"""Index pages: home, bulletins, districts, dates, entities. Each page's size grows with what
it lists, never with the size of the whole edition times something else."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator

from ..link import Links, item_sort_key, pinyin_key
from ..model import BYLINE_ROLES, Bulletin, Item, Registers
from . import cite, paging
from .html import esc, front_matter, md_heading
from .item_page import (
    bulletin_label,
    date_html,
    date_zh,
    display_title,
    latest_date,
    paper_name,
    with_legend,
)
from .paging import item_year, page_of, page_title, pager, span_label, split

TYPE_ZH = {"person": "人物", "organization": "机构", "place": "地点"}


def item_li(it: Item, b: Bulletin, prefix: str, names: dict[str, str], show_district: bool = True, extra: str = "") -> str:
    bits = [f'<a href="{prefix}items/{it.id}.html">{esc(display_title(it))}</a>']
    if it.kicker:
        bits.insert(0, f'<span class="gx-kicker-inline">{esc(it.kicker)}</span> ')
    meta = [date_html(it, b)]
    if show_district:
        meta.append(esc(names.get(b.district.value or "", "地区不详")))
    if it.kind == "photo":
        meta.append("图片")
    return f'<li>{"".join(bits)} <span class="gx-li-meta">{" · ".join(meta)}</span>{extra}</li>'


def home(bulletins: list[Bulletin], L: Links, names: dict[str, str]) -> str:
    """What a newcomer needs: what the edition holds, where to start, what it promises."""
    items = list(L.items.values())
    photos = sum(1 for it in items if it.kind == "photo")
    dates = sorted(it.date for it in items if it.date)
    people = [e for e in L.entities.values() if e.type == "person" and e.items]
    out = [front_matter({"title": "高新区公报数字版", "hide": ["navigation", "toc"]})]
    out.append('<header class="gx-home-head"><h1 id="title">高新区公报数字版</h1>'
               '<p class="gx-home-lead">城市日报刊登的高新区专版（公报）的数字版：原文逐字保存，'
               "每篇文章和图片都有永久链接，可按地区、日期和人物浏览、全文检索，也可整站下载离线阅读。</p></header>\n\n")
    out.append('<form class="gx-search-form gx-home-search" role="search" action="search.html" method="get">'
               '<label for="gx-home-q">检索全部公报</label>'
               '<input type="search" id="gx-home-q" name="q" placeholder="人名、机构、地名或任意字词" enterkeyhint="search">'
               '<button type="submit" class="md-button md-button--primary">检索</button></form>\n\n')
    out.append("## 本版收录\n\n")
    papers = Counter(b.meta.get("newspaper") for b in bulletins)
    paper_list = "、".join(f"{esc(p)}（{n} 期）" for p, n in sorted(papers.items(), key=lambda kv: pinyin_key(kv[0] or "~")) if p)
    if papers.get(None):
        paper_list += ("；" if paper_list else "") + f"报纸名称未有记录的 {papers[None]} 期"
    span = f"{esc(date_zh(dates[0]))}至{esc(date_zh(dates[-1]))}" if dates else "不详"
    districts = [(did, bs) for did, bs in sorted(L.districts.items(), key=lambda kv: pinyin_key(names.get(kv[0] or "", "~")))]
    facts = [
        ("公报", f"{len(bulletins)} 期"),
        ("文章与图片", f"{len(items) - photos} 篇文章、{photos} 幅图片"),
        ("报纸", paper_list),
        ("地区", f"{len([d for d, _ in districts if d])} 个高新区：" + "、".join(
            f'<a href="districts/{did or "unknown"}.html">{esc(names.get(did or "", "地区不详"))}</a>（{len(bs)} 期）'
            for did, bs in districts)),
        ("时间", f"所记事件 {span}"),
        ("人物", f'<a href="people/index.html">{len(people)} 人</a>'),
    ]
    out.append('<dl class="gx-facts gx-holdings">' + "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in facts) + "</dl>\n\n")
    out.append("## 从这里开始\n\n")
    latest = sorted(bulletins, key=bulletin_sort_key, reverse=True)[:5]
    out.append('<div class="gx-start"><section><h3>最新公报</h3>' + bulletin_list(latest, "", names)
               + '<p><a href="bulletins/index.html">全部公报</a></p></section>')
    years = Counter(d[:4] for d in dates)
    year_links = "".join(f'<li><a href="dates/{y}.html">{y}年</a> <span class="gx-li-meta">{n} 篇</span></li>' for y, n in sorted(years.items(), reverse=True))
    out.append(f'<section><h3>按日期</h3><ul class="gx-list">{year_links}</ul><p><a href="dates/index.html">日历</a></p></section>')
    top = sorted((e for e in people if e.id in L.paged), key=lambda e: (-len(e.items), pinyin_key(e.name)))[:8]
    person_links = "".join(f'<li><a href="people/{e.id}.html">{esc(e.name)}</a> <span class="gx-li-meta">{len(e.items)} 篇</span></li>' for e in top)
    out.append(f'<section><h3>常见人物</h3><ul class="gx-list">{person_links}</ul><p><a href="people/index.html">全部人物</a></p></section></div>\n\n')
    out.append("## 本版的承诺\n\n")
    out.append('<ul class="gx-promises">'
               "<li><strong>原文如实</strong>：正文与原刊逐字相同，只修复版面造成的断行；编者更正与原刊文字并列标出，"
               "推断的年份与地区都注明依据；每期公报页末可下载逐字节未改的原始文本。</li>"
               "<li><strong>链接永久</strong>：每篇文章、图片和每段文字（#p1、#p2…）的地址永不改变；撤下的内容留有说明页。"
               '可直接引用（GB/T 7714、APA、Chicago，见各篇末“引用本文”）。</li>'
               '<li><strong>离线可读</strong>：<a href="download/gaoxinqu-edition.tar.xz" download>下载整站（tar.xz）</a>，'
               "解压（Windows 11、macOS、Linux 自带工具，或 7-Zip 等）后打开 index.html，浏览与检索都无需联网。"
               '另有<a href="data.html">数据下载</a>（CSV、TEI、JSON、Atom 订阅）。</li></ul>\n\n')
    out.append('<p class="gx-meta"><a href="about.html">关于本版：来源、方法与局限</a></p>\n')
    return "".join(out)


def bulletin_sort_key(b: Bulletin) -> tuple:
    dates = [it.date for it in b.items if it.date]
    return (b.date or (max(dates) if dates else (b.year.value or "")), b.id)


def bulletin_list(bs: list[Bulletin], prefix: str, names: dict[str, str]) -> str:
    rows = []
    for b in bs:
        first = next((it.title for it in b.items if it.title), "")
        rows.append(
            f'<li><a href="{prefix}bulletins/{b.id}.html">{esc(bulletin_label(b, names))}</a> '
            f'<span class="gx-li-meta">{len(b.items)} 篇 · {esc(first)}</span></li>'
        )
    return f'<ul class="gx-list">{"".join(rows)}</ul>'


def bulletins_index(bulletins: list[Bulletin], names: dict[str, str]) -> Iterator[tuple[str, str]]:
    """All bulletins, newest first, by year, paging.PER_BULLETINS a page (numbered from the oldest)."""
    front, pages = split(sorted(bulletins, key=bulletin_sort_key), paging.PER_BULLETINS)
    for k, chunk in [(0, front), *enumerate(pages, 1)]:
        prefix = "../" if not k else "../../"
        span = span_label(bulletin_sort_key(chunk[0])[0], bulletin_sort_key(chunk[-1])[0]) if k else ""
        title = page_title("全部公报", k, span)
        out = [front_matter({"title": title}), f"# {md_heading(title)}\n\n"]
        if not k:
            out.append(f'<p class="gx-meta">共 {len(bulletins)} 期，新的在前。</p>\n\n')
        bar = pager(k, len(pages), "index.html", "index")
        out.append(bar)
        by_year: dict[str, list[Bulletin]] = defaultdict(list)
        for b in chunk:
            by_year[b.year.value or "年份不详"].append(b)
        for year in sorted(by_year, reverse=True):
            out.append(f"## {md_heading(year)}\n\n")
            out.append(bulletin_list(by_year[year][::-1], prefix, names) + "\n\n")
        out.append(bar)
        yield ("bulletins/index.md" if not k else f"bulletins/index/{k}.md"), "".join(out)


def first_sentence(it: Item, limit: int = 90) -> str:
    """The item's opening sentence (cut at `limit` characters), as printed."""
    text = next((p.text for p in it.paragraphs if not p.head), "").replace("\n", "")
    ends = [k for k in (text.find(c) for c in "。！？") if k >= 0]
    s = text[: min(ends) + 1] if ends else text
    return s if len(s) <= limit else s[:limit] + "…"


def byline_zh(it: Item) -> str:
    """The names printed as the item's byline, by role (记者 X、Y 通讯员 Z)."""
    parts = [f"{label} {'、'.join(getattr(it, role))}" for role, _, label in BYLINE_ROLES if getattr(it, role)]
    return "　".join(parts)


def masthead(b: Bulletin, names: dict[str, str]) -> str:
    """Newspaper, date and page where the sidecar gives them, and what is unknown said so."""
    bits = [] if b.meta.get("newspaper") else ['<span class="gx-unknown">报纸名称未有记录</span>']
    if b.date:
        bits.append(f'<time datetime="{b.date}">{esc(date_zh(b.date))}</time>')
    else:
        latest = latest_date(b)
        known = f"，所记最晚为 {esc(date_zh(latest))}" if latest else ""
        year = f"（{esc(b.year.value)}年{'，推断' if b.year.inferred else ''}）" if b.year.value else ""
        bits.append(f'<span class="gx-unknown">出版日期不详{year}{known}</span>')
    bits.append(esc(b.meta["page"]) if b.meta.get("page") else '<span class="gx-unknown">版次不详</span>')
    district = names.get(b.district.value or "")
    if district:
        bits.append(f'<a href="../districts/{b.district.value}.html">{esc(district)}</a>')
    photos = sum(1 for it in b.items if it.kind == "photo")
    bits.append(f"{len(b.items) - photos} 篇文章" + (f"、{photos} 幅图片" if photos else ""))
    return f'<p class="gx-issue">{" · ".join(bits)}</p>'



def bulletin_page(b: Bulletin, names: dict[str, str], site_url: str = "/") -> str:
    """A bulletin as a newspaper's contents page: the masthead, then each item in print
    order as its headline group with byline and opening sentence, the layout text in place;
    provenance and the evidence of what was inferred at the end, folded. Each item carries
    a COinS span (a newspaper article in OpenURL's Dublin Core form), so Zotero offers the
    page as the list of its articles."""
    bulletin_url = f"{site_url}bulletins/{b.id}.html"
    label = bulletin_label(b, names)
    cites = [cite.facts(b, it, f"{site_url}items/{it.id}.html", bulletin_url) for it in b.items]
    fm = {"title": label, "id": b.id, "source_file": b.file, "district": b.district.value,
          "date": b.date, "year": b.year.value, "year_inferred": b.year.inferred, "items": [it.id for it in b.items],
          "hide": ["toc"], "description": f"{label}：{len(b.items)} 篇",
          "head_html": cite.issue_json_ld(b, label, cites, bulletin_url)}
    out = [front_matter(fm), f'<header class="gx-masthead"><h1 id="title">{esc(paper_name(b, names))}</h1>',
           masthead(b, names), f'<p class="gx-permalink">永久链接：<a href="{esc(bulletin_url)}">{esc(bulletin_url)}</a></p>',
           "</header>\n\n"]
    rows = []
    frags = defaultdict(list)
    for f in b.fragments:
        frags[f.after_item].append(f)
    for k in range(len(b.items) + 1):
        for f in frags.get(k, []):
            rows.append(f'<li class="gx-fragment"><span class="gx-sr">版面文字：</span>{esc(f.text)}</li>')
        if k < len(b.items):
            it = b.items[k]
            head = []
            if it.kicker:
                head.append(f'<p class="gx-kicker">{esc(it.kicker)}</p>')
            badge = '<span class="gx-kind gx-photo-mark">图片</span> ' if it.kind == "photo" else ""
            untitled = "" if it.title else ' class="gx-untitled"'
            head.append(f'<h2{untitled}>{badge}<a href="../items/{it.id}.html">{esc(display_title(it))}</a></h2>')
            if it.subtitle:
                head.append(f'<p class="gx-subtitle">{esc(it.subtitle)}</p>')
            meta = [date_html(it, b)] + ([esc(byline_zh(it))] if byline_zh(it) else []) + (["原文截断"] if it.truncated else [])
            head.append(f'<p class="gx-li-meta">{" · ".join(meta)}</p>')
            lead = first_sentence(it) if it.title or it.kind == "photo" else ""
            if lead:
                head.append(f'<p class="gx-lead">{esc(lead)}</p>')
            rows.append(f'<li id="{it.id}" class="gx-entry gx-{it.kind}">{"".join(head)}'
                        f'<span class="Z3988" title="{esc(cite.coins(cites[k]))}"></span></li>')
    out.append(f'<ol class="gx-toc" aria-label="本期目录">{"".join(rows)}</ol>\n\n')
    out.append(provenance(b, names) + "\n")
    return with_legend("".join(out))


def provenance(b: Bulletin, names: dict[str, str]) -> str:
    """Where the text comes from and on what the inferred facts rest: folded at the end."""
    facts = [f'<dt>原件</dt><dd><code>{esc(b.file)}</code>（<a href="{b.id}.txt">原始文本</a>，逐字节未改，'
             f'SHA-256 <code>{b.sha[:16]}…</code>；<a href="../tei/{b.id}.xml">TEI P5</a>）</dd>',
             f"<dt>编号</dt><dd><code>{esc(b.id)}</code></dd>"]
    dname = names.get(b.district.value or "", "地区不详")
    dnote = "（据文中线索推断：" + "；".join(b.district.evidence) + "）" if b.district.inferred else ""
    facts.append(f"<dt>地区</dt><dd>{esc(dname)}{esc(dnote)}</dd>")
    if b.date:
        facts.append(f"<dt>出版日期</dt><dd>{esc(date_zh(b.date))}</dd>")
    ynote = "（推断：" + "；".join(b.year.evidence) + "）" if b.year.inferred else ""
    facts.append(f"<dt>年份</dt><dd>{esc(b.year.value or '不详')}{esc(ynote)}</dd>")
    for key, label in (("newspaper", "报纸"), ("page", "版面"), ("source", "来源")):
        if b.meta.get(key):
            facts.append(f"<dt>{label}</dt><dd>{esc(b.meta[key])}</dd>")
    lines = "".join(f'<li><a href="../items/{it.id}.html">{it.seq}</a> <code>{it.id}</code> '
                    f'原文第{it.first_line}–{it.last_line}行{"；" + esc(it.date_evidence) if it.date_evidence else ""}</li>'
                    for it in b.items)
    return (f'<details class="gx-provenance"><summary>来源与推断依据</summary><dl class="gx-facts">{"".join(facts)}</dl>'
            f'<p>各篇在原文中的位置与日期依据：</p><ul class="gx-lines">{lines}</ul></details>')


def district_page(did: str | None, bs: list[Bulletin], L: Links, registers: Registers, names: dict[str, str],
                  top: str = "") -> Iterator[tuple[str, str]]:
    """A district's bulletins with their items, newest first, paging.PER_DISTRICT bulletins a page
    (numbered from the oldest); the front page also links the district's register of names
    met once and gives `top`, its most named people, organisations and places."""
    d = registers.districts.get(did or "")
    key = did or "unknown"
    title = names.get(did or "", "地区不详")
    front, pages = split(sorted(bs, key=bulletin_sort_key), paging.PER_DISTRICT)
    for k, chunk in [(0, front), *enumerate(pages, 1)]:
        prefix = "../" if not k else "../../"
        dates = [it.date for b in chunk for it in b.items if it.date]
        out = [front_matter({"title": page_title(title, k, span_label(min(dates, default=None), max(dates, default=None))),
                             "district": did}), f"# {md_heading(title)}\n\n"]
        if d and not k:
            where = " ".join(x for x in (f"{esc(d.province)}省" if d.province else "", f"{esc(d.city)}市" if d.city else "") if x)
            out.append(f'<p class="gx-meta">{where + " · " if where else ""}公报 {len(bs)} 期</p>\n\n')
        if not k:
            out.append(f'<p><a href="{key}/names.html">只见于一篇的人物、机构与地点</a>（附提及的句子）</p>\n\n')
        bar = pager(k, len(pages), f"{key}.html", key)
        out.append("## 公报与文章\n\n" + bar)
        for b in reversed(chunk):
            rows = "".join(item_li(it, b, prefix, names, show_district=False) for it in b.items)
            out.append(f'<h3><a href="{prefix}bulletins/{b.id}.html">{esc(bulletin_label(b, names))}</a></h3>\n'
                       f'<ul class="gx-list">{rows}</ul>\n\n')
        out.append(bar)
        if not k:
            out.append(top)
        yield (f"districts/{key}.md" if not k else f"districts/{key}/{k}.md"), with_legend("".join(out))


def districts_index(L: Links, names: dict[str, str]) -> str:
    out = [front_matter({"title": "地区"}), "# 地区\n\n"]
    rows = []
    for did, bs in sorted(L.districts.items(), key=lambda kv: pinyin_key(names.get(kv[0] or "", "~"))):
        n = sum(len(b.items) for b in bs)
        href = f"{did}.html" if did else "unknown.html"
        rows.append(f'<li><a href="{href}">{esc(names.get(did or "", "地区不详"))}</a> <span class="gx-li-meta">{len(bs)} 期 · {n} 篇</span></li>')
    out.append(f'<ul class="gx-list">{"".join(rows)}</ul>\n')
    return "".join(out)


def dates_index(L: Links, names: dict[str, str]) -> tuple[str, dict[str, str]]:
    """The calendar, and for each year its items newest first, paging.PER_DATES a page (numbered
    from the oldest); a month's link goes to the page where the month begins, newest first."""
    per_year: dict[str, list[tuple[Item, Bulletin]]] = defaultdict(list)
    for it in L.items.values():
        b = L.bulletin_of[it.id]
        per_year[item_year(it, b)].append((it, b))
    out = [front_matter({"title": "按日期"}), "# 按日期\n\n"]
    pages = {}
    for year in sorted(per_year, reverse=True):
        items = sorted(per_year[year], key=lambda x: item_sort_key(x[1], x[0]))  # oldest first
        month_of = [it.date[5:7] if it.date else "00" for it, _ in items]
        where = {m: page_of(n, len(items), paging.PER_DATES) for n, m in enumerate(month_of)}  # the last (newest) wins
        months = Counter(m for m in month_of if m != "00")
        label = f"{year}年" if year != "unknown" else "年份不详"

        def month_href(m: str, here: int, year: str = year, where: dict = where) -> str:
            k = where[m]
            path = f"{year}.html" if not k else f"{year}/{k}.html"
            return f"{'../' if here else ''}{path}#m{m}"

        cells = "".join(
            f'<a class="gx-month" href="{month_href(f"{m:02d}", 0)}">{m}月<span>{months[f"{m:02d}"]}</span></a>'
            if months.get(f"{m:02d}") else f'<span class="gx-month gx-empty">{m}月<span>0</span></span>'
            for m in range(1, 13)
        ) if year != "unknown" else ""
        out.append(f"## {md_heading(label)}\n\n")
        out.append(f'<p><a href="{year}.html">{esc(label)}全部 {len(items)} 篇</a></p>\n\n')
        if cells:
            out.append(f'<div class="gx-calendar">{cells}</div>\n\n')
        front, chunks = split(items, paging.PER_DATES)
        for k, chunk in [(0, front), *enumerate(chunks, 1)]:
            dates = [it.date for it, _ in chunk if it.date]
            page = [front_matter({"title": page_title(label, k, span_label(min(dates, default=None), max(dates, default=None)))}),
                    f"# {md_heading(label)}\n\n"]
            if len(months) > 1 and chunks:  # the months of the year, wherever their pages are
                page.append('<p class="gx-months">' + " ".join(
                    f'<a href="{month_href(m, k)}">{int(m)}月</a>' for m in sorted(months)) + "</p>\n\n")
            bar = pager(k, len(chunks), f"{year}.html", year)
            page.append(bar)
            groups: dict[str, list] = defaultdict(list)
            for it, b in reversed(chunk):
                groups[it.date[5:7] if it.date else "00"].append((it, b))
            prefix = "../" if not k else "../../"
            for m in sorted(groups, reverse=True):
                head = f"{int(m)}月" if m != "00" else "日期不详"
                page.append(f'<h2 id="m{m}">{esc(head)}</h2>\n\n')
                page.append(f'<ul class="gx-list">{"".join(item_li(it, b, prefix, names) for it, b in groups[m])}</ul>\n\n')
            page.append(bar)
            pages[f"dates/{year}.md" if not k else f"dates/{year}/{k}.md"] = with_legend("".join(page))
    return "".join(out), pages
