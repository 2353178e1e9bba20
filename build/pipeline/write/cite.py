"""Citations of an item: GB/T 7714-2015, APA 7, Chicago 18; BibTeX, RIS, CSL-JSON; and the
machine-readable metadata (Highwire citation_*, Dublin Core, schema.org JSON-LD, COinS).

Missing facts are never invented and never silently left out of a citation: a citation
without a newspaper says `[出版者不详]`, one without any date says so in each standard's words
(GB/T `[出版日期不详]`, APA and Chicago `n.d.`). A year inferred from the text (not printed as
the publication date) is marked the way each standard marks an estimated year: GB/T 7714-2015
puts it in square brackets (`[2025]`), APA 7 writes `ca. 2025`, Chicago brackets it with a
query (`[2025?]`); the data formats carry a flag instead (CSL-JSON `circa`, biblatex's EDTF
`2025~`, a RIS note).

Reporters (and photographers of a photo) are the authors; correspondents (通讯员) are
contributors, named in every citation and download. The access date of an online citation is
the reader's: the build stamps no date (builds are byte-identical), the page's script fills
it in the cite box and adds it to the downloads (`with_access` here does the same for tests)."""

from __future__ import annotations

import json
import re
from urllib.parse import quote

from ..model import Bulletin, Item

ACCESS = "{{ACCESS}}"  # filled in the reader's browser: the build itself stamps no date
NO_PAPER = "[出版者不详]"  # GB/T 7714-2015 8.4.4's words for a publisher nobody recorded
NO_DATE_GBT = "[出版日期不详]"
KIND_ZH = {"article": "文章", "photo": "图片"}
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")


def one_line(s: str | None) -> str:
    """A value on one line: line and paragraph separators of any kind become a space (a
    newline in a sidecar value must never start a new RIS tag or BibTeX field)."""
    return re.sub(r"[\r\n\x0b\x0c\x1c-\x1e\x85\u2028\u2029]+", " ", s or "").strip()


def page_number(page: str | None) -> str | None:
    """The page as a number where the print gives one (第5版 -> 5), else as recorded."""
    if not page:
        return None
    m = re.fullmatch(r"\s*第?\s*(\d+)\s*版?\s*", page)
    return m.group(1) if m else one_line(page)


ABSTRACT = 2000  # characters: news leads run to a few hundred (the samples' longest is 300)


