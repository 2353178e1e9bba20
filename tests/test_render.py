"""The render driver (edition.py render) writes what a clean `mkdocs build --strict` writes, byte
for byte: in one go, in two shards merged, and incrementally after pages changed, came and went.
And the Pages workflow renders in shards the way these tests do locally."""

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from conftest import ROOT, tree
from pipeline.config import source_date_epoch
from pipeline.render import render
from pipeline.renderer import parse_shard, shard_of


def mkdocs_clean(docs: Path, site: Path) -> subprocess.CompletedProcess:
    """The reference: MkDocs' own `build --strict` (not -q, which silences the warnings strict counts)."""
    cfg = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8").replace("!ENV [EDITION_SITE_URL, ", "["))
    cfg["site_url"] = cfg["site_url"][-1]
    cfg.update(docs_dir=str(docs), site_dir=str(site))
    cfg["theme"]["custom_dir"] = str(ROOT / "overrides")
    path = site.parent / f"{site.name}.yml"
    path.write_text(yaml.safe_dump(cfg, allow_unicode=True), encoding="utf-8")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": source_date_epoch(docs)}
    env.pop("EDITION_SITE_URL", None)
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(path)],
                          capture_output=True, text=True, env=env)


def rendered(proc: subprocess.CompletedProcess) -> tuple[int, int]:
    """(pages rendered, files written) from the driver's summary line."""
    m = re.search(r"rendered ([\d,]+) of [\d,]+ pages, wrote ([\d,]+) files", proc.stdout)
    assert m, proc.stdout + proc.stderr
    return int(m[1].replace(",", "")), int(m[2].replace(",", ""))


@pytest.fixture(scope="module")
def reference(sample_build, tmp_path_factory):
    _, docs, _ = sample_build
    site = tmp_path_factory.mktemp("mkdocs") / "site"
    proc = mkdocs_clean(docs, site)
    assert proc.returncode == 0, proc.stderr
    return docs, tree(site)


def test_one_render_equals_mkdocs(reference, tmp_path):
    docs, expected = reference
    proc = render(docs, tmp_path / "site", jobs=2)
    assert proc.returncode == 0, proc.stderr
    assert tree(tmp_path / "site") == expected
    again = render(docs, tmp_path / "site", jobs=2)
    assert rendered(again) == (0, 0)  # nothing changed: no page rendered, no file written
    assert tree(tmp_path / "site") == expected


def test_two_shards_merged_equal_mkdocs(reference, tmp_path):
    docs, expected = reference
    shards = [tmp_path / "shard1", tmp_path / "shard2"]
    for k, folder in enumerate(shards, 1):
        proc = render(docs, folder, shard=(k, 2))
        assert proc.returncode == 0, proc.stderr
    one, two = tree(shards[0]), tree(shards[1])
    assert one and two and not one.keys() & two.keys()  # each page in exactly one shard
    assert len(one) + len(two) == sum(1 for _ in docs.rglob("*.md"))
    proc = render(docs, tmp_path / "site", merge=shards)
    assert proc.returncode == 0, proc.stderr
    assert tree(tmp_path / "site") == expected


def test_merge_refuses_a_missing_shard(reference, tmp_path):
    docs, _ = reference
    assert render(docs, tmp_path / "shard1", shard=(1, 2)).returncode == 0
    proc = render(docs, tmp_path / "site", merge=[tmp_path / "shard1"])
    assert proc.returncode == 1
    assert "no shard rendered" in proc.stderr


def test_incremental_render_equals_clean_render(reference, tmp_path):
    src, _ = reference
    docs, site = tmp_path / "docs", tmp_path / "site"
    shutil.copytree(src, docs)
    assert render(docs, site, jobs=2).returncode == 0
    (site / "download").mkdir()
    (site / "download" / "old.zip").write_bytes(b"not produced by this render")

    item = sorted((docs / "items").glob("*.md"))[3]
    item.write_text(item.read_text(encoding="utf-8") + "\n\n本段为测试追加的文字。\n", encoding="utf-8")
    (docs / "notes.md").write_text(f"# 附注\n\n见[一篇](items/{item.name})。\n", encoding="utf-8")
    proc = render(docs, site, jobs=2)
    assert proc.returncode == 0, proc.stderr
    assert rendered(proc)[0] == 2  # the changed page and the new one, nothing else
    clean = mkdocs_clean(docs, tmp_path / "clean")
    assert clean.returncode == 0, clean.stderr
    assert tree(site) == tree(tmp_path / "clean")  # the stray zip is gone, as a clean build has none

    (docs / "notes.md").unlink()
    proc = render(docs, site)
    assert proc.returncode == 0, proc.stderr
    assert rendered(proc)[0] == 0
    assert not (site / "notes.html").exists()  # its source is gone
    shutil.rmtree(tmp_path / "clean")
    assert mkdocs_clean(docs, tmp_path / "clean").returncode == 0
    assert tree(site) == tree(tmp_path / "clean")


