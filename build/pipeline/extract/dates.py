"""Dates: the bulletin's year (sidecar, else inferred from the years the text names) and each
item's event date from its first paragraph."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable, Iterator

from ..model import Bulletin, Inferred, Item
from ..text import CORRECTION, CORRECTION_TITLE, DATELINE, DATELINE_CREDIT, SIDEBAR_WORDS, label, ocr_digits, report_lead

# (or a full date in figures, 2025-04-10, as web pages print when they posted a page)
YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?:年|[-/.](?=\d{1,2}[-/.]\d{1,2}(?!\d)))")
TARGET = re.compile(r"(?:到|至|迄)$")
# a masthead's date: a full date on a line with its weekday or page number
MASTHEAD_DATE = re.compile(r"(?m)^[^\n]{0,30}?((?:19|20)\d\d)\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[^\n]{0,30}?"
                           r"(?:(?:星期|礼拜|周)[一二三四五六日天]|第\s*[A-Za-z]?\d{1,3}\s*版)[^\n]{0,30}$"
                           # a web page's date of publication (发布时间：2025-03-14 06:30)
                           r"|(?:发布时间|发布日期)\s*[:：]\s*((?:19|20)\d\d)-\d{1,2}-\d{1,2}")
# (a space inside a number, 8月2 3日, is an OCR's or a justified line's)
SIDEBAR_TITLE = re.compile(rf"[【\[]?(?:{SIDEBAR_WORDS})[】\]]?")
UNTIL = re.compile(r"(?:截至|截止|截止到|截至到)(?:今年|去年|本月|当年)?$")
# (OCR reads 日 as 曰: 8月20曰 is the 20th, the misprint kept in the text)
# (a line OCR spaced out a character at a time: 3 月 2 5 日)
DATE = re.compile(r"(?:(?<!\d)((?:19|20)\d\d)年)?(?<!\d)(\d(?: ?\d)?) ?月 ?(\d(?: ?\d)?) ?[日曰]")
FULL_DATE = re.compile(r"((?:19|20)\d\d)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
# full-width digits (２０２４年５月２１日) read as the digits they are; one character for one,
# so a match's place is the same in the printed text
WIDE = str.maketrans("０１２３４５６７８９", "0123456789")
MASTHEAD = "报头所印日期"


def bulletin_year(b: Bulletin, lines: Iterable[str]) -> Inferred:
    """The sidecar's year, else the one the text (its lines' texts, joined by line breaks)
    names most."""
    why = (b.meta.get("inferred") or {})
    if b.date:
        return Inferred(b.date[:4], False, [f"附注文件的出版日期 {b.date}"])
    if b.meta.get("year"):
        if "year" in why:
            return Inferred(str(b.meta["year"]), True, [f"附注文件据正文推断的年份 {b.meta['year']}：{why['year']}"])
        return Inferred(str(b.meta["year"]), False, [f"附注文件的年份 {b.meta['year']}"])
    counts: Counter[int] = Counter()
    printed: Counter[int] = Counter()
    months: list[int] = []
    masthead: re.Match | None = None
    # (a year a scan misread, 2O22年, is read as its digits)
    for text, pos in _batches(ocr_digits(line.translate(WIDE)) for line in lines):
        masthead = masthead or MASTHEAD_DATE.search(text, pos)
        for m in YEAR.finditer(text, pos):
            # a target (力争到2026年, 至2030年) names a year still to come, not the bulletin's
            counts[int(m.group(1))] += 0.25 if TARGET.search(text, max(0, m.start() - 4), m.start()) else 1.0
            printed[int(m.group(1))] += 1
        months += [k for _, m, _ in DATE.findall(text, pos) if 1 <= (k := int(m.replace(" ", ""))) <= 12]
    if masthead:
        # the paper's own date in its masthead (昆明日报 2024年4月9日 星期二): the year of the page
        return Inferred(masthead.group(1) or masthead.group(2), True, [f"{MASTHEAD} {masthead.group(0).strip()}"])
    if not counts:
        return Inferred(None, False, ["文中未印年份，附注文件亦无日期"])
    top = max(counts, key=lambda y: (counts[y], y))
    near = sorted(y for y in counts if abs(y - top) <= 1)
    year = near[-1]
    late = months and sorted(months)[len(months) // 2] >= 10
    named = "、".join(f"{y}年×{printed[y]}" for y in sorted(printed))
    evidence = [f"文中所印年份：{named}"]
    # Late in the year a bulletin already plans for the next one; early in the year it
    # reviews the last. So with events in Oct-Dec the year before the latest is the one.
    if late and year - 1 in counts:
        year -= 1
        evidence.append("事件在10—12月，文中较晚的年份是来年计划：取较早一年")
    return Inferred(str(year), True, evidence)


BATCH = 4096  # lines read together


def _batches(lines: Iterable[str]) -> Iterator[tuple[str, int]]:
    """The lines joined by line breaks, a batch at a time: (text, where the batch starts in
    it). After the first, a batch comes behind the last four characters before it, which is
    all the year's look-behind reads; a match never spans a line break. (The whole text
    joined at once was two copies of a huge bulletin while its lines were held too.)"""
    tail: str | None = None
    batch: list[str] = []
    for line in lines:
        batch.append(line)
        if len(batch) == BATCH:
            text, pos = _batch(tail, batch)
            yield text, pos
            tail, batch = text[-4:], []
    if batch or tail is None:
        yield _batch(tail, batch)


def _batch(tail: str | None, batch: list[str]) -> tuple[str, int]:
    joined = "\n".join(batch)
    return (joined, 0) if tail is None else (f"{tail}\n{joined}", len(tail) + 1)


def item_date(item: Item, year: Inferred, pub_date: str | None) -> None:
    first = report_lead(item.paragraphs)
    if CORRECTION.match(first) or CORRECTION_TITLE.fullmatch(label((item.title or "").strip())):
        return  # 更正：本报11月7日第5版…: the date of the issue corrected, not of an event
    if SIDEBAR_TITLE.fullmatch(label((item.title or "").strip())) and not DATELINE.match(first):
        return  # a sidebar's background (链接: …自2021年11月1日起…) reports no event
    lead = ocr_digits(first).translate(WIDE)  # (5月2l日 of a scan: its evidence shows it as printed)
    # a date a figure runs up to (截至6月30日, 截止到…) is a count's, not the event's
    m = next((d for d in DATE.finditer(lead) if not UNTIL.search(lead, max(0, d.start() - 6), d.start())), None)
    if not m:
        day_only(item, lead, first, year, pub_date)
        return
    printed, month, day = m.group(1), int(m.group(2).replace(" ", "")), int(m.group(3).replace(" ", ""))
    page = _page_date(year)
    if printed:
        y, inferred, why = int(printed), False, "年份见于原文"
    elif pub_date:
        pub = dt.date.fromisoformat(pub_date)
        y = pub.year - 1 if month > pub.month else pub.year
        inferred, why = False, f"年份据出版日期 {pub_date}"  # the sidecar's exact date: not a guess
    elif year.value:
        y, inferred = int(year.value), True
        why = "年份据" + ("；".join(year.evidence) if year.inferred else year.evidence[0])
        if page and month - page.month > 6:
            y -= 1  # 12月31日 on a page of 1月3日: the year before the page's
            why += "；事件月份晚于报头日期半年以上，为上一年"
    else:
        return
    try:
        item.date = dt.date(y, month, day).isoformat()
    except ValueError:
        return
    item.date_inferred = inferred
    item.date_evidence = f"{first[m.start():m.end()]}（{why}）"


# a report that opens on its day alone (本报讯（记者 某某）24日，…; a brief: 23日上午，…): the
# month is the page's
DAY_ONLY = re.compile(r"\s*(?:(\d{1,2})\s*日|(昨天|昨日|今天|今日))(?:[上下]午|中午|晚上?|凌晨|早上|清晨|夜间?)?[，,]")


def day_only(item: Item, lead: str, first: str, year: Inferred, pub_date: str | None) -> None:
    at = (DATELINE_CREDIT.match(lead) or DATELINE.match(lead))
    m = DAY_ONLY.match(lead, at.end() if at else 0)
    page = dt.date.fromisoformat(pub_date) if pub_date else _page_date(year)
    if not m or page is None:
        return
    if m.group(2):  # 昨日上午，…: the day before the page's
        item.date = (page - dt.timedelta(days=1 if m.group(2).startswith("昨") else 0)).isoformat()
        item.date_inferred = True
        item.date_evidence = f"{m.group(2)}（据报头日期 {page.isoformat()}）"
        return
    day = int(m.group(1))
    month, y = (page.month, page.year) if day <= page.day else ((page.month - 2) % 12 + 1, page.year - (page.month == 1))
    try:
        item.date = dt.date(y, month, day).isoformat()
    except ValueError:
        return
    item.date_inferred = True  # the month and year are the page's, not printed with the day
    item.date_evidence = f"{m.group(1)}日（月份据报头日期 {page.isoformat()}）"


def _page_date(year: Inferred) -> dt.date | None:
    """The page's own date, where the year was read from the masthead that prints it."""
    if not (year.inferred and year.evidence and year.evidence[0].startswith(MASTHEAD)):
        return None
    m = FULL_DATE.search(year.evidence[0].translate(WIDE))
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None
    except ValueError:
        return None
