"""Read stage: bytes on disk to Lines, sidecars and registers. The only stage that opens input files.

Every editorial file is validated field by field (type and range) and every problem is
gathered, with its file and line, so that a run reports all of them together."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from .model import (
    Bulletin,
    Correction,
    District,
    EditionError,
    ItemFix,
    Lines,
    RegisterEntry,
    Registers,
    raise_all,
)

HEADING = re.compile(r"^[^\S\n]*(#+)[^\S\n]*")
SIDECAR_KEYS = {
    "date": "publication date, ISO (YYYY-MM-DD)",
    "year": "publication year, when the exact date is unknown",
    "district": "a district id from registers/districts.yaml",
    "newspaper": "the newspaper's name",
    "page": "page number or name in the print edition",
    "source": "where the text came from (URL, archive, scan)",
    "note": "free text for editors",
    "corrections": "list of {sic, corr, note}: printed reading and its correction",
    "layout_lines": "line numbers to treat as layout text (banners) whatever they look like",
    "item_starts": "line numbers where a new item starts whatever they look like",
    "items": "list of item-level decisions {item: id, line or opening words; title, kicker, subtitle, kind, date, "
             "reporters, correspondents, photographers, truncated, split_at, merge_next, note}",
    "inferred": "mapping of key (year, district) to the evidence in the text: the value was inferred, not printed",
}
INFERABLE = ("year", "district")  # the values the edition marks as inferred wherever it shows them
CORRECTION_KEYS = ("sic", "corr", "note")
HEADLINE_FIELDS = ("title", "kicker", "subtitle")
NAME_FIELDS = ("reporters", "correspondents", "photographers")
FIX_KEYS = ("item", *HEADLINE_FIELDS, "kind", "date", *NAME_FIELDS, "truncated", "split_at", "merge_next", "note")
KINDS = ("article", "photo")
REGISTERS = {"districts.yaml": "district", "people.yaml": "person", "organizations.yaml": "organization",
             "places.yaml": "place"}
DISTRICT_FIELDS = ("id", "name", "city", "province", "names", "clues")
ENTITY_FIELDS = ("id", "name", "aliases", "type", "district", "wikidata", "roles")
BULLETIN_SUFFIX = ".txt"
SIDECAR_SUFFIXES = (".yaml", ".yml")

# -- encodings ---------------------------------------------------------------------------

# Control characters no delivered text holds (tab, line feed, vertical tab, form feed and
# carriage return are layout); a NUL usually means UTF-16 without its byte-order mark.
CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
PRIVATE = re.compile(r"[\ue000-\uf8ff]")
RARE_SHARE = 0.05  # GB18030 text with more rare characters than this: another encoding
MIXED_SHARE = 0.5  # Chinese among the UTF-8 characters before a bad byte: the file is "mixed"


def _gb_rows(first: int, last: int) -> str:
    """The characters of GB2312 rows first to last (lead bytes), as GB18030 decodes them."""
    return b"".join(bytes([lead, trail]) for lead in range(first, last + 1) for trail in range(0xA1, 0xFF)).decode("gb18030")


def _common_gb() -> re.Pattern[str]:
    """A rare character, as a regular expression: anything but ASCII and the characters of
    GB2312's Chinese and common-symbol rows (counted at C speed, with no Python object per
    character: a list of a 50 MB bulletin's characters took 460 MB)."""
    rows = _gb_rows(0xA1, 0xA3) + _gb_rows(0xB0, 0xF7)
    common = set(rows) - set(PRIVATE.findall(rows))
    chars = "".join(sorted(common))
    return re.compile(f"[^\\x00-\\x7f{re.escape(chars)}]")


# Rare in simplified Chinese text: outside GB2312's Chinese and common-symbol rows. Big5 and
# Shift-JIS bytes decode as GB18030 too, but into GBK's extension areas (trail bytes below
# 0xA1), four-byte characters, and GB2312's kana, Greek, Cyrillic, pinyin and box-drawing
# rows (0xA4-0xA9), where Big5 keeps its commonest characters.
RARE = _common_gb()


