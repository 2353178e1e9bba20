"""The same input gives byte-identical docs/ and site/, whatever the hash seed or folder order."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import CONTENT, ROOT, tree


def build_in(tmp: Path, seed: str, reverse: bool) -> tuple[Path, Path]:
    content = tmp / "content_src"
    (content / "bulletins").mkdir(parents=True)
    shutil.copytree(CONTENT / "registers", content / "registers")
    files = sorted((CONTENT / "bulletins").iterdir(), reverse=reverse)
    for f in files:  # creation order decides directory order on most file systems
        shutil.copy(f, content / "bulletins" / f.name)
    shutil.copy(CONTENT / "ids.lock.json", content / "ids.lock.json")
    env = {**os.environ, "PYTHONHASHSEED": seed, "NO_MKDOCS_2_WARNING": "1"}
    code = (f"import sys; sys.path.insert(0, {str(ROOT / 'build')!r});"
            "from pathlib import Path; from pipeline.cli import build; from pipeline.render import render;"
            f"build(Path({str(content)!r}), Path({str(tmp / 'docs')!r}));"
            f"p = render(Path({str(tmp / 'docs')!r}), Path({str(tmp / 'site')!r}));"
            "from pipeline.pack import pack;"
            f"p.returncode or pack(Path({str(tmp / 'site')!r})); sys.exit(p.returncode)")
    subprocess.run([sys.executable, "-c", code], check=True, env=env, cwd=tmp)
    return tmp / "docs", tmp / "site"


def test_two_builds_are_byte_identical(tmp_path):
    docs_a, site_a = build_in(tmp_path / "a", "1", False)
    docs_b, site_b = build_in(tmp_path / "b", "4242", True)
    assert tree(docs_a) == tree(docs_b)
    a, b = tree(site_a), tree(site_b)
    assert a.keys() == b.keys()
    differ = sorted(k for k in a if a[k] != b[k])
    assert differ == [], differ
    assert "download/gaoxinqu-edition.zip" in a  # the offline copy too
