"""Entity pages that earn their bytes, and lists that do not grow with the archive.

A name met in one item has no page: it is an entry (with its sentence) on its district's
register, and links go to its anchor there. Named in two items, it has a page, and that page
keeps resolving after the second item is gone. Long lists are cut into pages of a bounded
number of entries, and the rendered site's links and anchors all resolve.
"""

import json
import re
import shutil
import sys

import pytest
from conftest import CONTENT, ROOT, render_and_check
from pipeline.cli import build
from pipeline.model import EditionError

sys.path.insert(0, str(ROOT / "bench"))

ONCE, TWICE = "kongfanzhen-jiaozuo", "qiumuyang-jiaozuo"
A = ("焦作高新区召开推进会\n\n本报讯 3月5日，焦作市高新区党工委书记孔繁臻主持召开推进会，管委会副主任邱牧阳出席。"
     "会议要求，各部门要抓好落实。\n")
B = ("焦作高新区开展调研\n\n本报讯 4月9日，焦作市高新区管委会副主任邱牧阳到企业开展调研。"
     "调研中，企业负责人介绍了生产情况。\n")


def content_with(tmp_path, texts: dict[str, str]):
    content = tmp_path / "content"
    (content / "bulletins").mkdir(parents=True)
    shutil.copytree(CONTENT / "registers", content / "registers")
    for name, text in texts.items():
        (content / "bulletins" / f"{name}.txt").write_text(text, encoding="utf-8")
        date = {"a": "2025-03-06", "b": "2025-04-10"}[name]
        (content / "bulletins" / f"{name}.yaml").write_text(f"date: {date}\ndistrict: jiaozuo\n", encoding="utf-8")
    return content


def item_md(docs, needle: str) -> str:
    return next(t for p in sorted((docs / "items").glob("*.md")) if needle in (t := p.read_text(encoding="utf-8")))


def test_a_name_met_once_is_a_register_entry_twice_a_page_and_a_page_stays(tmp_path):
    content = content_with(tmp_path, {"a": A, "b": B})
    docs = tmp_path / "docs"
    build(content, docs, tagger="patterns")
    # named in one item: no page; the link goes to its anchor on the district's register
    assert not (docs / "people" / f"{ONCE}.md").exists()
    page_a = item_md(docs, "孔繁臻主持")
    assert f'href="../districts/jiaozuo/names.html#{ONCE}"' in page_a
    register = (docs / "districts" / "jiaozuo" / "names.md").read_text(encoding="utf-8")
    entry = register.split(f'<li id="{ONCE}">')[1].split("</li>")[0]
    assert "孔繁臻" in entry and "<mark>孔繁臻</mark>主持召开推进会" in entry  # its sentence
    assert f'id="{TWICE}"' not in register
    # named in two: a page, linked from both items, recorded in the lock
    assert (docs / "people" / f"{TWICE}.md").exists()
    assert f'href="../people/{TWICE}.html"' in page_a and f'href="../people/{TWICE}.html"' in item_md(docs, "到企业开展调研")
    lock = json.loads((content / "ids.lock.json").read_text(encoding="utf-8"))
    assert TWICE in lock["entities"] and ONCE not in lock["entities"]
    assert ONCE not in (docs / "people" / "index.md").read_text(encoding="utf-8")

    # the second item goes: the page, once published, stays, and links still go to it
    (content / "bulletins" / "b.txt").unlink()
    (content / "bulletins" / "b.yaml").unlink()
    build(content, docs, tagger="patterns")
    page = (docs / "people" / f"{TWICE}.md").read_text(encoding="utf-8")
    assert "见于 1 篇" in page
    assert f'href="../people/{TWICE}.html"' in item_md(docs, "孔繁臻主持")
    assert f'id="{TWICE}"' not in (docs / "districts" / "jiaozuo" / "names.md").read_text(encoding="utf-8")

    # and when no item names it any more, its URL says so instead of breaking
    (content / "bulletins" / "a.txt").write_text(A.replace("，管委会副主任邱牧阳出席", ""), encoding="utf-8")
    build(content, docs, tagger="patterns")
    gone = (docs / "people" / f"{TWICE}.md").read_text(encoding="utf-8")
    assert "邱牧阳" in gone and "不再提及" in gone
    render_and_check(docs, tmp_path / "site")


