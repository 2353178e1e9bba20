"""`edition.py render`: docs/ into site/ through MkDocs' own page pipeline, but only the pages
whose inputs changed, in parallel processes or in shards on separate machines.

`mkdocs build` renders every page on every run (at 1,000 bulletins some 15,000 pages, 53 s of
CPU, most of a rebuild after one changed bulletin) and `--dirty` decides by file times alone,
so a page whose Markdown is unchanged but whose link target vanished keeps a stale page. This
driver calls the same functions `mkdocs build` does (get_files, get_navigation,
_populate_page, _build_page, _build_theme_template) and skips a page only when everything
that page's HTML is made of is unchanged:
- its Markdown (the bytes, hashed);
- what every page shows of the others: the configuration, the theme's templates, the versions
  of the rendering packages, and the navigation (nav lists index pages only, so its titles,
  URLs and metadata are a few lines);
- whether each link target it looked up exists (a removed target turns a link into a warning);
  with `use_directory_urls: false` a target's URL is its path, so its content never matters;
- its output file, untouched since it was written (size and modification time).

The once-only files (the theme's and docs/' static files, 404.html, sitemap.xml and .gz) are
written by the merge step, which every full run ends with; a file in site/ that this run did
not produce is removed, so site/ always equals a clean `mkdocs build --strict` (tests/test_render.py).
Files are written only when their bytes differ, so an incremental run touches few files.

Sharding: page P belongs to shard 1 + blake2b(P) mod N, stable as pages come and go.
`--shard K/N --site S_K` renders shard K's pages alone; `--merge` then assembles the shard
folders' union (copied in by the caller, or by `--merge DIR…`) with the once-only files.
Strict mode as `mkdocs build --strict`: any warning fails the run, listed with its file.
The input record (the manifest) lives beside site/, as .SITE.render.json, never in it."""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import multiprocessing as mp
import os
import shutil
import sys
import time
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

from . import rawpage
from .config import source_date_epoch

MANIFEST_VERSION = 1
# packages whose code shapes a page's HTML: a new version renders everything again
PACKAGES = ("mkdocs", "mkdocs-material", "markdown", "pymdown-extensions", "jinja2", "markupsafe", "pyyaml")
# below this many pages to render, forking workers costs more than it saves
PARALLEL_MIN = 40


class RenderError(Exception):
    """Warnings in strict mode, or a page that failed: messages name the file."""

    def __init__(self, messages: list[str]) -> None:
        super().__init__("\n".join(messages))
        self.messages = messages


def shard_of(src_uri: str, count: int) -> int:
    """The shard (1..count) that renders a page: a hash of its path, so adding or removing
    pages never moves another page between shards."""
    digest = hashlib.blake2b(src_uri.encode("utf-8"), digest_size=8).digest()
    return 1 + int.from_bytes(digest, "big") % count


def parse_shard(text: str) -> tuple[int, int]:
    k, _, n = text.partition("/")
    if not (k.isdigit() and n.isdigit()) or not 1 <= int(k) <= int(n):
        raise ValueError(f"--shard takes K/N with 1 <= K <= N, not {text!r}")
    return int(k), int(n)


def manifest_path(site: Path, shard: tuple[int, int] | None = None) -> Path:
    suffix = f".{shard[0]}of{shard[1]}" if shard else ""
    return site.parent / f".{site.name}{suffix}.render.json"


# --- what a page's HTML depends on besides its own Markdown ------------------------------


def _hash_tree(h: Any, folder: Path) -> None:
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        h.update(path.relative_to(folder).as_posix().encode() + b"\0")
        h.update(hashlib.blake2b(path.read_bytes(), digest_size=16).digest())


def _installed(folder: Path) -> bool:
    return any(part in ("site-packages", "dist-packages") for part in folder.resolve().parts)


def _uses_build_date(dirs: list[Path]) -> bool:
    """Whether a page template shows the build date (SOURCE_DATE_EPOCH): then a new epoch
    renders every page; otherwise only the sitemap shows it, and the merge writes that anyway."""
    for folder in dirs:
        for path in folder.rglob("*.html"):
            text = path.read_text(encoding="utf-8", errors="replace")
            if "build_date_utc" in text or "update_date" in text:
                return True
    return False


