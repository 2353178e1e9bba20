"""Data to take away, beside the JSON Lines export: CSV of articles and entities, TEI P5 per
bulletin, one JSON file per item (a static API at api/items/ID.json) and an Atom feed of the
newest bulletins. Pure functions of the edition; every date in them comes from the content,
never the clock, so two builds are byte-identical."""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterable, Iterator
from xml.sax.saxutils import escape, quoteattr

from ..link import Links
from ..model import BYLINE_ROLES, Bulletin, Item
from ..text import dateline_credit
from . import cite
from .export import item_record
from .mention_index import Mentions

ENTITY_DIR = {"person": "people", "organization": "organizations", "place": "places"}
FEED_SIZE = 20
LICENCE = "原文版权归各报社所有；本数字版的整理与数据以 CC BY 4.0 提供。"


# ---- CSV -------------------------------------------------------------------------------


def _csv(header: list[str], rows: list[list]) -> str:
    """UTF-8 with a byte order mark (Excel then reads Chinese right), CRLF, RFC 4180 quoting."""
    return "".join(_csv_rows(header, rows))


class _Rows(list):
    """csv.writer's file: the rows as written, taken away one at a time."""

    def write(self, s: str) -> None:
        self.append(s)


def _csv_rows(header: list[str], rows: Iterable[list]) -> Iterator[str]:
    """The CSV a row at a time: rows may come one at a time, and none is held once written
    (a whole archive's bodies in one buffer held four bytes a character and a copy)."""
    out = _Rows()
    w = csv.writer(out, lineterminator="\r\n")
    yield "\ufeff"
    w.writerow(header)
    for r in rows:
        yield from out
        out.clear()
        row = ["" if v is None else ("true" if v is True else "false" if v is False else v) for v in r]
        last = row[-1]
        if isinstance(last, str) and len(last) > CSV_BIG and len(row) > 1:
            # a huge last field (a damaged page's one-paragraph article) goes out in pieces:
            # csv.writer builds a row in a buffer of four bytes a character, then copies it
            w.writerow([*row[:-1], ""])
            head = out.pop()
            out.clear()
            yield head[: -len("\r\n")]
            yield from _csv_field(last)
            yield "\r\n"
            continue
        w.writerow(row)
    yield from out


CSV_BIG = 1 << 16  # characters: a longer last field is written in pieces
CSV_PIECE = 1 << 16  # characters a piece
_CSV_SPECIAL = re.compile(r'[,"\r\n]')  # what makes csv.writer (excel dialect, CRLF) quote a field


def _csv_field(text: str) -> Iterator[str]:
    """A field as csv.writer writes it (QUOTE_MINIMAL: quoted, its quotes doubled, when it
    holds a comma, a quote or a line end), a piece at a time."""
    if not _CSV_SPECIAL.search(text):
        yield text
        return
    yield '"'
    for at in range(0, len(text), CSV_PIECE):
        yield text[at : at + CSV_PIECE].replace('"', '""')
    yield '"'


def _names(xs: list) -> str:
    return "; ".join(x.name for x in xs)


ARTICLE_COLUMNS = ["id", "url", "bulletin", "bulletin_id", "seq", "kind", "title", "kicker", "subtitle", "date",
                   "date_inferred", "district", "district_inferred", "newspaper", "page", "reporters", "correspondents",
                   "photographers", "byline", "people", "organizations", "places", "truncated", "corrections", "body"]


def articles_csv(bulletins: list[Bulletin]) -> Iterator[str]:
    return _csv_rows(ARTICLE_COLUMNS, _article_rows(bulletins))


def _article_rows(bulletins: list[Bulletin]) -> Iterator[list]:
    for b in bulletins:
        for it in b.items:
            yield ([it.id, f"items/{it.id}.html", b.file, b.id, it.seq, it.kind, it.title, it.kicker, it.subtitle, it.date,
                         it.date_inferred, b.district.value, b.district.inferred, b.meta.get("newspaper"), b.meta.get("page"),
                         "; ".join(it.reporters), "; ".join(it.correspondents), "; ".join(it.photographers), it.byline,
                         _names(it.people), _names(it.organizations), _names(it.places), it.truncated,
                         "; ".join(f"{c.sic} → {c.corr}" for c in it.corrections), it.body])


ENTITY_COLUMNS = ["id", "name", "type", "subtype", "district", "registered", "wikidata", "item_count", "items"]


def entities_csv(L: Links) -> str:
    rows = [[e.id, e.name, e.type, e.subtype, e.district, e.registered, e.wikidata, len(e.items), "; ".join(e.items)]
            for e in sorted(L.entities.values(), key=lambda e: e.id) if e.items]
    return _csv(ENTITY_COLUMNS, rows)


# ---- TEI -------------------------------------------------------------------------------


# Characters XML 1.0 cannot hold (C0 controls but tab and line ends, U+FFFE, U+FFFF) are
# written as an empty <g> naming the code point, so even they stay in the TEI, once.
XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def _x(s: str | None) -> str:
    return XML_ILLEGAL.sub(lambda m: f'<g type="control" n="U+{ord(m.group(0)):04X}"/>', escape(s or ""))


