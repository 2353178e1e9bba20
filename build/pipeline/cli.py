"""The command line: `python build/edition.py build|review|pack|check`. I/O lives here and in read/write."""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import gc
import itertools
import json
import os
import re
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

from .check import check_site
from .config import load_config
from .extract.taggers import DEFAULT_TAGGER, STATISTICAL, missing
from .fixes import apply_id_fixes
from .link import IdLock, Withdrawn, assign_ids, link, publish_entities, publish_pages
from .model import Bulletin, EditionError, Registers, raise_all
from .parallel import Cache, Stopwatch, registers_key, run_text_stages, tool_version
from .read import WITHDRAWN, Source, find_bulletins, read_registers, read_withdrawn, stray_content
from .write import pages, previous_keys, write_tree
from .write.paging import list_sizes

LOCK = "ids.lock.json"
CONFIG = Path(__file__).resolve().parents[2] / "mkdocs.yml"


def progress(n: int, total: int, label: str) -> None:
    if total < 50 or not sys.stderr.isatty():
        return
    width = 30
    done = int(width * n / total)
    sys.stderr.write(f"\r{label} [{'#' * done}{'.' * (width - done)}] {n}/{total}")
    if n == total:
        sys.stderr.write("\n")


def read_all(content: Path, cache: Path | None = None, jobs: int = 1, clock: Stopwatch | None = None,
             tagger: str = DEFAULT_TAGGER, only: set[str] | None = None) -> tuple[Registers, list[Bulletin]]:
    """Every bulletin (or those of `only`, paths relative to the content folder) through read,
    segment, repair and extract; from the cache where its input, the tool and the tagger are
    unchanged, and on `jobs` processes."""
    clock = clock or Stopwatch()
    errors: list[EditionError] = []
    with clock.stage("read"):
        try:
            registers = read_registers(content)
        except EditionError as e:  # the bulletins are still read, so every error shows at once
            errors += e.errors
            registers = Registers()
        paths, missed = find_bulletins(content)
        if only is not None:
            unknown = sorted(only - {rel(p, content) for p in paths})
            errors += [EditionError(f, "no such bulletin in the content folder") for f in unknown]
            paths = [p for p in paths if rel(p, content) in only]
        errors += missed + stray_content(content)
    store = Cache(cache, registers_key(content) + tagger) if cache and not errors else None
    out: dict[int, Bulletin] = {}
    todo = []
    for n, src in enumerate(paths):
        hit = store.get(src, rel(src, content)) if store else None
        if hit is not None:
            out[n] = hit
        else:
            todo.append((n, src))
    clock.counts["cached"] = len(out)
    done = len(out)
    for n, bulletin, times in run_text_stages(todo, content, registers, jobs, tagger):
        done += 1
        progress(done, len(paths), "reading")
        if isinstance(bulletin, EditionError):
            errors += bulletin.errors
            continue
        out[n] = bulletin
        clock.add(times)
        if store:
            store.put(paths[n], rel(paths[n], content), bulletin)
    raise_all(errors)
    return registers, [out[n] for n in range(len(paths))]


# A bulletin this long (some 12 MB) makes the models' fixed memory worth letting go before
# the pages are written (its own pages need as much again); a smaller one keeps them loaded,
# so that a preview's rebuilds do not read them again each time.
RELEASE_CHARS = 1 << 22


def text_size(b: Bulletin) -> int:
    return sum(len(p.text) for it in b.items for p in it.paragraphs)


def release_models() -> None:
    import ctypes

    from .extract.statistical import release

    release()
    gc.collect()
    with contextlib.suppress(OSError, AttributeError):  # glibc keeps freed memory unless told to give it back
        ctypes.CDLL("libc.so.6").malloc_trim(0)


def rel(src: Source, content: Path) -> str:
    return src.path.relative_to(content).as_posix()


def with_zones(registers: Registers, bulletins: list[Bulletin]) -> Registers:
    """The registers and the districts bulletins named that no register holds (a city with no
    national zone): each gets its district page like any other, marked as inferred."""
    new = {b.zone.id: b.zone for b in bulletins if b.zone and b.zone.id not in registers.districts}
    return dataclasses.replace(registers, districts={**registers.districts, **dict(sorted(new.items()))}) if new else registers