# GB2312's first level of Chinese characters, sorted by pinyin: rows B0-D7. EUC-KR's Hangul
# syllables (B0A1-C8FE) decode as GB18030 into rows B0-C8 only, so Korean text read as
# GB18030 has none of rows C9-D7 (上, 是, 在, 这, 一, 中, 新, 业…), which any Chinese text
# of some length is full of.
LEVEL1 = re.compile(f"[{re.escape(_gb_rows(0xB0, 0xD7))}]")
LATE_LEVEL1 = re.compile(f"[{re.escape(_gb_rows(0xC9, 0xD7))}]")
HANGUL_SAMPLE = 40  # level-1 characters needed before the share is telling
LATE_SHARE = 0.05


def _hangul_as_gb(text: str) -> int | None:
    """Where Korean text read as GB18030 starts (a character index), or None."""
    level1 = len(text) - len(LEVEL1.sub("", text))
    if level1 < HANGUL_SAMPLE:
        return None
    late = len(text) - len(LATE_LEVEL1.sub("", text))
    if late >= LATE_SHARE * level1:
        return None
    m = LEVEL1.search(text)
    return m.start() if m else None


CJK = re.compile("[\u3000-\u9fff\uff00-\uffef\U00020000-\U0003134f]")


def _wide(text: str) -> int:
    """How many characters are not ASCII."""
    return len(text) - len(text.encode("ascii", "ignore"))


def _gb_offset(text: str, i: int) -> int:
    return len(text[:i].encode("gb18030"))


def decode(data: bytes, file: str) -> str:
    """Decode a delivery: UTF-8 (BOM or not), UTF-16 with BOM, or GB18030/GBK, and only when
    the bytes are confidently that; anything else is refused with the byte offset."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as e:
            raise EditionError(file, f"invalid UTF-16 at byte offset {e.start}") from None
        _controls(text, file, lambda i: len(text[:i].encode("utf-16")))
        return text
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        utf8_error = e
    else:
        bom = 3 if data.startswith(b"\xef\xbb\xbf") else 0
        _controls(text, file, lambda i: bom + len(text[:i].encode("utf-8")))
        if not bom:
            _not_gb_in_disguise(data, text, file)
        return text
    # Valid multi-byte UTF-8 before the bad byte means the file mixes encodings: refuse
    # rather than guess, since decoding the whole as GB18030 would garble the UTF-8 part.
    # But GB18030 text can open with bytes that happen to be valid UTF-8 (业 is D2 B5, also
    # the UTF-8 of Cyrillic ҵ): the UTF-8 part must read as Chinese to count.
    head = data[: utf8_error.start].decode("utf-8")
    wide = _wide(head)
    if wide and len(head) - len(CJK.sub("", head)) >= MIXED_SHARE * wide:
        raise EditionError(
            file,
            f"mixed encodings: UTF-8 text up to byte offset {utf8_error.start}, "
            "then bytes that are not UTF-8; re-save the file in one encoding (UTF-8)",
        )
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError as e:
        raise EditionError(
            file, f"not UTF-8, UTF-16 or GB18030: undecodable byte at offset {e.start}"
        ) from None
    _controls(text, file, lambda i: _gb_offset(text, i))
    m = PRIVATE.search(text)
    if m:
        raise EditionError(file, "not UTF-8, UTF-16 or GB18030: a user-defined (private) character "
                                 f"at byte offset {_gb_offset(text, m.start())}; re-save the file as UTF-8")
    first = RARE.search(text)
    if first:
        wide, rare = _wide(text), len(text) - len(RARE.sub("", text))
        if rare >= 2 and rare > RARE_SHARE * wide:
            raise EditionError(
                file, f"not UTF-8, UTF-16 or GB18030 (Big5 or Shift-JIS?): {rare} of {wide} characters are rare "
                      f"as GB18030, the first at byte offset {_gb_offset(text, first.start())}; re-save the file as UTF-8")
    korean = _hangul_as_gb(text)
    if korean is not None:
        raise EditionError(
            file, "not UTF-8, UTF-16 or GB18030 (EUC-KR?): read as GB18030 it holds none of the commonest Chinese "
                  f"characters, starting at byte offset {_gb_offset(text, korean)}; re-save the file as UTF-8")
    return text


def _not_gb_in_disguise(data: bytes, text: str, file: str) -> None:
    """Short GB18030 text can be valid UTF-8 as a whole (业业 is D2 B5 D2 B5, Cyrillic ҵҵ in
    UTF-8). When the UTF-8 reading holds no Chinese at all but the GB18030 reading is common
    Chinese, neither reading is certain: refuse rather than publish either."""
    if text.isascii() or CJK.search(text):
        return
    try:
        gb = data.decode("gb18030")
    except UnicodeDecodeError:
        return
    wide = _wide(gb)
    if wide and not RARE.search(gb) and (len(gb) - len(CJK.sub("", gb))) * 2 >= wide:
        first = next(i for i, b in enumerate(data) if b >= 0x80)
        raise EditionError(file, f"not certainly UTF-8: from byte offset {first} it reads as UTF-8 {text[:40]!r} "
                                 f"but as GB18030 {gb[:40]!r}; re-save the file as UTF-8 with a byte-order mark")


def _controls(text: str, file: str, offset: Callable[[int], int]) -> None:
    m = CONTROL.search(text)
    if m:
        hint = " (UTF-16 without a byte-order mark?)" if m.group() == "\x00" else ""
        raise EditionError(file, f"control character U+{ord(m.group()):04X} at byte offset {offset(m.start())}{hint}")


# what sets a paragraph's first line in from the margin: two full-width spaces, a few spaces or
# a tab (a Word export), not the many of a centred line (model.Line.indent)
PARAGRAPH_INDENTS = {"\u3000", "\u3000\u3000", "  ", "   ", "    ", "\t"}


def paragraph_indents(leads: list[str]) -> list[bool]:
    """Which lines are set in as the page sets its paragraphs: by an indent of the page's own
    (a Word export sets its paragraphs in with a tab and centres its headlines with spaces, so
    a headline that happens to be centred by three spaces is no paragraph)."""
    counts = Counter(lead for lead in leads if lead in PARAGRAPH_INDENTS)
    most = max(counts.values(), default=0)
    return [lead in counts and counts[lead] >= max(2, most / 5) for lead in leads]


def split_lines(text: str) -> Lines:
    """Non-empty lines with their heading markers and the blank gap before them, kept as the
    text and where each line's printed text is in it (model.Lines: no object per line)."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    out = Lines(text)
    gap = 0
    leads: list[str] = []
    for no, (start, raw) in enumerate(_raw_lines(text), 1):
        stripped = raw.strip()  # str.strip covers U+3000 full-width indents
        if not stripped:
            gap += 1
            continue
        m = HEADING.match(stripped)
        level = len(m.group(1)) if m else 0
        body = stripped[m.end():].strip() if m else stripped
        if body:
            # where the body is in the text: a slice of the raw line, so found in it
            at = text.index(body, start, start + len(raw))
            out.append(no, at, len(body), level, gap)
            leads.append("" if level else text[start:at])
            gap = 0
        else:
            gap += 1  # a line of bare '#' markers prints nothing
    out.set_in(paragraph_indents(leads))
    if out.double_spaced():
        out.closed_up()
    return out


