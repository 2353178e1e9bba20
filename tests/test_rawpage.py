"""The render's fast path (pipeline/rawpage.py) gives exactly what Python-Markdown and MkDocs
make of a page (its HTML, table of contents, title from the render and anchors), on every page
the build writes, and refuses what it cannot vouch for: hostile bodies and random damage to
real pages either take the fast path with Markdown's result or go through Markdown."""

import random
import sys

import pytest
from conftest import CONTENT, ROOT
from pipeline import rawpage
from pipeline.cli import build


@pytest.fixture(scope="module")
def mk(tmp_path_factory):
    """MkDocs' configuration of the edition and a page to render bodies as."""
    from mkdocs.config import load_config
    from mkdocs.structure.files import get_files

    docs = tmp_path_factory.mktemp("one")
    (docs / "x.md").write_text("x", encoding="utf-8")
    config = load_config(str(ROOT / "mkdocs.yml"), docs_dir=str(docs), site_dir=str(docs.parent / "site"))
    return config, get_files(config)


def flat(toc) -> list:
    return [(a.title, a.id, a.level, getattr(a, "active", None), flat(a.children)) for a in toc]


def markdown(mk, body: str) -> tuple:
    """What MkDocs' own Page.render (Python-Markdown) keeps of a body."""
    from mkdocs.structure.pages import Page

    config, files = mk
    page = Page(None, files.get_file_from_path("x.md"), config)
    page.markdown, page.meta = body, {}
    getattr(Page.render, "original", Page.render)(page, config, files)
    return page.content, flat(page.toc), page._title_from_render, page.present_anchor_ids


def fast(body: str) -> tuple | None:
    from mkdocs.structure.toc import get_toc

    r = rawpage.convert(body)
    return None if r is None else (r.content, flat(get_toc(r.toc_tokens)), r.title, r.anchors)


def bodies(docs) -> dict[str, str]:
    """Each page's Markdown as MkDocs reads it (the front matter taken off)."""
    from mkdocs.utils.meta import get_data

    return {p.relative_to(docs).as_posix(): get_data(p.read_text(encoding="utf-8-sig"))[0]
            for p in sorted(docs.rglob("*.md"))}


@pytest.fixture(scope="module")
def synthetic_docs(tmp_path_factory):
    sys.path.insert(0, str(ROOT / "bench"))
    from synth import generate

    tmp = tmp_path_factory.mktemp("synthetic")
    build(generate(CONTENT, tmp / "content", 12), tmp / "docs", tagger="patterns")
    return tmp / "docs"


def test_the_edition_configuration_is_the_one_the_fast_path_knows(mk):
    import markdown.util

    config, _ = mk
    assert rawpage.usable(config)
    assert set(markdown.util.BLOCK_LEVEL_ELEMENTS) >= rawpage.TOP_TAGS
    other = {**config, "markdown_extensions": [*config["markdown_extensions"], "abbr"]}
    assert not rawpage.usable(other)
    assert not rawpage.usable({**config, "mdx_configs": {"toc": {"permalink": True}}})


def test_the_comparison_is_with_mkdocs_own_render_even_once_installed(mk):
    from mkdocs.structure.pages import Page

    original = Page.render
    try:
        rawpage.install()
        assert Page.render is not original and Page.render.original is original
        body = "<div>甲</div>"
        assert markdown(mk, body)[0] == fast(body)[0] == body
    finally:
        Page.render = original


def test_every_page_of_the_samples_and_of_a_synthetic_archive(mk, sample_build, synthetic_docs):
    _, docs, _ = sample_build
    for folder in (docs, synthetic_docs):
        pages = bodies(folder)
        taken = {uri for uri, body in pages.items() if fast(body) is not None}
        for uri in taken:
            assert fast(pages[uri]) == markdown(mk, pages[uri]), uri
        # items, bulletins and entity pages are what an archive is made of: all on the fast path
        for uri in pages:
            if uri.split("/")[0] in ("items", "bulletins", "people", "organizations", "places", "dates"):
                assert uri in taken, uri
        assert len(taken) >= 0.9 * len(pages)


