"""`edition.py serve`: the edition as an editor works on it. Watches content_src/, overrides/ and
mkdocs.yml; on a change, builds again (incrementally, from the cache), renders the pages that
changed (renderer.py) and reloads the open page, through MkDocs' own live-reload server, at the root of
http://127.0.0.1:PORT/ whatever site_url says. An error goes to the terminal and onto the page
(which reloads once it is fixed); the server keeps running."""

from __future__ import annotations

import html
import logging
import os
import sys
import tempfile
import time
from pathlib import Path

from mkdocs.livereload import LiveReloadServer

from .model import EditionError
from .render import render


class PreviewServer(LiveReloadServer):
    """MkDocs' live-reload server that shows the last build's errors instead of any page."""

    problem: str = ""

    def _serve_request(self, environ, start_response):  # type: ignore[no-untyped-def]
        path = environ.get("PATH_INFO", "")
        if self.problem and not path.startswith("/livereload/") and (path.endswith((".html", "/")) or "." not in path):
            page = ("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>build failed</title></head>"
                    "<body><h1>The edition did not build</h1><p>Fix the file named below and save: this page reloads."
                    f"</p><pre id=\"gx-build-errors\">{html.escape(self.problem)}</pre></body></html>").encode()
            page = self._inject_js_into_html(page, self._visible_epoch)
            start_response("500 Internal Server Error", [("Content-Type", "text/html; charset=utf-8"),
                                                         ("Content-Length", str(len(page)))])
            return [page]
        return super()._serve_request(environ, start_response)


def serve(content: Path, config: Path, port: int = 8000, host: str = "127.0.0.1", tagger: str = "patterns",
          cache: Path | None = None, jobs: int = 1) -> None:
    from .cli import build, report

    url = f"http://{host}:{port}/"
    work = Path(tempfile.mkdtemp(prefix="edition-serve-"))
    docs, site = work / "docs", work / "site"

    def builder() -> None:
        t = time.perf_counter()
        try:
            summary = build(content, docs, config=config, cache=cache, jobs=jobs, tagger=tagger, url=url)
            print("\n".join(report(summary, Path("(preview)"))), flush=True)
        except EditionError as e:
            server.problem = "\n".join(f"error: {err}" for err in e.errors)
            print(server.problem, file=sys.stderr, flush=True)
            return
        proc = render(docs, site, config, strict=False, overrides={"site_url": url}, jobs=os.cpu_count() or 1)
        if proc.returncode:
            server.problem = f"the render failed:\n{proc.stderr.strip()}"
            print(server.problem, file=sys.stderr, flush=True)
            return
        server.problem = ""
        print(f"rendered in {time.perf_counter() - t:.1f} s: {url}", flush=True)

    server = PreviewServer(builder=builder, host=host, port=port, root=str(site))
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    logging.getLogger("mkdocs.livereload").setLevel(logging.INFO)
    builder()
    for path in (content, config.parent / "overrides", config):
        if path.exists():
            server.watch(str(path))
    print(f"serving the edition on {url} (Ctrl+C stops)", flush=True)
    try:
        server.serve()
    except KeyboardInterrupt:
        pass
    finally:
        server.shutdown()
