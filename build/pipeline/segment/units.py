"""The page as units: each body line, or a group of heading lines, with its kind; and what the
whole page's sequence of kinds says about its layout (headlines after their texts, the gap
between a headline and its dateline)."""

from __future__ import annotations

import re
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from ..marks import COLUMN
from ..model import Line
from ..repair import FIGURE_LINE, attribution
from ..text import (
    CLOSERS,
    CORRECTION_TITLE,
    FIELD,
    GLUED,
    MARK,
    MARKED_NAME,
    MASTHEAD,
    ORDINAL_HEAD,
    SENTENCE_END,
    ends_sentence,
    label,
    table_line,
)
from .lines import (
    BIG_GAP,
    SALUTATION,
    SECTION_LINE,
    SIDEBAR,
    at_measure,
    box_label,
    boxed_label,
    classify,
    contents_list,
    front_matter,
    listing,
    next_kind,
    post_header,
    pull_quote,
    reposts_tail,
    signature,
    spaced_rows,
    split_dateline,
    subtitle_shaped,
    wrapped_text,
)

# a line of a box of figures, each led by its mark (■ 新增高新技术企业28家，总数达到97家)
MARKED_FIGURE = re.compile(rf"^\s*{MARK}\s*[^\s{MARK[1:-1]}][^。！？!?]{{0,38}}\d[^。！？!?]{{0,30}}$")


def figure_run(lines: Sequence[Line], i: int) -> bool:
    """Is line i one of two or more in a row, each a marked figure (数说高新区 / ■ 1—11月，产值… /
    ■ 新增企业28家 / …)? A marked headline stands alone over its text."""
    def at(k: int) -> bool:
        return 0 <= k < len(lines) and MARKED_FIGURE.match(lines[k].text) is not None
    return at(i) and (at(i - 1) or at(i + 1))


# who asks in an interview, opening the question (记者：…, 问：…)
INTERVIEWER = re.compile(r"^\s*(?:本报)?(?:记者|问|答|主持人)\s*[:：]\s*\S")


# what opens no sentence, only goes on with one: 等 after a list, 的, 了…
GOES_ON = re.compile(r"^\s*(?:等[^级待候]|的|了|地|得|着|们)")


def asked(text: str) -> bool:
    """A line that is one question or exclamation and no more (“锂电之都”如何炼成？)."""
    t = text.strip()
    return bool(t) and t[-1] in "？！?!" and not re.search("[。；;]", t) and len(re.findall("[？！?!]", t)) == 1


@dataclass(slots=True)
class Unit:
    """A body line (kind dateline/body/byline/credit) or a group of heading lines (kind heads)."""

    kind: str
    line: Line
    more: list[Line] | None = None  # the heading lines after it

    @property
    def lines(self) -> list[Line]:
        return [self.line, *(self.more or [])]


KINDS = ("layout", "dateline", "credit", "byline", "heads", "body")


