"""Where names are printed in a text: every name's mentions, found for many names at once."""

from __future__ import annotations

import re

from ..model import Person

SCAN = 1 << 22  # names x characters above which the names are found in one pass over the text


def occurrences(text: str, names: set[str]) -> dict[str, list[int]]:
    """Every start of every name in text, overlapping ones too (哈哈 twice in 哈哈哈). One scan of
    the text per name while that is cheap; else one pass over the text for all names (a
    damaged page can run thousands of names into one article of millions of characters,
    where a scan per name was quadratic)."""
    out: dict[str, list[int]] = {n: [] for n in names}
    many = len(names) * len(text) > SCAN
    by_pair: dict[str, list[str]] = {}
    for n in names:
        if many and len(n) >= 2:
            by_pair.setdefault(n[:2], []).append(n)
            continue
        k = text.find(n)
        while k >= 0:
            out[n].append(k)
            k = text.find(n, k + 1)
    if not by_pair:
        return out
    first = re.compile("[" + "".join(sorted({re.escape(p[0]) for p in by_pair})) + "]")
    for m in first.finditer(text):
        i = m.start()
        for n in by_pair.get(text[i: i + 2], ()):
            if text.startswith(n, i):
                out[n].append(i)
    return out


def leftmost(starts: list[int], size: int) -> list[tuple[int, int]]:
    """A name's mentions from its starts as re.finditer finds them: left to right, none overlapping."""
    out: list[tuple[int, int]] = []
    for k in starts:
        if not out or k >= out[-1][1]:
            out.append((k, k + size))
    return out


def unnested(people: list[Person]) -> list[Person]:
    """The people less those found only as the start of another's name where printed (雷晓 of
    雷晓宇们, a model's half name beside the whole one); a register's person is kept as the editor
    put it. (A name inside a longer one that starts earlier, 芦苇 of 主席芦苇 read as 席芦苇, stays:
    the longer is the likelier slip.)"""
    ends: dict[int, int] = {}
    for p in people:
        for c, d in p.mentions:
            ends[c] = max(ends.get(c, c), d)

    def inside(a: int, b: int) -> bool:
        return ends.get(a, a) > b

    return [p for p in people if p.id or not p.mentions or not all(inside(a, b) for a, b in p.mentions)]
