"""What a Chinese person's name looks like, to check and cut the names a model proposes.

A Han name is a surname (one character, or two: 欧阳, 司马) and a given name of one or two
characters. A model reading news marks a run of names printed without a separator as one
name (李蕾张羽飞, names in a roster) and sometimes a surname alone or a surname and an
honorific (李总, 张奶奶): neither is a name a reader would look up."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from pathlib import Path

from .people import (
    DESCRIBED_BEFORE,
    JAPANESE_SURNAMES,
    JAPANESE_SURNAMES_3,
    STEPPE,
    SURNAME_ORDER,
    SURNAMES_1,
    SURNAMES_2,
    TITLE_BEFORE,
    TRANSLIT,
    UNIT_ENDS,
    WORD_NOT_SURNAME,
)
from .words import everyday

HAN_NAME = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]{2,}")
RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff·・•]{8,}")
FOREIGN = re.compile(r"[\u4e00-\u9fff]+(?:[·・•\-][\u4e00-\u9fff]+)+")


# Characters no given name is made of: particles, pronouns, prepositions (成立的, 向记者).
NEVER_GIVEN = set("的了着过们是在和与及或被把将这那哪么吗呢吧啊也都就还又再很最更从向对为给让后级摄")
# ...but these open many two-character given names (向东, 和平, 为民, 再兴, 更生): there they
# are a name's, not the word after a surname
GIVEN_FIRST = set("向和为再更")
# ...and 在 opens many Korean ones, after a Korean surname (郑在勋, 文在寅; not 和在校)
KOREAN_SURNAMES = set("金李朴崔郑姜赵尹张林韩申权黄安宋柳洪全高文孙梁裴白许南卢沈丁成车禹玄吴罗徐俞")


def given_ok(given: str, surname: str = "") -> bool:
    """Whether characters can be a given name: none of NEVER_GIVEN, but for GIVEN_FIRST opening
    a two-character one (李向阳), and 在 opening one after a Korean surname (郑在勋)."""
    first_ok = given[:1] in GIVEN_FIRST or (given[:1] == "在" and surname in KOREAN_SURNAMES)
    return bool(given) and not any(c in NEVER_GIVEN for c in given[1:]) \
        and (given[0] not in NEVER_GIVEN or (len(given) == 2 and first_ok))
# A name does not end in a place's or an institution's generic word (蒋村, 董家河 are villages
# and rivers; 纪工委 an office, 纪念馆 a museum).
PLACE_END = set("村镇乡路街庄湾区县市省港巷寨屯铺坝堡委馆")


# what follows a city's or a county's name and never a person's (吴忠市, 吴忠高新区, 吴忠日报):
# not 市长, 县委, 日报道
_CITY_NEXT = re.compile("市(?![长民委场])|县(?![长委])|高新区|日报(?!道)|晚报")


def page_places(texts) -> set[str]:
    """The words of two or three characters a page prints as a city's or a county's name (吴忠 of
    吴忠市, 吴忠日报): printed alone elsewhere on the page (吴忠是全国优质奶源基地) they are
    the place, not a person of that name."""
    out: set[str] = set()
    for text in texts:
        for m in _CITY_NEXT.finditer(text):
            k = m.start()
            out.update(text[k - n:k] for n in (2, 3) if k >= n and HAN_NAME.fullmatch(text[k - n:k]))
    return out


# Produce and crops whose names begin with a surname (李子, 杨桃): never a person here.
PRODUCE = {"李子", "杨桃", "杨梅", "柚子", "龙眼", "黄桃", "金桔", "柿子", "桑葚", "葛根", "黄精", "金银花", "黄花菜",
           "何首乌", "白茶", "红茶", "绿茶", "毛尖", "龙井", "茅台"}
# What follows produce, not a person (杨桃干, 李子园).
PRODUCT_AFTER = set("干汁苗树园酒酱粉片罐膏饮")


# Words that follow a subject and never end a transliterated name (乌日娜|正和工友们装箱)
AFTER_SUBJECT = set("正才便曾却仍") | NEVER_GIVEN


HYPHENS = "-‐－"
# what opens a hyphened French given name (让-皮埃尔, 玛丽-安娜, 让-保罗)
HYPHEN_GIVEN = TRANSLIT | set("让保玛安路易")


def transliterated(s: str) -> bool:
    if s[-1:] in AFTER_SUBJECT:
        return False
    return sum(c in TRANSLIT for c in s) >= max(2, (len(s) + 1) // 2) or (len(s) >= 4 and all(c in STEPPE for c in s))


# Countries, territories and large foreign cities (马拉维, 扎伊尔, 利隆圭): models often read
# them as people; never a person when the name is exactly one of them. Names that are also
# people's (华盛顿, 维多利亚) are left out of the list.
PLACES = frozenset((Path(__file__).resolve().parents[1] / "data" / "countries.txt").read_text(encoding="utf-8").split())


def surname_len(s: str) -> int:
    if s[:2] in SURNAMES_2 and not s.startswith(WORD_NOT_SURNAME):
        return 2
    return 1 if s[:1] in SURNAMES_1 else 0


def lone_surname(s: str) -> bool:
    return 0 < len(s) == surname_len(s)


def _pieces(s: str, i: int) -> list[int]:
    """Lengths of the names that can start at s[i]: a surname and one or two characters."""
    k = surname_len(s[i:])
    return [k + g for g in (2, 1) if k and i + k + g <= len(s)]


# The commonest surnames: a three-character piece ending in one (张震|张) more often loses the
# first character of the next name than it is a name.
COMMON_SURNAMES = set(SURNAME_ORDER[:30])
RANK = {c: 1 - n / len(SURNAME_ORDER) for n, c in enumerate(SURNAME_ORDER)}
DOT_PART = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]{1,6}(?:[·・•][\u3400-\u4dbf\u4e00-\u9fff]{1,6})+")


def _dotted(s: str, i: int) -> list[int]:
    """Lengths of the dotted names (阿沛·阿旺晋美) that can start at s[i]."""
    out = []
    for n in range(3, min(len(s) - i, 27) + 1):
        if DOT_PART.fullmatch(s, i, i + n) and (i + n == len(s) or s[i + n] not in "·・•") \
                and not any(c in NEVER_GIVEN for c in s[i: i + n]):
            out.append(n)
    return out


def _cut(s: str, seen: set[tuple[int, int]] | None = None) -> list[tuple[str, bool]] | None:
    """The best cut of a run into pieces, each marked whether it is a name; None when s reads
    as one name or has no cut. A name is a surname and one or two characters, or a dotted
    name (阿沛·阿旺晋美), or a piece the model read (`seen`, offsets in s); three-character
    names and commoner surnames are likelier, so the cut that scores most wins. A compound
    surname's 4-character name (欧阳明辉) stays whole."""
    seen = seen or set()
    read_at: dict[int, list[int]] = {}
    for x, y in seen:
        read_at.setdefault(x, []).append(y - x)
    dotted = any(c in s for c in "·・•")
    if (dotted and not seen) or (not dotted and transliterated(s)):
        return None  # one foreign name (安吉丽娜·茱莉, 普里马科夫), not a run of names
    if len(s) < 4 or (len(s) <= 4 and surname_len(s) == 2) or not (dotted or HAN_NAME.fullmatch(s)):
        return None
    # pieces: (score, names, whether each piece is a name); a run that holds a name of a
    # surname the list lacks (逄先知, 热地) is passed over by a piece that is no name, so the
    # rest of the run is still cut
    best: dict[int, tuple[float, list[tuple[str, bool]]]] = {len(s): (0.0, [])}
    for i in range(len(s) - 1, -1, -1):
        options = []
        sizes = {*_pieces(s, i), *(_dotted(s, i) if dotted else []), *read_at.get(i, [])}
        for n in sizes:
            if i + n not in best:
                continue
            score, rest = best[i + n]
            piece = s[i: i + n]
            k = surname_len(piece)
            if any(c in piece for c in "·・•"):
                gain = 2.1 if (i, i + n) in seen else 0.6  # a dotted name as the model read it stays whole
            elif not k:
                gain = 0.6  # a name the model read, of a surname the list lacks
            else:
                gain = (1.0 if n - k == 2 else 0.5) + 0.1 * RANK.get(piece[0], 1.0 if k == 2 else 0.0)
                if n == 3 and piece[-1] in COMMON_SURNAMES and i + n < len(s):
                    gain -= 0.25
            gain += 0.15 if (i, i + n) in seen else 0.0
            options.append((score + gain, [(piece, True), *rest]))
        if seen:
            for n in (1, 2):  # no name: lets the cut go on
                if i + n in best:
                    options.append((best[i + n][0] - 0.5, [(s[i: i + n], False), *best[i + n][1]]))
        if options:
            best[i] = max(options, key=lambda o: (o[0], -len(o[1])))
    if 0 not in best or sum(ok for _, ok in best[0][1]) < 2:
        return None
    return best[0][1]