def _raw_lines(text: str) -> Iterator[tuple[int, str]]:
    """The lines of a text ended by LF, one at a time, with where each starts."""
    start = 0
    while (end := text.find("\n", start)) >= 0:
        yield start, text[start:end]
        start = end + 1
    yield start, text[start:]


# -- YAML ----------------------------------------------------------------------------------


class _Loader(yaml.SafeLoader):
    """Safe YAML without implicit timestamps: dates stay text, validated with their line."""


_Loader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:timestamp"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _line(node: yaml.Node | None) -> int | None:
    return node.start_mark.line + 1 if node is not None else None


def _duplicates(node: yaml.Node | None, rel: str, errors: list[EditionError]) -> None:
    """A key given twice in one mapping: YAML keeps the last silently; here it is an error."""
    if isinstance(node, yaml.MappingNode):
        seen: dict[str, int | None] = {}
        for k, v in node.value:
            if isinstance(k, yaml.ScalarNode):
                if k.value in seen:
                    errors.append(EditionError(rel, f"duplicate key {k.value!r} (first given at line {seen[k.value]})", _line(k)))
                seen.setdefault(k.value, _line(k))
            _duplicates(v, rel, errors)
    elif isinstance(node, yaml.SequenceNode):
        for v in node.value:
            _duplicates(v, rel, errors)


def load_yaml(path: Path, rel: str) -> tuple[object, yaml.Node | None]:
    """The data and its node tree (for line numbers); duplicate keys are errors."""
    text = decode(read_bytes(path, rel), rel)
    loader = _Loader(text)  # a SafeLoader subclass: safe
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        line = mark.line + 1 if mark else None
        raise EditionError(rel, f"malformed YAML: {getattr(e, 'problem', None) or e}", line) from None
    finally:
        loader.dispose()
    errors: list[EditionError] = []
    _duplicates(node, rel, errors)
    raise_all(errors)
    return data, node


