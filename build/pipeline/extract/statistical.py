"""People a statistical tagger finds beyond the patterns (`edition.py build --tagger lac-crf`).

The patterns find people by their printed titles; a model also finds the villager quoted or
the engineer visited, who print without one. Its names join the patterns' people unless the
bulletin shows they are something else: a register's organisation or place (明仁 the group),
the start of a company name printed nearby (卓立 of 卓立膜公司), or part of an idiom
(雷厉 of 雷厉风行)."""

from __future__ import annotations

import re
import sys
from bisect import bisect_right
from collections.abc import Callable
from functools import cache
from itertools import accumulate

from ..model import Person, Registers
from ..text import HAN
from .mentions import leftmost, occurrences
from .names import NEVER_GIVEN, PLACES, PRODUCE, PRODUCT_AFTER, complete, looks_like_name, roster, split_run, surname_len
from .people import (
    ADDRESS,
    AFTER_TITLES,
    CALLED,
    DESCRIBED,
    ROLE_AFTER,
    SAID_AFTER,
    SINGLE_FOLLOW,
    STEPPE,
    TITLE_BEFORE,
    TITLES,
    TRANSLIT,
    description_before,
    role_before,
)
from .taggers import _follows_name, fix_person
from .words import everyday, load_jieba

Tag = Callable[[str], list[tuple[int, int, str]]]  # text -> spans (start, end, PER/LOC/ORG)
# what ends a company's or an institution's name a few characters after its short form
_ORG = "|".join([
    "公司", "高新区", "开发区", "示范区", "生物", "医药", "药业", "制药", "光电", "电子", "新材料", "新能源",
    "集团", "股份", "科技", "研究院", "研究所", "研究会", "基金会", "纪念馆", "学院", "大学", "学校", "医院", "银行", "协会", "商会", "产业园", "工业园",
    "社区", "小区",  # 海悦康|养社区
])
# what makes a name the name of a place or an institution when printed right after it
# (盖蒂中心, 海渔广场): unlike _ORG these also follow a person a few characters later
_NAMED_AFTER = ("中心|博物馆|美术馆|艺术村|广场|公园|别墅|大厦|酒店|俱乐部|信托|国际|集团|高新区|开发区|园区|新区|示范区"
                "|煤矿|矿区|矿井|电厂|水库|林场|农场|牧场|渔场|码头")  # (王石凹煤矿)
_TITLES = {*TITLES, "记者", "通讯员", "总"}
# what follows a name that is an institution's or a place's: 卓立 of 卓立膜公司, 盖蒂 of 盖蒂中心
_INSTITUTION_AFTER = re.compile(f"[{HAN}]{{0,3}}?(?:{_ORG})(?!毕业)|{_NAMED_AFTER}"  # not 张晓军大学毕业后…
                                f"|[{HAN}]{{0,8}}?(?:有限公司|有限责任公司)")  # 秦创|半导体材料有限公司
# ...printed right after it, nothing between (安泰康|生物科技有限公司)
INSTITUTION_NEXT = re.compile(f"(?:{_ORG}|{_NAMED_AFTER})")
_NAME = re.compile(f"[{HAN}]{{2,4}}|[{HAN}]+(?:[·・\\-‐－][{HAN}]+)+")


@cache
def tagger(name: str) -> Tag:
    """One model per process: loading LAC takes about a second."""
    from .taggers import get

    return get(name)


def release() -> None:
    """Let the models go: LAC, the CRF and jieba's dictionary, some 150-230 MB together,
    loaded again when next needed (a second or two). The build does it once it has read a
    huge bulletin, whose pages are written without them."""
    if load_jieba.cache_info().currsize:
        jieba, _ = load_jieba()
        jieba.dt.FREQ, jieba.dt.total, jieba.dt.initialized = {}, 0, False  # its dictionary, loaded again on use
        jieba.posseg.dt.word_tag_tab = {}
    tagger.cache_clear()
    load_jieba.cache_clear()
    lac = sys.modules.get(f"{__package__}.lac")
    if lac is not None:
        lac.lac.cache_clear()


