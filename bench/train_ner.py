#!/usr/bin/env python3
"""Train the lac-crf tagger's model (build/pipeline/extract/models/lac-crf.crfsuite) on the
People's Daily NER dev split (bench/data/peoples-daily-ner.dev), never on the test split that
bench/ner.py scores. Training is deterministic: the same data gives the same model bytes.

Usage: python bench/train_ner.py [--cv] [--out PATH]
  --cv  first print 3-fold cross-validated F1 on the dev split (how features were chosen)
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "build"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from ner import TYPES, load, tally
from pipeline.extract import crf

DEV = Path(__file__).resolve().parent / "data" / "peoples-daily-ner.dev"


def analysed(path: Path) -> list[tuple[str, list[tuple[str, str]], set]]:
    from pipeline.extract.lac import lac

    sents = load(path)
    words = lac().run([text for text, _ in sents])
    return [(text, w, gold) for (text, gold), w in zip(sents, words, strict=True)]


def cross_validate(data: list, folds: int = 3) -> dict[str, tuple[float, float, float]]:
    pairs: list = []
    with tempfile.TemporaryDirectory() as tmp:
        for f in range(folds):
            model = Path(tmp) / f"fold{f}.crfsuite"
            crf.train([s for i, s in enumerate(data) if i % folds != f], model)
            tagger = crf.Tagger(model)
            pairs += [(set(tagger.tag_line(t, w)), gold) for i, (t, w, gold) in enumerate(data) if i % folds == f]
    return tally(pairs)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cv", action="store_true")
    ap.add_argument("--out", type=Path, default=crf.MODEL)
    ap.add_argument("--data", type=Path, default=DEV)
    args = ap.parse_args()
    t0 = time.perf_counter()
    data = analysed(args.data)
    print(f"{args.data.name}: {len(data)} sentences analysed by LAC in {time.perf_counter() - t0:.1f} s")
    if args.cv:
        res = cross_validate(data)
        for k in TYPES:
            p, r, f = res[k]
            print(f"cv {k:4} P {p:.3f} R {r:.3f} F1 {f:.3f}")
    t0 = time.perf_counter()
    crf.train(data, args.out)
    print(f"model written to {args.out} ({args.out.stat().st_size:,} bytes) in {time.perf_counter() - t0:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
