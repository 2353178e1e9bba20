"""District: the sidecar's, else the register district whose clues the bulletin names most, else
a zone the text itself names (十堰高新区 on a page of 十堰日报) that no register or table holds."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from ..model import Bulletin, District, Inferred, Registers
from ..text import slug

# 十堰高新区, 十堰市高新区, 十堰国家高新技术产业开发区: the city is the two to four characters before
ZONE = re.compile(r"([\u4e00-\u9fff]{2,4})(?:市)?(?:国家级|国家|省级)?(?:高新区|高新技术产业开发区|高新技术开发区)")
# (or the paper named in a repost's first lines: 今日《松原日报》｜…, 原创 松原日报 松原日报 2024-03-28)
MASTHEAD = re.compile(r"^\s*(?:原创\s+)?([\u4e00-\u9fff]{2,4}?)(?:日报|晚报|都市报|新闻网)|《([\u4e00-\u9fff]{2,4}?)(?:日报|晚报|都市报)》")
# words that stand before 高新区 without naming a city
NOT_CITY = re.compile(r"(?:国家|省级|全国|全省|全市|我市|本市|该市|我国|各地|各|两个|三个|多个|一批|这个|所在|级|新|老|区)$")


# how often the masthead's city is printed in all, the masthead's own mention included, for a page
# that names no zone by its city to be that city's
MASTHEAD_CITY_AT_LEAST = 4


def _free(ident: str, registers: Registers) -> str:
    """A new district's id: its city's, or the next free one where a register holds it (玉林
    beside 榆林, yulin: yulin-2, yulin-3…)."""
    if ident not in registers.districts:
        return ident
    return next(f"{ident}-{k}" for k in range(2, 100) if f"{ident}-{k}" not in registers.districts)


def _city(text: str, zone: str) -> str:
    """The city in front of 高新区: the shortest end of the run that every mention shares
    (在蚌埠高新区 -> 蚌埠, 石嘴山高新区 -> 石嘴山, not 嘴山)."""
    for n in (2, 3, 4):
        if len(zone) < n:
            break
        short, longer = zone[-n:], zone[-n - 1:] if len(zone) > n else ""
        if not longer or text.count(longer) < text.count(short):
            return short
    return zone


def unregistered_zone(b: Bulletin, registers: Registers, known: Iterable[str]) -> tuple[District, int, list[str], bool] | None:
    """The zone the page itself is about, when no register holds its city (`known`: the
    registers' clues): named before 高新区 at least twice, or once under a masthead of the same
    city. Last, whether the masthead names its city."""
    text = "\n".join(line.text for line in b.lines)
    flat = re.sub(r"(?<=[\u4e00-\u9fff])\n(?=[\u4e00-\u9fff])", "", text)  # (张 / 家界 counted as 张家界)
    count: Counter[str] = Counter()
    where: dict[str, list[str]] = {}
    registered = False
    prev = ""
    for line in b.lines:
        # (a city's name a narrow column broke over two lines, 张 / 家界高新区, read whole)
        tail = prev[-4:] if re.search(r"[\u4e00-\u9fff]$", prev) else ""
        prev = line.text
        for m in ZONE.finditer(tail + line.text):
            if m.end() <= len(tail):
                continue
            city = _city(flat, m.group(1))
            if NOT_CITY.search(city):
                continue
            if any(city in k or k in city for k in known):
                registered = True  # 吉林高新区 under 江城日报: a register's zone, named
                continue
            count[city] += 1
            where.setdefault(city, []).append(f"{m.group(0)}（第{line.no}行）")
    head_line, m = next(((line, m) for line in b.lines[:6] if (m := MASTHEAD.search(line.text))), (None, None))
    head = (m.group(1) or m.group(2)) if m else None
    if not count and not registered and head and head_line and not any(head in k or k in head for k in known) \
            and text.count(head) >= MASTHEAD_CITY_AT_LEAST:
        # a page whose zone goes by a name of its own (崖州湾科技城·高新区专版 under 三亚日报): the
        # masthead's city, printed again and again in the text, before any firm's city elsewhere
        zone = District(id=_free(slug(head), registers), name=f"{head}高新区", city=head, province="",
                        names=[f"{head}高新区"], clues=[head])
        return zone, text.count(head), [f"{head_line.text.strip()}（第{head_line.no}行，报头）",
                                        f"正文提到“{head}”{text.count(head) - 1}次"], True
    if not count:
        return None
    # (the masthead's city first: among words read before 高新区 once each, 推出高新区 too, it is the one)
    city, n = (head, count[head]) if head in count else count.most_common(1)[0]
    if n < 2 and city != head:
        return None
    found = where[city]
    name = f"{city}高新区"
    if head and head != city and f"{head}{city}高新区" in text and not any(head in k or k in head for k in known):
        # 四平红嘴高新区 under 四平日报: a zone with a name of its own (红嘴) in the masthead's city. (A
        # paper's name is not always its city's, 西江日报 of 肇庆: only the two printed together say so.)
        city, name = head, f"{head}{city}高新区"
    zone = District(id=_free(slug(city), registers), name=name, city=city, province="", names=[name], clues=[city])
    return zone, text.count(city), found[:5], city == head


def infer_district(b: Bulletin, registers: Registers) -> Inferred:
    if b.meta.get("district"):
        why = (b.meta.get("inferred") or {}).get("district")
        return Inferred(b.meta["district"], True, [f"附注文件据正文推断：{why}"]) if why else Inferred(b.meta["district"], False, ["附注文件"])
    clue_of: dict[str, str] = {}
    for d in registers.districts.values():
        for clue in [d.city, *d.names, *d.clues]:
            if clue and len(clue) >= 2:
                clue_of.setdefault(clue, d.id)
    found = unregistered_zone(b, registers, clue_of)
    if not clue_of and not found:
        return Inferred(None, False, ["地区名录中没有线索词"])
    pattern = re.compile("|".join(re.escape(c) for c in sorted(clue_of, key=len, reverse=True)) or "(?!)")
    score: Counter[str] = Counter()
    seen: dict[str, list[str]] = {}
    for line in b.lines:
        for m in pattern.finditer(line.text):
            d = clue_of[m.group(0)]
            score[d] += 1
            note = f"{m.group(0)}（第{line.no}行）"
            if note not in seen.setdefault(d, []):
                seen[d].append(note)
    # (a zone the masthead's paper names is the page's, whatever other cities its firms carry)
    if found and (found[3] or found[1] > max(score.values(), default=0)):
        b.zone = found[0]  # a new district, named by the text: the link stage adds it to the edition's
        return Inferred(found[0].id, True, [*found[2], "（地区名录中没有此区，据正文推断）"])
    if not score:
        return Inferred(None, False, ["文中没有任何地区的线索"])
    ranked = score.most_common()
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        tied = ", ".join(d for d, n in ranked if n == ranked[0][1])
        return Inferred(None, False, [f"线索数相同，无法判断：{tied}"])
    best = ranked[0][0]
    return Inferred(best, True, seen[best][:5])
