"""Render a docs/ tree into a site/ folder, from any folder pair, as `mkdocs build --strict`
would: through `edition.py render` (renderer.py), which renders only the pages whose inputs
changed since the last render into that site/, in `jobs` processes.

The render runs in a child process, as mkdocs did: its logging, its monkey-patched writer and
its memory stay out of the caller (tests, benchmarks, the preview server), and the caller's
resource.getrusage(RUSAGE_CHILDREN) still measures it."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

from .config import load_config, source_date_epoch

ROOT = Path(__file__).resolve().parents[2]


def render(docs: Path, site: Path, config: Path = ROOT / "mkdocs.yml", strict: bool = True,
           overrides: dict | None = None, jobs: int = 1, shard: tuple[int, int] | None = None,
           merge: list[Path] | None = None) -> subprocess.CompletedProcess:
    """`overrides`: settings that replace mkdocs.yml's (the preview server's site_url).
    `shard` (K, N): only shard K's pages; `merge`: assemble these shard folders into `site`
    with the once-only files. Returns the child's CompletedProcess (stdout: a summary line)."""
    tmp = None
    if overrides:
        cfg = {**load_config(config), **overrides}
        cfg["theme"]["custom_dir"] = str((config.parent / cfg["theme"]["custom_dir"]).resolve())
        with tempfile.NamedTemporaryFile("w", suffix=".yml", delete=False, encoding="utf-8") as f:
            yaml.safe_dump(cfg, f, allow_unicode=True)
            tmp = f.name
    try:
        cmd = [sys.executable, str(ROOT / "build" / "edition.py"), "render", "--config", tmp or str(config),
               "--docs", str(docs.resolve()), "--site", str(site.resolve()), "--jobs", str(jobs)]
        cmd += [] if strict else ["--no-strict"]
        cmd += ["--shard", f"{shard[0]}/{shard[1]}"] if shard else []
        cmd += ["--merge", *(str(p.resolve()) for p in merge)] if merge is not None else []
        # the sitemap's dates come from the content, never from the day of the build
        env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": source_date_epoch(docs)}
        return subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=str(config.parent))
    finally:
        if tmp:
            os.unlink(tmp)
