"""The offline copy: the rendered site as one .tar.xz, deterministic, placed inside the site
so readers can download it. Opened from disk it works as online (relative URLs, the search
index loads through <script> tags, nothing comes from another host).

Why a solid .tar.xz and not a zip: a zip compresses each file alone, and the site publishes
each bulletin's text in several forms (its item pages, the bulletin's page and source, TEI,
per-item JSON). Compressed as one stream, with each bulletin's files side by side, every form
after the first costs little: on the five sample bulletins the archive is 3.5 times smaller
than the per-file zip was, and the offline copy was the largest share of the site's bytes.
Windows 11, macOS and Linux open it with their own tools (7-Zip, Bandizip or WinRAR elsewhere)."""

from __future__ import annotations

import io
import re
import tarfile
from pathlib import Path

ARCHIVE = "download/gaoxinqu-edition.tar.xz"
STAMP = 946684800  # 2000-01-01: fixed, so the same site gives the same bytes
# xz's default level: 7% smaller than level 3 on the samples at a third of its speed
# (some 7 MB of site a second); its 8 MiB window spans a bulletin's files many times over
PRESET = 6
# Material's scripts (its bundle, lunr, the search worker) are copied into every site by the
# theme, but the edition's page frame (overrides/main.html) loads none of them.
# tests/test_samples.py checks that no page refers to them.
UNUSED = ("assets/javascripts/",)
README = ("用浏览器打开 index.html 即可离线阅读与检索，无需联网。\n"
          "Open index.html in a browser: reading and search work offline.\n")
# the folders that hold one file per bulletin or per item; an item's id is its bulletin's id
# and a number, so stripping the number gives the bulletin the file belongs to
PER_ITEM = ("items", "api")
PER_BULLETIN = ("bulletins", "tei")
ITEM_NUMBER = re.compile(r"-\d+$")


def order(rel: str) -> tuple[int, str, str]:
    """Where a file goes in the archive: the files of one bulletin (its page, source, TEI,
    items and their JSON) next to each other, so the compressor finds the text it has just
    seen; everything else after them, by path. Only the size depends on this order."""
    top = rel.split("/", 1)[0]
    stem = rel.rsplit("/", 1)[-1].split(".", 1)[0]
    if top in PER_ITEM and "/" in rel:
        return (0, ITEM_NUMBER.sub("", stem), rel)
    if top in PER_BULLETIN and "/" in rel:
        return (0, stem, rel)
    return (1, "", rel)


def _member(name: str, size: int) -> tarfile.TarInfo:
    info = tarfile.TarInfo(name)
    info.size, info.mtime, info.mode = size, STAMP, 0o644
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    return info


def pack(site: Path, name: str = "gaoxinqu-edition") -> Path:
    target = site / ARCHIVE
    target.parent.mkdir(parents=True, exist_ok=True)
    files = {}
    for path in site.rglob("*"):
        rel = path.relative_to(site).as_posix()
        if path.is_file() and not rel.startswith(("download/", *UNUSED)):
            files[rel] = path
    tmp = target.with_suffix(".tmp")
    with tarfile.open(tmp, "w:xz", preset=PRESET, format=tarfile.PAX_FORMAT) as tar:
        readme = README.encode("utf-8")
        tar.addfile(_member(f"{name}/请先阅读.txt", len(readme)), io.BytesIO(readme))
        for rel in sorted(files, key=order):
            data = files[rel].read_bytes()
            tar.addfile(_member(f"{name}/{rel}", len(data)), io.BytesIO(data))
    tmp.replace(target)
    return target