def build(content: Path, docs: Path, lock_path: Path | None = None, config: Path = CONFIG,
          cache: Path | None = None, jobs: int = 1, tagger: str = DEFAULT_TAGGER, locked: bool = False,
          url: str | None = None) -> dict:
    """The whole pipeline. Nothing is written unless every bulletin was read without error.
    With `locked`, a build that would change the id lock is an error (CI: a forgotten lock
    never ships)."""
    clock = Stopwatch()
    t0 = time.perf_counter()
    base = url or site_url(config)  # `url`: the preview server's address instead of the configured one
    registers, bulletins = read_all(content, cache, jobs, clock, tagger)
    registers = with_zones(registers, bulletins)
    if tagger in STATISTICAL and max(map(text_size, bulletins), default=0) > RELEASE_CHARS:
        release_models()
    with clock.stage("link"):
        lock_path = lock_path or content / LOCK
        lock = IdLock.load(lock_path, lock_path.name)
        redirects, withdrawn = assign_ids(bulletins, lock)
        raise_all(apply_id_fixes(bulletins))  # the editor's decisions on items named by id
        explain(withdrawn, read_withdrawn(content))
        links = link(bulletins, registers, redirects, withdrawn, lock.sequence())
        publish_entities(links, lock)
        publish_pages(links, lock, list_sizes(links))
        new_lock = lock.dump()
        old_lock = lock_path.read_text(encoding="utf-8") if lock_path.exists() else None
        if locked and new_lock != old_lock:
            raise EditionError(lock_path.name, f"the id lock would change ({lock_change(old_lock, new_lock)}): run the "
                                               "build without --locked and commit the lock with the content")
        # the new lock waits on disk, not in memory, until the site is written
        lock_tmp = lock_path.with_name(f".{lock_path.name}.tmp") if new_lock != old_lock else None
        if lock_tmp:
            try:
                lock_tmp.write_text(new_lock, encoding="utf-8")
            except OSError as e:
                raise EditionError(lock_path.name, f"cannot write the id lock: {e.strerror or e}") from None
        lock_changed = new_lock != old_lock
        del new_lock, lock  # the lock is on disk or unchanged: its entries are not needed any more
    try:
        with clock.stage("pages"):
            # with a cache, pages whose inputs did not change are kept from the last build
            previous = previous_keys(docs) if cache else {}
            files, keys = pages(bulletins, links, registers, base, jobs, previous, tool_version(), tagger,
                                search_cache=cache / "search" if cache else None)
            # the raw text beside its bulletin page, byte for byte as delivered (its sha256 is in the export)
            raw = ((f"bulletins/{b.id}.txt", (content / b.file).read_bytes()) for b in bulletins)
            files = itertools.chain(files, raw)
        before = previous_items(docs)
        with clock.stage("write"):
            try:
                written, changed = write_tree(files, docs, keys)
            except OSError as e:
                raise EditionError(str(docs), f"cannot write the site: {e.strerror or e}") from None
    except BaseException:
        if lock_tmp:
            lock_tmp.unlink(missing_ok=True)  # no new site, no new lock
        raise
    if lock_tmp:
        try:
            lock_tmp.replace(lock_path)
        except OSError as e:
            raise EditionError(lock_path.name, f"cannot write the id lock: {e.strerror or e}") from None
    warnings = [w for b in bulletins for w in b.warnings]
    now = previous_items(docs) if before is not None else None
    added, edited = news(bulletins, old_lock, before, now)
    return {
        "new_bulletins": [bulletin_summary(b) for b in added],
        "changed_bulletins": [bulletin_summary(b) for b in edited],
        "lock_changed": lock_changed,
        "lock": lock_path,
        "site_url": base,
        "bulletins": len(bulletins),
        "items": sum(len(b.items) for b in bulletins),
        "fragments": sum(len(b.fragments) for b in bulletins),
        "files": written,
        "changed": changed,
        "cached": clock.counts.get("cached", 0),
        "redirects": len(redirects),
        "withdrawn": len(withdrawn),
        "warnings": warnings,
        "seconds": time.perf_counter() - t0,
        "stages": clock.report(),
    }


