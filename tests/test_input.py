"""Bad input, safe output: encodings, editorial-file errors with file and line, degenerate
bulletins, hostile text shown literally, nothing half-written."""

import re
import shutil

import pytest
from conftest import CONTENT, jsonl, read_text
from pipeline.cli import build
from pipeline.model import EditionError
from pipeline.read import decode

SAMPLE = (CONTENT / "bulletins" / "002_429d68258cbd63be.txt").read_text(encoding="utf-8")


def one_bulletin(tmp_path, text_bytes: bytes, sidecar: str | None = None, name="x.txt"):
    content = tmp_path / "content"
    (content / "bulletins").mkdir(parents=True)
    shutil.copytree(CONTENT / "registers", content / "registers")
    (content / "bulletins" / name).write_bytes(text_bytes)
    if sidecar is not None:
        (content / "bulletins" / name).with_suffix(".yaml").write_text(sidecar, encoding="utf-8")
    return content


def export(docs):
    items = jsonl(docs / "data" / "articles.jsonl")
    return [(it["kind"], it["title"], it["body"], it["byline"]) for it in items]


@pytest.mark.parametrize("encode", [
    lambda t: t.encode("utf-8"),
    lambda t: b"\xef\xbb\xbf" + t.encode("utf-8"),
    lambda t: t.encode("gb18030"),
    lambda t: t.encode("gbk"),
    lambda t: t.encode("utf-16"),
    lambda t: t.replace("\n", "\r\n").encode("utf-8"),
    lambda t: re.sub(r"(?m)^(?=本报讯)", "\u3000\u3000", t).encode("utf-8"),
], ids=["utf8", "utf8-bom", "gb18030", "gbk", "utf16-bom", "crlf", "fullwidth-indent"])
def test_encodings_and_line_ends_read_the_same(tmp_path, encode):
    ref = one_bulletin(tmp_path / "ref", SAMPLE.encode("utf-8"))
    build(ref, tmp_path / "ref" / "docs")
    other = one_bulletin(tmp_path / "other", encode(SAMPLE))
    build(other, tmp_path / "other" / "docs")
    assert export(tmp_path / "other" / "docs") == export(tmp_path / "ref" / "docs")


def test_undecodable_and_mixed_bytes_name_file_and_offset():
    with pytest.raises(EditionError, match=r"x.txt: not UTF-8, UTF-16 or GB18030: undecodable byte at offset 2"):
        decode(b"ab\xff\xff\xff", "x.txt")
    mixed = "本报讯".encode() + "高新区".encode("gbk")
    with pytest.raises(EditionError, match=r"mixed encodings: UTF-8 text up to byte offset 9"):
        decode(mixed, "x.txt")


@pytest.mark.parametrize("sidecar, message", [
    ("date: 2025-02-30\n", r"x.yaml:1: date .* is not an ISO date"),
    ("newspaper: 日报\ndistrict: atlantis\n", r"x.yaml:2: unknown district 'atlantis'"),
    ("dat: 2025-01-01\n", r"x.yaml:1: unknown key 'dat'"),
    ("date: [2025\n", r"x.yaml:\d+: malformed YAML"),
    ("corrections:\n  - sic: 不存在的文字\n    corr: 别的\n", r"x.yaml:2: correction 1: printed text '不存在的文字' is not in the bulletin"),
    ("item_starts: [a]\n", r"x.yaml:1: item_starts must be a list of line numbers"),
])
def test_bad_sidecar_is_an_error_with_file_and_line_and_nothing_is_written(tmp_path, sidecar, message):
    content = one_bulletin(tmp_path, SAMPLE.encode(), sidecar)
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "keep.md").write_text("previous build", encoding="utf-8")
    with pytest.raises(EditionError, match=message):
        build(content, docs)
    assert [p.name for p in docs.iterdir()] == ["keep.md"]  # the previous docs/ is untouched
    assert not (content / "ids.lock.json").exists()


def test_duplicate_register_id_names_both_places(tmp_path):
    content = one_bulletin(tmp_path, SAMPLE.encode())
    (content / "registers" / "people.yaml").write_text(
        "- id: zhang-san\n  name: 张三\n- id: li-si\n  name: 李四\n- id: zhang-san\n  name: 张叁\n", encoding="utf-8")
    with pytest.raises(EditionError, match=r"registers/people.yaml:5: duplicate id 'zhang-san' \(first used at registers/people.yaml:1\)"):
        build(content, tmp_path / "docs")


@pytest.mark.parametrize("text", [
    "", "   \n\n\u3000\n", "一行字", "没有电头的一段文字，也没有标题。\n\n第二段。",
    "3月1日,某地风光。 张三 摄\n\n\n\n3月2日,又一景。\n\n李四 摄\n",
    ("很长的一段文字，" * 60000) + "。",
    "本报讯\n\n记者 王五\n\n记者 赵六\n",
])
def test_degenerate_bulletins_conserve_every_character(registers, text):
    b = read_text(text, registers)
    got = "".join((it.title or "") + (it.kicker or "") + (it.subtitle or "") + it.body + it.byline for it in b.items)
    got += "".join(f.text for f in b.fragments)
    assert sorted(re.sub(r"\s", "", got)) == sorted(re.sub(r"[\s#]", "", text))


HOSTILE = """# <script>alert("x")</script> 标题: "引号" # 井号

本报讯 记者<b>粗体</b>报道,**星号** _下划线_ [链接](http://evil.example) `代码` | 表格 | {{ config.site_name }} {% raw %} &amp; ~~删~~ $x$。

---

key: value
"""


def test_hostile_text_is_shown_literally(tmp_path):
    from pipeline.render import render

    content = one_bulletin(tmp_path, HOSTILE.encode())
    docs = tmp_path / "docs"
    build(content, docs)
    site = tmp_path / "site"
    proc = render(docs, site)
    assert proc.returncode == 0, proc.stderr
    page = next((site / "items").glob("*.html")).read_text(encoding="utf-8")
    assert "<script>alert" not in page and "<b>粗体</b>" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page or "&lt;script&gt;alert(\"x\")&lt;/script&gt;" in page
    assert "<strong>" not in page.split('class="gx-body"')[1] and "<code>" not in page.split('class="gx-body"')[1]
    assert 'href="http://evil.example"' not in page
    for literal in ("**星号**", "_下划线_", "[链接](http://evil.example)", "{{ config.site_name }}", "{% raw %}", "&amp;amp;"):
        shown = re.sub(r"&#(\d+);", lambda m: chr(int(m.group(1))), page)
        assert literal in shown, literal
    # the front matter survived the quotes, colons and '#' of the headline
    md = next((docs / "items").glob("*.md")).read_text(encoding="utf-8")
    import yaml
    fm = yaml.safe_load(md.split("---\n")[1])
    assert fm["headline"]["title"] == '<script>alert("x")</script> 标题: "引号" # 井号'
    assert fm["title"] == '&lt;script&gt;alert("x")&lt;/script&gt; 标题: "引号" # 井号'
