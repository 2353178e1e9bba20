"""Extract stage: metadata (bylines, dates, district) and the people, organisations and places named."""

from __future__ import annotations

import re

from ..halfwidth import half_width_copy, narrowed, widened
from ..model import Bulletin, Item, Lines, Person, RegisterEntry, Registers
from ..show import line_roles
from ..text import credit_names, dateline_credit, report_lead
from .again import named_again
from .dates import bulletin_year, item_date
from .district import infer_district
from .entities import find_entities
from .errata import errata
from .japanese import japanese_people
from .latin import latin_people
from .mentions import leftmost, occurrences, unnested
from .names import page_places, surname_len
from .ocr import suspects
from .people import STEPPE, find_people
from .statistical import Tag, more_people, not_people, plausible, printed_as_name, role_of
from .statistical import tagger as load
from .words import word_frequencies


def model_spans(items: list[Item], tag: Tag) -> dict[int, list[tuple[int, int, str]]]:
    """A model's spans in every item body, keyed by id(item); a tagger that can reads all
    the bulletin's lines in one go (LAC decodes a batch faster than line by line)."""
    if not hasattr(tag, "tag_lines"):
        return {id(it): tag(it.body) for it in items}
    lines = (line for it in items for line in it.body.split("\n"))  # not a second copy of every body at once
    found = iter(tag.tag_lines(lines, people_only=True))
    out = {}
    for it in items:
        spans, pos = [], 0
        for line in it.body.split("\n"):
            spans += [(a + pos, b + pos, t) for a, b, t in next(found)]
            pos += len(line) + 1
        out[id(it)] = spans
    return out


def misreadings(text: str, people: list[Person]) -> list:
    """Misreadings of a scan proposed in a body, none inside a person's name."""
    named = {i for p in people for a, b in p.mentions for i in range(a, b)}
    return suspects(text, *word_frequencies(), named.__contains__)


# a name set with a space between surname and given name in running text (工艺主管江 帆带着…)
PADDED_IN_PROSE = re.compile(r"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])")


def _unpadded(text: str) -> tuple[str, list[int], list[int]] | None:
    """The text without the single spaces a prose paragraph sets inside two-character names,
    where each of its characters was printed and where the spaces were; None where there are none. A paragraph of
    sentences holds few such spaces; a roster (丁一凡 马晓雯 …), which holds no sentence, is left
    as printed."""
    keep: list[int] = []
    for para_start, para in _paragraphs(text):
        # a name spaced out (夏 青, 周 立 新): its gaps come two characters apart, after a surname
        groups: list[list[int]] = []
        for m in PADDED_IN_PROSE.finditer(para):
            if groups and m.start() == groups[-1][-1] + 2:
                groups[-1].append(m.start())
            else:
                groups.append([m.start()])
        names = [g for g in groups if len(g) <= 2 and surname_len(para[g[0] - 1:g[0] + 1]) == 1
                 and para[g[-1] + 1] not in "等和与及"]
        if names and len(names) <= 3 and re.search("[，。；！？]", para):
            keep += [para_start + k for g in names for k in g]
    if not keep:
        return None
    drop = set(keep)
    where = [i for i in range(len(text)) if i not in drop]
    return "".join(text[i] for i in where), where, keep


def _paragraphs(text: str):
    at = 0
    for para in text.split("\n"):
        yield at, para
        at += len(para) + 1


def people_in(text: str, spans: list[tuple[int, int, str]] | None, bylined: set[str],
              known: list[RegisterEntry], others: set[str]) -> list[Person]:
    """The people of a text: the patterns' (titles, lists, registers) and, given a model's
    spans, the model's, each with the titles printed beside its mentions. Names a paragraph
    sets with a space inside (夏 青) are read without it and linked where printed."""
    if (squeezed := _unpadded(text)) is not None:
        flat, where, spaces = squeezed
        back = {i: k for k, i in enumerate(where)}
        moved = [(back[a], back[b - 1] + 1, t) for a, b, t in spans or [] if a in back and b - 1 in back]
        # a word is never printed with a space inside: a name read out of one is no word (江 南)
        padded = {text[k - 1] + text[k + 1] for k in spaces}
        people = _people_in(flat, moved if spans is not None else None, bylined, known, others, padded)
        for p in people:
            p.mentions = [(where[a], where[b - 1] + 1) for a, b in p.mentions]
        return people
    return _people_in(text, spans, bylined, known, others)


