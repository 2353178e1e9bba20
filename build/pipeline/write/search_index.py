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

import itertools
import json
import unicodedata
from collections import defaultdict

from ..link import Links, item_sort_key
from ..model import Bulletin, Item

SEP = "\u0001"  # between the title, entity and body sections: no pair spans two sections
BLOCK = 16  # items per text block
SHARD_BYTES = 24_000  # aimed size of a postings shard
KINDS = ["article", "photo"]


def normalize(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", c).lower() for c in text if not c.isspace())


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


def build_index(bulletins: list[Bulletin], L: Links, district_names: dict[str, str]) -> dict[str, str]:
    items = sorted(((L.bulletin_of[it.id], it) for it in L.items.values()), key=lambda x: item_sort_key(*x), reverse=True)
    districts = sorted({b.district.value or "" for b, _ in items})
    years = sorted({(it.date or b.date or b.year.value or "")[:4] for b, it in items})
    postings: dict[str, list] = defaultdict(list)
    docs, blocks = [], []
    for n, (b, it) in enumerate(items):
        head, ents, body = sections(it)
        text = head + SEP + ents + SEP + body
        where: dict[str, list[int]] = defaultdict(list)
        for i, c in enumerate(text):
            if c == SEP:
                continue
            where[c].append(i)
            if i + 1 < len(text) and text[i + 1] != SEP:
                where[text[i : i + 2]].append(i)
        for key, pos in where.items():
            postings[key].append((n, pos))
        year = (it.date or b.date or b.year.value or "")[:4]
        docs.append([districts.index(b.district.value or ""), years.index(year), KINDS.index(it.kind), len(head), len(head) + 1 + len(ents)])
        if n % BLOCK == 0:
            blocks.append([])
        blocks[-1].append([
            f"items/{it.id}.html", it.title or "", it.kicker or "", it.date or "", district_names.get(b.district.value or "", ""),
            it.kind, it.body.replace("\n\n", "\n"),
        ])
    encoded = {k: _encode(v, single=len(k) == 1) for k, v in postings.items()}
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


def _encode(postings: list[tuple[int, list[int]]], single: bool = False) -> str:
    """'docdelta.pos.posdelta…|docdelta.pos…' in base 36: short, and quick to split in JS.
    A single character needs no positions to be found: 'docdelta.count.firstpos'."""
    out, last = [], 0
    for doc, pos in postings:
        nums = [doc - last, len(pos), pos[0]] if single else [doc - last, pos[0]] + [b - a for a, b in itertools.pairwise(pos)]
        last = doc
        out.append(".".join(_b36(x) for x in nums))
    return "|".join(out)


def _b36(n: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n < 36:
        return digits[n]
    s = ""
    while n:
        n, r = divmod(n, 36)
        s = digits[r] + s
    return s
