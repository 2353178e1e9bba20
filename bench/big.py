#!/usr/bin/env python3
"""One huge bulletin: memory and time of the build against the size of its largest bulletin.

Generates a bulletin of S MB (the samples' items repeated with new dates and numbers, so
that no two items open alike), then, each in a fresh process, runs
  text: the per-bulletin stages (read, segment, repair, extract) on it alone, and
  build: the whole build script (ids, pages, search index, data export, write of docs/),
and prints seconds, peak resident memory (and how much of it the interpreter with the
pipeline's libraries takes before reading anything), and peak memory over the bulletin's size;
for the build also each stage's seconds and the peak memory when it ended.
Also --shape broken: the same size as one long run of lines broken mid-sentence with no blank
line (the layout that made column-break repair quadratic), and --shape banners: the same with
a banner between every two lines (which made the photo-credit look-ahead quadratic).

Usage: python bench/big.py --mb 1 10 50 [--stage text build] [--out bench/out/big]
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CONTENT = ROOT / "content_src"

CHILD = """
import sys, time, json, resource
sys.path.insert(0, {build!r})
from pathlib import Path
stage, content, docs = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
import pipeline.cli, pipeline.parallel, pipeline.read, pipeline.write.search_index  # the libraries, before any input
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
t = time.perf_counter()
if stage == "text":
    from pipeline.parallel import text_stages
    from pipeline.read import find_bulletins, read_registers
    registers = read_registers(content)
    (src,), _ = find_bulletins(content)
    b, _ = text_stages(src, content, registers)
    n = len(b.items)
else:
    from pipeline.cli import build
    summary = build(content, docs)
    n, stages = summary["items"], summary["stages"]
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({{"items": n, "seconds": time.perf_counter() - t, "base_kb": base, "peak_kb": peak,
                  "stages": stages if stage == "build" else {{}}}}))
"""


def make_bulletin(path: Path, mb: float, shape: str = "samples") -> int:
    """Write a bulletin of about `mb` MB (UTF-8); returns its size in bytes."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((CONTENT / "bulletins").glob("*.txt"))]
    target = int(mb * 2**20)
    if shape in ("broken", "banners"):  # one article, every line cut mid-sentence, no blank line anywhere
        words = ["高新区推进重点项目建设", "企业服务专员走访园区", "管委会召开专题会议研究", "创新平台建设取得新进展"]
        with path.open("w", encoding="utf-8") as f:
            f.write("本报讯 ")
            n = 0
            while f.tell() < target:
                if shape == "banners":  # a banner dropped into the running sentence
                    f.write(f"拼抢第{n}季度\n")
                f.write(f"{words[n % len(words)]}第{n}项工作，\n")
                n += 1
            f.write("完。\n")
        return path.stat().st_size
    size, n = 0, 0
    with path.open("w", encoding="utf-8") as f:
        while size < target:
            for t in texts:
                n += 1
                # a distinct number in every paragraph: no two items share their opening words
                block = t.replace("本报讯", f"本报讯（第{n}组）").replace("\n\n", f"\n\n{n}。", 3)
                f.write(block + "\n\n\n")
                size += len(block.encode("utf-8")) + 3
                if size >= target:
                    break
    return path.stat().st_size


def run(stage: str, content: Path, docs: Path) -> dict:
    """Run a stage in a fresh process (one process: build() runs on one core by default);
    its own peak resident memory is measured there (Linux: ru_maxrss in KB)."""
    code = CHILD.format(build=str(ROOT / "build"))
    proc = subprocess.run([sys.executable, "-c", code, stage, str(content), str(docs)], capture_output=True, text=True)
    if proc.returncode:
        raise SystemExit(proc.stderr)
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, nargs="+", default=[1, 10, 50])
    ap.add_argument("--stage", nargs="+", default=["text", "build"], choices=["text", "build"])
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "out" / "big")
    ap.add_argument("--shape", choices=["samples", "broken", "banners"], default="samples",
                    help="samples: the samples' items repeated; broken: one article of lines cut mid-sentence; "
                         "banners: the same with a banner line dropped between every two")
    args = ap.parse_args()
    print("| bulletin MB | stage | items | seconds | peak MB | of it libraries MB | peak / bulletin | (peak - libraries) / bulletin |")
    print("|---|---|---|---|---|---|---|---|")
    for mb in sorted(args.mb):
        content = args.out / f"content-{mb:g}"
        shutil.rmtree(content, ignore_errors=True)
        (content / "bulletins").mkdir(parents=True)
        shutil.copytree(CONTENT / "registers", content / "registers")
        size = make_bulletin(content / "bulletins" / "big.txt", mb, args.shape)
        for stage in args.stage:
            r = run(stage, content, args.out / f"docs-{mb:g}")
            peak = r["peak_kb"] / 1024
            libs = r["base_kb"] / 1024
            print(f"| {size / 2**20:.1f} | {stage} | {r['items']} | {r['seconds']:.1f} | {peak:.0f} | {libs:.0f} | "
                  f"{peak * 2**20 / size:.1f}x | {(peak - libs) * 2**20 / size:.1f}x |", flush=True)
            if r["stages"]:  # each stage's seconds and the peak memory when it ended
                print("|  |  | " + ", ".join(f"{k} {s:.1f} s {p / 2**20:.0f} MB" for k, (s, p) in r["stages"].items())
                      + " | | | | | |", flush=True)
            shutil.rmtree(args.out / f"docs-{mb:g}", ignore_errors=True)
        shutil.rmtree(content, ignore_errors=True)


if __name__ == "__main__":
    main()