def _people_in(text: str, spans: list[tuple[int, int, str]] | None, bylined: set[str],
               known: list[RegisterEntry], others: set[str], padded: frozenset[str] | set[str] = frozenset()) -> list[Person]:
    people = [p for p in find_people(text, bylined, known)
              if p.id or plausible(text, p.name, p.mentions, spaced=p.name in padded)]
    if spans is not None:
        extra = more_people(text, spans, people, bylined, others)
        people = people + extra
    people = _japanese(text, _hyphened(text, people + latin_people(text, people, bylined)), bylined)
    people = sorted(unnested(_part_names(people)), key=lambda p: (p.mentions[0][0] if p.mentions else 0, p.name))
    for p in people:  # the titles printed beside each mention, before or after
        p.mentions = printed_as_name(text, p.name, p.mentions) if not p.id else p.mentions
        for start, end in p.mentions:
            p.roles += [r for r in role_of(text, start, end) if r not in p.roles]
    return people


# the characters of a transliterated given name (让-皮埃尔, 汉斯-约阿希姆): what a hyphened
# foreign name's first part is made of
_FOREIGN_PART = STEPPE | set("让约吕阿希皮保彼得路易乔治马丁弗朗索瓦玛丽安纳艾伦卢卡汉威廉亨利查理詹姆士")
_HYPHEN = "-‐－"


def _hyphened(text: str, people: list[Person]) -> list[Person]:
    """A foreign name with a hyphened given name (汉斯-约阿希姆·克劳斯, 让-皮埃尔·杜邦) is one
    name: a dotted name found without its first part takes it back, and a person found as
    that part alone (汉斯) is no one of its own."""
    grown: dict[str, str] = {}
    for p in people:
        if "·" not in p.name or not p.mentions:
            continue
        a, b = p.mentions[0]
        k = a
        while k > 0 and a - k < 8 and (text[k - 1] in _FOREIGN_PART
                                        or (text[k - 1] in _HYPHEN and k > 1 and text[k - 2] in _FOREIGN_PART)):
            k -= 1
        if k < a and any(c in _HYPHEN for c in text[k:a] + p.name) and text[k] not in _HYPHEN:
            grown[p.name] = text[k:b]
    if not grown:
        return people
    whole = set(grown.values())
    starts = occurrences(text, whole)
    out = []
    for p in people:
        if p.name in grown:
            p.name = grown[p.name]
            p.mentions = leftmost(starts[p.name], len(p.name))
        elif not p.id and any(p.name in w and p.name != w for w in whole) and \
                all(any(text.startswith(w, a - w.index(p.name)) for w in whole if p.name in w) for a, _ in p.mentions):
            continue  # 汉斯 of 汉斯-约阿希姆·克劳斯
        out.append(p)
    return out


def _japanese(text: str, people: list[Person], bylined: set[str]) -> list[Person]:
    """The Japanese people of the text (japanese.py), in place of what the other readings made
    of their names where printed (边一郎, 高桥诚表示)."""
    found = japanese_people(text, people, bylined)
    if not found:
        return people
    spans = [m for p in found for m in p.mentions]

    def overlaps(a: int, b: int) -> bool:
        return any(a < d and c < b for c, d in spans)

    return [p for p in people if p.id or not p.mentions or not all(overlaps(a, b) for a, b in p.mentions)] + found


def _parts(name: str) -> list[str]:
    """The parts a person may be named by again: a foreign name's (托马斯·布伦纳 -> 布伦纳), and
    either half of a four-character Mongolian or Tibetan name (萨仁高娃 -> 高娃)."""
    if len(name) == 4 and all(c in STEPPE for c in name) and surname_len(name[:2]) != 2:
        return [name[:2], name[2:]]
    return re.split("[·・•\\-‐－]", name)


