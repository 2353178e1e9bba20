"""How Zotero reads a web page, reduced to the rules that decide the edition's pages.

Read from zotero/translators (Embedded Metadata.js and RDF.js, which it loads) and
zotero/utilities (openurl.js, used by COinS.js); the translation server runs exactly these.

Embedded Metadata (priority 400):
 1. Item type. A `citation_journal_title` meta sets hwType = journalArticle and wins over
    everything (so does citation_conference_title, _book_title, _dissertation_institution,
    _technical_report_institution). `citation_title` only makes journalArticle the default
    for an unknown type. Every meta whose name has a known prefix (DC, dcterms, og, prism,
    eprints, so = schema.org, z = Zotero, bib, bibo …; separator `.`, `:` or `_`) becomes an
    RDF statement, and RDF.js's detectType decides: z:itemType, then bib/prism/eprints types,
    then og:type (website -> webpage; `article` only a guess of journalArticle), then DC.type
    (a Zotero type name as is; `NewsItem` -> newspaperArticle; `Text` only a guess of
    journalArticle; `Image`/`StillImage` a guess of artwork), then the default.
 2. Creators. If any `citation_author` exists, the creators are those authors only: the RDF
    creators (DC.creator, contributors …) are dropped. Otherwise the RDF creators: authors
    from the first of so:author, so:creator, DC.creator, …, DC.contributor that is present;
    contributors from bib:contributors, eprints:contributors_name or so:contributor. Each
    name goes through cleanAuthor: split at the last space (or at a comma), so a name with
    neither (a Chinese name) becomes lastName = the whole name, firstName = "" (one field).
 3. Fields. Highwire wins where present: citation_title, citation_publication_date / _date,
    citation_journal_title (publication), citation_firstpage[-lastpage] (pages),
    citation_abstract, citation_public_url, citation_language. Else RDF: DC.title,
    DC.date / so:datePublished…, publication = prism:publicationName or DC.source (og:site_name
    only for web pages, blog posts and newspaper articles without one), abstract =
    og:description / so:description…, url = og:url / so:url…, language = DC.language.
    Last resorts: <meta name="description"> for the abstract, <link rel="canonical"> for the
    url, <html lang> for the language.
COinS (priority 310, tried before Embedded Metadata): each `span.Z3988[title]` is an OpenURL
ContextObject; two or more make the page "multiple" (a list to pick from). The format
`info:ofi/fmt:kev:mtx:dc` starts as webpage and `rft.type` set to a Zotero type name becomes
the type; rft.title -> title, rft.au -> author, rft.contributor -> contributor, rft.source ->
publication, rft.date, rft.pages, rft.identifier (http…) -> url, rft.language; `+` and `%2B`
decode to a space."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from urllib.parse import unquote

PREFIXES = {"bib", "bibo", "dc", "dcterms", "prism", "foaf", "vcard", "link", "z", "eprint", "eprints", "og",
            "article", "book", "music", "video", "so", "codemeta", "rdf"}
HW_TYPE = {"citation_journal_title": "journalArticle", "citation_technical_report_institution": "report",
           "citation_conference_title": "conferencePaper", "citation_conference": "conferencePaper",
           "citation_book_title": "bookSection", "citation_inbook_title": "bookSection",
           "citation_dissertation_institution": "thesis"}
DC_TYPE = {"newsitem": "newspaperArticle", "article": "journalArticle", "journalarticle": "journalArticle",
           "book": "book", "report": "report", "thesis": "thesis", "webpage": "webpage", "homepage": "webpage"}
DC_GUESS = {"text": "journalArticle", "image": "artwork", "stillimage": "artwork"}
OG_TYPE = {"website": "webpage", "book": "book", "video.movie": "videoRecording"}
ZOTERO_TYPES = {"newspaperArticle", "journalArticle", "magazineArticle", "webpage", "blogPost", "book", "artwork", "document"}


class Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.meta: list[tuple[str, str]] = []
        self.canonical: str | None = None
        self.lang: str | None = None
        self.coins: list[str] = []
        self.ld: list[str] = []
        self._ld = False

    def handle_starttag(self, tag: str, attrs: list) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "meta" and (a.get("name") or a.get("property")) and a.get("content"):
            self.meta.append((a.get("name") or a["property"], a["content"]))
        elif tag == "link" and a.get("rel") == "canonical":
            self.canonical = a.get("href")
        elif tag == "html":
            self.lang = a.get("lang")
        elif tag == "span" and "Z3988" in a.get("class", "").split() and a.get("title"):
            self.coins.append(a["title"])
        elif tag == "script" and a.get("type") == "application/ld+json":
            self._ld = True

    def handle_data(self, data: str) -> None:
        if self._ld:
            self.ld.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._ld = False


def parse(html: str) -> Page:
    p = Page()
    p.feed(html)
    return p


def clean_author(name: str, creator_type: str) -> dict:
    """ZU.cleanAuthor: split at the comma if there is one, else at the last space."""
    name = name.strip()
    if "," in name:
        last, first = (x.strip() for x in name.split(",", 1))
    else:
        k = name.rfind(" ")
        last, first = name[k + 1:], name[:k] if k >= 0 else ""
    return {"lastName": last, "firstName": first, "creatorType": creator_type}


def _statements(meta: list[tuple[str, str]]) -> dict[str, list[str]]:
    st: dict[str, list[str]] = {}
    for name, value in meta:
        for tag in name.split():
            parts = re.split(r"[.:_]", tag)
            prefix = parts[0].lower()
            if prefix in PREFIXES and len(parts) > 1:
                prop = tag[len(parts[0]) + 1:]
                prop = prop[:1].lower() + prop[1:]
                st.setdefault(f"{prefix}:{prop}", []).append(value)
    return st


def _first(st: dict[str, list[str]], keys: list[str]) -> list[str] | None:
    for k in keys:
        if st.get(k):
            return st[k]
    return None


def embedded_metadata(html: str) -> dict:
    """The item Zotero's Embedded Metadata translator makes of a page (the fields we use)."""
    p = parse(html)
    meta = p.meta
    names = [n for n, _ in meta]
    hw_type = next((HW_TYPE[n] for n in names if n in HW_TYPE), None)
    hw_guess = "journalArticle" if "citation_title" in names or "citation_series_title" in names else None
    st = _statements(meta)
    t: dict[str, str] = {}
    if st.get("z:itemType") and st["z:itemType"][0] in ZOTERO_TYPES:
        t["zotero"] = st["z:itemType"][0]
    og = (st.get("og:type") or [None])[0]
    if og in OG_TYPE:
        t["og"] = OG_TYPE[og]
    elif og == "article":
        t["ogGuess"] = "journalArticle"
    dc = (_first(st, ["dc:type", "dcterms:type"]) or [None])[0]
    if dc:
        if dc in ZOTERO_TYPES:
            t["dc"] = dc
        else:
            key = re.sub(r"\s", "", dc.lower())
            if key in DC_TYPE:
                t["dc"] = DC_TYPE[key]
            elif key in DC_GUESS:
                t["dcGuess"] = DC_GUESS[key]
    default = hw_guess or ("webpage" if st else None)
    detected = (t.get("zotero") or t.get("og") or t.get("dc") or default or t.get("ogGuess") or t.get("dcGuess"))
    item_type = hw_type or detected if st else (hw_type or hw_guess)

    def hw(name: str) -> str | None:
        return next((v for n, v in meta if n == name), None)

    item: dict = {"itemType": item_type}
    item["title"] = hw("citation_title") or (_first(st, ["dc:title", "dcterms:title", "og:title", "so:headline"]) or [None])[0]
    hw_authors = [v for n, v in meta if n == "citation_author"]
    if hw_authors:
        item["creators"] = [clean_author(a, "author") for a in hw_authors]
    else:
        authors = _first(st, ["so:author", "so:creator", "dc:creator", "dcterms:creator", "dc:contributor", "dcterms:contributor"]) or []
        contributors = _first(st, ["bib:contributors", "eprints:contributors_name", "so:contributor"]) or []
        item["creators"] = [clean_author(a, "author") for a in authors] + [clean_author(a, "contributor") for a in contributors]
    item["publicationTitle"] = hw("citation_journal_title") or (_first(st, ["prism:publicationName", "dc:source", "dcterms:source"]) or [None])[0]
    if not item["publicationTitle"] and item_type in ("webpage", "blogPost", "newspaperArticle"):
        item["publicationTitle"] = (st.get("og:site_name") or [None])[0]
    item["date"] = (hw("citation_publication_date") or hw("citation_date")
                    or (_first(st, ["og:published_time", "dc:date.issued", "dcterms:issued", "dc:date", "dcterms:date", "so:datePublished"]) or [None])[0])
    first, last = hw("citation_firstpage"), hw("citation_lastpage")
    item["pages"] = (first + (f"-{last}" if last else "")) if first else (st.get("so:pagination") or [None])[0]
    item["abstractNote"] = (hw("citation_abstract") or (_first(st, ["og:description", "dcterms:abstract", "so:description"]) or [None])[0]
                            or next((v for n, v in meta if n.lower() == "description"), None))
    item["url"] = hw("citation_public_url") or (_first(st, ["og:url", "so:url"]) or [None])[0] or p.canonical
    item["language"] = hw("citation_language") or (st.get("dc:language") or [None])[0] or p.lang
    return item