def _a(s: str) -> str:
    return quoteattr(s)


def _spans_xml(text: str, spans: list[tuple[int, int, str, str]]) -> str:
    """Escape text, wrapping [start, end) as open+text+close; overlapping spans are dropped."""
    out, pos = [], 0
    for start, end, open_, close in sorted(spans, key=lambda s: (s[0], -s[1])):
        if start < pos or end > len(text) or start >= end:
            continue
        out.append(_x(text[pos:start]) + open_ + _x(text[start:end]) + close)
        pos = end
    return "".join(out) + _x(text[pos:])


TEI_NAME = {"person": "persName", "organization": "orgName", "place": "placeName"}


def _byline_spans(it: Item, text: str, lo: int, hi: int, ids: dict, site_url: str,
                  hrefs: dict | None = None) -> list[tuple[int, int, str, str]]:
    """persName for each byline name printed in text[lo:hi], with its role and person page."""
    roles: dict[str, list[str]] = {}  # a name printed once may hold two roles (通讯员 赵翔宇 文/图)
    for role, sub, _ in BYLINE_ROLES:
        for name in getattr(it, role):
            roles.setdefault(name, []).append(sub)
    spans = []
    for name, subs in roles.items():
        k = text.find(name, lo, hi)
        if k >= 0:
            eid = ids.get((it.id, name))
            attrs = f" key={_a(eid)} ref={_a(site_url + (hrefs or {}).get(eid, f'people/{eid}.html'))}" if eid else ""
            spans.append((k, k + len(name), f'<persName role="{" ".join(subs)}"{attrs}>', "</persName>"))
    return spans


def _paragraph_xml(it: Item, offset: int, text: str, site_url: str, ids: dict | None = None,
                   mentions: Mentions | None = None, hrefs: dict | None = None) -> str:
    spans = []
    credit = dateline_credit(text) if offset == 0 and ids is not None else None
    if credit:  # the byline names a dateline prints: 本报讯(记者郭树勋)
        spans += _byline_spans(it, text, *credit, ids or {}, site_url, hrefs)
    for c in it.corrections:
        k = text.find(c.sic) if c.sic and c.in_text else -1
        while k >= 0:
            spans.append((k, k + len(c.sic), "<choice><sic>", f"</sic><corr>{_x(c.corr)}</corr></choice>"))
            k = text.find(c.sic, k + len(c.sic))
    for start, _, end, kind, e in (mentions or Mentions(it)).within(offset, offset + len(text)):
        tag = TEI_NAME[kind]
        attrs = f" key={_a(e.id)} ref={_a(site_url + (hrefs or {}).get(e.id, f'{ENTITY_DIR[kind]}/{e.id}.html'))}" if e.id else ""
        spans.append((start - offset, end - offset, f"<{tag}{attrs}>", f"</{tag}>"))
    return _spans_xml(text, spans)


def _item_xml(it: Item, site_url: str, ids: dict, hrefs: dict | None = None) -> str:
    out = [f'<div type="{it.kind}" xml:id={_a(it.id)} n="{it.seq}" corresp={_a(f"{site_url}items/{it.id}.html")}>']
    for kind, name in (("kicker", "kicker"), ("main", "title"), ("sub", "subtitle")):
        text, printed = getattr(it, name), it.printed(name)
        if printed and text and text != printed:  # the transcription keeps the print, the editor's beside it
            out.append(f'<head type="{kind}"><choice><sic>{_x(str(printed))}</sic><corr>{_x(text)}</corr></choice></head>')
        elif printed or text:
            out.append(f'<head type="{kind}">{_x(str(printed or text))}</head>')
    offset = 0
    mentions = Mentions(it)
    for p in it.paragraphs:
        rend = ' rend="section-head"' if p.head else ""
        out.append(f"<p{rend}>{_paragraph_xml(it, offset, p.text, site_url, ids, mentions, hrefs)}</p>")
        offset += len(p.text) + 2
    if it.truncated:
        out.append('<gap reason="truncated-by-layout"/>')
    if it.byline:
        lines = [_spans_xml(x, _byline_spans(it, x, 0, len(x), ids, site_url, hrefs)) for x in it.byline.split("\n")]
        out.append("<byline>" + "<lb/>".join(lines) + "</byline>")
    out.append("</div>")
    return "\n".join(out)


