"""Save every item and bulletin page of a built site with Zotero's own translators, through a
running Zotero translation server, and compare what Zotero made with the edition's data.

    python bench/zotero.py --site site --server http://127.0.0.1:1969

The site is served on a free local port; for each item page the server's /web endpoint must
return one newspaperArticle with the title, reporters as authors and correspondents as
contributors (single-field names), the date, the newspaper and page where known, the
canonical URL, language zh and the item's lead as abstract. A bulletin page must come back as
a list of its articles (Zotero's "multiple": HTTP 300 with the items to choose from).
The translation server is not part of the edition: see README ("Checked with Zotero")."""

from __future__ import annotations

import argparse
import functools
import http.server
import json
import sys
import threading
import urllib.error
import urllib.request
from pathlib import Path


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


def post(server: str, body: str | dict) -> tuple[int, object]:
    data = json.dumps(body).encode() if isinstance(body, dict) else body.encode()
    ctype = "application/json" if isinstance(body, dict) else "text/plain"
    req = urllib.request.Request(server.rstrip("/") + "/web", data=data, headers={"Content-Type": ctype})
    try:
        with urllib.request.urlopen(req, timeout=120) as r:
            return r.status, json.loads(r.read().decode("utf-8"))
    except urllib.error.HTTPError as e:
        text = e.read().decode("utf-8")
        return e.code, json.loads(text) if text.startswith(("{", "[")) else text


def import_(server: str, text: str) -> list[dict]:
    req = urllib.request.Request(server.rstrip("/") + "/import", data=text.encode("utf-8"), headers={"Content-Type": "text/plain"})
    try:
        with urllib.request.urlopen(req, timeout=120) as r:
            return [x for x in json.loads(r.read().decode("utf-8")) if x.get("itemType") not in ("note", "attachment")]
    except urllib.error.HTTPError:
        return []