def split_run(s: str) -> list[str] | None:
    """A run of two or more names printed together, cut into names (查良镛金庸 -> 查良镛, 金庸);
    None when s reads as one name or cannot be cut into names only."""
    cut = _cut(s)
    return [piece for piece, _ in cut] if cut else None


def roster(text: str, spans: list[tuple[int, int]], model: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """Names in rosters printed without separators (委员：李鹏乔石李瑞环彭真…), where a model
    loses the edges: a run of characters mostly marked as names is cut into names again as a
    whole, the model's own spans (`model`, else `spans`) counting as evidence. Returns the
    spans with every such run replaced by its names."""
    spans = sorted(spans)
    model = sorted(model or spans)
    starts, model_starts = [x for x, _ in spans], [x for x, _ in model]

    def within(seq: list[tuple[int, int]], at: list[int], a: int, b: int) -> list[tuple[int, int]]:
        # the spans starting in [a, b] by bisection: a scan of all spans per run was quadratic
        return [(x, y) for x, y in seq[bisect_left(at, a): bisect_right(at, b)] if y <= b]

    replaced: list[tuple[int, int]] = []  # the runs cut into names (runs never overlap)
    added = []
    for m in RUN.finditer(text):
        a, b = m.span()
        inside = within(spans, starts, a, b)
        if len(inside) < 2 or sum(y - x for x, y in inside) < 0.6 * (b - a):
            continue
        seen = {(x - a, y - a) for x, y in within(model, model_starts, a, b)}
        cut = _cut(text[a:b], seen)
        if not cut or sum(ok for _, ok in cut) < 3 or sum(len(p) for p, ok in cut if not ok) > 0.2 * (b - a):
            continue  # a roster is names through and through
        replaced.append((a, b))
        for piece, ok in cut:
            if ok:
                added.append((a, a + len(piece)))
            a += len(piece)
    if not replaced:
        return spans
    ends = [a for a, _ in replaced]

    def in_run(s: tuple[int, int]) -> bool:
        k = bisect_right(ends, s[0]) - 1
        return k >= 0 and s[1] <= replaced[k][1]

    return sorted([s for s in spans if not in_run(s)] + added)


def looks_like_name(s: str, titles: set[str]) -> bool:
    """Whether a span a model marked PER can be a person's name as printed in news."""
    if s in ETHNIC_GROUPS:
        return False  # 汉、维吾尔、哈萨克: peoples, in a list of them
    if FOREIGN.fullmatch(s):
        return True
    japanese = (len(s) in (4, 5) and s[:2] in JAPANESE_SURNAMES) or (len(s) in (5, 6) and s[:3] in JAPANESE_SURNAMES_3)  # 田中健一, 佐佐木亮介
    steppe = 4 <= len(s) <= 6 and all(c in STEPPE for c in s)  # (额尔敦孟和: 和 ends no transliteration, but this name)
    if not HAN_NAME.fullmatch(s) or lone_surname(s) or len(s) > 6 or (len(s) > 4 and not transliterated(s) and not japanese and not steppe):
        return False
    k = surname_len(s)
    if s in PLACES:
        return False
    if transliterated(s) or steppe:
        return True  # 普里马科夫; 次仁央宗, 额尔敦毕力格: Tibetan and Mongolian names have no Han surname
    if japanese:
        return True  # 山本由纪: a Japanese name, whose given name is no Han one
    if len(s) == 4 and k < 2:
        return False  # four characters are a compound surname's name, or not a Han name
    given = s[k:] if k else s[1:]
    if not given_ok(given, s[:k]):
        return False
    if k and s[-1] in PLACE_END:
        return False
    if len(s) == 2 and s[0] in "老阿":
        return False  # 老克, 小白, 阿霞: what people are called, not their names
    if SIDE.fullmatch(s) or given[:1] == "总":
        return False  # 哈方, 中方: a side in a deal; 张总常…: 张总, a form of address
    return not any(given.endswith(t) or given == t[-len(given):] for t in titles)


ETHNIC_GROUPS = {"维吾尔", "哈萨克", "柯尔克孜", "塔吉克", "乌孜别克", "塔塔尔", "锡伯", "达斡尔", "鄂温克", "鄂伦春", "赫哲",
                 "蒙古", "朝鲜", "布依", "土家", "哈尼", "傈僳", "纳西", "景颇", "仫佬", "毛南", "仡佬", "普米", "阿昌", "怒族",
                 "德昂", "保安", "裕固", "门巴", "珞巴", "基诺", "独龙", "俄罗斯"}
# a party to a deal or talks, named by its country or role (向哈方输出, 中方, 双方)
SIDE = re.compile("[中美俄日韩英法德意加澳哈乌吉塔土印巴越老泰柬缅蒙朝新马菲欧非双对甲乙丙各我他贵校企]方")


# surnames that are words of grammar far more often, between who someone is and a name (村民把|杨桃)
GRAMMAR_BEFORE = set("把和被给将对从跟让向与及或在")


def complete(text: str, a: int, b: int, follows) -> tuple[int, int]:
    """Put back what a model cut off a name: the first half of a compound surname (东|方亦白,
    长|孙立坤), a surname read as a word (向|红梅), the last character of a compound-surname
    or Japanese name (司徒志|刚, 田中健|一); drop the character before a four-character span read one character
    early (科|韦红梅)."""
    if a >= 2 and text[a - 1] in HYPHENS and transliterated(text[a:b]):
        k = a - 1  # 让-|皮埃尔·勒克莱尔: the first of a hyphened given name
        while k > 0 and a - 1 - k < 3 and text[k - 1] in HYPHEN_GIVEN:
            k -= 1
        if k < a - 1:
            a = k
    if b - a >= 3 and text[b - 1] in AFTER_SUBJECT and transliterated(text[a:b - 1]) \
            and text[b - 3:b] not in ("阿不都", "阿卜都"):
        return a, b - 1  # 乌日娜|正: the adverb after the name (but 迪丽娜尔·阿不都 ends in its 都)
    if transliterated(text[a:b]):
        return a, b
    if a and text[a - 1: a + 1] in SURNAMES_2 and not TITLE_BEFORE.search(text[max(0, a - 8):a]):
        a -= 1  # but 部长|孙家正 is not 长孙
    s = text[a:b]
    k = surname_len(s)
    if not k and len(s) == 2 and a and text[a - 1] in SURNAMES_1 and not TITLE_BEFORE.search(text[max(0, a - 8):a]):
        if a >= 2 and text[a - 2:a] in SURNAMES_2 and not TITLE_BEFORE.search(text[max(0, a - 9):a - 1]):
            return a - 2, b  # 鲜于|婷婷: a compound surname, whose second character is one too
        return a - 1, b  # 向|红梅: the surname read as a preposition
    if k == 1 and len(s) == 2 and a and text[a - 1] in SURNAMES_1 and text[a - 1] not in GRAMMAR_BEFORE \
            and (DESCRIBED_BEFORE.search(text, max(0, a - 9), a - 1) or TITLE_BEFORE.search(text[max(0, a - 9):a - 1])):
        # 满族老人那|桂芝: after who the person is, the character before is the surname (but not a
        # word of grammar: 村民把|杨桃卖到…)
        return a - 1, b
    if (k == 2 or s[:2] in JAPANESE_SURNAMES) and len(s) == 3 and b < len(text) and HAN_NAME.fullmatch(text[b - 1: b + 1]) and follows(text, b + 1) \
            and not follows(text, b):
        b += 1
    elif len(s) == 4 and k < 2 and surname_len(s[1:]):
        a += 1
    return a, b


def roster_names(text: str) -> list[str]:
    """The names of a line that is nothing but names, at least four: set apart by spaces
    (丁一凡 马晓雯 王梓豪 卞学军) or printed together (张三李四王五赵六); [] for any other line."""
    t = text.strip()
    if len(t) > 200:
        return []  # a roster line is a line of names, not a page of text
    label = ROSTER_LABEL.match(t)
    if label:
        t = t[label.end():]  # 三等奖：章子涵 华　磊 时雨泽…
    # a two-character name padded to three for alignment (华　磊) is one name
    padded = len(PADDED.findall(t))
    t = PADDED.sub(r"\1\2", t)
    tokens = ROSTER_SEP.split(t) if ROSTER_SEP.search(t) else [t]
    if len(tokens) >= 4 and padded and all(HAN_NAME.fullmatch(x) and 2 <= len(x) <= 3 for x in tokens) \
            and not any(c in NEVER_GIVEN for x in tokens for c in x[1:]) \
            and sum(bool(surname_len(x)) and split_run(x) is None for x in tokens) >= 0.6 * len(tokens) \
            and sum(map(everyday, tokens)) <= 0.2 * len(tokens):
        # a grid of names, the two-character ones padded to the width of three (岩　块　　李建华　　俸　强):
        # the padding says they are names, those of a surname no list holds (岩块, 俸强) too
        return tokens
    if len(tokens) >= 4 or (label and len(tokens) >= 2):
        # a dotted name (买买提·吐尔逊) is one name among them
        ok = all((HAN_NAME.fullmatch(x) and len(x) <= 4 and surname_len(x) and split_run(x) is None)
                 or (FOREIGN.fullmatch(x) and len(x) <= 12) for x in tokens) and not all(FOREIGN.fullmatch(x) for x in tokens)
        if ok and len(tokens) < 4:  # under a label (一等奖：) two names are a roster, if nothing else they can be
            ok = all(x[-1] not in NOT_NAME_END for x in tokens)
        return tokens if ok else []
    # checked before the cut, which is the cost: a line of text seldom starts with a surname,
    # and almost always holds a character no name is made of (的, 在, 和…)
    if len(t) < 8 or not surname_len(t) or not HAN_NAME.fullmatch(t) or any(c in NEVER_GIVEN for c in t):
        return []
    names = split_run(t) or []
    # printed together, the cut alone is weak evidence (高新|区召开|党政联|席会议 cuts too): a
    # roster's names are full three-character names, most of common surnames
    full = all(len(n) == 3 or (len(n) == 4 and surname_len(n) == 2) for n in names)
    common = sum(n[0] in COMMON_ROSTER for n in names) >= 0.8 * len(names)
    return names if len(names) >= 4 and full and common else []


def roster_row(text: str) -> tuple[str, str] | None:
    """A row of a roster set as a table, the name and then who the person is:
    马文韬　江苏某船舶动力研究院副院长 -> (马文韬, 江苏某船舶动力研究院副院长)."""
    if len(text) > 80:
        return None
    m = ROW.match(text)
    if not m:
        return None
    name, role = re.sub(r"[ \u3000]", "", m.group(1)), m.group(2)
    k = surname_len(name)
    han_name = k and 2 <= len(name) <= k + 2 and given_ok(name[k:], name[:k])
    steppe = 4 <= len(name) <= 6 and all(c in STEPPE for c in name)  # 布仁巴雅尔, 才让卓玛
    if not (han_name or steppe or (len(name) >= 4 and transliterated(name)) or FOREIGN.fullmatch(name)):
        return None
    return (name, role) if TITLE_BEFORE.search(role) else None


# (a two-character name may be padded to three for alignment: 王　磊　某公司高级工程师)
ROW = re.compile(r"^[ \t\u3000]*([\u4e00-\u9fff·]{2,8}|[\u4e00-\u9fff][ \u3000]{1,2}[\u4e00-\u9fff])[ \t\u3000]+([^\s。！？]{2,40})[ \t\u3000]*$")


# the cells of a table's row, set apart by two spaces or more, a tab or a full-width space
CELLS = re.compile(r"[ \u3000]{2,}|\t|\u3000")


def table_row(text: str) -> str | None:
    """The name that opens a row of a table of three columns or more (巴特尔   内蒙古某公司   领军人才;
    乌  兰   某公司   创新人才: a two-character name padded to the column's width), or None.
    Cells hold no sentence: no 。，；."""
    if len(text) > 80 or re.search(r"[。，,；;！？]", text):
        return None
    cells = [c for c in CELLS.split(text.strip()) if c]
    if len(cells) >= 4 and len(cells[0]) == 1 and len(cells[1]) == 1:
        cells = [cells[0] + cells[1], *cells[2:]]  # 乌  兰: padded to the width of 巴特尔
    if len(cells) < 3 or any(len(c) > 24 for c in cells):
        return None
    return cells[0] if name_cell(cells[0]) else None


def name_cell(name: str, given: bool = True) -> bool:
    """Does a table's cell hold a person's name alone (王磊, 巴特尔, 旦增平措, 卢卡·比安奇)? With
    `given` false, any given name will do (where the row itself says it is a person's: 方圆（某公司）)."""
    k = surname_len(name)
    han_name = k and 2 <= len(name) <= k + 2 and HAN_NAME.fullmatch(name) and (not given or given_ok(name[k:], name[:k]))
    steppe = 4 <= len(name) <= 6 and all(c in STEPPE for c in name)
    return bool(han_name or steppe or (FOREIGN.fullmatch(name) and len(name) <= 12))


NAME_HEADS = {"姓名", "名字", "人员", "获奖者", "获奖人", "代表", "人选", "个人"}


def cells_of(text: str) -> list[str]:
    """The cells of a table's row: a Markdown table's (| 王磊 | 某公司 |) or set apart by a tab,
    two spaces or more or a full-width space; [] for a line that is no row."""
    t = text.strip()
    if t.startswith("|") and t.endswith("|") and len(t) > 2:
        return [re.sub(r"[ \u3000]+", "", c) for c in t[1:-1].split("|")]
    if len(t) > 80 or re.search(r"[。，,；;！？]", t):
        return []
    # (a row set apart by tabs pads a two-character name with a full-width space: 刘　畅 is one cell)
    cells = [c.strip() for c in t.split("\t") if c.strip()] if "\t" in t else [c for c in CELLS.split(t) if c]
    return cells if len(cells) >= 2 else []


def name_column(text: str) -> int | None:
    """The column of names a table's head row announces (姓名 | 单位; 姓名→企业), or None."""
    cells = [re.sub(r"[ \u3000]+", "", c) for c in cells_of(text)]
    return next((k for k, c in enumerate(cells) if c in NAME_HEADS), None) if len(cells) >= 2 else None


def table_head(text: str) -> bool:
    """The head row of a table of people (姓  名   工作单位   类  别)."""
    return re.match(r"^\s*姓[ \u3000]*名(?:[ \u3000]{2,}|\t)", text) is not None and len([c for c in CELLS.split(text.strip()) if c]) >= 3


def roster_line(text: str) -> bool:
    return bool(roster_names(text)) or roster_row(text) is not None or table_row(text) is not None or table_head(text) \
        or unit_row(text) is not None


# a roster's row of a name and the unit in brackets: 唐建新（高新区消防救援大队）, 方 圆（某公司）, 2．	令狐佳音（某中心）
UNIT_ROW = re.compile(r"^\s*(?:\d{1,3}\s*[.．、]\s*)?([\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff][ \u3000]{1,2}[\u4e00-\u9fff]|[\u4e00-\u9fff]{1,8}·[\u4e00-\u9fff·]{1,12})"
                      r"\s*[（(]([^（）()\n]{2,40})[)）]\s*[，,；;、。]?\s*$")


def unit_row(text: str) -> tuple[str, int, int] | None:
    """The name of a roster's row that is a name and its unit in brackets, with where it is
    printed (方 圆: with its space), or None."""
    m = UNIT_ROW.match(text)
    if not m:
        return None
    name = re.sub(r"[ \u3000]", "", m.group(1))
    ok = (name_cell(name, given=False) or "·" in name) and not re.search(r"\d", m.group(2))
    return (name, m.start(1), m.end(1)) if ok else None


# an entry of a list of awardees: a name and its unit in brackets, or a unit and its name
UNIT_ENTRY = re.compile(r"\s*([^（）()、；;，,。\n]{1,40})[（(]([^（）()\n]{1,40})[)）]\s*")
# ...or a unit whose name ends as an institution's or a village's, and the name after it with
# no brackets (某某科技有限公司白金锁、某镇某村郝甜甜)
UNIT_NAME_ENTRY = re.compile(rf"\s*([^（）()、；;，,。\s]{{2,40}}?(?:{UNIT_ENDS}))([\u4e00-\u9fff]{{2,4}}|[\u4e00-\u9fff]{{2,6}}·[\u4e00-\u9fff]{{2,6}})"
                             r"\s*(?=[、；;，,。]|$)")


def unit_list(text: str) -> list[tuple[str, int, int]]:
    """The names of a paragraph that is a list and nothing else, each entry a name with its unit
    in brackets or a unit with its name (饶　勇（区招商局）、某公司（陈　默）、某公司白金锁…), each with where it
    is printed; [] for any other paragraph. In such a list a name may be a word (万里, 温暖)."""
    # (the list may close on 等 or 等15人: 甲（某局）、乙（某校）等。)
    found, end = [], len(re.sub(r"等(?:[\d一二三四五六七八九十百]+[名人位个家])?$", "", text.rstrip().rstrip("。；;").rstrip()))
    at = m.end() if (m := LIST_LABEL.match(text)) else 0  # B类（4名）：…, 受表彰的“最美家庭”是：…
    while at < end:
        m = UNIT_ENTRY.match(text, at) or UNIT_NAME_ENTRY.match(text, at)
        if not m:
            return []
        for g in (1, 2):
            # (a family honoured by its head's name: 王德发家庭（红嘴社区）)
            family = FAMILY.search(m.group(g))
            printed = m.group(g)[: family.start()] if family else m.group(g)
            name = re.sub(r"[ \u3000]", "", printed)
            # (any given name after a surname; a longer name only where it reads as one: 乌云其木格)
            if (len(name) <= 4 and name_cell(name, given=False)) or (len(name) > 4 and name_cell(name)):
                found.append((name, m.start(g) + len(printed) - len(printed.lstrip()), m.start(g) + len(printed.rstrip())))
                break
        at = m.end()
        if at < end and text[at] in "、；;，,":
            at += 1
        elif at < end and not m.group(0)[-1].isspace():
            return []  # (entries set apart by spaces alone: 孔令军（某公司）　颜　静（某公司）)
    return found if len(found) >= 2 else []


COMMON_ROSTER = set(SURNAME_ORDER[:200])
ROSTER_SEP = re.compile(r"[\s\u3000、]+")
NOT_NAME_END = PLACE_END | set("会局院司部厂所校办站队组处科室团社")  # 管委会, 高新区: offices and places
ROSTER_LABEL = re.compile(r"^[^\s:：，。,；;]{1,10}[:：]\s*")
# a family named after its head, who is the person listed (王德发家庭, 某某一家, 某某夫妇)
FAMILY = re.compile(r"(?:家庭|一家|夫妇)\s*$")
LIST_LABEL = re.compile(r"^[^\s:：，。,；;]{1,16}[:：]\s*")
PADDED = re.compile(r"(?:(?<=^)|(?<=[\s、]))([\u4e00-\u9fff])[\u3000 ]{1,2}([\u4e00-\u9fff])(?=[\s、]|$)")
