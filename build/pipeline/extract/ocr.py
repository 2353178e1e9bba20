"""Likely misreadings of a scanned page (己经 for 已经, 末来 for 未来, 23O0 for 2300), proposed
for an editor to check, never applied: the text stays as printed.

A character is suspect when it is one of a pair that optical recognition confuses, it forms
no word with its neighbours, and its twin does, making the passage far likelier in jieba's
word frequencies (a noisy-channel reading). Numbers with letters for digits and dates with 曰
are read by rule. Names are left alone: 冶, 申, 令 are surnames too."""

from __future__ import annotations

import math
import re
from collections.abc import Callable

from ..model import Correction
from ..text import LETTER_DIGITS, SCANNED_NUMBER

# pairs that look alike on a poor scan: the first as printed, the second proposed
_PAIRS = re.findall(r"\S\S", ("己已 已己 末未 未末 入人 人入 千干 干千 侯候 候侯 淮准 准淮 拔拨 拨拔 土士 士土 宄究 贷货 货贷 脾牌 牌脾 自目 "
                            "目自 迸进 衍行 戍成 戌成 玻坡 坡玻 朔溯 溯朔 夭天 犬大 术木 刀力 力刀 由田 田由 甲申 申甲 折拆 拆折 籍藉 辨辩 "
                            "辩辨 即既 既即 历厉 厉历 今令 令今 休体 体休 仑仓 仓仑 冶治 治冶 祟崇 券卷 卷券 嬴赢 荼茶 盲肓 汨汩 巿市 侍待 "
                            "待侍 徒徙 徙徒 栽载 载栽 幕暮 暮幕 壁璧 璧壁 住往 往住 仍扔 扔仍 凋调 调凋 刺剌 剌刺 贝见 见贝 沐沭 钓钩 钩钓 "
                            "洒酒 酒洒 亨享 享亨 问间 间问 于千 干于 于干 天无 无天 亳毫 顶项 兀元 咸成 曰日 徽微 仝全 兔免 荻获 竟竞 "
                            "竞竟 増增 釆采 椐据 武式 幸辛 髙高 冃目"))
CONFUSED: dict[str, str] = {}
for _a, _b in _PAIRS:
    CONFUSED[_a] = CONFUSED.get(_a, "") + _b

RARE = 20
TWIN_SHARE = 100  # a word whose twin is this many times commoner is a misprint the list kept
GAIN = 5.0  # natural-log odds the twin must add to the passage before it is proposed
_WINDOW = 4
NUMERALS = set("0123456789一二三四五六七八九十百两几数")
_UNIT = re.compile(r"(?:余|多)?(?:[%‰]|(?:[万亿千百])?(?:元|个|名|人|家|项|亩|吨|台|套|件|辆|户|次|所|座|条|片|张|块|部|株|只|箱|份|位|批|场|年|平方米|平方公里"
                   r"|公里|千米|毫米|厘米|米|千克|公斤|克|小时|天|倍|GWh|GW|MW|kW)|[万亿])")
_DATE = re.compile(r"\d{1,2}月\d{1,2}曰")
_YEAR = re.compile(r"[一二三四五六七八九〇○零]{2,}(?=年)")


def _by_rule(text: str) -> list[tuple[int, str, str]]:
    out = []
    for m in SCANNED_NUMBER.finditer(text):
        if re.search(r"\d", m[0]) and re.search("[OoIl]", m[0]):
            unit = _UNIT.match(text, m.end())  # the quantity whole, as a reader checks it: 5O亿元, 2OO余名
            sic = m[0] + (unit[0] if unit else "")
            out.append((m.start(), sic, sic.translate(LETTER_DIGITS)))
    out += [(m.start(), m[0], m[0][:-1] + "日") for m in _DATE.finditer(text)]
    out += [(m.start(), m[0], m[0].replace("○", "〇")) for m in _YEAR.finditer(text) if "○" in m[0]]
    return out


class _Words:
    def __init__(self, freq: dict[str, int], total: int) -> None:
        self.freq, self.log_total = freq, math.log(total)

    def logp(self, w: str) -> float:
        return math.log(self.freq.get(w) or 0.5) - self.log_total

    def is_word(self, w: str) -> bool:
        # (a word jieba met only a few times, often a misprint itself (收人, 时侯), does not
        # show the characters are as printed)
        return len(w) >= 2 and (self.freq.get(w) or 0) >= RARE

    def covered(self, s: str, i: int) -> bool:
        """Does a word cover position i, one its twin does not make a hundred times more
        common? (自已 is in jieba's list, printed wrong so often; 自己 is 300 times commoner.)"""
        def evidence(a: int, b: int) -> bool:
            w = s[a:b]
            return self.is_word(w) and not any(self.freq.get(w[:j] + t + w[j + 1:], 0) >= TWIN_SHARE * self.freq[w]
                                               for j in range(len(w)) for t in CONFUSED.get(w[j], ""))
        return any(evidence(a, b) for a in range(max(0, i - 4), i + 1) for b in range(max(i + 1, a + 2), min(len(s), a + 6) + 1))

    def best(self, s: str) -> tuple[float, list[tuple[int, int]]]:
        """jieba's own reading of a passage: the segmentation of greatest likelihood."""
        n = len(s)
        score, cut = [0.0] * (n + 1), [n] * (n + 1)
        for i in range(n - 1, -1, -1):
            score[i], cut[i] = max((self.logp(s[i:j]) + score[j], j) for j in range(i + 1, min(n, i + 6) + 1)
                                   if j == i + 1 or self.freq.get(s[i:j]))
        words, i = [], 0
        while i < n:
            words.append((i, cut[i]))
            i = cut[i]
        return score[0], words


def suspects(text: str, freq: dict[str, int], total: int, names: Callable[[int], bool] = lambda i: False) -> list[Correction]:
    """Misreadings proposed in a text, as corrections by `ocr`: the word as printed and as
    proposed. `names(i)` is true where a person's name covers position i."""
    W = _Words(freq, total)
    found: dict[int, tuple[str, str]] = {}
    for start, sic, corr in _by_rule(text):
        found.setdefault(start, (sic, corr))
    proposed = []  # (gain, start, end, proposed word); the likeliest wins where two overlap
    for i, c in enumerate(text):
        twins = CONFUSED.get(c)
        if not twins or names(i) or W.covered(text, i):
            continue
        if c == "千" and i and text[i - 1] in NUMERALS:
            continue  # 三千部手机: a number, whatever word 干部 makes
        if i >= 3 and text[i - 1] == text[i - 3]:
            continue  # 敢闯敢干, 大干快上…: a phrase of two parallel halves, as printed
        lo, hi = max(0, i - _WINDOW), min(len(text), i + _WINDOW + 1)
        win, k = text[lo:hi], i - lo
        old, _ = W.best(win)
        for twin in twins:
            alt = win[:k] + twin + win[k + 1:]
            new, words = W.best(alt)
            a, b = next((a, b) for a, b in words if a <= k < b)
            if b - a >= 2 and new - old > GAIN:
                proposed.append((new - old, lo + a, lo + b, alt[a:b]))
    taken: set[int] = set(found)
    for _, a, b, word in sorted(proposed, key=lambda p: (-p[0], p[1])):
        if not taken & set(range(a, b)):
            found[a] = (text[a:b], word)
            taken |= set(range(a, b))
    return [Correction(sic, corr, "疑为识别错误（程序提示，未经编者核对）", by="ocr") for _, (sic, corr) in sorted(found.items())]
