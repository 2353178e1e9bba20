#!/usr/bin/env python3
"""No quadratic step in the text stages: each hostile layout at N and 4N lines, with the
ratio of the times (about 4 when linear, about 16 when quadratic).

Usage: python bench/scaling.py [--lines 16000]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "build"))

from pipeline.extract import extract  # noqa: E402
from pipeline.model import Bulletin  # noqa: E402
from pipeline.read import read_registers, split_lines  # noqa: E402
from pipeline.repair import repair  # noqa: E402
from pipeline.segment import segment  # noqa: E402

NAMES = "张王李赵刘陈杨黄吴周"
LINE = "高新区推进重点项目建设企业服务专员走访园区"


def name(k: int) -> str:
    return NAMES[k % 10] + NAMES[k // 10 % 10] + NAMES[k // 100 % 10]


SHAPES = {
    # one article, every line cut mid-sentence (column-break joins were pairwise)
    "broken lines": lambda k: f"{LINE}第{k}项，",
    # a banner between every two broken lines (the credit look-ahead copied the unit list)
    "banners": lambda k: f"拼抢第{k}季度\n{LINE}第{k}项，",
    # a run of byline lines under one article (the byline grew by concatenation)
    "bylines": lambda k: "本报讯 高新区召开会议。" if k == 0 else f"记者 {name(k)}",
    "datelines": lambda k: f"本报讯 {LINE}第{k}项。",
    "photo credits": lambda k: f"{LINE}第{k}项。 {name(k)} 摄",
    "finished sentences, no gap": lambda k: f"{LINE}第{k}项。",
    "headings": lambda k: f"## {LINE}第{k}项",
}


def run(text: str, registers, repeat: int = 3) -> float:
    """CPU seconds of this process, best of `repeat`: other work on a shared machine does
    not count."""
    best = float("inf")
    for _ in range(repeat):
        t = time.process_time()
        extract(repair(segment(Bulletin(file="x.txt", lines=split_lines(text)))), registers)
        best = min(best, time.process_time() - t)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lines", type=int, default=16000)
    args = ap.parse_args()
    registers = read_registers(ROOT / "content_src")
    n = args.lines
    print(f"| layout | {n} lines CPU s | {4 * n} lines CPU s | ratio |")
    print("|---|---|---|---|")
    for label, make in SHAPES.items():
        small, big = ("\n".join(make(k) for k in range(m)) for m in (n, 4 * n))
        a, b = run(small, registers), run(big, registers)
        print(f"| {label} | {a:.2f} | {b:.2f} | {b / a:.1f} |", flush=True)


if __name__ == "__main__":
    main()