# each refused for a reason rawpage's docstring gives (or Markdown would change it)
HOSTILE = [
    "",
    "正文一段。",
    '<div markdown="1">*强调*</div>',
    "<div>\n\n*强调*\n\n</div>",
    "<div>甲</div><p>乙</p>",
    "<div>甲</div> 尾",
    "<div>甲</div>\n乙",
    "<div>甲</div>\n<hr>",
    "<span>甲</span>",
    "<hr>",
    "<div/>",
    '<div class="x" />',
    "<div>甲 &amp 乙</div>",
    "<div>甲 & 乙</div>",
    "<div>&#91</div>",
    "<div><!-- 注 --></div>",
    "<div><script>var a = '<p>';</script></div>",
    "<div><style>p{}</style></div>",
    "<div><textarea><p></textarea></div>",
    "<div title='x'>甲</div>",
    '<div\nclass="x">甲</div>',
    "<DIV>甲</DIV>",
    '<div CLASS="x">甲</div>',
    "<div>甲\t乙</div>",
    "<div>甲\r\n乙</div>",
    "<div>甲\x02乙</div>",
    "<div>甲\n  \n乙</div>",
    "<div>\n```\ncode\n```\n</div>",
    "<div>~~~</div>",
    "<p>甲</div>",
    "<div><p>甲</p>",
    '<div><a title="a>b">甲</a></div>',
    "<div><a href=x>甲</a></div>",
    "<div><?php ?></div>",
    "<div><![CDATA[x]]></div>",
    "<pre>甲</pre>",
    " <div>甲</div>",
    "    <div>甲</div>",
    "<div>甲</div>\n[链接](x.md)",
    "[链接](x.md)\n\n<div>甲</div>",
    "# 标题 *强调*",
    "# 标题 `代码`",
    "# 标题 {#自定}",
    "# 标题 #",
    "# [链接](x.md)",
    "# 甲 <b>乙</b>",
    "# 甲 &amp; 乙",
    "# 甲 \\# 乙",
    "#标题",
    "# ",
    "####### 七级",
    "# 甲\n乙",
    "标题\n===",
    "<div>甲</div>\n\n* 列表",
    '<div data-x=" markdown=1">甲</div>',
]

# accepted, and the same as Markdown: what Markdown's raw-HTML rules allow beyond the build's pages
TRICKY = [
    "<div><p>甲</div>",
    "<div>甲</span>乙</div>",
    '<div><br>甲<img src="x.png" alt="图"></div>',
    "<div><hr>甲<br/>乙<hr/></div>",
    "<h3>甲</h3>\n<ul><li>乙</li></ul>",
    "<h3>甲</h3>\n<ul><li>乙</li></ul>\n<p>丙</p>",
    "# 一\n\n# 一\n\n## 二\n\n### 二",
    "## Hello World\n\n<div>x</div>\n\n## Hello World",
    "<div>x</div>\n\n# 后来的一级标题",
    '<div id="a&amp;b">x</div>',
    '<div><a name="n" href="#n">x</a><span name="m" id="s">y</span></div>',
    "<div id>x</div>",
    '<div><a href="missing.html">缺</a><img src="../nowhere.png"></div>',
    "<div>甲 > 乙 &gt; 丙 &#91;1&#93; &#x5B;</div>",
    '# 他说"好" (一) 1.5 - ok',
    "#   多  空格  ",
    "<p>Ünïcödé · 中文　全角空格</p>",
    "\n\n<div>前后空行</div>\n\n",
    "<div>甲</div>\n\n\n<div>乙</div>\n\n\n\n# 丙\n\n\n<p>丁</p>",
    '<div class="a"  id="b">两个空格</div>',
    "<section><div><div>甲</div></div>\n<div>乙</div></section>",
    "<ul>\n<li>甲</li>\n\n</ul>",
]


@pytest.mark.parametrize("body", HOSTILE)
def test_what_it_cannot_vouch_for_goes_through_markdown(body):
    assert rawpage.convert(body) is None


@pytest.mark.parametrize("body", TRICKY)
def test_what_it_takes_beyond_the_build_s_pages_is_what_markdown_makes(mk, body):
    result = fast(body)
    if result is not None:
        assert result == markdown(mk, body)


def test_most_tricky_bodies_are_taken():
    """Not vacuous: the comparisons above mostly compare something."""
    assert sum(rawpage.convert(b) is not None for b in TRICKY) >= len(TRICKY) - 3


def test_random_damage_to_real_pages_never_gives_another_result(mk, sample_build):
    """Characters that matter to Markdown or to an HTML parser, put at random places in real
    pages: whatever the fast path takes must be what Markdown makes."""
    _, docs, _ = sample_build
    pages = bodies(docs)
    real = [pages[u] for u in sorted(pages) if fast(pages[u]) is not None]
    rng = random.Random(15)
    pieces = ["<", ">", "&", "&amp;", '"', "'", "\n", "\n\n", " ", "\t", "#", "# ", "*", "_", "`", "[", "]", "(x.md)",
              "{", "}", "\\", "<div>", "</div>", "<p>", "</p>", "<br>", "<hr>", "<!--", "-->", "<script>", "=",
              "<span>", "</span>", " markdown", "    ", "\n<p>x</p>", "</ul>", "\n# 标题\n", "&#", ";", "/"]
    taken = refused = 0
    for _ in range(1500):
        body = rng.choice(real)
        for _ in range(rng.randint(1, 3)):
            k = rng.randrange(len(body) + 1)
            cut = rng.choice((0, 0, 1, 3))
            body = body[:k] + rng.choice(pieces) + body[k + cut:]
        result = fast(body)
        if result is None:
            refused += 1
        else:
            taken += 1
            assert result == markdown(mk, body), body
    print(f"random damage: {taken} taken, {refused} refused")
    assert taken > 100 and refused > 500  # both sides were tried
