"""Citations of an item: GB/T 7714-2015, APA 7, Chicago; BibTeX, RIS, CSL-JSON; and the
machine-readable metadata (Highwire citation_*, Dublin Core, schema.org JSON-LD).

Missing facts are left out, never invented: without a newspaper name there is no
container title; without a publication date the year is the bulletin's year, bracketed
when it was inferred (the bibliographic convention for a date not printed)."""

from __future__ import annotations

import json

from ..model import Bulletin, Item

ACCESS = "{{ACCESS}}"  # filled in the reader's browser: the build itself stamps no date


def facts(b: Bulletin, it: Item, title: str, url: str) -> dict:
    authors = it.reporters or it.photographers
    year = (b.date or "")[:4] or b.year.value
    return {
        "title": title,
        "authors": authors,
        "newspaper": b.meta.get("newspaper"),
        "page": b.meta.get("page"),
        "date": b.date,  # publication date, only when known
        "year": year,
        "year_inferred": bool(year) and not b.date and b.year.inferred,
        "url": url,
        "id": it.id,
    }


def _year(f: dict) -> str:
    if not f["year"]:
        return ""
    return f"[{f['year']}]" if f["year_inferred"] else f["year"]


def gbt7714(f: dict, online: bool) -> str:
    parts = []
    if f["authors"]:
        parts.append(", ".join(f["authors"]) + ". ")
    parts.append(f"{f['title']}[{'N/OL' if online else 'N'}]. ")
    where = []
    if f["newspaper"]:
        where.append(f["newspaper"])
    if f["date"] or f["year"]:
        when = f["date"] or _year(f)
        if f["page"]:
            when += f"({f['page']})"
        where.append(when)
    if where:
        parts.append(", ".join(where))
    if online:
        parts.append(f"[{ACCESS}]. {f['url']}")
    return "".join(parts).rstrip() + ("" if online else ".")


def apa(f: dict) -> str:
    who = ", ".join(f["authors"]) + ". " if f["authors"] else ""
    when = f"({f['date'] or _year(f) or 'n.d.'}). "
    paper = f"{f['newspaper']}. " if f["newspaper"] else ""
    return f"{who}{when}{f['title']}. {paper}{f['url']}" if who else f"{f['title']}. {when}{paper}{f['url']}"


def chicago(f: dict) -> str:
    who = ", ".join(f["authors"]) + ". " if f["authors"] else ""
    bits = [b for b in (f["newspaper"], f["date"] or _year(f)) if b]
    where = ", ".join(bits)
    return f"{who}“{f['title']}.” {where + '. ' if where else ''}{f['url']}."


def csl(f: dict) -> dict:
    d: dict = {"id": f["id"], "type": "article-newspaper", "title": f["title"], "URL": f["url"], "language": "zh-CN"}
    if f["authors"]:
        d["author"] = [{"literal": a} for a in f["authors"]]
    if f["newspaper"]:
        d["container-title"] = f["newspaper"]
    if f["page"]:
        d["page"] = f["page"]
    if f["date"]:
        d["issued"] = {"date-parts": [[int(x) for x in f["date"].split("-")]]}
    elif f["year"]:
        d["issued"] = {"date-parts": [[int(f["year"])]], **({"circa": True} if f["year_inferred"] else {})}
    return d


def bibtex(f: dict) -> str:
    def br(s: str) -> str:
        return "{" + s.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}") + "}"

    fields = [("title", br(f["title"]))]
    if f["authors"]:
        fields.append(("author", br(" and ".join("{" + a + "}" for a in f["authors"]))))
    if f["newspaper"]:
        fields.append(("journal", br(f["newspaper"])))
    if f["date"] or f["year"]:
        fields.append(("date" if f["date"] else "year", br(f["date"] or f["year"])))
    if f["page"]:
        fields.append(("pages", br(f["page"])))
    fields += [("url", br(f["url"])), ("language", "{chinese}")]
    if f["year_inferred"]:
        fields.append(("note", "{Year inferred from the bulletin's text}"))
    body = ",\n".join(f"  {k} = {v}" for k, v in fields)
    return f"@article{{{f['id']},\n{body}\n}}\n"


def ris(f: dict) -> str:
    lines = ["TY  - NEWS", f"TI  - {f['title']}"]
    lines += [f"AU  - {a}" for a in f["authors"]]
    if f["newspaper"]:
        lines.append(f"T2  - {f['newspaper']}")
    if f["date"]:
        lines.append(f"DA  - {f['date'].replace('-', '/')}")
    elif f["year"]:
        lines.append(f"PY  - {f['year']}")
    if f["page"]:
        lines.append(f"SP  - {f['page']}")
    lines += [f"UR  - {f['url']}", "LA  - zh", f"ID  - {f['id']}", "ER  - "]
    return "\n".join(lines) + "\n"


def meta_tags(f: dict, b: Bulletin) -> list[tuple[str, str]]:
    """(name, content) pairs for Highwire Press and Dublin Core."""
    tags = [("citation_title", f["title"])]
    tags += [("citation_author", a) for a in f["authors"]]
    if f["date"]:
        tags.append(("citation_publication_date", f["date"].replace("-", "/")))
    elif f["year"]:
        tags.append(("citation_publication_date", f["year"]))
    if f["newspaper"]:
        tags.append(("citation_journal_title", f["newspaper"]))
    tags += [("citation_public_url", f["url"]), ("citation_language", "zh")]
    tags += [("DC.title", f["title"])] + [("DC.creator", a) for a in f["authors"]]
    if f["date"] or f["year"]:
        tags.append(("DC.date", f["date"] or f["year"]))
    tags += [("DC.type", "Text"), ("DC.language", "zh"), ("DC.identifier", f["url"]), ("DC.source", b.file)]
    if f["newspaper"]:
        tags.append(("DC.publisher", f["newspaper"]))
    return tags


def json_ld(f: dict, it: Item, district: str | None) -> str:
    d: dict = {
        "@context": "https://schema.org",
        "@type": "NewsArticle" if it.kind == "article" else "Photograph",
        "headline": f["title"][:110],
        "url": f["url"],
        "mainEntityOfPage": f["url"],
        "identifier": it.id,
        "inLanguage": "zh-CN",
    }
    if f["authors"]:
        d["author"] = [{"@type": "Person", "name": a} for a in f["authors"]]
    if f["date"]:
        d["datePublished"] = f["date"]
    if it.date:
        d["dateCreated"] = it.date
    if f["newspaper"]:
        d["isPartOf"] = {"@type": "Newspaper", "name": f["newspaper"]}
    if district:
        d["contentLocation"] = {"@type": "Place", "name": district}
    # nothing in the JSON may close or confuse the <script> element that carries it
    text = json.dumps(d, ensure_ascii=False, sort_keys=True)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def head_html(f: dict, b: Bulletin, it: Item, district: str | None) -> str:
    """The <head> elements, prepared here (escaped) so the template only prints them."""
    import html

    tags = "".join(f'<meta name="{html.escape(n)}" content="{html.escape(c)}">' for n, c in meta_tags(f, b))
    return tags + f'<script type="application/ld+json">{json_ld(f, it, district)}</script>'
