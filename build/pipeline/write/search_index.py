"""The search index: every character and character pair of every item, with positions, in
small shards that a <script> tag can load, so that search works from file:// as over HTTP.

A query of n characters is found exactly: the shards of its n-1 character pairs give the
positions where each pair occurs, and a document contains the query where the pairs follow
one another. Nothing depends on word segmentation, so a name inside a longer word (龙城 in
尼龙城) is found like any other string. Text is compared after NFKC, lower-casing and removal
of white space, on the page and in the query alike.

Files (under gxsearch/):
  meta.js      shard count, districts (names and ids), years, and per item: district, year, kind,
               section ends, date as YYYYMMDD (0: unknown); items are numbered newest first
  k/N.js       postings of the pairs (and single characters) whose hash falls in shard N
  t/N.js       the items' display records (url, title, date, district, kind, text) in blocks of 16
"""

from __future__ import annotations

import json
import multiprocessing as mp
import re
import unicodedata
from array import array
from collections import defaultdict
from collections.abc import Iterable, Iterator
from itertools import groupby, pairwise

from ..link import Links, item_sort_key
from ..model import Item

SEP = "\u0001"  # between the title, entity and body sections: no pair spans two sections
BLOCK = 16  # items per text block
SHARD_BYTES = 24_000  # aimed size of a postings shard
KINDS = ["article", "photo"]


_SPACE = re.compile(r"\s+")


NORMALIZE_CHUNK = 1 << 16  # characters normalised at a time


def normalize(text: str) -> str:
    """NFKC, lower case, no white space. A long text is done in pieces cut before a CJK
    ideograph (which composes with nothing before it and ends a final sigma's context), so
    the result is the same: NFKC of a whole 17-million-character article held some 16 bytes
    a character."""
    parts, start = [], 0
    while start < len(text):
        end = start + NORMALIZE_CHUNK
        if end < len(text):
            m = _IDEOGRAPH.search(text, end)
            end = m.start() if m else len(text)
        parts.append(_SPACE.sub("", unicodedata.normalize("NFKC", text[start:end]).lower()))
        start = end
    return "".join(parts)


_IDEOGRAPH = re.compile("[\u4e00-\u9fff]")


def key_hash(key: str) -> int:
    h = 0
    for c in key:
        h = (h * 31 + ord(c)) & 0xFFFFFFFF
    return h


def sections(it: Item) -> tuple[str, str, str]:
    # the editor's headline and the printed one where they differ; the corrected readings
    # beside the printed body: a search finds either
    printed = [d.printed for d in it.decisions if d.field in ("title", "kicker", "subtitle") and isinstance(d.printed, str)]
    head = normalize(" ".join(x for x in (it.title, it.kicker, it.subtitle, *printed) if x))
    ents = normalize(" ".join(e.name for e in [*it.people, *it.organizations, *it.places]))
    body = normalize(" ".join([it.body, it.byline, *(c.corr for c in it.corrections if c.corr)]))
    return head, ents, body