_BULLETIN_ID = re.compile(r'"bulletin_id":\s*"((?:[^"\\]|\\.)*)"')


def previous_items(docs: Path) -> dict[str, list[str]] | None:
    """{bulletin id: its items' lines as the last build exported them}; None without a last
    build. The lines are compared as written (one writer, one key order): parsing the whole
    export twice a build was a quarter of a rebuild with nothing changed."""
    path = docs / "data" / "articles.jsonl"
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, ValueError):
        return None
    out: dict[str, list[str]] = {}
    for line in lines:
        m = _BULLETIN_ID.search(line)
        out.setdefault(json.loads(f'"{m.group(1)}"') if m else "", []).append(line)
    return out


def news(bulletins: list[Bulletin], old_lock: str | None, before: dict[str, list[str]] | None,
         records: dict[str, list[str]] | None = None) -> tuple[list[Bulletin], list[Bulletin]]:
    """The bulletins this build adds to the edition (not in the lock before), and those whose
    items read differently from the last build's export (text, sidecar, registers or tool changed)."""
    try:
        old = json.loads(old_lock) if old_lock else {}
    except ValueError:
        old = {}
    ob = old.get("bulletins") or {}
    new = [b for b in bulletins if b.id not in ob or "withdrawn" in ob[b.id]]
    if before is None or records is None:
        return new, []
    return new, [b for b in bulletins if b not in new and before.get(b.id) != records.get(b.id)]


def bulletin_summary(b: Bulletin) -> dict:
    """What an editor wants to see of a bulletin after a build: ids, titles, what was inferred."""
    inferred = []
    for what, v in (("district", b.district), ("year", b.year)):
        if v.value and v.inferred:
            inferred.append(f"{what} {v.value} inferred from {'; '.join(v.evidence) or '?'}")
        elif not v.value:
            inferred.append(f"{what} unknown ({'; '.join(v.evidence) or 'no clue in the text'})")
    return {"id": b.id, "file": b.file, "inferred": inferred,
            "items": [(it.id, it.title or f"[{it.kind}, untitled] {it.body[:20]}…",
                       [d.field for d in it.decisions]) for it in b.items]}


def report(s: dict, docs: Path) -> list[str]:
    """The build summary for the terminal: what is new and changed, what was inferred and from
    what, warnings by file, where to look first, and the lock to commit."""
    out = []
    for label, group in (("new", s["new_bulletins"]), ("changed", s["changed_bulletins"])):
        for b in group:
            out.append(f"{label} bulletin {b['id']}  ({b['file']}, {len(b['items'])} items)")
            for iid, title, decided in b["items"]:
                out.append(f"    {iid}  {title}" + (f"  [editor: {', '.join(decided)}]" if decided else ""))
            out += [f"    {x}" for x in b["inferred"]]
    by_file: dict[str, list[str]] = {}
    for w in s["warnings"]:
        file, _, rest = w.partition(":")
        by_file.setdefault(file, []).append(rest.strip() if rest else w)
    for file, ws in by_file.items():
        out.append(f"warnings in {file} ({len(ws)}):")
        out += [f"    {w}" for w in ws]
    out.append(f"built {s['bulletins']} bulletins, {s['items']} items, {s['fragments']} layout fragments, "
               f"{s['files']} files ({s['changed']} changed), {s['cached']} bulletins from cache, "
               f"{s['redirects']} redirects, {s['withdrawn']} withdrawn (tombstones), {len(s['warnings'])} warnings "
               f"in {s['seconds']:.2f} s -> {docs}")
    first = next((b["items"][0][0] for b in [*s["new_bulletins"], *s["changed_bulletins"]] if b["items"]), None)
    if first:
        out.append(f"first {'new' if s['new_bulletins'] else 'changed'} item: {s['site_url']}items/{first}.html "
                   f"(preview: python build/edition.py serve, then /items/{first}.html)")
    if s["lock_changed"]:
        out.append(f"the id lock changed: commit {s['lock']} with the content (git add {s['lock']})")
    return out


