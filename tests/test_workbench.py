"""The editor's workbench: `show` (what the reader made of each line), item-level fixes in the
sidecar, headline corrections, the build summary and `review --file`."""

import shutil

from conftest import CONTENT
from pipeline.cli import main, show

# A new 郑州 bulletin as an editor gets it: a banner, a kicker over a title, an article with
# a byline after it, and a photo with its credit.
NEW = """郑州高新区专版

奋战二季度 确保“双过半”
高新区召开重点工作推进会

本报讯(记者 王伟 通讯员 李强)5月7日,郑州高新区召开二季度重点工作推进会,部署下步工作。会议要求,各部门要抓项目、抓招商、抓产业。

会议强调,要守牢安全底线,确保各项工作高效推进。


企业员工在生产线上忙碌。
本报记者 马雅宁 摄
"""


def content_with(tmp_path, text: str = NEW, sidecar: str | None = None, name: str = "zz.txt"):
    content = tmp_path / "content"
    (content / "bulletins").mkdir(parents=True)
    shutil.copytree(CONTENT / "registers", content / "registers")
    (content / "bulletins" / name).write_text(text, encoding="utf-8")
    if sidecar is not None:
        (content / "bulletins" / name).with_suffix(".yaml").write_text(sidecar, encoding="utf-8")
    return content


def roles_of(out: str) -> dict[int, tuple[str, str]]:
    """{line: (role, item label)} from `show`'s table."""
    got = {}
    for row in out.splitlines()[1:]:
        cells = [c.strip() for c in row.split("│")]
        if len(cells) == 3 and cells[0].isdigit():
            role_item = cells[1].split(None, 1) if not cells[1].startswith("section head") else ["section head", cells[1][12:]]
            got[int(cells[0])] = (role_item[0], role_item[1].strip() if len(role_item) > 1 else "")
    return got


def test_show_numbers_every_line_and_gives_its_role_and_item(tmp_path):
    content = content_with(tmp_path)
    out = show(content, tmp_path / "content" / "bulletins" / "zz.txt")
    roles = roles_of(out)
    assert roles[1][0] == "layout" and roles[1][1] == ""
    assert roles[3][0] == "kicker" and roles[4][0] == "title" and roles[3][1] == roles[4][1] and roles[4][1].startswith("#1 ")
    assert roles[6] == ("body", roles[4][1]) and roles[8] == ("body", roles[4][1])
    assert roles[11][0] == "body" and roles[11][1].startswith("#2 ") and roles[12][0] == "credit"
    assert "\x1b[" not in out  # no colour unless asked for
    # blank lines are numbered too, so a line number can be read off, not counted
    assert [int(r.split("│")[0]) for r in out.splitlines()[1:13]] == list(range(1, 13))
    assert "\x1b[" in show(content, content / "bulletins" / "zz.txt", colour=True)


