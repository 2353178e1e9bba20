"""What a correction notice (更正) announces: the printed reading it withdraws and the one it
puts in its place, read from the notice's own words (“A”应为“B”, “B”误为“A”, “A”系“B”之误).

The notice's text is correct as printed, so these corrections are never marked in it; they
are the paper's own, kept on the notice with the article and issue it names."""

from __future__ import annotations

import re

from ..model import Correction, Item
from ..text import CORRECTION, CORRECTION_TITLE

_Q = r"[“「『\"‘]\s*(?P<{0}>[^“”「」『』\"‘’\n]{{1,120}}?)\s*[”」』\"’]"
# “A”(均/都)应为“B”: A was printed, B is right
_SHOULD = re.compile(_Q.format("sic") + r"[^“”「」『』。；;\n]{0,6}?(?:应为|应是|应改为|应更正为|更正为|应作|当为)\s*"
                     + _Q.format("corr"))
# “B”误为“A”: the right reading first
_MISPRINT = re.compile(_Q.format("corr") + r"\s*(?:误为|误作|误写为|误写成|误印为|误排为|错为|错写为|错印为|错写成)\s*"
                       + _Q.format("sic"))
# “A”系“B”之误
_SLIP = re.compile(_Q.format("sic") + r"\s*(?:系|为|是)\s*" + _Q.format("corr") + r"\s*之误")
# where the withdrawn reading was printed: 本报9月5日第3版《…》, 本刊第12期《…》
_TARGET = re.compile(r"^(?:更正\s*[:：]?\s*)?(?P<issue>[^，。《》]{0,30}?)(?:刊发|刊登|刊载|发表)?的?《(?P<title>[^《》]{1,80})》")


def is_notice(it: Item) -> bool:
    return bool(CORRECTION_TITLE.fullmatch(re.sub(r"\s+", "", it.title or "")) or CORRECTION.match(it.body)
                or (it.body[:40].lstrip("【[ \u3000").startswith(("更正", "勘误"))))


def errata(it: Item) -> list[Correction]:
    """The corrections a notice announces, in the order printed; none for any other item."""
    if not is_notice(it):
        return []
    text = it.body.replace("\n", "")  # a reading the page wrapped is one reading
    target = _TARGET.search(text.lstrip("【[ \u3000"))
    where = f"{target['issue'].strip()}《{target['title']}》" if target else ""
    note = f"原刊更正：{where}" if where else "原刊更正"
    found: dict[int, Correction] = {}
    for pattern in (_SHOULD, _MISPRINT, _SLIP):
        for m in pattern.finditer(text):
            if m["sic"].strip() != m["corr"].strip():
                found.setdefault(m.start(), Correction(m["sic"].strip(), m["corr"].strip(), note, by="notice"))
    return [found[k] for k in sorted(found)]
