"""Render a docs/ tree with MkDocs into a site/ folder, from any folder pair.

mkdocs.yml names docs/, site/ and overrides/ relative to itself; tests and benchmarks
render elsewhere through a derived config."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

from .config import load_config

ROOT = Path(__file__).resolve().parents[2]


def render(docs: Path, site: Path, config: Path = ROOT / "mkdocs.yml", strict: bool = True,
           overrides: dict | None = None) -> subprocess.CompletedProcess:
    """`overrides`: settings that replace mkdocs.yml's (the preview server's site_url)."""
    cfg = {**load_config(config), **(overrides or {})}
    cfg["docs_dir"] = str(docs.resolve())
    cfg["site_dir"] = str(site.resolve())
    cfg["theme"]["custom_dir"] = str((config.parent / cfg["theme"]["custom_dir"]).resolve())
    with tempfile.NamedTemporaryFile("w", suffix=".yml", delete=False, encoding="utf-8") as f:
        yaml.safe_dump(cfg, f, allow_unicode=True)
        tmp = f.name
    try:
        cmd = [sys.executable, "-m", "mkdocs", "build", "-q", "-f", tmp] + (["--strict"] if strict else [])
        from .write import source_date_epoch

        # the sitemap's dates come from the content, never from the day of the build
        env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": source_date_epoch(docs)}
        return subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=str(config.parent))
    finally:
        os.unlink(tmp)
