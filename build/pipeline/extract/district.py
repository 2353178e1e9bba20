"""District: the sidecar's, else the register district whose clues the bulletin names most."""

from __future__ import annotations

import re
from collections import Counter

from ..model import Bulletin, Inferred, Registers


def infer_district(b: Bulletin, registers: Registers) -> Inferred:
    if b.meta.get("district"):
        why = (b.meta.get("inferred") or {}).get("district")
        return Inferred(b.meta["district"], True, [f"附注文件据正文推断：{why}"]) if why else Inferred(b.meta["district"], False, ["附注文件"])
    clue_of: dict[str, str] = {}
    for d in registers.districts.values():
        for clue in [d.city, *d.names, *d.clues]:
            if clue and len(clue) >= 2:
                clue_of.setdefault(clue, d.id)
    if not clue_of:
        return Inferred(None, False, ["地区名录中没有线索词"])
    pattern = re.compile("|".join(re.escape(c) for c in sorted(clue_of, key=len, reverse=True)))
    score: Counter[str] = Counter()
    seen: dict[str, list[str]] = {}
    for line in b.lines:
        for m in pattern.finditer(line.text):
            d = clue_of[m.group(0)]
            score[d] += 1
            note = f"{m.group(0)}（第{line.no}行）"
            if note not in seen.setdefault(d, []):
                seen[d].append(note)
    if not score:
        return Inferred(None, False, ["文中没有任何地区的线索"])
    ranked = score.most_common()
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        tied = ", ".join(d for d, n in ranked if n == ranked[0][1])
        return Inferred(None, False, [f"线索数相同，无法判断：{tied}"])
    best = ranked[0][0]
    return Inferred(best, True, seen[best][:5])