def _fields(node: yaml.Node | None) -> dict[str, tuple[int | None, yaml.Node]]:
    """{key: (line, value node)} of a mapping node."""
    if not isinstance(node, yaml.MappingNode):
        return {}
    return {k.value: (_line(k), v) for k, v in node.value if isinstance(k, yaml.ScalarNode)}


def read_bytes(path: Path, rel: str) -> bytes:
    try:
        return path.read_bytes()
    except IsADirectoryError:
        raise EditionError(rel, "is a folder, not a file") from None
    except OSError as e:
        raise EditionError(rel, f"cannot read: {e.strerror or e}") from None


# -- sidecars ------------------------------------------------------------------------------


def _is_int(v: object) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def _iso_date(v: object) -> str | None:
    """A real calendar date written YYYY-MM-DD, else None."""
    if not isinstance(v, str) or not re.fullmatch(r"\d{4}-\d\d-\d\d", v):
        return None
    try:
        return dt.date.fromisoformat(v).isoformat()
    except ValueError:
        return None


def _one_line_text(v: object) -> bool:
    return isinstance(v, str) and bool(v.strip()) and "\n" not in v and "\r" not in v


def read_sidecar(path: Path | None, rel: str, registers: Registers, raw_text: str | None) -> tuple[dict, list[EditionError]]:
    """The validated sidecar and every problem found in it. `raw_text` is None when the
    bulletin itself could not be read (then only what needs no text is checked)."""
    if path is None:
        return {}, []
    errors: list[EditionError] = []
    try:
        data, node = load_yaml(path, rel)
    except EditionError as e:
        return {}, e.errors
    if data is None:
        return {}, []
    if not isinstance(data, dict):
        return {}, [EditionError(rel, "a sidecar must be a mapping of keys to values", 1)]
    lines = _fields(node)
    meta: dict = {}

    def bad(message: str, at: int | None) -> None:
        errors.append(EditionError(rel, message, at))

    for key, value in data.items():
        at, vnode = lines.get(str(key), (None, None))
        if key not in SIDECAR_KEYS:
            bad(f"unknown key {key!r} (known keys: {', '.join(sorted(SIDECAR_KEYS))})", at)
            continue
        if value is None:
            continue
        if key == "date":
            if _iso_date(value) is None:
                bad(f"date {value!r} is not an ISO date (YYYY-MM-DD)", at)
                continue
        elif key == "year":
            if not _is_int(value) or not 1900 <= value <= 2200:
                bad(f"year {value!r} is not a four-digit year (1900-2200)", at)
                continue
        elif key == "district":
            if not isinstance(value, str) or value not in registers.districts:
                known = ", ".join(sorted(registers.districts))
                bad(f"unknown district {value!r} (registers know: {known})", at)
                continue
        elif key == "corrections":
            value = _corrections(value, rel, at, vnode, raw_text, errors)
        elif key == "items":
            value = _item_fixes(value, rel, at, vnode, raw_text, errors)
        elif key == "inferred":
            if not isinstance(value, dict) or not all(k in INFERABLE and k in data and isinstance(v, str) and v.strip()
                                                      for k, v in value.items()):
                bad(f"inferred must map keys given in this sidecar ({', '.join(INFERABLE)}) to the evidence for them", at)
                continue
        elif key in ("layout_lines", "item_starts"):
            value = _line_numbers(key, value, rel, at, vnode, raw_text, errors)
        elif key in ("newspaper", "page", "source"):
            if _is_int(value) and key == "page":
                value = str(value)
            if not _one_line_text(value):
                bad(f"{key} must be one line of text, not {value!r}", at)
                continue
        elif key == "note" and not isinstance(value, str):
            bad(f"note must be text, not {value!r}", at)
            continue
        meta[key] = value
    splits = [n for f in meta.get("items") or [] for n in f.changes.pop("split_at", [])]
    if splits:  # a split is a new item start, addressed from the item it cuts
        meta["item_starts"] = sorted({*(meta.get("item_starts") or []), *splits})
    if "date" in meta and "year" in meta and int(meta["date"][:4]) != meta["year"]:
        bad(f"year {meta['year']} contradicts date {meta['date']}", lines["year"][0])
    return meta, errors