def tei(b: Bulletin, label: str, district_name: str | None, site_url: str, byline_ids: dict | None = None,
        hrefs: dict | None = None) -> str:
    """TEI P5 of one bulletin: its items in print order (one div each), the layout text between
    them as fw, the editors' corrections as choice/sic/corr, names linked to the registers,
    byline names (in the dateline or the byline) as persName with their role and page.
    The text element holds every printed character of the bulletin once (corr aside)."""
    src = [f"<idno type=\"file\">{_x(b.file)}</idno>", f'<idno type="sha256">{b.sha}</idno>']
    if b.meta.get("newspaper"):
        src.insert(0, f'<title level="j">{_x(b.meta["newspaper"])}</title>')
    else:
        src.insert(0, '<title level="j" type="unknown"/>')
    if b.date:
        src.append(f'<date when="{b.date}"/>')
    elif b.year.value:
        cert = ' cert="medium" evidence="internal"' if b.year.inferred else ""
        src.append(f'<date when="{b.year.value}"{cert}/>')
    if b.meta.get("page"):
        src.append(f'<biblScope unit="page">{_x(b.meta["page"])}</biblScope>')
    if b.meta.get("source"):
        src.append(f"<ref target={_a(b.meta['source'])}>{_x(b.meta['source'])}</ref>")
    evidence = []
    if b.year.inferred:
        evidence.append("出版年据正文推断：" + "；".join(b.year.evidence))
    if b.district.inferred:
        evidence.append("地区据正文线索推断：" + "；".join(b.district.evidence))
    place = f"<p>地区：{_x(district_name)}</p>" if district_name else "<p>地区不详</p>"
    header = f"""<teiHeader>
<fileDesc>
<titleStmt><title>{_x(label)}</title></titleStmt>
<publicationStmt><publisher>高新区公报数字版</publisher><idno type="URL">{_x(site_url)}bulletins/{b.id}.html</idno>
<availability><licence>{_x(LICENCE)}</licence></availability></publicationStmt>
<sourceDesc><bibl>{"".join(src)}</bibl></sourceDesc>
</fileDesc>
<encodingDesc><projectDesc><p>原件为报纸高新区专版的纯文本（见 sourceDesc 的 file 与 sha256），未经改动；版面断句由程序修复，
栏目、标语等版面文字作 fw，编者更正作 choice（sic 为原刊文字）。人名、机构、地点的 key 为本版名录的标识。</p></projectDesc></encodingDesc>
<profileDesc><langUsage><language ident="zh">中文</language></langUsage></profileDesc>
<revisionDesc><change>{place}{"".join(f"<p>{_x(e)}</p>" for e in evidence)}</change></revisionDesc>
</teiHeader>"""
    body = []
    frags: dict[int, list] = {}
    for f in b.fragments:
        frags.setdefault(f.after_item, []).append(f)
    for k in range(len(b.items) + 1):
        for f in frags.get(k, []):
            body.append(f'<fw type="layout" n="{f.line}">{_x(f.text)}</fw>')
        if k < len(b.items):
            body.append(_item_xml(b.items[k], site_url, byline_ids or {}, hrefs))
    if not b.items:  # a body of layout text alone still needs one paragraph-level element
        body.append("<p/>")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="zh" xml:id={_a("b-" + b.id)}>\n{header}\n'
            f"<text><body>\n{chr(10).join(body)}\n</body></text>\n</TEI>\n")


# ---- per-item JSON and the feed --------------------------------------------------------


def item_json(b: Bulletin, it: Item, L: Links, site_url: str) -> str:
    """api/items/ID.json: the item's export record plus its citation data (CSL-JSON)."""
    rec = item_record(b, it, L)
    f = cite.facts(b, it, f"{site_url}items/{it.id}.html", f"{site_url}bulletins/{b.id}.html")
    rec["citation"] = cite.csl(f)
    # compact: the indented form took the json module's pure-Python encoder (a sixth of the
    # write stage) and a tenth more bytes for each of an archive's items
    return json.dumps(rec, ensure_ascii=False, separators=(",", ":")) + "\n"


def _updated(b: Bulletin) -> str | None:
    dates = [it.date for it in b.items if it.date]
    return b.date or (max(dates) if dates else None)


def atom(bulletins: list[Bulletin], labels: dict[str, str], site_url: str) -> str:
    """An Atom feed (RFC 4287) of the newest bulletins. Their dates come from the content (the
    publication date, else the newest item date); a bulletin with no date at all is left out,
    since Atom requires one and none may be invented."""
    dated = [(d, b) for b in bulletins if (d := _updated(b))]
    dated.sort(key=lambda x: (x[0], x[1].id), reverse=True)
    dated = dated[:FEED_SIZE]
    newest = dated[0][0] if dated else "1970-01-01"
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh">',
           "<title>高新区公报数字版：最新公报</title>", f"<id>{_x(site_url)}feed.xml</id>",
           f'<link rel="self" type="application/atom+xml" href={_a(site_url + "feed.xml")}/>',
           f'<link rel="alternate" type="text/html" href={_a(site_url)}/>',
           f"<updated>{newest}T00:00:00Z</updated>", "<author><name>高新区公报数字版</name></author>",
           f"<rights>{_x(LICENCE)}</rights>"]
    for d, b in dated:
        url = f"{site_url}bulletins/{b.id}.html"
        titles = "；".join(it.title for it in b.items if it.title)
        out += ["<entry>", f"<title>{_x(labels[b.id])}</title>", f"<id>{_x(url)}</id>",
                f'<link rel="alternate" type="text/html" href={_a(url)}/>',
                f'<link rel="related" type="application/tei+xml" href={_a(f"{site_url}tei/{b.id}.xml")}/>',
                f"<updated>{d}T00:00:00Z</updated>",
                f"<summary>{_x(f'{len(b.items)} 篇：{titles}')}</summary>", "</entry>"]
    out.append("</feed>")
    return "\n".join(out) + "\n"
