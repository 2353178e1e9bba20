"""Citable forever: ids survive parser changes and new bulletins; moved items redirect."""

import json
import re
import shutil

import yaml
from conftest import CONTENT, jsonl
from pipeline import parallel
from pipeline.cli import build


def recorded(docs):
    """url -> the opening words of the item it shows"""
    items = jsonl(docs / "data" / "articles.jsonl")
    return {it["url"]: re.sub(r"\s", "", it["body"])[:40] for it in items}


def resolve(docs, url):
    """Follow redirect pages; return the body (whitespace removed) of the page finally shown."""
    items = {it["url"]: it for it in jsonl(docs / "data" / "articles.jsonl")}
    for _ in range(5):
        if url in items:
            return re.sub(r"\s", "", items[url]["body"])
        md = (docs / url).with_suffix(".md")
        assert md.exists(), f"{url} does not resolve"
        fm = yaml.safe_load(md.read_text(encoding="utf-8").split("---\n")[1])
        assert fm.get("template") == "redirect.html", f"{url} is neither an item nor a redirect"
        url = "items/" + fm["location"]
    raise AssertionError(f"redirect loop at {url}")


def test_urls_survive_parser_changes_and_new_bulletins(tmp_path, monkeypatch):
    content = shutil.copytree(CONTENT, tmp_path / "content")
    (content / "ids.lock.json").unlink()
    build(content, tmp_path / "docs1")
    before = recorded(tmp_path / "docs1")
    lock1 = json.loads((content / "ids.lock.json").read_text(encoding="utf-8"))

    # a "parser change": photos are no longer told apart (they merge into the item before
    # them), datelines are no longer part of the body, and a bulletin is added
    original = parallel.segment

    def changed(b):
        b = original(b)
        merged = []
        for it in b.items:
            if it.kind == "photo" and merged:
                merged[-1].paragraphs += it.paragraphs
            else:
                merged.append(it)
        for it in merged:
            if it.paragraphs and it.paragraphs[0].text.startswith("本报讯("):
                p = it.paragraphs[0]
                p.text = p.text[p.text.index(")") + 1:]
        b.items = merged
        return b

    monkeypatch.setattr(parallel, "segment", changed)
    extra = (content / "bulletins" / "002_429d68258cbd63be.txt").read_text(encoding="utf-8").replace("2月", "3月")
    (content / "bulletins" / "005_new.txt").write_text(extra, encoding="utf-8")
    summary = build(content, tmp_path / "docs2")
    assert summary["redirects"] > 0
    lock2 = json.loads((content / "ids.lock.json").read_text(encoding="utf-8"))
    for section in ("bulletins", "items"):  # the lock is extended, never rewritten
        assert all(lock2[section][k] == v for k, v in lock1[section].items())
    for url, opening in before.items():
        shown = resolve(tmp_path / "docs2", url)
        assert opening in shown or opening.split(")", 1)[-1] in shown, url
    # an item whose dateline the new parser drops keeps its very URL
    assert recorded(tmp_path / "docs2")["items/jiaozuo-20250222-01.html"].startswith("2月22日上午")


def test_corrected_headline_keeps_the_url(tmp_path):
    content = shutil.copytree(CONTENT, tmp_path / "content")
    build(content, tmp_path / "d1")
    path = content / "bulletins" / "000_c5eed67edc9f56c4.txt"
    path.write_text(path.read_text(encoding="utf-8").replace("# 高新区党政联席会议召开", "# 高新区召开党政联席会议"), encoding="utf-8")
    build(content, tmp_path / "d2")
    a, b = recorded(tmp_path / "d1"), recorded(tmp_path / "d2")
    assert a == b


def test_item_pages_carry_citation_metadata(sample_site):
    site, _ = sample_site
    from html.parser import HTMLParser

    class Meta(HTMLParser):
        def __init__(self):
            super().__init__()
            self.meta, self.ld, self._in_ld, self.canonical = [], [], False, None

        def handle_starttag(self, tag, attrs):
            a = dict(attrs)
            if tag == "meta" and "name" in a:
                self.meta.append((a["name"], a.get("content")))
            if tag == "script" and a.get("type") == "application/ld+json":
                self._in_ld = True
            if tag == "link" and a.get("rel") == "canonical":
                self.canonical = a["href"]

        def handle_data(self, data):
            if self._in_ld:
                self.ld.append(data)

        def handle_endtag(self, tag):
            self._in_ld = False

    p = Meta()
    p.feed((site / "items" / "pingdingshan-20230202-02.html").read_text(encoding="utf-8"))
    meta = dict(p.meta)
    assert meta["citation_title"] == "高新区部署2023年重点任务和项目"
    # authors as DC.creator, not citation_author: beside citation_author Zotero drops every other creator
    assert ("DC.creator", "高轶鹏") in p.meta and meta["DC.type"] == "NewsItem"
    # each fact once: the URL is the canonical link, the language <html lang>, the title citation_title
    assert not {"citation_public_url", "DC.title", "DC.language"} & set(meta)
    ld = json.loads("".join(p.ld))
    assert ld["@type"] == "NewsArticle" and ld["headline"] == meta["citation_title"]
    assert ld["author"] == [{"@type": "Person", "name": "高轶鹏"}]
    assert ld["datePublished"] == "2023"  # only the (inferred) year is known: no month or day invented
    assert ld["dateCreated"] == "2023-02-01"
    assert p.canonical and p.canonical.endswith("items/pingdingshan-20230202-02.html")
    html = (site / "items" / "pingdingshan-20230202-02.html").read_text(encoding="utf-8")
    import html as htmllib

    # GB/T 7714: the correspondent named, the unknown newspaper said to be unknown, the inferred year bracketed
    assert "高轶鹏. 高新区部署2023年重点任务和项目[N]. 董颖博, 通讯员. [出版者不详], [2023]." in htmllib.unescape(html)
    assert "[N/OL]" in htmllib.unescape(html) and '<aside class="gx-box gx-cite" id="cite" data-circa>' in html
    assert re.search(r'<p id="p1" class="gx-p">.*?<a class="gx-anchor" href="#p1"', html)
    assert (site / "sitemap.xml").exists()
