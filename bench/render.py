#!/usr/bin/env python3
"""Render benchmark: `mkdocs build --strict` against `edition.py render` on a synthetic archive
of N bulletins: a full render in 1 and 2 processes, 2 shards rendered one after the other and
merged, no change, and one bulletin changed in the middle (built again, then rendered).
Prints CPU seconds (the render's processes) beside wall seconds, and the files written.

Usage: python bench/render.py --bulletins 100 1000 [--out DIR] [--jobs 2]
(--out keeps the generated archives: a second run on the same DIR skips their build.)"""

from __future__ import annotations

import argparse
import hashlib
import os
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "build"))
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "tests"))

from pipeline.cli import build  # noqa: E402
from pipeline.render import render  # noqa: E402
from synth import generate  # noqa: E402


def children_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def timed(label: str, rows: list, fn, files: int | None = None) -> object:  # type: ignore[no-untyped-def]
    c, t = children_cpu(), time.perf_counter()
    proc = fn()
    wall, cpu = time.perf_counter() - t, children_cpu() - c
    if proc.returncode:
        raise SystemExit(f"{label} failed:\n{proc.stderr[-3000:]}")
    written = next((w for w in proc.stdout.split(", ") if w.startswith("wrote ")), "")
    rendered = next((w for w in proc.stdout.split(", ") if "rendered " in w), "")
    rows.append((label, cpu, wall, rendered.split(": ")[-1], written))
    print(f"  {label}: {cpu:.1f} s CPU, {wall:.1f} s wall {rendered.split(': ')[-1]} {written}", file=sys.stderr)
    return proc


def digest(folder: Path) -> str:
    h = hashlib.sha256()
    for p in sorted(folder.rglob("*")):
        if p.is_file():
            h.update(p.relative_to(folder).as_posix().encode() + b"\0" + hashlib.sha256(p.read_bytes()).digest())
    return h.hexdigest()


def mkdocs(docs: Path, site: Path):  # type: ignore[no-untyped-def]
    from test_render import mkdocs_clean

    return mkdocs_clean(docs, site)


def run(n: int, out: Path, jobs: int) -> list:
    content, docs, cache = out / f"content-{n}", out / f"docs-{n}", out / f"cache-{n}"
    if not docs.exists():
        generate(ROOT / "content_src", content, n)
        build(content, docs, cache=cache, jobs=jobs, tagger="patterns")
    pages = sum(1 for _ in docs.rglob("*.md"))
    print(f"N={n}: {pages:,} pages", file=sys.stderr)
    rows: list = []
    work = Path(tempfile.mkdtemp(dir=out))
    ref, site = work / "mkdocs", work / "site"
    timed("mkdocs build --strict", rows, lambda: mkdocs(docs, ref))
    files = sum(1 for p in ref.rglob("*") if p.is_file())
    timed("render, 1 process", rows, lambda: render(docs, work / "one", jobs=1))
    timed(f"render, {jobs} processes", rows, lambda: render(docs, site, jobs=jobs))
    same = digest(ref) == digest(site) == digest(work / "one")
    for k in (1, 2):
        timed(f"shard {k}/2", rows, lambda k=k: render(docs, work / f"shard{k}", shard=(k, 2), jobs=1))
    timed("merge of 2 shards", rows, lambda: render(docs, work / "merged", merge=[work / "shard1", work / "shard2"]))
    same = same and digest(ref) == digest(work / "merged")
    timed("render again, nothing changed", rows, lambda: render(docs, site, jobs=jobs))
    # one bulletin in the middle changes: the build writes what changed, the render follows
    middle = sorted((content / "bulletins").glob("*.txt"))[n // 2]
    old = middle.read_text(encoding="utf-8")
    middle.write_text(old + "\n\n本报讯 3月3日，某区召开会议。\n", encoding="utf-8")
    try:
        t = time.perf_counter()
        s = build(content, docs, cache=cache, jobs=jobs, tagger="patterns")
        print(f"  build after one change: {time.perf_counter() - t:.1f} s, {s['changed']} files changed", file=sys.stderr)
        timed("render after one changed bulletin", rows, lambda: render(docs, site, jobs=jobs))
        shutil.rmtree(ref)
        mkdocs(docs, ref)
        same = same and digest(ref) == digest(site)
    finally:
        middle.write_text(old, encoding="utf-8")
        build(content, docs, cache=cache, jobs=jobs, tagger="patterns")
    shutil.rmtree(work)
    print(f"\nN={n}: {pages:,} pages, {files:,} files in the site; every render identical to mkdocs: {same}\n")
    print("| render | CPU s | wall s | pages rendered | files written |\n|---|---|---|---|---|")
    for label, cpu, wall, rendered, written in rows:
        print(f"| {label} | {cpu:.1f} | {wall:.1f} | {rendered.replace('rendered ', '')} | {written.replace('wrote ', '')} |")
    if not same:
        raise SystemExit("a render differs from mkdocs build")
    return rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--bulletins", type=int, nargs="+", default=[100, 1000])
    ap.add_argument("--out", type=Path)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = ap.parse_args()
    out = args.out or Path(tempfile.mkdtemp(prefix="bench-render-"))
    for n in args.bulletins:
        run(n, out, args.jobs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
