"""Permanence as a mechanism: every URL the edition ever published resolves, through renames,
reorders, deletions, splits, merges and additions, to the same text, to a redirect to it, or
to a tombstone saying what was there, when and why it went."""

import html
import json
import re
import shutil

import pytest
import yaml
from conftest import CONTENT, jsonl, render_and_check
from pipeline.cli import build
from pipeline.model import EditionError


def flat(s: str) -> str:
    return re.sub(r"\s", "", s or "")


def front(md) -> dict:
    return yaml.safe_load(md.read_text(encoding="utf-8").split("---\n")[1])


def published(docs) -> dict[str, str]:
    """Every item and bulletin URL of a build: url -> what it shows (an item's opening words,
    a bulletin's item ids)."""
    out = {it["url"]: flat(it["body"])[:40] for it in jsonl(docs / "data" / "articles.jsonl")}
    for b in jsonl(docs / "data" / "bulletins.jsonl"):
        out[f"bulletins/{b['id']}.html"] = " ".join(b["items"])
    return out


def resolve(docs, url: str) -> tuple[str, str]:
    """('item', opening) / ('bulletin', item ids) of the live page a URL ends at, following
    redirects, or ('tombstone', its opening words)."""
    items = {it["url"]: it for it in jsonl(docs / "data" / "articles.jsonl")}
    bulletins = {f"bulletins/{b['id']}.html": b for b in jsonl(docs / "data" / "bulletins.jsonl")}
    for _ in range(5):
        if url in items:
            return "item", flat(items[url]["body"])
        if url in bulletins:
            return "bulletin", " ".join(bulletins[url]["items"])
        md = (docs / url).with_suffix(".md")
        assert md.exists(), f"{url} is a 404"
        fm = front(md)
        if fm.get("template") == "redirect.html":
            url = str((docs / url).parent.joinpath(fm["location"]).resolve().relative_to(docs.resolve()))
            continue
        assert fm.get("withdrawn") and fm.get("reason"), f"{url} is neither a page, a redirect nor a tombstone"
        text = md.read_text(encoding="utf-8")
        assert "撤下" in text and 'id="cite"' in text and "../bulletins/index.html" in text  # when, why, cite, onward
        return "tombstone", text
    raise AssertionError(f"redirect loop at {url}")


def check(docs, seen: dict[str, str]) -> dict[str, int]:
    counts = {"item": 0, "bulletin": 0, "tombstone": 0}
    for url, shown in seen.items():
        kind, text = resolve(docs, url)
        counts[kind] += 1
        if kind == "item":
            assert shown in text, (url, shown)  # the same text (perhaps inside a merged item)
        elif kind == "tombstone" and url.startswith("items/"):
            assert shown[:20] in flat(text), (url, shown)  # it says what was there
    return counts


def rebuild(content, tmp_path, n: int, seen: dict[str, str]) -> tuple[dict[str, int], object]:
    docs = tmp_path / f"docs{n}"
    build(content, docs)
    build(content, docs, locked=True)  # a second build of the same input changes no id
    counts = check(docs, seen)
    for url, shown in published(docs).items():
        seen.setdefault(url, shown)
    return counts, docs


def rendered_and_checked(docs, site):
    render_and_check(docs, site)
    page = html.unescape((site / "bulletins" / "pingdingshan-20240323.html").read_text(encoding="utf-8"))
    assert "已撤下" in page and "源文件已从本版来源中移除" in page and "bulletins/003_25dbfe86ca4b0c57.txt" in page