def _reads_all_pages(dirs: list[Path]) -> bool:
    """Whether an own template reads `pages`, the context's list of every page: then each page
    may show any other, and any change renders them all (Material's templates use nav only)."""
    import re

    bare = re.compile(r"(?<![\w.])pages\b")
    code = re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.S)  # only what Jinja runs: never a comment or the page's text

    def reads(path: Path) -> bool:
        return any(bare.search(m.group(0)) for m in code.finditer(path.read_text(encoding="utf-8", errors="replace")))

    return any(reads(path) for folder in dirs if not _installed(folder) for path in folder.rglob("*.html"))


def global_key(config_file: Path, config: Any, overrides: dict[str, Any]) -> str:
    from .config import load_config

    h = hashlib.blake2b(digest_size=16)
    settings = {k: v for k, v in load_config(config_file).items() if k not in ("docs_dir", "site_dir")}
    h.update(json.dumps([settings, overrides], sort_keys=True, default=str, ensure_ascii=False).encode())
    for name in PACKAGES:
        try:
            h.update(f"{name}={metadata.version(name)}\n".encode())
        except metadata.PackageNotFoundError:
            h.update(f"{name}=-\n".encode())
    dirs = [Path(d) for d in config.theme.dirs]
    for folder in dirs:
        # an installed theme is pinned by its version (above); hashing Material's 10,000 icons
        # on every run would cost more than a page
        h.update(f"theme:{folder.name}\n".encode())
        if not _installed(folder):
            _hash_tree(h, folder)
    if _uses_build_date(dirs):
        h.update(f"epoch={os.environ.get('SOURCE_DATE_EPOCH', '')}".encode())
    return h.hexdigest()


def _nav_key(nav: Any) -> str:
    """What every page shows of the navigation: titles, URLs and the metadata of its pages."""

    def item(x: Any) -> Any:
        meta = getattr(x, "meta", None)
        children = [item(c) for c in (getattr(x, "children", None) or [])]
        return [type(x).__name__, x.title, getattr(x, "url", None), meta, children]

    return hashlib.blake2b(json.dumps([item(x) for x in nav.items], sort_keys=True, default=str,
                                      ensure_ascii=False).encode(), digest_size=16).hexdigest()


# --- the MkDocs session, shared by the workers (forked after setup) ------------------------


class _Lookups:
    """A page's view of Files that records every path its links look up, and whether it exists."""

    def __init__(self, files: Any, seen: dict[str, bool]) -> None:
        self._files, self._seen = files, seen

    def get_file_from_path(self, path: str) -> Any:
        found = self._files.get_file_from_path(path)
        self._seen[path] = found is not None
        return found

    def __getattr__(self, name: str) -> Any:
        return getattr(self._files, name)

    def __iter__(self) -> Any:
        return iter(self._files)

    def __len__(self) -> int:
        return len(self._files)