def lead(it: Item) -> str:
    """The item's own opening paragraph: its abstract. A paragraph longer than ABSTRACT (a
    damaged page can run a whole article into one) is cut at its last sentence end before
    that, and marked: the abstract is copied into every citation format, the page's metadata
    and its downloads, so an unbounded one made an item page cost a hundred bytes a character."""
    if not it.paragraphs:
        return ""
    text = it.paragraphs[0].text
    if len(text) <= ABSTRACT:
        return one_line(text)
    head = text[:ABSTRACT]
    cut = max(head.rfind(c) for c in "。！？!?")
    return one_line(head[: cut + 1] if cut >= ABSTRACT // 2 else head) + "…"


def cite_title(it: Item) -> str:
    """The printed headline; an untitled item is described in brackets, never given a
    made-up or truncated title (GB/T and APA both bracket a supplied description)."""
    return one_line(it.title) if it.title else f"[{KIND_ZH[it.kind]}，无标题]"


def facts(b: Bulletin, it: Item, url: str, bulletin_url: str = "") -> dict:
    year = (b.date or "")[:4] or b.year.value
    return {
        "title": cite_title(it),
        "authors": [one_line(a) for a in it.reporters + it.photographers],
        "contributors": [one_line(a) for a in it.correspondents],
        "newspaper": one_line(b.meta.get("newspaper")) or None,
        "page": page_number(b.meta.get("page")),
        "date": b.date,  # publication date, only when known
        "year": year,
        "year_inferred": bool(year) and not b.date and b.year.inferred,
        "url": url,
        "id": it.id,
        "abstract": lead(it),
        "bulletin": b.id,
        "bulletin_url": bulletin_url,
        "kind": it.kind,
        "event_date": it.date,
    }


# ---- the three styles -------------------------------------------------------------------


def _gbt_date(f: dict) -> str:
    if f["date"]:
        return f["date"]
    if f["year"]:
        return f"[{f['year']}]" if f["year_inferred"] else f["year"]
    return NO_DATE_GBT


def gbt7714(f: dict, online: bool) -> str:
    """GB/T 7714-2015 4.4 (析出文献 of a newspaper): 责任者. 题名[N]. 报纸名, 出版日期(版次)."""
    parts = []
    if f["authors"]:
        parts.append(", ".join(f["authors"]) + ". ")
    parts.append(f"{f['title']}[{'N/OL' if online else 'N'}]. ")
    if f["contributors"]:
        parts.append(", ".join(f["contributors"]) + ", 通讯员. ")
    when = _gbt_date(f) + (f"({f['page']})" if f["page"] else "")
    parts.append(f"{f['newspaper'] or NO_PAPER}, {when}")
    if online:
        parts.append(f"[{ACCESS}]. {f['url']}")
    return "".join(parts) + "."


def _and(names: list[str], conj: str) -> str:
    if len(names) <= 1:
        return "".join(names)
    if len(names) == 2:
        return f"{names[0]}{conj}{names[1]}"
    return ", ".join(names[:-1]) + conj + names[-1]


def _en_date(f: dict, full: str, guessed: str) -> str:
    """An English style's date: `full` formats a known day ({y} {month} {d}), `guessed` an
    inferred year ({year}); n.d. where the date is unknown."""
    if f["date"]:
        y, m, d = (int(x) for x in f["date"].split("-"))
        return full.format(y=y, month=MONTHS[m - 1], d=d)
    if f["year"]:
        return guessed.format(year=f["year"]) if f["year_inferred"] else f["year"]
    return "n.d."


def _apa_date(f: dict) -> str:
    return _en_date(f, "{y}, {month} {d}", "ca. {year}")


def apa(f: dict) -> str:
    """APA 7 (10.2, newspaper article): Author. (Date). Title [role: names]. Newspaper. URL"""
    contrib = f" [通讯员 {'、'.join(f['contributors'])}]" if f["contributors"] else ""
    paper = f["newspaper"] or NO_PAPER
    page = f", {f['page']}" if f["page"] else ""
    when = f"({_apa_date(f)})."
    title = f"{f['title']}{contrib}"
    # American punctuation (APA 6.9): a period after a closing quotation mark goes inside it
    title = title[:-1] + ".”" if title.endswith("”") else title + "."
    if f["authors"]:
        return f"{_and(f['authors'], ', & ')}. {when} {title} {paper}{page}. {f['url']}"
    return f"{title} {when} {paper}{page}. {f['url']}"


def _chicago_date(f: dict) -> str:
    return _en_date(f, "{month} {d}, {y}", "[{year}?]")


def chicago_quote(title: str) -> str:
    """A title in Chicago's double quotes: quotation marks inside it become single (CMOS 6.11)."""
    return title.replace("“", "‘").replace("”", "’").replace('"', "'")


def chicago(f: dict) -> str:
    """Chicago 18, notes and bibliography, bibliography entry for a newspaper article (14.89):
    Author. “Title.” With Contributor. Newspaper, Date. URL."""
    who = _and(f["authors"], ", and ") + ". " if f["authors"] else ""
    title = chicago_quote(f["title"])
    # the period goes inside every closing quotation mark (CMOS 6.9): “… ‘开门红.’”
    title = title[:-1] + ".’" if title.endswith("’") else title + "."
    with_ = f"With {_and(f['contributors'], ' and ')}. " if f["contributors"] else ""
    return f"{who}“{title}” {with_}{f['newspaper'] or NO_PAPER}, {_chicago_date(f)}. {f['url']}."


# ---- downloads --------------------------------------------------------------------------


def _date_parts(iso: str) -> list[int]:
    return [int(x) for x in iso.split("-")]


def csl(f: dict, accessed: str | None = None) -> dict:
    """CSL-JSON (CSL 1.0.2 variables); unknown facts are absent, never placeholders."""
    d: dict = {"id": f["id"], "type": "article-newspaper", "title": f["title"], "URL": f["url"], "language": "zh-CN"}
    if f["authors"]:
        d["author"] = [{"literal": a} for a in f["authors"]]
    if f["contributors"]:
        d["contributor"] = [{"literal": a} for a in f["contributors"]]
    if f["newspaper"]:
        d["container-title"] = f["newspaper"]
    if f["page"]:
        d["page"] = f["page"]
    if f["date"]:
        d["issued"] = {"date-parts": [_date_parts(f["date"])]}
    elif f["year"]:
        d["issued"] = {"date-parts": [[int(f["year"])]], **({"circa": True} if f["year_inferred"] else {})}
    if f["abstract"]:
        d["abstract"] = f["abstract"]
    if accessed:
        d["accessed"] = {"date-parts": [_date_parts(accessed)]}
    return d


def csl_json(f: dict, accessed: str | None = None) -> str:
    return json.dumps([csl(f, accessed)], ensure_ascii=False, indent=1) + "\n"


_TEX = {"\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#",
        "_": r"\_", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}"}


def tex(s: str) -> str:
    r"""Text safe inside a braced BibTeX value: LaTeX specials escaped. A brace becomes `\{`
    or `\}` only where it has a partner; a lone one is spelt \textbraceleft{} or
    \textbraceright{}, so the entry's braces always balance (BibTeX counts braces even after a
    backslash)."""
    s = one_line(s)
    out, open_at = [], []
    for ch in s:
        if ch == "{":
            open_at.append(len(out))
            out.append(r"\textbraceleft{}")
        elif ch == "}" and open_at:
            out[open_at.pop()] = r"\{"
            out.append(r"\}")
        elif ch == "}":
            out.append(r"\textbraceright{}")
        else:
            out.append(_TEX.get(ch, ch))
    return "".join(out)


def _bib_name(name: str) -> str:
    """A person for BibTeX's author list. A Chinese name is one token, read by BibTeX as a
    last name whole; a name with a space, comma or ' and ' is braced to stay one name."""
    t = tex(name)
    return "{" + t + "}" if re.search(r"[\s,]|\band\b", name) else t


def bibtex(f: dict, accessed: str | None = None) -> str:
    """A biblatex/BibTeX entry: @article with journal and entrysubtype newspaper when the
    newspaper is known (biblatex's form for a newspaper article), @misc otherwise (an
    @article without a journal is not a valid BibTeX article)."""
    fields = [("title", tex(f["title"]))]
    if f["authors"]:
        fields.append(("author", " and ".join(_bib_name(a) for a in f["authors"])))
    if f["newspaper"]:
        fields += [("journal", tex(f["newspaper"])), ("entrysubtype", "newspaper")]
    if f["date"]:
        fields += [("year", f["date"][:4]), ("date", f["date"])]
    elif f["year"]:
        fields.append(("year", f["year"]))
        if f["year_inferred"]:
            fields.append(("date", f["year"] + "~"))  # biblatex: an EDTF approximate year
    if f["page"]:
        fields.append(("pages", tex(f["page"])))
    fields += [("url", tex(f["url"])), ("language", "chinese")]
    notes = []
    if f["contributors"]:
        notes.append("通讯员: " + ", ".join(f["contributors"]))
    if not f["newspaper"]:
        notes.append("报纸名称不详")
    if f["year_inferred"]:
        notes.append("出版年据正文推断")
    if notes:
        fields.append(("note", tex("; ".join(notes))))
    if f["abstract"]:
        fields.append(("abstract", tex(f["abstract"])))
    if accessed:
        fields.append(("urldate", accessed))
    body = ",\n".join(f"  {k} = {{{v}}}" for k, v in fields)
    kind = "article" if f["newspaper"] else "misc"
    return f"@{kind}{{{f['id']},\n{body}\n}}\n"


def ris(f: dict, accessed: str | None = None) -> str:
    """RIS: TY NEWS; AU the authors, A2 the contributors; every value on one line."""
    lines = ["TY  - NEWS", f"TI  - {f['title']}"]
    lines += [f"AU  - {a}" for a in f["authors"]]
    lines += [f"A2  - {a}" for a in f["contributors"]]
    if f["newspaper"]:
        lines.append(f"T2  - {f['newspaper']}")
    if f["date"]:
        lines += [f"PY  - {f['date'][:4]}", f"DA  - {f['date'].replace('-', '/')}"]
    elif f["year"]:
        lines.append(f"PY  - {f['year']}")
    if f["page"]:
        lines.append(f"SP  - {f['page']}")
    if f["abstract"]:
        lines.append(f"AB  - {f['abstract']}")
    notes = []
    if f["contributors"]:
        notes.append("通讯员: " + ", ".join(f["contributors"]))
    if not f["newspaper"]:
        notes.append("报纸名称不详")
    if f["year_inferred"]:
        notes.append("出版年据正文推断")
    lines += [f"N1  - {n}" for n in notes]
    lines += [f"UR  - {f['url']}", "LA  - zh", f"ID  - {f['id']}"]
    if accessed:
        lines.append(f"Y2  - {accessed.replace('-', '/')}")
    lines.append("ER  - ")
    return "\n".join(x[:6] + one_line(x[6:]) if x[6:] else x for x in lines) + "\n"


def with_access(text: str, fmt: str, accessed: str) -> str:
    """Add the access date to a download: the result is the file the page's script makes
    with that date (edition.js; test_browser.py compares them)."""
    if fmt == "ris":
        return text.replace("\nER  - ", f"\nY2  - {accessed.replace('-', '/')}\nER  - ")
    if fmt == "bib":
        return text[: text.rstrip().rfind("\n}")] + f",\n  urldate = {{{accessed}}}\n}}\n"
    data = json.loads(text)
    for d in data:
        d["accessed"] = {"date-parts": [_date_parts(accessed)]}
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


# ---- metadata in the page's <head> ------------------------------------------------------


def meta_tags(f: dict) -> list[tuple[str, str]]:
    """(name, content) pairs, chosen for how Zotero's Embedded Metadata translator reads them
    (tests/zotero_rules.py states the rules), each fact once: DC.type NewsItem makes a
    newspaper article; no citation_journal_title (which would force a journal article) nor
    citation_author (whose presence makes Zotero drop every other creator, so the
    correspondents would be lost). Authors are DC.creator, correspondents schema.org
    contributors, the newspaper DC.source. What the page says anyway is not repeated: the
    abstract is <meta name="description"> (Zotero's fallback, and the lead the template
    prints), the URL the canonical link, the language <html lang>. The page's script builds
    the BibTeX, RIS and CSL-JSON downloads from these tags (`facts_from_head` does the same
    in Python)."""
    tags = [("citation_title", f["title"])]
    if f["date"]:
        tags.append(("citation_publication_date", f["date"].replace("-", "/")))
    elif f["year"]:
        tags.append(("citation_publication_date", f["year"]))
    if f["page"]:
        tags.append(("citation_firstpage", f["page"]))
    tags.append(("DC.type", "NewsItem"))
    tags += [("DC.creator", a) for a in f["authors"]]
    tags += [("so.contributor", a) for a in f["contributors"]]
    if f["newspaper"]:
        tags.append(("DC.source", f["newspaper"]))
    return tags


def facts_from_head(meta: list[tuple[str, str]], canonical: str, description: str | None, circa: bool,
                    abstract: bool = True) -> dict:
    """The facts the downloads need, read back from an item page as its script reads them
    (edition.js): the meta tags above, the canonical URL (whose file name is the id), the
    description (the abstract, unless the cite box says data-no-abstract: then it is only
    the title) and the cite box's data-circa (an inferred year)."""
    def one(name: str) -> str | None:
        return next((v for n, v in meta if n == name), None)

    when = one("citation_publication_date") or ""
    date = when.replace("/", "-") if len(when) > 4 else None
    title = one("citation_title") or ""
    return {"title": title, "authors": [v for n, v in meta if n == "DC.creator"],
            "contributors": [v for n, v in meta if n == "so.contributor"], "newspaper": one("DC.source"),
            "page": one("citation_firstpage"), "date": date, "year": when[:4] or None,
            "year_inferred": circa, "url": canonical, "id": canonical.rsplit("/", 1)[-1].removesuffix(".html"),
            "abstract": (description or "") if abstract else ""}


def json_ld_data(f: dict, it: Item, district: str | None) -> dict:
    """schema.org for search engines: what the meta tags cannot say (the issue it is part of,
    its place, the event's date), and the headline, people and dates they need beside it;
    nothing the page gives elsewhere (no abstract: the description has it)."""
    d: dict = {
        "@context": "https://schema.org",
        "@type": "NewsArticle" if it.kind == "article" else "Photograph",
        "headline": f["title"],  # whole: a cut headline would disagree with every other record
        "url": f["url"],
        "identifier": it.id,
        "inLanguage": "zh-CN",
    }
    if f["authors"]:
        d["author"] = [{"@type": "Person", "name": a} for a in f["authors"]]
    if f["contributors"]:
        d["contributor"] = [{"@type": "Person", "name": a, "jobTitle": "通讯员"} for a in f["contributors"]]
    if f["date"] or f["year"]:
        d["datePublished"] = f["date"] or f["year"]
    if it.date:
        d["dateCreated"] = it.date
    if f["page"]:
        d["pagination"] = f["page"]
    issue: dict = {"@type": "PublicationIssue", "identifier": f["bulletin"]}
    if f["bulletin_url"]:
        issue["url"] = f["bulletin_url"]
    if f["date"]:
        issue["datePublished"] = f["date"]
    if f["newspaper"]:
        issue["isPartOf"] = {"@type": "Newspaper", "name": f["newspaper"]}
    d["isPartOf"] = issue
    if district:
        d["contentLocation"] = {"@type": "Place", "name": district}
    return d


def script_json(data: object) -> str:
    """JSON for a <script> element: nothing in it may close or confuse the element."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def json_ld(f: dict, it: Item, district: str | None) -> str:
    return script_json(json_ld_data(f, it, district))


def issue_json_ld(b: Bulletin, label: str, items: list[dict], bulletin_url: str) -> str:
    """A bulletin page as one issue (schema.org PublicationIssue) that has its articles as parts."""
    d: dict = {"@context": "https://schema.org", "@type": "PublicationIssue", "identifier": b.id, "name": label,
               "url": bulletin_url, "inLanguage": "zh-CN",
               "hasPart": [{"@type": "NewsArticle" if f["kind"] == "article" else "Photograph", "headline": f["title"],
                            "url": f["url"], "position": n} for n, f in enumerate(items, 1)]}
    if b.date or b.year.value:
        d["datePublished"] = b.date or b.year.value
    if b.meta.get("newspaper"):
        d["isPartOf"] = {"@type": "Newspaper", "name": one_line(b.meta["newspaper"])}
    return f'<script type="application/ld+json">{script_json(d)}</script>'


def head_html(f: dict, it: Item, district: str | None) -> str:
    """The <head> elements, prepared here (escaped) so the template only prints them."""
    import html

    tags = "".join(f'<meta name="{html.escape(n)}" content="{html.escape(c)}">' for n, c in meta_tags(f))
    return tags + f'<script type="application/ld+json">{json_ld(f, it, district)}</script>'


def coins(f: dict) -> str:
    """An OpenURL ContextObject in a span (COinS) for one item of a bulletin page: Zotero's
    COinS translator offers a page with several of them as a list to pick from. The Dublin
    Core format with rft.type newspaperArticle makes each a newspaper article. (Zotero reads
    `+`, even encoded as %2B, as a space: a printed plus sign arrives as a space there.)"""
    pairs = [("ctx_ver", "Z39.88-2004"), ("rft_val_fmt", "info:ofi/fmt:kev:mtx:dc"), ("rft.type", "newspaperArticle"),
             ("rft.title", f["title"])]
    pairs += [("rft.au", a) for a in f["authors"]] + [("rft.contributor", a) for a in f["contributors"]]
    if f["newspaper"]:
        pairs.append(("rft.source", f["newspaper"]))
    if f["date"] or f["year"]:
        pairs.append(("rft.date", f["date"] or f["year"]))
    if f["page"]:
        pairs.append(("rft.pages", f["page"]))
    if f["abstract"]:
        pairs.append(("rft.description", f["abstract"]))
    pairs += [("rft.identifier", f["url"]), ("rft.language", "zh")]
    return "&".join(f"{k}={quote(v, safe='')}" for k, v in pairs)