def in_idiom(text: str, a: int, b: int) -> bool:
    """Whether the span lies inside an idiom or set phrase of jieba's dictionary (雷厉风行)."""
    jieba, tags = load_jieba()
    # ...but a well-known person's name inside a word named after him (邓小平 of 邓小平理论)
    famous = str(tags.get(text[a:b], "")).startswith("nr") and jieba.dt.FREQ.get(text[a:b], 0) >= 100
    start = max(0, a - 8)
    for w in jieba.cut(text[start: b + 8], HMM=False):
        # inside an idiom, or a long word of the dictionary that is no name of a person
        # (齐齐 of 齐齐哈尔, 叶公 of 叶公好龙, which jieba tags as names)
        if start <= a and b <= start + len(w) and len(w) > b - a and (tags.get(w) in ("i", "l") or (len(w) >= 4 and not famous)):
            return True
        start += len(w)
    return False


def _in_saying(text: str, name: str, a: int, b: int) -> bool:
    """A name that a short quoted saying holds twice (“说曹操曹操到”): the saying's figure, not a
    person of the report."""
    left, right = text.rfind("“", max(0, a - 12), a), text.find("”", b, b + 12)
    if left < 0 or right < 0 or "”" in text[left:a] or "“" in text[b:right]:
        return False
    return text[left + 1:right].count(name) >= 2 and right - left <= 14


def _common_word(name: str) -> bool:
    """A frequent word of the language that is not a name (毕业, 国家级), or a surname before
    a frequent common noun (和|居民): a model's slip, not a person."""
    jieba, tags = load_jieba()
    freq = jieba.dt.FREQ
    if freq.get(name, 0) >= 1000 and not str(tags.get(name, "")).startswith("nr"):
        return True
    if freq.get(name, 0) >= 100 and tags.get(name) in ("nz", "nt"):
        return True  # 全日制, a term
    given = name[surname_len(name):]
    return len(given) == 2 and freq.get(given, 0) >= 3000 and str(tags.get(given, "")) in ("n", "v", "vn", "a", "d")


def _produce(text: str, name: str, mentions: list[tuple[int, int]]) -> bool:
    """Produce (李子), a name that goes on as a product wherever it is printed (杨桃干), or a
    brand: a quoted name followed by 牌 or 系列 (“华佗”牌, “李时珍本草”系列)."""
    return any(name.startswith(p) for p in PRODUCE) or any(text[b: b + 1] in PRODUCT_AFTER for _, b in mentions) \
        or any(BRAND.match(text, b) for a, b in mentions if a > 0 and text[a - 1] in OPEN_Q)


# what follows a brand's quoted name: the rest of it and its closing mark, then 牌 or 系列
BRAND = re.compile(rf"[{HAN}]{{0,6}}[”」』](?:牌|品牌|系列|商标|产品)")


def mentions_of(text: str, name: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(re.escape(name), text)]


def not_people(registers: Registers) -> set[str]:
    """Names and aliases of the registers' organisations and places."""
    return {f for reg in (registers.organizations, registers.places) for e in reg.values() for f in (e.name, *e.aliases)}


_DOTS = "·・•"
_HAN_CHAR = re.compile(f"[{HAN}]")