def js(name: str, data: object) -> list[str]:
    """A script that hands the data to the search, in pieces (the data is not copied again)."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    # U+2028/2029 are line ends to older JavaScript engines; '</' must not end a script
    text = text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029").replace("</", "<\\/")
    return [f"gxSearch.load({json.dumps(name)},", text, ");\n"]


def build_index(L: Links, district_names: dict[str, str], jobs: int = 1) -> Iterator[tuple[str, list[str]]]:
    """The index files as (path, text), one at a time: postings shards, text blocks, meta."""
    items = sorted(((L.bulletin_of[it.id], it) for it in L.items.values()), key=lambda x: item_sort_key(*x), reverse=True)
    year_of = [(it.date or b.date or b.year.value or "")[:4] for b, it in items]
    districts = sorted({b.district.value or "" for b, _ in items})
    years = sorted(set(year_of))
    d_no, y_no = {d: n for n, d in enumerate(districts)}, {y: n for n, y in enumerate(years)}
    docs: list[list[int]] = []

    def texts() -> Iterator[str]:
        """Each item's searchable text, made as the postings need it (never all at once)."""
        for n, (b, it) in enumerate(items):
            head, ents, body = sections(it)
            docs.append([d_no[b.district.value or ""], y_no[year_of[n]], KINDS.index(it.kind), len(head),
                         len(head) + 1 + len(ents), int((it.date or "0").replace("-", ""))])
            text = head + SEP + ents + SEP + body
            del head, ents, body  # a huge article's body is not held twice while it is indexed
            yield text

    encoded = postings(texts(), jobs, len(items))
    total = sum(len(k) + len(v) + 6 for k, v in encoded.items())
    shards = max(1, -(-total // SHARD_BYTES))
    grouped: dict[int, list[str]] = defaultdict(list)
    for k in sorted(encoded):
        grouped[key_hash(k) % shards].append(k)
    for s in sorted(grouped):
        yield f"gxsearch/k/{s}.js", js(f"k{s}", {k: encoded[k] for k in grouped[s]})
    del encoded, grouped
    for n, lo in enumerate(range(0, len(items), BLOCK)):
        block = [[f"items/{it.id}.html", it.title or "", it.kicker or "", it.date or "",
                  district_names.get(b.district.value or "", ""), it.kind, it.body.replace("\n\n", "\n")]
                 for b, it in items[lo : lo + BLOCK]]
        yield f"gxsearch/t/{n}.js", js(f"t{n}", block)
    meta = {
        "version": 1, "shards": shards, "block": BLOCK, "count": len(items), "kinds": KINDS,
        "districts": [district_names.get(d, "地区不详") for d in districts], "district_ids": [d or "unknown" for d in districts],
        "years": years, "docs": docs,
    }
    yield "gxsearch/meta.js", js("meta", meta)


def postings(texts: Iterable[str], jobs: int = 1, count: int | None = None) -> dict[str, str]:
    """key -> 'docdelta.pos.posdelta…|…' (pairs) or 'docdelta.count.firstpos|…' (characters),
    in base 36: short, and quick to split in JavaScript. Built on `jobs` processes over
    contiguous ranges of documents and joined in order."""
    count = len(texts) if count is None and isinstance(texts, list) else count
    if jobs <= 1 or (count or 0) < 2000 or "fork" not in mp.get_all_start_methods():
        return _as_text({k: v[2] for k, v in _postings(texts, 0).items()})
    texts = list(texts)
    step = -(-len(texts) // jobs)
    _TEXTS[:] = texts
    try:
        with mp.get_context("fork").Pool(jobs) as pool:
            parts = pool.map(_postings_range, [(lo, min(lo + step, len(texts))) for lo in range(0, len(texts), step)])
    finally:
        _TEXTS.clear()
    out: dict[str, list] = {}
    for part in parts:
        for key, (first, last, text) in part.items():
            rec = out.get(key)
            if rec is None:
                out[key] = [last, text]
            else:
                # the first entry of a later range holds its document number; make it a delta
                _, _, rest = text.partition(b".")
                rec[1] += b"|" + b36(first - rec[0]).encode("ascii") + b"." + rest
                rec[0] = last
    return _as_text({k: v[1] for k, v in out.items()})


def _as_text(parts: dict[str, bytearray]) -> dict[str, str]:
    """The postings as text, each key's bytes freed as its text is made (never both whole)."""
    out = {}
    for k in sorted(parts):
        out[k] = parts.pop(k).decode("ascii")
    return out


_TEXTS: list[str] = []


def _postings_range(span: tuple[int, int]) -> dict[str, tuple[int, int, str]]:
    lo, hi = span
    return _postings(_TEXTS[lo:hi], lo)


def _postings(texts: Iterable[str], offset: int) -> dict[str, tuple[int, int, bytearray]]:
    """For each key: (first doc, last doc, encoded postings with the first doc absolute).
    The hot loop of the build at archive scale: one step per (key, document) pair. Each
    key's postings grow in one bytearray (ASCII): a list of small strings per key took
    some 35 bytes of memory per byte of text."""
    first: dict[str, int] = {}
    last: dict[str, int] = {}
    parts: dict[str, bytearray] = {}
    table, n36 = _TABLE, len(_TABLE)
    for n, text in enumerate(texts, offset):
        entries = _big_entries(text) if len(text) > BIG_DOC else _entries(text)
        for key, entry in entries:
            prev = last.get(key)
            if prev is None:
                first[key] = n
                parts[key] = bytearray(f"{b36(n)}.{entry}".encode("ascii"))
            else:
                d = n - prev
                parts[key] += f"|{table[d] if d < n36 else b36(d)}.{entry}".encode("ascii")
            last[key] = n
    return {k: (first[k], last[k], v) for k, v in parts.items()}


BIG_DOC = 100_000  # characters: a longer document is indexed position by position


def _big_entries(text: str) -> Iterator[tuple[str, str]]:
    """The same entries as _entries, for a huge document (one article of many megabytes):
    positions kept as 4-byte integers and each key encoded on its own, where sorting every
    position held a Python object per character and per pair (some 100 bytes a character)."""
    chars: dict[str, array] = defaultdict(lambda: array("I"))
    for i, c in enumerate(text):
        chars[c].append(i)
    for c in sorted(chars):
        pos = chars.pop(c)
        if c != SEP:
            yield c, f"{b36(len(pos))}.{b36(pos[0])}"
    pairs: dict[str, array] = defaultdict(lambda: array("I"))  # made once the characters are let go
    for i in range(len(text) - 1):
        pairs[text[i : i + 2]].append(i)
    for k in sorted(pairs):
        pos = pairs.pop(k)
        if SEP not in k:
            yield k, ".".join(map(b36, [pos[0], *(b - a for a, b in pairwise(pos))]))


def _entries(text: str) -> list[tuple[str, str]]:
    """(key, entry) for each character and pair of one document: a character's count and
    first position, a pair's positions as deltas."""
    table, n36 = _TABLE, len(_TABLE)
    # sorting positions by key groups each key's positions, in order, at C speed
    order = sorted(range(len(text)), key=text.__getitem__)
    entries = [(c, f"{table[len(g)] if len(g) < n36 else b36(len(g))}.{table[g[0]] if g[0] < n36 else b36(g[0])}")
               for c, g in ((c, list(grp)) for c, grp in groupby(order, key=text.__getitem__)) if c != SEP]
    pairs = [text[i : i + 2] for i in range(len(text) - 1)]
    order = sorted(range(len(pairs)), key=pairs.__getitem__)
    for k, grp in groupby(order, key=pairs.__getitem__):
        if SEP in k:
            continue
        pos = list(grp)
        if len(pos) == 1:
            p = pos[0]
            entries.append((k, table[p] if p < n36 else b36(p)))
        else:
            entries.append((k, ".".join(map(b36, [pos[0], *(b - a for a, b in pairwise(pos))]))))
    return entries


_DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"
_TABLE = [_DIGITS[i // 36] + _DIGITS[i % 36] if i >= 36 else _DIGITS[i] for i in range(36 * 36)]


def b36(n: int) -> str:
    if n < 1296:
        return _TABLE[n]
    s = ""
    while n:
        n, r = divmod(n, 36)
        s = _DIGITS[r] + s
    return s
