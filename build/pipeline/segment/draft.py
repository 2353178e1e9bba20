"""An item being read: its paragraphs as they grow (Run) and the item with its lines (Draft)."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..marks import LEAD_MARK
from ..model import Item, Paragraph
from ..repair import ends_list, joiner, kept_apart
from ..text import (
    ends_sentence,
)


def brief_opening(d: Draft) -> bool:
    """Does the item being read open with a mark (●3月6日，…), as a brief in a column does,
    or its run-in headline (■硅基中试基地投用　6月3日，…)?"""
    return LEAD_MARK.match(d.first_text()) is not None or LEAD_MARK.match(d.item.title or "") is not None


@dataclass(slots=True)
class Run:
    """The paragraph an item is growing: the pieces of a sentence broken across lines, joined
    as repair.join_breaks joins them (it then finds nothing more to join), so that no
    Paragraph, text and list is held per printed line while the walk goes on."""

    parts: list[str]  # the latest pieces and the joins between them
    lines: list[int]
    head: bool
    chunks: list[str] = field(default_factory=list)  # earlier pieces, joined a chunk at a time

    def add(self, joint: str, text: str, no: int) -> None:
        self.parts += (joint, text)
        self.lines.append(no)
        if len(self.parts) >= 2 * RUN_CHUNK:
            self.chunks.append("".join(self.parts))
            self.parts.clear()

    def paragraph(self) -> Paragraph:
        if not self.chunks and len(self.parts) == 1:
            return Paragraph(self.parts[0], self.lines, self.head)
        return Paragraph("".join([*self.chunks, *self.parts]), self.lines)


RUN_CHUNK = 4096  # pieces joined at a time: their text objects are let go as the walk goes on


@dataclass(slots=True)
class Draft:
    item: Item
    dated: bool  # started by a dateline
    closed: bool = False
    # byline lines and credits, joined into item.byline once the walk is done, and the
    # byline names already taken: a run of byline lines costs linear, not quadratic, time
    signed: list[str] = field(default_factory=list)
    named: set[tuple[str, str]] = field(default_factory=set)
    # The walk's paragraphs (one a printed line) are joined as they come: `run` is the one
    # growing, item.paragraphs those done, `ends` whether the last piece of each closed a
    # sentence, `last` the latest piece's text and `pieces` how many were added.
    run: Run | None = None
    ends: list[bool] = field(default_factory=list)
    last: str | None = None
    pieces: int = 0
    head_level: int = 0  # the Markdown level of the item's title line, if it had one

    def sign(self, text: str) -> None:
        self.signed.append(text)

    def credit(self, role: str, names: list[str]) -> None:
        """Names of one role (reporters, correspondents, photographers) the item's bylines give,
        each taken once however many bylines repeat it."""
        for n in names:
            if (role, n) not in self.named:
                self.named.add((role, n))
                getattr(self.item, role).append(n)

    def first_text(self) -> str:
        """The start of the item's first paragraph, done or growing ("" before any)."""
        if self.item.paragraphs:
            return self.item.paragraphs[0].text
        return (self.run.chunks or self.run.parts)[0] if self.run else ""

    def add(self, text: str, no: int, head: bool, goes_on: bool = False) -> None:
        """`goes_on`: the text carries on the sentence of the last piece, which ended a quote."""
        r = self.run
        if r and not r.head and not head and self.last is not None and \
                ((not ends_sentence(self.last) and not ends_list(self.last, text) and not kept_apart(self.last, text)) or goes_on):
            r.add(joiner(self.last, text), text, no)
        else:
            self.flush()
            self.run = Run([text], [no], head)
        self.last = text
        self.pieces += 1

    def body(self) -> str:
        """The item's body as repair will join it, the growing paragraph too."""
        done = self.item.body
        if not self.run:
            return done
        now = self.run.paragraph().text
        return f"{done}\n\n{now}" if self.item.paragraphs else now

    def flush(self) -> None:
        """The growing paragraph is done: into the item's paragraphs."""
        if self.run:
            self.item.paragraphs.append(self.run.paragraph())
            self.ends.append(self.last is not None and ends_sentence(self.last))
            self.run = None
