"""The search index finds exactly the items containing a query, for any substring; built on
several processes it is the same index."""

import json
import random

from pipeline.write.search_index import FINAL, MORE, decode, enc, normalize, postings


def cover(q):
    """The browser's pairs for q: (offset, pair) for every other pair, and the last."""
    out = [(i, q[i:i + 2]) for i in range(0, len(q) - 1, 2)]
    return out if out[-1][0] == len(q) - 2 else [*out, (len(q) - 2, q[-2:])]


def find(index, q):
    """The browser's algorithm: pairs of q that cover every character, at their offsets."""
    if len(q) == 1:
        return set(decode(q, index[q])) if q in index else set()
    pairs = cover(q)
    lists = [decode(k, index[k]) if k in index else {} for _, k in pairs]
    docs = set.intersection(*(set(x) for x in lists)) if lists else set()
    hit = set()
    for d in docs:
        sets = [set(x[d]) for x in lists]
        if any(all(p + off in sets[i] for i, (off, _) in enumerate(pairs)) for p in sets[0]):
            hit.add(d)
    return hit


def test_any_substring_is_found_exactly_and_parallel_is_identical():
    rng = random.Random(5)
    alphabet = "高新区尼龙城新材料汽车产量项目建设中国,。ab12"
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 300))) for _ in range(2500)]
    one = postings(texts, jobs=1)
    assert postings(texts, jobs=2) == one
    for _ in range(300):
        t = rng.choice(texts)
        if len(t) < 2:
            continue
        k = rng.randint(1, min(6, len(t)))
        i = rng.randrange(len(t) - k + 1)
        q = t[i:i + k]
        assert find(one, q) == {n for n, x in enumerate(texts) if q in x}, q
    for q in ("龙城新材", "龙城新材料", "尼龙城"):  # even and odd lengths: the last pair overlaps
        assert [k for _, k in cover(q)] == {4: ["龙城", "新材"], 5: ["龙城", "新材", "材料"], 3: ["尼龙", "龙城"]}[len(q)]
    assert find(one, "龙城新材料汽车产量高新区尼龙城") == {n for n, x in enumerate(texts) if "龙城新材料汽车产量高新区尼龙城" in x}


def test_normalization_and_numbers():
    assert normalize("Ａ Ｂ，高新区\u3000１２") == "ab,高新区12"
    # the last character of a number from FINAL (59), the ones before it from MORE (32)
    assert [enc(n) for n in (0, 58, 59, 1887, 1888)] == [FINAL[0], FINAL[58], MORE[1] + FINAL[0], MORE[31] + FINAL[58],
                                                         MORE[1] + MORE[0] + FINAL[0]]
    assert not set(MORE + FINAL) & set('"\\<') and len(set(MORE + FINAL)) == 91


def test_every_other_pair_is_not_enough_without_the_positions():
    """The covering pairs find only where they follow at their offsets: 高新 and 新区 apart in
    a text (高新…新区) do not make 高新新区, nor does 新区 before 高新."""
    texts = ["高新的新区", "新区高新", "高新新区", "高新高新新区"]
    assert find(postings(texts), "高新新区") == {2, 3}
    assert find(postings(texts), "新高新") == {3}


