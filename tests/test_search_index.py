"""The search index finds exactly the items containing a query, for any substring; built on
several processes it is the same index."""

import random

from pipeline.write.search_index import FINAL, MORE, decode, enc, normalize, postings


def find(index, q):
    """The browser's algorithm: pairs of q at consecutive positions."""
    if len(q) == 1:
        return set(decode(q, index[q])) if q in index else set()
    lists = [decode(q[i:i + 2], index[q[i:i + 2]]) if q[i:i + 2] in index else {} for i in range(len(q) - 1)]
    docs = set.intersection(*(set(x) for x in lists)) if lists else set()
    hit = set()
    for d in docs:
        sets = [set(x[d]) for x in lists]
        if any(all(p + i in sets[i] for i in range(len(sets))) for p in sets[0]):
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
    assert find(one, "龙城新材料汽车产量高新区尼龙城") == {n for n, x in enumerate(texts) if "龙城新材料汽车产量高新区尼龙城" in x}


def test_normalization_and_numbers():
    assert normalize("Ａ Ｂ，高新区\u3000１２") == "ab,高新区12"
    # the last character of a number from FINAL (59), the ones before it from MORE (32)
    assert [enc(n) for n in (0, 58, 59, 1887, 1888)] == [FINAL[0], FINAL[58], MORE[1] + FINAL[0], MORE[31] + FINAL[58],
                                                         MORE[1] + MORE[0] + FINAL[0]]
    assert not set(MORE + FINAL) & set('"\\<') and len(set(MORE + FINAL)) == 91


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
    assert written - shards <= {"gxsearch/meta.js", f"gxsearch/t/{len(list((docs / 'gxsearch' / 't').glob('*.js'))) - 1}.js"}
    assert len(written) < len(after) / 2

    from pipeline.write import search_index

    def no_postings(*args):
        raise AssertionError("the postings were joined again")

    monkeypatch.setattr(search_index, "_join", no_postings)
    build(content, docs, lock_path=lock, cache=cache, jobs=2)
    assert stamps() == after
    monkeypatch.undo()

    clean_lock = tmp_path / "lock2.json"
    clean_lock.write_bytes(lock.read_bytes())
    build(content, tmp_path / "clean", lock_path=clean_lock, cache=None, jobs=1)
    assert tree(docs / "gxsearch") == tree(tmp_path / "clean" / "gxsearch")


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