def dotted_end(text: str, b: int) -> int:
    """Where a name the model cut at a dot ends (艾力|·买买提, 艾尔肯|·吐尔逊): each part after a
    dot is the word jieba reads there, with the single characters it leaves behind
    (库尔班|江), up to six characters, as a given name of the Uyghur or Kazakh kind."""
    if text[b: b + 1] not in _DOTS:
        return b  # most names: no dot after them, nothing to cut
    jieba, _ = load_jieba()
    while b + 1 < len(text) and text[b] in _DOTS and _HAN_CHAR.match(text, b + 1):
        words = list(jieba.cut(text[b + 1: b + 10], HMM=True))
        part = words[0] if words and _HAN_CHAR.fullmatch(words[0][:1]) else ""
        for w in words[1:]:
            if len(w) != 1 or not _HAN_CHAR.match(w) or w in DOTTED_STOP or w in (SINGLE_FOLLOW - {"都"}) | {"正"} or len(part) >= 6:
                break
            part += w
        # (a part jieba reads as one word before a word of two characters or more is whole:
        # 夏尔马|前来订货)
        clean = len(part) >= 2 and part == words[0] and len(words) > 1 and len(words[1]) >= 2 \
            and all(_HAN_CHAR.match(c) for c in words[1])
        if not 2 <= len(part) <= 6 or not all(_HAN_CHAR.match(c) for c in part) \
                or not (clean or _follows_name(text, b + 1 + len(part))):
            # jieba cut the part apart (吾|守尔|要求): the shortest part that what follows ends
            part = next((text[b + 1: b + 1 + n] for n in range(2, 7) if _HAN_CHAR.fullmatch(text[b + n: b + 1 + n])
                         and all(_HAN_CHAR.match(c) for c in text[b + 1: b + 1 + n])
                         and text[b + 1 + n: b + 2 + n] != "都" and _follows_name(text, b + 1 + n)), part)
        if not 2 <= len(part) <= 6 or not all(_HAN_CHAR.match(c) for c in part):
            break
        b += 1 + len(part)
    return b


def dotted_whole(text: str, a: int, b: int) -> tuple[int, int]:
    """A Uyghur or Kazakh name the model cut short of its dot, or took only after it
    (阿不|都热合曼·吾守尔, 热依拉·|艾买提): the span reaches the dot and, before a dot it follows,
    the part before it (back to a word that is no name's: 的, a title's last character)."""
    k = b
    while k < len(text) and k - b < 5 and _HAN_CHAR.match(text, k) and text[k] not in DOTTED_STOP:
        k += 1
    if k > b and text[k: k + 1] in _DOTS and k - a <= 8 and _HAN_CHAR.match(text, k + 1):
        b = k
    if a > 1 and text[a - 1] in _DOTS:
        x = a - 1
        while x > 0 and a - 1 - x < 6 and _HAN_CHAR.match(text, x - 1) and text[x - 1] not in DOTTED_STOP \
                and text[x - 1] not in TITLE_END and not TITLE_BEFORE.search(text, max(0, x - 8), x):
            x -= 1
        if a - 1 - x >= 2:
            a = x
    return a, b


# the syllables Uyghur and Kazakh names are spelt with (买合木提, 阿米娜·托乎提, 叶尔肯·哈布都拉)
# (则 and 都 are words after a name as often: 都 only in 阿不都 and before 拉, 哈布都拉)
_DOTTED_SYLLABLES = TRANSLIT | set("阿艾买提江古丽米娜热依吾守曼合木孜力吐托乎甫玉素努图帕别肯叶波哈再沙坎巴纳扎夏汗罕赛")


def _abdu(text: str, k: int) -> bool:
    return text[k] == "都" and (text[k - 2:k] in ("阿不", "阿卜") or text[k + 1:k + 2] == "拉")


def dotted_parts(text: str, a: int, b: int) -> tuple[int, int]:
    """A dotted name the model cut inside a part (伊明·沙吾|提老人, 队长买|合木提·艾则孜), or read
    with who the person is (老瓜农伊明·…): its first part back and its last part on, over the
    syllables such names are spelt with, up to six characters a part, stopping at a title's end
    and before a word the text goes on with (…·吐尔逊|克服: 克服 is a word)."""
    name = text[a:b]
    if not any(c in _DOTS for c in name):
        return a, b
    jieba, _ = load_jieba()
    last = len(name) - max(name.rfind(c) for c in _DOTS) - 1
    while last > 1 and text[b - 1] in DOTTED_STOP:  # 阿里·汗|用: the model read the word after it in
        b, last = b - 1, last - 1
    while b < len(text) and last < 6 and (text[b] in _DOTTED_SYLLABLES or _abdu(text, b)) \
            and text[b] not in DOTTED_STOP and jieba.dt.FREQ.get(text[b:b + 2], 0) == 0:
        b, last = b + 1, last + 1
    first = min(name.find(c) for c in _DOTS if c in name)
    cut = max((j for j, c in enumerate(name[:first - 2]) if c in TITLE_END), default=-1)
    if cut >= 0:  # 老瓜农|伊明·沙吾提: who the person is, read into the name
        a, first = a + cut + 1, first - cut - 1
    while a > 0 and first < 6 and text[a - 1] in _DOTTED_SYLLABLES and text[a - 1] not in DOTTED_STOP | TITLE_END \
            and (a < 2 or text[a - 2] in _DOTTED_SYLLABLES or jieba.dt.FREQ.get(text[a - 2:a], 0) == 0) \
            and not TITLE_BEFORE.search(text, max(0, a - 8), a):
        a, first = a - 1, first + 1
    return a, b