class _Collect(logging.Handler):
    """MkDocs' warnings and errors, in order, for strict mode and for the page they concern."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(f"{record.levelname} -  {record.getMessage()}")


@dataclass
class Session:
    config: Any
    files: Any
    env: Any
    nav: Any
    pages: dict[str, Any]  # src_uri -> File, included documentation pages in MkDocs' order
    key: str
    collect: _Collect
    read: dict[str, tuple[dict[str, bool], list[str]]] = field(default_factory=dict)  # pages read up front
    hashes: dict[str, str] = field(default_factory=dict)  # src_uri -> hash of the bytes its render read
    written: list[str] = field(default_factory=list)


SESSION: Session | None = None  # the forked workers' copy


def _write_if_changed(content: bytes, output_path: str) -> None:
    """MkDocs' utils.write_file, leaving a file with the same bytes alone (its time too, so
    the next run sees it untouched and a deploy uploads only what changed). Plain os calls, and
    a folder made only when the file cannot be opened without it: a clean render of a large
    archive writes tens of thousands of files, and pathlib's stat, mkdir and open per file
    cost more than the page they hold."""
    try:
        same = os.stat(output_path).st_size == len(content)
    except OSError:
        same = False
    if same:
        with open(output_path, "rb") as f:
            if f.read() == content:
                return
    try:
        fd = os.open(output_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o666)
    except FileNotFoundError:
        os.makedirs(os.path.dirname(output_path), exist_ok=True)
        fd = os.open(output_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o666)
    try:  # unbuffered: a buffered file object would ask the kernel three more things per file
        view = memoryview(content)
        while view:
            view = view[os.write(fd, view):]
    finally:
        os.close(fd)
    if SESSION is not None:
        SESSION.written.append(output_path)


def _cache_relative_urls() -> None:
    """MkDocs' get_relative_url, remembered per folder: the frame asks it some twenty times a
    page (stylesheets, scripts, every tab), with answers that depend only on the page's folder.
    Its first step drops the page's file name; the rest is computed by MkDocs itself, handed a
    path it turns into the same folder."""
    import functools

    import mkdocs.utils

    original = mkdocs.utils.get_relative_url
    if getattr(original, "cached", False):
        return

    @functools.lru_cache(maxsize=65536)
    def in_folder(url: str, folder: str) -> str:
        return original(url, folder + "/x.html")  # MkDocs takes "x.html" off again: folder is what it uses

    def get_relative_url(url: str, other: str) -> str:
        folder, _, name = other.rpartition("/")
        return in_folder(url, folder if "." in name else other)

    get_relative_url.cached = True  # type: ignore[attr-defined]
    mkdocs.utils.get_relative_url = get_relative_url


def open_session(config_file: Path, docs: Path, site: Path, strict: bool, overrides: dict[str, Any]) -> Session:
    global SESSION
    import mkdocs.utils
    from mkdocs.commands.build import _populate_page
    from mkdocs.config import load_config
    from mkdocs.structure.files import get_files, set_exclusions
    from mkdocs.structure.nav import get_navigation
    from mkdocs.structure.pages import Page

    os.environ.setdefault("SOURCE_DATE_EPOCH", source_date_epoch(docs))
    logger = logging.getLogger("mkdocs")
    for handler in list(logger.handlers):
        logger.removeHandler(handler)
    collect = _Collect()
    logger.addHandler(collect)
    logger.setLevel(logging.WARNING)
    logger.propagate = False  # the warnings are reported once, sorted, at the end
    mkdocs.utils.write_file = _write_if_changed  # _build_page and the templates write through it
    rawpage.install()  # pages of raw HTML and plain headings skip Markdown (same HTML: rawpage.py)
    _cache_relative_urls()

    config = load_config(str(config_file), docs_dir=str(docs.resolve()), site_dir=str(site.resolve()),
                         strict=strict, **overrides)
    _read_once(config)
    config.plugins.on_startup(command="build", dirty=False)
    config = config.plugins.on_config(config)
    config.plugins.on_pre_build(config=config)
    files = get_files(config)
    env = config.theme.get_env()
    files.add_files_from_theme(env, config)
    files = config.plugins.on_files(files, config=config)
    set_exclusions(files, config)
    nav = get_navigation(files, config)
    nav = config.plugins.on_nav(nav, config=config, files=files)
    session = Session(config, files, env, nav, {}, "", collect)
    SESSION = session
    for file in files.documentation_pages():
        if file.page is None:
            Page(None, file, config)
        session.pages[file.src_uri] = file
    # the navigation's pages are read in every process: every page shows their titles; a
    # template that reads every page gets them all read first, as in `mkdocs build`
    reads_all = _reads_all_pages([Path(d) for d in config.theme.dirs])
    for page in [f.page for f in session.pages.values()] if reads_all else nav.pages:
        if page.file.src_uri in session.pages:
            if not reads_all and _titled(page, config):
                continue  # the nav needs its title and metadata only: the Markdown waits for its turn
            seen: dict[str, bool] = {}
            before = len(collect.records)
            _populate_page(page, config, _Lookups(files, seen))
            session.read[page.file.src_uri] = (seen, collect.records[before:])
            del collect.records[before:]
    session.env = config.plugins.on_env(env, config=config, files=files)
    key = f"{global_key(config_file, config, overrides)} {_nav_key(nav)}"
    if reads_all:
        key += " " + " ".join(f"{uri}={_md_hash(f)}" for uri, f in session.pages.items())
    session.key = hashlib.blake2b(key.encode(), digest_size=16).hexdigest()
    return session


def _read_once(config: Any) -> None:
    """A page's file read once, for its text and the hash of its bytes (the record's), where
    MkDocs opened it in text mode and the record opened it again: the same text (UTF-8 with an
    optional BOM, newlines made \\n as text mode makes them), through MkDocs' own hook for
    plugins that supply a page's source. A file that cannot be read that way is left to MkDocs,
    which reports it in its own words."""
    plugins = config.plugins
    others = plugins.on_page_read_source

    def on_page_read_source(*, page: Any, config: Any) -> str | None:
        source = others(page=page, config=config)
        if source is not None or page.file.abs_src_path is None or SESSION is None:
            return source
        try:
            with open(page.file.abs_src_path, "rb", buffering=0) as f:
                data = f.readall()
            text = data.decode("utf-8-sig")
        except (OSError, ValueError):
            return None
        SESSION.hashes[page.file.src_uri] = hashlib.blake2b(data, digest_size=16).hexdigest()
        return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text

    plugins.on_page_read_source = on_page_read_source


def _titled(page: Any, config: Any) -> bool:
    """Read a page's front matter; whether its title is known without rendering it (given in
    the nav or the metadata; an H1's text needs the render). The index pages of a large
    archive are its largest: rendering them in every process cost seconds."""
    page.read_source(config)
    return "title" in vars(page) or "title" in page.meta


def _md_hash(file: Any) -> str:
    return hashlib.blake2b(file.content_bytes, digest_size=16).hexdigest()


def _stat(path: str) -> list[int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return [st.st_size, st.st_mtime_ns]


# --- pages ------------------------------------------------------------------------------


def _render_pages(uris: list[str]) -> list[tuple[str, dict | None, list[str]]]:
    """Render these pages with MkDocs' own functions: (page, its record or None, its messages).
    A page with a warning or an error gets no record, so it is rendered (and reported) again."""
    from mkdocs.commands.build import _build_page, _populate_page

    s = SESSION
    assert s is not None
    doc_files = list(s.pages.values())
    out = []
    for uri in uris:
        file = s.pages[uri]
        before = len(s.collect.records)
        ok = True
        if uri in s.read:
            seen, messages = s.read[uri]
            s.collect.records.extend(messages)
        else:
            seen = {}
        try:
            if uri not in s.read:
                _populate_page(file.page, s.config, _Lookups(s.files, seen))
            _build_page(file.page, s.config, doc_files, s.nav, s.env)
        except Exception as e:  # MkDocs has logged which page; keep its words
            ok = False
            if not any(uri in m for m in s.collect.records[before:]):
                s.collect.records.append(f"ERROR -  Error building page '{uri}': {e}")
        messages = s.collect.records[before:]
        del s.collect.records[before:]
        if uri not in s.read:  # its HTML is written: free the text (MkDocs keeps all of it)
            file.page.content = file.page.toc = None
        record = None
        if ok and not messages:
            md = s.hashes.pop(uri, None) or _md_hash(file)
            record = {"md": md, "links": dict(sorted(seen.items())), "out": _stat(file.abs_dest_path)}
        out.append((uri, record, messages))
    return out


def _fresh(file: Any, record: dict | None, files: Any) -> bool:
    if not record or record.get("md") != _md_hash(file):
        return False
    if any((files.get_file_from_path(p) is not None) != exists for p, exists in record["links"].items()):
        return False
    return record.get("out") == _stat(file.abs_dest_path) and record["out"] is not None


def _load_manifest(path: Path, key: str) -> dict[str, dict]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if data.get("version") != MANIFEST_VERSION or data.get("key") != key:
        return {}
    return data.get("pages", {})


def _save_manifest(path: Path, key: str, pages: dict[str, dict]) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps({"version": MANIFEST_VERSION, "key": key, "pages": pages}, ensure_ascii=False,
                              sort_keys=True, separators=(",", ":")), encoding="utf-8")
    tmp.replace(path)


def render_pages(s: Session, manifest: Path, uris: list[str], jobs: int) -> tuple[int, list[str]]:
    """Render those of `uris` whose inputs changed; returns (pages rendered, messages)."""
    old = _load_manifest(manifest, s.key)
    todo = [u for u in uris if not _fresh(s.pages[u], old.get(u), s.files)]
    keep = {u: old[u] for u in uris if u in old and u not in todo}
    results: list[tuple[str, dict | None, list[str]]] = []
    written: list[str] = []
    if jobs > 1 and len(todo) >= PARALLEL_MIN:
        # round robin: long and short pages spread evenly; fork shares the session read once
        chunks = [todo[i::jobs * 4] for i in range(jobs * 4)]
        with mp.get_context("fork").Pool(jobs) as pool:
            for part, wrote in pool.imap(_worker, chunks):
                results.extend(part)
                written.extend(wrote)
    else:
        results = _render_pages(todo)
    s.written.extend(written)
    messages: list[str] = []
    for uri, record, msgs in results:
        if record is not None:
            keep[uri] = record
        messages.extend(msgs)
    _save_manifest(manifest, s.key, keep)
    return len(todo), messages


def _worker(uris: list[str]) -> tuple[list[tuple[str, dict | None, list[str]]], list[str]]:
    assert SESSION is not None
    SESSION.written = []
    return _render_pages(uris), SESSION.written


# --- the once-only files and the site's file list ------------------------------------------


def _copy_static(s: Session) -> set[str]:
    """docs/' and the theme's static files, copied when their bytes differ."""
    produced = set()
    for file in s.files:
        if file.is_documentation_page() or not file.inclusion.is_included():
            continue
        dest = file.abs_dest_path
        produced.add(dest)
        _write_if_changed(file.content_bytes, dest)
    return produced


def write_once_only(s: Session) -> set[str]:
    """What `mkdocs build` writes besides the pages: static files, then the theme's static
    templates (404.html, sitemap.xml and its .gz) and extra templates, in MkDocs' order."""
    from mkdocs.commands.build import _build_extra_template, _build_theme_template

    produced = _copy_static(s)
    site = s.config.site_dir
    for name in s.config.theme.static_templates:
        before = set(s.written)
        gz = os.path.join(site, name + ".gz")
        old_gz = Path(gz).read_bytes() if name == "sitemap.xml" and os.path.exists(gz) else None
        _build_theme_template(name, s.env, s.files, s.config, s.nav)
        produced.update(set(s.written) - before)
        path = os.path.join(site, name)
        if os.path.exists(path):
            produced.add(path)
        if name == "sitemap.xml" and os.path.exists(gz):
            produced.add(gz)
            if old_gz != Path(gz).read_bytes():
                s.written.append(gz)
    for name in s.config.extra_templates:
        _build_extra_template(name, s.files, s.config, s.nav)
        file = s.files.get_file_from_path(name)
        if file is not None:
            produced.add(file.abs_dest_path)
    return produced