def review(content: Path, tagger: str = "patterns", files: list[str] | None = None, since: str | None = None) -> str:
    """Names found that no register holds (review.py), in the bulletins given (`files`, or those
    changed since the git revision `since`), or all."""
    from .extract import taggers
    from .extract.candidates import org_candidates, place_candidates
    from .review import proposals
    from .review import report as review_report

    only = {bulletin_rel(content, f) for f in files} if files else None
    if since:
        only = (only or set()) | changed_since(content, since)
    registers, bulletins = read_all(content, tagger=tagger, only=only)
    tag = taggers.get(tagger) if tagger != "patterns" else None

    def suffixes(text: str) -> list[tuple[int, str, str]]:
        return ([(a, "organization", n) for a, _, n in org_candidates(text)]
                + [(a, "place", n) for a, _, n in place_candidates(text)])

    props = proposals(bulletins, registers, tag, None if tag else suffixes)
    return review_report(props, [b.file for b in bulletins])


def bulletin_rel(content: Path, name: str) -> str:
    """bulletins/NAME.txt from what an editor types: that, a path to it, or its sidecar."""
    path = Path(name)
    if path.exists():
        try:
            path = path.resolve().relative_to(content.resolve())
        except ValueError:
            raise EditionError(name, f"not in the content folder {content}") from None
    if path.suffix.lower() in (".yaml", ".yml"):
        path = path.with_suffix(".txt")
    return path.as_posix()


def changed_since(content: Path, rev: str) -> set[str]:
    """The bulletins whose text or sidecar changed since git revision `rev`, or are not yet committed."""
    import subprocess

    def git(*args: str) -> list[str]:
        try:
            proc = subprocess.run(["git", *args], cwd=content, capture_output=True, text=True, check=False)
        except OSError as e:
            raise EditionError("--since", f"cannot run git: {e.strerror or e}") from None
        if proc.returncode:
            raise EditionError("--since", f"git: {proc.stderr.strip() or 'failed'}")
        return proc.stdout.splitlines()

    top = Path(git("rev-parse", "--show-toplevel")[0])
    names = git("diff", "--name-only", rev, "--", "bulletins") + git("ls-files", "--others", "--exclude-standard", "--", "bulletins")
    out = set()
    for n in names:
        p = (top / n) if not (content / n).exists() else content / n
        try:
            r = p.resolve().relative_to(content.resolve())
        except ValueError:
            continue
        r = r.with_suffix(".txt") if r.suffix.lower() in (".yaml", ".yml") else r
        if (content / r).exists():
            out.add(r.as_posix())
    return out


def show(content: Path, name: Path, tagger: str = "patterns", colour: bool = False) -> str:
    """One bulletin with its line numbers and, per line, the role the reader gave it and its
    item (with the id the lock gives it; nothing is written)."""
    from .extract import extract
    from .read import SIDECAR_SUFFIXES, read_bulletin
    from .repair import repair
    from .segment import segment
    from .show import line_roles, render

    path = name if name.exists() else content / name
    try:
        path.resolve().relative_to(content.resolve())
    except ValueError:
        raise EditionError(str(name), f"not a bulletin of {content}") from None
    path = content.resolve() / path.resolve().relative_to(content.resolve())
    if path.suffix.lower() != ".txt" or not path.is_file():
        raise EditionError(str(name), "no such bulletin (give bulletins/NAME.txt)")
    registers = read_registers(content)
    side = next((path.with_suffix(s) for s in SIDECAR_SUFFIXES if path.with_suffix(s).is_file()), None)
    b = read_bulletin(Source(path, side), content.resolve(), registers)
    lines = list(b.lines)
    b = extract(repair(segment(b)), registers, tagger)
    roles = line_roles(lines, b)  # after the editor's merges
    assign_ids([b], IdLock.load(content / LOCK, LOCK))
    raise_all(apply_id_fixes([b]))
    labels = {it.seq: f"#{it.seq} {it.id}" for it in b.items}
    out = [f"{b.file}  id {b.id}  district {b.district.value or '?'}"
           f"{' (inferred)' if b.district.inferred else ''}  year {b.year.value or '?'}{' (inferred)' if b.year.inferred else ''}"
           f"  {len(b.items)} items, {len(b.fragments)} layout lines"]
    out.append(render(roles, max((ln.no for ln in lines), default=0), labels, colour))
    for it in b.items:
        for d in it.decisions:
            out.append(f"#{it.seq} {it.id}: {d.field} {d.printed!r} -> {d.value!r} (editor: {d.source})")
    lost = [r.no for r in roles if r.role == "?"]
    if lost:
        out.append(f"lines the reading did not place: {', '.join(map(str, lost))}")
    return "\n".join(out)


