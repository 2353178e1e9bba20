#!/usr/bin/env python3
"""Search benchmark in a real browser (Debian's chromium driven by Playwright), over HTTP and
from file://: recall against a query set drawn from the corpus, time to first results after
typing, and bytes transferred per query.

Queries: every person, organisation and place name, plus random 2-6 character substrings of
item bodies (many of them across word boundaries). An item is expected for a query when its
title, entity names or text contain the query (after NFKC, lower-casing, no white space).

Usage: python bench/search.py [--bulletins 100 1000] [--random 300] [--cold 25]
       python bench/search.py --site site --docs docs      (an already built site)
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import json
import random
import shutil
import statistics
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "build"))
sys.path.insert(0, str(ROOT / "bench"))

from pipeline.write.search_index import normalize  # noqa: E402

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-quic", "--allow-file-access-from-files"]


def corpus(docs: Path) -> tuple[list[dict], list[str]]:
    items = [json.loads(x) for x in (docs / "data" / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    order = []
    for f in sorted((docs / "gxsearch" / "t").glob("*.js"), key=lambda p: int(p.stem)):
        text = f.read_text(encoding="utf-8")
        order += [rec and rec[0] for rec in json.loads(text[text.index(",") + 1 : text.rindex(")")])]  # null: a gap
    return items, order


def searchable(it: dict) -> str:
    head = " ".join(x for x in (it["title"], it["kicker"], it["subtitle"]) if x)
    ents = " ".join(e["name"] for e in it["people"] + it["organizations"] + it["places"])
    return normalize(head) + "\u0001" + normalize(ents) + "\u0001" + normalize(it["body"] + " " + it["byline"])


def queries(items: list[dict], n_random: int, seed: int = 1) -> list[str]:
    rng = random.Random(seed)
    names = sorted({e["name"] for it in items for e in it["people"] + it["organizations"] + it["places"]})
    subs = set()
    while len(subs) < n_random:
        body = rng.choice(items)["body"].replace("\n", "")
        k = rng.randint(2, 6)
        if len(body) > k:
            i = rng.randrange(len(body) - k)
            s = body[i : i + k]
            if normalize(s) == s:
                subs.add(s)
    return names + sorted(subs)


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


class Server:
    def __init__(self, site: Path):
        handler = functools.partial(Quiet, directory=str(site))
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.httpd.shutdown()


def measure(site: Path, docs: Path, n_random: int, cold: int) -> dict:
    from playwright.sync_api import sync_playwright

    items, order = corpus(docs)
    texts = {it["url"]: searchable(it) for it in items}
    qs = queries(items, n_random)
    expected = {q: {u for u, t in texts.items() if normalize(q) in t} for q in qs}
    server = Server(site)
    out: dict = {"items": len(items), "queries": len(qs)}
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=shutil.which("chromium") or shutil.which("google-chrome") or "/usr/bin/chromium",
                                        args=CHROMIUM_ARGS)
            for mode, base in (("http", server.url), ("file", site.resolve().as_uri() + "/")):
                page = browser.new_page()
                page.goto(base + "index.html")
                missed, extra, first_ok = 0, 0, 0
                found = page.evaluate("qs => Promise.all(qs.map(q => gxSearch.search(q).then(r => r.exact.map(x => x.doc))))", qs)
                for q, docs_found in zip(qs, found, strict=True):
                    got = {order[d] for d in docs_found}
                    missed += len(expected[q] - got)
                    extra += len(got - expected[q])
                    first_ok += 1 if got == expected[q] else 0
                total = sum(len(v) for v in expected.values())
                out[f"{mode}_recall"] = (total - missed) / total if total else 1.0
                out[f"{mode}_exact_queries"] = first_ok
                out[f"{mode}_false"] = extra
                page.close()
                # cold: a fresh page per query, typed into the header box; time to results shown
                lat, sizes = [], []
                heavy: list[tuple[int, str, int, dict[str, int]]] = []
                for q in random.Random(2).sample(qs, min(cold, len(qs))):
                    page = browser.new_page()
                    got_bytes = []
                    page.on("response", lambda r, acc=got_bytes: acc.append(r) if "/gxsearch/" in r.url else None)
                    page.goto(base + "index.html")
                    page.wait_for_load_state("load")
                    got_bytes.clear()
                    ms = page.evaluate("""q => new Promise(res => {
                        const input = document.querySelector('form.gx-search input');
                        document.addEventListener('gxsearch:results', () => res(performance.now() - t0), {once: true});
                        const t0 = performance.now();
                        input.value = q; input.dispatchEvent(new Event('input', {bubbles: true}));
                    })""", q)
                    lat.append(ms)
                    if mode == "http":
                        bodies = [(r.url.split("/gxsearch/")[1], r.body()) for r in got_bytes]
                        raw = sum(len(b) for _, b in bodies)
                        gz = sum(len(gzip.compress(b)) for _, b in bodies)
                        sizes.append((raw, gz))
                        # where a query's bytes go: gzip KB per folder of the index (k/, t/, m/, meta.js)
                        parts: dict[str, int] = {}
                        for name, b in bodies:
                            group = name.split("/")[0] if "/" in name else name
                            parts[group] = parts.get(group, 0) + len(gzip.compress(b))
                        heavy.append((gz, q, len(bodies), parts))
                    page.close()
                out[f"{mode}_ms_median"] = statistics.median(lat)
                out[f"{mode}_ms_p95"] = sorted(lat)[int(0.95 * (len(lat) - 1))]
                out[f"{mode}_ms_max"] = max(lat)
                if sizes:
                    out["bytes_median"] = statistics.median(s[0] for s in sizes)
                    out["bytes_max"] = max(s[0] for s in sizes)
                    out["gzip_median"] = statistics.median(s[1] for s in sizes)
                    out["gzip_max"] = max(s[1] for s in sizes)
                    out["heavy"] = sorted(heavy, reverse=True)
            browser.close()
    finally:
        server.close()
    out["index_bytes"] = sum(p.stat().st_size for p in (site / "gxsearch").rglob("*") if p.is_file())
    return out


def build_corpus(n: int, out: Path) -> tuple[Path, Path]:
    from pipeline.cli import build
    from pipeline.render import render
    from synth import generate

    content = generate(ROOT / "content_src", out / f"content-{n}", n)
    docs, site = out / f"docs-{n}", out / f"site-{n}"
    build(content, docs, cache=out / f"cache-{n}", jobs=2)
    t = time.perf_counter()
    proc = render(docs, site)
    if proc.returncode:
        raise SystemExit(proc.stderr[-2000:])
    print(f"N={n}: mkdocs {time.perf_counter() - t:.1f} s", file=sys.stderr)
    return site, docs


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--bulletins", type=int, nargs="*", default=[100, 1000])
    ap.add_argument("--site", type=Path)
    ap.add_argument("--docs", type=Path)
    ap.add_argument("--random", type=int, default=300)
    ap.add_argument("--cold", type=int, default=25, help="queries timed in a fresh page each")
    ap.add_argument("--heavy", type=int, default=5, help="the heaviest cold queries listed, with their gzip KB per index folder")
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "out")
    args = ap.parse_args()
    runs = [("given", args.site, args.docs)] if args.site else [(n, *build_corpus(n, args.out)) for n in args.bulletins]
    print("| bulletins | items | queries | recall http | recall file | exact sets | false hits | first results ms (median / p95 / max) http | file | "
          "bytes per query (median / max) | gzip | index size |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    for n, site, docs in runs:
        r = measure(site, docs, args.random, args.cold)
        print(f"| {n} | {r['items']} | {r['queries']} | {r['http_recall']:.3f} | {r['file_recall']:.3f} | "
              f"{r['http_exact_queries']}/{r['queries']} | {r['http_false']} | "
              f"{r['http_ms_median']:.0f} / {r['http_ms_p95']:.0f} / {r['http_ms_max']:.0f} | "
              f"{r['file_ms_median']:.0f} / {r['file_ms_p95']:.0f} / {r['file_ms_max']:.0f} | "
              f"{r['bytes_median'] / 1024:.0f} KB / {r['bytes_max'] / 1024:.0f} KB | {r['gzip_median'] / 1024:.0f} KB / {r['gzip_max'] / 1024:.0f} KB | "
              f"{r['index_bytes'] / 2**20:.1f} MB |")
        for gz, q, files, parts in r["heavy"][: args.heavy]:
            print(f"  {gz / 1024:5.1f} KB gzip in {files} files: {q!r} " +
                  " ".join(f"{g} {b / 1024:.1f}" for g, b in sorted(parts.items())), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