def test_every_published_url_resolves_through_every_change(tmp_path):
    content = shutil.copytree(CONTENT, tmp_path / "content")
    bdir = content / "bulletins"
    seen: dict[str, str] = {}
    rebuild(content, tmp_path, 0, seen)
    first = dict(seen)

    # rename and move into a sub-folder: the very same URLs, no redirect
    (bdir / "2025").mkdir()
    (bdir / "000_c5eed67edc9f56c4.txt").rename(bdir / "2025" / "jiaozuo-0222.txt")
    if (bdir / "000_c5eed67edc9f56c4.yaml").exists():  # a sidecar moves with its bulletin
        (bdir / "000_c5eed67edc9f56c4.yaml").rename(bdir / "2025" / "jiaozuo-0222.yaml")
    (bdir / "001_3fdd2ac751f2a232.txt").rename(bdir / "zz.txt")
    (bdir / "001_3fdd2ac751f2a232.yaml").rename(bdir / "zz.yaml")
    counts, docs = rebuild(content, tmp_path, 1, seen)
    assert counts["tombstone"] == 0 and published(docs) == first

    # reorder the items inside a bulletin (edited in place): each item keeps its URL
    path = bdir / "002_429d68258cbd63be.txt"
    blocks = path.read_text(encoding="utf-8").split("\n\n\n")
    path.write_text("\n\n\n".join(blocks[len(blocks) // 2:] + blocks[: len(blocks) // 2]), encoding="utf-8")
    counts, docs = rebuild(content, tmp_path, 2, seen)
    assert counts["tombstone"] == 0
    moved = published(docs)
    assert all(moved.get(u) == s for u, s in first.items() if u.startswith("items/pingdingshan")), "reordered items kept their ids"

    # delete a bulletin: its URL and its items' URLs become tombstones
    gone = (bdir / "003_25dbfe86ca4b0c57.txt").read_text(encoding="utf-8")
    (bdir / "003_25dbfe86ca4b0c57.txt").unlink()
    gone_side = bdir / "003_25dbfe86ca4b0c57.yaml"
    gone_meta = gone_side.read_text(encoding="utf-8") if gone_side.exists() else None
    gone_side.unlink(missing_ok=True)
    counts, docs = rebuild(content, tmp_path, 3, seen)
    assert counts["tombstone"] == 1 + sum(u.startswith("items/pingdingshan-20240323") for u in first)
    rendered_and_checked(docs, tmp_path / "site3")  # tombstones render, and every link on them resolves

    # split a bulletin in two files, and merge two bulletins into one
    path = bdir / "004_c5a4716e04ad5819.txt"
    blocks = path.read_text(encoding="utf-8").split("\n\n\n")
    path.write_text("\n\n\n".join(blocks[: len(blocks) // 2]), encoding="utf-8")
    (bdir / "004b.txt").write_text("\n\n\n".join(blocks[len(blocks) // 2:]), encoding="utf-8")
    if "问題" not in path.read_text(encoding="utf-8"):  # the sidecar's correction goes with its text
        (bdir / "004_c5a4716e04ad5819.yaml").rename(bdir / "004b.yaml")
    other = bdir / "2025" / "jiaozuo-0222.txt"
    (bdir / "zz.txt").write_text((bdir / "zz.txt").read_text(encoding="utf-8") + "\n\n\n" + other.read_text(encoding="utf-8"),
                                 encoding="utf-8")
    other.unlink()
    other.with_suffix(".yaml").unlink(missing_ok=True)
    counts, _ = rebuild(content, tmp_path, 4, seen)
    assert counts["tombstone"] == 1 + sum(u.startswith("items/pingdingshan-20240323") for u in first) + 1  # + jiaozuo-20250222

    # take one item out of a bulletin that stays: its URL becomes a tombstone that says so
    path = bdir / "zz.txt"
    blocks = path.read_text(encoding="utf-8").split("\n\n\n")
    own = (CONTENT / "bulletins" / "001_3fdd2ac751f2a232.txt").read_text(encoding="utf-8")  # zz.txt's own text
    cut = next(k for k, b in enumerate(blocks) if k and len(b) > 50 and b in own)
    removed = blocks.pop(cut)
    # and an article merged in from the deleted 000 whose opening, after its dateline, is the
    # same boilerplate as one of 001's (市政协副主席、高新区(示范区)党工委书记吕沛): a tombstone,
    # never a redirect to that other article
    blocks.pop(next(k for k, b in enumerate(blocks) if "本报讯(记者郭树勋)2月22日上午" in b))
    path.write_text("\n\n\n".join(blocks), encoding="utf-8")
    docs = rebuild(content, tmp_path, 5, seen)[1]
    cut_urls = [u for u, s in first.items() if u.startswith("items/") and s in flat(removed)]
    assert cut_urls and all(resolve(docs, u)[0] == "tombstone" for u in cut_urls)
    assert "本期公报的文本中已不再有这篇文字" in (docs / cut_urls[0]).with_suffix(".md").read_text(encoding="utf-8")

    # add bulletins, and bring the deleted one back under a new name: its ids return
    (bdir / "new.txt").write_text("# 新建园区开工\n\n本报讯 3月1日，高新区新建园区开工仪式举行。\n", encoding="utf-8")
    (bdir / "restored.txt").write_text(gone, encoding="utf-8")
    if gone_meta is not None:
        (bdir / "restored.yaml").write_text(gone_meta, encoding="utf-8")
    counts, docs = rebuild(content, tmp_path, 6, seen)
    now = published(docs)
    back = {u: s for u, s in first.items() if "pingdingshan-20240323" in u}
    assert back and all(now.get(u) == s for u, s in back.items())
    lock = json.loads((content / "ids.lock.json").read_text(encoding="utf-8"))
    assert {u.split("/")[1][:-5] for u in seen if u.startswith("items/")} <= set(lock["items"])


def test_without_the_lock_ids_follow_the_text_not_the_file_name(tmp_path):
    content = shutil.copytree(CONTENT, tmp_path / "content")
    (content / "ids.lock.json").unlink()
    bdir = content / "bulletins"
    twin = (bdir / "002_429d68258cbd63be.txt").read_text(encoding="utf-8").replace("高新区主要领导", "高新区领导", 1)
    (bdir / "zzz.txt").write_text(twin, encoding="utf-8")  # the same district and date
    build(content, tmp_path / "d1")
    a = {b["sha256"]: b["id"] for b in jsonl(tmp_path / "d1" / "data" / "bulletins.jsonl")}
    assert len(set(a.values())) == len(a)
    (content / "ids.lock.json").unlink()
    (bdir / "zzz.txt").rename(bdir / "000_first.txt")  # now it sorts first
    build(content, tmp_path / "d2")
    b = {b["sha256"]: b["id"] for b in jsonl(tmp_path / "d2" / "data" / "bulletins.jsonl")}
    assert a == b


def test_a_file_that_now_holds_another_bulletin_is_a_lock_conflict(tmp_path):
    content = shutil.copytree(CONTENT, tmp_path / "content")
    path = content / "bulletins" / "003_25dbfe86ca4b0c57.txt"
    path.write_text("# 全新的一期\n\n本报讯 5月5日，某地召开一次完全不同的会议。\n", encoding="utf-8")
    with pytest.raises(EditionError, match=r"bulletins/003_25dbfe86ca4b0c57.txt: the text is no longer the bulletin "
                                           r"locked to this file name \(pingdingshan-20240323\)"):
        build(content, tmp_path / "docs")


def test_locked_build_fails_when_the_lock_would_change(tmp_path):
    content = shutil.copytree(CONTENT, tmp_path / "content")
    build(content, tmp_path / "docs", locked=True)  # the committed lock is up to date
    (content / "bulletins" / "new.txt").write_text("# 新闻\n\n本报讯 3月1日，高新区召开会议。\n", encoding="utf-8")
    before = (content / "ids.lock.json").read_bytes()
    with pytest.raises(EditionError, match=r"ids.lock.json: the id lock would change \(1 new bulletin ids"):
        build(content, tmp_path / "docs2", locked=True)
    assert (content / "ids.lock.json").read_bytes() == before and not (tmp_path / "docs2").exists()


def test_an_item_printed_twice_keeps_its_ids_build_after_build(tmp_path):
    """The copies take their ids in print order, numbers compared as numbers: with 100 items
    and more, '-100' sorted before '-99' as text and the copies swapped ids on the second build."""
    items = [f"# 第{k}号项目开工\n\n本报讯 第{k}号项目今天开工，高新区有关负责人出席开工仪式并讲话。\n" for k in range(1, 121)]
    items.insert(100, items[98])  # item 99 printed again as item 101
    items.append(items[5])
    content = shutil.copytree(CONTENT / "registers", tmp_path / "content" / "registers").parent
    (content / "bulletins").mkdir()
    (content / "bulletins" / "x.txt").write_text("\n\n\n".join(items), encoding="utf-8")
    runs = []
    for n in range(3):
        build(content, tmp_path / f"docs{n}", cache=tmp_path / "cache")
        runs.append([(a["seq"], a["id"]) for a in jsonl(tmp_path / f"docs{n}" / "data" / "articles.jsonl")])
    assert len(runs[0]) == 122 and runs[0] == runs[1] == runs[2]


def test_the_editor_says_why_in_withdrawn_yaml(tmp_path):
    content = shutil.copytree(CONTENT, tmp_path / "content")
    (content / "bulletins" / "003_25dbfe86ca4b0c57.txt").unlink()
    (content / "bulletins" / "003_25dbfe86ca4b0c57.yaml").unlink(missing_ok=True)  # its sidecar goes with it
    (content / "withdrawn.yaml").write_text("- id: pingdingshan-20240323\n  reason: 与另一期重复收录\n", encoding="utf-8")
    build(content, tmp_path / "docs")
    for md in [tmp_path / "docs" / "bulletins" / "pingdingshan-20240323.md",
               tmp_path / "docs" / "items" / "pingdingshan-20240323-01.md"]:
        assert front(md)["reason"].endswith("编者说明：与另一期重复收录"), md
    (content / "withdrawn.yaml").write_text("- id: jiaozuo-20250222\n  reason: 误\n- id: x\n  reason: [1]\n", encoding="utf-8")
    with pytest.raises(EditionError, match=r"withdrawn.yaml:3: entry 2: id and reason must be one line of text"):
        build(content, tmp_path / "docs2")
    (content / "withdrawn.yaml").write_text("- id: jiaozuo-20250222\n  reason: 误\n", encoding="utf-8")
    with pytest.raises(EditionError, match=r"withdrawn.yaml:1: 'jiaozuo-20250222' is not withdrawn"):
        build(content, tmp_path / "docs2")