def _part_names(people: list[Person]) -> list[Person]:
    """A foreign person named again by one part of the name (托马斯·布伦纳 … 布伦纳博士) is the
    same person: the part's mentions go to the whole name."""
    whole = {part: p for p in people if not p.id for part in _parts(p.name) if part != p.name and len(part) >= 2}
    out = []
    for p in people:
        if (q := whole.get(p.name)) is not None and not p.id:
            alone = [(a, b) for a, b in p.mentions if not any(c <= a and b <= d for c, d in q.mentions)]
            q.mentions = sorted(q.mentions + alone)
        else:
            out.append(p)
    return out


def extract(b: Bulletin, registers: Registers, tagger: str = "patterns") -> Bulletin:
    """`tagger` other than patterns adds the people a statistical tagger finds (statistical.py).
    Last, the editor's decisions on single items (sidecar `items`) are applied."""
    # imported here: the editor's fixes repair what they change, and the text stages read
    # what a name looks like from this package (a module-level import made a cycle)
    from ..fixes import apply_fixes, correct_headlines, merge_items

    if any(f.changes.get("merge_next") for f in b.meta.get("items") or []):
        merge_items(b, line_roles(b.lines, b))
    # the whole text only for the year's evidence: not held while the model reads the items
    b.year = bulletin_year(b, (line.text for line in b.lines))
    b.district = infer_district(b, registers)
    # a half-width copy's names are read where its marks stand as printed (a role ends at 。, not at .)
    wide = isinstance(b.lines, Lines) and half_width_copy(b.lines.text)
    if not b.meta.get("items"):  # nothing more reads the lines: not held while the model reads the items
        b.lines = []
    district = b.district.value
    known_people = [e for e in registers.people.values() if e.district in (None, district)]
    others = not_people(registers) if tagger != "patterns" else set()
    spans = model_spans(b.items, load(tagger)) if tagger != "patterns" else {}
    for item in b.items:
        if item.paragraphs:
            lead = report_lead(item.paragraphs)
            if span := dateline_credit(lead):
                for role, names in credit_names(lead[span[0]:span[1]]).items():
                    getattr(item, role).extend(n for n in names if n not in getattr(item, role))
        item_date(item, b.year, b.date)
        bylined = set(item.byline_names())
        body = item.body  # joined once per item (each use joined the paragraphs again)
        item.people = people_in(widened(body) if wide else body, spans.get(id(item)), bylined, known_people, others)
        if wide:  # one character for one: the offsets hold, the titles go back into the copy's marks
            for p in item.people:
                p.roles = [narrowed(r) for r in p.roles]
        del body
    named_again(b.items, wide)  # a name the page introduced in one item, printed again in another
    # (read on the paragraphs: a body joined here would be joined again below)
    places = page_places(x for it in b.items for x in (*(p.text for p in it.paragraphs), it.title or "", it.kicker or "",
                                                         it.subtitle or ""))
    for item in b.items:
        item.people = [p for p in item.people if p.id or p.roles or p.name not in places]
        body = item.body
        item.organizations, item.places = find_entities(body, registers, district)
        for c in b.meta.get("corrections") or []:
            if c.sic in body or any(c.sic in (x or "") for x in (item.title, item.kicker, item.subtitle)):
                item.corrections.append(c)
        item.corrections += errata(item) or misreadings(body, item.people)
        correct_headlines(item)
        del body
    for c in b.meta.get("corrections") or []:
        if not any(c in it.corrections for it in b.items):
            b.warnings.append(f"{c.source}: correction {c.sic!r} is in no item (it is layout text)")
    if b.meta.get("items"):  # the roles of the lines only where a fix may address one by its line
        # (made for every bulletin, they cost an object per line and a look at every item
        # per heading line: quadratic in a bulletin of many items)
        apply_fixes(b, line_roles(b.lines, b))
    b.lines = []  # every character is in an item or a fragment now: the lines are not kept twice
    return b
