"""Check a rendered site before it is published: every internal link and anchor resolves, and
no page, stylesheet or script loads anything from another host."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

# Attributes that make a browser fetch something (as opposed to <a href>, which a reader follows).
LOADS = {("script", "src"), ("img", "src"), ("iframe", "src"), ("source", "src"), ("video", "src"),
         ("audio", "src"), ("embed", "src"), ("object", "data"), ("img", "srcset"), ("source", "srcset")}
LINK_LOADS = {"stylesheet", "preload", "prefetch", "modulepreload", "icon", "manifest", "preconnect", "dns-prefetch"}
CSS_URL = re.compile(r"""(?:url\(\s*['"]?|@import\s+['"])(?P<u>(?:https?:)?//[^'")\s]+)""")


class Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[tuple[str, int]] = []
        self.loads: list[tuple[str, int]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        line = self.getpos()[0]
        for key in ("id", "name"):
            if a.get(key) and (key == "id" or tag == "a"):
                self.ids.add(a[key])
        if tag == "a" and "href" in a:
            self.links.append((a["href"], line))
        if tag == "link" and "href" in a:
            rels = set(a.get("rel", "").lower().split())
            (self.loads if rels & LINK_LOADS else self.links).append((a["href"], line))
        for t, attr in LOADS:
            if tag == t and attr in a:
                for part in a[attr].split(","):
                    url = part.strip().split(" ")[0]
                    if url:
                        self.loads.append((url, line))
        if "style" in a:
            for m in CSS_URL.finditer(a["style"]):
                self.loads.append((m.group("u"), line))


def external(url: str) -> bool:
    s = urlsplit(url)
    return bool(s.netloc) or s.scheme in ("http", "https")


def check_site(site: Path, base: str = "/") -> list[str]:
    """`base` is the path the site is served under (from site_url): /base/x means site/x."""
    problems: list[str] = []
    # a site without its front page is no site, whatever its links say (a render that
    # removed what it wrote once passed here, empty)
    if not (site / "index.html").is_file():
        problems.append("index.html: missing: the site is not complete")
    pages: dict[Path, Page] = {}
    for path in sorted(site.rglob("*.html")):
        p = Page()
        p.feed(path.read_text(encoding="utf-8"))
        pages[path.resolve()] = p
    for path in sorted(site.rglob("*.css")):
        for m in CSS_URL.finditer(path.read_text(encoding="utf-8", errors="replace")):
            problems.append(f"{path.relative_to(site)}: loads {m.group('u')} from another host")
    for path, page in pages.items():
        rel = path.relative_to(site.resolve())
        for url, line in page.loads:
            if external(url):
                problems.append(f"{rel}:{line}: loads {url} from another host")
            elif not url.startswith("data:"):
                problems += _resolve(site, path, url, line, pages, rel, base)
        for url, line in page.links:
            if external(url) or url.startswith(("mailto:", "javascript:", "data:", "tel:")):
                continue
            problems += _resolve(site, path, url, line, pages, rel, base)
    return problems


def _resolve(site: Path, path: Path, url: str, line: int, pages: dict[Path, Page], rel: Path, base: str) -> list[str]:
    s = urlsplit(url)
    if s.path.startswith("/"):
        if not s.path.startswith(base):
            return [f"{rel}:{line}: link {url} points outside the site's base path {base}"]
        target = (site / unquote(s.path[len(base):])).resolve()
    else:
        target = path if not s.path else (path.parent / unquote(s.path)).resolve()
    if s.path.endswith("/") or target.is_dir():
        target = target / "index.html"
    if not target.exists():
        return [f"{rel}:{line}: broken link {url}"]
    missing = s.fragment and target in pages and s.fragment not in pages[target].ids
    if missing and not (target == path and s.fragment == "top"):
        return [f"{rel}:{line}: link {url}: no anchor #{s.fragment} in {target.relative_to(site.resolve())}"]
    return []