def test_a_numbered_page_keeps_resolving_when_its_list_gets_shorter(tmp_path, monkeypatch):
    from pipeline.write import paging

    monkeypatch.setattr(paging, "PER_DISTRICT", 1)
    monkeypatch.setattr(paging, "PER_ENTITY", 1)
    content = content_with(tmp_path, {"a": A, "b": B})
    docs = tmp_path / "docs"
    build(content, docs, tagger="patterns")
    older = [docs / "districts" / "jiaozuo" / "1.md", docs / "people" / TWICE / "1.md"]
    assert all("召开推进会" in p.read_text(encoding="utf-8") for p in older)  # the older item, on page 1
    lock = json.loads((content / "ids.lock.json").read_text(encoding="utf-8"))
    assert lock["pages"]["districts/jiaozuo"] == 1 and lock["pages"][f"people/{TWICE}"] == 1
    (content / "bulletins" / "b.txt").unlink()
    (content / "bulletins" / "b.yaml").unlink()
    build(content, docs, tagger="patterns")
    for p in older:  # one bulletin, one item: no numbered page, but the URLs lead on
        assert "本页已无内容" in p.read_text(encoding="utf-8"), p
    render_and_check(docs, tmp_path / "site")


def test_a_locked_build_fails_when_an_entity_page_would_be_recorded(tmp_path):
    content = content_with(tmp_path, {"a": A, "b": B})
    build(content, tmp_path / "docs", tagger="patterns")
    build(content, tmp_path / "docs", tagger="patterns", locked=True)  # nothing changes: fine
    lock_path = content / "ids.lock.json"
    lock = json.loads(lock_path.read_text(encoding="utf-8"))
    del lock["entities"][TWICE]
    lock_path.write_text(json.dumps(lock, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    with pytest.raises(EditionError, match="1 new entity pages, e.g. " + TWICE):
        build(content, tmp_path / "docs", tagger="patterns", locked=True)


# Small pages, so that a small archive has lists several pages long.
SMALL = {"PER_DISTRICT": 3, "PER_DATES": 12, "PER_BULLETINS": 7, "PER_REGISTER": 2, "PER_INDEX": 15, "PER_ENTITY": 4}


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory):
    """A synthetic archive of 30 bulletins built with small pages, rendered and packed."""
    from pipeline.pack import pack
    from pipeline.render import render
    from pipeline.write import paging
    from synth import generate

    mp = pytest.MonkeyPatch()
    for name, value in SMALL.items():
        mp.setattr(paging, name, value)
    tmp = tmp_path_factory.mktemp("synthetic")
    content = generate(CONTENT, tmp / "content", 30)
    docs, site = tmp / "docs", tmp / "site"
    try:
        build(content, docs, tagger="patterns")
    finally:
        mp.undo()
    proc = render(docs, site)
    assert proc.returncode == 0, proc.stderr
    pack(site)
    return docs, site


ITEM_LI = r'<li>(?:<span class="gx-kicker-inline">[^<]*</span> )?<a href="[./]*items/'


def count(page: str, pattern: str) -> int:
    return len(re.findall(pattern, page))


def test_long_lists_are_cut_into_pages_of_a_bounded_size(synthetic):
    docs, _ = synthetic
    small = SMALL
    md = {p.relative_to(docs).as_posix(): p.read_text(encoding="utf-8") for p in docs.rglob("*.md")}
    district = [k for k in md if re.fullmatch(r"districts/[a-z]+(/\d+)?\.md", k) and k != "districts/index.md"]
    assert any("/" in k[len("districts/"):] for k in district)  # some district runs to numbered pages
    for k in district:
        assert count(md[k], r'<h3><a href="[./]*bulletins/') <= small["PER_DISTRICT"], k
    register = [k for k in md if "/names" in k]
    assert len(register) > 3
    for k in register:
        assert count(md[k], r'<h2><a href="[./]*bulletins/') <= small["PER_REGISTER"], k
    years = [k for k in md if re.fullmatch(r"dates/\d{4}(/\d+)?\.md", k)]
    assert any("/" in k[len("dates/"):] for k in years)
    for k in years:
        assert count(md[k], ITEM_LI) <= small["PER_DATES"], k
    index = [k for k in md if re.fullmatch(r"bulletins/index(/\d+)?\.md", k)]
    assert len(index) == 1 + (30 - 1) // small["PER_BULLETINS"]
    for k in index:
        assert count(md[k], r'<li><a href="[./]*bulletins/') <= small["PER_BULLETINS"], k
    people = [k for k in md if re.fullmatch(r"people/index/\d+\.md", k)]
    assert people
    for k in people:
        assert count(md[k], r'<li><a href="') <= small["PER_INDEX"], k
    prolific = [k for k in md if re.fullmatch(r"people/[a-z0-9-]+/\d+\.md", k)]
    assert prolific  # some person is named in more items than one page holds
    for k in prolific:
        assert count(md[k], ITEM_LI) <= 2 * small["PER_ENTITY"], k
    # the numbered pages carry their neighbours; the front page keeps its URL and links them all
    front = md["dates/2015.md"]
    assert 'href="2015/1.html"' in front
    assert 'rel="prev" href="2.html"' in md["dates/2015/1.md"] or 'rel="prev" href="../2015.html"' in md["dates/2015/1.md"]


def test_the_paginated_site_links_and_anchors_all_resolve(synthetic):
    from pipeline.check import check_site

    _, site = synthetic
    assert check_site(site, "/edition/") == []
    # a name met once links to its anchor, and the anchor is on the page the link names
    item = next(p for p in sorted((site / "items").glob("*.html")) if "districts/" in p.read_text(encoding="utf-8")
                and "names" in p.read_text(encoding="utf-8"))
    href = re.search(r'href="\.\./(districts/[a-z]+/names[^"#]*\.html)#([a-z0-9-]+)"', item.read_text(encoding="utf-8"))
    assert href
    assert f'id="{href.group(2)}"' in (site / href.group(1)).read_text(encoding="utf-8")


def test_a_new_bulletin_leaves_the_numbered_pages_as_they_were(tmp_path, monkeypatch):
    """Pages are numbered from the oldest: a newer bulletin changes the front page and, once a
    page fills, adds one; the pages before it keep every byte."""
    from pipeline.write import paging

    monkeypatch.setattr(paging, "PER_DISTRICT", 2)
    content = tmp_path / "content"
    (content / "bulletins").mkdir(parents=True)
    shutil.copytree(CONTENT / "registers", content / "registers")
    docs = tmp_path / "docs"

    def add(k: int) -> None:
        text = f"焦作高新区第{k}次工作会议\n\n本报讯 {k}月8日，焦作市高新区召开第{k}次工作会议，部署重点工作第{k}项。\n"
        (content / "bulletins" / f"n{k}.txt").write_text(text, encoding="utf-8")
        (content / "bulletins" / f"n{k}.yaml").write_text(f"date: 2024-{k:02d}-09\ndistrict: jiaozuo\n", encoding="utf-8")

    def numbered_pages() -> dict[str, str]:
        return {p.name: p.read_text(encoding="utf-8") for p in sorted((docs / "districts" / "jiaozuo").glob("[0-9]*.md"))}

    for k in range(1, 6):
        add(k)
    build(content, docs, tagger="patterns")
    five = numbered_pages()
    assert sorted(five) == ["1.md", "2.md"] and "第1次" in five["1.md"] and "第4次" in five["2.md"]
    add(6)  # the front page takes it
    build(content, docs, tagger="patterns")
    assert numbered_pages() == five
    assert "第6次" in (docs / "districts" / "jiaozuo.md").read_text(encoding="utf-8")
    add(7)  # the front page is full: its older two become page 3
    build(content, docs, tagger="patterns")
    seven = numbered_pages()
    assert sorted(seven) == ["1.md", "2.md", "3.md"] and seven["1.md"] == five["1.md"]
    assert "第5次" in seven["3.md"] and "第6次" in seven["3.md"]
