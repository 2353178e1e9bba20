"""The five sample bulletins against their expected reading (the gold), and the built site."""

import re
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import CONTENT, ROOT, jsonl

FIX = ROOT / "tests" / "fixtures"


def run_checker(script: str, *args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(FIX / script), *map(str, args), "--verbose"], capture_output=True, text=True)


def gold_check(docs: Path, tmp_path: Path) -> subprocess.CompletedProcess:
    # the checker finds the raw bulletins beside the gold file (../bulletins/)
    (tmp_path / "gold").mkdir()
    shutil.copy(FIX / "gold.yaml", tmp_path / "gold" / "seeds.yaml")
    shutil.copytree(CONTENT / "bulletins", tmp_path / "bulletins")
    return subprocess.run(
        [sys.executable, str(FIX / "check_gold.py"), str(tmp_path / "gold" / "seeds.yaml"), str(docs / "data" / "articles.jsonl"),
         "--verbose", "--roles"], capture_output=True, text=True)


def test_gold_reading_is_complete(sample_build, tmp_path):
    proc = gold_check(sample_build[1], tmp_path)
    assert proc.stdout.strip().endswith("(100.0%)"), proc.stdout
    assert proc.returncode == 0


def test_gold_holds_with_the_patterns_alone_and_the_about_page_says_which(tmp_path, sample_build):
    """The default build adds the people a model finds (no false one here) and says so on the
    about page; `build --tagger patterns` keeps the gold too and mentions no model."""
    from pipeline.cli import build

    assert "统计模型" in (sample_build[1] / "about.md").read_text(encoding="utf-8")
    content = shutil.copytree(CONTENT, tmp_path / "content")
    build(content, tmp_path / "docs", tagger="patterns")
    proc = gold_check(tmp_path / "docs", tmp_path)
    assert proc.stdout.strip().endswith("(100.0%)"), proc.stdout
    alone = (tmp_path / "docs" / "about.md").read_text(encoding="utf-8")
    assert "职务称谓" in alone and "统计模型" not in alone and "<!--" not in alone


def test_every_character_is_conserved(sample_build):
    content, docs, _ = sample_build
    proc = run_checker("check_conservation.py", content, docs / "data")
    assert "conservation: 5/5 bulletins exact" in proc.stdout, proc.stdout
    assert proc.returncode == 0


def test_export_schema(sample_build):
    _, docs, summary = sample_build
    items = jsonl(docs / "data" / "articles.jsonl")
    bulletins = jsonl(docs / "data" / "bulletins.jsonl")
    need = {"id", "url", "bulletin", "seq", "kind", "title", "kicker", "subtitle", "date", "district", "reporters",
            "correspondents", "photographers", "byline", "people", "organizations", "places", "body", "truncated", "corrections"}
    assert len(items) == summary["items"] == 37
    for it in items:
        assert need <= set(it)
        assert it["bulletin"].startswith("bulletins/") and it["bulletin"].endswith(".txt")
        assert (docs / it["url"]).with_suffix(".md").exists()
        assert "\n\n\n" not in it["body"]
    ids = {it["id"] for it in items}
    for b in bulletins:
        assert {"id", "file", "district", "date", "items", "fragments"} <= set(b)
        assert set(b["items"]) <= ids
    assert sum(len(b["items"]) for b in bulletins) == len(items)


def test_inferred_metadata_says_so(sample_build):
    _, docs, _ = sample_build
    bulletins = {b["file"]: b for b in jsonl(docs / "data" / "bulletins.jsonl")}
    b = bulletins["bulletins/004_c5a4716e04ad5819.txt"]
    assert b["year"] == "2017" and b["year_inferred"] is True and b["year_evidence"]
    assert b["district"] == "zhengzhou" and b["district_inferred"] is True
    assert any("郑州" in e for e in b["district_evidence"])
    # 001 prints no year: the sidecar gives the one its text implies (十四五收官), marked as inferred
    b = bulletins["bulletins/001_3fdd2ac751f2a232.txt"]
    assert b["year"] == "2025" and b["year_inferred"] is True and "十四五" in b["year_evidence"][0]
    items = jsonl(docs / "data" / "articles.jsonl")
    dated = [it for it in items if it["date"]]
    assert dated and all(it["date_inferred"] and it["date_evidence"] for it in dated)