def downloads(html_text: str) -> dict[str, str]:
    """The page's BibTeX, RIS and CSL-JSON as its script makes them (from the citation facts
    in the head; cite.py makes the same from the same facts, test_browser.py checks it)."""
    import re
    from html.parser import HTMLParser

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "build"))
    from pipeline.write import cite

    class Head(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.meta: list[tuple[str, str]] = []
            self.canonical = ""

        def handle_starttag(self, tag: str, attrs: list) -> None:
            a = {k: v or "" for k, v in attrs}
            if tag == "meta" and a.get("name"):
                self.meta.append((a["name"], a.get("content", "")))
            elif tag == "link" and a.get("rel") == "canonical":
                self.canonical = a.get("href", "")

    head = Head()
    head.feed(html_text[:html_text.find("</head>")])
    flags = (re.search(r'<aside class="gx-box gx-cite" id="cite"([^>]*)>', html_text) or re.match("", "")).group(1) or ""
    desc = next((v for n, v in head.meta if n == "description"), None)  # attributes arrive unescaped
    f = cite.facts_from_head(head.meta, head.canonical, desc, "data-circa" in flags, "data-no-abstract" not in flags)
    return {"bib": cite.bibtex(f), "ris": cite.ris(f), "csl": cite.csl_json(f)}


def page_number(page: str | None) -> str | None:
    import re

    if not page:
        return None
    m = re.fullmatch(r"\s*第?\s*(\d+)\s*版?\s*", page)
    return m.group(1) if m else page


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--site", type=Path, default=Path("site"))
    ap.add_argument("--server", default="http://127.0.0.1:1969")
    ap.add_argument("--site-url", default="https://gaoxinqu-edition.github.io/edition/", help="mkdocs.yml's site_url")
    args = ap.parse_args(argv)
    records = [json.loads(x) for x in (args.site / "data" / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    bulletins = {b["id"]: b for b in map(json.loads, (args.site / "data" / "bulletins.jsonl").read_text(encoding="utf-8").splitlines())}
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(args.site)))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{httpd.server_address[1]}/"
    checks = ("newspaperArticle", "title", "authors", "contributors", "date", "publication", "pages", "url", "language", "abstract")
    ok = dict.fromkeys(checks, 0)
    exact, problems = 0, []
    for rec in records:
        b = bulletins[rec["bulletin_id"]]
        status, out = post(args.server, base + rec["url"])
        item = out[0] if status == 200 and isinstance(out, list) and len(out) == 1 else {}
        names = [c.get("name") or c.get("lastName") for c in item.get("creators", [])]
        single = all("name" in c for c in item.get("creators", []))
        want_title = rec["title"] or f"[{'图片' if rec['kind'] == 'photo' else '文章'}，无标题]"
        year = (b["date"] or "")[:4] or b["year"]
        got = {
            "newspaperArticle": item.get("itemType") == "newspaperArticle",
            "title": item.get("title") == want_title,
            "authors": single and [c.get("name") for c in item.get("creators", []) if c["creatorType"] == "author"]
            == [r["name"] for r in rec["reporters"] + rec["photographers"]],
            "contributors": [c.get("name") for c in item.get("creators", []) if c.get("creatorType") == "contributor"]
            == [r["name"] for r in rec["correspondents"]],
            "date": item.get("date") == (b["date"] or year or None) or item.get("date") == (b["date"] or "").replace("-", "/"),
            "publication": item.get("publicationTitle") == (b["newspaper"] or None),
            "pages": item.get("pages") == page_number(b["page"]),
            "url": item.get("url") == args.site_url + rec["url"],
            "language": item.get("language") == "zh",
            "abstract": item.get("abstractNote") == rec["body"].split("\n\n")[0].replace("\n", " "),
        }
        for k, v in got.items():
            ok[k] += v
        if all(got.values()):
            exact += 1
        else:
            problems.append(f"{rec['id']}: {[k for k, v in got.items() if not v]} {json.dumps(item, ensure_ascii=False)[:300]} {names}")
    lists = 0
    for bid, b in bulletins.items():
        status, out = post(args.server, base + f"bulletins/{bid}.html")
        if status == 300 and isinstance(out, dict) and len(out.get("items", {})) == len(b["items"]):
            status, saved = post(args.server, out)  # choose every article offered
            urls = [args.site_url + f"items/{i}.html" for i in b["items"]]
            if status == 200 and [x.get("url") for x in saved] == urls and all(x.get("itemType") == "newspaperArticle" for x in saved):
                lists += 1
            else:
                problems.append(f"bulletins/{bid}: saving its articles gave HTTP {status} {str(saved)[:200]}")
        elif len(b["items"]) == 1 and status == 200:
            lists += 1
        else:
            problems.append(f"bulletins/{bid}: HTTP {status} {str(out)[:200]}")
    # the downloads, imported with Zotero's own import translators (access date added as the page does)
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "build"))
    from pipeline.write import cite

    imported: dict[str, dict[str, int]] = {}
    for rec in records:
        page = (args.site / rec["url"]).read_text(encoding="utf-8")
        for fmt, text in downloads(page).items():
            got = import_(args.server, cite.with_access(text, fmt, "2026-01-01"))
            row = imported.setdefault(fmt, {"one item": 0, "authors": 0, "contributors": 0, "access date": 0})
            if len(got) != 1:
                continue
            item = got[0]
            row["one item"] += 1
            row[item.get("itemType", "?")] = row.get(item.get("itemType", "?"), 0) + 1
            authors = [c.get("name") for c in item.get("creators", []) if c.get("creatorType") == "author"]
            row["authors"] += authors == [r["name"] for r in rec["reporters"] + rec["photographers"]]
            contributors = [c.get("name") for c in item.get("creators", []) if c.get("creatorType") == "contributor"]
            row["contributors"] += contributors == [r["name"] for r in rec["correspondents"]]
            row["access date"] += (item.get("accessDate") or "").startswith("2026-01-01")
    httpd.shutdown()
    print("\n".join(problems))
    for fmt, row in imported.items():
        print(f"import {fmt}: " + ", ".join(f"{k} {v}/{len(records)}" for k, v in row.items()))
    n = len(records)
    print("| check | items |\n|---|---|")
    for k in checks:
        print(f"| {k} | {ok[k]}/{n} |")
    print(f"| all of them | {exact}/{n} |")
    print(f"bulletin pages offered as the list of their articles, saved as newspaper articles: {lists}/{len(bulletins)}")
    return 0 if exact == n and lists == len(bulletins) else 1


if __name__ == "__main__":
    sys.exit(main())
