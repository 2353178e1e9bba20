"""The data model every stage shares: plain dataclasses, no behaviour beyond small helpers."""

from __future__ import annotations

from array import array
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import overload


@dataclass(frozen=True, slots=True)
class Line:
    """One non-empty line of a raw bulletin, as printed (heading markers split off)."""

    no: int  # 1-based line number in the source file
    text: str  # the printed text, outer whitespace and leading '#' markers removed
    level: int = 0  # number of Markdown '#' markers the delivery put in front (a hint only)
    gap: int = 0  # blank lines between this line and the previous non-empty one
    # set in from the margin as a paragraph's first line is (two full-width spaces or a few
    # spaces, not the many of a centred line): the page says a paragraph starts here
    indent: bool = field(default=False, compare=False)


class Lines(Sequence[Line]):
    """A bulletin's lines as one text and four numbers a line: a Line object is made when a
    line is looked at and let go after. A Line held for every line (an object, its text and
    its number: some 200 bytes for a line of 50) was the read stage's memory, four times the
    bulletin's size, held until extract."""

    __slots__ = ("_at", "_gap", "_indent", "_len", "_level", "_no", "text")

    def __init__(self, text: str) -> None:
        self.text = text  # the lines' texts are slices of it
        self._at, self._no = array("q"), array("q")  # where a line's text starts in `text`; its number
        self._len, self._level, self._gap = array("q"), array("q"), array("q")
        self._indent = bytearray()

    def append(self, no: int, at: int, length: int, level: int, gap: int, indent: bool = False) -> None:
        self._no.append(no)
        self._at.append(at)
        self._len.append(length)
        self._level.append(level)
        self._gap.append(gap)
        self._indent.append(indent)

    def __len__(self) -> int:
        return len(self._no)

    def set_in(self, flags: Sequence[bool]) -> None:
        """Which lines open a paragraph set in from the margin (read once the whole page is seen)."""
        self._indent = bytearray(flags)

    def retexted(self, text: str) -> Lines:
        """The same lines over another text of the same length (a half-width copy widened)."""
        other = Lines(text)
        other._at, other._no, other._len = self._at, self._no, self._len
        other._level, other._gap, other._indent = self._level, self._gap, self._indent
        return other

    def double_spaced(self) -> bool:
        """A copy wrapped at a narrow measure that sets a blank line after every line (a PDF's
        double spacing): there the blank line is the spacing, and only more than one is a gap.
        (A copy of a paragraph a line, a blank line between, keeps its blank lines: they part
        its paragraphs.)"""
        n = len(self._gap)
        return n >= 20 and sorted(self._len)[n // 2] <= 30 and sum(1 for g in self._gap[1:] if g >= 1) >= 0.95 * (n - 1)

    def closed_up(self) -> None:
        """Each gap one blank line less: the double spacing taken out."""
        for i in range(len(self._gap)):
            self._gap[i] = max(0, self._gap[i] - 1)

    def _line(self, i: int) -> Line:
        at = self._at[i]
        return Line(self._no[i], self.text[at : at + self._len[i]], self._level[i], self._gap[i], bool(self._indent[i]))

    @overload
    def __getitem__(self, i: int) -> Line: ...
    @overload
    def __getitem__(self, i: slice) -> list[Line]: ...
    def __getitem__(self, i: int | slice) -> Line | list[Line]:
        if isinstance(i, slice):
            return [self._line(k) for k in range(*i.indices(len(self)))]
        return self._line(i if i >= 0 else i + len(self))

    def __iter__(self) -> Iterator[Line]:
        for i in range(len(self)):
            yield self._line(i)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and len(other) == len(self) and all(a == b for a, b in zip(self, other, strict=True))

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Lines({list(self)!r})"


@dataclass(slots=True)
class Paragraph:
    text: str
    lines: list[int]  # source line numbers joined into this paragraph
    head: bool = False  # a section head inside a long feature


@dataclass
class Person:
    name: str
    id: str | None = None
    roles: list[str] = field(default_factory=list)
    mentions: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class Entity:
    """A register entry (person, organisation or place) found in an item."""

    id: str
    name: str
    type: str  # person | organization | place
    mentions: list[tuple[int, int]] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)


@dataclass
class Correction:
    sic: str  # the printed reading, kept
    corr: str  # the editor's reading
    note: str = ""
    source: str = ""  # where the correction was made (sidecar file)
    # editor: a sidecar's, marked in the text; notice: announced by the paper in a correction
    # notice (更正) about an article printed elsewhere, whose own text is right as printed;
    # ocr: a likely misreading of a scan the tool proposes, for an editor to confirm
    by: str = "editor"

    @property
    def in_text(self) -> bool:
        return self.by == "editor"


@dataclass
class Decision:
    """An editor's decision on one field of an item (sidecar `items`, or a correction inside a
    headline): the reader's reading is kept beside it and shown as such, never overwritten."""

    field: str  # title | kicker | subtitle | kind | date | reporters | correspondents | photographers | truncated
    printed: object  # what the reader made of the page (for headlines: the printed text)
    value: object  # the editor's reading, which the pages, citations, export and search use
    note: str = ""
    source: str = ""  # FILE:LINE of the decision in the sidecar


@dataclass
class ItemFix:
    """One entry of a sidecar's `items`: fields to set on the item it addresses."""

    address: str | int  # an item id, a line number of the item, or the opening words of its first line
    changes: dict = field(default_factory=dict)
    note: str = ""
    source: str = ""  # sidecar file
    line: int | None = None  # line of the entry in the sidecar
    seq: int | None = None  # the item addressed, once resolved against the reading