def prune(site: Path, keep: set[str]) -> int:
    """Remove what this render did not produce (a page whose source is gone, an old zip):
    site/ then holds exactly what a clean build writes."""
    # MkDocs gives absolute destinations: the walk must be absolute too, or a relative
    # --site (as `make site` passes it) matches nothing and the whole site is removed
    keep_paths = {os.path.abspath(p) for p in keep}
    removed = 0
    for root, dirs, names in os.walk(os.path.abspath(site), topdown=False):
        for name in names:
            path = os.path.join(root, name)
            if path not in keep_paths:
                os.unlink(path)
                removed += 1
        for d in dirs:
            full = os.path.join(root, d)
            if not os.listdir(full):
                os.rmdir(full)
    return removed


@dataclass
class Summary:
    pages: int
    pages_rendered: int
    written: int
    removed: int
    seconds: float
    cpu: float


def render_site(config_file: Path, docs: Path, site: Path, *, jobs: int = 1, shard: tuple[int, int] | None = None,
                merge: bool = False, merge_from: list[Path] | None = None, strict: bool = True,
                overrides: dict[str, Any] | None = None) -> Summary:
    """The whole site (pages that changed, then the once-only files), one shard's pages, or
    (merge) the once-only files around the pages the shards rendered."""
    t, cpu = time.perf_counter(), time.process_time()
    site.mkdir(parents=True, exist_ok=True)
    for folder in merge_from or []:
        shutil.copytree(folder, site, dirs_exist_ok=True)
    s = open_session(config_file, docs, site, strict, overrides or {})
    messages = s.collect.records[:]  # configuration and navigation warnings
    s.collect.records.clear()
    uris = list(s.pages)
    if shard:
        uris = [u for u in uris if shard_of(u, shard[1]) == shard[0]]
    rendered = 0
    if not merge:
        rendered, page_messages = render_pages(s, manifest_path(site, shard), uris, jobs)
        messages += page_messages
    else:
        missing = [u for u in uris if not os.path.exists(s.pages[u].abs_dest_path)]
        messages += [f"ERROR -  no shard rendered '{u}' (expected {s.pages[u].dest_uri})" for u in missing]
        # the nav pages' warnings are their shard's to report
    produced = {s.pages[u].abs_dest_path for u in uris}
    if not shard:
        produced |= write_once_only(s)
        messages += s.collect.records
        s.collect.records.clear()
    removed = prune(site, produced)
    s.config.plugins.on_post_build(config=s.config)
    s.config.plugins.on_shutdown()
    if messages and (strict or any(m.startswith("ERROR") for m in messages)):
        raise RenderError(messages)
    for m in messages:
        print(m, file=sys.stderr)
    cpu_children = _children_cpu()
    return Summary(len(uris), rendered, len(s.written), removed, time.perf_counter() - t,
                   time.process_time() - cpu + cpu_children)