# what ends a Uyghur or Kazakh name's part: the words that are no name's, but 都, which
# many such names hold (阿不都热合曼, 阿不都拉)
DOTTED_STOP = (NEVER_GIVEN - {"都"}) | set("用")  # (阿里·汗|用流利的中文说)
# the last character of a title or a description, which no Uyghur given name opens after (质检员|古丽米拉)
TITLE_END = set("员长师家手者任记书理士授工民户农问")  # (技术顾问|拉斯·尼尔森)


def steppe_whole(text: str, a: int, b: int) -> tuple[int, int]:
    """A Mongolian or Tibetan name the model cut short (索朗旺 of 索朗旺堆, 斯巴根 of 哈斯巴根):
    the whole run of such syllables around the span, when it is four to six characters and
    what follows it follows a name."""
    if not all(c in STEPPE for c in text[a:b]):
        return a, b
    x, y = a, b
    while x > 0 and text[x - 1] in STEPPE and y - x < 6:
        x -= 1
    while y < len(text) and text[y] in STEPPE and y - x < 6:
        y += 1
    if (x, y) != (a, b) and 4 <= y - x <= 6 and _follows_name(text, y) \
            and (text[y - 1] not in SINGLE_FOLLOW or (text[y - 1] == "和" and SAID_AFTER.match(text, y))):
        return x, y
    return a, b


