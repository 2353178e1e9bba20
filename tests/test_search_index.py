"""The search index finds exactly the items containing a query, for any substring; built on
several processes it is the same index."""

import random

from pipeline.write.search_index import b36, normalize, postings


def decode(s):
    out, doc = {}, 0
    for entry in s.split("|"):
        nums = [int(x, 36) for x in entry.split(".")]
        doc += nums[0]
        pos, p = [], 0
        for i, x in enumerate(nums[1:]):
            p = x if i == 0 else p + x
            pos.append(p)
        out[doc] = pos
    return out


def find(index, q):
    """The browser's algorithm: pairs of q at consecutive positions."""
    if len(q) == 1:
        return set(decode(index.get(q, "0.0")).keys()) if q in index else set()
    lists = [decode(index[q[i:i + 2]]) if q[i:i + 2] in index else {} for i in range(len(q) - 1)]
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
    assert [b36(n) for n in (0, 35, 36, 1295, 1296, 46655)] == ["0", "z", "10", "zz", "100", "zzz"]


def test_a_huge_document_is_indexed_exactly_as_a_small_one():
    """Documents over BIG_DOC characters take the position-by-position path (bounded memory);
    it gives the very entries of the sorting path."""
    from pipeline.write.search_index import _big_entries, _entries

    rng = random.Random(7)
    for _ in range(30):
        t = "".join(rng.choice("高新区尼龙城新材料\u0001ab1") for _ in range(rng.randint(0, 5000)))
        assert sorted(_big_entries(t)) == sorted(_entries(t))
