#!/usr/bin/env python3
"""Span precision, recall and F1 per type (PER, LOC, ORG) of the entity taggers on the
People's Daily NER test set (bench/data/peoples-daily-ner.test, one character and its BIO
tag per line, from zjy-ucas/ChineseNER), and their speed.

The build's people extractor is `patterns` by default and `patterns+lac-crf` with
`edition.py build --tagger lac-crf`; the other rows are the taggers they are built from or
were measured against. lac-crf's model is trained on the dev split only (bench/train_ner.py).

Usage: python bench/ner.py [--tagger patterns,patterns+lac-crf,jieba,lac,lac-crf] [--limit N] [--data PATH]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "build"))

from pipeline.extract import taggers
from pipeline.extract.crf import spans

DATA = Path(__file__).resolve().parent / "data" / "peoples-daily-ner.test"
TYPES = ("PER", "LOC", "ORG")


def load(path: Path) -> list[tuple[str, set[tuple[int, int, str]]]]:
    sents, chars, tags = [], [], []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if not line.strip():
            if chars:
                sents.append(("".join(chars), set(spans(tags))))
            chars, tags = [], []
            continue
        parts = line.split()
        chars.append(parts[0])
        tags.append(parts[-1])
    return sents


def tally(pairs: list[tuple[set, set]]) -> dict[str, tuple[float, float, float]]:
    """Span precision, recall and F1 per type over (predicted, gold) pairs: exact spans only."""
    tp = dict.fromkeys(TYPES, 0)
    fp, fn = dict(tp), dict(tp)
    for pred, gold in pairs:
        for k in TYPES:
            g = {s for s in gold if s[2] == k}
            p = {s for s in pred if s[2] == k}
            tp[k] += len(g & p)
            fp[k] += len(p - g)
            fn[k] += len(g - p)
    out = {}
    for k in TYPES:
        p = tp[k] / (tp[k] + fp[k]) if tp[k] + fp[k] else 0.0
        r = tp[k] / (tp[k] + fn[k]) if tp[k] + fn[k] else 0.0
        out[k] = (p, r, 2 * p * r / (p + r) if p + r else 0.0)
    return out


def score(tag, sents) -> tuple[dict[str, tuple[float, float, float]], float]:
    t0 = time.perf_counter()
    pairs = [(set(tag(text)), gold) for text, gold in sents]
    dt = time.perf_counter() - t0
    return tally(pairs), sum(len(t) for t, _ in sents) / dt


def on_samples(names: list[str]) -> None:
    """People per item on the sample bulletins against the gold reading (tests/fixtures/gold.yaml):
    the build as configured (patterns + registers, or with --tagger), and each tagger alone on
    the item bodies (byline names left out). Scored as (item, name) pairs with tally()."""
    import yaml
    from pipeline.cli import read_all
    from pipeline.link import flat

    root = Path(__file__).resolve().parents[1]
    gold = yaml.safe_load((root / "tests" / "fixtures" / "gold.yaml").read_text(encoding="utf-8"))
    content = root / "content_src"

    def score_people(bulletins, people_of) -> tuple[tuple[float, float, float], int, int]:
        got, want = set(), set()
        for gb in gold["bulletins"]:
            b = next(b for b in bulletins if b.file.endswith(gb["file"]))
            for n, g in enumerate(gb["items"]):
                it = next(i for i in b.items if flat(i.body).startswith(flat(g["starts"])))
                want |= {((gb["file"], n), name, "PER") for name in g.get("people") or []}
                got |= {((gb["file"], n), name, "PER") for name in people_of(it)}
        return tally([(got, want)])["PER"], len(got - want), len(want - got)

    def built(it) -> set[str]:
        return {p.name for p in it.people}

    def alone(tag):
        def people_of(it) -> set[str]:
            byline = set(it.byline_names())
            return {it.body[a:b] for a, b, t in tag(it.body) if t == "PER"} - byline

        return people_of

    print("\nsample bulletins, people per item against the gold reading")
    print(f"{'extractor':26} {'P':>6} {'R':>6} {'F1':>6}  false  missed")
    default = read_all(content)[1]
    rows = [("build (patterns)", lambda: (default, built))]
    if "patterns+lac-crf" in names:
        rows.append(("build --tagger lac-crf", lambda: (read_all(content, tagger="lac-crf")[1], built)))
    # alone: no registers (the samples' people are in people.yaml, which the build rows use)
    rows += [(f"{n} alone", lambda n=n: (default, alone(taggers.get(n)))) for n in names if not n.startswith("patterns+")]
    for label, setup in rows:
        try:
            bulletins, people_of = setup()
        except ImportError as e:
            print(f"{label:26} not installed ({e.name})")
            continue
        (p, r, f), false, missed = score_people(bulletins, people_of)
        print(f"{label:26} {p:6.3f} {r:6.3f} {f:6.3f}  {false:5d}  {missed:6d}")


SETS = ["msra.test", "cluener.dev", "weibo.test", "resume.test", "peoples-daily-ner.test"]


def build_people(texts: list[str], tagger: str) -> list[list]:
    """The people of each text exactly as the build extracts them (extract.people_in)."""
    from pipeline.extract import people_in
    from pipeline.extract.statistical import tagger as load

    tag = None if tagger == "patterns" else load(tagger)
    spans = tag.tag_lines(texts, people_only=True) if hasattr(tag, "tag_lines") else [tag(t) if tag else None for t in texts]
    return [people_in(t, s, set(), [], set()) for t, s in zip(texts, spans, strict=True)]


def on_sets(tagger: str) -> None:
    """Person P/R/F1 of the build's extractor on every public test set (exact spans), MSRA also
    without its roster sentences (names printed with no separator), and the recall of the
    titles printed next to a name on CLUENER (cluener.positions.json)."""
    import json

    print(f"\nthe build's people extractor ({tagger}) on the public test sets, person P / R / F1")
    for name in SETS:
        sents = load(DATA.parent / name)
        t0 = time.perf_counter()
        found = build_people([t for t, _ in sents], tagger)
        speed = sum(len(t) for t, _ in sents) / (time.perf_counter() - t0)
        pairs = [({(a, b, "PER") for p in ps for a, b in p.mentions}, {g for g in gold if g[2] == "PER"})
                 for ps, (_, gold) in zip(found, sents, strict=True)]
        p, r, f = tally(pairs)["PER"]
        print(f"{name:24} {p:6.3f} {r:6.3f} {f:6.3f}   {speed:,.0f} chars/s")
        if name == "msra.test":
            plain = [pair for pair in pairs if len(pair[1]) < 8]
            p, r, f = tally(plain)["PER"]
            print(f"{'  without rosters':24} {p:6.3f} {r:6.3f} {f:6.3f}   ({len(pairs) - len(plain)} sentences with 8+ names left out)")
    rows = json.loads((DATA.parent / "cluener.positions.json").read_text(encoding="utf-8"))
    found = build_people([r["text"] for r in rows], tagger)
    total = hit = 0
    for row, people in zip(rows, found, strict=True):
        text = row["text"]
        for pa, pb, *_ in row["position"]:
            for na, nb, *_ in row["name"]:
                if 0 <= na - pb <= 1 or 0 <= pa - nb <= 1:  # a title right before or after the name
                    total += 1
                    title = text[pa:pb]
                    roles = [r for p in people if p.name == text[na:nb] for r in p.roles]
                    hit += any(title in r or r in title for r in roles if r)
    print(f"titles next to a name on CLUENER: {hit}/{total} recalled ({hit / total:.3f})")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--tagger", default="patterns,patterns+lac-crf,jieba,lac-raw,lac,lac-crf")
    ap.add_argument("--data", type=Path, default=DATA, help="a BIO file (default: the test split)")
    ap.add_argument("--limit", type=int, default=0, help="only the first N sentences")
    ap.add_argument("--no-samples", action="store_true", help="skip the table on the sample bulletins")
    ap.add_argument("--sets", nargs="?", const="lac-crf", metavar="TAGGER",
                    help="only the build's people extractor (default lac-crf) on every public test set, and title recall")
    args = ap.parse_args()
    if args.sets:
        on_sets(args.sets)
        return 0
    sents = load(args.data)
    if args.limit:
        sents = sents[: args.limit]
    print(f"{args.data.name}: {len(sents)} sentences, {sum(len(s) for s, _ in sents)} characters")
    print(f"{'tagger':17} {'type':4} {'P':>6} {'R':>6} {'F1':>6}   chars/s")
    for name in args.tagger.split(","):
        try:
            tag = taggers.get(name)
        except ImportError as e:
            print(f"{name:17} not installed ({e.name}); pip install -r requirements-ner.txt")
            continue
        res, speed = score(tag, sents)
        for k in TYPES:
            p, r, f = res[k]
            print(f"{name:17} {k:4} {p:6.3f} {r:6.3f} {f:6.3f}   {speed:,.0f}" if k == "PER" else f"{'':17} {k:4} {p:6.3f} {r:6.3f} {f:6.3f}")
    if not args.no_samples:
        on_samples(args.tagger.split(","))
    return 0


if __name__ == "__main__":
    sys.exit(main())