def test_site_builds_strict_and_self_contained(sample_site):
    from pipeline.check import check_site

    site, proc = sample_site
    assert "WARNING" not in proc.stderr
    assert check_site(site, "/edition/") == []
    html = (site / "items" / "jiaozuo-20250222-01.html").read_text(encoding="utf-8")
    assert 'lang="zh"' in html
    assert "fonts.googleapis" not in html and "fonts.gstatic" not in html
    assert re.search(r'<p id="p1" class="gx-p">本报讯', html)


def test_navigation_lists_index_pages_only(sample_site):
    site, _ = sample_site
    html = (site / "items" / "jiaozuo-20250222-01.html").read_text(encoding="utf-8")
    nav = html[html.find('<nav class="md-tabs'):]
    nav = nav[:nav.find("</nav>")]
    assert "people/index.html" in nav
    links = re.findall(r'<a href="([^"]+)"', nav)
    assert links and not [h for h in links if "/items/" in h or h.startswith("items/")]
    assert len(links) < 30  # the navigation does not grow with the number of items


def test_correction_keeps_printed_reading(sample_site):
    site, _ = sample_site
    html = next(p for p in (site / "items").glob("*.html") if "指示精神" in p.read_text(encoding="utf-8"))
    text = html.read_text(encoding="utf-8")
    assert '<del class="gx-sic" title="原文如此"> and </del><ins class="gx-corr" title="编者更正">和</ins>' in text


def test_readme_and_ci_run_the_same_test_command():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "make test" in readme and "make test" in ci
    assert "make site" in readme