def test_a_vanished_link_target_fails_strict_mode_on_the_unchanged_page(reference, tmp_path):
    """The page that links is unchanged, so only its recorded link lookups can tell it must be
    rendered again; MkDocs' strict build fails on it, and so must the incremental render."""
    src, _ = reference
    docs, site = tmp_path / "docs", tmp_path / "site"
    shutil.copytree(src, docs)
    (docs / "notes.md").write_text("# 附注\n\n见[另一页](other.md)。\n", encoding="utf-8")
    (docs / "other.md").write_text("# 另一页\n", encoding="utf-8")
    assert render(docs, site).returncode == 0
    (docs / "other.md").unlink()
    assert mkdocs_clean(docs, tmp_path / "clean").returncode == 1
    proc = render(docs, site)
    assert proc.returncode == 1
    assert "Doc file 'notes.md' contains a link 'other.md'" in proc.stderr
    assert render(docs, site, strict=False).returncode == 0  # the warning stays a warning without strict
    assert render(docs, site).returncode == 1  # and is not forgotten once reported


def test_shards_are_stable_and_checked():
    assert parse_shard("2/3") == (2, 3)
    for bad in ("0/2", "3/2", "a/b", "2"):
        with pytest.raises(ValueError):
            parse_shard(bad)
    uris = [f"items/x-{i}.md" for i in range(400)]
    counts = [sum(shard_of(u, 4) == k for u in uris) for k in range(1, 5)]
    assert min(counts) > 60  # spread, not all in one
    assert [shard_of(u, 4) for u in uris] == [shard_of(u, 4) for u in uris[:200] + uris[200:]]


def test_pages_workflow_renders_shards_and_merges():
    wf = yaml.safe_load((ROOT / ".github" / "workflows" / "pages.yml").read_text(encoding="utf-8"))
    jobs = wf["jobs"]
    assert jobs["render"]["needs"] == "build"
    assert "fromJSON(needs.build.outputs.shards)" in str(jobs["render"]["strategy"]["matrix"])
    steps = " ".join(str(s) for s in jobs["render"]["steps"])
    assert "--shard ${{ matrix.shard }}/${{ needs.build.outputs.count }}" in steps
    merge = " ".join(str(s) for s in jobs["merge"]["steps"])
    assert "render --merge" in merge and "upload-pages-artifact" in merge
    assert "merge-multiple" in merge
    assert jobs["deploy"]["needs"] == "merge"


