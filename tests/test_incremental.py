"""Archive scale: parallel and cached (incremental) builds give exactly the clean result."""

import re
import sys

from conftest import CONTENT, ROOT, tree
from pipeline.cli import build

sys.path.insert(0, str(ROOT / "bench"))
from synth import generate


def test_parallel_cached_and_incremental_builds_equal_a_clean_build(tmp_path):
    content = generate(CONTENT, tmp_path / "content", 40)
    lock = tmp_path / "lock.json"
    s = build(content, tmp_path / "docs", lock_path=lock, cache=tmp_path / "cache", jobs=2)
    assert s["bulletins"] == 40 and s["cached"] == 0

    # one bulletin changes: only it is read again, and only the files it touches are written
    changed = sorted((content / "bulletins").glob("*.txt"))[3]
    changed.write_text(changed.read_text(encoding="utf-8") + "\n\n本报讯 3月3日,某区召开安全生产会议。\n", encoding="utf-8")
    s2 = build(content, tmp_path / "docs", lock_path=lock, cache=tmp_path / "cache", jobs=2)
    assert s2["cached"] == 39
    assert 0 < s2["changed"] < s2["files"] / 2

    # the same input built from scratch in one process, with the same id lock
    clean_lock = tmp_path / "lock2.json"
    clean_lock.write_bytes(lock.read_bytes())
    s3 = build(content, tmp_path / "clean", lock_path=clean_lock, cache=None, jobs=1)
    assert s3["cached"] == 0
    assert tree(tmp_path / "docs") == tree(tmp_path / "clean")


def test_a_code_change_invalidates_the_cache(tmp_path, monkeypatch):
    from pipeline import parallel

    content = generate(CONTENT, tmp_path / "content", 5)
    build(content, tmp_path / "docs", lock_path=tmp_path / "l.json", cache=tmp_path / "cache")
    assert build(content, tmp_path / "docs", lock_path=tmp_path / "l.json", cache=tmp_path / "cache")["cached"] == 5
    monkeypatch.setattr(parallel, "tool_version", lambda reading_only=False: "another version")
    assert build(content, tmp_path / "docs", lock_path=tmp_path / "l.json", cache=tmp_path / "cache")["cached"] == 0


def test_a_new_site_url_renders_the_pages_again(tmp_path):
    content = generate(CONTENT, tmp_path / "content", 3)
    config = tmp_path / "mkdocs.yml"
    config.write_text((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), encoding="utf-8")
    args = dict(lock_path=tmp_path / "l.json", cache=tmp_path / "cache", config=config)
    build(content, tmp_path / "docs", **args)
    text = config.read_text(encoding="utf-8")
    config.write_text(re.sub(r"(?m)^site_url: .*$", "site_url: https://example.org/x/", text), encoding="utf-8")
    build(content, tmp_path / "docs", **args)
    page = next((tmp_path / "docs" / "items").glob("*.md")).read_text(encoding="utf-8")
    assert "https://example.org/x/items/" in page and "gaoxinqu-edition.github.io" not in page


def test_a_change_after_the_reading_keeps_the_cache_and_one_before_drops_it(tmp_path, monkeypatch):
    """A new page template or writer must not send every bulletin through the people model
    again; a change to a text stage must."""
    import shutil
    import subprocess

    from pipeline import parallel

    copy = shutil.copytree(parallel.PIPELINE, tmp_path / "pipeline", ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(parallel, "PIPELINE", copy)
    version = parallel.tool_version.__wrapped__
    before = version(True), version(False)
    with (copy / "write" / "item_page.py").open("a", encoding="utf-8") as f:
        f.write("\n# a change after the reading\n")
    assert version(True) == before[0] and version(False) != before[1]
    with (copy / "segment" / "segmenter.py").open("a", encoding="utf-8") as f:
        f.write("\n# a change to a text stage\n")
    assert version(True) != before[0]
    # and the text stages really import nothing the reading's version leaves out
    code = ("import sys; sys.path.insert(0, sys.argv[1]); import pipeline.parallel; "
            "print('\\n'.join(m for m in sys.modules if m.startswith('pipeline.')))")
    out = subprocess.run([sys.executable, "-c", code, str(ROOT / "build")], capture_output=True, text=True, check=True).stdout
    modules = {m.removeprefix("pipeline.").replace(".", "/") for m in out.split()}
    assert modules and not [m for m in modules if (m + ".py").startswith(parallel.OUTPUT_SIDE) or (m + "/").startswith(parallel.OUTPUT_SIDE)]


def test_a_bulletins_files_are_made_again_only_when_what_they_show_changed(tmp_path, monkeypatch):
    """A bulletin's page, TEI and item JSON are kept from the last build while their key (the
    bulletin as read and linked, and the addresses of the entities it names) is unchanged: a
    bulletin elsewhere that gives a name of this one a page of its own makes its files again
    (their links change), nothing changed makes none, a file gone from docs/ is made again,
    and the result is the clean build's."""
    import shutil

    from pipeline import write
    from test_entity_pages import TWICE, A, B, content_with

    content, docs, cache = content_with(tmp_path, {"a": A}), tmp_path / "docs", tmp_path / "cache"
    build(content, docs, cache=cache, tagger="patterns")
    (tei_a,) = (docs / "tei").glob("*.xml")
    assert f"districts/jiaozuo/names.html#{TWICE}" in tei_a.read_text(encoding="utf-8")

    made = []
    original = write.bulletin_files
    monkeypatch.setattr(write, "bulletin_files", lambda b, *a: made.append(b.file) or original(b, *a))
    (content / "bulletins" / "b.txt").write_text(B, encoding="utf-8")
    (content / "bulletins" / "b.yaml").write_text("date: 2025-04-10\ndistrict: jiaozuo\n", encoding="utf-8")
    build(content, docs, cache=cache, tagger="patterns")
    assert sorted(made) == ["bulletins/a.txt", "bulletins/b.txt"]
    assert f"people/{TWICE}.html" in tei_a.read_text(encoding="utf-8")

    made.clear()
    build(content, docs, cache=cache, tagger="patterns")
    assert made == []
    gone = next((docs / "api" / "items").glob("*.json"))
    gone.unlink()
    build(content, docs, cache=cache, tagger="patterns")
    assert made == [f"bulletins/{'a' if 'jiaozuo-20250306' in gone.name else 'b'}.txt"] and gone.exists()
    monkeypatch.undo()

    clean = tmp_path / "clean-content"
    shutil.copytree(content, clean)
    build(clean, tmp_path / "clean", cache=None, tagger="patterns")
    assert tree(docs) == tree(tmp_path / "clean")