def parse_context_object(co: str) -> dict | None:
    """openurl.js parseContextObject, for the keys the edition writes."""
    parts = co.split("&")
    fmt = next((unquote(x[12:]) for x in parts if x.startswith("rft_val_fmt=")), None)
    start = {"info:ofi/fmt:kev:mtx:journal": "journalArticle", "info:ofi/fmt:kev:mtx:book": "book",
             "info:ofi/fmt:kev:mtx:dc": "webpage"}.get(fmt or "")
    if not start:
        return None
    item: dict = {"itemType": start, "creators": []}
    for x in parts:
        key, _, raw = x.partition("=")
        value = unquote(re.sub(r"\+|%2[bB]", " ", raw))
        if not value:
            continue
        if key == "rft.type" and value in ZOTERO_TYPES:
            item["itemType"] = value
        elif key == "rft.title":
            item["publicationTitle" if item["itemType"] in ("journalArticle", "bookSection", "conferencePaper") else "title"] = value
        elif key in ("rft.au", "rft.contributor"):
            item["creators"].append(clean_author(value, "contributor" if key == "rft.contributor" else "author"))
        elif key == "rft.source":
            item["publicationTitle"] = value
        elif key == "rft.date":
            item["date"] = value
        elif key == "rft.pages":
            item["pages"] = value
        elif key == "rft.identifier" and re.match(r"https?://", value):
            item["url"] = value
        elif key == "rft.language":
            item["language"] = value
        elif key == "rft.description":
            item["abstractNote"] = value
    return item
