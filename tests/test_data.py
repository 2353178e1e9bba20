"""Data to take away: CSV, TEI P5 (validated with jing against tei_all, every character
conserved), the raw text, one JSON file per item, the Atom feed, the data page."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

from conftest import CONTENT, ROOT, jsonl

TEI_RNG = ROOT / "tests" / "fixtures" / "schemas" / "tei_all.rng"
T = "{http://www.tei-c.org/ns/1.0}"


def read_csv(path: Path) -> list[dict]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM: Excel opens Chinese right
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


def test_articles_csv_holds_every_article_as_the_jsonl_does(sample_build):
    _, docs, _ = sample_build
    rows = read_csv(docs / "data" / "articles.csv")
    items = jsonl(docs / "data" / "articles.jsonl")
    assert [r["id"] for r in rows] == [it["id"] for it in items]
    for r, it in zip(rows, items, strict=True):
        assert r["body"] == it["body"] and r["title"] == (it["title"] or "")
        assert r["reporters"] == "; ".join(x["name"] for x in it["reporters"])
        assert r["correspondents"] == "; ".join(x["name"] for x in it["correspondents"])
        assert r["date_inferred"] == ("true" if it["date_inferred"] else "false")


def test_entities_csv_lists_every_entity_with_its_items(sample_build):
    _, docs, _ = sample_build
    rows = read_csv(docs / "data" / "entities.csv")
    ents = [e for e in jsonl(docs / "data" / "entities.jsonl") if e["items"]]
    assert [r["id"] for r in rows] == [e["id"] for e in ents]
    assert all(r["items"].split("; ") == e["items"] and int(r["item_count"]) == len(e["items"]) for r, e in zip(rows, ents, strict=True))


def jing(*files: Path) -> subprocess.CompletedProcess:
    exe = shutil.which("jing")
    assert exe, "jing is needed for the TEI tests: apt-get install jing (make test installs it)"
    return subprocess.run([exe, str(TEI_RNG), *map(str, files)], capture_output=True, text=True)


def test_tei_of_every_bulletin_validates_against_tei_all(sample_build):
    _, docs, _ = sample_build
    files = sorted((docs / "tei").glob("*.xml"))
    assert len(files) == 5
    proc = jing(*files)
    assert proc.returncode == 0, proc.stdout
    # and jing does fail on an invalid one (the check is real)
    bad = docs.parent / "bad.xml"
    bad.write_text(files[0].read_text(encoding="utf-8").replace("<byline>", "<bylin>").replace("</byline>", "</bylin>"), encoding="utf-8")
    assert jing(bad).returncode == 1


def source_chars(path: Path) -> Counter:
    """As the conservation checker counts: non-whitespace characters, heading markers removed."""
    text = path.read_bytes().decode("utf-8-sig")
    return Counter(re.sub(r"\s+", "", re.sub(r"(?m)^[^\S\n]*#+[^\S\n]*", "", text)))


def tei_chars(path: Path | str) -> Counter:
    """Every character in the TEI's <text>, editors' <corr> readings aside; a character XML
    cannot hold counts where its <g type="control" n="U+XXXX"/> stands."""
    root = ET.parse(path).getroot() if isinstance(path, Path) else ET.fromstring(path)
    out: list[str] = []

    def walk(el: ET.Element) -> None:
        if el.tag == T + "corr":
            out.append(el.tail or "")
            return
        if el.tag == T + "g" and el.get("type") == "control":
            out.append(chr(int(el.get("n")[2:], 16)))
        out.append(el.text or "")
        for child in el:
            walk(child)
        out.append(el.tail or "")

    text = root.find(T + "text")
    assert text is not None
    walk(text)
    return Counter(re.sub(r"\s+", "", "".join(out[:-1])))


def test_tei_conserves_every_character_of_each_bulletin(sample_build):
    content, docs, _ = sample_build
    for b in jsonl(docs / "data" / "bulletins.jsonl"):
        want, got = source_chars(content / b["file"]), tei_chars(docs / "tei" / f"{b['id']}.xml")
        assert want == got, (b["file"], want - got, got - want)


def test_tei_structure_follows_the_print(sample_build):
    _, docs, _ = sample_build
    bulletins = {b["id"]: b for b in jsonl(docs / "data" / "bulletins.jsonl")}
    items = {it["id"]: it for it in jsonl(docs / "data" / "articles.jsonl")}
    entities = {e["id"] for e in jsonl(docs / "data" / "entities.jsonl")}
    for bid, b in bulletins.items():
        root = ET.parse(docs / "tei" / f"{bid}.xml").getroot()
        src = root.find(f"{T}teiHeader/{T}fileDesc/{T}sourceDesc/{T}bibl")
        assert src is not None and src.find(f"{T}idno[@type='sha256']").text == b["sha256"]
        assert src.find(f"{T}idno[@type='file']").text == b["file"]
        body = root.find(f"{T}text/{T}body")
        divs = body.findall(f"{T}div")
        assert [d.get("{http://www.w3.org/XML/1998/namespace}id") for d in divs] == b["items"]  # print order
        assert [f.text for f in body.findall(f"{T}fw")] == [f["text"] for f in b["fragments"]]
        for d in divs:
            it = items[d.get("{http://www.w3.org/XML/1998/namespace}id")]
            heads = {h.get("type"): h.text for h in d.findall(f"{T}head")}
            assert heads == {k: v for k, v in (("kicker", it["kicker"]), ("main", it["title"]), ("sub", it["subtitle"])) if v}
            for tag in ("persName", "orgName", "placeName"):
                for n in d.iter(T + tag):
                    assert n.get("key") is None or n.get("key") in entities
        for d in divs:  # every byline name is a persName with its role, in the dateline or the byline
            it = items[d.get("{http://www.w3.org/XML/1998/namespace}id")]
            tagged = {(n.text, r) for n in d.iter(T + "persName") if n.get("role") for r in n.get("role").split()}
            for role, sub in (("reporters", "reporter"), ("correspondents", "correspondent"), ("photographers", "photographer")):
                for r in it[role]:
                    assert (r["name"], sub) in tagged and r["id"] in entities, (it["id"], r)
    tei = (docs / "tei" / f"{next(b for b in bulletins.values() if b['file'].startswith('bulletins/004'))['id']}.xml").read_text(encoding="utf-8")
    assert "<choice><sic>问題</sic><corr>问题</corr></choice>" in tei


def test_raw_text_is_published_byte_for_byte_beside_its_bulletin_page(sample_build):
    content, docs, _ = sample_build
    for b in jsonl(docs / "data" / "bulletins.jsonl"):
        raw = (docs / "bulletins" / f"{b['id']}.txt").read_bytes()
        assert raw == (content / b["file"]).read_bytes() and hashlib.sha256(raw).hexdigest() == b["sha256"]
        assert f'href="{b["id"]}.txt"' in (docs / "bulletins" / f"{b['id']}.md").read_text(encoding="utf-8")


def test_each_item_has_its_json_at_a_predictable_url(sample_build):
    _, docs, _ = sample_build
    for it in jsonl(docs / "data" / "articles.jsonl"):
        rec = json.loads((docs / "api" / "items" / f"{it['id']}.json").read_text(encoding="utf-8"))
        citation = rec.pop("citation")
        assert rec == it and citation["type"] == "article-newspaper" and citation["id"] == it["id"]


def test_atom_feed_lists_the_newest_bulletins_with_content_dates(sample_build):
    _, docs, _ = sample_build
    A = "{http://www.w3.org/2005/Atom}"
    root = ET.parse(docs / "feed.xml").getroot()
    entries = root.findall(A + "entry")
    assert len(entries) == 5
    updated = [e.find(A + "updated").text for e in entries]
    assert updated == sorted(updated, reverse=True) and root.find(A + "updated").text == updated[0]
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\dT00:00:00Z", u) for u in updated)
    ids = {e.find(A + "id").text for e in entries}
    assert all(i.endswith(".html") and "/bulletins/" in i for i in ids)
    import feedparser

    feed = feedparser.parse((docs / "feed.xml").read_bytes())
    assert not feed.bozo and feed.version == "atom10" and len(feed.entries) == 5
    assert all(e.updated_parsed and e.link.endswith(".html") and e.title for e in feed.entries)


def test_data_page_and_readme_document_every_format(sample_site):
    site, _ = sample_site
    page = (site / "data.html").read_text(encoding="utf-8")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in ("articles.jsonl", "bulletins.jsonl", "entities.jsonl", "articles.csv", "entities.csv", "feed.xml",
                 "tei/", "api/items/", "bulletins/"):
        assert name in page and name in readme, name
    assert 'href="data.html"' in (site / "index.html").read_text(encoding="utf-8")
    for p in ("data/articles.csv", "data/entities.csv", "feed.xml"):
        assert (site / p).exists()
    assert not (CONTENT / "tei").exists()


def test_a_huge_last_field_is_written_in_pieces_as_csv_writes_it(monkeypatch):
    """articles.csv writes a long body a piece at a time (csv.writer's buffer is four bytes a
    character): the pieces must be the very bytes csv.writer writes, quoting and all."""
    import csv
    import io
    import random

    from pipeline.write import data

    rng = random.Random(5)
    alphabet = ['a', ' ', ',', '"', '\r', '\n', '\t', '高', '\u2028', "'", ';', '\\', '\x0c', '""']
    rows = [[rng.choice(["", "x", "a,b", None, True, 3]), "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))]
            for _ in range(2000)]
    rows += [["", ""], [None, '"'], ["x", " "], ["x", "\r\n"]]
    monkeypatch.setattr(data, "CSV_BIG", 0)
    monkeypatch.setattr(data, "CSV_PIECE", 3)  # quotes doubled across a cut too
    got = "".join(data._csv_rows(["h1", "h2"], rows))
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["h1", "h2"])
    for r in rows:
        w.writerow(["" if v is None else ("true" if v is True else "false" if v is False else v) for v in r])
    assert got == "\ufeff" + buf.getvalue()