def _items(vnode: yaml.Node | None) -> list[yaml.Node | None]:
    return list(vnode.value) if isinstance(vnode, yaml.SequenceNode) else []


def _line_numbers(key: str, value: object, rel: str, at: int | None, vnode: yaml.Node | None,
                  raw_text: str | None, errors: list[EditionError]) -> list[int]:
    if not isinstance(value, list):
        errors.append(EditionError(rel, f"{key} must be a list of line numbers", at))
        return []
    nodes = _items(vnode)
    lines = raw_text.replace("\r\n", "\n").replace("\r", "\n").split("\n") if raw_text is not None else None
    out = []
    for n, v in enumerate(value):
        where = _line(nodes[n]) if n < len(nodes) else at
        if not _is_int(v) or v < 1:
            errors.append(EditionError(rel, f"{key} must be a list of line numbers, not {v!r}", where))
        elif lines is not None and v > len(lines):
            errors.append(EditionError(rel, f"{key}: line {v} is beyond the end of the bulletin ({len(lines)} lines)", where))
        elif lines is not None and not lines[v - 1].strip(" \t\u3000#"):
            errors.append(EditionError(rel, f"{key}: line {v} of the bulletin is blank", where))
        else:
            out.append(v)
    return out



# Checks of an items entry's fields that need only the value: (test, message on failure).
_FIX_CHECKS = {
    "kind": (lambda v: v in KINDS, "kind must be one of " + ", ".join(KINDS) + ", not {v!r}"),
    "date": (lambda v: _iso_date(v) is not None, "date {v!r} is not an ISO date (YYYY-MM-DD)"),
    "merge_next": (lambda v: v is True, "merge_next must be true (the item and the next are one), not {v!r}"),
    "truncated": (lambda v: isinstance(v, bool), "truncated must be true or false, not {v!r}"),
}


def _fix_value(key: str, v: object) -> tuple[object, str | None]:
    """An items entry's value as the fix will use it, or why it is refused."""
    if key in HEADLINE_FIELDS:
        if v is not None and not _one_line_text(v):
            return None, f"{key} must be one line of text (or null for none), not {v!r}"
        return (v.strip() if isinstance(v, str) and v else None), None
    if key in NAME_FIELDS:
        if not isinstance(v, list) or not all(_one_line_text(x) for x in v):
            return None, f"{key} must be a list of names, not {v!r}"
        return [x.strip() for x in v], None
    test, message = _FIX_CHECKS[key]
    return (v, None) if test(v) else (None, message.format(v=v))


def _item_fixes(value: object, rel: str, at: int | None, vnode: yaml.Node | None, raw_text: str | None,
                errors: list[EditionError]) -> list[ItemFix]:
    """`items`: the editor's decisions on single items, each addressed by `item` (an item id,
    a line number of the item as `edition.py show` prints it, or the opening words of its
    title or first paragraph) and validated field by field."""
    if not isinstance(value, list):
        errors.append(EditionError(rel, "items must be a list of {item, title, kicker, …}", at))
        return []
    nodes = _items(vnode)
    out = []
    for n, entry in enumerate(value, 1):
        enode = nodes[n - 1] if n - 1 < len(nodes) else None
        where = _line(enode) or at
        lines = _fields(enode)

        def bad(message: str, key: str | None = None, n: int = n, lines: dict = lines, where: int | None = where) -> None:
            errors.append(EditionError(rel, f"items entry {n}: {message}", lines.get(key or "", (where,))[0] or where))

        if not isinstance(entry, dict):
            errors.append(EditionError(rel, f"items entry {n} must be a mapping with an 'item' and the fields to set", where))
            continue
        ok = True
        for key in entry:
            if key not in FIX_KEYS:
                bad(f"unknown key {key!r} (known keys: {', '.join(FIX_KEYS)})", str(key))
                ok = False
        address = entry.get("item")
        if not (_is_int(address) and address >= 1) and not _one_line_text(address):
            bad(f"'item' must be an item id, a line number or the opening words of the item, not {address!r}", "item")
            ok = False
        changes: dict = {}
        for key, v in entry.items():
            if key in ("item", "note") or key not in FIX_KEYS:
                continue
            if key != "split_at":
                v, why = _fix_value(key, v)
                if why:
                    bad(why, key)
                    ok = False
                    continue
            else:
                v = [v] if _is_int(v) else v
                before = len(errors)
                v = _line_numbers("split_at", v, rel, lines.get(key, (where,))[0], None, raw_text, errors)
                if len(errors) > before:
                    ok = False
                    continue
            changes[key] = v
        note = entry.get("note")
        if note is not None and not isinstance(note, str):
            bad(f"note must be text, not {note!r}", "note")
            ok = False
        if ok and not changes:
            bad("sets nothing: give at least one of " + ", ".join(k for k in FIX_KEYS if k not in ("item", "note")))
            ok = False
        if ok:
            out.append(ItemFix(address=address.strip() if isinstance(address, str) else address, changes=changes,
                               note=note or "", source=rel, line=where))
    return out