def test_a_template_that_reads_every_page_renders_them_all_again(tmp_path):
    """A page that lists every page's title depends on all of them: the driver notices the
    template reading `pages`, reads them all first as MkDocs does, and renders all on any change."""
    (tmp_path / "ovr").mkdir()
    (tmp_path / "ovr" / "main.html").write_text(
        '{% extends "base.html" %}{% block content %}{{ super() }}'
        '<p id="all">{% for f in pages %}{{ f.page.title }};{% endfor %}</p>{% endblock %}', encoding="utf-8")
    config = tmp_path / "mkdocs.yml"
    config.write_text("site_name: t\nuse_directory_urls: false\nplugins: []\nnav: [index.md]\n"  # a, b: not in nav
                      "validation: {nav: {omitted_files: ignore}}\ntheme: {name: material, custom_dir: ovr}\n",
                      encoding="utf-8")
    docs = tmp_path / "docs"
    docs.mkdir()
    for name in ("index", "a", "b"):
        (docs / f"{name}.md").write_text(f"# 标题{name}\n\n正文。\n", encoding="utf-8")
    assert render(docs, tmp_path / "site", config=config).returncode == 0
    assert "标题a;标题b;" in (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    (docs / "b.md").write_text("# 新标题\n\n正文。\n", encoding="utf-8")
    proc = render(docs, tmp_path / "site", config=config)
    assert rendered(proc)[0] == 3
    assert "标题a;新标题;" in (tmp_path / "site" / "a.html").read_text(encoding="utf-8")


def test_the_command_with_relative_folders_writes_the_whole_site(reference, tmp_path):
    """`make site` and the Pages workflow pass folders relative to the working directory:
    the render once removed every file it wrote when --site was relative."""
    docs, expected = reference
    shutil.copytree(docs, tmp_path / "docs")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    env.pop("EDITION_SITE_URL", None)

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, str(ROOT / "build" / "edition.py"), "render", "--docs", "docs", *args],
                              capture_output=True, text=True, cwd=tmp_path, env=env)

    proc = run("--site", "site")
    assert proc.returncode == 0, proc.stderr
    assert tree(tmp_path / "site") == expected
    for k in (1, 2):
        assert run("--site", f"shard{k}", "--shard", f"{k}/2").returncode == 0
    proc = run("--site", "merged", "--merge", "shard1", "shard2")
    assert proc.returncode == 0, proc.stderr
    assert tree(tmp_path / "merged") == expected


def test_links_on_fast_path_pages_are_checked_as_mkdocs_checks_them(reference, tmp_path):
    """Pages of raw HTML blocks skip Markdown (pipeline/rawpage.py). MkDocs checks the links
    Markdown makes, never those inside raw HTML: a broken raw link on such a page passes in both,
    with the same site; a Markdown link to a missing page takes the page off the fast path, and
    strict mode fails naming it, as `mkdocs build --strict` does."""
    from mkdocs.utils.meta import get_data
    from pipeline.rawpage import convert

    src, _ = reference
    docs, site = tmp_path / "docs", tmp_path / "site"
    shutil.copytree(src, docs)
    item = sorted((docs / "items").glob("*.md"))[0]
    text = item.read_text(encoding="utf-8")
    assert convert(get_data(text)[0]) is not None
    item.write_text(text + '\n<p class="gx-note"><a href="missing.html">缺页</a></p>\n', encoding="utf-8")
    assert convert(get_data(item.read_text(encoding="utf-8"))[0]) is not None  # still on the fast path
    clean = mkdocs_clean(docs, tmp_path / "clean")
    assert clean.returncode == 0, clean.stderr
    proc = render(docs, site)
    assert proc.returncode == 0, proc.stderr
    assert tree(site) == tree(tmp_path / "clean")

    item.write_text(text + "\n见[缺页](missing.md)。\n", encoding="utf-8")
    assert convert(get_data(item.read_text(encoding="utf-8"))[0]) is None
    clean = mkdocs_clean(docs, tmp_path / "clean2")
    assert clean.returncode == 1
    message = f"Doc file 'items/{item.name}' contains a link 'missing.md'"
    assert message in clean.stderr
    proc = render(docs, site)
    assert proc.returncode == 1
    assert message in proc.stderr


def test_relative_urls_remembered_per_folder_are_mkdocs_own(monkeypatch):
    """The render remembers MkDocs' get_relative_url per folder (renderer._cache_relative_urls):
    the same answer as MkDocs' for any pair of paths, dots, '..' and empty parts included."""
    import random

    import mkdocs.utils
    from pipeline.renderer import _cache_relative_urls

    original = mkdocs.utils.get_relative_url
    monkeypatch.setattr(mkdocs.utils, "get_relative_url", original)  # put back after the test
    _cache_relative_urls()
    cached = mkdocs.utils.get_relative_url
    assert cached is not original
    rng = random.Random(15)
    parts = ["a", "b.c", "..", ".", "", "x.html", "items", "v1.2", "/", "index.html"]
    for _ in range(20000):
        url = "/".join(rng.choice(parts) for _ in range(rng.randint(0, 4)))
        other = "/".join(rng.choice(parts) for _ in range(rng.randint(0, 4)))
        assert cached(url, other) == original(url, other), (url, other)
