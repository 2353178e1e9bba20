"""The search index: every character and character pair of every item, with positions, in
small shards that a <script> tag can load, so that search works from file:// as over HTTP.

A query of n characters is found exactly: the shards of its n-1 character pairs give the
positions where each pair occurs, and a document contains the query where the pairs follow
one another. Nothing depends on word segmentation, so a name inside a longer word (龙城 in
尼龙城) is found like any other string. Text is compared after NFKC, lower-casing and removal
of white space, on the page and in the query alike.

Documents are numbered by the id lock's append-only sequence (IdLock.number), never by date:
a bulletin added or changed anywhere in the archive leaves every other item's number alone,
so only the shards of the keys whose postings changed get new bytes (the writer keeps the
others), and the browser sorts results by date itself. The shard count is a power of two
that changes only when the index doubles or halves. A number whose item is gone (withdrawn,
redirected) stays a gap: 0 in its meta row, null in its text block.

Files (under gxsearch/):
  meta.js      what every query needs and what grows only with the districts and years: shard
               count, block and chunk sizes, districts (names and ids), years
  m/N.js       the rows of documents N*META_CHUNK .. (N+1)*META_CHUNK-1, in the postings'
               number encoding (enc), loaded only for the chunks that hold a query's hits:
               district + 1 (0: a gap, nothing follows), year, kind * 2 + 1 if a sort date
               follows, title length, entity section length + 1, date and sort date as a
               change from the chunk's last date before (zigzag, + 1; 0: no date) in days
  k/N.js       postings of the pairs (and single characters) whose hash falls in shard N; a
               key whose postings are over SOLO_BYTES is only named there, with a number j,
               and has its own file k/N-j.js: a query pays for the big keys it asks for, not
               for the ones that share its keys' shards
  t/N.js       the display record (url, title, date, district, kind, text) of document N

The postings of each run of CHUNK document numbers are kept in a cache folder, keyed by the
texts they were made from: a rebuild makes again only the runs whose items changed. Beside
them a record of the last index (shards.pickle: each shard's keys and files): a rebuild joins
again only the shards holding a key whose postings a changed run changed, from those keys'
postings alone, and the writer keeps the other shards' files.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
import multiprocessing as mp
import os
import pickle
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from itertools import groupby, pairwise
from pathlib import Path
from typing import Any

from ..link import Links
from ..model import Item

SEP = "\u0001"  # between the title, entity and body sections: no pair spans two sections
BLOCK = 1  # items per text block: a query's first 8 results load 8 blocks (the bodies are the weight: a second item in each doubled it)
SHARD_BYTES = 4_000  # aimed size of a postings shard (of its small keys): a query loads one per pair it looks up
SOLO_BYTES = 1_500  # a key with longer postings gets a file of its own (a sixth of the keys, four fifths of the bytes)
META_CHUNK = 512  # document rows per file of meta: a query loads the chunks of its hits
CHUNK = 128  # document numbers per cached run of postings
KINDS = ["article", "photo"]
FORMAT = "postings-2"  # part of the cache key: change it when the encoding changes


_SPACE = re.compile(r"\s+")


NORMALIZE_CHUNK = 1 << 16  # characters normalised at a time


def normalize(text: str) -> str:
    """NFKC, lower case, no white space. A long text is done in pieces cut before a CJK
    ideograph (which composes with nothing before it and ends a final sigma's context), so
    the result is the same: NFKC of a whole 17-million-character article held some 16 bytes
    a character."""
    return "".join(normalized_parts(text))


def normalized_parts(text: str) -> list[str]:
    """normalize(text) in pieces, for a caller that joins them with more."""
    parts, start = [], 0
    while start < len(text):
        end = start + NORMALIZE_CHUNK
        if end < len(text):
            m = _IDEOGRAPH.search(text, end)
            end = m.start() if m else len(text)
        parts.append(_SPACE.sub("", unicodedata.normalize("NFKC", text[start:end]).lower()))
        start = end
    return parts


_IDEOGRAPH = re.compile("[\u4e00-\u9fff]")


def key_hash(key: str) -> int:
    h = 0
    for c in key:
        h = (h * 31 + ord(c)) & 0xFFFFFFFF
    return h


def sections(it: Item) -> tuple[str, str, str]:
    head, ents, body = _sections(it)
    return head, ents, "".join(body)


def _sections(it: Item) -> tuple[str, str, list[str]]:
    # the editor's headline and the printed one where they differ; the corrected readings
    # beside the printed body: a search finds either
    printed = [d.printed for d in it.decisions if d.field in ("title", "kicker", "subtitle") and isinstance(d.printed, str)]
    head = normalize(" ".join(x for x in (it.title, it.kicker, it.subtitle, *printed) if x))
    ents = normalize(" ".join(e.name for e in [*it.people, *it.organizations, *it.places]))
    # the body's paragraphs, byline and corrections normalised one by one, not joined first
    # (a copy of a huge article): white space between them is dropped, and NFKC and lower
    # case read nothing across it
    body = [x for t in (*(p.text for p in it.paragraphs), it.byline, *(c.corr for c in it.corrections if c.corr and c.in_text))
            for x in normalized_parts(t)]
    return head, ents, body


def js(name: str, data: object) -> str | list[str]:
    """A script that hands the data to the search: one string for a small file (the writer
    compares its bytes with the last build's before writing anything), pieces for a big one
    (the data is not copied again)."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    # U+2028/2029 are line ends to older JavaScript engines; '</' must not end a script
    text = text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029").replace("</", "<\\/")
    pieces = [f"gxSearch.load({json.dumps(name)},", text, ");\n"]
    return "".join(pieces) if len(text) < 1 << 20 else pieces


def shard_count(total: int) -> int:
    """A power of two near total / SHARD_BYTES: the same for every build of a similar index,
    so a small change keeps each key in its shard."""
    return 1 << max(0, round(math.log2(max(1.0, total / SHARD_BYTES))))


def build_index(L: Links, district_names: dict[str, str], jobs: int = 1, cache: Path | None = None,
                salt: str = "", previous: dict[str, str] | None = None,
                keys: dict[str, str] | None = None) -> Iterator[tuple[str, str | list[str] | None]]:
    """The index files as (path, text), one at a time: postings shards, text blocks, meta.
    `cache`: a folder for the postings of runs of documents (see the module's note).
    The shards get a key in `keys`, a hash of their text and layout: a shard that the cache's
    record says is unchanged, and whose files `previous` ({path: key} of the last build's
    files on disk) holds with the recorded keys, comes as (path, None): the writer keeps the
    last build's file. With nothing changed, no postings are read or made."""
    numbered = sorted(L.items.values(), key=lambda it: L.seq[it.id])
    count = L.seq[numbered[-1].id] + 1 if numbered else 0
    by_number: list[Item | None] = [None] * count
    for it in numbered:
        by_number[L.seq[it.id]] = it
    bulletin_of = L.bulletin_of

    def year(it: Item) -> str:
        b = bulletin_of[it.id]
        return (it.date or b.date or b.year.value or "")[:4]

    districts = sorted({bulletin_of[it.id].district.value or "" for it in numbered})
    years = sorted({year(it) for it in numbered})
    d_no, y_no = {d: n for n, d in enumerate(districts)}, {y: n for n, y in enumerate(years)}
    rows: list[list[int] | None] = [None] * count  # a gap unless an item has the number
    runs: list[list[tuple[int, str]]] = []  # per run of CHUNK numbers: (number, searchable text)
    for lo in range(0, count, CHUNK):
        run = []
        for n in range(lo, min(lo + CHUNK, count)):
            it = by_number[n]
            if it is None:
                continue
            head, ents, body = _sections(it)
            b = bulletin_of[it.id]
            # the date the results are sorted by, for an undated item (the filters keep to the item's)
            sort = b.date if not it.date and b.date else None
            rows[n] = [d_no[b.district.value or ""] + 1, y_no[year(it)], KINDS.index(it.kind) * 2 + bool(sort),
                       len(head), len(ents) + 1, day(it.date), *([day(sort)] if sort else [])]
            run.append((n, "".join([head, SEP, ents, SEP, *body])))
            del body
        runs.append(run)

    run_keys = [_run_key(salt, run) for run in runs]
    # the shards' layout is part of every shard's key: a tree written by a build with other
    # sizes is sharded again, as a clean build would shard it
    params = hashlib.sha256(f"{SHARD_BYTES}:{SOLO_BYTES}:{FORMAT}\0{salt}".encode()).hexdigest()[:16]
    keys = {} if keys is None else keys
    made = _shards_again(runs, run_keys, params, jobs, cache, previous or {}) if cache else None
    if made is None:
        made = _all_shards(runs, run_keys, params, jobs, cache)
    files, shards = made
    if cache:
        _prune(cache, run_keys)
    for rel, text, key in files:
        keys[rel] = key
        yield rel, text
    del files
    for b, lo in enumerate(range(0, count, BLOCK)):
        block = [None if it is None else
                 [f"items/{it.id}.html", it.title or "", it.kicker or "", it.date or "",
                  district_names.get(bulletin_of[it.id].district.value or "", ""), it.kind, it.body.replace("\n\n", "\n")]
                 for it in by_number[lo : lo + BLOCK]]
        yield f"gxsearch/t/{b}.js", js(f"t{b}", block)
    for c, lo in enumerate(range(0, count, META_CHUNK)):
        yield f"gxsearch/m/{c}.js", js(f"m{c}", meta_rows(rows[lo : lo + META_CHUNK]))
    meta = {
        "version": 4, "shards": shards, "block": BLOCK, "chunk": META_CHUNK, "kinds": KINDS,
        "districts": [district_names.get(d, "地区不详") for d in districts], "district_ids": [d or "unknown" for d in districts],
        "years": years,
    }
    yield "gxsearch/meta.js", js("meta", meta)


def meta_rows(rows: list[list[int] | None]) -> str:
    """One chunk of meta's rows as text (see the module's note). A date is written as its
    change from the chunk's last date: documents are numbered in the order ids were given,
    mostly a bulletin's items together, so most changes are 0 and take one character, where
    a date takes three."""
    out, last = [], 0
    for row in rows:
        if row is None:
            out.append(FINAL[0])
            continue
        *fields, date = row[:6]
        dates = []
        for d in (date, *row[6:]):
            if d:
                dates.append(zigzag(d - last) + 1)
                last = d
            else:
                dates.append(0)
        out.append("".join(map(enc, [*fields, *dates])))
    return "".join(out)


def zigzag(n: int) -> int:
    return n * 2 if n >= 0 else -n * 2 - 1


def _small_bytes(keys: Iterable[str], encoded: dict[str, str]) -> int:
    """What the keys weigh in their shard files (big keys weigh nothing: they have their own)."""
    return sum(len(k) + len(encoded[k]) + 6 for k in keys if len(encoded[k]) <= SOLO_BYTES)


def _shard_files(encoded: dict[str, str]) -> Iterator[tuple[str, str | list[str], int]]:
    """The postings as files (path, text, shard count), shard by shard (see _one_shard). The
    shard count follows the small keys' bytes only (the big ones are not loaded with a shard)."""
    shards = shard_count(_small_bytes(encoded, encoded))
    for s, members in sorted(_group(encoded, shards).items()):
        for rel, text in _one_shard(s, members, shards, encoded):
            yield rel, text, shards


def _group(keys: Iterable[str], shards: int) -> dict[int, list[str]]:
    grouped: dict[int, list[str]] = defaultdict(list)
    for k in sorted(keys):
        grouped[key_hash(k) % shards].append(k)
    return grouped


def _one_shard(s: int, members: list[str], shards: int, encoded: dict[str, str]) -> Iterator[tuple[str, str | list[str]]]:
    """Shard s's files: its small keys (`members`, sorted) with their postings, and its big
    keys with the number of the file of their own. A big key's number is its hash's top bits,
    the next free one after a collision, so a key that grows or shrinks past SOLO_BYTES
    renames no other file. A shard's files depend on its keys' postings alone."""
    data: dict[str, str | int] = {}
    solo: dict[int, str] = {}
    for k in members:
        if len(encoded[k]) <= SOLO_BYTES:
            data[k] = encoded[k]
            continue
        j = key_hash(k) // shards % 4096
        while j in solo:
            j += 1
        solo[j] = k
        data[k] = j
    yield f"gxsearch/k/{s}.js", js(f"k{s}", data)
    for j, k in sorted(solo.items()):
        yield f"gxsearch/k/{s}-{j}.js", js(f"k{s}-{j}", encoded[k])


# The cache's record of the last index it made (beside the runs' postings): the runs it was
# made from, the shard count, and per shard its keys, its small keys' bytes and its files
# with their keys. A rebuild joins again only the shards that a changed run's keys fall in.
STATE = "shards.pickle"
ShardFiles = list[tuple[str, str | list[str] | None, str]]  # (path, text or None: kept, key)


def _file_key(params: str, shards: int, text: str | list[str]) -> str:
    h = hashlib.sha256()
    for piece in [text] if isinstance(text, str) else text:
        h.update(piece.encode("utf-8"))
    return f"{params}:{shards}:{h.hexdigest()[:24]}"


def _all_shards(runs: list[list[tuple[int, str]]], run_keys: list[str], params: str, jobs: int,
                cache: Path | None) -> tuple[ShardFiles, int]:
    """Every shard made from every run's postings (and the record of them put in the cache)."""
    encoded = _as_text(_join(_run_postings(runs, run_keys, jobs, cache)))
    shards = shard_count(_small_bytes(encoded, encoded))
    grouped = _group(encoded, shards)
    out: ShardFiles = []
    state: dict = {"params": params, "runs": run_keys, "shards": shards, "members": {}, "small": {}, "files": {}}
    for s, members in sorted(grouped.items()):
        files = [(rel, text, _file_key(params, shards, text)) for rel, text in _one_shard(s, members, shards, encoded)]
        out += files
        state["members"][s], state["small"][s] = members, _small_bytes(members, encoded)
        state["files"][s] = [(rel, key) for rel, _, key in files]
    if cache:
        _put(cache / STATE, state)
    return out, shards


def _shards_again(runs: list[list[tuple[int, str]]], run_keys: list[str], params: str, jobs: int, cache: Path,
                  previous: dict[str, str]) -> tuple[ShardFiles, int] | None:
    """The shards from the cache's record of the last index: the shards whose keys' postings
    changed in a changed run (or whose files on disk are not the recorded ones) are joined
    again from every run's postings of those keys alone; the others come as (path, None) for
    the writer to keep. None where the record cannot say (no record, other sizes, a changed
    run's last postings gone, or a shard count that the change would alter): then every
    shard is made again, as a clean build makes them."""
    state = _get(cache / STATE)
    if not isinstance(state, dict) or state.get("params") != params:
        return None
    shards, old_runs = state["shards"], state["runs"]
    dirty = {s for s, files in state["files"].items() if any(previous.get(rel) != key for rel, key in files)}
    changed: set[str] = set()  # keys whose postings in some run are not what they were
    for r in range(max(len(old_runs), len(run_keys))):
        if r < len(old_runs) and r < len(run_keys) and old_runs[r] == run_keys[r]:
            continue
        old = _get(cache / f"{old_runs[r]}.pickle") if r < len(old_runs) else {}
        new = _run_postings_one(runs[r], run_keys[r], cache) if r < len(run_keys) else {}
        if old is None:
            return None
        changed.update(k for k in old.keys() | new.keys() if old.get(k) != new.get(k))
    dirty.update(key_hash(k) % shards for k in changed)
    members, small, files = state["members"], state["small"], state["files"]
    if dirty:
        wanted = changed.union(*(members.get(s, ()) for s in dirty))
        wanted = {k for k in wanted if key_hash(k) % shards in dirty}
        encoded = _as_text(_join(_only(part, wanted) for part in _run_postings(runs, run_keys, jobs, cache)))
        grouped = _group(encoded, shards)
        for s in dirty:
            for record in (members, small, files):
                record.pop(s, None)
            if s in grouped:
                made = [(rel, text, _file_key(params, shards, text)) for rel, text in _one_shard(s, grouped[s], shards, encoded)]
                members[s], small[s] = grouped[s], _small_bytes(grouped[s], encoded)
                files[s] = made
        if shard_count(sum(small.values())) != shards:
            return None  # the index doubled or halved: shard it again as a whole
    out: ShardFiles = []
    for s in sorted(files):
        if s in dirty:
            out += files[s]
            files[s] = [(rel, key) for rel, _, key in files[s]]
        else:
            out += [(rel, None, key) for rel, key in files[s]]
    state["runs"] = run_keys
    _put(cache / STATE, state)
    return out, shards


def _only(part: Postings, wanted: set[str]) -> Postings:
    """A run's postings of the wanted keys: looked up one by one when they are fewer."""
    if len(wanted) < len(part):
        return {k: part[k] for k in wanted if k in part}
    return {k: v for k, v in part.items() if k in wanted}


def day(date: str | None) -> int:
    """A date as days since 1969-12-31 (0: no date): three characters in meta, not eight."""
    return (dt.date.fromisoformat(date) - EPOCH).days if date else 0


EPOCH = dt.date(1969, 12, 31)

Postings = dict[str, tuple[int, int, bytearray]]


def _run_key(salt: str, run: list[tuple[int, str]]) -> str:
    h = hashlib.sha256(f"{FORMAT}\0{salt}".encode())
    for n, text in run:
        h.update(f"\0{n}\0".encode())
        for at in range(0, len(text), NORMALIZE_CHUNK):  # a huge text is not encoded whole at once
            h.update(text[at : at + NORMALIZE_CHUNK].encode("utf-8"))
    return h.hexdigest()[:32]


def _run_postings(runs: list[list[tuple[int, str]]], keys: list[str], jobs: int, cache: Path | None) -> Iterator[Postings]:
    """The postings of each run, in order: from the cache where its texts are unchanged (its
    key in `keys`), else made (on `jobs` processes when there are many to make) and put in the
    cache. Entries of the cache no run uses any more are removed."""
    if cache:
        cache.mkdir(parents=True, exist_ok=True)
    todo = [k for k, key in enumerate(keys) if not (cache and (cache / f"{key}.pickle").exists())]
    made: Iterator[Postings]
    if jobs > 1 and len(todo) > 4 and "fork" in mp.get_all_start_methods():
        _RUNS[:] = [runs[k] for k in todo]
        pool = mp.get_context("fork").Pool(jobs)
        made = pool.imap(_postings_of_run, range(len(todo)))
    else:
        pool = None
        made = (_postings(runs[k]) for k in todo)
    try:
        todo_set = set(todo)
        for k, key in enumerate(keys):
            if k in todo_set:
                p = next(made)
                if cache:
                    _put(cache / f"{key}.pickle", p)
            else:
                got = _get(cache / f"{key}.pickle") if cache else None
                p = got if got is not None else _postings(runs[k])  # a damaged entry is made again
            yield p
    finally:
        if pool:
            pool.terminate()
        _RUNS.clear()


def _prune(cache: Path, keys: list[str]) -> None:
    """Remove the entries of the cache no run uses any more (after the shards are made: a
    changed run's last postings say which keys it changed)."""
    wanted = {*keys, Path(STATE).stem}
    for f in cache.glob("*.pickle"):
        if f.stem not in wanted:
            f.unlink(missing_ok=True)


def _run_postings_one(run: list[tuple[int, str]], key: str, cache: Path) -> Postings:
    """One run's postings, from the cache or made (and put there)."""
    got = _get(cache / f"{key}.pickle")
    if got is None:
        cache.mkdir(parents=True, exist_ok=True)
        got = _postings(run)
        _put(cache / f"{key}.pickle", got)
    return got


def _get(f: Path) -> Any:
    try:
        return pickle.loads(f.read_bytes())
    except Exception:
        return None


def _put(f: Path, p: object) -> None:
    tmp = f.with_suffix(f".{os.getpid()}.tmp")
    try:
        tmp.write_bytes(pickle.dumps(p, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(tmp, f)
    except OSError:
        tmp.unlink(missing_ok=True)  # no cache entry: the next build makes it again


_RUNS: list[list[tuple[int, str]]] = []


def _postings_of_run(k: int) -> Postings:
    return _postings(_RUNS[k])


def _join(parts: Iterable[Postings]) -> dict[str, bytearray]:
    """The postings of consecutive runs joined: the first entry of a later run holds its
    document number, made a delta from the key's last document before."""
    out: dict[str, list] = {}
    for part in parts:
        for key, (first, last, text) in part.items():
            rec = out.get(key)
            if rec is None:
                out[key] = [last, text]  # the run's own bytes, grown in place: not a second copy
            else:
                head, at = _decode1(text)
                rec[1] += enc((first - rec[0]) * 2 + (head & 1)).encode("ascii") + text[at:]
                rec[0] = last
    return {k: v[1] for k, v in out.items()}


def _as_text(parts: dict[str, bytearray]) -> dict[str, str]:
    """The postings as text, each key's bytes freed as its text is made (never both whole)."""
    out = {}
    for k in sorted(parts):
        out[k] = parts.pop(k).decode("ascii")
    return out


def postings(texts: list[str], jobs: int = 1) -> dict[str, str]:
    """key -> its postings (see enc), documents numbered from 0 in the order given. Made in
    runs of CHUNK documents (on `jobs` processes) and joined."""
    runs = [list(enumerate(texts))[lo : lo + CHUNK] for lo in range(0, len(texts), CHUNK)]
    return _as_text(_join(_run_postings(runs, [""] * len(runs), jobs, None)))


def _postings(docs: Iterable[tuple[int, str]]) -> Postings:
    """For each key: (first doc, last doc, encoded postings with the first doc absolute).
    The hot loop of the build at archive scale: one step per (key, document) pair. Each
    key's postings grow in one bytearray (ASCII): a list of small strings per key took
    some 35 bytes of memory per byte of text."""
    first: dict[str, int] = {}
    last: dict[str, int] = {}
    parts: dict[str, bytearray] = {}
    table, short = _ENC, len(_ENC)
    for n, text in docs:
        entries = _big_entries(text) if len(text) > BIG_DOC else _entries(text)
        for key, multi, entry in entries:
            prev = last.get(key)
            if prev is None:
                first[key] = n
                h = n * 2 + multi
                parts[key] = bytearray(((table[h] if h < short else enc(h)) + entry).encode("ascii"))
            else:
                h = (n - prev) * 2 + multi
                parts[key] += ((table[h] if h < short else enc(h)) + entry).encode("ascii")
            last[key] = n
    return {k: (first[k], last[k], v) for k, v in parts.items()}


BIG_DOC = 100_000  # characters: a longer document is indexed position by position


def _big_entries(text: str) -> Iterator[tuple[str, int, str]]:
    """The same entries as _entries, for a huge document (one article of many megabytes),
    without a Python object per character or pair: sorting every position held some 100
    bytes a character, and an array of positions per key 4 bytes a character and again a
    pair. A character's entry needs its count and first position only (counted at C speed;
    first positions found in the order characters first appear, each search starting where
    the last one's character was found); a pair's gaps are encoded as they are met, a byte or
    two a position."""
    counts = Counter(text)
    first, at = {}, 0
    for c in dict.fromkeys(text):  # in the order of first appearance
        at = text.index(c, at)
        first[c] = at
    for c in sorted(counts):
        if c != SEP:
            n = counts[c]
            yield (c, 0, enc(first[c])) if n == 1 else (c, 1, enc(n - 2) + enc(first[c]))
    del counts, first
    table = [x.encode("ascii") for x in _ENC]
    short = len(table)
    pairs: dict[str, list] = {}  # pair -> [count, first position, last position, gaps encoded]
    for i in range(len(text) - 1):
        k = text[i : i + 2]
        st = pairs.get(k)
        if st is None:
            pairs[k] = [1, i, i, bytearray()]
            continue
        gap = i - st[2] - 1
        st[3] += table[gap] if gap < short else enc(gap).encode("ascii")
        st[0] += 1
        st[2] = i
    for k in sorted(pairs):
        n, p, _, gaps = pairs.pop(k)
        if SEP not in k:
            yield (k, 0, enc(p)) if n == 1 else (k, 1, enc(n - 2) + enc(p) + gaps.decode("ascii"))


def _entries(text: str) -> list[tuple[str, int, str]]:
    """(key, several, entry) for each character and pair of one document: a character's
    count (when several) and first position, a pair's count (when several) and positions."""
    table, short = _ENC, len(_ENC)
    # sorting positions by key groups each key's positions, in order, at C speed
    order = sorted(range(len(text)), key=text.__getitem__)
    entries: list[tuple[str, int, str]] = []
    for c, grp in groupby(order, key=text.__getitem__):
        if c == SEP:
            continue
        g = list(grp)
        p = g[0]
        first = table[p] if p < short else enc(p)
        entries.append((c, 0, first) if len(g) == 1 else (c, 1, (table[len(g) - 2] if len(g) - 2 < short else enc(len(g) - 2)) + first))
    pairs = [text[i : i + 2] for i in range(len(text) - 1)]
    order = sorted(range(len(pairs)), key=pairs.__getitem__)
    for k, grp in groupby(order, key=pairs.__getitem__):
        if SEP in k:
            continue
        pos = list(grp)
        if len(pos) == 1:
            p = pos[0]
            entries.append((k, 0, table[p] if p < short else enc(p)))
        else:
            entries.append((k, 1, "".join([enc(len(pos) - 2), enc(pos[0]), *(enc(b - a - 1) for a, b in pairwise(pos))])))
    return entries


# Postings as text, per key: for each document holding it, a header (document number as a
# delta from the key's previous document, times two, plus one when it occurs more than once),
# then, when more than once, the count minus two; then for a pair every position (the first,
# then gaps minus one), for a character its first position. Each number in as few characters
# as it needs and no separators: the last character of a number comes from FINAL, the ones
# before it from MORE (a number below 59 takes one character, below 1,888 two). About a third
# shorter than base 36 with separators. Printable ASCII that needs no escape in a JSON string,
# without "<" (no "</" can close the script).
_ALPHABET = "".join(c for c in map(chr, range(0x21, 0x7F)) if c not in '"\\<')
MORE, FINAL = _ALPHABET[:32], _ALPHABET[32:]


def enc(n: int) -> str:
    s = FINAL[n % 59]
    n //= 59
    while n:
        n, r = divmod(n, 32)
        s = MORE[r] + s
    return s


_ENC = [enc(i) for i in range(59 * 32)]
_VALUE = {ord(c): v for v, c in enumerate(_ALPHABET)}  # < 32: a leading digit; else 32 + the last


def _decode1(text: bytes | bytearray) -> tuple[int, int]:
    """The first number of encoded postings and where the rest begins."""
    acc, at = 0, 0
    while True:
        v = _VALUE[text[at]]
        at += 1
        if v < 32:
            acc = acc * 32 + v
        else:
            return acc * 59 + v - 32, at


def decode(key: str, text: str) -> dict[int, list[int]]:
    """Postings text -> {document: positions} (a character: [count, first position]); as
    the browser reads it, for tests and tools."""
    out, at, doc, data = {}, 0, 0, text.encode("ascii")

    def num() -> int:
        nonlocal at
        v, used = _decode1(data[at:])
        at += used
        return v

    while at < len(data):
        h = num()
        doc += h >> 1
        k = num() + 2 if h & 1 else 1
        if len(key) == 1:
            out[doc] = [k, num()]
        else:
            pos = [num()]
            for _ in range(k - 1):
                pos.append(pos[-1] + num() + 1)
            out[doc] = pos
    return out