def test_show_on_the_command_line_respects_no_color_and_reports_errors(tmp_path, capsys, monkeypatch):
    content = content_with(tmp_path)
    monkeypatch.setenv("NO_COLOR", "1")
    assert main(["show", "bulletins/zz.txt", "--content", str(content)]) == 0
    out = capsys.readouterr().out
    assert "高新区召开重点工作推进会" in out and "\x1b[" not in out
    assert main(["show", "bulletins/nope.txt", "--content", str(content)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: bulletins/nope.txt: ") and "Traceback" not in err


def test_show_every_sample_line_has_a_role(capsys):
    for path in sorted((CONTENT / "bulletins").glob("*.txt")):
        out = show(CONTENT, path)
        assert "did not place" not in out, (path.name, out[-300:])


def search_index(docs):
    """The built search index: postings and the records of the items, as the browser loads them."""
    import json

    index, blocks, solo = {}, {}, {}
    for f in sorted((docs / "gxsearch").rglob("*.js")):
        text = f.read_text(encoding="utf-8")
        name, data = text[len("gxSearch.load("):].split(",", 1)
        data = json.loads(data.rstrip().removesuffix(");"))
        if f.parent.name == "k" and "-" in f.stem:
            solo[f.stem] = data  # a big key's own file, named in its shard
        elif f.parent.name == "k":
            index.update({k: (f.stem, v) for k, v in data.items()})
        elif f.parent.name == "t":
            blocks[int(json.loads(name)[1:])] = data
    index = {k: solo[f"{s}-{v}"] if isinstance(v, int) else v for k, (s, v) in index.items()}
    records = [r for n in sorted(blocks) for r in blocks[n]]
    return index, records


def search(docs, query: str) -> set[str]:
    """The item urls whose text holds the query, by the browser's algorithm."""
    from pipeline.write.search_index import normalize
    from test_search_index import find

    index, records = search_index(docs)
    return {records[d][0] for d in find(index, normalize(query))}


FIXES = """district: zhengzhou
date: 2025-05-08
corrections:
  - sic: 重点工作推进会
    corr: 重点工作调度会
    note: 据会议通知
items:
  - item: 4
    kicker: 奋战二季度
    note: 引题只取前半
  - item: 企业员工在生产线上忙碌
    title: 生产线上
    kind: photo
  - item: 6
    reporters: [王伟, 张三]
    truncated: true
"""


def test_item_fixes_and_headline_corrections_reach_every_place_the_headline_appears(tmp_path):
    import json

    from conftest import jsonl
    from pipeline.cli import build

    content = content_with(tmp_path, sidecar=FIXES)
    docs = tmp_path / "docs"
    build(content, docs, tagger="patterns")
    recs = {r["seq"]: r for r in jsonl(docs / "data" / "articles.jsonl")}
    art, photo = recs[1], recs[2]
    # the export: the editor's readings, the printed ones beside them
    assert art["title"] == "高新区召开重点工作调度会" and art["printed"]["title"] == "高新区召开重点工作推进会"
    assert art["kicker"] == "奋战二季度" and art["printed"]["kicker"] == "奋战二季度 确保“双过半”"
    assert [r["name"] for r in art["reporters"]] == ["王伟", "张三"] and art["truncated"] is True
    assert photo["title"] == "生产线上" and photo["printed"]["title"] is None
    assert {d["field"] for d in art["decisions"]} == {"title", "kicker", "reporters", "truncated"}
    assert all(d["source"].startswith("bulletins/zz.yaml") for d in art["decisions"])
    # the text is never rewritten: the body keeps the printed words
    assert "重点工作推进会" in art["body"]
    page = (docs / "items" / f"{art['id']}.md").read_text(encoding="utf-8")
    h1 = page.split('<h1 id="title"', 1)[1].split("</h1>", 1)[0]
    assert "高新区召开重点工作调度会" in h1 and "推进会" not in h1
    fm = page.split("\n---\n", 1)[0]
    assert "title: 高新区召开重点工作调度会" in fm  # page metadata (<title>, description)
    assert 'name="citation_title" content="高新区召开重点工作调度会"' in page  # Zotero and Google Scholar
    cites = page.split('class="gx-cite', 1)[1]
    assert "高新区召开重点工作调度会&#91;N&#93;" in cites and "推进会&#91;N" not in cites  # GB/T 7714
    assert "编者处理" in page and "高新区召开重点工作推进会" in page.split("编者处理", 1)[1]  # printed reading shown
    # a date the sidecar gives exactly is not marked as a guess
    assert art["date"] == "2025-05-07" and art["date_inferred"] is False and "（年份为推断）" not in page
    # search finds the corrected and the printed reading, headline and body alike
    url = f"items/{art['id']}.html"
    for q in ("重点工作调度会", "重点工作推进会", "召开重点工作调度会"):
        assert url in search(docs, q), q
    assert f"items/{photo['id']}.html" in search(docs, "生产线上")
    _, records = search_index(docs)
    assert any(r[0] == url and r[1] == "高新区召开重点工作调度会" for r in records)
    # every character of the bulletin is still in exactly one place
    bul = jsonl(docs / "data" / "bulletins.jsonl")[0]
    assert bul["fragments"][0]["text"] == "郑州高新区专版"
    json.dumps(recs)  # exportable as it is


def test_item_fixes_by_id_apply_after_the_lock(tmp_path):
    from conftest import jsonl
    from pipeline.cli import build

    content = content_with(tmp_path)
    build(content, tmp_path / "docs", tagger="patterns")
    first = jsonl(tmp_path / "docs" / "data" / "articles.jsonl")[0]
    (content / "bulletins" / "zz.yaml").write_text(f"items:\n  - item: {first['id']}\n    subtitle: ——一个副题\n",
                                                   encoding="utf-8")
    build(content, tmp_path / "docs", tagger="patterns")
    again = jsonl(tmp_path / "docs" / "data" / "articles.jsonl")[0]
    assert again["id"] == first["id"] and again["subtitle"] == "——一个副题" and again["printed"] == {"subtitle": None}


BAD_FIXES = [
    ("items: {item: 4}\n", "zz.yaml:1: items must be a list"),
    ("items:\n  - item: 4\n    titel: x\n", "zz.yaml:3: items entry 1: unknown key 'titel'"),
    ("items:\n  - item: 4\n    kind: video\n", "zz.yaml:3: items entry 1: kind must be one of article, photo"),
    ("items:\n  - item: 4\n    date: 2025-02-30\n", "zz.yaml:3: items entry 1: date '2025-02-30' is not an ISO date"),
    ("items:\n  - item: 4\n    reporters: 王伟\n", "zz.yaml:3: items entry 1: reporters must be a list of names"),
    ("items:\n  - item: 4\n    truncated: yes please\n", "zz.yaml:3: items entry 1: truncated must be true or false"),
    ("items:\n  - item: 4\n", "zz.yaml:2: items entry 1: sets nothing"),
    ("items:\n  - title: x\n", "zz.yaml:2: items entry 1: 'item' must be an item id"),
    ("items:\n  - item: 1\n    title: x\n", "zz.yaml:2: items: line 1 is layout text, in no item"),
    ("items:\n  - item: 2\n    title: x\n", "zz.yaml:2: items: line 2 of the bulletin is blank"),
    ("items:\n  - item: 无此开头\n    title: x\n", "zz.yaml:2: items: no item opens with '无此开头'"),
    ("items:\n  - item: zz-x-09\n    title: x\n", "zz.yaml:2: items: no item 'zz-x-09' in this bulletin"),
    ("items:\n  - item: 4\n    merge_next: 1\n", "zz.yaml:3: items entry 1: merge_next must be true"),
    ("items:\n  - item: 11\n    merge_next: true\n", "zz.yaml:2: items: item #2 is the last of the bulletin"),
    ("items:\n  - item: zz-x-01\n    merge_next: true\n", "zz.yaml:2: items: merge_next needs the item addressed by a line"),
]


def test_bad_item_fixes_are_errors_with_file_and_line(tmp_path, capsys):
    import pytest

    for n, (sidecar, message) in enumerate(BAD_FIXES):
        content = content_with(tmp_path / str(n), sidecar=sidecar)
        assert main(["build", "--content", str(content), "--docs", str(tmp_path / str(n) / "docs"), "--no-cache",
                     "--tagger", "patterns", "--jobs", "1"]) == 1, sidecar
        err = capsys.readouterr().err
        assert f"error: bulletins/{message}" in err and "Traceback" not in err, (sidecar, err)
        assert not (tmp_path / str(n) / "docs").exists()
    del pytest


def test_all_item_fix_errors_of_a_run_come_together(tmp_path, capsys):
    content = content_with(tmp_path, sidecar="items:\n  - item: 4\n    kind: video\n  - item: 6\n    truncated: 2\n")
    (content / "bulletins" / "other.txt").write_text(NEW.replace("郑州", "洛阳"), encoding="utf-8")
    (content / "bulletins" / "other.yaml").write_text("items:\n  - item: 1\n    title: x\n", encoding="utf-8")
    assert main(["build", "--content", str(content), "--docs", str(tmp_path / "docs"), "--no-cache",
                 "--tagger", "patterns", "--jobs", "1"]) == 1
    err = capsys.readouterr().err
    assert "bulletins/zz.yaml:3: items entry 1: kind" in err and "bulletins/zz.yaml:5: items entry 2: truncated" in err
    assert "bulletins/other.yaml:2: items: line 1 is layout text" in err and "3 errors" in err


def test_build_summary_names_new_and_changed_bulletins_inferences_warnings_and_the_lock(tmp_path, capsys):
    content = content_with(tmp_path)
    args = ["build", "--content", str(content), "--docs", str(tmp_path / "docs"), "--cache", str(tmp_path / "cache"),
            "--tagger", "patterns", "--jobs", "1"]
    assert main(args) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0].startswith("new bulletin zhengzhou-") and "(bulletins/zz.txt, 2 items)" in lines[0]
    bid = lines[0].split()[2]
    assert f"    {bid}-01  高新区召开重点工作推进会" in lines
    assert any(x.startswith(f"    {bid}-02  [photo, untitled] 企业员工") for x in lines)
    assert "    district zhengzhou inferred from 郑州高新区（第1行）; 郑州高新区（第6行）" in lines  # and from what
    assert any(x.startswith("    year unknown (") for x in lines)  # no year printed, none given: said so
    assert f"first new item: https://gaoxinqu-edition.github.io/edition/items/{bid}-01.html" in out
    assert "the id lock changed: commit" in out and "ids.lock.json" in out
    # nothing changed: no bulletin listed, no lock reminder
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "new bulletin" not in out and "changed bulletin" not in out and "id lock changed" not in out
    # a sidecar edit: the bulletin is listed as changed, with the editor's decision; a warning by file
    (content / "bulletins" / "zz.yaml").write_text("district: zhengzhou\nitems:\n  - item: 4\n    title: 新标题\n",
                                                   encoding="utf-8")
    (content / "bulletins" / "w.txt").write_text("本报讯 5月8日,某区召开会议。\n\n记者 王伟\n\n记者 李四\n", encoding="utf-8")
    assert main(args) == 0
    out = capsys.readouterr().out
    assert f"changed bulletin {bid}" in out and f"    {bid}-01  新标题  [editor: title]" in out, out
    assert "new bulletin" in out and "warnings in bulletins/w.txt (1):\n    5: byline '记者 李四' follows no article" in out


def test_review_of_one_bulletin_groups_hints_and_gives_yaml(tmp_path, capsys):
    import yaml

    content = content_with(tmp_path, NEW.replace("部署下步工作。", "部署下步工作。郑州大学教授张明远出席。"))
    (content / "bulletins" / "other.txt").write_text("本报讯 5月8日,洛阳高新区召开会议。区长李大为出席。\n", encoding="utf-8")
    people = (content / "registers" / "people.yaml")
    people.write_text(people.read_text(encoding="utf-8") + "- id: wangwei-jiaozuo\n  name: 王伟\n  district: jiaozuo\n",
                      encoding="utf-8")
    assert main(["review", "--content", str(content), "--file", "bulletins/zz.txt", "--tagger", "patterns"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("review of 1 bulletin: ") and "李大为" not in out  # only the bulletin asked for
    assert "\npeople (" in out and "张明远  [zhengzhou]" in out
    assert "bulletins/zz.txt:6: …" in out  # where, with the words around it
    # the reporter 王伟 is registered for another district: a hint, not a new entry
    assert "王伟  [zhengzhou]" in out and "hint: registers/people.yaml has 王伟 (wangwei-jiaozuo) for jiaozuo" in out
    pasted = out.split("# ready to paste into registers/people.yaml (check each name first):\n", 1)[1].split("\n\n")[0]
    entries = yaml.safe_load(pasted)
    assert {"id": "zhangmingyuan-zhengzhou", "name": "张明远", "district": "zhengzhou"} in entries
    assert all(e["name"] != "王伟" for e in entries)
    assert main(["review", "--content", str(content), "--file", "bulletins/nope.txt", "--tagger", "patterns"]) == 1
    assert "error: bulletins/nope.txt: no such bulletin" in capsys.readouterr().err


def test_review_filters_fragments_out():
    from pipeline.review import looks_like_name

    for name in ("郑州大学", "区财政局", "亿达", "平高集团电力检修工程有限公司", "鹰城", "遵化店镇"):
        assert looks_like_name("organization" if not name.endswith(("城", "镇")) else "place", name), name
    for name in ("济运行稳健开局", "锚定市委", "该局“科技服务队", "区工信局联合区税务局", "海波博士团队", "新能源汽车"):
        assert not looks_like_name("organization", name), name


def _get(url: str) -> tuple[int, str]:
    import urllib.error
    import urllib.request

    try:
        with urllib.request.urlopen(url, timeout=5) as r:
            return r.status, r.read().decode("utf-8")
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode("utf-8", "replace")
    except OSError:
        return 0, ""


def _until(check, seconds: float = 90) -> bool:
    import time

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if check():
            return True
        time.sleep(0.3)
    return False


def test_serve_rebuilds_and_serves_the_change_at_the_root_and_survives_errors(tmp_path):
    import os
    import socket
    import subprocess
    import sys

    from conftest import ROOT

    content = content_with(tmp_path, sidecar="district: zhengzhou\ndate: 2025-05-08\n")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen([sys.executable, str(ROOT / "build" / "edition.py"), "serve", "--content", str(content),
                             "--port", str(port), "--tagger", "patterns", "--cache", str(tmp_path / "cache")],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env, cwd=tmp_path)
    page = f"http://127.0.0.1:{port}/items/zhengzhou-20250508-01.html"
    try:
        # at the root, whatever site_url's path (/edition/) says; the page carries MkDocs' reload script
        assert _until(lambda: _get(page)[0] == 200), "the page was never served"
        text = _get(page)[1]
        assert "高新区召开重点工作推进会" in text and "livereload" in text
        assert f'href="http://127.0.0.1:{port}/items/zhengzhou-20250508-01.html"' in text  # canonical: the preview's
        (content / "bulletins" / "zz.yaml").write_text(
            "district: zhengzhou\ndate: 2025-05-08\nitems:\n  - item: 4\n    title: 预览中改的标题\n", encoding="utf-8")
        assert _until(lambda: "预览中改的标题" in _get(page)[1]), "the change never reached the page"
        # an error: on the page and in the terminal, and the server keeps running
        (content / "bulletins" / "zz.yaml").write_text("district: zhengzhou\nitems:\n  - item: 4\n    kind: video\n",
                                                       encoding="utf-8")
        assert _until(lambda: "kind must be one of article, photo" in _get(page)[1]), "the error never showed"
        assert "bulletins/zz.yaml:4: items entry 1: kind" in _get(page)[1] and proc.poll() is None
        (content / "bulletins" / "zz.yaml").write_text("district: zhengzhou\ndate: 2025-05-08\n", encoding="utf-8")
        assert _until(lambda: "高新区召开重点工作推进会" in _get(page)[1]), "the fixed page never came back"
    finally:
        proc.terminate()
        try:
            out, _ = proc.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            out, _ = proc.communicate()
    assert "error: bulletins/zz.yaml:4: items entry 1: kind must be one of article, photo" in out
    assert "Traceback" not in out


def test_the_pages_workflow_gives_the_assigned_address_and_local_builds_keep_the_configured_one(monkeypatch, tmp_path):
    import yaml
    from conftest import ROOT, jsonl
    from mkdocs.utils.yaml import yaml_load
    from pipeline.cli import CONFIG, build, site_url

    monkeypatch.delenv("EDITION_SITE_URL", raising=False)
    assert site_url(CONFIG) == "https://gaoxinqu-edition.github.io/edition/"
    monkeypatch.setenv("EDITION_SITE_URL", "https://someone.github.io/fork/")
    assert site_url(CONFIG) == "https://someone.github.io/fork/"
    with CONFIG.open(encoding="utf-8") as f:  # MkDocs' own reading of mkdocs.yml agrees
        assert yaml_load(f)["site_url"] == "https://someone.github.io/fork/"
    content = content_with(tmp_path, sidecar="district: zhengzhou\ndate: 2025-05-08\n")
    build(content, tmp_path / "docs", tagger="patterns")
    rec = jsonl(tmp_path / "docs" / "data" / "articles.jsonl")[0]
    page = (tmp_path / "docs" / "items" / f"{rec['id']}.md").read_text(encoding="utf-8")
    assert f"https://someone.github.io/fork/items/{rec['id']}.html" in page and "gaoxinqu-edition.github.io" not in page
    # the workflow wires configure-pages' base_url into the build
    steps = yaml.safe_load((ROOT / ".github" / "workflows" / "pages.yml").read_text(encoding="utf-8"))["jobs"]["build"]["steps"]
    pages = next(s for s in steps if str(s.get("uses", "")).startswith("actions/configure-pages"))
    make = next(s for s in steps if str(s.get("run", "")).startswith("make docs"))
    assert make["env"]["EDITION_SITE_URL"] == "${{ steps." + pages["id"] + ".outputs.base_url }}/"
    assert steps.index(pages) < steps.index(make)


def test_merge_next_makes_one_item_of_two_and_the_second_id_redirects(tmp_path):
    from conftest import jsonl
    from pipeline.cli import build

    content = content_with(tmp_path, sidecar="district: zhengzhou\ndate: 2025-05-08\n")
    first = build(content, tmp_path / "docs", tagger="patterns")
    ids = [r["id"] for r in jsonl(tmp_path / "docs" / "data" / "articles.jsonl")]
    assert first["items"] == 2
    (content / "bulletins" / "zz.yaml").write_text(
        "district: zhengzhou\ndate: 2025-05-08\nitems:\n  - item: 6\n    merge_next: true\n    note: 图为本文配图\n",
        encoding="utf-8")
    s = build(content, tmp_path / "docs", tagger="patterns")
    (rec,) = jsonl(tmp_path / "docs" / "data" / "articles.jsonl")
    assert rec["id"] == ids[0] and s["redirects"] == 1  # the photo's id leads to the merged item
    assert rec["body"].endswith("企业员工在生产线上忙碌。") and rec["kind"] == "article"
    assert [p["name"] for p in rec["photographers"]] == ["马雅宁"] and rec["byline"] == "本报记者 马雅宁 摄"
    assert rec["decisions"] == [{"field": "merged", "printed": "第1篇、第2篇", "value": "一篇", "note": "图为本文配图",
                                 "source": "bulletins/zz.yaml:4"}]
    assert "合并" in (tmp_path / "docs" / "items" / f"{ids[0]}.md").read_text(encoding="utf-8")
    roles = roles_of(show(content, content / "bulletins" / "zz.txt"))
    assert roles[11][1] == roles[6][1] and roles[12] == ("credit", roles[6][1])  # show reads the merge too
