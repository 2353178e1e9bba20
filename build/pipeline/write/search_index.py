"""The search index: every character and character pair of every item, with positions, in
small shards that a <script> tag can load, so that search works from file:// as over HTTP.

A query of n characters is found exactly: the shards of its n-1 character pairs give the
positions where each pair occurs, and a document contains the query where the pairs follow
one another. Nothing depends on word segmentation, so a name inside a longer word (龙城 in
尼龙城) is found like any other string. Text is compared after NFKC, lower-casing and removal
of white space, on the page and in the query alike.

Files (under gxsearch/):
  meta.js      shard count, districts, years, and per item: district, year, kind, section ends, text block
  k/N.js       postings of the pairs (and single characters) whose hash falls in shard N
  t/N.js       the items' display records (url, title, date, district, kind, text) in blocks of 16
"""

from __future__ import annotations

import json
import multiprocessing as mp
import re
import unicodedata
from collections import defaultdict
from itertools import groupby, pairwise

from ..link import Links, item_sort_key
from ..model import Item

SEP = "\u0001"  # between the title, entity and body sections: no pair spans two sections
BLOCK = 16  # items per text block
SHARD_BYTES = 24_000  # aimed size of a postings shard
KINDS = ["article", "photo"]


_SPACE = re.compile(r"\s+")


def normalize(text: str) -> str:
    return _SPACE.sub("", unicodedata.normalize("NFKC", text).lower())


def key_hash(key: str) -> int:
    h = 0
    for c in key:
        h = (h * 31 + ord(c)) & 0xFFFFFFFF
    return h


def sections(it: Item) -> tuple[str, str, str]:
    head = normalize(" ".join(x for x in (it.title, it.kicker, it.subtitle) if x))
    ents = normalize(" ".join(e.name for e in [*it.people, *it.organizations, *it.places]))
    body = normalize(it.body + " " + it.byline)
    return head, ents, body


def js(name: str, data: object) -> str:
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    # U+2028/2029 are line ends to older JavaScript engines; '</' must not end a script
    text = text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029").replace("</", "<\\/")
    return f"gxSearch.load({json.dumps(name)},{text});\n"


def build_index(L: Links, district_names: dict[str, str], jobs: int = 1) -> dict[str, str]:
    items = sorted(((L.bulletin_of[it.id], it) for it in L.items.values()), key=lambda x: item_sort_key(*x), reverse=True)
    year_of = [(it.date or b.date or b.year.value or "")[:4] for b, it in items]
    districts = sorted({b.district.value or "" for b, _ in items})
    years = sorted(set(year_of))
    d_no, y_no = {d: n for n, d in enumerate(districts)}, {y: n for n, y in enumerate(years)}
    docs, blocks, texts = [], [], []
    for n, (b, it) in enumerate(items):
        head, ents, body = sections(it)
        texts.append(head + SEP + ents + SEP + body)
        docs.append([d_no[b.district.value or ""], y_no[year_of[n]], KINDS.index(it.kind), len(head), len(head) + 1 + len(ents)])
        if n % BLOCK == 0:
            blocks.append([])
        blocks[-1].append([
            f"items/{it.id}.html", it.title or "", it.kicker or "", it.date or "", district_names.get(b.district.value or "", ""),
            it.kind, it.body.replace("\n\n", "\n"),
        ])
    encoded = postings(texts, jobs)
    total = sum(len(k) + len(v) + 6 for k, v in encoded.items())
    shards = max(1, -(-total // SHARD_BYTES))
    grouped: dict[int, dict[str, str]] = defaultdict(dict)
    for k in sorted(encoded):
        grouped[key_hash(k) % shards][k] = encoded[k]
    files = {f"gxsearch/k/{s}.js": js(f"k{s}", grouped[s]) for s in sorted(grouped)}
    files.update({f"gxsearch/t/{n}.js": js(f"t{n}", blk) for n, blk in enumerate(blocks)})
    meta = {
        "version": 1, "shards": shards, "block": BLOCK, "count": len(items), "kinds": KINDS,
        "districts": [district_names.get(d, "地区不详") for d in districts], "years": years, "docs": docs,
    }
    files["gxsearch/meta.js"] = js("meta", meta)
    return files


def postings(texts: list[str], jobs: int = 1) -> dict[str, str]:
    """key -> 'docdelta.pos.posdelta…|…' (pairs) or 'docdelta.count.firstpos|…' (characters),
    in base 36: short, and quick to split in JavaScript. Built on `jobs` processes over
    contiguous ranges of documents and joined in order."""
    if jobs <= 1 or len(texts) < 2000 or "fork" not in mp.get_all_start_methods():
        return {k: v[2] for k, v in _postings(texts, 0).items()}
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
                out[key] = [last, [text]]
            else:
                # the first entry of a later range holds its document number; make it a delta
                _, _, rest = text.partition(".")
                rec[1].append("|" + b36(first - rec[0]) + "." + rest)
                rec[0] = last
    return {k: "".join(v[1]) for k, v in out.items()}


_TEXTS: list[str] = []


def _postings_range(span: tuple[int, int]) -> dict[str, tuple[int, int, str]]:
    lo, hi = span
    return _postings(_TEXTS[lo:hi], lo)


def _postings(texts: list[str], offset: int) -> dict[str, tuple[int, int, str]]:
    """For each key: (first doc, last doc, encoded postings with the first doc absolute).
    The hot loop of the build at archive scale: one step per (key, document) pair."""
    first: dict[str, int] = {}
    last: dict[str, int] = {}
    parts: dict[str, list[str]] = {}
    table, n36 = _TABLE, len(_TABLE)
    for n, text in enumerate(texts, offset):
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
        for key, entry in entries:
            prev = last.get(key)
            if prev is None:
                first[key] = n
                parts[key] = [f"{b36(n)}.{entry}"]
            else:
                d = n - prev
                parts[key].append(f"|{table[d] if d < n36 else b36(d)}.{entry}")
            last[key] = n
    return {k: (first[k], last[k], "".join(v)) for k, v in parts.items()}


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