def _corrections(value: object, rel: str, at: int | None, vnode: yaml.Node | None, raw_text: str | None,
                 errors: list[EditionError]) -> list[Correction]:
    if not isinstance(value, list):
        errors.append(EditionError(rel, "corrections must be a list of {sic, corr, note}", at))
        return []
    nodes = _items(vnode)
    out = []
    for n, c in enumerate(value, 1):
        where = _line(nodes[n - 1]) if n - 1 < len(nodes) else at
        if not isinstance(c, dict):
            errors.append(EditionError(rel, f"correction {n} must be a mapping with keys sic, corr and note", where))
            continue
        unknown = [k for k in c if k not in CORRECTION_KEYS]
        if unknown:
            errors.append(EditionError(rel, f"correction {n}: unknown key {unknown[0]!r} (known keys: sic, corr, note)", where))
        sic, corr, note = c.get("sic"), c.get("corr"), c.get("note")
        if not isinstance(sic, str) or not sic.strip() or not isinstance(corr, str):
            errors.append(EditionError(rel, f"correction {n} needs text keys 'sic' (not empty) and 'corr'", where))
            continue
        if note is not None and not isinstance(note, str):
            errors.append(EditionError(rel, f"correction {n}: note must be text, not {note!r}", where))
            continue
        if sic == corr:
            errors.append(EditionError(rel, f"correction {n}: 'corr' is the same as 'sic' ({sic!r})", where))
            continue
        if raw_text is not None and sic not in raw_text:
            errors.append(EditionError(rel, f"correction {n}: printed text {sic!r} is not in the bulletin", where))
            continue
        out.append(Correction(sic=sic, corr=corr, note=note or "", source=rel))
    return out


# -- bulletins -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Source:
    """A bulletin on disk: its text file and, if there is one, its sidecar."""

    path: Path
    sidecar: Path | None


def read_bulletin(src: Source, root: Path, registers: Registers) -> Bulletin:
    """Read and validate one bulletin and its sidecar; every problem of both is raised together."""
    rel = src.path.relative_to(root).as_posix()
    errors: list[EditionError] = []
    data, text = b"", None
    try:
        data = read_bytes(src.path, rel)
        text = decode(data, rel)
    except EditionError as e:
        errors += e.errors
    side_rel = src.sidecar.relative_to(root).as_posix() if src.sidecar else ""
    meta, side_errors = read_sidecar(src.sidecar, side_rel, registers, text)
    raise_all(errors + side_errors)
    assert text is not None
    sha = hashlib.sha256(data).hexdigest()
    del data  # the bytes are not needed once decoded and hashed
    b = Bulletin(file=rel, lines=split_lines(text), meta=meta, sha=sha)
    b.date = meta.get("date")
    return b


