"""No quadratic step in extracting people: the same extraction on an article of n and of 4n
characters, each with a new name every few dozen characters, and the work counted without a
clock, so the test says the same on a loaded machine: the characters handed to the regular
expression engine and the lines of the pipeline's Python run. Linear work grows about
fourfold; a step per name over the whole text (a search for every name, a copy of the rest
of the text at every title) or per name over every other name grows sixteenfold."""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from pathlib import Path

from pipeline.extract import people_in
from pipeline.link import Links

PIPELINE = str(Path(__file__).resolve().parents[1] / "build" / "pipeline")
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "明华建国伟芳秀英玉兰志强海燕春晖"


def name(k: int) -> str:
    return SURNAMES[k % 20] + GIVEN[k // 20 % 16] + GIVEN[k // 320 % 16]


def article(names: int) -> tuple[str, list[tuple[int, int, str]]]:
    """One article naming `names` people: every other one after a title (the patterns find
    it), the rest where only a model would (given as its PER spans), each named twice."""
    text, spans = [], []
    pos = 0
    for k in range(names):
        n = name(k)
        before = "主任" if k % 2 == 0 else ""
        for piece in (f"{before}{n}表示，高新区推进重点项目建设。", f"企业服务专员{n}走访园区，创新平台取得新进展；"):
            a = pos + piece.index(n)
            if not before:
                spans.append((a, a + len(n), "PER"))
            text.append(piece)
            pos += len(piece)
    return "".join(text), spans


def work(run: Callable[[], object]) -> tuple[int, int]:
    """(characters the re module's functions were given, lines of the pipeline run) by run()."""
    chars = lines = 0
    real = {f: getattr(re, f) for f in ("finditer", "search", "match", "fullmatch", "findall", "split")}
    real_sub = re.sub

    def counted(f: str):
        def call(pattern, string, *args, **kwargs):
            nonlocal chars
            chars += len(string)
            return real[f](pattern, string, *args, **kwargs)
        return call

    def sub(pattern, repl, string, *args, **kwargs):
        nonlocal chars
        chars += len(string)
        return real_sub(pattern, repl, string, *args, **kwargs)

    def line(frame, event, arg):
        nonlocal lines
        if event == "line":
            lines += 1
        return line

    def tracer(frame, event, arg):
        return line if frame.f_code.co_filename.startswith(PIPELINE) else None

    for f in real:
        setattr(re, f, counted(f))
    re.sub = sub
    sys.settrace(tracer)
    try:
        run()
    finally:
        sys.settrace(None)
        for f, fn in real.items():
            setattr(re, f, fn)
        re.sub = real_sub
    return chars, lines


def test_extracting_people_does_work_linear_in_the_article():
    small, big = article(300), article(1200)
    assert len(big[0]) == 4 * len(small[0])

    def extract(text_spans: tuple[str, list]) -> Callable[[], object]:
        return lambda: people_in(text_spans[0], text_spans[1], set(), [], set())

    people_in(*article(5), set(), [], set())  # loads jieba's dictionary outside the count
    found = extract(small)()
    assert len(found) == 300  # every name is found: the work counted is the real extraction
    (c1, l1), (c4, l4) = work(extract(small)), work(extract(big))
    print(f"regex characters: {c1} -> {c4} ({c4 / c1:.1f}x); pipeline lines: {l1} -> {l4} ({l4 / l1:.1f}x)")
    assert c4 / c1 < 6, "characters scanned grow faster than the article"
    assert l4 / l1 < 6, "lines run grow faster than the article"


def test_names_found_in_one_pass_are_where_a_search_per_name_finds_them(monkeypatch):
    from pipeline.extract import mentions

    text = article(200)[0] + "哈哈哈哈，王明明明。"
    names = {name(k) for k in range(0, 400, 3)} | {"哈哈", "明明", "王", "不在文中"}
    monkeypatch.setattr(mentions, "SCAN", 0)  # one pass for all names
    one_pass = mentions.occurrences(text, names)
    monkeypatch.setattr(mentions, "SCAN", 1 << 62)  # a scan per name
    assert one_pass == mentions.occurrences(text, names)
    for n in names:
        assert mentions.leftmost(one_pass[n], len(n)) == [m.span() for m in re.finditer(re.escape(n), text)]
    assert one_pass["哈哈"] == [len(text) - 10, len(text) - 9, len(text) - 8]


def test_reading_a_bulletin_of_many_items_does_work_linear_in_its_items():
    """Segment, repair and extract a bulletin of k and 4k headed, signed items: the roles of
    its lines (made for every bulletin, each headline compared with every item) were
    quadratic in the items."""
    from pipeline.extract import extract
    from pipeline.model import Bulletin, Registers
    from pipeline.read import split_lines
    from pipeline.repair import repair
    from pipeline.segment import segment

    def bulletin(items: int) -> Callable[[], object]:
        text = "".join(f"高新区召开第{k}次项目推进会\n\n本报讯 高新区推进重点项目建设第{k}项工作。\n\n（记者 {name(k)}）\n\n\n"
                       for k in range(items))
        return lambda: extract(repair(segment(Bulletin(file="x.txt", lines=split_lines(text)))), Registers())

    (c1, l1), (c4, l4) = work(bulletin(150)), work(bulletin(600))
    print(f"regex characters: {c1} -> {c4} ({c4 / c1:.1f}x); pipeline lines: {l1} -> {l4} ({l4 / l1:.1f}x)")
    assert c4 / c1 < 6
    assert l4 / l1 < 6


def test_an_article_of_many_paragraphs_and_names_is_written_in_linear_work():
    """The item page and the TEI of an article of p paragraphs, each naming someone new:
    every mention was looked at for every paragraph (quadratic)."""
    from pipeline.model import Bulletin, Item, Paragraph, Person
    from pipeline.write.data import _item_xml
    from pipeline.write.item_page import item_page

    def article_item(paragraphs: int) -> Item:
        it = Item(kind="article")
        texts = [f"主任{name(k)}表示，高新区推进重点项目建设。" for k in range(paragraphs)]
        offset = 0
        for k, t in enumerate(texts):
            it.paragraphs.append(Paragraph(t, [k + 1]))
            it.people.append(Person(name=name(k), id=f"p{k}", mentions=[(offset + 2, offset + 5)]))
            offset += len(t) + 2
        return it

    b = Bulletin(file="x.txt", lines=[])
    b.id = "x"

    def write(it: Item) -> Callable[[], object]:
        return lambda: ("".join(item_page(b, it, Links(), {}, {}, "/")), _item_xml(it, "/", {}))

    small, big = article_item(200), article_item(800)
    page, tei = write(small)()
    for k in (0, 199):  # the work counted links every name, in the page and the TEI
        assert f'href="../people/p{k}.html">{name(k)}</a>' in page
        assert f'<persName key="p{k}" ref="/people/p{k}.html">{name(k)}</persName>' in tei
    (_, l1), (_, l4) = work(write(small)), work(write(big))
    print(f"pipeline lines: {l1} -> {l4} ({l4 / l1:.1f}x)")
    assert l4 / l1 < 6


def test_the_search_text_of_a_long_article_is_normalised_in_pieces_as_in_one(monkeypatch):
    """normalize cuts a long text before CJK ideographs: the pieces must read as the whole
    (combining marks, compatibility forms, a final sigma, Hangul jamo, white space around a cut)."""
    import unicodedata

    from pipeline.write import search_index

    hostile = ["ΟΔΟΣ高", "e\u0301高", "\u1100\u1161高", "ﬁ①Ｆｕｌｌ高", "Σ 高", "İ高", "a\u200d\u0308高", "\u3000高", "高\u0301", "x"]
    text = "".join(hostile[k % len(hostile)] + "企业" * (k % 5) for k in range(2000))
    whole = search_index._SPACE.sub("", unicodedata.normalize("NFKC", text).lower())
    for size in (1, 7, 64):
        monkeypatch.setattr(search_index, "NORMALIZE_CHUNK", size)
        assert search_index.normalize(text) == whole


def test_the_roles_of_the_lines_are_found_in_linear_work():
    """`edition.py show` and a sidecar's `items` give every line its role and item: a headline
    or byline line was compared with every item (quadratic in the items), and a bulletin of
    the same items printed again and again (one title, one reporter) is the worst case."""
    from pipeline.model import Bulletin
    from pipeline.read import split_lines
    from pipeline.repair import repair
    from pipeline.segment import segment
    from pipeline.show import line_roles

    def bulletin(items: int) -> tuple[Callable[[], object], Callable[[], list]]:
        text = "".join(f"高新区召开项目推进会\n\n本报讯 高新区推进重点项目建设第{k}项工作。\n\n（记者 张三）\n\n\n"
                       for k in range(items))
        lines = split_lines(text)
        b = repair(segment(Bulletin(file="x.txt", lines=lines)))
        return (lambda: line_roles(lines, b)), (lambda: line_roles(lines, b))

    run, roles = bulletin(150)
    got = roles()
    assert [(r.role, r.item) for r in got[:4]] == [("title", 1), ("body", 1), ("byline", 1), ("title", 2)]
    assert [(r.role, r.item) for r in got[-3:]] == [("title", 150), ("body", 150), ("byline", 150)]
    (_, l1), (_, l4) = work(run), work(bulletin(600)[0])
    print(f"pipeline lines: {l1} -> {l4} ({l4 / l1:.1f}x)")
    assert l4 / l1 < 6


def test_the_year_is_read_from_batches_of_lines_as_from_the_whole_text(monkeypatch):
    """bulletin_year reads the lines a batch at a time: a target's look-behind (到2026年)
    across a line break and a batch break, lines shorter than the look-behind, and dates
    must count as in the whole text at once."""
    from pipeline.extract import dates
    from pipeline.model import Bulletin

    lines = ["力争到", "2026年", "到", "至", "2030年底", "2024年3月5日", "x", "2024年", "完成", "12月1日",
             "迄2031年", "2025年10月9日", "2025年", "", "到2026年", "2025年11月2日"]
    b = Bulletin(file="x.txt", lines=[])
    monkeypatch.setattr(dates, "BATCH", 10**6)
    whole = dates.bulletin_year(b, iter(lines))
    assert whole.value == "2025" and "2026年×2" in whole.evidence[0]
    for size in (1, 2, 3, 5):
        monkeypatch.setattr(dates, "BATCH", size)
        assert dates.bulletin_year(b, iter(lines)) == whole
    for k in range(len(lines)):  # a text of any length, every batch size up to it
        for size in range(1, k + 2):
            monkeypatch.setattr(dates, "BATCH", 10**6)
            one = dates.bulletin_year(b, iter(lines[:k]))
            monkeypatch.setattr(dates, "BATCH", size)
            assert dates.bulletin_year(b, iter(lines[:k])) == one


def test_the_search_body_is_normalised_paragraph_by_paragraph_as_in_one():
    """The search text normalises an item's paragraphs, byline and corrections one by one
    (joining them first was a copy of a huge article): it must equal normalising them joined."""
    import random
    import unicodedata

    from pipeline.model import Correction, Item, Paragraph
    from pipeline.write import search_index

    bits = ["ΟΔΟΣ", "Σ", "e", "\u0301", "\u1100", "\u1161", "ﬁ", "´", "\u00a0", "İ", "高", "a\u200d", "\u3000", " ", "’"]
    rng = random.Random(3)
    for _ in range(300):
        it = Item(kind="article")
        it.paragraphs = [Paragraph("".join(rng.choice(bits) for _ in range(rng.randint(1, 6))), [k]) for k in range(rng.randint(1, 4))]
        it.byline = "".join(rng.choice(bits) for _ in range(rng.randint(0, 3)))
        it.corrections = [Correction(sic="x", corr="".join(rng.choice(bits) for _ in range(rng.randint(0, 3))))]
        whole = " ".join([it.body, it.byline, *(c.corr for c in it.corrections if c.corr)])
        expected = search_index._SPACE.sub("", unicodedata.normalize("NFKC", whole).lower())
        assert search_index.sections(it)[2] == expected
