"""Repair stage: undo what the page layout broke inside an item, without changing a character."""

from __future__ import annotations

import re

from .extract.names import roster_line, unit_list
from .model import Bulletin, Item, Paragraph
from .text import HAN, LIST_LEAD, ORDINAL_HEAD, ends_sentence, table_line

LATIN = re.compile(r"[A-Za-z]")  # letters only: digits cut by a column join without a space


def joiner(a: str, b: str) -> str:
    """What goes between two pieces of a broken sentence: Chinese needs no space at a join,
    nor a number the column cut (1 / 8.5% is 18.5%); two Latin words do. Looks at the two
    characters only (linear joins)."""
    return " " if LATIN.fullmatch(a[-1:]) and LATIN.fullmatch(b[:1]) else ""


def join_breaks(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """Join a paragraph that stops mid-sentence with the paragraph that continues it.
    Runs of pieces are gathered and joined once: a bulletin of many broken lines costs
    linear, not quadratic, time. The list given is emptied as it is read: a paragraph
    per printed line is let go as soon as its text is in a run (memory)."""
    out: list[Paragraph] = []
    run: tuple[Paragraph, list[str], list[int]] | None = None  # first paragraph, texts and joins, line numbers
    last: Paragraph | None = None
    paragraphs.reverse()
    while paragraphs:
        p = paragraphs.pop()
        if run and last and not last.head and not p.head and not ends_sentence(last.text) and not ends_list(last.text, p.text) \
                and not kept_apart(last.text, p.text):
            run[1].extend((joiner(last.text, p.text), p.text))
            run[2].extend(p.lines)
        else:
            if run:
                out.append(_joined(*run))
            run = (p, [p.text], list(p.lines))
        last = p
    if run:
        out.append(_joined(*run))
    return out


# A notice's signature under its text, each line a paragraph of its own: contact lines
# (联系人：钟晓雯　联系电话：…), the issuer (郴州高新区科技创新局) over the date (2024年9月26日)
SIGN_CONTACT = re.compile(r"^\s*(?:联系人|联系电话|咨询电话|联系方式|监督电话|举报电话|投诉电话|通讯地址|地址|邮编|电子邮箱|邮箱)\s*[：:]")
SIGN_DATE = re.compile(r"^\s*(?:\d{4}|[〇○零一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,2}月[\d一二三四五六七八九十]{1,3}日\s*$")
ISSUER = re.compile(rf"^\s*[{HAN}（）()]{{2,30}}(?:局|委员会|管委会|工委|办公室|办事处|中心|公司|政府|部|厅|院|所|协会|商会|联合会)\s*$")


def kept_apart(line: str, nxt: str) -> bool:
    """The issuer of a notice over its date: two lines of a signature, not a broken sentence;
    the rows of a table, each a line of its own, and the table's first row after the text; and
    the numbered parts of a list (一、先进集体（15个） / …; … / 二、先进个人)."""
    return (ISSUER.match(line) is not None and SIGN_DATE.match(nxt) is not None) or (table_line(line) and table_line(nxt)) \
        or (ORDINAL_HEAD.match(line) is not None and len(line) <= 30) or ORDINAL_HEAD.match(nxt) is not None \
        or (table_line(nxt) and not table_line(line) and len(nxt) <= 60) or COUNTED_PART.match(nxt) is not None \
        or attribution(line)


# who said the quote above (——四川某公司项目经理 杜明亮): a line of its own, which ends its quote
ATTRIBUTION = re.compile(r"^\s*——[^。！？]{2,36}[ \u3000][\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff]){1,3}\s*$")


def attribution(line: str) -> bool:
    return ATTRIBUTION.match(line) is not None


# the counted part of a list, on the line of its entries: B类（4名）：…, 一等奖（3个）：…
COUNTED_PART = re.compile(r"^\s*[^\s，。：:、（(]{1,10}[（(]\d{1,3}[名个人家项位][)）]\s*[:：]")


# a line of a box of figures, each a number and what it counts (612亿元——新材料产业产值，同比增长18.7%)
# (or the two set apart by a space: 218.6亿元 前三季度规模以上工业总产值)
FIGURE_LINE = re.compile(r"^\s*[\d.,]+\s*[^\s\d，,。—]{0,4}\s*——[^—]|^\s*[\d.,]+\s*[^\s\d，,。—]{1,4}[ \u3000]+[^\s。，,！？]{2,30}$")


def ends_list(text: str, nxt: str) -> bool:
    """A list's line ends at its last item, unless the next line goes on with the list: a name
    the column cut (…的有：郝亮、常 / 青、贺强、…)."""
    return list_line(text) and LIST_GOES_ON.match(nxt) is None \
        and not (FIRST_CUT.search(text.rstrip()) and NAME_GOES_ON.match(nxt))


LIST_GOES_ON = re.compile(rf"^\s*[{HAN}]{{1,3}}、")
# (…的是：付冬 / 梅（某公司）、…: the list's first name cut after its lead's colon)
FIRST_CUT = re.compile(rf"[：:][{HAN}]{{1,3}}$")
NAME_GOES_ON = re.compile(rf"\s*[{HAN}]{{1,3}}[（(、]")


def list_line(text: str) -> bool:
    """A line of a list on its lead's line (获评“金牌工匠”的有:孔繁星 赵一鸣), a roster line, a line
    of figures, or a notice's contact or date line: it ends at its last item, not in a broken
    sentence, unless it stops after a separator."""
    t = text.rstrip()
    if t.count("（") + t.count("(") > t.count("）") + t.count(")"):
        return False  # …钟国栋（浙江绿源氢能集团董事 / 长）、…: a bracket still open goes on
    # (…、付　饶（某中心）: a list of names with their units ends at its last entry too)
    return (LIST_LEAD.search(t) is not None and t[-1:] not in "、，,") or roster_line(t) \
        or (t[-1:] in "）)" and bool(unit_list(t))) \
        or (FIGURE_LINE.match(t) is not None and t[-1:] not in "、，,") \
        or SIGN_CONTACT.match(t) is not None or SIGN_DATE.match(t) is not None


def _joined(first: Paragraph, parts: list[str], lines: list[int]) -> Paragraph:
    if len(parts) == 1:
        return Paragraph(first.text, lines, first.head)
    return Paragraph("".join(parts), lines)


def repair_item(item: Item) -> Item:
    item.paragraphs = join_breaks(item.paragraphs)
    body = [p for p in item.paragraphs if not p.head]
    # An article whose last paragraph stops mid-sentence was cut off by the page.
    # (a list or roster ends at its last name, not cut off)
    item.truncated = item.kind == "article" and bool(body) and not ends_sentence(body[-1].text) \
        and not list_line(body[-1].text) and not attribution(body[-1].text)
    return item


def repair(bulletin: Bulletin) -> Bulletin:
    bulletin.items = [repair_item(it) for it in bulletin.items]
    return bulletin
