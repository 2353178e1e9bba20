"""The offline copy: the rendered site as one zip, deterministic, placed inside the site so
readers can download it. Opened from disk it works as online (relative URLs, the search
index loads through <script> tags, nothing comes from another host)."""

from __future__ import annotations

import zipfile
from pathlib import Path

ARCHIVE = "download/gaoxinqu-edition.zip"
STAMP = (2000, 1, 1, 0, 0, 0)  # fixed: the same site gives the same bytes
# Material's scripts (its bundle, lunr, the search worker) are copied into every site by the
# theme, but the edition's page frame (overrides/main.html) loads none of them: two fifths of
# the zip of the samples. tests/test_samples.py checks that no page refers to them.
UNUSED = ("assets/javascripts/",)


def pack(site: Path, name: str = "gaoxinqu-edition") -> Path:
    target = site / ARCHIVE
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(".tmp")
    with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        readme = zipfile.ZipInfo(f"{name}/请先阅读.txt", STAMP)
        z.writestr(readme, "用浏览器打开 index.html 即可离线阅读与检索，无需联网。\nOpen index.html in a browser: reading and search work offline.\n")
        for path in sorted(site.rglob("*")):
            rel = path.relative_to(site).as_posix()
            if path.is_dir() or rel.startswith(("download/", *UNUSED)):
                continue
            info = zipfile.ZipInfo(f"{name}/{rel}", STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, path.read_bytes())
    tmp.replace(target)
    return target
