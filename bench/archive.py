#!/usr/bin/env python3
"""Archive-scale benchmark: generate N synthetic bulletins from content_src (new dates,
names and layout damage), build them with the build script and with mkdocs, and print a
table of time (wall and CPU) and peak memory per stage, pages per second and the size of
the site; then change one bulletin in the middle of the archive and rebuild and re-render,
counting the files each step writes (and rebuild once with nothing changed).

Usage: python bench/archive.py --bulletins 100 1000 [--out bench/out] [--jobs 2] [--no-mkdocs]
"""

from __future__ import annotations

import argparse
import lzma
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "build"))
sys.path.insert(0, str(ROOT / "bench"))

from pipeline.cli import build  # noqa: E402
from pipeline.extract.taggers import DEFAULT_TAGGER  # noqa: E402
from pipeline.pack import PRESET, UNUSED, order, pack  # noqa: E402
from synth import generate  # noqa: E402

# mkdocs under a small wrapper process that reports its children's usage: mkdocs's own peak
# memory and CPU seconds. Read from here, the peak would be the largest child's (the build's
# worker), and a child forked from this big process carries this process's peak past exec.
RENDER = """import resource, sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from pipeline.render import render
proc = render(Path(sys.argv[2]), Path(sys.argv[3]), jobs=int(sys.argv[4]))
sys.stderr.write(proc.stderr[-2000:])
u = resource.getrusage(resource.RUSAGE_CHILDREN)
print(u.ru_utime + u.ru_stime, u.ru_maxrss * 1024)
sys.exit(proc.returncode)
"""


def size(folder: Path, pattern: str = "*") -> int:
    return sum(p.stat().st_size for p in folder.rglob(pattern) if p.is_file())


def mb(n: float) -> str:
    return f"{n / 2**20:,.1f} MB"