def _children_cpu() -> float:
    import resource

    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


# --- the command line (edition.py render, run without importing the build's pipeline) -----


def add_arguments(g: argparse.ArgumentParser, config: Path) -> None:
    g.add_argument("--docs", default="docs", type=Path)
    g.add_argument("--site", default="site", type=Path)
    g.add_argument("--config", default=config, type=Path)
    g.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="processes for the pages (default: all cores)")
    g.add_argument("--shard", metavar="K/N", help="render only shard K of N of the pages into --site (no once-only files)")
    g.add_argument("--merge", nargs="*", type=Path, metavar="SHARD_DIR",
                   help="assemble the shards' pages (copied from each SHARD_DIR, or already in --site) with the "
                        "once-only files: static files, 404.html, sitemap.xml")
    g.add_argument("--no-strict", dest="strict", action="store_false", help="warnings do not fail the render")


def command(args: argparse.Namespace) -> int:
    try:
        shard = parse_shard(args.shard) if args.shard else None
    except ValueError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    try:
        s = render_site(args.config, args.docs, args.site, jobs=args.jobs, shard=shard, merge=args.merge is not None,
                        merge_from=args.merge, strict=args.strict)
    except RenderError as e:
        for m in e.messages:
            print(m, file=sys.stderr)
        print(f"error: the render of {args.docs} failed: {len(e.messages)} problems"
              + (" (strict mode: warnings count)" if args.strict else ""), file=sys.stderr)
        return 1
    what = f"shard {args.shard}: " if shard else "merged: " if args.merge is not None else ""
    print(f"{what}rendered {s.pages_rendered:,} of {s.pages:,} pages, wrote {s.written:,} files, removed {s.removed:,} "
          f"into {args.site} in {s.seconds:.1f} s ({s.cpu:.1f} s CPU)")
    return 0


def main(argv: list[str], config: Path) -> int:
    ap = argparse.ArgumentParser(prog="edition render", description=__doc__.split("\n\n")[0])
    add_arguments(ap, config)
    return command(ap.parse_args(argv))