def test_big_keys_have_files_of_their_own_and_meta_rows_come_in_chunks(tmp_path, monkeypatch):
    """A key whose postings are over SOLO_BYTES is named in its shard and kept in a file of
    its own, so a query for a rare pair in that shard does not load it; meta's rows come in
    chunks of META_CHUNK documents with dates as changes, read back as the browser reads them."""
    from conftest import CONTENT
    from pipeline.cli import build
    from pipeline.write import search_index
    from test_workbench import search
    from test_workbench import search_index as load_index

    monkeypatch.setattr(search_index, "SOLO_BYTES", 200)
    monkeypatch.setattr(search_index, "META_CHUNK", 16)
    docs = tmp_path / "docs"
    build(CONTENT, docs, lock_path=tmp_path / "lock.json")
    gx = docs / "gxsearch"
    solo = sorted(f for f in (gx / "k").glob("*-*.js"))
    assert solo
    shard = loaded(gx / "k" / f"{solo[0].stem.split('-')[0]}.js")
    assert any(isinstance(v, int) for v in shard.values()) and any(isinstance(v, str) for v in shard.values())
    index, records = load_index(docs)
    assert all(isinstance(v, str) for v in index.values())
    for q in ("高新区", "项目", "尼龙城"):
        assert {r[0] for r in records if r and q in normalize(r[1] + r[2] + r[6])} <= search(docs, q) != set()
    meta = loaded(gx / "meta.js")
    assert "docs" not in meta and "count" not in meta and meta["chunk"] == 16  # meta.js does not grow with the items
    chunks = sorted((gx / "m").glob("*.js"), key=lambda f: int(f.stem))
    rows = [r for f in chunks for r in read_rows(loaded(f))]
    assert len(rows) == len(records) and len(chunks) == -(-len(records) // 16)
    dated = [(rec[3], row[5]) for rec, row in zip(records, rows, strict=True) if rec and row]
    assert dated and all(date == (f"{d // 10000:04d}-{d // 100 % 100:02d}-{d % 100:02d}" if d else "") for date, d in dated)


def loaded(f):
    """What a file of the index hands to gxSearch.load."""
    text = f.read_text(encoding="utf-8")
    return json.loads(text[text.index(",") + 1 : text.rindex(")")])


def read_rows(text):
    """One chunk of meta's rows as the browser reads them (rows in gxsearch.js)."""
    import datetime as dt

    from pipeline.write.search_index import _decode1

    data, at, last, out = text.encode("ascii"), 0, 0, []

    def num():
        nonlocal at
        v, used = _decode1(data[at:])
        at += used
        return v

    def date():
        nonlocal last
        z = num()
        if not z:
            return 0
        z -= 1
        last += -(z + 1) // 2 if z % 2 else z // 2
        d = dt.date(1969, 12, 31) + dt.timedelta(days=last)
        return d.year * 10000 + d.month * 100 + d.day

    while at < len(data):
        district = num()
        if not district:
            out.append(0)
            continue
        year, kind, head = num(), num(), num()
        row = [district - 1, year, kind >> 1, head, head + num(), date()]
        if kind & 1:
            row.append(date())
        out.append(row)
    return out


def test_a_huge_document_is_indexed_exactly_as_a_small_one():
    """Documents over BIG_DOC characters take the position-by-position path (bounded memory);
    it gives the very entries of the sorting path."""
    from pipeline.write.search_index import _big_entries, _entries

    rng = random.Random(7)
    for _ in range(30):
        t = "".join(rng.choice("高新区尼龙城新材料\u0001ab1") for _ in range(rng.randint(0, 5000)))
        assert sorted(_big_entries(t)) == sorted(_entries(t))
    # gaps past the short encodings (59 * 32 positions), and characters first met late
    t = "ab" + "高" * 2000 + "ab" + "新" * 70_000 + "ab" + "".join(map(chr, range(0x4E00, 0x4E00 + 3000))) + "ab"
    assert sorted(_big_entries(t)) == sorted(_entries(t))


def test_a_change_in_the_middle_rewrites_few_search_files_and_equals_a_clean_build(tmp_path, monkeypatch):
    """Documents are numbered in the id lock's order, so an item added to a bulletin in the
    middle of the archive moves no other item: the rebuild writes only the shards of the new
    text's keys, its text block and meta, and the index is the one a clean build makes. With
    nothing changed, no postings are even read."""
    import os
    import sys

    from conftest import CONTENT, ROOT, tree
    from pipeline.cli import build

    sys.path.insert(0, str(ROOT / "bench"))
    from synth import generate

    content = generate(CONTENT, tmp_path / "content", 40)
    lock, docs, cache = tmp_path / "lock.json", tmp_path / "docs", tmp_path / "cache"
    build(content, docs, lock_path=lock, cache=cache, jobs=2)

    def stamps() -> dict[str, tuple[int, int]]:
        return {p.relative_to(docs).as_posix(): (os.stat(p).st_ino, os.stat(p).st_mtime_ns)
                for p in (docs / "gxsearch").rglob("*") if p.is_file()}

    before = stamps()
    middle = sorted((content / "bulletins").glob("*.txt"))[20]
    added = "本报讯 3月3日,某区召开安全生产会议。"
    middle.write_text(middle.read_text(encoding="utf-8") + f"\n\n{added}\n", encoding="utf-8")
    build(content, docs, lock_path=lock, cache=cache, jobs=2)
    after = stamps()
    written = {f for f, v in after.items() if before.get(f) != v}
    text = normalize(added)
    keys = {*text, *(text[i : i + 2] for i in range(len(text) - 1))}
    shards = {f for f in written if f.startswith("gxsearch/k/")}
    assert 0 < len(shards) <= len(keys)
    # the new item's text block and the chunk of meta holding its row; meta.js is the same
    last_chunk = len(list((docs / "gxsearch" / "m").glob("*.js"))) - 1
    assert written - shards == {f"gxsearch/m/{last_chunk}.js", f"gxsearch/t/{len(list((docs / 'gxsearch' / 't').glob('*.js'))) - 1}.js"}
    assert len(written) < len(after) / 2

    from pipeline.write import search_index

    def no_postings(*args):
        raise AssertionError("the postings were joined again")

    monkeypatch.setattr(search_index, "_join", no_postings)
    build(content, docs, lock_path=lock, cache=cache, jobs=2)
    assert stamps() == after
    monkeypatch.undo()

    # other shard sizes (a tree from an older build) shard the index again, as a clean build
    default = tree(docs / "gxsearch")
    monkeypatch.setattr(search_index, "SOLO_BYTES", 300)
    build(content, docs, lock_path=lock, cache=cache, jobs=2)
    clean_lock = tmp_path / "lock3.json"
    clean_lock.write_bytes(lock.read_bytes())
    build(content, tmp_path / "clean3", lock_path=clean_lock, cache=None, jobs=1)
    assert tree(docs / "gxsearch") == tree(tmp_path / "clean3" / "gxsearch") != default
    monkeypatch.undo()
    build(content, docs, lock_path=lock, cache=cache, jobs=2)

    clean_lock = tmp_path / "lock2.json"
    clean_lock.write_bytes(lock.read_bytes())
    build(content, tmp_path / "clean", lock_path=clean_lock, cache=None, jobs=1)
    assert tree(docs / "gxsearch") == tree(tmp_path / "clean" / "gxsearch")


def test_a_rebuild_joins_only_the_shards_a_changed_run_touches_and_equals_a_clean_build(tmp_path, monkeypatch):
    """The cache's record of the last index (shards.pickle): after an item was added in the
    middle of the archive and after a shard file went missing from docs/, only those shards are joined again, never the whole index, and the index is the one
    a clean build makes; a damaged record makes the whole index again, the same."""
    import sys

    from conftest import CONTENT, ROOT, tree
    from pipeline.cli import build
    from pipeline.write import search_index

    sys.path.insert(0, str(ROOT / "bench"))
    from synth import generate

    content = generate(CONTENT, tmp_path / "content", 30)
    lock, docs, cache = tmp_path / "lock.json", tmp_path / "docs", tmp_path / "cache"
    build(content, docs, lock_path=lock, cache=cache, jobs=1)
    assert (cache / "search" / search_index.STATE).exists()

    def clean(name):
        clean_lock = tmp_path / f"{name}.json"
        clean_lock.write_bytes(lock.read_bytes())
        build(content, tmp_path / name, lock_path=clean_lock, cache=None, jobs=1)
        return tree(tmp_path / name / "gxsearch")

    def no_whole_index(*args):
        raise AssertionError("the whole index was made again")

    # an item added to a bulletin in the middle of the archive (the last run changes: its
    # postings are compared with the cached ones of the last build)
    middle = sorted((content / "bulletins").glob("*.txt"))[15]
    text = middle.read_text(encoding="utf-8")
    middle.write_text(text + "\n\n本报讯 3月3日,某区召开安全生产会议。\n", encoding="utf-8")
    joined = []
    monkeypatch.setattr(search_index, "_all_shards", no_whole_index)
    monkeypatch.setattr(search_index, "_join", lambda parts, join=search_index._join: joined.append(1) or join(parts))
    before = tree(docs / "gxsearch")
    build(content, docs, lock_path=lock, cache=cache, jobs=1)
    after = tree(docs / "gxsearch")
    # a shard file gone from docs/ is made again (and only the shards whose files are gone)
    gone = sorted(f for f in after if f.startswith("k/"))[3]
    (docs / "gxsearch" / gone).unlink()
    build(content, docs, lock_path=lock, cache=cache, jobs=1)
    assert tree(docs / "gxsearch") == after
    monkeypatch.undo()
    assert joined and after == clean("clean1")
    changed = {f for f in after if before.get(f) != after[f] and f.startswith("k/")}
    assert 0 < len(changed) < len([f for f in after if f.startswith("k/")]) / 2

    # a damaged record: the whole index again, as a clean build
    (cache / "search" / search_index.STATE).write_bytes(b"not a pickle")
    middle.write_text(text, encoding="utf-8")
    made = []
    monkeypatch.setattr(search_index, "_all_shards", lambda *a, f=search_index._all_shards: made.append(1) or f(*a))
    build(content, docs, lock_path=lock, cache=cache, jobs=1)
    monkeypatch.undo()
    assert made and tree(docs / "gxsearch") == clean("clean2")
    # the record is whole again: the next change joins only its shards
    monkeypatch.setattr(search_index, "_all_shards", no_whole_index)
    middle.write_text(text + "\n\n本报讯 5月5日,某区召开消防会议。\n", encoding="utf-8")
    build(content, docs, lock_path=lock, cache=cache, jobs=1)
    monkeypatch.undo()
    assert tree(docs / "gxsearch") == clean("clean3")


def test_the_lock_numbers_items_once_oldest_first_and_never_twice():
    """The search's document numbers: an item keeps its number; items new to the lock get the
    next ones, oldest first whatever order they came in; a number two merged branches both gave
    stays with one item and the other gets a new one."""
    from pipeline.link import IdLock

    lock = IdLock.parse({"bulletins": {"b": {"file": "b.txt", "sha": ""}}, "items": {
        "b-01": {"bulletin": "b", "fp": "x", "n": 0},
        "b-02": {"bulletin": "b", "fp": "y", "date": "2024-05-01"},
        "b-03": {"bulletin": "b", "fp": "z", "date": "2023-01-01"},
        "b-04": {"bulletin": "b", "fp": "w", "n": 0},
    }})
    lock.number()
    assert lock.sequence() == {"b-01": 0, "b-04": 1, "b-03": 2, "b-02": 3}
    lock.number()
    assert lock.sequence() == {"b-01": 0, "b-04": 1, "b-03": 2, "b-02": 3}
    import pytest
    from pipeline.model import EditionError

    with pytest.raises(EditionError, match="'n' must be a whole number"):
        IdLock.parse({"bulletins": {"b": {"file": "b.txt", "sha": ""}}, "items": {"b-01": {"bulletin": "b", "fp": "x", "n": "1"}}})
