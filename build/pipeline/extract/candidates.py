"""Organisation and place candidates by their printed suffixes, for the review command.

The build links organisations and places from the registers only (an editor has checked
them); these patterns propose names an editor may add. A name starts after punctuation
or after a word that cannot be part of a name (a verb or particle such as 在, 到, 走访)."""

from __future__ import annotations

import re

from ..text import HAN

ORG_SUFFIX = ["有限责任公司", "股份有限公司", "有限公司", "集团", "公司", "研究院", "研究所", "学院", "大学", "中学", "小学", "幼儿园", "医院", "银行", "协会", "商会", "管委会", "委员会", "工委", "党工委", "党支部", "政府", "办事处", "局", "厅", "委", "办", "中心", "产业园区", "园区", "产业园", "工业园", "基地"]
PLACE_SUFFIX = ["街道", "社区", "镇", "乡", "村", "路", "大道", "街", "区", "县", "市", "省"]
BREAK_WORDS = ["在", "到", "于", "和", "与", "及", "对", "为", "由", "将", "从", "向", "把", "被", "等", "是", "了", "的", "地", "得", "着", "赴", "去", "来", "经", "以", "让", "给", "走访", "拜访", "引进", "邀请", "组织", "参加", "入选", "成为", "联合", "举办", "召开", "开展", "前往", "深入", "调研", "考察", "观摩", "帮助", "指导", "督导", "推动", "推进", "落户", "全", "该", "本", "各", "每", "此", "其", "这", "那", "多", "一", "两", "几", "个", "辖区", "园区企业"]
NOT_NAMES = {"农村", "乡村", "全区", "全市", "全省", "本区", "该区", "城区", "园区", "社区", "街道", "城市", "该镇", "全镇"}
_BREAK = "|".join(sorted(BREAK_WORDS, key=len, reverse=True))


def _candidates(text: str, suffixes: list[str], min_len: int, max_len: int) -> list[tuple[int, int, str]]:
    suffix = "|".join(sorted(suffixes, key=len, reverse=True))
    out = []
    for m in re.finditer(rf"[{HAN}()（）]{{{min_len},{max_len}}}?(?:{suffix})", text):
        name, start = m.group(0), m.start()
        cut = [b.end() for b in re.finditer(_BREAK, name[:-1])]
        if cut:
            name, start = name[max(cut):], start + max(cut)
        if len(name) >= min_len + 1 and name not in NOT_NAMES and not re.match(r"[()（）]", name):
            out.append((start, start + len(name), name))
    return out


def org_candidates(text: str) -> list[tuple[int, int, str]]:
    return _candidates(text, ORG_SUFFIX, 2, 20)


def place_candidates(text: str) -> list[tuple[int, int, str]]:
    return _candidates(text, PLACE_SUFFIX, 2, 6)


COMPANY_SUFFIX = ["股份有限公司", "有限责任公司", "有限公司"]


def companies(text: str) -> list[tuple[int, int, str]]:
    """Company names by their legal suffix: precise enough to link without a register entry."""
    return [c for c in _candidates(text, COMPANY_SUFFIX, 4, 24) if len(c[2]) >= 8]