@dataclass
class Inferred:
    """A value the tool inferred rather than read, with the evidence that led to it."""

    value: str | None
    inferred: bool
    evidence: list[str] = field(default_factory=list)


# The people of a byline: Item field, entity subtype, and the label pages show.
BYLINE_ROLES = (("reporters", "reporter", "记者"), ("correspondents", "correspondent", "通讯员"),
                ("photographers", "photographer", "摄影"))


@dataclass
class Item:
    kind: str  # article | photo
    seq: int = 0  # 1-based position in the bulletin
    title: str | None = None
    kicker: str | None = None
    subtitle: str | None = None
    paragraphs: list[Paragraph] = field(default_factory=list)
    byline: str = ""  # byline text printed apart from the body (end byline, photo credit)
    reporters: list[str] = field(default_factory=list)
    correspondents: list[str] = field(default_factory=list)
    photographers: list[str] = field(default_factory=list)
    truncated: bool = False
    date: str | None = None
    date_inferred: bool = False  # the year of `date` was inferred, not printed
    date_evidence: str | None = None
    people: list[Person] = field(default_factory=list)
    organizations: list[Entity] = field(default_factory=list)
    places: list[Entity] = field(default_factory=list)
    corrections: list[Correction] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)

    def printed(self, name: str) -> object:
        """A field as the reader read it from the page, before any editorial decision."""
        return next((d.printed for d in self.decisions if d.field == name), getattr(self, name))

    def decide(self, name: str, value: object, note: str = "", source: str = "") -> None:
        """Set a field by an editor's decision, keeping the reader's reading beside it."""
        printed = self.printed(name)
        self.decisions = [d for d in self.decisions if d.field != name]
        if value != printed:
            self.decisions.append(Decision(name, printed, value, note, source))
        setattr(self, name, value)

    def absorb(self, other: Item, paragraphs: list[Paragraph]) -> None:
        """Another item printed apart is part of this one (a continued article, an editor's
        merge): `paragraphs` of it follow this item's, and its byline and credits join these."""
        self.paragraphs += paragraphs
        self.byline = "\n".join(x for x in (self.byline, other.byline) if x)
        for role, _, _ in BYLINE_ROLES:
            mine = getattr(self, role)
            mine.extend(n for n in getattr(other, role) if n not in mine)
        self.last_line = max(self.last_line, other.last_line)

    def byline_names(self) -> list[str]:
        return self.reporters + self.correspondents + self.photographers
    id: str = ""
    first_line: int = 0
    last_line: int = 0

    @property
    def body(self) -> str:
        return "\n\n".join(p.text for p in self.paragraphs)


@dataclass(slots=True)
class Fragment:
    """Layout text that belongs to no item: page banners, slogans, stray headings."""

    text: str
    line: int
    after_item: int  # seq of the item it is printed after (0: before the first)


@dataclass
class Bulletin:
    file: str  # path relative to the content folder, e.g. bulletins/NAME.txt
    lines: Sequence[Line]  # read.split_lines gives Lines; extract empties it
    meta: dict = field(default_factory=dict)  # the sidecar, validated
    items: list[Item] = field(default_factory=list)
    fragments: list[Fragment] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    id: str = ""
    year: Inferred = field(default_factory=lambda: Inferred(None, False))
    district: Inferred = field(default_factory=lambda: Inferred(None, False))
    date: str | None = None  # publication date (sidecar only)
    sha: str = ""  # content hash of the raw bytes
    label: str = ""  # its unique name in the edition (write.item_page.label_bulletins)
    zone: District | None = None  # the district the text names, where no register holds it


@dataclass
class District:
    id: str
    name: str
    city: str
    province: str
    names: list[str] = field(default_factory=list)
    clues: list[str] = field(default_factory=list)


@dataclass
class RegisterEntry:
    id: str
    name: str
    type: str  # person | organization | place (the register it came from)
    subtype: str = ""
    aliases: list[str] = field(default_factory=list)
    district: str | None = None
    wikidata: str | None = None
    roles: list[str] = field(default_factory=list)


@dataclass
class Registers:
    districts: dict[str, District] = field(default_factory=dict)
    people: dict[str, RegisterEntry] = field(default_factory=dict)
    organizations: dict[str, RegisterEntry] = field(default_factory=dict)
    places: dict[str, RegisterEntry] = field(default_factory=dict)


class EditionError(Exception):
    """Bad input: carries the file and line so the editor can find it."""

    def __init__(self, file: str, message: str, line: int | None = None):
        self.file, self.line, self.message = file, line, message
        where = f"{file}:{line}" if line else file
        super().__init__(f"{where}: {message}")

    @property
    def errors(self) -> list[EditionError]:
        return [self]

    def __reduce__(self) -> tuple:  # crosses from a worker process intact
        return (EditionError, (self.file, self.message, self.line))


class EditionErrors(EditionError):
    """Every error of a run, so the editor sees them all at once, in file and line order."""

    def __init__(self, errors: list[EditionError]):
        flat = {(e.file, e.line or 0, e.message): e for err in errors for e in err.errors}
        self._errors = [flat[k] for k in sorted(flat)]
        first = self._errors[0]
        Exception.__init__(self, "\n".join(str(e) for e in self._errors))
        self.file, self.line, self.message = first.file, first.line, first.message

    @property
    def errors(self) -> list[EditionError]:
        return self._errors

    def __reduce__(self) -> tuple:
        return (EditionErrors, (self._errors,))


def raise_all(errors: list[EditionError]) -> None:
    """Raise the errors gathered so far, if any, together."""
    if errors:
        raise errors[0] if len(errors) == 1 and not isinstance(errors[0], EditionErrors) else EditionErrors(errors)