def cpu() -> float:
    """CPU seconds (user + system) of this process and of its children that have ended: the
    build's workers are counted once their pool is closed. Wall seconds on a shared machine
    say more about the neighbours than about the build."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def stamps(folder: Path) -> dict[str, tuple[int, int]]:
    """{file: (inode, mtime)}: a file written again, even with the same bytes, changes one."""
    out = {}
    for p in folder.rglob("*"):
        if p.is_file():
            st = p.stat()
            out[p.relative_to(folder).as_posix()] = (st.st_ino, st.st_mtime_ns)
    return out


def written(before: dict, after: dict) -> int:
    return sum(1 for k, v in after.items() if before.get(k) != v)


def render(docs: Path, site: Path, jobs: int) -> tuple[float, float, int]:
    """The render (edition.py render: MkDocs' page pipeline on `jobs` processes, only pages
    whose inputs changed) of docs into site: (wall s, CPU s, peak RSS bytes) of it alone."""
    t = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", RENDER, str(ROOT / "build"), str(docs), str(site), str(jobs)],
                          capture_output=True, text=True)
    wall = time.perf_counter() - t
    if proc.returncode:
        print(proc.stderr, file=sys.stderr)
        raise SystemExit("mkdocs build failed")
    cpu_s, peak = proc.stdout.split()
    return wall, float(cpu_s), int(peak)


def folders(site: Path) -> dict[str, int]:
    """Bytes per top-level folder of the site (files at the top as "/")."""
    out: dict[str, int] = {}
    for p in site.rglob("*"):
        if p.is_file():
            rel = p.relative_to(site).as_posix()
            top = rel.split("/", 1)[0] if "/" in rel else "/"
            out[top] = out.get(top, 0) + p.stat().st_size
    return out


def offline_apart(site: Path) -> int:
    """The offline copy's size if no two bulletins shared any text: each bulletin's files
    compressed as a stream of their own (and the files of no bulletin as one more). The synthetic bulletins reuse the samples'
    sentences, which one xz stream over the archive compresses away; real bulletins share
    far less, so this is the figure to extrapolate from (an upper bound)."""
    groups: dict[tuple, list[Path]] = {}
    for p in sorted(site.rglob("*")):
        rel = p.relative_to(site).as_posix()
        if p.is_file() and not rel.startswith(("download/", *UNUSED)):
            groups.setdefault(order(rel)[:2], []).append(p)  # the files of no bulletin: one stream
    rest = groups.pop((1, ""), [])
    # one bulletin in `step` (some 200 in all) stands for the others: xz reads 7 MB a second
    step = max(1, len(groups) // 200)
    sample = [g for i, (_, g) in enumerate(sorted(groups.items())) if i % step == 0]

    def packed(files: list[Path]) -> int:
        return len(lzma.compress(b"".join(p.read_bytes() for p in files), preset=PRESET))

    return packed(rest) + round(sum(packed(g) for g in sample) * len(groups) / len(sample))


def middle(content: Path) -> Path:
    """A bulletin in the middle of the archive by file name (the generator's order, which
    spreads the years): changing it moves nothing that an append-only numbering keeps."""
    files = sorted((content / "bulletins").glob("*.txt"))
    return files[len(files) // 2]


def run(n: int, out: Path, jobs: int, mkdocs: bool, tagger: str = DEFAULT_TAGGER) -> dict:
    content = generate(ROOT / "content_src", out / f"content-{n}", n)
    docs, site, cache = out / f"docs-{n}", out / f"site-{n}", out / f"cache-{n}"
    for folder in (docs, cache, site):
        if folder.exists():
            shutil.rmtree(folder)
    c = cpu()
    s = build(content, docs, cache=cache, jobs=jobs, tagger=tagger)
    row = {"n": n, "items": s["items"], "pages": sum(1 for _ in docs.rglob("*.md")), "build": s["seconds"],
           "build_cpu": cpu() - c, "stages": s["stages"], "docs_files": s["files"]}
    if mkdocs:
        row["mkdocs"], row["mkdocs_cpu"], row["mkdocs_rss"] = render(docs, site, jobs)
        t, c = time.perf_counter(), cpu()
        row["zip"] = pack(site).stat().st_size  # the offline copy is part of the published site
        row["pack"], row["pack_cpu"] = time.perf_counter() - t, cpu() - c
        row["zip_apart"] = offline_apart(site)
        row["folders"] = folders(site)
        row["largest"] = max((p.stat().st_size, p.relative_to(site).as_posix()) for p in site.rglob("*.html"))
        row["site"] = size(site)
        row["search"] = size(site / "gxsearch")
        row["site_files"] = sum(1 for p in site.rglob("*") if p.is_file())
    # nothing changed: what a rebuild costs for no news
    c, t = cpu(), time.perf_counter()
    s0 = build(content, docs, cache=cache, jobs=jobs, tagger=tagger)
    row["rebuild0"], row["rebuild0_cpu"], row["rebuild0_changed"] = time.perf_counter() - t, cpu() - c, s0["changed"]
    if mkdocs:
        before = stamps(site)
    # one bulletin in the middle changed (an item added at its end): the incremental rebuild
    changed = middle(content)
    changed.write_text(changed.read_text(encoding="utf-8") + "\n\n本报讯 3月3日,某区召开会议。\n", encoding="utf-8")
    c, t = cpu(), time.perf_counter()
    s2 = build(content, docs, cache=cache, jobs=jobs, tagger=tagger)
    row["rebuild"], row["rebuild_cpu"] = time.perf_counter() - t, cpu() - c
    row["rebuild_changed"], row["rebuild_files"] = s2["changed"], s2["files"]
    if mkdocs:
        row["rerender"], row["rerender_cpu"], _ = render(docs, site, jobs)
        after = stamps(site)
        row["rerender_written"], row["site_files"] = written(before, after), len(after)
    return row


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--bulletins", type=int, nargs="+", default=[100, 1000], help="archive sizes, up to 10000 and beyond")
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "out")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--no-mkdocs", action="store_true")
    ap.add_argument("--tagger", default=DEFAULT_TAGGER, help="the build's people extractor (edition.py build --tagger)")
    args = ap.parse_args()
    rows = [run(n, args.out, args.jobs, not args.no_mkdocs, args.tagger) for n in args.bulletins]
    print(f"\nArchive benchmark ({args.jobs} processes for the text stages and pages, tagger {args.tagger}; "
          "seconds as wall / CPU, CPU = user + system of the process and its children)\n")
    stages = ["read", "segment", "extract", "link", "pages", "write"]
    head = ("| bulletins | items | pages | " + " | ".join(f"{s} s" for s in stages) +
            " | build s | build ms/page CPU | bulletins/s | peak MB | rebuild 0 s (files written) | rebuild 1 s | rebuild 1 docs files written |")
    if not args.no_mkdocs:
        head += (" mkdocs s | mkdocs ms/page CPU | mkdocs peak MB | re-render s | re-render site files written |"
                 " site with offline copy | of it offline copy (.tar.xz) | pack s | offline copy, bulletins apart |"
                 " search index | bytes/item | largest page |")
    print(head)
    print("|" + "|".join("---" for _ in range(head.count("|") - 1)) + "|")
    for r in rows:
        st = r["stages"]
        peak = max(v[1] for v in st.values())
        cells = [str(r["n"]), str(r["items"]), str(r["pages"])]
        cells += [f"{st.get(s, (0, 0))[0]:.2f}" for s in stages]
        cells += [f"{r['build']:.1f} / {r['build_cpu']:.1f}", f"{1000 * r['build_cpu'] / r['pages']:.2f}",
                  f"{r['n'] / r['build']:.0f}", f"{peak / 2**20:.0f}",
                  f"{r['rebuild0']:.1f} / {r['rebuild0_cpu']:.1f} ({r['rebuild0_changed']})",
                  f"{r['rebuild']:.1f} / {r['rebuild_cpu']:.1f}",
                  f"{r['rebuild_changed']} of {r['rebuild_files']} ({100 * r['rebuild_changed'] / r['rebuild_files']:.1f}%)"]
        if "mkdocs" in r:
            cells += [f"{r['mkdocs']:.1f} / {r['mkdocs_cpu']:.1f}", f"{1000 * r['mkdocs_cpu'] / r['pages']:.2f}",
                      f"{r['mkdocs_rss'] / 2**20:.0f}", f"{r['rerender']:.1f} / {r['rerender_cpu']:.1f}",
                      f"{r['rerender_written']} of {r['site_files']} ({100 * r['rerender_written'] / r['site_files']:.1f}%)",
                      mb(r["site"]), mb(r["zip"]), f"{r['pack']:.1f} / {r['pack_cpu']:.1f}", mb(r["zip_apart"]),
                      mb(r["search"]), f"{r['site'] / r['items']:,.0f}",
                      f"{r['largest'][0] / 1024:,.0f} KB {r['largest'][1]}"]
        print("| " + " | ".join(cells) + " |")
    for r in rows:
        if "folders" in r:
            parts = sorted(r["folders"].items(), key=lambda kv: -kv[1])
            print(f"\nN={r['n']}, bytes per item by folder: " + ", ".join(f"{k} {v / r['items'] / 1024:.1f} KB" for k, v in parts)
                  + f"; offline copy if no two bulletins shared text {r['zip_apart'] / r['items'] / 1024:.1f} KB")
    if len(rows) >= 2:
        a, b = rows[0], rows[-1]
        print(f"\nCPU time per bulletin, N={b['n']} vs N={a['n']}: build script {b['build_cpu'] / b['n'] / (a['build_cpu'] / a['n']):.2f}x"
              + (f", mkdocs {b['mkdocs_cpu'] / b['n'] / (a['mkdocs_cpu'] / a['n']):.2f}x" if "mkdocs" in a else ""))
    big = rows[-1]
    if big["n"] < 10_000:
        # linear in the bulletins: a lower bound where a stage grows faster than the archive
        f = 10_000 / big["n"]
        line = f"\nN=10,000 extrapolated linearly from N={big['n']}: build {big['build_cpu'] * f:,.0f} s CPU"
        if "mkdocs" in big:
            apart = big["site"] - big["zip"] + big["zip_apart"]
            line += (f", mkdocs {big['mkdocs_cpu'] * f:,.0f} s CPU, site {big['site'] * f / 2**30:.2f} GB"
                     f" ({apart * f / 2**30:.2f} GB with the offline copy of bulletins that share no text)")
        if len(rows) >= 2:
            # memory: the line through the two largest runs (a fixed part plus a part per bulletin)
            a = rows[-2]

            def at(y0: float, y1: float) -> float:
                return y1 + (y1 - y0) * (10_000 - big["n"]) / (big["n"] - a["n"]) if big["n"] != a["n"] else y1

            line += f"; peak build {at(*(max(v[1] for v in r['stages'].values()) for r in (a, big))) / 2**30:.1f} GB"
            if "mkdocs" in big:
                line += f", mkdocs {at(a['mkdocs_rss'], big['mkdocs_rss']) / 2**30:.1f} GB"
        print(line)
    print("(the stage seconds of read, segment and extract are summed over the worker processes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