def test_build_command_line(tmp_path):
    content = shutil.copytree(CONTENT, tmp_path / "c")
    proc = subprocess.run([sys.executable, str(ROOT / "build" / "edition.py"), "build", "--content", str(content), "--docs", str(tmp_path / "d")],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert re.match(r"built 5 bulletins, 37 items", proc.stdout)
    assert (Path(tmp_path / "d" / "data" / "articles.jsonl")).exists()


def test_bulletin_labels_are_unique_and_say_what_is_known(sample_build):
    """Two jiaozuo bulletins of 2025 once both read 焦作高新区公报 2025年: a label names the
    paper (else the district's bulletin) and the date (else the latest date reported)."""
    _, docs, _ = sample_build
    bulletins = jsonl(docs / "data" / "bulletins.jsonl")
    labels = [b["label"] for b in bulletins]
    assert len(set(labels)) == len(labels) == 5
    by_id = {b["id"]: b["label"] for b in bulletins}
    assert by_id["jiaozuo-20250222"] == "焦作高新区公报 记事至2025年2月22日"
    page = (docs / "bulletins" / "jiaozuo-20250222.md").read_text(encoding="utf-8")
    assert "title: 焦作高新区公报 记事至2025年2月22日" in page


def test_labels_told_apart_and_a_known_date_is_never_marked(registers):
    from conftest import read_text
    from pipeline.write.item_page import INFERRED_MARK, bulletin_label, date_html, label_bulletins

    names = {"jiaozuo": "焦作高新区"}
    text = "高新区召开会议\n\n本报讯 3月5日，焦作高新区召开会议。\n"
    a = read_text(text, registers, {"district": "jiaozuo", "date": "2025-03-06", "newspaper": "焦作日报", "page": "第5版"}, "bulletins/a.txt")
    b = read_text(text + "会议强调。\n", registers, {"district": "jiaozuo", "date": "2025-03-06", "newspaper": "焦作日报", "page": "第5版"},
                  "bulletins/b.txt")
    a.id, b.id = "a", "b"
    label_bulletins([a, b], names)
    assert bulletin_label(a, names) == "焦作日报 2025年3月6日 第5版（之一）"
    assert bulletin_label(b, names) == "焦作日报 2025年3月6日 第5版（之二）"
    # the year comes from the publication date: known, so no mark, though not printed with 3月5日
    it = a.items[0]
    assert it.date == "2025-03-05" and not it.date_inferred  # from the sidecar's exact date (issue 16)
    assert INFERRED_MARK not in date_html(it, a)
    c = read_text(text, registers, {"district": "jiaozuo", "year": 2025, "inferred": {"year": "正文「2025年」"}}, "bulletins/c.txt")
    assert date_html(c.items[0], c).endswith(INFERRED_MARK)


def test_masthead_names_the_known_paper_date_and_page(registers):
    """Where the sidecar gives newspaper, date and page the masthead shows them, says
    nothing is unknown, and the items' dates carry no inferred-year mark."""
    from conftest import read_text
    from pipeline.write.index_pages import bulletin_page
    from pipeline.write.item_page import INFERRED_MARK, label_bulletins

    meta = {"district": "jiaozuo", "date": "2025-03-06", "newspaper": "焦作日报", "page": "第5版"}
    b = read_text("高新区召开会议\n\n本报讯（记者 张三）3月5日，焦作高新区召开会议。\n", registers, meta, "bulletins/a.txt")
    b.id = "jiaozuo-20250306"
    for n, it in enumerate(b.items, 1):
        it.id, it.seq = f"{b.id}-{n:02d}", n
    label_bulletins([b], {"jiaozuo": "焦作高新区"})
    page = bulletin_page(b, {"jiaozuo": "焦作高新区"})
    assert "title: 焦作日报 2025年3月6日 第5版" in page
    assert '<h1 id="title">焦作日报</h1>' in page
    issue = page.split('<p class="gx-issue">')[1].split("</p>")[0]
    assert "2025年3月6日" in issue and "第5版" in issue and "不详" not in issue and "未有记录" not in issue
    assert INFERRED_MARK not in page and "gx-legend" not in page
    assert "记者 张三" in page and "本报讯（记者 张三）3月5日，焦作高新区召开会议。" in page


def test_pages_carry_no_regrown_chrome(sample_site):
    """Issue 15's lean pages: the frame around every page's text stays small. No sidebar nav
    repeating the tabs, no table of contents, no config for plugins that are off, no inline
    icons or scripts (the scheme's and the cite box's live in assets), no data: downloads, no
    indentation; an item page's frame (all but its article) within a fixed bound (was ~17 KB)."""
    site, _ = sample_site
    pages = sorted(site.rglob("*.html"))
    assert len(pages) > 100
    for path in pages:
        html = path.read_text(encoding="utf-8")
        article = html[html.index("<article"):html.index("</article>")]
        frame = html.replace(article, "")
        head = html[:html.index("</head>")]
        for waste in ("md-sidebar", "md-nav", "__config", "data-md-component", "<svg", "data:", "__md_"):
            assert waste not in frame, (path, waste)
        inline = [a for a in re.findall(r"<script([^>]*)>", html) if "src=" not in a and "application/ld+json" not in a]
        assert inline == [], (path, inline)
        assert not re.search(r"\n[ \t]+<", frame), path
        assert len(frame.encode()) - len(head.encode()) <= 2_600, (path, len(frame.encode()) - len(head.encode()))
        if path.parent.name == "items":
            assert "data:" not in article and len(frame.encode()) <= 5_500, (path, len(frame.encode()))
        assert "assets/javascripts/" not in html, path  # Material's scripts: left out of the offline copy


def test_offline_copy_leaves_out_only_what_no_page_loads(sample_site):
    import tarfile

    site, _ = sample_site
    with tarfile.open(site / "download" / "gaoxinqu-edition.tar.xz") as tar:
        names = {n.split("/", 1)[1] for n in tar.getnames()}
    files = {p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file()}
    left_out = {f for f in files - names if not f.startswith("download/")}
    assert left_out and all(f.startswith("assets/javascripts/") for f in left_out)


def test_offline_copy_holds_each_file_as_published_with_a_bulletins_files_together(sample_site):
    import tarfile

    site, _ = sample_site
    with tarfile.open(site / "download" / "gaoxinqu-edition.tar.xz") as tar:
        members = [m for m in tar.getmembers() if m.isfile()]
        for m in members:
            rel = m.name.split("/", 1)[1]
            if rel != "请先阅读.txt":
                assert tar.extractfile(m).read() == (site / rel).read_bytes(), rel
    names = [m.name.split("/", 1)[1] for m in members]
    bulletin = next(p.stem for p in (site / "tei").glob("*.xml"))
    own = [i for i, n in enumerate(names) if bulletin in n]
    # its page, source, TEI, items and their JSON form one run, so the compressor meets the
    # text it has just seen (a zip of single files was 3.5 times larger on the samples)
    assert len(own) >= 5 and own == list(range(own[0], own[-1] + 1)), [names[i] for i in own]
    for css in site.rglob("*.css"):
        assert "javascripts/" not in css.read_text(encoding="utf-8"), css