def person_spans(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """A model's PER spans as names a reader would look up: runs of names printed together
    cut into names; a surname alone (李 of 李总, 欧阳) and non-names dropped."""
    people = sorted((a, b) for a, b, t in spans if t == "PER")
    joined: list[tuple[int, int]] = []
    for a, b in people:  # 汤姆|-|克鲁斯: parts of a foreign name; 吉克|阿木: a Yi name cut after its clan name
        if joined and (text[joined[-1][1]:a] in ("·", "・", "•", "-")
                       or (joined[-1][1] == a and b - joined[-1][0] <= 4 and surname_len(text[joined[-1][0]:b]) == 2)):
            a = joined.pop()[0]
        joined.append((a, b))
    joined = [dotted_parts(text, a, dotted_end(text, b)) for a, b in (dotted_whole(text, a, b) for a, b in joined)]
    out = []
    for a, b in roster(text, joined, people):
        a, b = steppe_whole(text, *complete(text, *fix_person(text, a, b), _follows_name))
        if b - a == 3 and text[b - 1: b + 1] == "正在" and surname_len(text[a:b]):
            b -= 1  # 叶蔓|正在…: the name and the adverb after it
        if b - a >= 3 and surname_len(text[a:b]) == 2 and a > 0 and everyday(text[a - 1:a + 1], 50):
            a += 1  # 公|司马秋菊: 司 ends the word before, no compound surname 司马
        parts = split_run(text[a:b])
        if parts:
            for part in parts:
                out.append((a, a + len(part)))
                a += len(part)
            continue
        out.append((a, b))
    return [(a, b) for a, b in out if looks_like_name(text[a:b], _TITLES)]


def plausible(text: str, name: str, mentions: list[tuple[int, int]] | None = None, spaced: bool = False) -> bool:
    """Whether a name the patterns or a model found can be a person's (毕业 after 博士, 杨桃
    before 干, 国家级 before 博士后 are not). `mentions`: where it is printed, if known; `spaced`: printed with a space inside."""
    where = mentions_of(text, name) if mentions is None else mentions
    # a word is never printed with a space inside; a name is, to fill a name's width (副市长柏 林)
    spaced = spaced or any(b - a > len(name) for a, b in where)
    shaped = looks_like_name(name, _TITLES) or (spaced and name in PLACES and surname_len(name) > 0)  # 柏 林, not 柏林
    return (shaped and not (_common_word(name) and not spaced and not _in_list(text, where) and not _titled_acting(text, where)
                            and not _titled_name(text, name, where) and not _called(text, where))
            and not _addressed(name) and not _place(text, where)
            and not _produce(text, name, where) and not _period(text, name, where) and not _quoted(text, where))


# what follows a surname in a way of addressing someone, never a given name (林叔, 黄伯, 张婶)
_KIN_ADDRESS = set("叔伯婶姨嫂舅爷奶婆哥姐")
# words of grammar that are surnames too (和): before an everyday word they are the grammar (和队友)
_GRAMMAR_SURNAMES = set("和被给让跟将对从")  # (not 于, 向, 同, 把: 于海洋, 向明亮, 把丽华 are names)
# what a two-character name never ends in: a word of grammar after a surname (陶并称, 张也说)
_GRAMMAR_END = set("并也还就都又则称把被将已从说等是")


def _addressed(name: str) -> bool:
    """林叔, 松本 of 松本老师, 和队友, 陶并: how someone is addressed, or a surname's character
    before grammar or an everyday word, not a person's full name."""
    if DESCRIBED.fullmatch(name):
        return True  # 蔗农, 老茶师: who someone is, no name
    if name.endswith("籍"):
        return True  # 印度籍, 南充籍: where someone is from
    if len(name) == 2 and (name[1] in _KIN_ADDRESS or name[1] in _GRAMMAR_END):
        return True
    return name[0] in _GRAMMAR_SURNAMES and len(name) == 3 and everyday(name[1:], 500)


# what follows a place's name or a region's epithet, never a person's (马金|铺片区, 孔孟|之乡)
PLACE_NEXT = re.compile("之乡|之都|之城|片区|[铺屯寨垸]|村(?!长|民|医|干部|支书|主任|委|书记|里)")


# ...and what shows a place wherever else the name is printed alone (阿署达村的芒果, 5月的阿署达村，
# then 阿署达是个彝族聚居村): a village or town by name and no more
PLACE_ONCE = re.compile(r"[村镇乡寨屯](?:[的，,。、；\s]|$)")


# what a person titled just before does, which a word after a title never does (副市长吕建设宣布…)
_ACTS = re.compile("表示|介绍|宣布|带队|出席|主持|致辞|讲话|指出|强调|说[，,：:“]")
# ...and what a person named alone does (高原要求，…; 金秋陪同考察; ”向前说。; 夏天：我们… in a Q&A)
_DOES = re.compile(f"{_ACTS.pattern}|要求|陪同|参加|说|告诉|认为|坦言|回忆|笑着|今年|正在|一边|和")


def word_use(text: str, a: int) -> bool:
    """Is the word at a printed inside a phrase (坝上高原, 正值金秋, 练一身好武艺): after a
    character of the phrase, where no title or description ends?"""
    return a > 0 and re.match(f"[{HAN}]", text[a - 1]) is not None \
        and TITLE_BEFORE.search(text, max(0, a - 12), a) is None and description_before(text, a) is None \
        and _UNIT_END.search(text, max(0, a - 4), a) is None


# how a company's or a college's name ends, after which a list names its person (某某科技有限公司高原、…):
# people.UNIT_ENDS but a village's or a centre's, after which a word goes on as often
_UNIT_END = re.compile("(?:公司|集团|学院|大学|医院|研究院|研究所|学校|合作社)$")


def printed_as_name(text: str, name: str, mentions: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A name that is a word too (高原, 金秋) is linked where it names the person, not where
    the word is printed inside a phrase (坝上高原)."""
    if not everyday(name) or str(load_jieba()[1].get(name, "")).startswith("nr"):
        return mentions
    return [(a, b) for a, b in mentions if b - a > len(name) or not word_use(text, a)]


# a title that only ever follows a person's name (向前博士; not 主任, which follows offices: 中心主任)
AFTER_TITLE = re.compile("|".join(AFTER_TITLES))


def _titled_acting(text: str, mentions: list[tuple[int, int]]) -> bool:
    """A word printed as a name (院长江南介绍, 书记向前表示, 主任高原主持会议。高原要求…): once
    between a title and what a person does, and, wherever else it stands on its own, before what
    a person does. (Printed inside a phrase, 坝上高原, it is the word; extract drops that mention.)"""
    def titled(a: int, b: int) -> bool:  # (董事长向前博士: between a title and a title after a name)
        return TITLE_BEFORE.search(text, max(0, a - 12), a) is not None \
            and (_DOES.match(text, b) is not None or text[b: b + 1] in "在与是，、。；\n" or b == len(text)
                 or AFTER_TITLE.match(text, b) is not None)
    alone = [(a, b) for a, b in mentions if not word_use(text, a)]
    def speaks(a: int, b: int) -> bool:  # (夏天：… opens a line of an interview; 向前是… a sentence)
        opens = a == 0 or text[a - 1] in "\n。！？"
        return _DOES.match(text, b) is not None or (opens and text[b: b + 1] in "：:") \
            or (opens and text[b: b + 1] == "是")
    if any(titled(a, b) for a, b in alone) and all(titled(a, b) or speaks(a, b) for a, b in alone):
        return True
    # ...or after a title before any word of its own, where it speaks elsewhere too
    # (工程师高原裹着大衣 … ”高原说。; not 主任高原地区…, where the word goes on)
    jieba, _ = load_jieba()

    def loose(a: int, b: int) -> bool:
        return TITLE_BEFORE.search(text, max(0, a - 12), a) is not None \
            and next(iter(jieba.cut(text[a:b + 4], HMM=False)), "") == text[a:b]
    return any(loose(a, b) for a, b in alone) and any(speaks(a, b) for a, b in alone) \
        and all(loose(a, b) or speaks(a, b) for a, b in alone)


# what says the next word is someone's name (有个小伙子叫高原，…, 名叫, 叫做)
_CALLED = re.compile(f"(?:{CALLED})$")


def _called(text: str, mentions: list[tuple[int, int]]) -> bool:
    return any(_CALLED.search(text, max(0, a - 4), a) for a, _ in mentions)


def _titled_name(text: str, name: str, mentions: list[tuple[int, int]]) -> bool:
    """A surname and a given name that is a word too (马海军, 李建设), printed right after a title
    or a description (局长马海军现场点评, 潜航员李海军已…): a name, unless the three characters
    are a word themselves (主任高质量完成: 高质量)."""
    jieba, _ = load_jieba()
    if name[1:] in ADDRESS or DESCRIBED.fullmatch(name[1:]):
        return False  # 居民李奶奶: a form of address
    # (…教授任中心主任: the word and the title after it are an office, 中心主任)
    return len(name) == 3 and surname_len(name) == 1 and jieba.dt.FREQ.get(name, 0) == 0 and any(
        ROLE_AFTER.match(text, b) is None for _, b in mentions) and any(
        (TITLE_BEFORE.search(text, max(0, a - 12), a) is not None or description_before(text, a) is not None)
        and text[a - 1:a] not in " \u3000"
        and jieba.dt.FREQ.get(text[a - 1:a + 1], 0) == 0 for a, _ in mentions)  # (地处|长江经济带: 处长 is no title there)


def _in_list(text: str, mentions: list[tuple[int, int]]) -> bool:
    """Printed only among names in a list (…的有：周晓峰、李想、高原、张扬): there a word that is
    also a common one (高原, 向前, 许诺) is a name."""
    def among(a: int, b: int) -> bool:
        # (each name may carry its unit in brackets: …、白云（某公司）、赵刚（…）)
        after = text[b: b + 1]
        if after in "（(":
            close = text.find("）", b, b + 40) if after == "（" else text.find(")", b, b + 40)
            after = text[close + 1: close + 2] if close > 0 else after
        # (the list's last name may run into what the listed did: 区领导甲、乙、江山参加观摩)
        goes_on = after in "、。，；等" or text.startswith(("参加", "出席", "陪同", "列席", "参与", "一同", "分别"), b)
        if a == 0 or not goes_on or "、" not in (text[a - 1], after):
            return False
        # (the first name opens the list after a colon or a title: 区领导江山、…; or after its unit:
        # …：某某科技有限公司高原、某某学院智慧)
        return text[a - 1] in "、：:" or TITLE_BEFORE.search(text, max(0, a - 12), a - (text[a - 1] in " \u3000")) is not None \
            or _UNIT_END.search(text, max(0, a - 4), a) is not None
    return bool(mentions) and all(among(a, b) for a, b in mentions)


def _place(text: str, mentions: list[tuple[int, int]]) -> bool:
    return bool(mentions) and (all(PLACE_NEXT.match(text, b) for _, b in mentions)
                               or any(PLACE_ONCE.match(text, b) for _, b in mentions))


def _quoted(text: str, mentions: list[tuple[int, int]]) -> bool:
    """“沙燕”“龙头蜈蚣”: a word in a run of quoted words wherever it is printed is a thing's name
    or a term, not a person's (“韦俊明”应为“韦峻明” quotes one name, and is no run)."""
    def in_run(a: int, b: int) -> bool:
        if not (a > 0 and text[a - 1] in OPEN_Q and text[b: b + 1] in CLOSE_Q):
            return False
        return text[b + 1: b + 2] in OPEN_Q or text[b + 1: b + 3] in LIST_Q or text[max(0, a - 2): a - 1] in CLOSE_Q + "、"
    return bool(mentions) and all(in_run(a, b) for a, b in mentions)


OPEN_Q, CLOSE_Q = "“「『", "”」』"
LIST_Q = {"、“", "、「", "、『"}


def _period(text: str, name: str, mentions: list[tuple[int, int]]) -> bool:
    """每周调度, 周调度、月通报, 日巡查、周通报: a period and what is done in it, not the surname
    周 or 月, wherever the name is printed."""
    def period(a: int, b: int) -> bool:
        return (a > 0 and text[a - 1] in PERIOD_BEFORE) or PERIOD_NEXT.match(text, b) is not None \
            or PERIOD_PREV.search(text, max(0, a - 4), a) is not None
    return name[0] in "周月年季" and bool(mentions) and all(period(a, b) for a, b in mentions)


PERIOD_BEFORE = set("每本上下逐按当隔一两三四五六七八九十几半")
PERIOD_NEXT = re.compile(r"[、，,][日周月季年]")
PERIOD_PREV = re.compile(r"[日周月季年][\u4e00-\u9fff]{2}[、，,]$")


def role_of(text: str, a: int, b: int) -> list[str]:
    """The titles printed right before (高级工程师李明) and right after (李明博士) a name, or
    the description before it (村民王桂英) where no title is printed."""
    while a and text[a - 1] in " \u3000":
        a -= 1  # 党工委书记 刘 建 军: a space between the title and the name
    before = role_before(text, a) if TITLE_BEFORE.search(text[max(0, a - 8):a]) else description_before(text, a)
    roles = [before] if before else []
    after = ROLE_AFTER.match(text, b)
    if after and after.group(0) not in roles:
        roles.append(after.group(0))
    return roles


def _named_institution(text: str, name: str, starts: list[int]) -> bool:
    """Is the name an institution's (钱卫国研究院, 盖蒂中心)? Not where a word that never is a
    name's (是, 为, 在…) stands between it and the institution (阿依努尔·吐尔逊是公司的…, 钱卫国共同为
    研究院揭牌)."""
    def names_it(k: int) -> bool:
        m = _INSTITUTION_AFTER.match(text, k)
        return m is not None and not any(c in NEVER_GIVEN for c in text[k: k + 3][: m.end() - k])

    return any(names_it(k + len(name)) for k in starts)


# what follows a name as a word of one character, never the last of a given name
# (or a verb a sentence goes on with after its subject: 肖军|拿着, 赵阳|帮村民, 张敏|因为)
_AFTER_ONE = SINGLE_FOLLOW | set("说讲问答笑看想道们家总工姐哥叔婶嫂爷奶伯姨妈爸师的了着过一不这那也很最又再正所之"
                                 "跟拿望因帮驮让往用领抓做干开走回进出听读写吃喝买卖接找教比当叫请守挑扛背牵骑推拉摸指")


def _cut_short(text: str, names: set[str]) -> set[str]:
    """The names the model cut one character short (盘德|才种了, 苟德|全干了 … 苟德|全笑着说, 焦子|航坐):
    a surname and one character, printed before the same character wherever it is printed, a
    character that follows a name as a word of its own nowhere (说, 的, 也…) and that begins no
    word of the dictionary there (王磊|介绍: 介绍 is a word). Where all are printed is found in
    one pass for all of them."""
    names = {n for n in names if len(n) == 2 and surname_len(n) == 1}
    if not names:
        return set()
    jieba, _ = load_jieba()
    out = set()
    for name, starts in occurrences(text, names).items():
        nexts = {text[k + 2:k + 3] for k in starts}
        if len(nexts) != 1 or not (c := nexts.pop()) or not _HAN_CHAR.match(c) or c in _AFTER_ONE:
            continue
        if all(len(next(iter(jieba.cut(text[k + 2:k + 8], HMM=False)), "")) == 1 for k in starts):
            out.add(name)
    return out


def more_people(text: str, spans: list[tuple[int, int, str]], found: list[Person], exclude: set[str],
                not_people: set[str]) -> list[Person]:
    """The people of a model's `spans` of text that the patterns did not find (nor `exclude`,
    the byline names, nor `not_people`), with their mentions; extract.people_in adds the
    titles printed beside them."""
    known = {p.name for p in found} | exclude | not_people
    cands = [(a, b, text[a:b]) for a, b in person_spans(text, spans)]
    cands = [(a, b, name) for a, b, name in cands if name not in known and _NAME.fullmatch(name)]
    short = _cut_short(text, {name for _, _, name in cands})
    cands = [(a, b + 1, text[a:b + 1]) if name in short and text[a:b + 1] not in known else (a, b, name)
             for a, b, name in cands]
    # where each candidate is printed, found for all of them at once; then whether a name
    # can be a person's, once per name (it depends on the name and the text, not the span)
    starts = occurrences(text, {name for _, _, name in cands})
    # a span printed only inside a name already found is part of it (高新区领导符|史琼, 买|买提·吐尔逊)
    # ...or inside a byline name (阿的|木呷)
    byline = occurrences(text, {x for x in exclude if len(x) >= 2})
    held = sorted([m for p in found for m in p.mentions]
                  + [(x, x + len(name)) for name, xs in byline.items() for x in xs])
    held_starts = [c for c, _ in held]
    reach = list(accumulate((d for _, d in held), max))  # the furthest end of a name begun by each start

    def within_found(x: int, y: int) -> bool:
        k = bisect_right(held_starts, x)
        return k > 0 and reach[k - 1] >= y

    ok: dict[str, list[tuple[int, int]] | None] = {}
    out: dict[str, Person] = {}
    for a, b, name in cands:
        if name in out or (name in ok and ok[name] is None) or in_idiom(text, a, b) or _in_saying(text, name, a, b):
            continue
        if name[:-1] in known and name[-1] in SINGLE_FOLLOW | {"正"}:
            continue  # 克劳斯·施密特|正和同事…: a name found, and the word after it
        if name not in ok:
            mentions = leftmost(starts[name], len(name))
            company = _named_institution(text, name, starts[name])
            inside = bool(mentions) and all(within_found(x, y) for x, y in mentions)
            ok[name] = mentions if plausible(text, name, mentions) and not company and not inside else None
        if ok[name] is not None:
            out[name] = Person(name=name, mentions=ok[name])
    return list(out.values())
