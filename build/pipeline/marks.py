"""Typographic marks that lead a line (●, ■, ▲ before a brief or its headline) and the label of a
column of briefs (■高新区简讯): the page's layout, not words of a headline or of a brief. They are
kept as layout text, so a headline cites as 某区开展消防检查, not ●某区开展消防检查, and a brief's
text opens with its first word."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from .model import Bulletin, Fragment, Item
from .text import FIELD_NAMES, MARK, SIDEBAR_WORDS

LEAD_MARK = re.compile(rf"^\s*({MARK}|[-*+](?=\s))\s*")  # and a Markdown list's bullet (- 6月9日，…)
# the label of a column of briefs: ■高新区简讯, ▲高新快讯, ■高新速递, 【高新简讯】
# and a rubric's label in brackets alone on its line (【数说】, 【图说】)
FIELDS = "|".join(FIELD_NAMES)  # an e-paper's field labels (【正文】) are no column's
SIDEBARS = f"{SIDEBAR_WORDS}|更正|更正启事|勘误"  # nor a sidebar's or a correction's (【链接】, 【更正】)
_COLUMN_WORDS = "简讯|快讯|快报|快递|速递|短讯|短波|播报|动态|集锦|简报|一周|周览|速览|传真|扫描|掠影|拾零|要闻|资讯"
COLUMN = re.compile(rf"^\s*{MARK}?\s*(?:[【\[]?[^\s。，,：:【】\[\]]{{0,8}}(?:{_COLUMN_WORDS})[】\]]?"
                    rf"|【(?!(?:{FIELDS}|{SIDEBARS})】)[^\s。，,【】]{{1,6}}】)\s*$")
HEADS = ("kicker", "title", "subtitle")
PICTURE_NUMBER = re.compile(r"^\s*([①②③④⑤⑥⑦⑧⑨⑩⑪⑫])\s*")
# a numbered brief's number before its run-in headline (3.高新区举办招聘会 8月6日，…)
_NUMBER = r"\d{1,2}[.．、]"
NUMBERED = re.compile(rf"^\s*({_NUMBER})\s*(?=[^\d\s])")
# ...and a brief's number before its report's opening (1．12月3日，…, 二、近日，…)
NUMBERED_LEAD = re.compile(rf"^\s*({_NUMBER}|[一二三四五六七八九十]{{1,3}}、)\s*(?=\d{{1,2}}月\d{{1,2}}日|近日|日前|近期|本报)")
NEAR = 12  # headline lines are printed at most this many lines above an item's first line


def _line_of(b: Bulletin, nos: list[int], it: Item, printed: str) -> int:
    """The number of the line that printed a headline part (the item's first line if not found)."""
    want = printed.strip()
    for k in range(bisect_left(nos, it.first_line - NEAR), bisect_right(nos, it.first_line)):
        if b.lines[k].text.strip() == want:
            return b.lines[k].no
    return it.first_line


def lift_marks(b: Bulletin) -> Bulletin:
    lifted = False
    nos: list[int] = []  # the lines' numbers, made when a headline first needs its line

    def line_of(it: Item, printed: str) -> int:
        if not nos:
            nos.extend(ln.no for ln in b.lines)
        return _line_of(b, nos, it, printed)

    for it in b.items:
        first = next((p for p in it.paragraphs if not p.head), None)
        briefs = first is not None and LEAD_MARK.match(first.text) is not None
        for name in HEADS:
            text = getattr(it, name)
            if not text:
                continue
            if name == "title" and briefs and COLUMN.match(text):
                b.fragments.append(Fragment(text, line_of(it, text), it.seq - 1))
                it.title, lifted = None, True
                continue
            m = LEAD_MARK.match(text) or (NUMBERED.match(text) if name == "title" else None)
            if m and m.end() < len(text):
                b.fragments.append(Fragment(m.group(1), line_of(it, text), it.seq - 1))
                setattr(it, name, text[m.end():])
                lifted = True
        for p in it.paragraphs:  # a brief's text, and a feature's section heads (▲从“借梯登高”到…)
            if (((p is first or p.head) and (m := LEAD_MARK.match(p.text) or (p is first and NUMBERED_LEAD.match(p.text))))
                    or (it.kind == "photo" and (m := PICTURE_NUMBER.match(p.text)))) and m.end() < len(p.text):
                # (a photo's captions numbered for its pictures, ①4月13日，… / ②村民们…: the numbers point)
                b.fragments.append(Fragment(m.group(1), p.lines[0], it.seq - 1))
                p.text = p.text[m.end():]
                lifted = True
    if lifted:
        b.fragments.sort(key=lambda f: f.line)
    return b
