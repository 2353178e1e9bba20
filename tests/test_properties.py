"""Random bulletins assembled from paragraphs, headlines, banners, bylines, credits and column
breaks, with hostile characters mixed in (line and paragraph separators, lone CR, form feed,
bidi overrides, combining marks, CJK Extension B), in any accepted encoding, never crash the
reader and always conserve every character."""

import os
import re
from collections import Counter

import pytest
from conftest import ROOT, read_text
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pipeline.model import EditionError
from pipeline.read import decode

HAN = "高新区召开会议要求推进项目建设企业服务发展经济创新园区管委会工作重点全力"
han = st.text(alphabet=HAN, min_size=1, max_size=12)
sentence = st.builds(lambda a, b, p: a + p + b, han, han, st.sampled_from(["，", ",", "、", "“", "”", ""])).map(lambda s: s + "。")
paragraph = st.lists(sentence, min_size=1, max_size=5).map("".join)
headline = st.builds(lambda a, b, sep: a + sep + b, han, han, st.sampled_from(["", " ", "：", "——"]))
name = st.text(alphabet="张王李赵刘陈杨黄吴周", min_size=2, max_size=3)
block = st.one_of(
    paragraph,
    st.builds(lambda n, p: f"本报讯(记者{n}){p}", name, paragraph),
    st.builds(lambda p: f"本报讯 {p}", paragraph),
    headline,
    st.builds(lambda n: f"记者 {n} 通讯员 {n}", name),
    st.builds(lambda n: f"本报记者 {n} 摄", name),
    st.builds(lambda p, n: f"{p} {n} 摄", paragraph, name),
    st.sampled_from(["拼抢一季度", "实现", "开门红", "<b>x</b>", "* _ `", "{{ x }}", "---", "# ", "###"]),
)
# Characters that once broke readers: separators Python splits lines at, bidi controls that
# reorder what is shown, combining marks, characters beyond the BMP (two UTF-16 units).
HOSTILE = ["\u2028", "\u2029", "\r", "\x0c", "\x0b", "\u202e", "\u202d", "\u2066", "\u2069", "\u200f",
           "\u0301", "\u0336", "\u20dd", "\ufeff", "\u00a0", "\u3000", "𠀀", "𪚥", "𡈽", "𠮷", "#", "\t"]


@st.composite
def hostile(draw, inner):
    """A block with hostile characters put in at random places."""
    text = draw(inner)
    for _ in range(draw(st.integers(0, 4))):
        k = draw(st.integers(0, len(text)))
        text = text[:k] + draw(st.sampled_from(HOSTILE)) + text[k:]
    return text


block = st.one_of(block, hostile(block))


@st.composite
def bulletin(draw):
    out = []
    for b in draw(st.lists(block, min_size=0, max_size=25)):
        if len(b) > 4 and draw(st.booleans()):  # a column break
            k = draw(st.integers(1, len(b) - 1))
            b = b[:k] + "\n" * draw(st.integers(1, 4)) + b[k:]
        prefix = draw(st.sampled_from(["", "", "# ", "## ", "### ", "\u3000\u3000"]))
        out.append(prefix + b)
        out.append("\n" * draw(st.integers(1, 4)))
    return "".join(out)


