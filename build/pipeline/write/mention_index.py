"""An item's entity mentions looked up by paragraph: a look at every mention for every
paragraph was quadratic in an article of many paragraphs that names many people."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from ..model import Item

# (start, order, end, kind, entity); order: where the mention comes in the item's people,
# organisations and places, each entity's mentions in turn (the order pages give them in)
Mention = tuple[int, int, int, str, object]


class Mentions:
    def __init__(self, it: Item):
        rows: list[Mention] = []
        for kind, ents in (("person", it.people), ("organization", it.organizations), ("place", it.places)):
            for e in ents:
                for start, end in e.mentions:
                    rows.append((start, len(rows), end, kind, e))
        rows.sort(key=lambda r: (r[0], r[1]))
        self.rows, self.starts = rows, [r[0] for r in rows]

    def within(self, lo: int, hi: int) -> list[Mention]:
        """The mentions that lie in [lo, hi), in the item's order."""
        got = [r for r in self.rows[bisect_left(self.starts, lo): bisect_right(self.starts, hi)] if r[2] <= hi]
        return sorted(got, key=lambda r: r[1])