def find_bulletins(root: Path) -> tuple[list[Source], list[EditionError]]:
    """Every bulletin under bulletins/ (sub-folders too, any case of '.txt') with its sidecar.
    A file that is neither, a sidecar without its bulletin and two sidecars for one bulletin
    are errors: nothing in the folder is skipped silently."""
    folder = root / "bulletins"
    if not folder.is_dir():
        raise EditionError(str(root), "no bulletins/ folder in the content folder")
    errors: list[EditionError] = []
    texts: dict[Path, Path] = {}  # stem path -> text file
    sidecars: dict[Path, list[Path]] = {}

    def walk_error(e: OSError) -> None:
        errors.append(EditionError(Path(e.filename).relative_to(root).as_posix() if e.filename else "bulletins",
                                   f"cannot read the folder: {e.strerror or e}"))

    for dirpath, dirnames, filenames in os.walk(folder, onerror=walk_error):
        here = Path(dirpath)
        dirnames.sort()
        for d in list(dirnames):
            if (here / d).is_symlink():
                errors.append(EditionError((here / d).relative_to(root).as_posix(),
                                           "a link to a folder is not followed: move the bulletins into bulletins/"))
                dirnames.remove(d)
            elif d.startswith("."):
                dirnames.remove(d)
        for name in sorted(filenames):
            path = here / name
            rel = path.relative_to(root).as_posix()
            if name.startswith("."):
                continue  # .gitkeep, .DS_Store: the file system's, not the edition's
            suffix = path.suffix.lower()
            if suffix == BULLETIN_SUFFIX:
                texts[path.with_suffix("")] = path
            elif suffix in SIDECAR_SUFFIXES:
                sidecars.setdefault(path.with_suffix(""), []).append(path)
            else:
                errors.append(EditionError(rel, "neither a bulletin (.txt) nor a sidecar (.yaml): "
                                                "rename it or move it out of bulletins/"))
    out = []
    for stem, paths in sorted(sidecars.items()):
        if stem not in texts:
            for p in paths:
                errors.append(EditionError(p.relative_to(root).as_posix(),
                                           f"sidecar without a bulletin: no {stem.name}.txt beside it"))
        elif len(paths) > 1:
            names = ", ".join(p.name for p in sorted(paths))
            errors.append(EditionError(texts[stem].relative_to(root).as_posix(), f"two sidecars for one bulletin: {names}"))
    for stem, path in sorted(texts.items()):
        side = sidecars.get(stem) or []
        out.append(Source(path, side[0] if len(side) == 1 else None))
    return out, errors


# -- registers -----------------------------------------------------------------------------


NATIONAL = Path(__file__).resolve().parent / "data" / "national_zones.yaml"


@cache
def national_zones() -> tuple[District, ...]:
    """The high-tech zones the edition knows without an editor (data/national_zones.yaml), so a
    bulletin from a new city finds its district; an entry of registers/districts.yaml with the
    same id replaces the built-in one."""
    data = yaml.safe_load(NATIONAL.read_text(encoding="utf-8"))
    return tuple(District(id=e["id"], name=e["name"], city=e["city"], province=e["province"],
                          names=list(e["names"]), clues=list(e["clues"])) for e in data)


def read_registers(root: Path) -> Registers:
    """The registers, validated: unknown files and fields, wrong types, duplicate ids and
    unknown districts are errors, all of them reported together."""
    reg = Registers()
    errors: list[EditionError] = []
    folder = root / "registers"
    if not (folder / "districts.yaml").is_file():
        raise EditionError("registers/districts.yaml", "missing: the edition needs a district register")
    for p in sorted(folder.iterdir()):
        if p.name not in REGISTERS and not p.name.startswith("."):
            errors.append(EditionError(f"registers/{p.name}", f"unknown register file (known: {', '.join(REGISTERS)})"))
    seen: dict[str, tuple[str, int | None]] = {}
    for fname, kind in REGISTERS.items():
        rel = f"registers/{fname}"
        if kind == "person":  # after the editors' districts, before anything names a district
            for d in national_zones():
                reg.districts.setdefault(d.id, d)
        if not (folder / fname).exists():
            continue
        try:
            data, node = load_yaml(folder / fname, rel)
        except EditionError as e:
            errors += e.errors
            continue
        if data is None:
            continue
        if not isinstance(data, list):
            errors.append(EditionError(rel, "a register is a list of entries", 1))
            continue
        nodes = _items(node)
        for n, entry in enumerate(data):
            enode = nodes[n] if n < len(nodes) else None
            e = _entry(entry, enode, rel, kind, n + 1, reg, errors)
            if e is None:
                continue
            at = _line(enode)
            if e["id"] in seen:
                first, first_at = seen[e["id"]]
                errors.append(EditionError(rel, f"duplicate id {e['id']!r} (first used at {first}:{first_at})", at))
                continue
            seen[e["id"]] = (rel, at)
            if kind == "district":
                reg.districts[e["id"]] = District(id=e["id"], name=e["name"], city=e.get("city") or "",
                                                  province=e.get("province") or "", names=e.get("names") or [],
                                                  clues=e.get("clues") or [])
            else:
                attr = {"person": "people", "organization": "organizations", "place": "places"}[kind]
                getattr(reg, attr)[e["id"]] = RegisterEntry(
                    id=e["id"], name=e["name"], type=kind, subtype=e.get("type") or "", aliases=e.get("aliases") or [],
                    district=e.get("district"), wikidata=e.get("wikidata"), roles=e.get("roles") or [])
    raise_all(errors)
    return reg


