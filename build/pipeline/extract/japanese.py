"""Japanese people named on a page (日本籍工艺顾问石川雅彦常驻…, 株式会社专务董事高桥诚表示…):
a Japanese family name and a given name of one to three characters, in a sentence that says
Japan, printed where a name begins (after a title, a description or a stop). A Han reading
cuts such names one short or one long (边一郎, 高桥诚表示); the model misses most."""

from __future__ import annotations

import re

from ..model import Person
from ..text import HAN
from .mentions import leftmost, occurrences
from .names import NEVER_GIVEN
from .people import FOLLOW_AT, JAPANESE_SURNAMES, JAPANESE_SURNAMES_3, PUNCT, TITLE_BEFORE
from .statistical import TITLE_END
from .words import everyday

# what says a sentence is about Japan or a Japanese firm
JAPAN = re.compile("日本|日方|日籍|日资|日企|株式会社|旅日|访日")
# more family names than people.py's (中岛 of 中岛阳介 …)
_MORE = ("中岛小泽大塚长野宫田石原滨田西川矢野片山北川秋山服部关口吉村福岛永井樋口中田前川吉川今村大川小松本田"
         "松下松原水野河合浅井熊谷土屋大谷宫川桑原岩田西山须藤新田菅原小西竹田上原野田筒井川崎中西三宅浜田古川大石"
         "安田川村松村福井岩本")
SURNAMES = JAPANESE_SURNAMES | {_MORE[k:k + 2] for k in range(0, len(_MORE), 2)}
# what follows a family's name that names a firm (高桥化成株式会社, 中田工具)
_FIRM = re.compile(f"[{HAN}]{{0,4}}(?:株式会社|会社|制作所|商事)|[{HAN}]{{0,6}}有限公司")
_SENTENCE = re.compile(r"[^。！？!?\n]+")
# how who a person is ends, right before the name (日本籍|, 陶艺家|, 客商|, 代表取缔役|, 社长|):
# a title's or description's end (statistical.TITLE_END) and a foreigner's
_WHO_END = "".join(TITLE_END) + "籍商方表役事总监问生"
# a given name that is three characters (健太郎, 龙之介, 由美子)
_THREE = re.compile(f"[{HAN}](?:太郎|次郎|之介|之助|美子|奈子|代子|香子|惠子|纪子|里子|佳子|江子)")
# how a two-character given name ends (健一, 一郎, 阳介, 雅彦, 拓也, 隆史, 美咲, 直树)
_SECOND = set("一郎介彦也史子美咲树太人夫雄男司志明之治平香奈")


def _given(text: str, k: int) -> int:
    """How long the given name starting at k is: three (健太郎, 由美子); two where its second
    character ends such names (健一|连续); one where a word the text goes on with begins
    after one (诚|表示, 健|正在, 诚|通过); else two (雅彦, 阳介)."""
    if _THREE.match(text, k):
        return 3
    if text[k + 1:k + 2] in _SECOND:
        return 2
    if FOLLOW_AT.match(text, k + 1) or everyday(text[k + 1:k + 3], 500):
        return 1
    return 2


def japanese_people(text: str, people: list[Person], exclude: set[str]) -> list[Person]:
    """The Japanese people of the text that `people` does not hold as printed."""
    if not JAPAN.search(text):
        return []  # most texts: one look, no walk over their sentences
    held = {m for p in people for m in p.mentions}
    found: list[str] = []
    for s in _SENTENCE.finditer(text):
        if not JAPAN.search(s.group(0)):
            continue
        for i in range(s.start(), s.end() - 2):
            size = 3 if text[i:i + 3] in JAPANESE_SURNAMES_3 else 2 if text[i:i + 2] in SURNAMES else 0
            if not size:
                continue
            if i and text[i - 1] not in PUNCT + _WHO_END and not TITLE_BEFORE.search(text, max(0, i - 8), i):
                continue  # inside a word (中山路, 田中间): a name starts after a title or a stop
            n = _given(text, i + size)
            name = text[i:i + size + n]
            if len(name) < size + n or not re.fullmatch(f"[{HAN}]+", name) or name in exclude or name in found \
                    or (i, i + len(name)) in held:
                continue
            if n < 3 and name[-1] not in _SECOND and any(c in NEVER_GIVEN for c in name[size:]):
                continue  # (和彦 is a given name: 和 only where the name ends as none does)
            if _FIRM.match(text, i + len(name)) or _FIRM.match(text, i + size):
                continue  # 高桥化成株式会社, 中田工具株式会社: a firm named after its founder
            found.append(name)
    starts = occurrences(text, set(found))
    return [Person(name=n, mentions=leftmost(starts[n], len(n))) for n in found]
