#!/usr/bin/env python3
"""Archive-scale benchmark: generate N synthetic bulletins from content_src (new dates,
names and layout damage), build them with the build script and with mkdocs, and print a
table of time and peak memory per stage, pages per second and the size of the site.

Usage: python bench/archive.py --bulletins 100 1000 [--out bench/out] [--jobs 2] [--no-mkdocs]
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "build"))
sys.path.insert(0, str(ROOT / "bench"))

from pipeline.cli import build  # noqa: E402
from pipeline.extract.taggers import DEFAULT_TAGGER  # noqa: E402
from pipeline.render import render  # noqa: E402
from synth import generate  # noqa: E402


def size(folder: Path, pattern: str = "*") -> int:
    return sum(p.stat().st_size for p in folder.rglob(pattern) if p.is_file())


def mb(n: float) -> str:
    return f"{n / 2**20:,.1f} MB"


def run(n: int, out: Path, jobs: int, mkdocs: bool, tagger: str = DEFAULT_TAGGER) -> dict:
    content = generate(ROOT / "content_src", out / f"content-{n}", n)
    docs, site, cache = out / f"docs-{n}", out / f"site-{n}", out / f"cache-{n}"
    for folder in (docs, cache):
        if folder.exists():
            import shutil

            shutil.rmtree(folder)
    s = build(content, docs, cache=cache, jobs=jobs, tagger=tagger)
    row = {"n": n, "items": s["items"], "pages": sum(1 for _ in docs.rglob("*.md")), "build": s["seconds"], "stages": s["stages"]}
    # one bulletin changed: the incremental rebuild
    first = sorted((content / "bulletins").glob("*.txt"))[0]
    first.write_text(first.read_text(encoding="utf-8") + "\n\n本报讯 3月3日,某区召开会议。\n", encoding="utf-8")
    t = time.perf_counter()
    s2 = build(content, docs, cache=cache, jobs=jobs, tagger=tagger)
    row["rebuild"] = time.perf_counter() - t
    row["rebuild_changed"] = s2["changed"]
    if mkdocs:
        t = time.perf_counter()
        proc = render(docs, site)
        row["mkdocs"] = time.perf_counter() - t
        if proc.returncode:
            print(proc.stderr[-2000:], file=sys.stderr)
            raise SystemExit("mkdocs build failed")
        row["mkdocs_rss"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
        row["site"] = size(site)
        row["search"] = size(site / "gxsearch")
    return row


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--bulletins", type=int, nargs="+", default=[100, 1000])
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "out")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--no-mkdocs", action="store_true")
    ap.add_argument("--tagger", default=DEFAULT_TAGGER, help="the build's people extractor (edition.py build --tagger)")
    args = ap.parse_args()
    rows = [run(n, args.out, args.jobs, not args.no_mkdocs, args.tagger) for n in args.bulletins]
    print(f"\nArchive benchmark ({args.jobs} processes for the text stages and pages, tagger {args.tagger})\n")
    stages = ["read", "segment", "extract", "link", "pages", "write"]
    head = "| bulletins | items | pages | " + " | ".join(f"{s} s" for s in stages) + " | build s | bulletins/s | peak MB | rebuild 1 s (files written) |"
    if not args.no_mkdocs:
        head += " mkdocs s | mkdocs pages/s | mkdocs peak MB | site | search index | bytes/item |"
    print(head)
    print("|" + "|".join("---" for _ in range(head.count("|") - 1)) + "|")
    for r in rows:
        st = r["stages"]
        peak = max(v[1] for v in st.values())
        cells = [str(r["n"]), str(r["items"]), str(r["pages"])]
        cells += [f"{st.get(s, (0, 0))[0]:.2f}" for s in stages]
        cells += [f"{r['build']:.1f}", f"{r['n'] / r['build']:.0f}", f"{peak / 2**20:.0f}", f"{r['rebuild']:.1f} ({r['rebuild_changed']})"]
        if "mkdocs" in r:
            cells += [f"{r['mkdocs']:.1f}", f"{r['pages'] / r['mkdocs']:.0f}", f"{r['mkdocs_rss'] / 2**20:.0f}",
                      mb(r["site"]), mb(r["search"]), f"{r['site'] / r['items']:,.0f}"]
        print("| " + " | ".join(cells) + " |")
    if len(rows) >= 2:
        a, b = rows[0], rows[-1]
        print(f"\ntime per bulletin, N={b['n']} vs N={a['n']}: build script {b['build'] / b['n'] / (a['build'] / a['n']):.2f}x"
              + (f", mkdocs {b['mkdocs'] / b['n'] / (a['mkdocs'] / a['n']):.2f}x" if "mkdocs" in a else ""))
        print("(the stage seconds of read, segment and extract are summed over the worker processes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