def _entry(entry: object, enode: yaml.Node | None, rel: str, kind: str, n: int, reg: Registers,
           errors: list[EditionError]) -> dict | None:
    at = _line(enode)
    if not isinstance(entry, dict):
        errors.append(EditionError(rel, f"{kind} entry {n} must be a mapping with an 'id' and a 'name'", at))
        return None
    fields = DISTRICT_FIELDS if kind == "district" else ENTITY_FIELDS
    lines = _fields(enode)
    ok = True
    for key, value in entry.items():
        where = lines.get(str(key), (at, None))[0]
        if key not in fields:
            errors.append(EditionError(rel, f"unknown field {key!r} (known fields: {', '.join(fields)})", where))
            ok = False
            continue
        if value is None:
            continue
        if key == "id":
            if not isinstance(value, str) or not re.fullmatch(r"[a-z0-9][a-z0-9-]*", value):
                errors.append(EditionError(rel, f"id {value!r} must be lower-case ASCII letters, digits and '-'", where))
                ok = False
        elif key in ("names", "clues", "aliases", "roles"):
            if not isinstance(value, list) or not all(_one_line_text(x) for x in value):
                errors.append(EditionError(rel, f"{key} must be a list of names, not {value!r}", where))
                ok = False
        elif key == "district":
            if not isinstance(value, str) or value not in reg.districts:
                errors.append(EditionError(rel, f"unknown district {value!r}", where))
                ok = False
        elif key == "wikidata":
            if not isinstance(value, str) or not re.fullmatch(r"Q[1-9][0-9]*", value):
                errors.append(EditionError(rel, f"wikidata {value!r} is not a Wikidata id (Q followed by digits)", where))
                ok = False
        elif not _one_line_text(value):
            errors.append(EditionError(rel, f"{key} must be one line of text, not {value!r}", where))
            ok = False
    for key in ("id", "name"):
        if entry.get(key) is None:
            errors.append(EditionError(rel, f"{kind} entry {n} needs an {key!r}" if key == "id" else
                                       f"{kind} entry {n} needs a {key!r}", at))
            ok = False
    return entry if ok else None


# -- withdrawals ---------------------------------------------------------------------------

WITHDRAWN = "withdrawn.yaml"


def read_withdrawn(root: Path) -> dict[str, tuple[str, int | None]]:
    """content_src/withdrawn.yaml (optional): why a bulletin or item was withdrawn, in the
    editor's words, shown on its tombstone: a list of {id, reason}. {id: (reason, line)}."""
    path = root / WITHDRAWN
    if not path.exists():
        return {}
    data, node = load_yaml(path, WITHDRAWN)
    if data is None:
        return {}
    if not isinstance(data, list):
        raise EditionError(WITHDRAWN, "a list of {id, reason}", 1)
    errors: list[EditionError] = []
    out: dict[str, tuple[str, int | None]] = {}
    for n, (entry, enode) in enumerate(zip(data, _items(node) or [None] * len(data), strict=False), 1):
        at = _line(enode)
        if not isinstance(entry, dict) or set(entry) != {"id", "reason"}:
            errors.append(EditionError(WITHDRAWN, f"entry {n} needs exactly the keys 'id' and 'reason'", at))
        elif not isinstance(entry["id"], str) or not _one_line_text(entry["reason"]):
            errors.append(EditionError(WITHDRAWN, f"entry {n}: id and reason must be one line of text", at))
        elif entry["id"] in out:
            errors.append(EditionError(WITHDRAWN, f"duplicate id {entry['id']!r} (first given at line {out[entry['id']][1]})", at))
        else:
            out[entry["id"]] = (entry["reason"].strip(), at)
    raise_all(errors)
    return out


CONTENT_ENTRIES = {"bulletins", "registers", "ids.lock.json", WITHDRAWN}


def stray_content(root: Path) -> list[EditionError]:
    """Anything at the top of the content folder the edition does not read (say a misspelt
    withdrawn.yml) is an error, not ignored."""
    return [EditionError(p.name, f"not part of an edition's content (known: {', '.join(sorted(CONTENT_ENTRIES))})")
            for p in sorted(root.iterdir()) if p.name not in CONTENT_ENTRIES and not p.name.startswith(".")]