class Units:
    """The units of a bulletin's lines, three numbers a unit (its kind, first line and count of
    lines); a Unit, with its Lines, is made when the walk looks at it. A Unit object per line,
    with its Line, held for the whole walk was the segmenter's memory."""

    def __init__(self, lines: Sequence[Line], meta: dict):
        self.source = lines
        self.kinds, self.first, self.count = bytearray(), array("q"), array("q")
        layout, start = set(meta.get("layout_lines") or []), set(meta.get("item_starts") or [])
        layout |= reposts_tail(lines) | front_matter(lines) | post_header(lines) | contents_list(lines)
        heads, layout_kind = KINDS.index("heads"), KINDS.index("layout")
        body, dated = KINDS.index("body"), KINDS.index("dateline")
        signs: set[int] = set()  # the lines of a notice's signature
        # a page that sets its paragraphs in from the margin, and not every line: there a line
        # set in opens a paragraph of text, never a headline
        indents = sum(ln.indent for ln in lines)
        self.set_in = indents > 0  # the page sets some paragraphs in
        paragraphs_set_in = 0 < indents < len(lines)
        sizes = sorted(len(ln.text) for ln in lines)
        self.median = sizes[len(sizes) // 2] if sizes else 0  # the lines' median length
        # a narrow copy's line width (no copy wrapped at a measure has many lines twice as long)
        measure = self.median if self.median <= 30 and sum(n > 2 * self.median for n in sizes) <= 0.1 * len(sizes) else None
        for i, line in enumerate(lines):
            c = classify(line, layout, start)
            labelled = FIELD.match(line.text) is not None  # 引　　题：…: the label says what the line is
            if c == "head" and measure and i and not labelled and wrapped_text(lines, i, measure, KINDS[self.kinds[-1]] if self.kinds else None,
                                                              layout, start):
                c = "body"
            if c == "head" and measure and i and not labelled and paragraphs_set_in and not line.gap and at_measure(line.text, measure) \
                    and i + 1 < len(lines) and not lines[i + 1].gap and not lines[i + 1].indent \
                    and classify(lines[i + 1], layout, start) == "body":
                # …生产过程。 / 公司设备部部长杜若（左二）为市民讲解单晶 / 炉的工作原理。: on a page that sets
                # its paragraphs in, a full line over a line not set in is inside a paragraph (a
                # headline stands over a paragraph's first line, set in)
                c = "body"
            if c == "byline" and i and (m := MARKED_NAME.match(line.text)) and m.group(2) and not ends_sentence(lines[i - 1].text):
                c = "body"  # 《果园新农人》 / （宇文晓燕）、…: a name in brackets the measure broke off, no byline
            if c == "head" and line.indent and not labelled and paragraphs_set_in and not COLUMN.match(label(line.text)) \
                    and not (i + 1 < len(lines) and lines[i + 1].indent):
                # (set in over a line set in too, it is a paragraph of its own that closes no
                # sentence: a section head, or a brief's headline, set in as the text is)
                c = "body"
            if c in ("head", "body") and signature(lines, i, signs) and line.gap < BIG_GAP and \
                    ((i - 1) in signs or (self.kinds and self.kinds[-1] == body)):
                c = "body"
                signs.add(i)
            if c == "head" and i + 1 < len(lines) and split_dateline(line.text, lines[i + 1].text):
                c = "dateline"
            elif c == "head" and i and not line.gap and self.kinds and self.kinds[-1] == layout_kind \
                    and MASTHEAD.search(lines[i - 1].text) and not box_label(line.text) \
                    and (SECTION_LINE.search(line.text) or (i + 1 < len(lines) and lines[i + 1].gap > 0)):
                # the masthead's second line (高新区专刊 under 昆明日报 2024年4月9日), or its banner set
                # apart from the headline below it; a slogan set tight on the title is its kicker
                c = "layout"
            elif c in ("head", "body") and self.kinds and self.kinds[-1] in (body, dated) and pull_quote(lines, i):
                c = "layout"
            elif c == "body" and (subtitle_shaped(line.text) or asked(line.text)) and i + 1 < len(lines) and not lines[i + 1].gap \
                    and lines[i + 1].text.lstrip().startswith(("——", "--")) and len(line.text.strip()) <= 24:
                # 一束光，照亮一条产业链 or “锂电之都”如何炼成？ over ——…纪实: a headline with a comma
                # or a question, over its subtitle
                c = "head"
            elif c == "body" and self.kinds and self.kinds[-1] == heads and line.gap < BIG_GAP and subtitle_shaped(line.text) \
                    and next_kind(lines, i + 1, layout, start) in ("dateline", "byline"):
                c = "head"  # 总投资12亿元，主要生产… under its headline, over the dateline or byline: a subtitle with a comma
            elif c == "body" and not line.level and 6 <= len(line.text.strip()) <= 30 and re.search("[！？!?]", line.text) \
                    and line.text.strip()[-1] not in SENTENCE_END + CLOSERS + "，,；;：:、" \
                    and next_kind(lines, i + 1, layout, start) == "dateline":
                c = "head"  # “人才新政十条”来了！一文读懂怎么申请 / 本报讯…: a headline that exclaims, over its dateline
            elif c == "body" and (line.gap or not self.kinds or self.kinds[-1] == layout_kind) and subtitle_shaped(line.text) \
                    and len(line.text.strip()) <= 30 \
                    and i + 1 < len(lines) and not lines[i + 1].gap and classify(lines[i + 1], layout, start) == "byline":
                c = "head"  # “向海图强”，高新区大有可为 / 特约撰稿人 某某: a headline with a comma, over its byline
            elif c == "body" and line.gap and subtitle_shaped(line.text) and len(line.text.strip()) <= 16 and i \
                    and ends_sentence(lines[i - 1].text) and i + 1 < len(lines) and not lines[i + 1].gap \
                    and classify(lines[i + 1], layout, start) == "body":
                c = "head"  # (blank) / 他们，都是最美高新人 / text: a short line with a comma and no stop, set apart over text
            elif c == "body" and i and not line.gap and SIDEBAR.fullmatch(label(lines[i - 1].text.strip())) \
                    and subtitle_shaped(line.text) and len(line.text.strip()) <= 20 \
                    and i + 1 < len(lines) and (lines[i + 1].gap or (lines[i + 1].indent and not line.indent)) \
                    and classify(lines[i + 1], layout, start) == "body":
                # 记者手记 / 年轻人回来了，村子就活了 / (blank) / text: the sidebar's own headline, with
                # its comma, over text set apart or set in (under 相关链接 a line set tight over the
                # next is the box's text, wrapped)
                c = "head"
            elif c == "head" and len(line.text.strip()) >= 12 and i + 1 < len(lines) and not lines[i + 1].gap \
                    and GOES_ON.match(lines[i + 1].text) and classify(lines[i + 1], layout, start) == "body":
                # …马晓燕团队完成的“高蛋白奶酪发酵工艺研究” / 等3个项目获一等奖；…: a paragraph's first
                # line, which the next line goes on with a word no sentence opens with
                c = "body"
            elif c == "head" and COLUMN.match(label(line.text)) and not boxed_label(lines, i, layout, start):
                c = "layout"  # 高新动态 over its briefs: the column's label, which ends the article above
            elif c in ("head", "body") and not line.level and GLUED.match(line.text) and not FIELD.match(line.text):
                c = "dateline"  # 左脚舞跳起来 8月21日，…: a headline glued onto its text's first line
            elif c == "head" and i and not line.gap and CORRECTION_TITLE.fullmatch(label(lines[i - 1].text.strip())):
                c = "body"  # 更　正 / 本报8月18日第3版《…》: the notice's first line, under its heading
            elif c == "head" and (FIGURE_LINE.match(line.text) or figure_run(lines, i)):
                c = "body"  # 612亿元——新材料产业产值: a line of a box of figures, not a headline
            elif c == "head" and not labelled and (table_line(line.text, spaced=False) or spaced_rows(lines, i)):
                # | 齐晓光 | 某公司 |, 孔祥瑞→某公司, and rows whose cells are set apart by
                # full-width spaces, two such lines together at least: a table's row is its article's text
                c = "body"
            elif c == "head" and ORDINAL_HEAD.match(line.text) and self.kinds and self.kinds[-1] == heads:
                c = "body"  # 一、先进集体（15个） under the headline: the first part of the text, never a subtitle
            elif c == "head" and line.text.lstrip().startswith("——") and i and not line.gap \
                    and self.kinds and self.kinds[-1] == body and lines[i - 1].text.rstrip().endswith(("”", "」")) \
                    and len(line.text.strip()) <= 40 \
                    and (attribution(line.text) or (i + 1 < len(lines) and lines[i + 1].text.lstrip().startswith(("“", "「")))):
                c = "body"  # “…” / ——某公司总经理 某某 / “…”: a quote's attribution among quotes
            elif c == "head" and line.text.rstrip()[-1:] in "：:" and len(line.text.strip()) > 12 and not line.gap \
                    and self.kinds and self.kinds[-1] in (body, dated):
                c = "body"  # 受表彰的第二届“某某工匠”（10名）： set tight under text: it announces the list below
            elif c == "head" and INTERVIEWER.match(line.text):
                c = "body"  # 记者：新能源转型对…冲击很 / 大，…？: an interview's question, wrapped, never a headline
            elif c == "head" and SALUTATION.match(line.text):
                c = "body"  # 各部门、各单位： opens a document's text
            elif c == "head" and listing(line.text):
                c = "body"  # 丁一凡马晓雯王梓豪…: a roster printed without separators, not a headline
            kind = KINDS.index("heads" if c == "head" else c)
            if kind == heads and self.kinds and self.kinds[-1] == heads:
                self.count[-1] += 1  # heading lines in a row are one unit
            else:
                self.kinds.append(kind)
                self.first.append(i)
                self.count.append(1)

    def __len__(self) -> int:
        return len(self.kinds)

    def kind(self, k: int) -> str:
        return KINDS[self.kinds[k]]

    def __getitem__(self, k: int) -> Unit:
        first, n = self.first[k], self.count[k]
        more = [self.source[i] for i in range(first + 1, first + n)] if n > 1 else None
        return Unit(KINDS[self.kinds[k]], self.source[first], more)


def titles_after(units: Units) -> bool:
    """Does the page print its headlines after their texts (a PDF read box by box)? Its text
    opens as a report does (本报讯…, a byline) with no headline over it, it closes on a headline
    with nothing under it, and headlines follow text."""
    heads, layout = KINDS.index("heads"), KINDS.index("layout")
    kinds = [k for k in units.kinds if k != layout]
    if len(kinds) < 6 or kinds[0] not in (KINDS.index("dateline"), KINDS.index("byline")) or kinds[-1] != heads:
        return False
    after_text = sum(1 for a, b in pairwise(kinds) if b == heads and a != heads)
    return after_text >= 3


def headline_gap(units: Units) -> int | None:
    """The most blank lines this page sets between a headline and the dateline under it (None
    when no headline stands on a dateline): a page whose headlines sit on their text prints a
    line set apart by big gaps as a banner, not as a headline."""
    heads, dateline = KINDS.index("heads"), KINDS.index("dateline")
    gaps = [units.source[units.first[k + 1]].gap for k in range(len(units) - 1)
            if units.kinds[k] == heads and units.kinds[k + 1] == dateline]
    return max(gaps) if gaps else None