def printed(text: str) -> Counter:
    """The printed characters: lines end at LF, CR LF or a lone CR; a line's leading '#'
    markers are layout, and so is white space."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = re.sub(r"(?m)^[^\S\n]*#+[^\S\n]*", "", text)
    return Counter(re.sub(r"\s", "", text))


# GX_EXAMPLES=3000 for a longer hunt (passed on 3,000 when written)
@settings(max_examples=int(os.environ.get("GX_EXAMPLES", 300)), deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(bulletin())
def test_random_bulletins_conserve_every_character(registers, text):
    b = read_text(text, registers)
    got = Counter()
    for it in b.items:
        for part in (it.title, it.kicker, it.subtitle, it.body, it.byline):
            got += Counter(re.sub(r"\s", "", part or ""))
        assert it.kind in ("article", "photo")
    for f in b.fragments:
        got += Counter(re.sub(r"\s", "", f.text))
    assert got == printed(text)
    assert [it.seq for it in b.items] == list(range(1, len(b.items) + 1))


control = st.sampled_from(["\x01", "\x0b", "\x0c", "\x1f", "\ufffe", "\u2028", "\u202e", "&", "<", "]]>"])
hostile_block = st.one_of(block, st.builds(lambda p, c, k: p[:k] + c + p[k:], paragraph, control, st.integers(0, 8)))


@st.composite
def hostile_bulletin(draw):
    return "".join(draw(hostile_block) + "\n" * draw(st.integers(1, 3)) for _ in range(draw(st.integers(0, 12))))


def tei_of(text: str, registers) -> str:
    from pipeline.write import data

    b = read_text(text, registers)
    b.id = "t-1"
    for it in b.items:
        it.id = f"t-1-{it.seq:02d}"
    return data.tei(b, "t", None, "https://example.org/")


@settings(max_examples=int(os.environ.get("GX_EXAMPLES", 300)), deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(hostile_bulletin())
def test_random_bulletins_conserve_every_character_in_tei(registers, text):
    """The conservation check extended to TEI: the <text> of a random bulletin's TEI (with
    control characters, markup and separators in it) is well-formed XML holding every
    printed character exactly once."""
    from test_data import tei_chars

    assert tei_chars(tei_of(text, registers)) == printed(text)


def test_random_bulletins_tei_validates(registers, tmp_path):
    """A sample of random bulletins' TEI, validated by jing against tei_all in one run."""
    import shutil
    import subprocess

    exe = shutil.which("jing")
    assert exe, "jing is needed for the TEI tests: apt-get install jing (make test installs it)"
    import random

    rnd = random.Random(14)
    pieces = ["本报讯(记者张三 通讯员李四)", "高新区召开会议。", "推进项目建设,", "\n\n", "\n", "# 标题", "## 副题",
              "——高新区综述", "本报记者 王五 摄", "拼抢一季度", "<b>x</b>", "{{ x }}", "\x01", "\x0c", "\ufffe", "\u2028", "&"]
    files = []
    for n in range(40):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 30)))
        path = tmp_path / f"r{n}.xml"
        path.write_text(tei_of(text, registers), encoding="utf-8")
        files.append(str(path))
    proc = subprocess.run([exe, str(ROOT / "tests" / "fixtures" / "schemas" / "tei_all.rng"), *files], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout[:2000]


ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "gb18030"]


@settings(max_examples=int(os.environ.get("GX_EXAMPLES", 300)), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(bulletin(), st.sampled_from(ENCODINGS))
def test_every_accepted_encoding_reads_back_exactly_or_is_refused(text, encoding):
    """Decoding gives back the very text, or a clear refusal; never other characters."""
    data = text.encode(encoding)
    try:
        got = decode(data, "x.txt")
    except EditionError as e:
        assert encoding == "gb18030", e  # UTF-8 and UTF-16 hold anything the generator makes
        assert re.search(r"x.txt: (not UTF-8, UTF-16 or GB18030 \(Big5 or Shift-JIS\?\)|not certainly UTF-8): "
                         r".* byte offset \d+", str(e))
        return
    # a leading U+FEFF in UTF-8 is a byte-order mark, not text
    assert got == (text[1:] if encoding == "utf-8" and text.startswith("\ufeff") else text)


@pytest.mark.parametrize("codec", ["big5", "shift_jis"])
@settings(max_examples=int(os.environ.get("GX_EXAMPLES", 300)) // 3, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(alphabet="臺灣會議舉辦區項目單位積極推進發展經濟創新園區管委會東京の会議でハイテク企業発表しました。，", min_size=20, max_size=200))
def test_big5_and_shift_jis_never_pass_as_gb18030(codec, text):
    data = text.encode(codec, errors="ignore")
    if len(data) < 40 or data.isascii():
        return
    try:
        got = decode(data, "x.txt")
    except EditionError:
        return
    assert got == data.decode("utf-8"), "another encoding read as GB18030"  # only if it really was UTF-8