def explain(withdrawn: list[Withdrawn], reasons: dict[str, tuple[str, int | None]]) -> None:
    """Put the editor's reasons (withdrawn.yaml) on the tombstones; a reason for a page that
    is not withdrawn is an error (a typo, or a bulletin that came back)."""
    gone = {w.id: w for w in withdrawn}
    errors = [EditionError(WITHDRAWN, f"{wid!r} is not withdrawn: no bulletin or item of that id is gone", at)
              for wid, (_, at) in reasons.items() if wid not in gone]
    raise_all(errors)
    for w in withdrawn:  # an item of a withdrawn bulletin takes the bulletin's reason unless it has its own
        given = reasons.get(w.id) or (reasons.get(w.bulletin) if w.kind == "item" else None)
        if given:
            w.reason = f"{w.reason}编者说明：{given[0]}"


def lock_change(old: str | None, new: str) -> str:
    """What a build would change in the lock, in a few words."""
    if old is None:
        return "there is no lock yet"
    try:
        a, b = json.loads(old), json.loads(new)
    except ValueError:
        return "the lock is rewritten"
    parts = []
    for section, what in (("bulletins", "bulletin ids"), ("items", "item ids"), ("entities", "entity pages"),
                          ("pages", "paginated lists")):
        x, y = a.get(section) or {}, b.get(section) or {}
        added = [k for k in y if k not in x]
        changed = [k for k in y if k in x and x[k] != y[k]]
        if added:
            parts.append(f"{len(added)} new {what}, e.g. {added[0]}")
        if changed:
            parts.append(f"{len(changed)} {section} entries changed, e.g. {changed[0]}")
    return "; ".join(parts) or "its format changes"


def site_url(config: Path) -> str:
    """mkdocs.yml's site_url, ending in '/': the base of every permanent URL."""
    url = ""
    if config.exists():
        url = load_config(config).get("site_url") or ""
    return url if url.endswith("/") else url + "/"


def site_base(config: Path) -> str:
    """The path part of site_url, under which root-relative links (404 page) resolve."""
    return urlsplit(site_url(config)).path or "/"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="edition", description="Build the digital edition of high-tech zone bulletins.")
    sub = ap.add_subparsers(dest="cmd", required=True)
    b = sub.add_parser("build", help="read content_src/ and write the Markdown site and data into docs/")
    b.add_argument("--content", default="content_src", type=Path)
    b.add_argument("--docs", default="docs", type=Path)
    b.add_argument("--cache", default=Path(".cache/edition"), type=Path,
                   help="where bulletins already read are kept, by content hash and tool version (default .cache/edition)")
    b.add_argument("--no-cache", action="store_true", help="read every bulletin again")
    b.add_argument("--locked", action="store_true",
                   help="fail, writing nothing, if the id lock would change (CI and deployment: the lock is committed)")
    b.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="processes for the text stages (default: all cores)")
    b.add_argument("--tagger", default=DEFAULT_TAGGER, choices=["patterns", *STATISTICAL],
                   help="people extractor: patterns alone (titles, lists, registers; fast) or patterns plus the "
                        "people a statistical tagger finds (lac-crf, the default: best measured)")
    r = sub.add_parser("review", help="list names found in the bulletins that no register holds")
    r.add_argument("--content", default="content_src", type=Path)
    r.add_argument("--tagger", default=DEFAULT_TAGGER, choices=["patterns", *STATISTICAL],
                   help="who proposes organisations and places: a statistical tagger (lac-crf, the default; lac, jieba) "
                        "or the printed suffixes (patterns: fast, more fragments)")
    r.add_argument("--file", action="append", default=[], metavar="bulletins/NAME.txt",
                   help="review only this bulletin (repeatable)")
    r.add_argument("--since", metavar="REV", help="review only the bulletins changed since this git revision (or not committed)")
    s_ = sub.add_parser("show", help="a bulletin with line numbers, each line's role (title, body, layout…) and item")
    s_.add_argument("bulletin", type=Path, help="bulletins/NAME.txt (in --content) or a path to it")
    s_.add_argument("--content", default="content_src", type=Path)
    s_.add_argument("--tagger", default="patterns", choices=["patterns", *STATISTICAL])
    v = sub.add_parser("serve", help="preview: rebuild, render and reload the page on every change of the content")
    v.add_argument("--content", default="content_src", type=Path)
    v.add_argument("--port", type=int, default=8000)
    v.add_argument("--config", default=CONFIG, type=Path, help="mkdocs.yml (watched, with overrides/ beside it)")
    v.add_argument("--cache", default=Path(".cache/edition"), type=Path)
    v.add_argument("--tagger", default=DEFAULT_TAGGER, choices=["patterns", *STATISTICAL])
    from .renderer import add_arguments

    add_arguments(sub.add_parser("render", help="render docs/ into site/ as `mkdocs build --strict` would, "
                                                "only the pages that changed"), CONFIG)
    c = sub.add_parser("check", help="check a rendered site: internal links resolve, nothing loads from another host")
    c.add_argument("--site", default="site", type=Path)
    e = sub.add_parser("epoch", help="print SOURCE_DATE_EPOCH for rendering docs/: the environment's, else the content's")
    e.add_argument("--docs", default="docs", type=Path)
    z = sub.add_parser("pack", help="put the offline copy (the site as a .tar.xz) into site/download/")
    z.add_argument("--site", default="site", type=Path)
    args = ap.parse_args(argv)
    absent = missing(getattr(args, "tagger", "patterns"))
    if absent:
        print(f"error: --tagger {args.tagger} needs {', '.join(absent)}: pip install -r requirements-ner.txt", file=sys.stderr)
        return 2
    try:
        if args.cmd == "build":
            s = build(args.content, args.docs, cache=None if args.no_cache else args.cache, jobs=args.jobs, tagger=args.tagger,
                      locked=args.locked)
            print("\n".join(report(s, args.docs)))
        elif args.cmd == "review":
            print(review(args.content, args.tagger, args.file, args.since))
        elif args.cmd == "show":
            colour = sys.stdout.isatty() and not os.environ.get("NO_COLOR")
            print(show(args.content, args.bulletin, args.tagger, colour))
        elif args.cmd == "serve":
            from .serve import serve

            serve(args.content, args.config, args.port, tagger=args.tagger, cache=args.cache)
        elif args.cmd == "epoch":
            from .config import source_date_epoch

            print(source_date_epoch(args.docs))
        elif args.cmd == "render":
            from .renderer import command

            return command(args)
        elif args.cmd == "pack":
            from .pack import pack

            path = pack(args.site)
            print(f"offline copy: {path} ({path.stat().st_size / 2**20:.1f} MB)")
        elif args.cmd == "check":
            problems = check_site(args.site, site_base(CONFIG))
            for p in problems:
                print(f"error: {p}", file=sys.stderr)
            if problems:
                print(f"site check failed: {len(problems)} problems in {args.site}", file=sys.stderr)
                return 1
            print(f"site check passed: {args.site}")
    except EditionError as e:
        for err in e.errors:
            print(f"error: {err}", file=sys.stderr)
        if len(e.errors) > 1:
            print(f"{len(e.errors)} errors; nothing was written", file=sys.stderr)
        return 1
    return 0
